"""``twentyten simulate | calibrate | scenarios | runs``: the scenario model from the shell."""

from __future__ import annotations

import csv
import sys
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
)
from twentyten.model import (
    EnsembleResult,
    get_run,
    list_runs,
    list_scenarios,
    load_scenario,
    load_uncertainties,
    run_ensemble,
)
from twentyten.model.runs import plain
from twentyten.store import open_store

ScenarioOption = Annotated[
    str,
    typer.Option("--scenario", "-s", help="Scenario preset name or path of a scenario YAML file."),
]
FuturesOption = Annotated[int, typer.Option("--futures", "-n", help="Number of futures.")]
SeedOption = Annotated[int, typer.Option("--seed", help="Random seed (reproducible).")]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="dask.distributed scheduler address (tcp://host:port); default local."
    ),
]
ChunkOption = Annotated[
    int, typer.Option("--chunk-size", help="Futures per chunk (memory per chunk).")
]
FailureOption = Annotated[
    str | None, typer.Option("--failure", help="Failure-definitions YAML file (default shipped).")
]
PriorsOption = Annotated[
    str | None,
    typer.Option("--priors", help="Priors (uncertainties) YAML file replacing the shipped one."),
]
MeasuresOption = Annotated[
    str | None,
    typer.Option(
        "--measures", help="Comma-separated measures for the table (default: the main ones)."
    ),
]

TABLE_MEASURES = (
    "completed_cumulative",
    "completions",
    "mean_operating_rate",
    "stalled_share",
    "goods_per_capita",
    "deprivation",
    "net_real_wage_rice",
)
QUANTILE_KEYS = ("p5", "p25", "p50", "p75", "p95")

scenarios_app = typer.Typer(help="The scenario presets (levers and range overrides).")
runs_app = typer.Typer(help="Recorded model runs (model_runs).")


def _run(
    scenario: str,
    futures: int,
    seed: int,
    chunk_size: int,
    calibrate: bool,
    scheduler: str | None,
    failure: str | None,
    db: str | None,
    monthly: bool = False,
    priors: str | None = None,
) -> EnsembleResult:
    uncertainties = load_uncertainties(priors) if priors else None
    loaded = load_scenario(scenario, uncertainties=uncertainties)
    with open_store(db) as store:
        return run_ensemble(
            loaded,
            futures,
            seed,
            chunk_size=chunk_size,
            calibrate=calibrate,
            failure=failure,
            scheduler=scheduler,
            store=store,
            keep_experiments=False,
            keep_outcomes=False,
            monthly=monthly,
        )


def _print_csv(summary: dict[str, Any]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["kind", "name", "year", *QUANTILE_KEYS, "value"])
    for name, by_year in summary["measures"].items():
        for year, q in by_year.items():
            writer.writerow(["measure", name, year, *(q[k] for k in QUANTILE_KEYS), ""])
    for year, p in summary["p_failure"].items():
        writer.writerow(["p_failure", "combined", year, "", "", "", "", "", p])
    for ident, by_year in summary["p_failure_by_definition"].items():
        for year, p in by_year.items():
            writer.writerow(["p_failure", ident, year, "", "", "", "", "", p])


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if float(value).is_integer() and abs(value) >= 1 else f"{value:.3g}"


def print_ensemble_tables(result: EnsembleResult, measures: list[str]) -> None:
    summary = result.summary()
    title = (
        f"{result.scenario.title} — {result.futures:,} futures, seed {result.seed}"
        f"{', calibrated' if result.calibrated else ''} (run {result.run_id[:8]})"
    )
    console.print(f"[bold]{title}[/]")
    for name in measures:
        by_year = result.quantiles.get(name, {})
        table = Table(title=f"{name} ({summary['units'].get(name, '')})", title_justify="left")
        table.add_column("year")
        for key in QUANTILE_KEYS:
            table.add_column(key, justify="right")
        for year, q in by_year.items():
            table.add_row(str(year), *(_fmt(q[k]) for k in QUANTILE_KEYS))
        console.print(table)
    table = Table(
        title=f"P(failure by end of year) — combine: {result.failure.combine}",
        title_justify="left",
    )
    table.add_column("year")
    table.add_column("combined", justify="right")
    for ident in result.p_failure_by_definition:
        table.add_column(ident, justify="right")
    for year, p in result.p_failure.items():
        table.add_row(
            str(year),
            f"{p:.3f}",
            *(
                f"{result.p_failure_by_definition[i][year]:.3f}"
                for i in result.p_failure_by_definition
            ),
        )
    console.print(table)
    if result.calibration is not None:
        _print_calibration(result)


