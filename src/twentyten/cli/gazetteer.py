"""``twentyten places``: look up North Korean units and find place names in text."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from twentyten.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    console,
    print_csv,
    print_json,
    store_from,
)
from twentyten.errors import InputError
from twentyten.gazetteer import AdminUnit, PlaceMatch, load_gazetteer, sync_admin_units
from twentyten.sources.decoding import decode_bytes

places_app = typer.Typer(
    name="places",
    help="The gazetteer: North Korea's provinces and counties, cities and districts.",
    no_args_is_help=True,
)

UNIT_FIELDS = (
    "id",
    "name_en",
    "name_ko",
    "name_ko_south",
    "name_mr",
    "name_rr",
    "unit_type",
    "province",
    "lat",
    "lon",
    "alt_names",
    "former_names",
    "source",
)


MATCH_FIELDS = (
    "start",
    "end",
    "surface",
    "kind",
    "unit",
    "name_en",
    "province",
    "explicit",
    "candidates",
)


def unit_record(unit: AdminUnit) -> dict[str, Any]:
    record = {field: getattr(unit, field) for field in UNIT_FIELDS}
    record["alt_names"] = list(unit.alt_names)
    record["former_names"] = list(unit.former_names)
    return record


def match_record(match: PlaceMatch) -> dict[str, Any]:
    return {
        "start": match.start,
        "end": match.end,
        "surface": match.surface,
        "kind": match.kind,
        "unit": match.unit.id if match.unit else None,
        "name_en": match.unit.name_en if match.unit else None,
        "province": match.province,
        "explicit": match.explicit,
        "candidates": [unit.id for unit in match.candidates],
    }


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from error
    try:
        return decode_bytes(raw).text
    except ValueError as error:  # UndecodableInput: binary or unknown encoding
        raise InputError(path, f"cannot decode: {error}") from error


@places_app.command("find")
def find_command(
    text: Annotated[str | None, typer.Argument(help="Text to scan (or use --file).")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Read the text from a file.", show_default=False)
    ] = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Every unit and province named in an English or Korean text, with spans."""
    if (text is None) == (file is None):
        raise InputError("places find", "give either TEXT or --file PATH")
    body = _read_text(file) if file is not None else text or ""
    matches = load_gazetteer().find(body)
    records = [match_record(match) for match in matches]
    if output is OutputFormat.json:
        print_json(records)
        return
    if output is OutputFormat.csv:
        print_csv(
            ({**record, "candidates": ";".join(record["candidates"])} for record in records),
            MATCH_FIELDS,
        )
        return
    table = Table(title=f"{len(records)} place mention(s)")
    for column in ("span", "text", "kind", "unit", "province", "explicit", "candidates"):
        table.add_column(column)
    for record in records:
        table.add_row(
            f"{record['start']}-{record['end']}",
            record["surface"],
            record["kind"],
            record["unit"] or ("-" if record["kind"] == "province" else "(ambiguous)"),
            record["province"] or "?",
            "yes" if record["explicit"] else "",
            ", ".join(record["candidates"]) if len(record["candidates"]) > 1 else "",
        )
    console.print(table)


@places_app.command("list")
def list_command(
    province: Annotated[
        str | None, typer.Option("--province", help="Only this province (any spelling).")
    ] = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """The units of the gazetteer, with their names in every system."""
    gaz = load_gazetteer()
    units = gaz.units
    if province is not None:
        wanted = gaz.resolve_province(province)
        if wanted is None:
            raise InputError("--province", f"unknown province {province!r}")
        units = [unit for unit in units if unit.province == wanted]
    records = [unit_record(unit) for unit in units]
    if output is OutputFormat.json:
        print_json(records)
        return
    if output is OutputFormat.csv:
        print_csv(
            (
                {
                    **record,
                    "alt_names": "; ".join(record["alt_names"]),
                    "former_names": "; ".join(record["former_names"]),
                }
                for record in records
            ),
            UNIT_FIELDS,
        )
        return
    table = Table(title=f"{len(records)} unit(s)")
    for column in ("id", "KCNA", "Hangul", "MR", "RR", "type", "province"):
        table.add_column(column)
    for unit in units:
        table.add_row(
            unit.id,
            unit.name_en,
            unit.name_ko,
            unit.name_mr,
            unit.name_rr,
            unit.unit_type,
            unit.province,
        )
    console.print(table)


@places_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(help='Any spelling, e.g. "Sŏngch\'ŏn" or 성천군.')],
    province: Annotated[
        str | None, typer.Option("--province", help="Province, to tell homonyms apart.")
    ] = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """One unit with all its names, variants and sources (lists candidates if ambiguous)."""
    gaz = load_gazetteer()
    unit = gaz.resolve(name, province)
    if unit is None:
        candidates = gaz.candidates(name, province)
        if not candidates:
            if gaz.resolve_province(name):
                raise InputError(name, f"a province ({gaz.resolve_province(name)}), not a unit")
            raise InputError(name, "no unit of that name in the gazetteer")
        listed = ", ".join(f"{u.id}" for u in candidates)
        raise InputError(name, f"ambiguous: {listed} (add --province)")
    record = unit_record(unit)
    record["variants"] = [variant.text for variant in gaz.variants(unit)]
    if output is not OutputFormat.table:
        print_json(record)
        return
    table = Table(title=unit.label, show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    for field in UNIT_FIELDS:
        value = record[field]
        table.add_row(field, "; ".join(value) if isinstance(value, list) else str(value or "–"))
    table.add_row("variants", ", ".join(record["variants"]))
    console.print(table)


@places_app.command("sync")
def sync_command(db: DbOption = None) -> None:
    """Write the gazetteer's provinces and units into the store (idempotent)."""
    with store_from(db) as store:
        written = sync_admin_units(store)
    console.print(f"admin_units: {written} row(s) inserted or updated")


def register(app: typer.Typer) -> None:
    app.add_typer(places_app)
