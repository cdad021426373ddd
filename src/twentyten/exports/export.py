"""``export_register``: write the register's projects, events and claims in one format.

``out`` is a folder (files named ``projects.csv``, ``events.geojson`` …) or, when exactly one
table is exported, a file path. Every file of one export appears together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from twentyten.errors import InputError
from twentyten.exports.atomic import AtomicFiles, atomic_files
from twentyten.exports.csv_format import write_csv_table
from twentyten.exports.geojson_format import GEOJSON_TABLES, write_geojson_table
from twentyten.exports.parquet_format import write_parquet_table
from twentyten.exports.records import TABLE_NAMES, ExportTables, build_tables
from twentyten.indicators.snapshot import load_snapshot
from twentyten.store import Store


class ExportFormat(StrEnum):
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


class ExportWhat(StrEnum):
    projects = "projects"
    events = "events"
    claims = "claims"
    all = "all"


TableWriter = Callable[[ExportTables, str, Path, AtomicFiles], Path]
WRITERS: dict[ExportFormat, TableWriter] = {
    ExportFormat.csv: write_csv_table,
    ExportFormat.geojson: write_geojson_table,
    ExportFormat.parquet: write_parquet_table,
}
SUFFIXES = {
    ExportFormat.csv: ".csv",
    ExportFormat.geojson: ".geojson",
    ExportFormat.parquet: ".parquet",
}


def tables_for(fmt: ExportFormat, what: ExportWhat) -> tuple[str, ...]:
    """Which tables an export writes; GeoJSON has point layers for projects and events only."""
    available = GEOJSON_TABLES if fmt is ExportFormat.geojson else TABLE_NAMES
    if what is ExportWhat.all:
        return available
    if what.value not in available:
        raise InputError(
            f"--what {what.value}",
            f"{fmt.value} export has no {what.value} layer (choose {', '.join(available)})",
        )
    return (what.value,)


def _targets(out: Path, fmt: ExportFormat, tables: tuple[str, ...]) -> dict[str, Path]:
    suffix = SUFFIXES[fmt]
    if out.suffix.lower() == suffix and not out.is_dir():
        if len(tables) != 1:
            raise InputError(
                out, f"{len(tables)} tables to write: give a folder, not a {suffix} file"
            )
        return {tables[0]: out}
    if out.exists() and not out.is_dir():
        raise InputError(out, "exists and is not a folder")
    return {table: out / f"{table}{suffix}" for table in tables}


def export_tables(
    tables: ExportTables,
    fmt: ExportFormat | str,
    out: str | Path,
    what: ExportWhat | str = ExportWhat.all,
) -> list[Path]:
    """Write already-built export rows; returns the files written."""
    fmt, what = ExportFormat(fmt), ExportWhat(what)
    names = tables_for(fmt, what)
    targets = _targets(Path(out), fmt, names)
    writer = WRITERS[fmt]
    with atomic_files() as files:
        for name, target in targets.items():
            writer(tables, name, target, files)
    return list(targets.values())


def export_register(
    store: Store,
    fmt: ExportFormat | str,
    out: str | Path,
    what: ExportWhat | str = ExportWhat.all,
) -> list[Path]:
    """Export the register (rejected rows left out) from ``store``; returns the files."""
    tables = build_tables(load_snapshot(store))
    return export_tables(tables, fmt, out, what)
