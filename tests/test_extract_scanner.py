"""The anchored multi-pattern scanner finds exactly what the patterns find one by one."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from twentyten.extract.anchored import (
    AnchoredScanner,
    LiteralStarts,
    anchor_words,
    literal_prefixes,
    split_alternatives,
    trie_pattern,
)
from twentyten.extract.vocabulary import load_vocabulary


def test_split_alternatives_respects_groups_and_classes() -> None:
    assert split_alternatives("a(?:b|c)|d[|]e|f\\|g") == ["a(?:b|c)", "d[|]e", "f\\|g"]


def test_literal_prefixes() -> None:
    assert literal_prefixes("ground[- ]?breaking") == ["ground"]
    assert literal_prefixes("frames? (?:has|have)") == ["frame"]
    assert literal_prefixes("(?:were|was) done") == ["were", "was"]
    assert literal_prefixes("(?<=were )completed") == ["completed"]
    assert literal_prefixes("\\bceremony") is None
    assert literal_prefixes("(?:a|b)?x") is None


@given(
    st.lists(st.sampled_from(["be", "began", "begin", "cut", "cuts", "착공", "착공식"]), min_size=1)
)
def test_trie_pattern_matches_like_a_longest_first_alternation(words: list[str]) -> None:
    text = " ".join(words) + " beginning cutting 착공식장"
    ordered = sorted(set(words), key=len, reverse=True)
    plain = re.compile("|".join(map(re.escape, ordered)))
    trie = re.compile(trie_pattern(ordered))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


WORDS = [
    "the", "ground", "was", "broken", "ground-breaking", "first", "spadeful", "of", "earth",
    "ceremony", "completing", "inaugurated", "were", "completed", "cut", "tape", "opening",
    "opened", "began", "regular", "production", "looked", "round", "inspected", "visit", "turn",
    "frame", "work", "roofing", "decided", "to", "consultative", "meeting", "prosecutors",
    "inspection", "construction", "factories", "started", "착공식", "준공식", "준공", "및",
    "조업식", "첫삽", "현지지도", "마감단계", "결정을", "채택",
]


@settings(max_examples=200, deadline=None)  # (each example compiles every pattern)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_scanner_equals_pattern_by_pattern_search(words: list[str]) -> None:
    text = " ".join(words)
    for language in ("en", "ko"):
        vocab = load_vocabulary(language)
        patterns = [t.pattern.pattern for t in vocab.triggers]
        expected = {
            (m.start(), m.end(), key)
            for key, pattern in enumerate(patterns)
            for alternative in split_alternatives(pattern)
            for m in re.finditer(alternative, text)
        }
        got = {(m.start, m.end, m.key) for m in AnchoredScanner(patterns).scan(text)}
        assert got == expected


def test_literal_starts_agree_with_finditer_on_every_vocabulary_pattern() -> None:
    texts = [
        "They did not attend; others attended the speeches, presided over by officials.",
        "participants were present.  presence of the premier and attendance at speech",
        "참석하지 않았으며 참가자들과 참가한 인사들이 착공사와 준공사를 하였다. 불참",
        "New FLATS and dwelling houses. A greenhouse farm, Greenhouse Farm and 온실농장",
        "The KELVIN sign \u212a and dotless \u0131 and long \u017f are not plain letters.",
        "Kim Jong Un and Kim Yo Jong; He said the leader, the chief, 김정은 and 김 위원장.",
    ]
    checked = 0
    for language in ("en", "ko"):
        vocab = load_vocabulary(language)
        for item in dataclasses.fields(vocab):
            pattern = getattr(vocab, item.name)
            if not isinstance(pattern, re.Pattern):
                continue
            literal = LiteralStarts(pattern)
            for text in texts:
                for start in range(0, len(text), 7):
                    for stop in (len(text), start + 20):
                        expected = [m.start() for m in pattern.finditer(text, start, stop)]
                        assert literal.starts(text, start, stop) == expected
                        checked += len(expected)
    assert checked > 0


def test_anchor_words_are_the_literal_starts_of_every_alternative() -> None:
    assert anchor_words("(?:(?:attend(?:ed|s)?|present)\\b)|(?:speech(?:es)?\\b)") == (
        "attend",
        "present",
        "speech",
    )
    assert anchor_words("(?:Kim\\s+Jong|leader)\\b") == ("Kim", "leader")
    assert anchor_words("ab?c|xy") == ("a", "xy")
    # An optional or asserted start could begin anywhere: no words.
    assert anchor_words("(?:The )?speaker") is None
    assert anchor_words("\\bkim|leader") is None
    assert anchor_words("(?<![a-z])kim") is None
    assert anchor_words("[A-Z][a-z]+ said") is None


# Words so common in reports that a phrase anchored on one would be tried everywhere.
_COMMON_WORDS = {
    "en": {"the", "the ", "a", "an", "its", "its ", "their", "their ", "in", "of", "of ", "and",
           "was", "were", "has", "have", "to", "that", "that "},
    "ko": {"공장", "병원", "군", "시", "을", "를", "이", "가", "할"},
}


def test_no_trigger_phrase_is_anchored_on_a_common_word() -> None:
    for language, common in _COMMON_WORDS.items():
        anchors = set(load_vocabulary(language).trigger_scanner._candidates)
        assert not anchors & common, f"{language}: {sorted(anchors & common)}"


def test_no_new_trigger_phrase_is_scanned_over_the_whole_text() -> None:
    # A phrase with no literal word to anchor on ("(?<=came the )(?:factories|…)") is searched
    # through every report: the few there are (a table cell's "inspection"; Korean phrases
    # that start with one syllable and a look-behind, "찾(?<=현장을 .)아") and no more.
    loose = {language: len(load_vocabulary(language).trigger_scanner._loose)
             for language in ("en", "ko")}
    assert loose == {"en": 1, "ko": 5}