def _print_calibration(result: EnsembleResult, top: int = 12) -> None:
    report = result.calibration
    assert report is not None
    console.print(
        f"Calibration: effective sample size {report.effective_sample_size:,.0f} of "
        f"{report.futures:,} futures (KL below ~{report.kl_noise_floor:.2f} is sampling "
        "noise); targets: "
        + ", ".join(f"{t.name}={t.observed:g} ({t.origin})" for t in report.targets.targets)
    )
    table = Table(title="How the evidence narrowed the uncertainties", title_justify="left")
    for column in ("uncertainty", "prior p5–p95", "posterior p5–p95", "width ratio", "KL"):
        table.add_column(column, justify="left" if column == "uncertainty" else "right")
    for row in report.parameters[:top]:
        prior, post = row["prior"], row["posterior"]
        table.add_row(
            row["name"],
            f"{prior['p5']:.3g}–{prior['p95']:.3g}",
            f"{post['p5']:.3g}–{post['p95']:.3g}",
            f"{row['width_ratio']:.2f}",
            f"{row['kl_divergence']:.3f}",
        )
    console.print(table)


def _emit(result: EnsembleResult, output: OutputFormat, measures: str | None) -> None:
    if output is OutputFormat.json:
        print_json(plain(result.summary()))
    elif output is OutputFormat.csv:
        _print_csv(plain(result.summary()))
    else:
        chosen = [m.strip() for m in measures.split(",")] if measures else list(TABLE_MEASURES)
        print_ensemble_tables(result, chosen)


def simulate_command(
    scenario: ScenarioOption = "baseline",
    futures: FuturesOption = 10_000,
    seed: SeedOption = 0,
    output: FormatOption = OutputFormat.table,
    calibrate: Annotated[
        bool, typer.Option("--calibrate", help="Weight futures by the observed cohorts (ABC).")
    ] = False,
    scheduler: SchedulerOption = None,
    chunk_size: ChunkOption = 10_000,
    failure: FailureOption = None,
    measures: MeasuresOption = None,
    monthly: Annotated[
        bool, typer.Option("--monthly", help="Also monthly fan-chart quantiles (JSON).")
    ] = False,
    priors: PriorsOption = None,
    db: DbOption = None,
) -> None:
    """Run an ensemble: fan-chart quantiles by year and P(failure) by year (run recorded)."""
    result = _run(
        scenario, futures, seed, chunk_size, calibrate, scheduler, failure, db, monthly, priors
    )
    _emit(result, output, measures)


def calibrate_command(
    scenario: ScenarioOption = "baseline",
    futures: FuturesOption = 20_000,
    seed: SeedOption = 0,
    output: FormatOption = OutputFormat.table,
    scheduler: SchedulerOption = None,
    chunk_size: ChunkOption = 10_000,
    db: DbOption = None,
) -> None:
    """Calibrate to the observed cohorts and show how the evidence narrowed each parameter."""
    result = _run(scenario, futures, seed, chunk_size, True, scheduler, None, db)
    if output is OutputFormat.table:
        print_ensemble_tables(
            result, ["cohort_completed_in_year", "completion_lag", "completed_cumulative"]
        )
        return
    if output is OutputFormat.json:
        print_json(plain(result.summary()))
        return
    writer = csv.writer(sys.stdout)
    writer.writerow(
        ["uncertainty", "prior_p5", "prior_p50", "prior_p95", "post_p5", "post_p50", "post_p95",
         "width_ratio", "kl_divergence"]
    )  # fmt: skip
    assert result.calibration is not None
    for row in result.calibration.parameters:
        writer.writerow(
            [row["name"], *row["prior"].values(), *row["posterior"].values(),
             row["width_ratio"], row["kl_divergence"]]
        )  # fmt: skip


