"""The rows every export format writes: projects, events and claims, each with its sources.

Columns are declared once, with their types, so that CSV headers, the Parquet schema and the
GeoJSON properties agree. Dates stay strings ("2025-02", "2025-02-26") with a precision column
beside them: a partial date is never padded to a day. Rejected rows are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from twentyten.indicators.snapshot import Claim, Event, Project, RegisterSnapshot, Unit

# Column types: int, float, str, bool, list[str], sources (list of source records).
PROJECT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "int"),
    ("unit_id", "str"),
    ("county", "str"),
    ("county_ko", "str"),
    ("province", "str"),
    ("unit_type", "str"),
    ("lat", "float"),
    ("lon", "float"),
    ("cohort", "int"),
    ("facility_type", "str"),
    ("facility_detail", "str"),
    ("status", "str"),
    ("planned_start", "str"),
    ("planned_end", "str"),
    ("actual_start", "str"),
    ("actual_start_precision", "str"),
    ("actual_end", "str"),
    ("actual_end_precision", "str"),
    ("place_precision", "str"),
    ("counted_in_cohort", "bool"),
    ("review_state", "str"),
    ("n_events", "int"),
    ("n_claims", "int"),
    ("n_sources", "int"),
    ("source_urls", "list[str]"),
    ("source_grades", "list[str]"),
    ("sources", "sources"),
)

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "int"),
    ("project_id", "int"),
    ("unit_id", "str"),
    ("county", "str"),
    ("county_ko", "str"),
    ("province", "str"),
    # The name a report gave a place the gazetteer could not pin to one unit ("Unsan").
    ("place_name", "str"),
    ("lat", "float"),
    ("lon", "float"),
    ("cohort", "int"),
    ("project_facility_type", "str"),
    ("scope", "str"),
    ("event_type", "str"),
    ("date", "str"),
    ("date_precision", "str"),
    ("date_conflicts", "int"),
    ("facility_types", "list[str]"),
    ("leader_attended", "bool"),
    ("confidence", "float"),
    ("review_state", "str"),
    ("n_claims", "int"),
    ("source_urls", "list[str]"),
    ("source_grades", "list[str]"),
    ("sources", "sources"),
)

CLAIM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "int"),
    ("event_id", "int"),
    ("project_id", "int"),
    ("unit_id", "str"),
    ("county", "str"),
    ("province", "str"),
    ("cohort", "int"),
    ("event_type", "str"),
    ("event_date", "str"),
    ("event_date_precision", "str"),
    ("source_url", "str"),
    ("document_id", "int"),
    ("document_locator", "str"),
    ("outlet", "str"),
    ("origin", "str"),
    ("source_kind", "str"),
    ("reliability", "str"),
    ("credibility", "int"),
    ("grade", "str"),
    ("state_media", "bool"),
    ("independent", "bool"),
    ("reported_date", "str"),
    ("review_state", "str"),
    ("note", "str"),
)

# One source record as nested in projects and events (GeoJSON properties, Parquet structs).
SOURCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("url", "str"),
    ("document_id", "int"),
    ("source_kind", "str"),
    ("reliability", "str"),
    ("credibility", "int"),
    ("grade", "str"),
    ("outlet", "str"),
    ("state_media", "bool"),
    ("independent", "bool"),
    ("event_id", "int"),
    ("event_type", "str"),
    ("event_date", "str"),
)

COLUMNS = {"projects": PROJECT_COLUMNS, "events": EVENT_COLUMNS, "claims": CLAIM_COLUMNS}
TABLE_NAMES = tuple(COLUMNS)


@dataclass(slots=True)
class ExportTables:
    projects: list[dict[str, Any]]
    events: list[dict[str, Any]]
    claims: list[dict[str, Any]]

    def rows(self, name: str) -> list[dict[str, Any]]:
        return getattr(self, name)


def _source(claim: Claim, event: Event) -> dict[str, Any]:
    return {
        "url": claim.source_url or claim.document_locator,
        "document_id": claim.document_id,
        "source_kind": claim.source_kind,
        "reliability": claim.reliability,
        "credibility": claim.credibility,
        "grade": claim.grade,
        "outlet": claim.outlet,
        "state_media": claim.is_state_media,
        "independent": claim.is_independent,
        "event_id": event.id,
        "event_type": event.event_type,
        "event_date": event.date_text,
    }


def _urls_and_grades(sources: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Distinct URLs in first-seen order, each with the best grade any claim gave it."""
    best: dict[str, str] = {}
    for source in sources:
        url = source["url"]
        if not url:
            continue
        grade = source["grade"]
        if url not in best or grade < best[url]:  # "A1" sorts before "B2": A is best
            best[url] = grade
    return list(best), list(best.values())


