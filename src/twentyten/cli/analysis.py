"""``twentyten sensitivity`` and ``twentyten discover``: what drives failure, and where."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.table import Table

from twentyten.analysis import run_discovery, run_sensitivity
from twentyten.analysis.discovery import DEFAULT_OUTCOME as DISCOVERY_OUTCOME
from twentyten.analysis.sensitivity import DEFAULT_OUTCOME as SENSITIVITY_OUTCOME
from twentyten.cli.common import DbOption, FormatOption, OutputFormat, console, print_json
from twentyten.store import Store, open_store

ScenarioOption = Annotated[
    str, typer.Option(help="Scenario preset name or path of a scenario YAML file.")
]
SeedOption = Annotated[int, typer.Option(help="Random seed (reproducible).")]
RecordOption = Annotated[
    bool, typer.Option("--record/--no-record", help="Record the run in model_runs.")
]


def _num(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _recording_store(record: bool, db: str | None) -> Store | nullcontext[None]:
    """The store to record the run in (closed after use), or nothing with --no-record."""
    return open_store(db) if record else nullcontext()


def _write_csv(rows: Iterable[dict[str, Any]], fields: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _print_notes(notes: Iterable[str], run_id: str | None) -> None:
    for note in notes:
        console.print(f"note: {note}")
    if run_id:
        console.print(f"recorded as model run {run_id}")


def sensitivity_command(
    method: Annotated[str, typer.Option(help="sobol | morris")] = "sobol",
    scenario: ScenarioOption = "baseline",
    samples: Annotated[
        int, typer.Option(help="Sobol base samples (2^m; N·(k+2) runs) or Morris trajectories.")
    ] = 256,
    seed: SeedOption = 1,
    outcome: Annotated[
        str, typer.Option(help="Model outcome (default: months to first failure).")
    ] = SENSITIVITY_OUTCOME,
    top: Annotated[int, typer.Option(help="Drivers to show in the table (0 = all).")] = 15,
    output: FormatOption = OutputFormat.table,
    record: RecordOption = True,
    db: DbOption = None,
) -> None:
    """Rank the uncertainties that drive failure (global sensitivity, SALib)."""
    with _recording_store(record, db) as store:
        result = run_sensitivity(
            scenario, method=method, samples=samples, seed=seed, outcome=outcome, store=store
        )
    if output is OutputFormat.json:
        print_json(result.as_dict())
        return
    if output is OutputFormat.csv:
        rows = [asdict(driver) for driver in result.drivers]
        _write_csv(rows, list(rows[0]))
        return
    shown = result.drivers if top <= 0 else result.drivers[:top]
    title = (
        f"{result.method.title()} sensitivity of {result.outcome} — scenario {result.scenario}, "
        f"{result.evaluations:,} runs, seed {result.seed}"
    )
    table = Table(title=title)
    table.add_column("rank", justify="right")
    table.add_column("uncertainty", min_width=24)
    if result.method == "sobol":
        for column in ("S1", "± 95%", "ST", "± 95%"):
            table.add_column(column, justify="right")
        for d in shown:
            table.add_row(
                str(d.rank), d.name, _num(d.s1), _num(d.s1_conf), _num(d.st), _num(d.st_conf)
            )
    else:
        for column in ("mu*", "± 95%", "mu", "sigma"):
            table.add_column(column, justify="right")
        for d in shown:
            table.add_row(
                str(d.rank), d.name, _num(d.mu_star), _num(d.mu_star_conf), _num(d.mu),
                _num(d.sigma),
            )  # fmt: skip
    console.print(table)
    console.print(f"{result.outcome}: mean {result.outcome_mean:.3g}, sd {result.outcome_std:.3g}")
    _print_notes(result.notes, result.run_id)


def discover_command(
    scenario: ScenarioOption = "baseline",
    futures: Annotated[
        int, typer.Option(help="Futures in the ensemble (Latin hypercube).")
    ] = 10_000,
    seed: SeedOption = 1,
    outcome: Annotated[
        str, typer.Option(help="Failure flag, or a measure with --threshold.")
    ] = DISCOVERY_OUTCOME,
    threshold: Annotated[
        float | None, typer.Option(help="A case of interest is outcome above/below this.")
    ] = None,
    direction: Annotated[str, typer.Option(help="above | below (with --threshold)")] = "above",
    min_density: Annotated[
        float, typer.Option(help="Density a box should reach (box choice).")
    ] = 0.8,
    boxes: Annotated[int, typer.Option(help="Most boxes to find.")] = 2,
    calibrate: Annotated[
        bool, typer.Option("--calibrate", help="Weight futures by their fit to the register.")
    ] = False,
    output: FormatOption = OutputFormat.table,
    record: RecordOption = True,
    db: DbOption = None,
) -> None:
    """Find the combinations of uncertainties that lead to failure (PRIM boxes)."""
    with _recording_store(record, db) as store:
        result = run_discovery(
            scenario, futures=futures, seed=seed, outcome=outcome, threshold=threshold,
            direction=direction, min_density=min_density, max_boxes=boxes, calibrate=calibrate,
            store=store,
        )  # fmt: skip
    if output is OutputFormat.json:
        print_json(result.as_dict())
        return
    if output is OutputFormat.csv:
        rows = [
            {"box": box.index, "coverage": box.coverage, "density": box.density,
             "mass": box.mass, **asdict(r)}
            for box in result.boxes
            for r in box.restrictions
        ]  # fmt: skip
        fields = ["box", "coverage", "density", "mass", "name", "low", "high", "data_low",
                  "data_high", "qp_value"]  # fmt: skip
        _write_csv(rows, fields)
        return
    console.print(
        f"Scenario discovery (PRIM) — scenario {result.scenario}, {result.futures:,} futures, "
        f"seed {result.seed}: cases '{result.case_rule}' = {result.n_cases:,} "
        f"({result.base_rate:.1%})"
    )
    for box in result.boxes:
        flag = "" if box.meets_density else f" (below the target {box.density_target:.2f})"
        table = Table(
            title=f"Box {box.index}: coverage {box.coverage:.2f}, density {box.density:.2f}, "
            f"mass {box.mass:.2f}{flag}"
        )
        for column in ("uncertainty", "box low", "box high", "range low", "range high", "qp"):
            table.add_column(
                column,
                justify="left" if column == "uncertainty" else "right",
                min_width=24 if column == "uncertainty" else None,
            )
        for r in box.restrictions:
            weak = "" if r.qp_value < 0.05 else " (weak)"
            table.add_row(
                r.name + weak,
                f"{r.low:.4g}" if r.restricts_low else "–",
                f"{r.high:.4g}" if r.restricts_high else "–",
                f"{r.data_low:.4g}",
                f"{r.data_high:.4g}",
                f"{r.qp_value:.1e}",
            )
        console.print(table)
        step = max(1, len(box.trajectory) // 8)
        points = [p for p in box.trajectory if p.step % step == 0 or p.step == box.selected_step]
        trail = " → ".join(
            f"{'*' if p.step == box.selected_step else ''}{p.coverage:.2f}/{p.density:.2f}"
            for p in points
        )
        console.print(f"peeling trajectory (coverage/density, * = chosen): {trail}")
    _print_notes(result.notes, result.run_id)


def register(app: typer.Typer) -> None:
    app.command("sensitivity")(sensitivity_command)
    app.command("discover")(discover_command)
