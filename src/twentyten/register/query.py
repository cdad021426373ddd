"""Reading the register: projects with their status, dates and evidence strength.

This is the API the indicators, exports and the brief can build on: plain dataclasses,
rejected rows left out unless asked for.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select

from twentyten.errors import InputError
from twentyten.register.grading import independent_sources
from twentyten.store import Store
from twentyten.store.schema import admin_units, claims, events, projects


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


@dataclass
class ProjectView:
    id: int
    unit_id: str
    county: str
    province: str
    facility_type: str
    facility_detail: str | None
    cohort: int | None
    status: str
    planned_start: str | None
    planned_end: str | None
    actual_start: str | None
    actual_start_precision: str | None
    actual_end: str | None
    actual_end_precision: str | None
    place_precision: str
    review_state: str
    counted_in_cohort: bool | None
    overrides: dict[str, Any]
    notes: str | None
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
    query = select(projects, admin_units.c.name_en, admin_units.c.province).join(
        admin_units, admin_units.c.id == projects.c.unit_id
    )
    if cohort is not None:
        query = query.where(projects.c.cohort == cohort)
    if status is not None:
        query = query.where(projects.c.status == status)
    if project_id is not None:
        query = query.where(projects.c.id == project_id)
    if not include_rejected:
        query = query.where(projects.c.review_state != "rejected")
    with store.connect() as conn:
        rows = conn.execute(query).mappings().all()
        ids = [row["id"] for row in rows]
        event_rows = (
            conn.execute(select(events).where(events.c.project_id.in_(ids)).order_by(events.c.id))
            .mappings()
            .all()
            if ids
            else []
        )
        event_ids = [e["id"] for e in event_rows]
        claim_rows = (
            conn.execute(
                select(claims).where(claims.c.event_id.in_(event_ids)).order_by(claims.c.id)
            )
            .mappings()
            .all()
            if event_ids
            else []
        )
    claims_by_event: dict[int, list[dict[str, Any]]] = {}
    for claim in claim_rows:
        claims_by_event.setdefault(claim["event_id"], []).append(dict(claim))
    events_by_project: dict[int, list[EventView]] = {}
    raw_by_project: dict[int, list[dict[str, Any]]] = {}
    for event in event_rows:
        if event["review_state"] == "rejected" and not include_rejected:
            continue
        own = claims_by_event.get(event["id"], [])
        events_by_project.setdefault(event["project_id"], []).append(_event_view(event, own))
        if event["review_state"] != "rejected":
            raw_by_project.setdefault(event["project_id"], []).extend(own)
    views = []
    for row in rows:
        evidence = [c for c in raw_by_project.get(row["id"], []) if c["review_state"] != "rejected"]
        independent = [c for c in evidence if c["source_kind"] != "curated"]
        views.append(
            ProjectView(
                id=row["id"],
                unit_id=row["unit_id"],
                county=row["name_en"],
                province=row["province"],
                facility_type=row["facility_type"],
                facility_detail=row["facility_detail"],
                cohort=row["cohort"],
                status=row["status"],
                planned_start=row["planned_start"],
                planned_end=row["planned_end"],
                actual_start=row["actual_start"],
                actual_start_precision=row["actual_start_precision"],
                actual_end=row["actual_end"],
                actual_end_precision=row["actual_end_precision"],
                place_precision=row["place_precision"],
                review_state=row["review_state"],
                counted_in_cohort=row["counted_in_cohort"],
                overrides=dict(row["overrides"] or {}),
                notes=row["notes"],
                sources=independent_sources(evidence),
                state_media_only=bool(independent)
                and all(c["source_kind"] == "state_media" for c in independent),
                events=events_by_project.get(row["id"], []),
            )
        )
    views.sort(key=lambda v: (v.cohort or 0, v.province, v.county, v.facility_type))
    return views


def _event_view(event: Any, claim_rows: list[dict[str, Any]]) -> EventView:
    return EventView(
        id=event["id"],
        event_type=event["event_type"],
        date=event["date"],
        date_precision=event["date_precision"],
        date_conflicts=list(event["date_conflicts"] or []),
        leader_attended=event["leader_attended"],
        facility_types=list(event["facility_types"] or []),
        place_precision=event["place_precision"],
        confidence=event["confidence"],
        review_state=event["review_state"],
        sources=independent_sources(claim_rows),
        claims=[
            ClaimView(
                id=c["id"],
                source_kind=c["source_kind"],
                outlet=c["outlet"],
                origin=c["origin"],
                source_url=c["source_url"],
                document_id=c["document_id"],
                grade=f"{c['reliability']}{c['credibility']}",
                reported_date=c["reported_date"],
                review_state=c["review_state"],
                note=c["note"],
            )
            for c in claim_rows
        ],
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
        rows = (
            conn.execute(
                select(events)
                .where(events.c.scope == "programme", events.c.review_state != "rejected")
                .order_by(events.c.id)
            )
            .mappings()
            .all()
        )
        found = []
        for row in rows:
            own = [
                dict(c)
                for c in conn.execute(
                    select(claims).where(claims.c.event_id == row["id"])
                ).mappings()
            ]
            found.append(
                ProgrammeClaim(
                    id=row["id"],
                    cohort=row["cohort"],
                    event_type=row["event_type"],
                    date=row["date"],
                    statement=row["statement"],
                    claims=_event_view(row, own).claims,
                )
            )
    return found
