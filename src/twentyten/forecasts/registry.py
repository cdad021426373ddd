"""The question registry in the store: questions, forecasts on them, and their audit trail.

Questions are never edited once stored (Metaculus users complain when resolution criteria
change under them); a changed file under an existing id is reported, not applied.
Timestamps are UTC. A question accepts forecasts from its open date through its close
date inclusive (the close date ends at 24:00 UTC).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select

from twentyten.errors import TwentytenError
from twentyten.forecasts.questions import Question, starting_questions
from twentyten.store import Store, schema

FORECAST_KINDS = ("analyst", "model")
FINAL_STATUSES = ("resolved", "ambiguous", "annulled")
FUTURE_TOLERANCE = timedelta(minutes=5)


def utcnow() -> datetime:
    return datetime.now(UTC)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def day_end(day: date) -> datetime:
    """The instant a day ends: forecasting on a close date is allowed all day (UTC)."""
    return day_start(day + timedelta(days=1))


def as_utc(moment: datetime) -> datetime:
    """Stored timestamps come back naive from SQLite: they are UTC by convention."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def effective_status(stored: str, close_date: date, as_of: date) -> str:
    """``open`` turns into ``closed`` after the close date even before anyone records it."""
    if stored == "open" and as_of > close_date:
        return "closed"
    return stored


@dataclass
class ForecastRecord:
    id: int
    question_id: str
    forecaster: str
    kind: str
    probability: float
    made_at: datetime
    run_id: str | None
    rationale: str | None

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "made_at": self.made_at.isoformat()}


@dataclass
class QuestionRecord:
    """A stored question with its state and its forecasts (oldest first)."""

    question: Question
    status: str
    outcome: bool | None
    resolved_at: datetime | None
    forecasts: list[ForecastRecord] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.question.id

    def latest_by_forecaster(self) -> dict[str, ForecastRecord]:
        latest: dict[str, ForecastRecord] = {}
        for forecast in self.forecasts:
            latest[forecast.forecaster] = forecast
        return latest

    def as_dict(self) -> dict[str, Any]:
        row = self.question.as_row()
        row.update(
            status=self.status,
            outcome=None if self.outcome is None else ("yes" if self.outcome else "no"),
            resolved_at=self.resolved_at.isoformat() if self.resolved_at else None,
            forecasts=[forecast.as_dict() for forecast in self.forecasts],
        )
        return row


def audit(
    conn: Connection,
    *,
    actor: str,
    action: str,
    row_id: str,
    field_name: str | None = None,
    old: str | None = None,
    new: str | None = None,
    reason: str | None = None,
    table: str = "forecast_questions",
) -> None:
    conn.execute(
        insert(schema.audit_log).values(
            at=utcnow(),
            actor=actor,
            action=action,
            table_name=table,
            row_id=row_id,
            field=field_name,
            old_value=old,
            new_value=new,
            reason=reason,
        )
    )


def _question_from_row(row: Any) -> Question:
    return Question(
        id=row.id,
        title=row.title,
        resolution_criteria=row.resolution_criteria,
        fine_print=row.fine_print,
        open_date=date.fromisoformat(row.open_date),
        close_date=date.fromisoformat(row.close_date),
        resolve_date=date.fromisoformat(row.resolve_date),
        auto_rule=row.auto_rule,
        source=row.source or "",
    )


def _forecast_from_row(row: Any) -> ForecastRecord:
    return ForecastRecord(
        id=row.id,
        question_id=row.question_id,
        forecaster=row.forecaster,
        kind=row.kind,
        probability=float(row.probability),
        made_at=as_utc(row.made_at),
        run_id=row.run_id,
        rationale=row.rationale,
    )


# --- questions -------------------------------------------------------------------------


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    differs: list[str] = field(default_factory=list)  # same id, other text: kept as stored


def add_questions(
    store: Store, questions: list[Question], *, actor: str = "analyst", existing_ok: bool = False
) -> AddReport:
    """Store new questions in one transaction; an id already stored is refused (or, with
    ``existing_ok``, reported as unchanged/differs and left alone)."""
    report = AddReport()
    table = schema.forecast_questions
    with store.begin() as conn:
        for question in questions:
            row = conn.execute(select(table).where(table.c.id == question.id)).first()
            if row is not None:
                if not existing_ok:
                    raise TwentytenError(
                        f"question {question.id!r} already exists; questions are not edited "
                        "after they are stored (add a new id, or annul the old one)"
                    )
                same = _question_from_row(row) == question
                (report.unchanged if same else report.differs).append(question.id)
                continue
            conn.execute(
                insert(table).values(**question.as_row(), status="open", created_at=utcnow())
            )
            audit(conn, actor=actor, action="create", row_id=question.id, reason=question.source)
            report.added.append(question.id)
    return report


