"""Parquet export via pyarrow, with an explicit schema.

Dates are strings with a precision column beside them (a partial date is not a day); lists
are list<string>; each row's sources are a list of structs (url, grade, kind, event …).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from twentyten.exports.atomic import AtomicFiles
from twentyten.exports.records import COLUMNS, SOURCE_FIELDS, ExportTables

_SCALARS = {
    "int": pa.int64(),
    "float": pa.float64(),
    "str": pa.string(),
    "bool": pa.bool_(),
    "list[str]": pa.list_(pa.string()),
}
SOURCE_TYPE = pa.list_(pa.struct([pa.field(name, _SCALARS[kind]) for name, kind in SOURCE_FIELDS]))


def arrow_schema(table: str) -> pa.Schema:
    fields = []
    for name, kind in COLUMNS[table]:
        arrow_type = SOURCE_TYPE if kind == "sources" else _SCALARS[kind]
        fields.append(pa.field(name, arrow_type, nullable=name != "id"))
    return pa.schema(fields, metadata={"twentyten.table": table})


def arrow_table(tables: ExportTables, table: str) -> pa.Table:
    schema = arrow_schema(table)
    rows = tables.rows(table)
    columns = {name: [row[name] for row in rows] for name in schema.names}
    return pa.Table.from_pydict(columns, schema=schema)


def write_parquet_table(tables: ExportTables, table: str, target: Path, files: AtomicFiles) -> Path:
    data = arrow_table(tables, table)

    def writer(handle: BinaryIO) -> None:
        pq.write_table(data, handle)

    return files.write(target, writer)
