"""The relevance gate is exact: whatever it turns away, the full extractor finds nothing in.

The reference is the same extractor with the gate open, run on our own generated texts, on
the project's held-out corpus and on the dev corpus in ../shared (read at test time).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twentyten.extract import Extractor
from twentyten.extract.anchored import AnchoredScanner, lookbehind_after_first
from twentyten.extract.gate import RelevanceGate
from twentyten.extract.vocabulary import load_vocabulary
from twentyten.gazetteer import load_gazetteer

HELDOUT = Path(__file__).resolve().parents[1] / "bench" / "corpus" / "heldout"
PUBLISHED = "2025-06-30"


class _OpenGate:
    """Lets every report through: the extractor as it was without the gate."""

    def admits(self, text: str, language: str) -> bool:
        return True


@cache
def _extractors() -> tuple[Extractor, Extractor]:
    """(gated, ungated): built once, shared by the tests and the property tests."""
    ungated = Extractor()
    ungated.gate = _OpenGate()  # type: ignore[assignment]
    return Extractor(), ungated


@pytest.fixture
def gated() -> Extractor:
    return _extractors()[0]


@pytest.fixture
def ungated() -> Extractor:
    return _extractors()[1]


def _gate() -> RelevanceGate:
    return RelevanceGate({lang: load_vocabulary(lang) for lang in ("en", "ko")}, load_gazetteer())


# --- what it turns away, what it lets through ----------------------------------------------


def test_unrelated_news_is_turned_away() -> None:
    gate = _gate()
    assert not gate.admits("The national football team won its match against Vietnam 3-1.", "en")
    assert not gate.admits("평양에서 전국농업부문 과학기술발표회가 열렸다.", "ko")


def test_a_trigger_without_a_county_is_turned_away() -> None:
    gate = _gate()
    # "completed" after "was" is a trigger, but no county is named anywhere.
    assert not gate.admits("The new bridge over the river was completed last week.", "en")
    assert not gate.admits("새 다리의 골조공사가 끝났다.", "ko")


def test_a_leader_trigger_needs_the_leader() -> None:
    gate = _gate()
    visit = "A delegation of the Cuban friendship society visited Songchon County on Tuesday."
    assert not gate.admits(visit, "en")
    assert gate.admits(visit.replace("A delegation of the Cuban friendship society",
                                     "Kim Jong Un"), "en")
    # A leader named only at a line end, where the extractor's sentence ends, still counts.
    assert gate.admits("Present was Kim\nJae Ryong visited Songchon County.", "en")


def test_a_generic_ceremony_word_alone_is_turned_away() -> None:
    gate = _gate()
    assert not gate.admits("A ceremony took place in Songchon County.", "en")
    assert gate.admits("A ceremony for the completion of a factory took place in Songchon "
                       "County.", "en")


def test_a_report_named_for_its_ceremonies_is_let_through(
    gated: Extractor, ungated: Extractor
) -> None:
    text = ("openings_2031_cohort.csv (sheet \"Dec wave\", pasted as text)\n"
            "exported 2031-12-24 08:15 by JH — all dates are ceremony dates as reported\n\n"
            "date,county,province,facilities,kju,speaker,notes\n"
            "2031-12-15,Onsong,N Hamgyong,factories,N,provincial officials,\n"
            "2031-12-18,Yonsan,N Hwanghae,factories,Y,,\n")
    assert _gate().admits(text, "en")
    found = gated.extract(text, document="x", published="2031-12-24", language="en")
    assert found and found == ungated.extract(
        text, document="x", published="2031-12-24", language="en"
    )
    # (a theme with no county named yields nothing, and is turned away)
    assert not _gate().admits("Running count of openings, updated weekly.", "en")


def test_a_policy_announcement_needs_no_county() -> None:
    gate = _gate()
    assert gate.admits("The meeting adopted a decision on regional development.", "en")
    assert gate.admits("회의에서는 지방발전에 관한 결정을 채택하였다.", "ko")


def test_korean_and_romanized_county_spellings_let_a_report_through() -> None:
    gate = _gate()
    assert gate.admits("성천군 지방공업공장 준공식이 진행되였다.", "ko")
    assert gate.admits("Ground-breaking in Seongcheon-gun, the report said.", "en")
    assert gate.admits("Ground-breaking in Sŏngch'ŏn.", "en")


# --- exactness ------------------------------------------------------------------------------

EN_PIECES = [
    "Kim Jong Un", "He", "he", "Kim", "Kim Jae Ryong", "leader", "the officials", "visited",
    "inspected", "looked round", "the ceremony", "ceremonies", "was completed",
    "were completed", "ground-breaking", "inaugurated", "opened", "began production",
    "the turn of", "decided to", "announced that", "adopted a decision", "final stage",
    "framework", "roofing", "inspection", "Songchon County", "Kusong City", "Unsan",
    "Unsan County", "South Phyongan Province", "North Phyongan Province", "Pyongyang",
    "the county of Songchon", "Sŏngch'ŏn", "Seongcheon-gun", "Kim Hyong Jik County",
    "Kimhwa", "Hwasong", "River", "Mt", "Ryonggang", "Kaesong", "on Tuesday", "on Feb. 28",
    "March 3", "2025", "(KCNA)", "--", "factory", "hospital", "regional industry factories",
    "will be", "and", "in", "the", "a", "of", "said", "Pyongyang, March 4 (KCNA) --",
]
KO_PIECES = [
    "성천군", "운산군", "은산군", "구성시", "평안남도", "평안북도", "평양", "김정은",
    "김위원장", "총비서", "준공식", "착공식", "조업식", "현지지도", "방문", "돌아보시",
    "식이", "식들에는", "진행되였다", "참가하였다", "28일", "3월 4일", "주체114(2025)년",
    "지방공업공장", "병원", "량곡관리소", "양곡관리소", "하였다", "결정을 채택", "마감단계",
    "골조공사", "완공되였다", "첫삽", "【평양 3월 4일발 조선중앙통신】", "보도했다", "북한이",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\n\n", ""]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    parts = st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(SEPARATORS)), min_size=1, max_size=40
    )
    return parts.map(lambda items: "".join(piece + sep for piece, sep in items))


def _same_with_and_without_gate(
    gated: Extractor, ungated: Extractor, text: str, language: str
) -> None:
    expected = ungated.extract(text, document="t", published=PUBLISHED, language=language)
    if not gated.gate.admits(text, language):
        assert expected == [], text
    assert gated.extract(text, document="t", published=PUBLISHED, language=language) == expected


def test_a_leader_name_run_into_the_next_word_names_no_actor() -> None:
    # (a case the property test below once found: the gate saw no leader, the extractor did)
    _same_with_and_without_gate(
        *_extractors(), "on Tuesday Kim Jong Unvisited the county of Songchon ", "en"
    )


@settings(max_examples=300, deadline=None)
@given(_texts(EN_PIECES))
def test_gate_is_exact_on_generated_english(text: str) -> None:
    _same_with_and_without_gate(*_extractors(), text, "en")


@settings(max_examples=300, deadline=None)
@given(_texts(KO_PIECES))
def test_gate_is_exact_on_generated_korean(text: str) -> None:
    _same_with_and_without_gate(*_extractors(), text, "ko")


def _corpus(folder: Path) -> list[tuple[str, str, str]]:
    docs = []
    for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            docs.append(((folder / doc["file"]).read_text("utf-8"), doc["published"],
                         doc["language"]))
    return docs


def _check_corpus(folder: Path, gated: Extractor, ungated: Extractor) -> None:
    for text, published, language in _corpus(folder):
        expected = ungated.extract(text, document="d", published=published, language=language)
        if not gated.gate.admits(text, language):
            assert expected == [], text[:200]
        got = gated.extract(text, document="d", published=published, language=language)
        assert got == expected


def test_gate_is_exact_on_the_heldout_corpus(gated: Extractor, ungated: Extractor) -> None:
    if not (HELDOUT / "gold.jsonl").is_file():
        pytest.skip("bench/corpus/heldout is not in this checkout")
    _check_corpus(HELDOUT, gated, ungated)


def test_gate_is_exact_on_the_dev_corpus(
    shared_dir: Path, gated: Extractor, ungated: Extractor
) -> None:
    _check_corpus(shared_dir / "corpus" / "dev", gated, ungated)


# --- the lexical place test and the scanner it relies on ----------------------------------


@settings(max_examples=300, deadline=None)
@given(_texts(EN_PIECES + KO_PIECES))
def test_names_unit_is_true_wherever_find_names_a_unit(text: str) -> None:
    matcher = load_gazetteer().matcher
    if any(m.kind == "unit" for m in matcher.find(text)):
        assert matcher.names_unit(text)
    if not matcher.names_unit(text):
        assert not any(m.kind == "unit" for m in matcher.find(text))


def test_names_unit_is_false_without_a_county() -> None:
    matcher = load_gazetteer().matcher
    assert not matcher.names_unit("Pyongyang, March 4 (KCNA) -- The weather was fine.")
    assert not matcher.names_unit("평안남도 인민위원회")
    assert matcher.names_unit("in Songchon County")


WORDS = sorted({w for piece in EN_PIECES + KO_PIECES for w in re.split(r"\s+", piece.lower())}
               | {"spadeful", "regional", "factories", "량곡관리", "식료공장", "식"})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.sampled_from([" ", ""]))
def test_automaton_and_trie_find_the_same_matches(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for language in ("en", "ko"):
        vocab = load_vocabulary(language)
        for patterns in (
            [t.pattern.pattern for t in vocab.triggers],
            list(vocab.facility_scanner.patterns),
        ):
            fast = AnchoredScanner(patterns)
            plain = AnchoredScanner(patterns, use_automaton=False)
            assert fast.uses_automaton and not plain.uses_automaton
            assert fast.scan(text) == plain.scan(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=list("식이에서은들가 a\nwere completed"), max_size=40),
)
def test_a_moved_lookbehind_finds_the_same_matches(text: str) -> None:
    """The scanner's faster form of a phrase with a leading lookbehind matches the same."""
    for pattern in (
        r"(?<![가-힣])식(?:들)?(?:이|에|은|에서)",
        r"(?<=were )completed",
        r"(?<!a|e)식이",
    ):
        moved = lookbehind_after_first(pattern)
        assert moved != pattern
        expected = [m.span() for m in re.finditer(pattern, text)]
        assert [m.span() for m in re.finditer(moved, text)] == expected