def seed_questions(store: Store, *, actor: str = "seed") -> AddReport:
    """Load the shipped starting questions; running it again changes nothing."""
    return add_questions(store, starting_questions(), actor=actor, existing_ok=True)


def _load_records(conn: Connection, ids: list[str] | None, as_of: date) -> list[QuestionRecord]:
    table = schema.forecast_questions
    query = select(table).order_by(table.c.close_date, table.c.id)
    if ids is not None:
        query = query.where(table.c.id.in_(ids))
    records: dict[str, QuestionRecord] = {}
    for row in conn.execute(query):
        question = _question_from_row(row)
        records[row.id] = QuestionRecord(
            question=question,
            status=effective_status(row.status, question.close_date, as_of),
            outcome=row.outcome,
            resolved_at=as_utc(row.resolved_at) if row.resolved_at else None,
        )
    if records:
        forecasts = schema.forecasts
        rows = conn.execute(
            select(forecasts)
            .where(forecasts.c.question_id.in_(list(records)))
            .order_by(forecasts.c.made_at, forecasts.c.id)
        )
        for row in rows:
            records[row.question_id].forecasts.append(_forecast_from_row(row))
    return list(records.values())


def list_questions(
    store: Store, *, status: str | None = None, as_of: date | None = None
) -> list[QuestionRecord]:
    """Questions by close date, with their forecasts; ``status`` filters the effective one."""
    if status is not None and status not in schema.QUESTION_STATUSES:
        known = ", ".join(schema.QUESTION_STATUSES)
        raise TwentytenError(f"unknown status {status!r} (known: {known})")
    as_of = as_of or utcnow().date()
    with store.begin() as conn:
        records = _load_records(conn, None, as_of)
    return [record for record in records if status is None or record.status == status]


def get_question(store: Store, question_id: str, *, as_of: date | None = None) -> QuestionRecord:
    with store.begin() as conn:
        records = _load_records(conn, [question_id], as_of or utcnow().date())
    if not records:
        raise TwentytenError(f"no question {question_id!r} (see `twentyten forecast list`)")
    return records[0]


def close_due_questions(
    store: Store, *, as_of: date | None = None, actor: str = "system"
) -> list[str]:
    """Record ``closed`` for open questions whose close date has passed (``as_of`` may
    replay the past, never the future)."""
    today = utcnow().date()
    as_of = min(as_of or today, today)
    table = schema.forecast_questions
    closed: list[str] = []
    with store.begin() as conn:
        rows = conn.execute(
            select(table.c.id).where(
                table.c.status == "open", table.c.close_date < as_of.isoformat()
            )
        ).all()
        for row in rows:
            conn.execute(table.update().where(table.c.id == row.id).values(status="closed"))
            audit(
                conn,
                actor=actor,
                action="close",
                row_id=row.id,
                field_name="status",
                old="open",
                new="closed",
                reason=f"close date passed (as of {as_of.isoformat()})",
            )
            closed.append(row.id)
    return closed


# --- forecasts -------------------------------------------------------------------------


