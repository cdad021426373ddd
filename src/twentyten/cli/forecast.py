"""``twentyten forecast``: the question registry, forecasts, resolution and scores."""

from __future__ import annotations

import csv
import sys
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from twentyten.cli.common import DbOption, FormatOption, OutputFormat, console, print_json
from twentyten.errors import TwentytenError
from twentyten.forecasts import (
    add_forecast,
    add_questions,
    auto_resolve,
    close_due_questions,
    get_question,
    list_questions,
    model_forecast_from_run,
    read_question_file,
    resolve_question,
    score_store,
    seed_questions,
)
from twentyten.store import Store, open_store

forecast_app = typer.Typer(help="Forecast questions: list, add forecasts, resolve, score.")
question_app = typer.Typer(help="Add new questions from YAML files.")
forecast_app.add_typer(question_app, name="question")


def _store(db: str | None) -> Store:
    """Open the store with the starting questions loaded (idempotent: first use seeds)."""
    store = open_store(db)
    seed_questions(store)
    return store


def _parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise TwentytenError(f"{option} must be a date YYYY-MM-DD, got {text!r}") from error


def _write_csv(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


@forecast_app.command("seed")
def seed_command(db: DbOption = None) -> None:
    """Load the starting questions (the assessment's claims); running it again is harmless."""
    with open_store(db) as store:
        report = seed_questions(store)
    console.print(
        f"added {len(report.added)}, unchanged {len(report.unchanged)}, "
        f"kept as stored (file differs) {len(report.differs)}"
    )


@forecast_app.command("list")
def list_command(
    status: Annotated[
        str | None, typer.Option(help="open | closed | resolved | ambiguous | annulled")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date for open/closed.")] = None,
    output: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """The questions, soonest close first, with the latest forecast of each forecaster."""
    with _store(db) as store:
        records = list_questions(store, status=status, as_of=_parse_day(as_of, "--as-of"))
    if output is OutputFormat.json:
        print_json([record.as_dict() for record in records])
        return
    rows = []
    for record in records:
        latest = record.latest_by_forecaster()
        rows.append(
            {
                "id": record.id,
                "status": record.status,
                "outcome": None if record.outcome is None else ("yes" if record.outcome else "no"),
                "close_date": record.question.close_date.isoformat(),
                "resolve_date": record.question.resolve_date.isoformat(),
                "auto": "yes" if record.question.auto_rule else "no",
                "forecasts": len(record.forecasts),
                "latest": "; ".join(f"{name} {f.probability:.2f}" for name, f in latest.items()),
                "title": record.question.title,
            }
        )
    if output is OutputFormat.csv:
        _write_csv(rows)
        return
    table = Table(title="Forecast questions")
    for column in ("id", "status", "close", "resolves", "auto", "n"):
        table.add_column(column, no_wrap=True)
    table.add_column("latest", overflow="fold")
    table.add_column("title", overflow="fold", min_width=24)
    for row in rows:
        status_text = row["status"] + (f" ({row['outcome']})" if row["outcome"] else "")
        table.add_row(
            row["id"],
            status_text,
            row["close_date"],
            row["resolve_date"],
            row["auto"],
            str(row["forecasts"]),
            row["latest"] or "–",
            row["title"],
        )
    console.print(table)


@forecast_app.command("show")
def show_command(
    question_id: Annotated[str, typer.Argument(metavar="ID")],
    output: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """One question in full: criteria, fine print, dates, rule and every forecast."""
    with _store(db) as store:
        record = get_question(store, question_id)
    data = record.as_dict()
    if output is OutputFormat.json:
        print_json(data)
        return
    if output is OutputFormat.csv:
        _write_csv([forecast.as_dict() for forecast in record.forecasts])
        return
    console.print(f"[bold]{escape(record.question.title)}[/]  ({escape(record.id)})")
    console.print(
        f"status: {data['status']}" + (f" — {data['outcome']}" if data["outcome"] else "")
    )
    console.print(
        f"open {data['open_date']} · close {data['close_date']} · resolve {data['resolve_date']}"
    )
    console.print(f"\n[bold]Resolution criteria[/]\n{escape(record.question.resolution_criteria)}")
    if record.question.fine_print:
        console.print(f"\n[bold]Fine print[/]\n{escape(record.question.fine_print)}")
    if record.question.auto_rule:
        console.print(f"\n[bold]Auto rule[/] {escape(str(record.question.auto_rule))}")
    console.print(f"\n[bold]Source[/] {escape(record.question.source)}")
    table = Table(title="Forecasts")
    for column in ("made at (UTC)", "forecaster", "kind", "p(yes)", "run", "rationale"):
        table.add_column(column, overflow="fold")
    for forecast in record.forecasts:
        table.add_row(
            forecast.made_at.strftime("%Y-%m-%d %H:%M"),
            forecast.forecaster,
            forecast.kind,
            f"{forecast.probability:.3f}",
            forecast.run_id or "–",
            forecast.rationale or "",
        )
    console.print(table)


@forecast_app.command("add")
def add_command(
    question_id: Annotated[str, typer.Argument(metavar="ID")],
    probability: Annotated[float, typer.Option("--probability", "-p", help="P(YES), 0-1.")],
    forecaster: Annotated[str, typer.Option(help="Who makes the forecast.")],
    rationale: Annotated[str | None, typer.Option(help="Why (shown beside it).")] = None,
    made_at: Annotated[
        str | None, typer.Option("--made-at", help="ISO timestamp (UTC) for a backfilled forecast.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Record an analyst's probability that question ID resolves YES."""
    moment = None
    if made_at is not None:
        try:
            moment = datetime.fromisoformat(made_at)
        except ValueError as error:
            raise TwentytenError(f"--made-at must be an ISO timestamp, got {made_at!r}") from error
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    with _store(db) as store:
        record = add_forecast(
            store,
            question_id,
            probability,
            forecaster=forecaster,
            rationale=rationale,
            made_at=moment,
        )
    console.print(
        f"forecast {record.id}: {record.forecaster} gives {record.probability:.3f} "
        f"to {record.question_id} ({record.made_at:%Y-%m-%d %H:%M} UTC)"
    )


@forecast_app.command("model")
def model_command(
    question_id: Annotated[str, typer.Argument(metavar="ID")],
    run: Annotated[str, typer.Option(help="model_runs id (from `twentyten simulate`).")],
    year: Annotated[
        int | None, typer.Option(help="P(failure by YEAR); default close year.")
    ] = None,
    forecaster: Annotated[str, typer.Option(help="Name of the model forecaster.")] = "model",
    db: DbOption = None,
) -> None:
    """Record the model's P(failure by year) from a stored run as a forecast on ID."""
    with _store(db) as store:
        record = model_forecast_from_run(store, question_id, run, year=year, forecaster=forecaster)
    console.print(f"forecast {record.id}: {record.rationale} -> {record.probability:.3f}")


@question_app.command("add")
def question_add_command(
    file: Annotated[str, typer.Argument(metavar="FILE.yaml")],
    actor: Annotated[str, typer.Option(help="Who adds it (audit log).")] = "analyst",
    db: DbOption = None,
) -> None:
    """Add the question(s) in a YAML file (one mapping, or `questions:` with a list)."""
    questions = read_question_file(file)
    with _store(db) as store:
        report = add_questions(store, questions, actor=actor)
    console.print(f"added {', '.join(report.added)}")


@forecast_app.command("resolve")
def resolve_command(
    question_id: Annotated[str | None, typer.Argument(metavar="ID")] = None,
    outcome: Annotated[str | None, typer.Option(help="yes | no | ambiguous | annulled")] = None,
    reason: Annotated[str | None, typer.Option(help="The evidence that decides it.")] = None,
    auto: Annotated[
        bool, typer.Option("--auto", help="Resolve due questions from the register.")
    ] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Resolve as of this date.")] = None,
    actor: Annotated[str, typer.Option(help="Who resolves (audit log).")] = "analyst",
    output: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Resolve question ID by hand (with --outcome and --reason), or all due ones with --auto."""
    day = _parse_day(as_of, "--as-of")
    with _store(db) as store:
        if auto:
            if question_id is not None or outcome is not None:
                raise TwentytenError("--auto resolves every due question: give no ID or --outcome")
            closed = close_due_questions(store, as_of=day)
            results = auto_resolve(store, as_of=day)
            if output is OutputFormat.json:
                print_json({"closed": closed, "results": [asdict(r) for r in results]})
                return
            if output is OutputFormat.csv:
                _write_csv([asdict(r) for r in results])
                return
            table = Table(title="Auto-resolution from the register")
            for column in ("question", "action", "outcome", "explanation"):
                table.add_column(column, overflow="fold")
            for result in results:
                table.add_row(
                    result.question_id, result.action, result.outcome or "–", result.explanation
                )
            console.print(table)
            if closed:
                console.print(f"closed: {', '.join(closed)}")
            return
        if question_id is None or outcome is None or reason is None:
            raise TwentytenError("give ID, --outcome and --reason (or --auto)")
        resolution = resolve_question(
            store, question_id, outcome, reason=reason, actor=actor, as_of=day
        )
    console.print(f"{resolution.question_id}: {resolution.outcome} ({resolution.reason})")


@forecast_app.command("score")
def score_command(
    forecaster: Annotated[str | None, typer.Option(help="Only this forecaster.")] = None,
    kind: Annotated[str | None, typer.Option(help="analyst | model")] = None,
    bins: Annotated[int, typer.Option(help="Calibration bins.")] = 10,
    output: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Brier and log scores per forecaster (time-averaged and last), and calibration."""
    with _store(db) as store:
        report = score_store(store, forecaster=forecaster, kind=kind, bins=bins)
    if output is OutputFormat.json:
        print_json(report.as_dict())
        return
    if output is OutputFormat.csv:
        _write_csv([asdict(row) for row in report.questions])
        return
    table = Table(title="Scores per forecaster (resolved questions)")
    columns = (
        "forecaster", "kind", "questions", "forecasts", "Brier (time-avg)", "Brier (last)",
        "log (time-avg)", "log (last)", "baseline", "coverage",
    )  # fmt: skip
    for column in columns:
        table.add_column(column)
    for row in report.forecasters:
        table.add_row(
            row.forecaster,
            row.kinds,
            str(row.n_questions),
            str(row.n_forecasts),
            _fmt(row.brier_time_avg),
            _fmt(row.brier_last),
            _fmt(row.log_time_avg),
            _fmt(row.log_last),
            _fmt(row.baseline_time_avg, 1),
            _fmt(row.mean_coverage, 2),
        )
    console.print(table)
    calibration = Table(title="Calibration (last forecast per forecaster and question)")
    for column in ("predicted", "n", "mean p", "observed", "90% interval"):
        calibration.add_column(column)
    for row in report.calibration:
        interval = f"{row.observed_low:.2f}–{row.observed_high:.2f}" if row.n else "–"
        calibration.add_row(
            f"{row.low:.1f}–{row.high:.1f}",
            str(row.n),
            _fmt(row.mean_predicted, 2),
            _fmt(row.observed, 2),
            interval,
        )
    console.print(calibration)
    if report.unscored_questions:
        console.print(f"not scored (ambiguous/annulled): {', '.join(report.unscored_questions)}")


def register(app: typer.Typer) -> None:
    app.add_typer(forecast_app, name="forecast")
