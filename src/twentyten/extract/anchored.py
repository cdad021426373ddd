"""Scan a text for many regular expressions at once, anchored on their literal first words.

Python's regular-expression engine tries every alternative at every position of a text,
which makes a vocabulary of dozens of trigger phrases slow on long archives. Most phrases
start with a literal word ("inaugurat", "ground was broken", "착공"), so one pass of an
alternation of those words finds the few places worth a closer look, and only the phrases
that start with the word found there are tried, anchored at that place. Phrases without a
literal start are scanned on their own, as before.

The literal words are found with an Aho-Corasick automaton (``ahocorasick_rs``, one pass in
compiled code over the text, every occurrence, overlapping ones too) when it is installed: on
English text the regular-expression trie tries nearly every position, since almost every
letter starts some word. Without it, the same positions come from the trie. Both give, at
each position, the longest word found there, so the matches are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

try:  # optional: the trie below finds the same words, only more slowly
    import ahocorasick_rs
except ImportError:  # pragma: no cover - depends on the environment
    ahocorasick_rs = None  # type: ignore[assignment]

_LITERAL = re.compile(r"[a-z가-힣\- ]+")


class AnchoredMatch(NamedTuple):  # a tuple: made by the thousand per archive
    start: int
    end: int
    key: int  # index of the pattern in the list given to `AnchoredScanner`


def split_alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[":
            close = pattern.index("]", index + 1)
            current.append(pattern[index : close + 1])
            index = close + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _group_end(pattern: str) -> int:
    """Index of the parenthesis that closes the group opening at pattern[0]."""
    depth = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def literal_prefixes(alternative: str) -> list[str] | None:
    """The literal texts an alternative must start with, or None when it has none usable.

    A leading lookbehind ("(?<=were )completed") is checked where the literal is found, so
    the literal after it is the anchor.
    """
    if alternative.startswith(("(?<=", "(?<!")):
        return literal_prefixes(alternative[_group_end(alternative) + 1 :])
    if alternative.startswith("(?:"):
        index = _group_end(alternative)
        inner = alternative[3:index]
        after = alternative[index + 1 : index + 2]
        options = split_alternatives(inner)
        if after in ("?", "*", "{") or not all(_LITERAL.fullmatch(o) for o in options):
            return None
        return options
    m = _LITERAL.match(alternative)
    if m is None:
        return None
    prefix = m.group()
    if alternative[m.end() : m.end() + 1] in ("?", "*", "{"):
        prefix = prefix[:-1]  # the last character is optional
    prefix = prefix.rstrip(" ")
    return [prefix] if len(prefix) >= 2 else None


def lookbehind_after_first(alternative: str) -> str:
    """The same pattern with a leading lookbehind moved after a literal first character.

    "(?<![가-힣])식..." and "식(?<![가-힣].)..." match the same text at the same places, but
    the regular-expression engine can jump from one "식" to the next only in the second
    form: with a leading assertion it tries every position of the text (ten times slower on
    a Korean report). Other patterns are returned as they are.
    """
    if not alternative.startswith(("(?<=", "(?<!")):
        return alternative
    close = _group_end(alternative)
    rest = alternative[close + 1 :]
    first = rest[:1]
    if not _FIRST_LITERAL.fullmatch(first) or rest[1:2] in ("?", "*", "+", "{"):
        return alternative
    # The lookbehind now ends after the first character, which "." matches (not a newline).
    head, inner = alternative[:4], alternative[4:close]
    return f"{first}{head}(?:{inner}).){rest[1:]}"


_FIRST_LITERAL = re.compile(r"[a-z가-힣]")


def trie_pattern(words: Sequence[str]) -> str:
    """One regular expression for a set of literal words, factored as a character trie.

    "began|begin|cut" becomes "beg(?:an|in)|cut": at each position the engine follows one
    branch per character instead of trying every word, and longer words win.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = []
        ends_here = "" in node
        for char in sorted(k for k in node if k):
            branches.append(re.escape(char) + render(node[char]))
        if not branches:
            return ""
        if len(branches) == 1 and not ends_here:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends_here else body

    return render(trie)


