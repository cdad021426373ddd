"""The register's read model: projects, events and claims as the store holds them.

This is the one place that reads those three tables. The register's queries
(:mod:`twentyten.register.query`) and the indicators' snapshot
(:mod:`twentyten.indicators.snapshot`) both start from these rows and shape them for their
own use, so a column added to the register is read in one place only.

Rows come back ordered by id, rejected ones included unless asked otherwise: the snapshot
counts what an analyst rejected, the project view shows it marked.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Self, TypeVar

from sqlalchemy import Connection, select

from twentyten.store.schema import admin_units, claims, documents, events, projects

REJECTED = "rejected"

# What an analyst's overrides may set when the register is read. The register writes them
# into the row as well; applying them again on reading keeps a half-refreshed row honest.
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
# A date overridden without its precision: the precision then follows from the date's text.
_PRECISION_OF = {
    "date": "date_precision",
    "actual_start": "actual_start_precision",
    "actual_end": "actual_end_precision",
}


@dataclass(frozen=True, slots=True)
class ProjectRow:
    id: int
    unit_id: str
    county: str  # the unit's KCNA English name (a county, city or district)
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
    # False when a curator judged the site not one of its cohort's announced 20 (a paper mill
    # broken ground alongside them); None (not judged) counts.
    counted_in_cohort: bool | None
    overrides: dict[str, Any]  # analyst overrides {field: value}
    notes: str | None

    def with_overrides(self) -> Self:
        """This row with the analyst's overrides laid over what the evidence derived."""
        return replace(self, **_known_overrides(self.overrides, PROJECT_OVERRIDABLE))


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    project_id: int | None
    unit_id: str | None
    event_type: str
    date: str | None
    date_precision: str | None
    facility_types: tuple[str, ...]
    leader_attended: bool | None
    confidence: float | None
    review_state: str
    scope: str  # site | programme (about a whole cohort, no county)
    cohort: int | None  # for programme-level events
    place_precision: str
    place_name: str | None  # a homonym's name while its county is unresolved ("Unsan")
    # Other dates the sources gave for this event: ({"date", "precision", "claim_ids"}, ...).
    date_conflicts: tuple[dict[str, Any], ...]
    statement: str | None  # for programme-level events: what the source said
    overrides: dict[str, Any]

    def with_overrides(self) -> Self:
        """This row with the analyst's overrides laid over what the claims said."""
        return replace(self, **_known_overrides(self.overrides, EVENT_OVERRIDABLE))


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    event_id: int
    source_url: str | None
    document_id: int | None
    document_locator: str | None  # the stored document's, when the claim has one
    outlet: str | None  # the claim's own; a curated claim may name none
    document_outlet: str | None  # the stored document's
    source_kind: str
    reliability: str
    credibility: int
    note: str | None
    origin: str | None
    reported_date: str | None
    review_state: str

    @property
    def grade(self) -> str:
        """The Admiralty grade, e.g. "B2"."""
        return f"{self.reliability}{self.credibility}"


Row = ProjectRow | EventRow | ClaimRow
Built = TypeVar("Built")


def row_values(row: Row) -> dict[str, Any]:
    """The row's fields by name (values not copied)."""
    return {f.name: getattr(row, f.name) for f in fields(row)}


def from_row(cls: type[Built], row: Mapping[str, Any] | Row, **given: Any) -> Built:
    """A ``cls`` built on a row: each field is the row's field (or column) of the same name,
    except those ``given``. A field the row lacks and is not given is an error, not a default."""
    values = row if isinstance(row, Mapping) else row_values(row)
    names = [f.name for f in fields(cls) if f.init and f.name not in given]
    return cls(**{name: values[name] for name in names}, **given)


def load_projects(
    conn: Connection,
    *,
    cohort: int | None = None,
    status: str | None = None,
    project_id: int | None = None,
    include_rejected: bool = True,
) -> list[ProjectRow]:
    """Projects (with their unit's names), optionally only one cohort, status or id."""
    query = (
        select(projects, admin_units.c.name_en.label("county"), admin_units.c.province)
        .join(admin_units, admin_units.c.id == projects.c.unit_id)
        .order_by(projects.c.id)
    )
    if cohort is not None:
        query = query.where(projects.c.cohort == cohort)
    if status is not None:
        query = query.where(projects.c.status == status)
    if project_id is not None:
        query = query.where(projects.c.id == project_id)
    if not include_rejected:
        query = query.where(projects.c.review_state != REJECTED)
    return [
        from_row(ProjectRow, row, overrides=_overrides(row["overrides"]))
        for row in conn.execute(query).mappings()
    ]


def load_events(
    conn: Connection,
    *,
    project_ids: Collection[int] | None = None,
    scope: str | None = None,
    include_rejected: bool = True,
) -> list[EventRow]:
    """Events, optionally only those of some projects or of one scope."""
    query = select(events).order_by(events.c.id)
    if project_ids is not None:
        if not project_ids:
            return []
        query = query.where(events.c.project_id.in_(project_ids))
    if scope is not None:
        query = query.where(events.c.scope == scope)
    if not include_rejected:
        query = query.where(events.c.review_state != REJECTED)
    return [
        from_row(
            EventRow,
            row,
            facility_types=tuple(row["facility_types"] or ()),
            scope=row["scope"] or "site",
            date_conflicts=tuple(row["date_conflicts"] or ()),
            overrides=_overrides(row["overrides"]),
        )
        for row in conn.execute(query).mappings()
    ]


def load_claims(conn: Connection, *, event_ids: Collection[int] | None = None) -> list[ClaimRow]:
    """Claims (rejected ones too, marked), optionally only those of some events."""
    query = (
        select(
            claims,
            documents.c.locator.label("document_locator"),
            documents.c.outlet.label("document_outlet"),
        )
        .select_from(claims.outerjoin(documents, claims.c.document_id == documents.c.id))
        .order_by(claims.c.id)
    )
    if event_ids is not None:
        if not event_ids:
            return []
        query = query.where(claims.c.event_id.in_(event_ids))
    return [from_row(ClaimRow, row) for row in conn.execute(query).mappings()]


def claims_by_event(claim_rows: list[ClaimRow]) -> dict[int, list[ClaimRow]]:
    """Claims grouped under their event's id, in the order given."""
    grouped: dict[int, list[ClaimRow]] = {}
    for claim in claim_rows:
        grouped.setdefault(claim.event_id, []).append(claim)
    return grouped


def _overrides(stored: object) -> dict[str, Any]:
    # Written by the register as {field: value}; anything else stored there sets nothing.
    return dict(stored) if isinstance(stored, Mapping) else {}


def _known_overrides(overrides: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    chosen = {name: value for name, value in overrides.items() if name in names}
    for date_field, precision_field in _PRECISION_OF.items():
        if date_field in chosen and precision_field not in chosen and precision_field in names:
            chosen[precision_field] = None
    return chosen