def add_forecast(
    store: Store,
    question_id: str,
    probability: float,
    *,
    forecaster: str,
    kind: str = "analyst",
    made_at: datetime | None = None,
    run_id: str | None = None,
    rationale: str | None = None,
) -> ForecastRecord:
    """Record a probability for YES. Refused outside [0, 1], on unknown or closed questions,
    and at a time outside the question's open period."""
    if isinstance(probability, bool) or not isinstance(probability, int | float):
        raise TwentytenError(f"probability must be a number, got {probability!r}")
    probability = float(probability)
    if not 0.0 <= probability <= 1.0 or probability != probability:
        raise TwentytenError(f"probability must be between 0 and 1, got {probability}")
    if kind not in FORECAST_KINDS:
        raise TwentytenError(f"forecast kind must be one of {', '.join(FORECAST_KINDS)}")
    if not forecaster or not forecaster.strip():
        raise TwentytenError("a forecast needs a forecaster name")
    if kind == "model" and not run_id:
        raise TwentytenError("a model forecast must name the model run it comes from")
    moment = as_utc(made_at) if made_at is not None else utcnow()
    # A backfilled forecast records what was said then; one dated in the future would be
    # scored as if it had been made with hindsight. (A few minutes allow for clock skew.)
    if moment > utcnow() + FUTURE_TOLERANCE:
        raise TwentytenError(
            f"a forecast cannot be dated in the future ({moment.isoformat()}); "
            "--made-at is for forecasts made earlier"
        )
    table = schema.forecast_questions
    with store.begin() as conn:
        row = conn.execute(select(table).where(table.c.id == question_id)).first()
        if row is None:
            raise TwentytenError(f"no question {question_id!r} (see `twentyten forecast list`)")
        question = _question_from_row(row)
        if row.status in FINAL_STATUSES:
            raise TwentytenError(f"question {question_id!r} is {row.status}: no more forecasts")
        if row.status == "closed" or moment >= day_end(question.close_date):
            raise TwentytenError(
                f"question {question_id!r} closed on {question.close_date.isoformat()}: "
                "forecasts after the close date are refused"
            )
        if moment < day_start(question.open_date):
            raise TwentytenError(
                f"question {question_id!r} opens on {question.open_date.isoformat()}: "
                f"a forecast made at {moment.isoformat()} is before that"
            )
        if run_id is not None:
            runs = schema.model_runs
            if conn.execute(select(runs.c.id).where(runs.c.id == run_id)).first() is None:
                raise TwentytenError(f"no model run {run_id!r} in the store")
        new_id = conn.execute(
            insert(schema.forecasts)
            .values(
                question_id=question_id,
                forecaster=forecaster.strip(),
                kind=kind,
                probability=probability,
                made_at=moment,
                run_id=run_id,
                rationale=rationale,
            )
            .returning(schema.forecasts.c.id)
        ).scalar_one()
    return ForecastRecord(
        id=new_id,
        question_id=question_id,
        forecaster=forecaster.strip(),
        kind=kind,
        probability=probability,
        made_at=moment,
        run_id=run_id,
        rationale=rationale,
    )


def _describe_failure(definitions: Any) -> str | None:
    """One line for the model's failure definitions: "any of: a; b; c"."""
    if not isinstance(definitions, dict):
        return None
    items = definitions.get("definitions") or []
    texts = [
        str(item.get("description") or item.get("id")) for item in items if isinstance(item, dict)
    ]
    if not texts:
        return None
    return f"{definitions.get('combine', 'any')} of: " + "; ".join(texts)


def _find_run(conn: Connection, run_id: str) -> Any:
    """The run with this id, or with this unique id prefix (the CLI prints short ids)."""
    runs = schema.model_runs
    row = conn.execute(select(runs).where(runs.c.id == run_id)).first()
    if row is not None:
        return row
    prefix = run_id.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = []
    if prefix:
        pattern = f"{prefix}%"
        rows = conn.execute(
            select(runs).where(runs.c.id.like(pattern, escape="\\")).limit(2)
        ).all()
    if not rows:
        raise TwentytenError(f"no model run {run_id!r} in the store")
    if len(rows) > 1:
        raise TwentytenError(f"model run id prefix {run_id!r} is ambiguous: give more of it")
    return rows[0]


def model_forecast_from_run(
    store: Store,
    question_id: str,
    run_id: str,
    *,
    year: int | None = None,
    forecaster: str = "model",
    made_at: datetime | None = None,
) -> ForecastRecord:
    """A model forecast: the run's P(failure by ``year``) (default: the close date's year).

    The model's failure definition is the run's, not the question's; the rationale says so,
    so that a reader can judge how well the two match.
    """
    with store.begin() as conn:
        row = _find_run(conn, run_id)
        run_id = row.id
        question_row = conn.execute(
            select(schema.forecast_questions.c.close_date).where(
                schema.forecast_questions.c.id == question_id
            )
        ).first()
    if question_row is None:
        raise TwentytenError(f"no question {question_id!r} (see `twentyten forecast list`)")
    year = year or date.fromisoformat(question_row.close_date).year
    summary = row.summary or {}
    p_failure = {str(key): value for key, value in (summary.get("p_failure") or {}).items()}
    if str(year) not in p_failure:
        available = ", ".join(sorted(p_failure)) or "none"
        raise TwentytenError(
            f"model run {run_id} has no P(failure) for {year} (years: {available})"
        )
    definition = _describe_failure(summary.get("failure_definitions"))
    rationale = (
        f"P(failure by {year}) from model run {run_id} (scenario {row.scenario}, "
        f"{row.futures} futures, seed {row.seed})"
        + (f"; failure defined as {definition}" if definition else "")
    )
    return add_forecast(
        store,
        question_id,
        float(p_failure[str(year)]),
        forecaster=forecaster,
        kind="model",
        made_at=made_at,
        run_id=run_id,
        rationale=rationale,
    )


def count_questions(store: Store) -> int:
    with store.begin() as conn:
        return int(
            conn.execute(select(func.count()).select_from(schema.forecast_questions)).scalar_one()
        )