class AnchoredScanner:
    """Finds every match of a list of patterns in one text (lower-case patterns and text)."""

    def __init__(self, patterns: Sequence[str], *, use_automaton: bool = True) -> None:
        self.patterns = tuple(patterns)
        automaton = use_automaton and ahocorasick_rs is not None
        by_prefix: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        loose: list[tuple[int, re.Pattern[str]]] = []
        for key, pattern in enumerate(patterns):
            for alternative in split_alternatives(pattern):
                prefixes = literal_prefixes(alternative)
                compiled = re.compile(alternative)
                if prefixes is None:
                    loose.append((key, re.compile(lookbehind_after_first(alternative))))
                    continue
                for prefix in prefixes:
                    by_prefix.setdefault(prefix, []).append((key, compiled))
        ordered = sorted(by_prefix, key=len, reverse=True)
        self._anchor = re.compile(trie_pattern(ordered)) if ordered else None
        # A hit on "ground was broken" must also try the phrases that start with "ground".
        self._candidates = {
            prefix: [
                alt for other in ordered if prefix.startswith(other) for alt in by_prefix[other]
            ]
            for prefix in ordered
        }
        self._loose = loose
        self._automaton = ahocorasick_rs.AhoCorasick(ordered) if ordered and automaton else None
        # The phrases that start with exactly the automaton's word i.
        self._by_word = [by_prefix[word] for word in ordered]
        self._last: tuple[str, list[AnchoredMatch]] | None = None

    @property
    def uses_automaton(self) -> bool:
        return self._automaton is not None

    def _anchors(self, text: str) -> Iterator[tuple[int, str]]:
        """(position, longest literal word there) for every position where one starts."""
        anchor = self._anchor
        if anchor is None:
            return
        # search() from the character after each hit, not finditer(): a phrase may start
        # inside another one's anchor ("first spade" / "spadeful of earth").
        hit = anchor.search(text)
        while hit is not None:
            start = hit.start()
            yield start, hit.group()
            hit = anchor.search(text, start + 1)

    def scan(self, text: str) -> list[AnchoredMatch]:
        # The relevance gate and the extractor scan the same report one after the other.
        last = self._last
        if last is not None and last[0] == text:
            return list(last[1])
        found = self._scan(text)
        self._last = (text, found)
        return list(found)

    def _scan(self, text: str) -> list[AnchoredMatch]:
        found: list[AnchoredMatch] = []
        automaton = self._automaton
        if automaton is not None:
            # Every occurrence of every word, by position and longest first: the same phrases
            # in the same order as the trie's longest word and the words it starts with.
            hits = [
                (start, -end, index)
                for index, start, end in automaton.find_matches_as_indexes(text, overlapping=True)
            ]
            hits.sort()
            by_word = self._by_word
            for start, _end, index in hits:
                for key, alternative in by_word[index]:
                    m = alternative.match(text, start)
                    if m is not None:
                        found.append(AnchoredMatch(start, m.end(), key))
        else:
            candidates = self._candidates
            for start, word in self._anchors(text):
                for key, alternative in candidates[word]:
                    m = alternative.match(text, start)
                    if m is not None:
                        found.append(AnchoredMatch(start, m.end(), key))
        for key, alternative in self._loose:
            found.extend(AnchoredMatch(m.start(), m.end(), key) for m in alternative.finditer(text))
        return found


def anchor_words(pattern: str) -> tuple[str, ...] | None:
    """Literal words one of which starts every match of `pattern`, or None if it has none.

    "(?:attend(?:ed|s)?|present)\\b|speech" -> ("attend", "present", "speech"). Alternatives
    that start with an assertion, a class or an optional group give None: any position
    could start them.
    """
    words: list[str] = []
    for alternative in split_alternatives(pattern):
        if alternative.startswith("(?:"):
            close = _group_end(alternative)
            if alternative[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            inner: Sequence[str] | None = anchor_words(alternative[3:close])
        elif alternative.startswith(("(", "\\")):
            return None
        else:
            inner = _leading_word(alternative)
        if inner is None:
            return None
        words.extend(inner)
    return tuple(words)


_WORD = re.compile(r"[A-Za-z0-9가-힣\- ]+")


def _leading_word(alternative: str) -> Sequence[str] | None:
    """The literal text an alternative without groups in front starts with ("Kim\\s+" ->
    "Kim", "speech(?:es)?" -> "speech", "ab?" -> "a"), or None."""
    m = _WORD.match(alternative)
    if m is None:
        return None
    word = m.group()
    if alternative[m.end() : m.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # the last character is optional
    word = word.rstrip(" ")
    return [word] if word else None


class LiteralStarts:
    """Where a case-sensitive pattern matches, looked for only where its first words are.

    ``starts(text, start, stop)`` equals ``[m.start() for m in pattern.finditer(text, start,
    stop)]``: a match can only begin where one of its literal first words does, and a few
    ``str.find`` passes in compiled code are cheaper than the engine trying every position.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # Case-insensitive patterns are scanned as they are.
        ignore_case = pattern.flags & re.IGNORECASE
        self.words = None if ignore_case else anchor_words(pattern.pattern)

    def starts(self, text: str, start: int, stop: int) -> list[int]:
        words = self.words
        pattern = self.pattern
        if words is None:
            return [m.start() for m in pattern.finditer(text, start, stop)]
        places: set[int] = set()
        for word in words:
            at = text.find(word, start, stop)
            while at >= 0:
                places.add(at)
                at = text.find(word, at + 1, stop)
        found: list[int] = []
        resume = start  # finditer goes on where the last match ended
        for at in sorted(places):
            if at < resume:
                continue
            m = pattern.match(text, at, stop)
            if m is not None:
                found.append(at)
                resume = max(m.end(), at + 1)
        return found

