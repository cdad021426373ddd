"""Options and output helpers shared by the CLI modules."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console

from twentyten.store import Store, open_store

console = Console()
console_err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite file or database URL (default: $TWENTYTEN_DATABASE_URL, "
        "else a SQLite file in the user data directory).",
        show_default=False,
    ),
]


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]


def store_from(db: str | None) -> Store:
    return open_store(db)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_csv(rows: Iterable[Mapping[str, Any]], fieldnames: Sequence[str]) -> None:
    """Rows as CSV on standard output, with a header line."""
    writer = csv.DictWriter(sys.stdout, fieldnames=list(fieldnames))
    writer.writeheader()
    writer.writerows(rows)
