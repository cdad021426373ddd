"""From mentions (what each report says) to events (what happened) and projects.

Five outlets reporting one ceremony give five mentions, one event and five claims. A mention
joins an existing event of the same county (or, without a county, the same province), type
and facility when the dates are compatible: within the window, or one a coarser form of the
other ("2025-02" and "2025-02-27"). A ceremony for several facilities (factories and a
hospital) becomes one event per facility, since each facility is its own project; a mention
naming no facility supports every facility's event of that ceremony. Reconciling reads only
mentions that no event has claimed yet, so running it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from twentyten.errors import TwentytenError
from twentyten.register.audit import audit_row
from twentyten.register.config import register_config
from twentyten.register.evidence import merge_leader, refresh_events
from twentyten.register.grading import Grading, load_grading
from twentyten.register.lifecycle import refresh_project
from twentyten.register.precision import PartialDate, gap_days, parse_partial_date, slack
from twentyten.register.projects import UNSPECIFIED_FACILITY, project_for_event
from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import (
    admin_units,
    audit_log,
    claims,
    document_versions,
    documents,
    events,
    extracted_versions,
    mentions,
)

ACTOR = "reconcile"


@dataclass
class ReconcileReport:
    mentions_read: int = 0
    events_created: int = 0
    claims_created: int = 0
    projects_created: int = 0
    projects_changed: int = 0
    unresolved: int = 0  # mentions with no county
    documents_extracted: int = 0  # set by process_new_documents
    mentions_recorded: int = 0  # set by process_new_documents


# --- recording mentions ----------------------------------------------------------------


def _field(event: Any, name: str, default: Any = None) -> Any:
    if isinstance(event, Mapping):
        return event.get(name, default)
    return getattr(event, name, default)


def record_mentions(
    store_or_conn: Store | Connection,
    document_version_id: int,
    extracted_events: Iterable[Any],
    *,
    extractor_version: str | None = None,
) -> list[int]:
    """Store what the extractor found in one document version; known mentions are skipped.

    ``extracted_events`` are ``ExtractedEvent`` objects (or dicts with the same fields:
    event_type, unit_id, province, date, date_precision, facility_types, leader_attended,
    span, confidence). Returns the ids of the mentions, old and new, in input order.
    """
    if isinstance(store_or_conn, Store):
        with store_or_conn.begin() as conn:
            return record_mentions(
                conn, document_version_id, extracted_events, extractor_version=extractor_version
            )
    conn = store_or_conn
    version = extractor_version or _extractor_version()
    existing = {
        (r.event_type, r.unit_id, r.date, r.span_start): r.id
        for r in conn.execute(
            select(
                mentions.c.id,
                mentions.c.event_type,
                mentions.c.unit_id,
                mentions.c.date,
                mentions.c.span_start,
            ).where(mentions.c.document_version_id == document_version_id)
        )
    }
    found = list(extracted_events)
    named = {_field(event, "unit_id") for event in found} - {None}
    if named:
        known = set(
            conn.execute(select(admin_units.c.id).where(admin_units.c.id.in_(named))).scalars()
        )
        if named - known:
            raise TwentytenError(
                f"document version {document_version_id}: unknown admin unit(s) "
                f"{', '.join(sorted(named - known))}; sync the gazetteer into the store first "
                "(twentyten.gazetteer.sync_admin_units)"
            )
    ids: list[int] = []
    for event in found:
        span = _field(event, "span") or (None, None)
        date = _field(event, "date")
        parsed = parse_partial_date(date)
        key = (_field(event, "event_type"), _field(event, "unit_id"), date, span[0])
        if key in existing:
            ids.append(existing[key])
            continue
        place_name = _field(event, "county") if key[1] is None else None
        mention_id = conn.execute(
            insert(mentions).values(
                document_version_id=document_version_id,
                event_type=key[0],
                unit_id=key[1],
                province=_field(event, "province"),
                place_name=place_name,
                date=parsed.value if parsed else None,
                date_precision=parsed.precision if parsed else None,
                facility_types=list(_field(event, "facility_types") or []),
                leader_attended=_field(event, "leader_attended"),
                span_start=span[0],
                span_end=span[1],
                confidence=float(_field(event, "confidence", 1.0)),
                extractor_version=version,
            )
        ).inserted_primary_key[0]
        existing[key] = mention_id
        ids.append(mention_id)
    return ids


def _extractor_version() -> str:
    from twentyten import __version__

    try:
        from twentyten import extract
    except ImportError:
        extract = None  # type: ignore[assignment]
    return str(getattr(extract, "EXTRACTOR_VERSION", None) or f"twentyten-{__version__}")


# --- reconciling -----------------------------------------------------------------------


@dataclass
class _Event:
    """An event as the matcher sees it, kept current while a batch is reconciled."""

    id: int
    unit_id: str | None
    province: str | None
    event_type: str
    place_name: str | None
    date: PartialDate | None
    facility_types: list[str]
    project_id: int | None
    leader_attended: bool | None = None
    confidence: float | None = None
    documents: set[int] = field(default_factory=set)
    dirty: bool = False  # leader flag or confidence changed in this run


def _index_key(
    unit_id: str | None, province: str | None, place_name: str | None, event_type: str
) -> tuple[Any, ...]:
    if unit_id:
        return (unit_id, None, None, event_type)
    return (None, province, place_name, event_type)


class _Matcher:
    def __init__(self, conn: Connection, window_days: int) -> None:
        self.conn = conn
        self.window = window_days
        self.by_key: dict[tuple[Any, ...], list[_Event]] = {}
        self.by_id: dict[int, _Event] = {}
        rows = conn.execute(select(events).where(events.c.scope == "site")).mappings()
        for row in rows:
            self.add(
                _Event(
                    id=row["id"],
                    unit_id=row["unit_id"],
                    province=row["province"],
                    event_type=row["event_type"],
                    place_name=row["place_name"],
                    date=parse_partial_date(row["date"]),
                    facility_types=list(row["facility_types"] or []),
                    project_id=row["project_id"],
                    leader_attended=row["leader_attended"],
                    confidence=row["confidence"],
                )
            )
        for row in conn.execute(
            select(claims.c.event_id, claims.c.document_id).where(claims.c.document_id.is_not(None))
        ):
            known = self.by_id.get(row.event_id)
            if known is not None:
                known.documents.add(row.document_id)

    def add(self, event: _Event) -> None:
        key = _index_key(event.unit_id, event.province, event.place_name, event.event_type)
        self.by_key.setdefault(key, []).append(event)
        self.by_id[event.id] = event

    def candidates(
        self,
        unit_id: str | None,
        province: str | None,
        place_name: str | None,
        event_type: str,
        date: PartialDate | None,
    ) -> list[tuple[int, _Event]]:
        found = []
        key = _index_key(unit_id, province, place_name, event_type)
        for event in self.by_key.get(key, []):
            if date is None or event.date is None:
                found.append((0, event))
                continue
            gap = gap_days(date, event.date)
            if gap <= slack(date, event.date, self.window):
                found.append((gap, event))
        return sorted(found, key=lambda pair: (pair[0], pair[1].id))


def reconcile(
    store: Store,
    *,
    grading: Grading | None = None,
    window_days: int | None = None,
    actor: str = ACTOR,
) -> ReconcileReport:
    """Link every unreconciled mention to an event (new or existing) and its project."""
    grading = grading or load_grading()
    window = register_config().date_window_days if window_days is None else window_days
    report = ReconcileReport()
    with store.begin() as conn:
        _reconcile(conn, grading, window, actor, report)
    return report


class _Batch:
    """Rows written at the end of a run in a few statements rather than one per mention."""

    def __init__(self) -> None:
        self.claims: list[dict[str, Any]] = []
        self.links: list[dict[str, int]] = []
        self.audit: list[dict[str, Any]] = []


def _reconcile(
    conn: Connection, grading: Grading, window: int, actor: str, report: ReconcileReport
) -> None:
    pending = (
        conn.execute(
            select(
                mentions,
                documents.c.id.label("document_id"),
                documents.c.locator,
                documents.c.url,
                documents.c.outlet,
                documents.c.source_kind,
            )
            .join(document_versions, document_versions.c.id == mentions.c.document_version_id)
            .join(documents, documents.c.id == document_versions.c.document_id)
            .where(mentions.c.event_id.is_(None))
            .order_by(mentions.c.id)
        )
        .mappings()
        .all()
    )
    if not pending:
        return
    matcher = _Matcher(conn, window)
    batch = _Batch()
    touched_events: set[int] = set()
    touched_projects: set[int] = set()
    for mention in pending:
        report.mentions_read += 1
        if mention["unit_id"] is None:
            report.unresolved += 1
        targets = _targets_for(conn, matcher, mention, actor, report, batch)
        for event in targets:
            if _add_claim(event, mention, grading, batch):
                report.claims_created += 1
            touched_events.add(event.id)
            if event.project_id is not None:
                touched_projects.add(event.project_id)
        batch.links.append({"mention": mention["id"], "event": targets[0].id})
    _flush(conn, matcher, batch)
    refresh_events(conn, sorted(touched_events))
    for project_id in sorted(touched_projects):
        if refresh_project(conn, project_id, actor=actor).changed:
            report.projects_changed += 1


def _flush(conn: Connection, matcher: _Matcher, batch: _Batch) -> None:
    if batch.claims:
        conn.execute(insert(claims), batch.claims)
    if batch.links:
        conn.execute(
            update(mentions)
            .where(mentions.c.id == bindparam("mention"))
            .values(event_id=bindparam("event")),
            batch.links,
        )
    dirty = [
        {"event": e.id, "leader": e.leader_attended, "confidence": e.confidence}
        for e in matcher.by_id.values()
        if e.dirty
    ]
    if dirty:
        conn.execute(
            update(events)
            .where(events.c.id == bindparam("event"))
            .values(leader_attended=bindparam("leader"), confidence=bindparam("confidence")),
            dirty,
        )
    if batch.audit:
        conn.execute(insert(audit_log), batch.audit)


def _targets_for(
    conn: Connection,
    matcher: _Matcher,
    mention: Mapping[str, Any],
    actor: str,
    report: ReconcileReport,
    batch: _Batch,
) -> list[_Event]:
    unit_id, province = mention["unit_id"], mention["province"]
    event_type = mention["event_type"]
    date = parse_partial_date(mention["date"])
    facilities = list(dict.fromkeys(mention["facility_types"] or []))
    found = matcher.candidates(unit_id, province, mention["place_name"], event_type, date)
    if unit_id is None or not facilities:
        # No project split: without a county there is no project; without a facility the
        # report supports every facility's event of the nearest matching ceremony.
        if found:
            nearest = found[0][0]
            targets = [e for gap, e in found if gap == nearest and _overlaps(e, facilities)]
            if targets:
                return _refreshed(targets, mention, date)
        facility = facilities if unit_id is None else []
        return [_create_event(conn, matcher, mention, date, facility, actor, report, batch)]
    targets = []
    for facility in facilities:
        match = next((e for _, e in found if facility in e.facility_types), None)
        if match is None:
            match = _create_event(conn, matcher, mention, date, [facility], actor, report, batch)
        targets.append(match)
    return _refreshed(targets, mention, date)


def _overlaps(event: _Event, facilities: list[str]) -> bool:
    return (
        not facilities
        or not event.facility_types
        or bool(set(facilities) & set(event.facility_types))
    )


def _refreshed(
    targets: list[_Event], mention: Mapping[str, Any], date: PartialDate | None
) -> list[_Event]:
    """Carry the new report's leader flag and confidence; sharpen the matcher's date."""
    for event in targets:
        leader = merge_leader(event.leader_attended, mention["leader_attended"])
        confidence = max(event.confidence or 0.0, float(mention["confidence"] or 0.0))
        if leader != event.leader_attended or confidence != event.confidence:
            event.leader_attended, event.confidence, event.dirty = leader, confidence, True
        if date is not None and (event.date is None or date.rank > event.date.rank):
            event.date = date
    return targets


def _create_event(
    conn: Connection,
    matcher: _Matcher,
    mention: Mapping[str, Any],
    date: PartialDate | None,
    facilities: list[str],
    actor: str,
    report: ReconcileReport,
    batch: _Batch,
) -> _Event:
    unit_id, event_type = mention["unit_id"], mention["event_type"]
    project_id = None
    if unit_id is not None:
        facility, detail = (facilities[0], None) if facilities else UNSPECIFIED_FACILITY
        project_id, created = project_for_event(
            conn, unit_id, facility, event_type, date, facility_detail=detail, actor=actor
        )
        report.projects_created += int(created)
    place_name = None if unit_id else mention["place_name"]
    if unit_id:
        place = "county"
    elif place_name:
        place = "ambiguous"
    else:
        place = "province" if mention["province"] else "country"
    event_id = conn.execute(
        insert(events).values(
            project_id=project_id,
            unit_id=unit_id,
            province=None if unit_id else mention["province"],
            place_name=place_name,
            event_type=event_type,
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            facility_types=facilities,
            leader_attended=mention["leader_attended"],
            confidence=mention["confidence"],
            review_state="proposed",
            created_at=utcnow(),
            scope="site",
            place_precision=place,
            date_conflicts=[],
            overrides={},
        )
    ).inserted_primary_key[0]
    batch.audit.append(
        audit_row(
            actor=actor,
            action="create",
            table_name="events",
            row_id=event_id,
            new_value={"event_type": event_type, "unit_id": unit_id, "date": mention["date"]},
            reason=f"reported by document {mention['document_id']} (mention {mention['id']})",
        )
    )
    report.events_created += 1
    event = _Event(
        id=event_id,
        unit_id=unit_id,
        province=mention["province"],
        event_type=event_type,
        place_name=place_name,
        date=date,
        facility_types=facilities,
        project_id=project_id,
        leader_attended=mention["leader_attended"],
        confidence=mention["confidence"],
    )
    matcher.add(event)
    return event


def _add_claim(event: _Event, mention: Mapping[str, Any], grading: Grading, batch: _Batch) -> bool:
    """One claim per document and event: a report repeating itself is still one source."""
    document_id = mention["document_id"]
    if document_id in event.documents:
        return False
    # A saved page's locator is its file path; its web address (if known) names the source.
    source = mention["url"] or mention["locator"]
    outlet = grading.outlet_for_name(mention["outlet"], locator=source)
    kind = mention["source_kind"] or "other"
    if kind == "other" and outlet is not None:
        kind = outlet.kind
    grade = grading.grade(
        kind, outlet=outlet.name if outlet else None, event_type=mention["event_type"]
    )
    batch.claims.append(
        dict(
            event_id=event.id,
            document_id=document_id,
            mention_id=mention["id"],
            source_url=source,
            source_kind=kind,
            reliability=grade.reliability,
            credibility=grade.credibility,
            outlet=outlet.name if outlet else None,
            origin=outlet.origin if outlet else None,
            reported_date=mention["date"],
            reported_date_precision=mention["date_precision"],
            review_state="proposed",
            created_at=utcnow(),
        )
    )
    event.documents.add(document_id)
    return True


# --- updating the register from new documents ------------------------------------------


def process_new_documents(
    store: Store,
    *,
    grading: Grading | None = None,
    batch_size: int = 500,
    on_progress: Callable[[int], None] | None = None,
) -> ReconcileReport:
    """Run the extractor on every document version it has not read yet, then reconcile.

    Each batch of versions is extracted and recorded in one transaction (with a row in
    ``extracted_versions`` per version, so a version that yields no event is not read again);
    an interrupted run resumes where it stopped.
    """
    from twentyten.extract import extract_events  # the extractor is a heavier import
    from twentyten.gazetteer import sync_admin_units

    # Two ingests may finish at once: one of them updates the register at a time.
    with store.exclusive("register"):
        return _process_new_documents(
            store, extract_events, sync_admin_units, grading, batch_size, on_progress
        )


def _process_new_documents(
    store: Store,
    extract_events: Callable[..., Iterable[Any]],
    sync_admin_units: Callable[[Store], int],
    grading: Grading | None,
    batch_size: int,
    on_progress: Callable[[int], None] | None,
) -> ReconcileReport:
    sync_admin_units(store)  # mentions point at admin units: the store must know them all
    version = _extractor_version()
    report = ReconcileReport()
    while True:
        with store.begin() as conn:
            rows = (
                conn.execute(
                    select(
                        document_versions.c.id,
                        document_versions.c.text,
                        documents.c.locator,
                        documents.c.published,
                        documents.c.language,
                    )
                    .join(documents, documents.c.id == document_versions.c.document_id)
                    .where(
                        ~document_versions.c.id.in_(
                            select(extracted_versions.c.document_version_id)
                        )
                    )
                    .order_by(document_versions.c.id)
                    .limit(batch_size)
                )
                .mappings()
                .all()
            )
            if not rows:
                break
            for row in rows:
                found = list(extract_events(row["text"], **_extract_kwargs(row)))
                ids = record_mentions(conn, row["id"], found, extractor_version=version)
                conn.execute(
                    insert(extracted_versions).values(
                        document_version_id=row["id"],
                        extractor_version=version,
                        n_mentions=len(ids),
                        extracted_at=utcnow(),
                    )
                )
                report.documents_extracted += 1
                report.mentions_recorded += len(ids)
        if on_progress is not None:
            on_progress(len(rows))
    reconciled = reconcile(store, grading=grading)
    reconciled.documents_extracted = report.documents_extracted
    reconciled.mentions_recorded = report.mentions_recorded
    return reconciled


def _extract_kwargs(row: Mapping[str, Any]) -> dict[str, Any]:
    published = row["published"]
    if published is not None and len(published) != 10:
        published = None  # the extractor anchors datelines on a full date only
    return {"document": row["locator"], "published": published, "language": row["language"]}
