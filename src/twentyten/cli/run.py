"""``twentyten run``: the main job on the bundled data (and whatever was ingested)."""

from __future__ import annotations

from typing import Annotated

import typer

from twentyten.cli.common import DbOption, FormatOption, OutputFormat, console, print_json
from twentyten.cli.indicators import AsOfOption, parse_as_of, print_indicator_tables
from twentyten.cli.model import TABLE_MEASURES, print_ensemble_tables
from twentyten.model.runs import plain
from twentyten.pipeline import DEFAULT_OUTLOOK_FUTURES, DEFAULT_SEED, run_main_job
from twentyten.store import open_store


def run_command(
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
    as_of: AsOfOption = None,
    futures: Annotated[
        int,
        typer.Option("--futures", min=0, help="Futures for the calibrated baseline (0: skip)."),
    ] = DEFAULT_OUTLOOK_FUTURES,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the outlook run.")] = DEFAULT_SEED,
) -> None:
    """Update the register (bundled evidence + new reports), then print indicators and outlook."""
    if output is OutputFormat.csv:
        raise typer.BadParameter("run prints table or json; use `indicators --format csv`")
    with open_store(db) as store:
        if output is OutputFormat.table:
            console.print(f"store: {store.engine.url.render_as_string(hide_password=True)}")
        result = run_main_job(store, as_of=parse_as_of(as_of), outlook_futures=futures, seed=seed)
    if output is OutputFormat.json:
        print_json(plain(result.to_dict()))
        return
    update = result.register_update
    console.print(
        f"register: bundled cohorts loaded ({result.bundled.cohorts.rows_changed} rows changed, "
        f"{len(result.bundled.cohorts.errors)} errors); {update.documents_extracted} new report "
        f"versions read, {update.events_created} new events",
        highlight=False,
    )
    print_indicator_tables(result.indicators)
    if result.outlook is not None:
        print_ensemble_tables(result.outlook, ["completed_cumulative", *TABLE_MEASURES[2:4]])
    console.print(
        f"forecasts: {result.open_questions} open questions; resolved now: "
        f"{', '.join(result.resolved_now) or 'none'} (twentyten forecast list)",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)
