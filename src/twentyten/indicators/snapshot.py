"""A read-only, in-memory view of the register: what indicators and exports are computed from.

Rows an analyst rejected (``review_state = 'rejected'``) are left out, and so are the events
of rejected projects and the claims of rejected events. Each project carries its events and
each event its claims, so every figure can be traced back to the sources behind it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from sqlalchemy import select

from twentyten.indicators.evidence_rules import EvidenceRules
from twentyten.indicators.partial_dates import PartialDate, parse_partial_date
from twentyten.register.readmodel import (
    REJECTED,
    ClaimRow,
    EventRow,
    ProjectRow,
    from_row,
    load_claims,
    load_events,
    load_projects,
)
from twentyten.store import Store

# Statuses that say ground was broken, whatever the dates we hold.
STARTED_STATUSES = frozenset(
    {"groundbreaking", "under_construction", "completed", "operating", "stalled", "suspended"}
)
COMPLETED_STATUSES = frozenset({"completed", "operating"})


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name_en: str
    name_ko: str
    province: str
    unit_type: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Claim(ClaimRow):
    """A claim as the indicators weigh it; ``outlet`` falls back to the stored document's."""

    is_state_media: bool
    is_independent: bool  # adds an independent source (curated compilations do not)

    @property
    def source_key(self) -> str:
        """What makes two claims one independent source, as the register triangulates.

        The origin (a mirror or reprint carries its original's), else the outlet, else the
        document, else the URL: five sites relaying one KCNA story are one source.
        """
        for value in (self.origin, self.outlet):
            if value:
                return value.strip().casefold()
        if self.document_id is not None:
            return f"document:{self.document_id}"
        if self.source_url:
            return f"url:{self.source_url.strip()}"
        return f"claim:{self.id}"


@dataclass(slots=True)
class Event:
    id: int
    project_id: int | None
    unit_id: str | None
    event_type: str
    date: PartialDate | None
    date_text: str | None
    date_precision: str | None
    facility_types: list[str]
    leader_attended: bool | None
    confidence: float | None
    review_state: str
    scope: str = "site"  # site | programme (about a whole cohort, no county)
    cohort: int | None = None  # for programme-level events
    place_name: str | None = None  # a homonym's name while its county is unresolved
    date_conflicts: int = 0  # other dates sources gave for the same event
    claims: list[Claim] = field(default_factory=list)


@dataclass(frozen=True)
class Project(ProjectRow):
    """A project with the analyst's overrides applied, and its (non-rejected) events."""

    events: list[Event] = field(default_factory=list)

    def _earliest_event_date(self, event_type: str) -> PartialDate | None:
        dates = [e.date for e in self.events if e.event_type == event_type and e.date]
        return min(dates, key=lambda d: (d.earliest, d.latest), default=None)

    @cached_property
    def start(self) -> PartialDate | None:
        """Groundbreaking date: the project's own, else its earliest groundbreaking event."""
        own = parse_partial_date(self.actual_start, self.actual_start_precision)
        return own or self._earliest_event_date("groundbreaking")

    @cached_property
    def end(self) -> PartialDate | None:
        """Completion date: the project's own, else its earliest completion event."""
        own = parse_partial_date(self.actual_end, self.actual_end_precision)
        return own or self._earliest_event_date("completion")

    @property
    def is_completed(self) -> bool:
        """Completed by the register's account, dated or not."""
        return (
            self.status in COMPLETED_STATUSES
            or self.end is not None
            or any(e.event_type == "completion" for e in self.events)
        )

    @property
    def is_started(self) -> bool:
        return (
            self.is_completed
            or self.status in STARTED_STATUSES
            or self.start is not None
            or any(e.event_type == "groundbreaking" for e in self.events)
        )

    @property
    def claims(self) -> list[Claim]:
        return [claim for event in self.events for claim in event.claims]


@dataclass(slots=True)
class RegisterSnapshot:
    units: dict[str, Unit]
    projects: list[Project]
    # Events not linked to any project (yet): evidence that a county was mentioned.
    loose_events: list[Event]
    # Events about a whole cohort or the programme, with no county.
    programme_events: list[Event]
    mentioned_unit_ids: set[str]
    rejected_projects: int
    rejected_events: int

    def display_names(self, second_level: Callable[[str], bool]) -> dict[str, str]:
        """Unit id -> KCNA English name, with the province added where second-level names
        collide ("Unsan (North Phyongan)" and "Unsan (South Phyongan)")."""
        counts = Counter(u.name_en for u in self.units.values() if second_level(u.unit_type))
        return {
            u.id: f"{u.name_en} ({u.province})"
            if second_level(u.unit_type) and counts[u.name_en] > 1
            else u.name_en
            for u in self.units.values()
        }


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _claim(row: ClaimRow, rules: EvidenceRules) -> Claim:
    url = row.source_url or row.document_locator
    return from_row(
        Claim,
        row,
        outlet=row.outlet or row.document_outlet,
        is_state_media=rules.is_state_media(row.source_kind, _host(url)),
        is_independent=rules.is_independent(row.source_kind),
    )


def _event(row: EventRow, claims: list[Claim]) -> Event:
    return from_row(
        Event,
        row,
        date=parse_partial_date(row.date, row.date_precision),
        date_text=row.date,
        facility_types=list(row.facility_types),
        date_conflicts=len(row.date_conflicts),
        claims=claims,
    )


def load_snapshot(
    store: Store, *, rules: EvidenceRules | None = None, include_rejected: bool = False
) -> RegisterSnapshot:
    """Read the register (minus rejected rows unless asked) into plain objects."""
    rules = rules or EvidenceRules.bundled()
    t = store.tables
    with store.connect() as conn:
        unit_rows = conn.execute(select(t.admin_units)).mappings().all()
        project_rows = load_projects(conn)
        event_rows = load_events(conn)
        claim_rows = load_claims(conn)
        mentioned = {
            row[0]
            for row in conn.execute(
                select(t.mentions.c.unit_id).where(t.mentions.c.unit_id.is_not(None)).distinct()
            )
        }

    units = {row["id"]: from_row(Unit, row) for row in unit_rows}

    claims_by_event: dict[int, list[Claim]] = defaultdict(list)
    for claim in claim_rows:
        if claim.review_state != REJECTED or include_rejected:
            claims_by_event[claim.event_id].append(_claim(claim, rules))

    projects: dict[int, Project] = {}
    rejected_projects = 0
    for project in project_rows:
        if project.review_state == REJECTED and not include_rejected:
            rejected_projects += 1
            continue
        projects[project.id] = from_row(Project, project.with_overrides(), events=[])

    loose: list[Event] = []
    programme: list[Event] = []
    rejected_events = 0
    for row in event_rows:
        if row.review_state == REJECTED and not include_rejected:
            rejected_events += 1
            continue
        event = _event(row.with_overrides(), claims_by_event.get(row.id, []))
        if event.scope == "programme" and event.project_id is None:
            programme.append(event)
        elif event.project_id is None:
            loose.append(event)
        elif event.project_id in projects:
            projects[event.project_id].events.append(event)
        # else: the event belongs to a rejected project and goes with it.

    return RegisterSnapshot(
        units=units,
        projects=list(projects.values()),
        loose_events=loose,
        programme_events=programme,
        mentioned_unit_ids=mentioned,
        rejected_projects=rejected_projects,
        rejected_events=rejected_events,
    )
