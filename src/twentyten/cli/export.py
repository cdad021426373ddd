"""``twentyten export``: the register's projects, events and claims with their sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from twentyten.cli.common import DbOption, console, store_from
from twentyten.exports import ExportFormat, ExportWhat, export_register


def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="csv, geojson or parquet.", case_sensitive=False),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Folder to write into, or a file when one table is exported.",
        ),
    ] = Path("."),
    what: Annotated[
        ExportWhat,
        typer.Option(
            "--what",
            help="Which table (GeoJSON: projects and events only).",
            case_sensitive=False,
        ),
    ] = ExportWhat.all,
    db: DbOption = None,
) -> None:
    """Write projects, events and claims (rejected rows left out), each with its sources."""
    with store_from(db) as store:
        written = export_register(store, fmt, out, what)
    for path in written:
        console.print(f"wrote {path}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
