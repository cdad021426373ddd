"""``twentyten indicators``: the register against the plan, as tables, JSON or CSV.

``--format csv`` prints the cohort table only (one row per cohort; columns documented in
``twentyten.indicators.cohort_table``); ``--format json`` prints everything.
"""

from __future__ import annotations

import csv
import sys
from datetime import date, datetime
from typing import Annotated, Any

import typer
from rich.table import Table

from twentyten.cli.common import (
    DbOption,
    FormatOption,
    OutputFormat,
    console,
    print_json,
    store_from,
)
from twentyten.errors import InputError
from twentyten.indicators import Indicators, cohort_columns, cohort_rows, compute_indicators

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Count only what was certainly reached by this day (YYYY-MM-DD). "
        "Default: today, with undated completions counted.",
        show_default=False,
    ),
]


def parse_as_of(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError as error:
        raise InputError("--as-of", f"not a date (YYYY-MM-DD): {text!r}") from error


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) else f"{value:.1f}"
    return str(value)


def _cohort_table(ind: Indicators) -> Table:
    table = Table(title="Cohorts (counties)", title_justify="left")
    for header in (
        "Cohort",
        "Plan",
        "Selected",
        "Started",
        "Done",
        "Done in year",
        "Done, undated",
        "Median lag (d)",
        "Lag n",
        "Kim at start",
        "Kim at end",
    ):
        table.add_column(header, justify="right")
    for c in ind.cohorts:
        gb, done = c.leader_attendance
        table.add_row(
            _fmt(c.cohort),
            _fmt(c.plan_target),
            _fmt(c.selected),
            _fmt(c.started),
            _fmt(c.completed),
            _fmt(c.completed_in_cohort_year),
            _fmt(c.completed_date_unknown),
            _fmt(c.median_lag_days),
            str(c.lag.counties),
            f"{gb.attended}/{gb.counties_with_event}",
            f"{done.attended}/{done.counties_with_event}",
        )
    notes = []
    for c in ind.cohorts:
        if c.provisional_sites:
            notes.append(
                f"{c.cohort}: provisional (one unreviewed source, not counted): "
                + ", ".join(c.provisional_sites)
            )
        if c.claimed_completed_in_cohort_year and c.completed_in_cohort_year < c.selected:
            notes.append(
                f"{c.cohort}: state media claimed the whole cohort completed within the year; "
                f"{c.completed_in_cohort_year} counties have their own completion report"
            )
    if notes:
        table.caption = "\n".join(notes)
        table.caption_justify = "left"
    return table


def _cumulative_table(ind: Indicators) -> Table:
    table = Table(
        title="Cumulative counties against the plan",
        title_justify="left",
        caption=f"Plan: {ind.plan['target']} by {max(ind.plan['annual_targets'])}; "
        "gap = completed - plan; undated = completed, date unknown",
        caption_justify="left",
    )
    for header in ("Year", "Plan", "Selected", "Started", "Completed", "Undated", "Gap"):
        table.add_column(header, justify="right")
    for row in ind.cumulative:
        if row.selected_cumulative is None:
            continue
        gap = row.completed_gap
        table.add_row(
            f"{row.year}{' (so far)' if row.partial else ''}",
            _fmt(row.plan_cumulative),
            _fmt(row.selected_cumulative),
            _fmt(row.started_cumulative),
            _fmt(row.completed_cumulative),
            _fmt(row.completed_undated),
            f"[red]{gap}[/]" if gap is not None and gap < 0 else _fmt(gap),
        )
    return table


def _province_table(ind: Indicators) -> Table:
    table = Table(title="Coverage by province", title_justify="left")
    for header in ("Province", "Units", "Selected", "Completed", "Share selected"):
        table.add_column(header, justify="left" if header == "Province" else "right")
    for row in ind.provinces:
        share = row.share_selected
        table.add_row(
            row.province,
            str(row.units),
            str(row.selected),
            str(row.completed),
            f"{share:.0%}" if share is not None else "–",
        )
    return table


def _evidence_table(ind: Indicators) -> Table:
    ev = ind.evidence
    table = Table(title="Evidence strength (counties)", title_justify="left")
    table.add_column("Measure")
    table.add_column("Count", justify="right")
    rows = [
        ("Selected counties", ev.counties),
        ("… with no claim at all", ev.no_claims),
        ("… resting on a single source", ev.single_source),
        ("… on state media alone", ev.state_media_only),
        ("… with a non-state source", ev.with_non_state_source),
        *((f"… with {k} distinct sources", n) for k, n in ev.triangulation.items()),
        ("Projects without any claim", ev.projects_without_claims),
        ("Gazetteer units never mentioned", ev.units_never_mentioned),
        ("Units mentioned but not selected", ev.units_mentioned_not_selected),
        ("Dates known only to the month or year", ind.data_quality.month_or_year_precision_dates),
    ]
    for label, count in rows:
        table.add_row(label, str(count))
    return table


def _print_csv(ind: Indicators) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=cohort_columns(), lineterminator="\n")
    writer.writeheader()
    for row in cohort_rows(ind):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})


def indicators(
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
    as_of: AsOfOption = None,
) -> None:
    """Cohorts, cumulative progress against the 20-a-year plan, provinces, evidence.

    --format json prints every indicator; --format csv prints the cohort table only (one row
    per cohort; nested figures spread into lag_*, completed_by_*, *_attended columns).
    """
    when = parse_as_of(as_of)
    with store_from(db) as store:
        result = compute_indicators(store, as_of=when)
    if output is OutputFormat.json:
        print_json(result.to_dict())
    elif output is OutputFormat.csv:
        _print_csv(result)
    else:
        print_indicator_tables(result)


def print_indicator_tables(result: Indicators) -> None:
    """The four Rich tables: cohorts, cumulative vs plan, provinces, evidence strength."""
    console.print(f"As of {result.as_of} · plan: {result.plan['name']}")
    for table in (
        _cohort_table(result),
        _cumulative_table(result),
        _province_table(result),
        _evidence_table(result),
    ):
        console.print(table)


def register(app: typer.Typer) -> None:
    app.command("indicators")(indicators)
