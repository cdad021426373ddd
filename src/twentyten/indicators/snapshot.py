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
from twentyten.store import Store

REJECTED = "rejected"
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
class Claim:
    id: int
    event_id: int
    source_url: str | None
    document_id: int | None
    document_locator: str | None
    outlet: str | None
    source_kind: str
    reliability: str
    credibility: int
    note: str | None
    origin: str | None
    reported_date: str | None
    review_state: str
    is_state_media: bool
    is_independent: bool  # adds an independent source (curated compilations do not)

    @property
    def grade(self) -> str:
        """The Admiralty grade, e.g. "B2"."""
        return f"{self.reliability}{self.credibility}"

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
    date_conflicts: int = 0  # other dates sources gave for the same event
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Project:
    id: int
    unit_id: str
    facility_type: str
    facility_detail: str | None
    cohort: int | None
    status: str
    planned_start: str | None
    planned_end: str | None
    actual_start_text: str | None
    actual_start_precision: str | None
    actual_end_text: str | None
    actual_end_precision: str | None
    place_precision: str
    review_state: str
    # False when a curator judged the site not one of its cohort's announced 20 (a paper mill
    # broken ground alongside them); None (not judged) counts.
    counted_in_cohort: bool | None = None
    events: list[Event] = field(default_factory=list)

    def _earliest_event_date(self, event_type: str) -> PartialDate | None:
        dates = [e.date for e in self.events if e.event_type == event_type and e.date]
        return min(dates, key=lambda d: (d.earliest, d.latest), default=None)

    @cached_property
    def start(self) -> PartialDate | None:
        """Groundbreaking date: the project's own, else its earliest groundbreaking event."""
        own = parse_partial_date(self.actual_start_text, self.actual_start_precision)
        return own or self._earliest_event_date("groundbreaking")

    @cached_property
    def end(self) -> PartialDate | None:
        """Completion date: the project's own, else its earliest completion event."""
        own = parse_partial_date(self.actual_end_text, self.actual_end_precision)
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


PROJECT_OVERRIDABLE = (
    "status",
    "cohort",
    "facility_type",
    "facility_detail",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_start_precision",
    "actual_end",
    "actual_end_precision",
    "counted_in_cohort",
)
EVENT_OVERRIDABLE = ("date", "date_precision", "leader_attended", "event_type")


def _known_overrides(overrides: object, fields: tuple[str, ...]) -> dict[str, object]:
    if not isinstance(overrides, dict):
        return {}
    chosen = {k: v for k, v in overrides.items() if k in fields}
    # An overridden date without its precision: the precision follows from the text.
    for date_field, precision_field in (
        ("date", "date_precision"),
        ("actual_start", "actual_start_precision"),
        ("actual_end", "actual_end_precision"),
    ):
        if date_field in chosen and precision_field not in chosen and precision_field in fields:
            chosen[precision_field] = None
    return chosen


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def load_snapshot(
    store: Store, *, rules: EvidenceRules | None = None, include_rejected: bool = False
) -> RegisterSnapshot:
    """Read the register (minus rejected rows unless asked) into plain objects."""
    rules = rules or EvidenceRules.bundled()
    t = store.tables
    with store.connect() as conn:
        unit_rows = conn.execute(select(t.admin_units)).mappings().all()
        project_rows = conn.execute(select(t.projects).order_by(t.projects.c.id)).mappings().all()
        event_rows = conn.execute(select(t.events).order_by(t.events.c.id)).mappings().all()
        claim_rows = (
            conn.execute(
                select(
                    t.claims,
                    t.documents.c.locator.label("document_locator"),
                    t.documents.c.outlet.label("document_outlet"),
                )
                .select_from(
                    t.claims.outerjoin(t.documents, t.claims.c.document_id == t.documents.c.id)
                )
                .order_by(t.claims.c.id)
            )
            .mappings()
            .all()
        )
        mentioned = {
            row[0]
            for row in conn.execute(
                select(t.mentions.c.unit_id).where(t.mentions.c.unit_id.is_not(None)).distinct()
            )
        }

    units = {
        row["id"]: Unit(
            id=row["id"],
            name_en=row["name_en"],
            name_ko=row["name_ko"],
            province=row["province"],
            unit_type=row["unit_type"],
            lat=row["lat"],
            lon=row["lon"],
        )
        for row in unit_rows
    }

    claims_by_event: dict[int, list[Claim]] = defaultdict(list)
    for row in claim_rows:
        if row.get("review_state") == REJECTED and not include_rejected:
            continue
        url = row["source_url"] or row["document_locator"]
        claims_by_event[row["event_id"]].append(
            Claim(
                id=row["id"],
                event_id=row["event_id"],
                source_url=row["source_url"],
                document_id=row["document_id"],
                document_locator=row["document_locator"],
                outlet=row.get("outlet") or row["document_outlet"],
                source_kind=row["source_kind"],
                reliability=row["reliability"],
                credibility=row["credibility"],
                note=row["note"],
                origin=row.get("origin"),
                reported_date=row.get("reported_date"),
                review_state=row.get("review_state") or "proposed",
                is_state_media=rules.is_state_media(row["source_kind"], _host(url)),
                is_independent=rules.is_independent(row["source_kind"]),
            )
        )

    projects: dict[int, Project] = {}
    rejected_projects = 0
    for row in project_rows:
        if row["review_state"] == REJECTED and not include_rejected:
            rejected_projects += 1
            continue
        # Analyst overrides win over what the evidence derived (the register applies them
        # too; applying them again here is harmless and keeps a half-refreshed row honest).
        values = {**row, **_known_overrides(row.get("overrides"), PROJECT_OVERRIDABLE)}
        projects[row["id"]] = Project(
            id=values["id"],
            unit_id=values["unit_id"],
            facility_type=values["facility_type"],
            facility_detail=values["facility_detail"],
            cohort=values["cohort"],
            status=values["status"],
            planned_start=values["planned_start"],
            planned_end=values["planned_end"],
            actual_start_text=values["actual_start"],
            actual_start_precision=values["actual_start_precision"],
            actual_end_text=values["actual_end"],
            actual_end_precision=values["actual_end_precision"],
            place_precision=values["place_precision"],
            review_state=values["review_state"],
            counted_in_cohort=values.get("counted_in_cohort"),
        )

    loose: list[Event] = []
    programme: list[Event] = []
    rejected_events = 0
    for row in event_rows:
        if row["review_state"] == REJECTED and not include_rejected:
            rejected_events += 1
            continue
        values = {**row, **_known_overrides(row.get("overrides"), EVENT_OVERRIDABLE)}
        event = Event(
            id=values["id"],
            project_id=values["project_id"],
            unit_id=values["unit_id"],
            event_type=values["event_type"],
            date=parse_partial_date(values["date"], values["date_precision"]),
            date_text=values["date"],
            date_precision=values["date_precision"],
            facility_types=list(values["facility_types"] or []),
            leader_attended=values["leader_attended"],
            confidence=values["confidence"],
            review_state=values["review_state"],
            scope=values.get("scope") or "site",
            cohort=values.get("cohort"),
            date_conflicts=len(values.get("date_conflicts") or []),
            claims=claims_by_event.get(values["id"], []),
        )
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
