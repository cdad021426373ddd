"""Which language a report is in: English or Korean, told apart cheaply by script."""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")
# A few of the most frequent English words: Latin-script text without them is not English.
_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and|to|in|a|is|was|on|for|with|by|at|from)\b", re.I)
SAMPLE_CHARS = 3000
# Korean news is full of Latin acronyms and English full of nothing Korean; a third of the
# letters in Hangul is a safe boundary between the two.
KOREAN_SHARE = 0.3


def detect_language(text: str) -> str:
    """``"ko"``, ``"en"`` or ``"und"`` (undetermined) from the first few thousand characters."""
    sample = text[:SAMPLE_CHARS]
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    letters = hangul + latin
    if letters < 10:
        return "und"
    if hangul >= KOREAN_SHARE * letters:
        return "ko"
    english_words = len(_ENGLISH_WORDS.findall(sample))
    if english_words >= 5 or english_words * 40 >= latin:
        return "en"
    return "und"
