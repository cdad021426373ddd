"""Which language a report is in: English or Korean, told apart cheaply by script.

Counting is done on the UTF-8 bytes with ``bytes.translate``, which runs in C: a Hangul
syllable (U+AC00–U+D7A3) is three bytes whose first is 0xEA–0xED, a Latin letter one byte.
The ingest calls this for every report, so it has to cost microseconds, not a model.
"""

from __future__ import annotations

SAMPLE_CHARS = 1500
# Korean news is full of Latin acronyms and English full of nothing Korean; a third of the
# letters in Hangul is a safe boundary between the two.
KOREAN_SHARE = 0.3
# A few of the most frequent English words: Latin-script text without them is not English.
ENGLISH_WORDS = ("the", "of", "and", "to", "in", "a", "is", "was", "on", "for", "with", "by")

_LATIN_BYTES = set(range(ord("A"), ord("Z") + 1)) | set(range(ord("a"), ord("z") + 1))
_NOT_LATIN = bytes(b for b in range(256) if b not in _LATIN_BYTES)
_NOT_HANGUL_LEAD = bytes(b for b in range(256) if not 0xEA <= b <= 0xED)


def detect_language(text: str) -> str:
    """``"ko"``, ``"en"`` or ``"und"`` (undetermined) from the first characters of ``text``."""
    sample = text[:SAMPLE_CHARS]
    encoded = sample.encode("utf-8", "replace")
    latin = len(encoded.translate(None, _NOT_LATIN))
    hangul = 0 if sample.isascii() else len(encoded.translate(None, _NOT_HANGUL_LEAD))
    letters = hangul + latin
    if letters < 10:
        return "und"
    if hangul >= KOREAN_SHARE * letters:
        return "ko"
    lowered = " " + " ".join(sample.lower().split()) + " "
    english_words = sum(lowered.count(f" {word} ") for word in ENGLISH_WORDS)
    if english_words >= 5 or english_words * 40 >= latin:
        return "en"
    return "und"
