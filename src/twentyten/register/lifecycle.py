"""A project's status and dates, derived from its evidence; analyst overrides win.

``selected -> groundbreaking -> under_construction -> completed -> operating`` follows the
events on record; ``stalled``, ``suspended`` and ``cancelled`` are an analyst's call (an
override), since silence in the sources is not evidence of a halt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from twentyten.register.audit import append_audit
from twentyten.register.config import register_config
from twentyten.register.grading import independent_sources
from twentyten.register.precision import PartialDate, compatible, parse_partial_date
from twentyten.store.engine import utcnow
from twentyten.store.schema import claims, events, projects

STAGES = ("selected", "groundbreaking", "under_construction", "completed", "operating")
HALTED = ("stalled", "suspended", "cancelled")
STATUSES = STAGES + HALTED
# The stage an event of each type shows a project has reached.
EVENT_STAGE = {
    "groundbreaking": "groundbreaking",
    "construction_progress": "under_construction",
    "leader_visit": "under_construction",  # only once construction has started
    "completion": "completed",
    "production_start": "operating",
}
# Fields an analyst may set on a project; they then win over the derivation.
PROJECT_OVERRIDABLE = (
    "status",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    "place_precision",
)
_DERIVED = (
    "status",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_start_precision",
    "actual_end",
    "actual_end_precision",
)


@dataclass(frozen=True)
class EventEvidence:
    """What the lifecycle needs to know about one (non-rejected) event of a project."""

    id: int
    event_type: str
    date: PartialDate | None
    sources: int  # independent sources behind it


@dataclass
class Lifecycle:
    status: str
    planned_start: str | None
    planned_end: str | None
    actual_start: PartialDate | None
    actual_end: PartialDate | None
    # Evidence that goes backwards (construction reported after completion …).
    regressions: list[str] = field(default_factory=list)
    # Same milestone reported on dates too far apart to be one ceremony.
    conflicts: list[str] = field(default_factory=list)
    changed: bool = False  # set by refresh_project when it wrote something


def _stage_index(status: str) -> int:
    return STAGES.index(status)


def _best(candidates: Sequence[EventEvidence]) -> PartialDate | None:
    """The milestone's date: best-sourced, then most precise, then earliest."""
    dated = [e for e in candidates if e.date is not None]
    if not dated:
        return None
    chosen = min(dated, key=lambda e: (-e.sources, -e.date.rank, e.date.first_day))  # type: ignore[union-attr]
    return chosen.date


def derive_lifecycle(
    evidence: Sequence[EventEvidence], cohort: int | None, *, window_days: int | None = None
) -> Lifecycle:
    window = register_config().date_window_days if window_days is None else window_days
    starts = [e for e in evidence if e.event_type == "groundbreaking"]
    start = _best(starts)
    stage = 0
    for event in evidence:
        reached = EVENT_STAGE.get(event.event_type)
        if reached is None:
            continue
        if event.event_type == "leader_visit" and not _after_start(event, starts):
            continue
        stage = max(stage, _stage_index(reached))
    lifecycle = Lifecycle(
        status=STAGES[stage],
        planned_start=str(cohort) if cohort else None,
        planned_end=str(cohort) if cohort else None,
        actual_start=start,
        actual_end=_best([e for e in evidence if e.event_type == "completion"]),
    )
    for milestone in ("groundbreaking", "completion", "production_start"):
        same = [e for e in evidence if e.event_type == milestone and e.date is not None]
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if not compatible(a.date, b.date, window):
                    lifecycle.conflicts.append(
                        f"{milestone} reported on {a.date} (event:{a.id}) "
                        f"and on {b.date} (event:{b.id})"
                    )
    staged = [
        e
        for e in evidence
        if e.date is not None and e.event_type in EVENT_STAGE and e.event_type != "leader_visit"
    ]
    for earlier in staged:
        for later in staged:
            if earlier.date.last_day < later.date.first_day and _stage_index(  # type: ignore[union-attr]
                EVENT_STAGE[later.event_type]
            ) < _stage_index(EVENT_STAGE[earlier.event_type]):
                lifecycle.regressions.append(
                    f"{later.event_type} on {later.date} (event:{later.id}) after "
                    f"{earlier.event_type} on {earlier.date} (event:{earlier.id})"
                )
    return lifecycle


def _after_start(visit: EventEvidence, starts: Sequence[EventEvidence]) -> bool:
    if not starts:
        return False
    if visit.date is None:
        return True
    return any(s.date is None or s.date.first_day <= visit.date.last_day for s in starts)


def project_evidence(conn: Connection, project_id: int) -> list[EventEvidence]:
    """The project's events that count (not rejected), each with its independent sources."""
    rows = conn.execute(
        select(events.c.id, events.c.event_type, events.c.date).where(
            events.c.project_id == project_id, events.c.review_state != "rejected"
        )
    ).all()
    if not rows:
        return []
    claim_rows = conn.execute(
        select(claims).where(claims.c.event_id.in_([r.id for r in rows]))
    ).mappings()
    by_event: dict[int, list[dict[str, Any]]] = {}
    for claim in claim_rows:
        by_event.setdefault(claim["event_id"], []).append(dict(claim))
    return [
        EventEvidence(
            id=row.id,
            event_type=row.event_type,
            date=parse_partial_date(row.date),
            sources=independent_sources(by_event.get(row.id, [])),
        )
        for row in rows
    ]


def refresh_project(conn: Connection, project_id: int, *, actor: str = "register") -> Lifecycle:
    """Re-derive a project's status and dates from its evidence; write and audit changes."""
    project = conn.execute(select(projects).where(projects.c.id == project_id)).mappings().one()
    lifecycle = derive_lifecycle(project_evidence(conn, project_id), project["cohort"])
    values: dict[str, Any] = {
        "status": lifecycle.status,
        "planned_start": lifecycle.planned_start,
        "planned_end": lifecycle.planned_end,
        "actual_start": lifecycle.actual_start.value if lifecycle.actual_start else None,
        "actual_start_precision": lifecycle.actual_start.precision
        if lifecycle.actual_start
        else None,
        "actual_end": lifecycle.actual_end.value if lifecycle.actual_end else None,
        "actual_end_precision": lifecycle.actual_end.precision if lifecycle.actual_end else None,
    }
    values.update(_overridden(project["overrides"] or {}))
    changes = {k: v for k, v in values.items() if project[k] != v}
    if changes:
        conn.execute(
            update(projects)
            .where(projects.c.id == project_id)
            .values(**changes, updated_at=utcnow())
        )
        for name, new in changes.items():
            if name.endswith("_precision") or name in (project["overrides"] or {}):
                continue  # an override was audited when the analyst set it
            append_audit(
                conn,
                actor=actor,
                action="derive",
                table_name="projects",
                row_id=project_id,
                field=name,
                old_value=project[name],
                new_value=new,
                reason="derived from the project's evidence",
            )
    lifecycle.changed = bool(changes)
    return lifecycle


def _overridden(overrides: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in overrides.items():
        if name in ("actual_start", "actual_end"):
            parsed = parse_partial_date(value)
            values[name] = parsed.value if parsed else None
            values[f"{name}_precision"] = parsed.precision if parsed else None
        elif name in _DERIVED or name in PROJECT_OVERRIDABLE:
            values[name] = value
    return values
