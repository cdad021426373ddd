"""Structured exports pasted into a report (a JSON array of records, an object holding one,
JSON Lines) are read as tables: one event per record, its span the record's own.

The exports here are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from extract_support import keys, run
from twentyten.extract import Extractor
from twentyten.extract.structured import table_view

RECORDS = [
    {"county": "Hamju County", "province": "South Hamgyong", "event": "inauguration",
     "date": "2031-01-18", "kim": "no", "note": None},
    {"county": "Onchon County", "province": "Nampho", "event": "inauguration",
     "date": "2031-01-20", "kim": "no", "note": "not Unchon"},
    {"county": "Kosan County", "province": "Kangwon", "event": "inauguration",
     "date": "2031-01-29", "kim": None, "status": "planned"},
]
HEADER = "Tracker export (JSON), regional-industry factories\n// exported 2031-01-27\n"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_records_become_rows_under_their_fields() -> None:
    text = HEADER + json.dumps(RECORDS, indent=2) + "\n"
    view = table_view(text)
    assert view is not None
    lines = view.text.splitlines()
    assert lines[2] == "| county | province | event | date | kim | note | status |"
    assert lines[4].startswith("| Hamju County | South Hamgyong | inauguration | 2031-01-18 |")
    # (a null is a blank cell; a field a record lacks too)
    assert lines[6].endswith("| 2031-01-29 |  |  | planned |")
    # The text before the JSON is where it was.
    assert view.text.startswith(HEADER)


def test_a_row_span_maps_to_its_record() -> None:
    text = HEADER + json.dumps(RECORDS, indent=2)
    view = table_view(text)
    assert view is not None
    v_start, v_end, s_start, s_end = view.rows[1]
    assert "Onchon" in view.text[v_start:v_end]
    record = text[s_start:s_end]
    assert record.startswith("{") and record.endswith("}")
    assert json.loads(record)["county"] == "Onchon County"
    assert view.source_span(v_start + 3, v_end - 3) == (s_start, s_end)
    # (a span in the text before the table is its own)
    assert view.source_span(0, 10) == (0, 10)


def test_json_lines_and_an_object_holding_the_records() -> None:
    lines = "\n".join(json.dumps(r) for r in RECORDS[:2])
    view = table_view(HEADER + lines + "\n")
    assert view is not None and len(view.rows) == 2
    wrapped = table_view(HEADER + json.dumps({"exported": "2031-01-27", "rows": RECORDS}))
    assert wrapped is not None and len(wrapped.rows) == 3


def test_nested_fields_are_headed_by_their_own_names() -> None:
    features = [
        {"type": "Feature", "properties": {"name": "Hamju County", "event": "opening"}},
        {"type": "Feature", "properties": {"name": "Onchon County", "event": "opening"}},
    ]
    view = table_view(json.dumps({"type": "FeatureCollection", "features": features}))
    assert view is not None
    assert view.text.splitlines()[0] == "| type | name | event |"


def test_no_view_for_prose_one_record_or_no_json() -> None:
    assert table_view("Pyongyang, January 8 (KCNA) -- Factories opened in Hamju.") is None
    assert table_view(HEADER + json.dumps(RECORDS[:1])) is None
    assert table_view(HEADER + '[{"a": 1}, {"a": 2') is None  # (cut off: not JSON)
    feed = [
        {"title": f"Item {n}", "description": "Pyongyang, January 11 (KCNA) -- " + "word " * 40}
        for n in range(3)
    ]
    assert table_view(json.dumps(feed)) is None  # (a feed's items are read as text)


def test_extractor_reads_each_record_as_an_event(extractor: Extractor) -> None:
    text = HEADER + json.dumps(RECORDS, indent=2) + "\n"
    events = run(extractor, text, "2031-01-27", "en")
    assert keys(events) == {
        ("Hamju", "completion", "2031-01-18"),
        ("Onchon", "completion", "2031-01-20"),
    }
    for event in events:
        record = json.loads(text[event.span[0] : event.span[1]])
        assert event.county in record["county"]
        assert event.leader_attended is False
