"""Split report text into sentences and clauses, keeping character offsets."""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence (wire style dates, titles).
_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"mr", "mrs", "ms", "dr", "st", "no", "vs", "u.s", "u.n", "n", "gen", "lt", "col"}
)
_SENTENCE_END = re.compile(r"[.!?。](?:[\"'”’)\]]*)(?=\s)|\n\s*\n|\n")
# A single line break inside a paragraph of hard-wrapped prose does not end a sentence.
_WRAPPED_LINE_MIN = 60
# Clause boundaries: coordination that usually starts a new predicate with its own date.
_CLAUSE_EN = re.compile(r";|,\s+(?:and|then|while|but)\s+|\s+and\s+then\s+|,\s+with\s+")
_CLAUSE_KO = re.compile(r"(?:고|며|으며|했고|됐고|였고|으나|지만),\s|;\s")


def sentence_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:]."""
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start):
        end = m.end()
        if m.group() == "\n" and _is_wrapped(text, begin, m.start()):
            continue
        if text[m.start()] == ".":
            word = re.search(r"([A-Za-z.]+)\.$", text[max(begin, m.start() - 6) : m.start() + 1])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            # Initials such as "N. Korea" or a decimal point.
            if m.start() >= 1 and text[m.start() - 1].isupper() and (
                m.start() < 2 or not text[m.start() - 2].isalpha()
            ):
                continue
        _append(text, spans, begin, end)
        begin = end
    _append(text, spans, begin, len(text))
    return spans


def _is_wrapped(text: str, begin: int, newline: int) -> bool:
    """Does the line ending at `newline` continue on the next line (hard-wrapped prose)?"""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[max(begin, line_start) : newline].rstrip()
    following = text[newline + 1 : newline + 3]
    full_line = text[line_start:newline]
    hangul = sum(1 for ch in full_line if "\uac00" <= ch <= "\ud7a3")
    # Hangul syllables are about twice as wide as Latin letters.
    if not line or len(full_line) + hangul < _WRAPPED_LINE_MIN:
        return False
    if line[-1] in ".!?:。】\"”)":
        return False
    return bool(following) and following[0] not in "-•*【[(" and not following[0].isspace()


def _append(text: str, spans: list[tuple[int, int]], begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    stop = end
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if stop > begin:
        spans.append((begin, stop))


def clause_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Split one sentence into clauses at coordinating boundaries."""
    pattern = _CLAUSE_KO if language == "ko" else _CLAUSE_EN
    spans: list[tuple[int, int]] = []
    begin = start
    for m in pattern.finditer(text, start, end):
        cut = m.start() if language == "en" else m.end()
        if cut > begin:
            spans.append((begin, cut))
        begin = m.end() if language == "en" else cut
    if end > begin:
        spans.append((begin, end))
    return spans


def detect_language(text: str) -> str:
    """'ko' when Hangul outweighs Latin letters, else 'en'."""
    sample = text[:4000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    return "ko" if hangul * 2 >= latin else "en"