def _place(unit: Unit | None) -> dict[str, Any]:
    return {
        "county": unit.name_en if unit else None,
        "county_ko": unit.name_ko if unit else None,
        "province": unit.province if unit else None,
    }


def _project_row(project: Project, unit: Unit) -> dict[str, Any]:
    sources = [_source(c, e) for e in project.events for c in e.claims]
    urls, grades = _urls_and_grades(sources)
    start, end = project.start, project.end
    return {
        "id": project.id,
        "unit_id": project.unit_id,
        **_place(unit),
        "unit_type": unit.unit_type,
        "lat": unit.lat,
        "lon": unit.lon,
        "cohort": project.cohort,
        "facility_type": project.facility_type,
        "facility_detail": project.facility_detail,
        "status": project.status,
        "planned_start": project.planned_start,
        "planned_end": project.planned_end,
        "actual_start": start.text if start else None,
        "actual_start_precision": start.precision if start else None,
        "actual_end": end.text if end else None,
        "actual_end_precision": end.precision if end else None,
        "place_precision": project.place_precision,
        "counted_in_cohort": project.counted_in_cohort,
        "review_state": project.review_state,
        "n_events": len(project.events),
        "n_claims": len(sources),
        # independent origins, as the evidence indicators count them (curated ones excluded)
        "n_sources": len({c.source_key for c in project.claims if c.is_independent}),
        "source_urls": urls,
        "source_grades": grades,
        "sources": sources,
    }


def _event_row(event: Event, project: Project | None, unit: Unit | None) -> dict[str, Any]:
    sources = [_source(c, event) for c in event.claims]
    urls, grades = _urls_and_grades(sources)
    return {
        "id": event.id,
        "project_id": event.project_id,
        "unit_id": event.unit_id or (project.unit_id if project else None),
        **_place(unit),
        "place_name": event.place_name,
        "lat": unit.lat if unit else None,
        "lon": unit.lon if unit else None,
        "cohort": project.cohort if project else event.cohort,
        "project_facility_type": project.facility_type if project else None,
        "scope": event.scope,
        "event_type": event.event_type,
        "date": event.date.text if event.date else event.date_text,
        "date_precision": event.date.precision if event.date else event.date_precision,
        "date_conflicts": event.date_conflicts,
        "facility_types": list(event.facility_types),
        "leader_attended": event.leader_attended,
        "confidence": event.confidence,
        "review_state": event.review_state,
        "n_claims": len(sources),
        "source_urls": urls,
        "source_grades": grades,
        "sources": sources,
    }


def _claim_row(claim: Claim, event_row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": claim.id,
        "event_id": claim.event_id,
        "project_id": event_row["project_id"],
        "unit_id": event_row["unit_id"],
        "county": event_row["county"],
        "province": event_row["province"],
        "cohort": event_row["cohort"],
        "event_type": event_row["event_type"],
        "event_date": event_row["date"],
        "event_date_precision": event_row["date_precision"],
        "source_url": claim.source_url,
        "document_id": claim.document_id,
        "document_locator": claim.document_locator,
        "outlet": claim.outlet,
        "origin": claim.origin,
        "source_kind": claim.source_kind,
        "reliability": claim.reliability,
        "credibility": claim.credibility,
        "grade": claim.grade,
        "state_media": claim.is_state_media,
        "independent": claim.is_independent,
        "reported_date": claim.reported_date,
        "review_state": claim.review_state,
        "note": claim.note,
    }


def build_tables(snapshot: RegisterSnapshot) -> ExportTables:
    """Flatten the snapshot into export rows, ordered by id."""
    projects = sorted(snapshot.projects, key=lambda p: p.id)
    by_id = {p.id: p for p in projects}
    project_rows = [_project_row(p, snapshot.units[p.unit_id]) for p in projects]
    events = sorted(
        [e for p in projects for e in p.events]
        + snapshot.loose_events
        + snapshot.programme_events,
        key=lambda e: e.id,
    )
    event_rows = []
    claim_rows = []
    for event in events:
        project = by_id.get(event.project_id) if event.project_id is not None else None
        unit_id = event.unit_id or (project.unit_id if project else None)
        row = _event_row(event, project, snapshot.units.get(unit_id) if unit_id else None)
        event_rows.append(row)
        claim_rows.extend(_claim_row(claim, row) for claim in event.claims)
    claim_rows.sort(key=lambda r: r["id"])
    return ExportTables(projects=project_rows, events=event_rows, claims=claim_rows)
