"""Reading the register: projects with their status, dates and evidence strength.

This is the API the indicators, exports and the brief can build on: plain dataclasses,
rejected rows left out unless asked for.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from twentyten.errors import InputError
from twentyten.register.grading import independent_sources
from twentyten.register.readmodel import (
    REJECTED,
    ClaimRow,
    EventRow,
    ProjectRow,
    claims_by_event,
    from_row,
    load_claims,
    load_events,
    load_projects,
)
from twentyten.store import Store


@dataclass
class ClaimView:
    id: int
    source_kind: str
    outlet: str | None
    origin: str | None
    source_url: str | None
    document_id: int | None
    grade: str  # Admiralty, e.g. "C3"
    reported_date: str | None
    review_state: str
    note: str | None


@dataclass
class EventView:
    id: int
    event_type: str
    date: str | None
    date_precision: str | None
    date_conflicts: list[dict[str, Any]]
    leader_attended: bool | None
    facility_types: list[str]
    place_precision: str
    confidence: float | None
    review_state: str
    sources: int  # independent sources behind it
    claims: list[ClaimView] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectView(ProjectRow):
    """A project as the register shows it: its stored row, evidence strength and events."""

    sources: int  # independent sources over all its events (curated compilations excluded)
    state_media_only: bool  # every independent source is state media
    events: list[EventView] = field(default_factory=list)

    def as_dict(self, *, with_events: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not with_events:
            data.pop("events")
        return data


def list_projects(
    store: Store,
    *,
    cohort: int | None = None,
    status: str | None = None,
    include_rejected: bool = False,
    project_id: int | None = None,
) -> list[ProjectView]:
    """Projects ordered by cohort, province and county, each with its events and claims."""
    with store.connect() as conn:
        rows = load_projects(
            conn,
            cohort=cohort,
            status=status,
            project_id=project_id,
            include_rejected=include_rejected,
        )
        event_rows = load_events(conn, project_ids=[row.id for row in rows])
        claims_of = claims_by_event(load_claims(conn, event_ids=[e.id for e in event_rows]))
    events_by_project: dict[int | None, list[EventView]] = {}
    evidence_by_project: dict[int | None, list[ClaimRow]] = {}
    for event in event_rows:
        if event.review_state == REJECTED and not include_rejected:
            continue
        own = claims_of.get(event.id, [])
        events_by_project.setdefault(event.project_id, []).append(_event_view(event, own))
        if event.review_state != REJECTED:
            evidence_by_project.setdefault(event.project_id, []).extend(own)
    views = []
    for row in rows:
        evidence = [c for c in evidence_by_project.get(row.id, []) if c.review_state != REJECTED]
        independent = [c for c in evidence if c.source_kind != "curated"]
        views.append(
            from_row(
                ProjectView,
                row,
                sources=_independent_sources(evidence),
                state_media_only=bool(independent)
                and all(c.source_kind == "state_media" for c in independent),
                events=events_by_project.get(row.id, []),
            )
        )
    views.sort(key=lambda v: (v.cohort or 0, v.province, v.county, v.facility_type))
    return views


def _independent_sources(claim_rows: list[ClaimRow]) -> int:
    return independent_sources(asdict(claim) for claim in claim_rows)


def _claim_view(claim: ClaimRow) -> ClaimView:
    return from_row(ClaimView, claim, grade=claim.grade)


def _event_view(event: EventRow, claim_rows: list[ClaimRow]) -> EventView:
    return from_row(
        EventView,
        event,
        date_conflicts=list(event.date_conflicts),
        facility_types=list(event.facility_types),
        sources=_independent_sources(claim_rows),
        claims=[_claim_view(claim) for claim in claim_rows],
    )


def get_project(store: Store, project_id: int) -> ProjectView:
    """One project with all its events and claims, rejected ones included (marked)."""
    for view in list_projects(store, include_rejected=True, project_id=project_id):
        return view
    raise InputError("projects", f"no such project: {project_id}")


@dataclass
class ProgrammeClaim:
    id: int
    cohort: int | None
    event_type: str
    date: str | None
    statement: str | None
    claims: list[ClaimView]


def programme_claims(store: Store) -> list[ProgrammeClaim]:
    """Claims about a whole cohort (e.g. "all 20 completed in 2025"): no county dates."""
    with store.connect() as conn:
        rows = load_events(conn, scope="programme", include_rejected=False)
        claims_of = claims_by_event(load_claims(conn, event_ids=[row.id for row in rows]))
    return [
        from_row(
            ProgrammeClaim,
            row,
            claims=[_claim_view(claim) for claim in claims_of.get(row.id, [])],
        )
        for row in rows
    ]
