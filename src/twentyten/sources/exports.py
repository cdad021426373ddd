"""Article exports: JSON (a list of articles, or JSON Lines) and CSV with a header row.

Field names vary between tools; the names we accept for each field are in
``data/sources/export_fields.yaml``. A record's locator is its URL when it has one (so a
later export of the same article is recognised as the same document), else the file path
with the record number (``export.csv#12``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from twentyten.sources.decoding import UndecodableInput, decode_bytes
from twentyten.sources.html_article import html_fragment_to_text, looks_like_html
from twentyten.sources.records import InputProblem, SourceDocument, build_document, sha256_hex

# (record number, fields, raw format, line) as a reader found it
RawRecord = tuple[int, Mapping[str, object], str, int | None]

FIELDS = ("text", "title", "url", "published", "outlet", "language")


@dataclass(frozen=True)
class ExportFields:
    aliases: dict[str, tuple[str, ...]]  # field -> accepted names, lower case
    list_keys: tuple[str, ...]

    def describe(self, field: str) -> str:
        return ", ".join(self.aliases[field][:6]) + ", …"


@lru_cache(maxsize=1)
def export_fields() -> ExportFields:
    raw = yaml.safe_load(
        files("twentyten")
        .joinpath("data", "sources", "export_fields.yaml")
        .read_text(encoding="utf-8")
    )
    aliases = {field: tuple(str(n).strip().lower() for n in raw[field]) for field in FIELDS}
    return ExportFields(aliases, tuple(raw["list_keys"]))


def read_export(locator: str, data: bytes, kind: str) -> Iterator[SourceDocument | InputProblem]:
    try:
        decoded = decode_bytes(data)
    except UndecodableInput as error:
        yield InputProblem(locator, str(error))
        return
    text, encoding = decoded.text.lstrip("\ufeff"), decoded.encoding
    if kind == "csv":
        items = _read_csv(locator, text)
    elif kind == "jsonl":
        items = _read_json_lines(locator, text)
    else:
        items = _read_json(locator, text)
    for item in items:
        if isinstance(item, InputProblem):
            yield item
        else:
            yield _record_document(locator, encoding, *item)


# --- JSON --------------------------------------------------------------------------------


def _read_json(locator: str, text: str) -> Iterator[RawRecord | InputProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputProblem(
            locator, f"invalid JSON: {error.msg} (column {error.colno})", error.lineno
        )
        return
    records = _json_records(data)
    if records is None:
        keys = ", ".join(export_fields().list_keys)
        yield InputProblem(
            locator,
            "JSON holds no list of articles (expected a list, an object with one of "
            f"{keys}, or a single article object)",
        )
        return
    for number, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            yield InputProblem(locator, f"record {number} is not an object")
            continue
        yield number, record, "json", None


def _json_records(data: object) -> list[object] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):
        lowered = {str(k).lower(): v for k, v in data.items()}
        for key in export_fields().list_keys:
            if isinstance(lowered.get(key), list):
                return lowered[key]
        if _field(data, "text") is not None:
            return [data]
    return None


def _read_json_lines(locator: str, text: str) -> Iterator[RawRecord | InputProblem]:
    number = 0
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputProblem(locator, f"invalid JSON: {error.msg}", line_number)
            continue
        if not isinstance(record, Mapping):
            yield InputProblem(locator, "line is not a JSON object", line_number)
            continue
        yield number, record, "json", line_number


# --- CSV ---------------------------------------------------------------------------------


def _read_csv(locator: str, text: str) -> Iterator[RawRecord | InputProblem]:
    csv.field_size_limit(64 * 1024 * 1024)
    # The header row tells the delimiter: spreadsheets in some locales write ";" or tabs.
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count) if first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield InputProblem(locator, "CSV has no header row", 1)
        return
    except csv.Error as error:
        yield InputProblem(locator, f"cannot read CSV header ({error})", 1)
        return
    names = [name.strip().lstrip("\ufeff") for name in header]
    fields = export_fields()
    lowered = [name.lower() for name in names]
    if not any(alias in lowered for alias in fields.aliases["text"]):
        yield InputProblem(
            locator,
            f"CSV has no text column (expected one of {fields.describe('text')}); "
            f"header is: {', '.join(names)}",
            1,
        )
        return
    number = 0
    while True:
        line_number = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputProblem(
                locator, f"malformed CSV row ({error}); rest of file skipped", line_number
            )
            return
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        if len(row) != len(names):
            yield InputProblem(
                locator,
                f"row has {len(row)} fields but the header has {len(names)}",
                line_number,
            )
            continue
        yield number, dict(zip(names, row, strict=True)), "csv", line_number


# --- records -----------------------------------------------------------------------------


def _field(record: Mapping[str, object], field: str) -> object | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for alias in export_fields().aliases[field]:
        value = lowered.get(alias)
        if value is not None and str(value).strip():
            return value
    return None


def _record_document(
    locator: str,
    encoding: str,
    number: int,
    record: Mapping[str, object],
    raw_format: str,
    line: int | None,
) -> SourceDocument | InputProblem:
    where = f"record {number}"
    body = _field(record, "text")
    if body is None:
        fields = export_fields()
        keys = {str(k).strip().lower() for k in record}
        if keys & set(fields.aliases["text"]):
            return InputProblem(locator, f"{where} has an empty text", line)
        return InputProblem(
            locator, f"{where} has no text (expected one of {fields.describe('text')})", line
        )
    if not isinstance(body, str):
        return InputProblem(locator, f"{where}: the text field is not a string", line)
    text = html_fragment_to_text(body) if looks_like_html(body) else body
    if not text.strip():
        return InputProblem(locator, f"{where} has an empty text", line)
    url = _field(record, "url")
    url_text = str(url).strip() if url is not None else None
    web_url = url_text if url_text and "://" in url_text else None
    title = _field(record, "title")
    outlet = _field(record, "outlet")
    language = _field(record, "language")
    raw = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return build_document(
        locator=web_url or f"{locator}#{number}",
        text=text,
        raw_format=raw_format,
        title=str(title) if title is not None else None,
        url=web_url,
        published=_field(record, "published"),
        outlet_names=(str(outlet),) if outlet is not None else (),
        language_hint=str(language) if language is not None else None,
        encoding=encoding,
        byte_size=len(raw),
        raw_hash=sha256_hex(raw),
    )
