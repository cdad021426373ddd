"""Exports of the register with its sources: CSV, GeoJSON and Parquet, one module per format.

``export_register(store, "geojson", "out/")`` writes ``projects.geojson`` and
``events.geojson``; ``build_tables(load_snapshot(store))`` gives the rows for a notebook.
"""

from twentyten.exports.export import (
    ExportFormat,
    ExportWhat,
    export_register,
    export_tables,
    tables_for,
)
from twentyten.exports.geojson_format import feature_collection
from twentyten.exports.parquet_format import arrow_schema, arrow_table
from twentyten.exports.records import COLUMNS, ExportTables, build_tables

__all__ = [
    "COLUMNS",
    "ExportFormat",
    "ExportTables",
    "ExportWhat",
    "arrow_schema",
    "arrow_table",
    "build_tables",
    "export_register",
    "export_tables",
    "feature_collection",
    "tables_for",
]