@scenarios_app.command("list")
def scenarios_list(output: FormatOption = OutputFormat.table) -> None:
    """The shipped scenario presets."""
    scenarios = [load_scenario(name) for name in list_scenarios()]
    if output is OutputFormat.json:
        print_json([{"name": s.name, "title": s.title, "description": s.description}
                    for s in scenarios])  # fmt: skip
        return
    if output is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["name", "title", "description"])
        for s in scenarios:
            writer.writerow([s.name, s.title, s.description])
        return
    table = Table(title="Scenario presets")
    table.add_column("name")
    table.add_column("title")
    table.add_column("description")
    for s in scenarios:
        table.add_row(s.name, s.title, s.description)
    console.print(table)


@scenarios_app.command("show")
def scenarios_show(
    name: Annotated[str, typer.Argument(help="Preset name or path of a scenario file.")],
    output: FormatOption = OutputFormat.table,
) -> None:
    """A scenario's levers and the uncertainty ranges it draws from."""
    scenario = load_scenario(name)
    data = scenario.as_dict()
    data["uncertainties"] = [u.as_dict() for u in scenario.uncertainties]
    if output is OutputFormat.json:
        print_json(data)
        return
    if output is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["kind", "name", "value", "low", "central", "high", "unit", "sources"])
        for key, value in data["levers"].items():
            writer.writerow(["lever", key, value, "", "", "", "", ""])
        for u in scenario.uncertainties:
            writer.writerow(["uncertainty", u.name, "", u.low, u.central, u.high, u.unit,
                             " ".join(u.sources)])  # fmt: skip
        return
    console.print(f"[bold]{scenario.title}[/] ({scenario.name}) — {scenario.source}")
    console.print(scenario.description)
    table = Table(title="Levers", title_justify="left")
    table.add_column("lever")
    table.add_column("value")
    for key, value in data["levers"].items():
        table.add_row(key, str(value))
    console.print(table)
    table = Table(title="Uncertainties (X)", title_justify="left")
    for column in ("name", "low", "central", "high", "unit", "rel.", "overridden"):
        table.add_column(column)
    for u in scenario.uncertainties:
        table.add_row(
            u.name, f"{u.low:g}", f"{u.central:g}", f"{u.high:g}", u.unit, u.reliability,
            "yes" if u.name in scenario.overridden else "",
        )  # fmt: skip
    console.print(table)


@runs_app.command("list")
def runs_list(
    kind: Annotated[str | None, typer.Option(help="Only runs of this kind.")] = None,
    limit: Annotated[int, typer.Option(help="How many (most recent first).")] = 50,
    output: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Recorded model runs, most recent first."""
    with open_store(db) as store:
        rows = list_runs(store, kind=kind, limit=limit)
    if output is OutputFormat.json:
        print_json(rows)
        return
    columns = ["id", "created_at", "kind", "scenario", "futures", "seed", "package_version"]
    if output is OutputFormat.csv:
        print_csv(rows, columns)
        return
    table = Table(title="Model runs")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c]) for c in columns))
    console.print(table)


@runs_app.command("show")
def runs_show(
    run_id: Annotated[str, typer.Argument(help="Run id (or a unique prefix).")],
    output: FormatOption = OutputFormat.json,
    db: DbOption = None,
) -> None:
    """One run: parameters, sample design, seed, version and summary."""
    with open_store(db) as store:
        row = get_run(store, run_id)
    if output is OutputFormat.json:
        print_json(row)
        return
    summary = row["summary"] or {}
    if output is OutputFormat.csv:
        keys = ("measures", "p_failure", "p_failure_by_definition")
        _print_csv({key: summary.get(key, {}) for key in keys})
        return
    console.print(
        f"[bold]{row['id']}[/] {row['kind']} {row['scenario']} — {row['futures']:,} futures, "
        f"seed {row['seed']}, version {row['package_version']}, {row['created_at']}"
    )
    p_failure = summary.get("p_failure")
    if p_failure:
        console.print(
            "P(failure by year): "
            + ", ".join(f"{y}: {p:.3f}" for y, p in p_failure.items() if p is not None)
        )


def register(app: typer.Typer) -> None:
    app.command("simulate")(simulate_command)
    app.command("calibrate")(calibrate_command)
    app.add_typer(scenarios_app, name="scenarios")
    app.add_typer(runs_app, name="runs")
