"""``twentyten extract PATH...``: events found in report files, printed; the store is untouched.

``--format jsonl`` prints one JSON object per event (for pipes), ``json`` one array, ``table``
a readable table. A file that cannot be read is reported on stderr by name and the rest go on
(the exit status is then 1).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from twentyten.cli.common import console, console_err
from twentyten.errors import InputError


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise InputError("--published", f"not a date (YYYY-MM-DD): {value!r}") from error


def extract_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files or folders (folders recurse).")
    ],
    output: Annotated[
        ExtractFormat,
        typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
    ] = ExtractFormat.jsonl,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY-MM-DD) for every file: gives year-less datelines "
            "(KCNA, Yonhap) their year.",
            show_default=False,
        ),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="JSONL file with one {\"file\", \"published\", \"language\"} object per "
            "report (paths relative to the manifest); wins over --published.",
            show_default=False,
        ),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language", help="en or ko (default: detected per file).", show_default=False
        ),
    ] = None,
) -> None:
    """Extract 20x10 events (county, type, date, facilities, leader) from reports."""
    from twentyten.extract.batch import Manifest, extract_paths
    from twentyten.sources.records import InputProblem

    published = _check_date(published)
    if language is not None and language not in ("en", "ko"):
        raise InputError("--language", f"expected en or ko, got {language!r}")
    loaded = Manifest.load(manifest) if manifest is not None else None
    problems = 0
    collected: list[dict[str, object]] = []
    for item in extract_paths(paths, published=published, manifest=loaded, language=language):
        if isinstance(item, InputProblem):
            problems += 1
            console_err.print(f"[red]error[/red] {item}", highlight=False, markup=True)
            continue
        record = item.to_dict()
        if output is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            collected.append(record)
    if output is ExtractFormat.json:
        sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    elif output is ExtractFormat.table:
        table = Table(title=f"{len(collected)} events", title_justify="left")
        for header in ("document", "type", "county", "province", "date", "facilities", "leader"):
            table.add_column(header)
        for rec in collected:
            table.add_row(
                str(rec["document"]),
                str(rec["event_type"]),
                str(rec["county"] or "–"),
                str(rec["province"] or "–"),
                str(rec["date"] or "–"),
                ", ".join(rec["facility_types"]),  # type: ignore[arg-type]
                {True: "yes", False: "no", None: "–"}[rec["leader_attended"]],  # type: ignore[index]
            )
        console.print(table)
    if problems:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
