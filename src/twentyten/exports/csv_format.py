"""CSV export: projects.csv, events.csv and claims.csv (UTF-8, header row).

List columns are joined with a single space (URLs never contain a raw space), so
``source_urls`` and ``source_grades`` line up item by item; the nested ``sources`` column is
left out because claims.csv carries every claim in full, keyed by ``event_id``/``project_id``.
Booleans are written ``true``/``false``; unknown values are empty cells.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, BinaryIO

from twentyten.exports.atomic import AtomicFiles
from twentyten.exports.records import COLUMNS, ExportTables

LIST_SEPARATOR = " "


def csv_columns(table: str) -> list[str]:
    return [name for name, kind in COLUMNS[table] if kind != "sources"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def write_csv_table(tables: ExportTables, table: str, target: Path, files: AtomicFiles) -> Path:
    columns = csv_columns(table)

    def writer(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        out = csv.writer(text)
        out.writerow(columns)
        for row in tables.rows(table):
            out.writerow([_cell(row[name]) for name in columns])
        text.flush()
        text.detach()

    return files.write(target, writer)
