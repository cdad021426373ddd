"""Resolving questions: by an analyst with a reason, or from the register by its rule.

A resolution is final: resolving twice is refused. YES/NO needs the close date to have
passed (forecasts made after the answer is known would score for free); ``ambiguous`` and
``annulled`` may be declared at any time, with a reason. The register resolves a question
only on or after its resolve date, which leaves reporting time after the close date.
Every resolution writes an ``audit_log`` row whose reason holds the evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from twentyten.errors import TwentytenError
from twentyten.forecasts.registry import FINAL_STATUSES, audit, utcnow
from twentyten.forecasts.rules import evaluate_rule
from twentyten.store import Store, schema

OUTCOMES = ("yes", "no", "ambiguous", "annulled")


def _as_of(as_of: date | None) -> date:
    """The date to resolve at: today unless replaying the past (the future is refused)."""
    today = utcnow().date()
    if as_of is None:
        return today
    if as_of > today:
        raise TwentytenError(
            f"as-of date {as_of.isoformat()} is in the future: a question resolves on "
            "evidence that exists now"
        )
    return as_of


@dataclass
class Resolution:
    question_id: str
    outcome: str  # yes | no | ambiguous | annulled
    reason: str
    resolved_at: datetime


def _apply(
    conn, question_id: str, outcome: str, reason: str, actor: str, old_status: str
) -> Resolution:
    table = schema.forecast_questions
    at = utcnow()
    status = "resolved" if outcome in ("yes", "no") else outcome
    conn.execute(
        table.update()
        .where(table.c.id == question_id)
        .values(
            status=status,
            outcome=None if outcome not in ("yes", "no") else outcome == "yes",
            resolved_at=at,
        )
    )
    audit(
        conn,
        actor=actor,
        action="resolve",
        row_id=question_id,
        field_name="outcome",
        old=old_status,
        new=outcome,
        reason=reason,
    )
    return Resolution(question_id, outcome, reason, at)


def _check_resolvable(row, question_id: str) -> None:
    if row is None:
        raise TwentytenError(f"no question {question_id!r} (see `twentyten forecast list`)")
    if row.status in FINAL_STATUSES:
        outcome = {True: "yes", False: "no"}.get(row.outcome, row.status)
        when = row.resolved_at.date().isoformat() if row.resolved_at else "earlier"
        raise TwentytenError(
            f"question {question_id!r} was already resolved ({outcome}, {when}); "
            "a resolution is final"
        )


def resolve_question(
    store: Store,
    question_id: str,
    outcome: str,
    *,
    reason: str,
    actor: str = "analyst",
    as_of: date | None = None,
) -> Resolution:
    """Resolve by hand. Refused: unknown outcome, no reason, twice, YES/NO before close."""
    outcome = outcome.strip().lower()
    if outcome not in OUTCOMES:
        raise TwentytenError(f"outcome must be one of {', '.join(OUTCOMES)}, got {outcome!r}")
    if not reason or not reason.strip():
        raise TwentytenError("a resolution needs a reason (what evidence decides it)")
    as_of = _as_of(as_of)
    table = schema.forecast_questions
    with store.begin() as conn:
        row = conn.execute(select(table).where(table.c.id == question_id)).first()
        _check_resolvable(row, question_id)
        close_date = date.fromisoformat(row.close_date)
        if outcome in ("yes", "no") and as_of <= close_date:
            raise TwentytenError(
                f"question {question_id!r} closes on {close_date.isoformat()}: it cannot be "
                f"resolved {outcome} on {as_of.isoformat()} (only ambiguous or annulled "
                "before the close)"
            )
        return _apply(conn, question_id, outcome, reason.strip(), actor, row.status)


@dataclass
class AutoResult:
    question_id: str
    action: str  # resolved | pending
    outcome: str | None
    explanation: str


def auto_resolve(
    store: Store, *, as_of: date | None = None, actor: str = "register"
) -> list[AutoResult]:
    """Resolve every due question that has an ``auto_rule`` from the register's rows.

    Due means: not yet resolved and ``as_of`` is on or after its resolve date. Questions
    the register cannot answer yet stay open and are reported as pending with the reason.
    """
    as_of = _as_of(as_of)
    table = schema.forecast_questions
    results: list[AutoResult] = []
    with store.begin() as conn:
        rows = conn.execute(
            select(table)
            .where(table.c.auto_rule.is_not(None), table.c.status.in_(("open", "closed")))
            .order_by(table.c.id)
        ).all()
        for row in rows:
            if row.auto_rule is None:  # JSON null on some backends
                continue
            resolve_date = date.fromisoformat(row.resolve_date)
            if as_of < resolve_date:
                results.append(
                    AutoResult(row.id, "pending", None, f"resolves on {resolve_date.isoformat()}")
                )
                continue
            outcome = evaluate_rule(conn, row.auto_rule)
            if outcome.value is None:
                results.append(AutoResult(row.id, "pending", None, outcome.explanation))
                continue
            answer = "yes" if outcome.value else "no"
            reason = (
                f"auto-resolved from the register as of {as_of.isoformat()}: "
                f"{outcome.explanation}; evidence {json.dumps(outcome.evidence, sort_keys=True)}"
            )
            _apply(conn, row.id, answer, reason, actor, row.status)
            results.append(AutoResult(row.id, "resolved", answer, outcome.explanation))
    return results
