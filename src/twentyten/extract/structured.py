"""Structured exports pasted into a report (a JSON array of records, JSON Lines) read as a
table of bars, which the extractor knows how to read: one row per record, one column per
field, the fields' names as the header. Events found in the table view point back to the
record they came from in the text as given.

    [{"county": "Hamju", "event": "opening", "date": "2025-01-18", "kim": "no"}, …]

becomes

    | county | event | date | kim |
    |---|---|---|---|
    | Hamju | opening | 2025-01-18 | no |
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

# How many records make a table (one record is prose enough).
_RECORDS_MIN = 2
# Where a JSON document may start: a line that opens with "[" or "{".
_JSON_START = re.compile(r"^[ \t]*[\[{]", re.MULTILINE)
_DECODER = json.JSONDecoder()
# A field this long is running prose, not a value.
_PROSE_FIELD_MIN = 160


@dataclass(frozen=True)
class TableView:
    """The text with its structured part set out as a table of bars, and where each row of
    the table came from."""

    text: str
    # (view start, view end, source start, source end) of each row, in order
    rows: tuple[tuple[int, int, int, int], ...]
    # the view's table runs from `table_start` to `table_end`; after it the text is the
    # source's from `source_end`, shifted by `shift`
    table_start: int
    table_end: int
    shift: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where a span of the view lies in the text as given: a row's span is its record's."""
        if start < self.table_start:
            return start, min(end, self.table_start)
        for v_start, v_end, s_start, s_end in self.rows:
            if v_start <= start < v_end + 1:
                return s_start, s_end
        if start >= self.table_end:
            return start - self.shift, end - self.shift
        return self.rows[0][2], self.rows[-1][3]


def table_view(text: str) -> TableView | None:
    """The text with its JSON records as a table of bars, or None when it holds none."""
    if '":' not in text:
        return None  # (a cheap test first: most reports hold no JSON)
    for start in _JSON_START.finditer(text):
        found = _records_at(text, start.end() - 1)
        if found is not None:
            records, spans, end = found
            flat = [_flattened(record) for record in records]
            if _prose_records(flat):
                return None  # (a feed's items: each a report of its own, read as text)
            return _view(text, flat, spans, start.start(), end)
    return None


def _prose_records(flat: list[dict[str, Any]]) -> bool:
    """Do most records (their fields flattened) carry a field of running prose (a feed item's
    description, with its own dateline and sentences)?"""
    prose = sum(
        any(isinstance(value, str) and len(value) >= _PROSE_FIELD_MIN for value in record.values())
        for record in flat
    )
    return 2 * prose > len(flat)


def _records_at(
    text: str, at: int
) -> tuple[list[dict[str, Any]], list[tuple[int, int]], int] | None:
    """The records of a JSON array (or an object holding one, or JSON Lines) at `at`, with
    their spans and where the JSON ends."""
    try:
        value, end = _DECODER.raw_decode(text, at)
    except ValueError:
        return None
    if isinstance(value, dict):
        lines = _json_lines(text, at)
        if lines is not None:
            return lines
        inner = [
            (key, item)
            for key, item in value.items()
            if isinstance(item, list) and sum(isinstance(x, dict) for x in item) >= _RECORDS_MIN
        ]
        if len(inner) != 1:
            return None
        key = inner[0][0]
        # (the array's own place in the text: after its key)
        found = re.compile(rf'"{re.escape(key)}"\s*:\s*\[').search(text, at, end)
        if found is None:
            return None
        spans = _element_spans(text, found.end() - 1)
        value = inner[0][1]
    elif isinstance(value, list):
        spans = _element_spans(text, at)
    else:
        return None
    pairs = [
        (item, span)
        for item, span in zip(value, spans, strict=False)
        if isinstance(item, dict)
    ]
    if len(pairs) < _RECORDS_MIN or len(spans) != len(value):
        return None
    return [item for item, _ in pairs], [span for _, span in pairs], end


def _json_lines(
    text: str, at: int
) -> tuple[list[dict[str, Any]], list[tuple[int, int]], int] | None:
    """Records one per line from `at` on (JSON Lines), if there are two at least."""
    records: list[dict[str, Any]] = []
    spans: list[tuple[int, int]] = []
    position = at
    end = at
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if not line:
            if records:
                break
            position = line_end + 1
            continue
        if not line.startswith("{"):
            break
        try:
            value = json.loads(line)
        except ValueError:
            break
        if not isinstance(value, dict):
            break
        first = text.index("{", position)
        records.append(value)
        spans.append((first, first + len(line)))
        end = line_end
        position = line_end + 1
    if len(records) < _RECORDS_MIN:
        return None
    return records, spans, end


def _element_spans(text: str, bracket: int) -> list[tuple[int, int]]:
    """The spans of the elements of the JSON array whose "[" is at `bracket`."""
    spans: list[tuple[int, int]] = []
    position = bracket + 1
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            return spans
        try:
            _value, end = _DECODER.raw_decode(text, position)
        except ValueError:
            return spans
        spans.append((position, end))
        position = end


def _view(
    text: str,
    flat: list[dict[str, Any]],
    spans: list[tuple[int, int]],
    start: int,
    end: int,
) -> TableView:
    """The text with the records (fields flattened) set out as a table of bars."""
    columns: list[str] = []
    for record in flat:
        columns += [key for key in record if key not in columns]
    # A nested field is headed by its own name ("note", not "properties.note") unless two
    # share it: the header's words are what tell a column's meaning.
    leaves = [column.rsplit(".", 1)[-1] for column in columns]
    headers = [
        leaf if leaves.count(leaf) == 1 else column
        for column, leaf in zip(columns, leaves, strict=True)
    ]
    prefix = text[:start]
    if prefix and not prefix.endswith("\n"):
        prefix += "\n"
    header = "| " + " | ".join(_cell(name) for name in headers) + " |\n"
    rule = "|" + "---|" * len(columns) + "\n"
    parts = [prefix, header, rule]
    at = len(prefix) + len(header) + len(rule)
    rows: list[tuple[int, int, int, int]] = []
    for record, (s_start, s_end) in zip(flat, spans, strict=True):
        line = "| " + " | ".join(_cell(record.get(column)) for column in columns) + " |"
        rows.append((at, at + len(line), s_start, s_end))
        parts.append(line + "\n")
        at += len(line) + 1
    table_end = at
    parts.append(text[end:])
    return TableView("".join(parts), tuple(rows), len(prefix), table_end, table_end - end)


def _flattened(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A record's fields, a nested object's as "outer.inner"."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flattened(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _cell(value: Any) -> str:
    """A field's value as a cell: blank for null, a list's items joined by commas, no bars
    or line breaks inside."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_cell(item) for item in value)
    return " ".join(str(value).replace("|", "/").split())
