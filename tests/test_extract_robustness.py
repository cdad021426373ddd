"""The extractor never fails on odd input and its events are always well formed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twentyten.extract import EVENT_TYPES, FACILITY_TYPES, Extractor

PIECES = [
    "Pyongyang, January 7 (KCNA) -- ", "【평양 2월 6일발 조선중앙통신】\n", "Sakju County",
    "삭주군",
    "Anju City", "운산군", "ground-breaking ceremony", "inaugurated", "착공식이", "준공식이",
    "on Tuesday", "28일에", "last month", "지난달", "Kim Jong Un", "김정은동지께서", "attended",
    "will be", "\n", "\n\n", ". ", ", and ", "Dec. 20", "주체114(2025)년", "the same day",
    "respectively", "각각", "진행되였다. ", "regional-industry factories", "병원", "(", ")", "--",
]

DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def check(events: list, text: str) -> None:
    for event in events:
        assert event.event_type in EVENT_TYPES
        assert event.date is None or DATE.match(event.date)
        assert 0 <= event.span[0] <= event.span[1] <= len(text)
        assert 0.0 <= event.confidence <= 1.0
        assert set(event.facility_types) <= set(FACILITY_TYPES)
        assert (event.county is None) == (event.event_type == "policy_announcement")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([None, "2030-06-15"]))
def test_report_like_noise(extractor: Extractor, pieces: list[str], published: str | None) -> None:
    text = "".join(pieces)
    check(extractor.extract(text, document="fuzz", published=published), text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(extractor: Extractor, text: str) -> None:
    check(extractor.extract(text, document="fuzz", published="2030-06-15"), text)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "-- --", "【】", "İ" * 50 + " Sakju County"])
def test_degenerate_texts(extractor: Extractor, text: str) -> None:
    check(extractor.extract(text, document="edge", published="2030-06-15"), text)
