"""Curated facts: a spreadsheet of cohorts (one row per county) imported as evidence.

The format is the one of the bundled ``data/register/cohorts.csv``: year_cohort, county_en,
county_ko, province_en, facility_types (``;``-separated, ``other:detail``),
groundbreaking_date, completion_date, leader_attended (both|groundbreaking|completion|none|
unknown), notes, source_urls (space-separated) and, optionally, counted_in_cohort (yes|no).

Each row gives one project per facility type, a groundbreaking and a completion event where
the row has the date (a blank date stays unknown), a claim per cited URL graded by its outlet,
and a ``curated`` claim naming the file, which carries the row's date. Rows are imported one
transaction each: a bad row is reported with its line and skipped, the others go in.
Importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, insert, select, update

from twentyten.errors import InputError, TwentytenError
from twentyten.register.audit import append_audit
from twentyten.register.config import register_config
from twentyten.register.evidence import refresh_event
from twentyten.register.grading import Grading, load_grading
from twentyten.register.lifecycle import refresh_project
from twentyten.register.precision import PartialDate, compatible, parse_partial_date
from twentyten.register.projects import ensure_project
from twentyten.register.units import UnitResolver
from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import claims, events, projects

ACTOR = "import-facts"
REQUIRED_COLUMNS = (
    "year_cohort",
    "county_en",
    "county_ko",
    "province_en",
    "facility_types",
    "groundbreaking_date",
    "completion_date",
    "leader_attended",
    "notes",
    "source_urls",
)
PROGRAMME_COLUMNS = ("cohort", "event_type", "date", "statement", "source_urls")
# leader_attended value -> (at the groundbreaking, at the completion)
LEADER = {
    "both": (True, True),
    "groundbreaking": (True, False),
    "completion": (False, True),
    "none": (False, False),
    "unknown": (None, None),
    "": (None, None),
}
_YES_NO = {"yes": True, "true": True, "no": False, "false": False, "": None}


@dataclass
class ImportReport:
    path: str
    rows_read: int = 0
    rows_changed: int = 0
    projects_created: int = 0
    events_created: int = 0
    claims_created: int = 0
    errors: list[InputError] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    line: int
    cohort: int
    unit_id: str
    facilities: list[tuple[str, str | None]]  # (facility_type, detail)
    groundbreaking: PartialDate | None
    completion: PartialDate | None
    leader: tuple[bool | None, bool | None]
    notes: str | None
    urls: list[str]
    counted_in_cohort: bool | None


def _read_csv(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from error
    with handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or []]
        missing = [name for name in required if name not in header]
        if missing:
            raise InputError(path, f"missing column(s): {', '.join(missing)}", line=1)
        reader.fieldnames = header
        try:
            for record in reader:
                yield (
                    reader.line_num,
                    {k: (v or "").strip() for k, v in record.items() if k is not None},
                )
        except csv.Error as error:
            raise InputError(path, f"malformed CSV: {error}", line=reader.line_num) from error


def import_facts(
    store: Store,
    path: str | Path,
    *,
    grading: Grading | None = None,
    actor: str = ACTOR,
    review_state: str = "accepted",
) -> ImportReport:
    """Import a curated cohort CSV; returns what changed and the rows that failed.

    A missing column raises :class:`InputError` before anything is written. A bad row (unknown
    county, bad date or value) is reported in ``errors`` with its line and skipped.
    Curated rows enter the register as ``accepted`` (a curator has reviewed them).
    """
    path = Path(path)
    grading = grading or load_grading()
    report = ImportReport(path=str(path))
    rows = _read_csv(path, REQUIRED_COLUMNS)
    with store.connect() as conn:
        resolver = UnitResolver.from_connection(conn)
    for line, record in rows:
        report.rows_read += 1
        try:
            row = _parse_row(path, line, record, resolver)
            with store.begin() as conn:
                changed = _import_row(conn, path, row, grading, actor, review_state, report)
            report.rows_changed += int(changed)
        except InputError as error:
            report.errors.append(error)
        except TwentytenError as error:
            report.errors.append(InputError(path, str(error), line=line))
    return report


def _parse_row(path: Path, line: int, record: dict[str, str], resolver: UnitResolver) -> _Row:
    def fail(message: str, key: str | None = None) -> InputError:
        return InputError(path, message, line=line, key=key)

    try:
        cohort = int(record["year_cohort"])
    except ValueError:
        raise fail(f"year_cohort is not a year: {record['year_cohort']!r}", "year_cohort") from None
    unit = resolver.resolve(record["county_en"], record["province_en"], record["county_ko"])
    if unit is None:
        raise fail(
            f"unknown county {record['county_en']!r} in {record['province_en']!r}", "county_en"
        )
    facilities = _facilities(record["facility_types"])
    if isinstance(facilities, str):
        raise fail(facilities, "facility_types")
    dates = {}
    for column in ("groundbreaking_date", "completion_date"):
        try:
            dates[column] = parse_partial_date(record[column])
        except ValueError as error:
            raise fail(str(error), column) from None
    leader_text = record["leader_attended"].lower()
    if leader_text not in LEADER:
        raise fail(
            f"leader_attended must be one of {', '.join(k for k in LEADER if k)}, "
            f"not {record['leader_attended']!r}",
            "leader_attended",
        )
    counted_text = record.get("counted_in_cohort", "").lower()
    if counted_text not in _YES_NO:
        raise fail(f"counted_in_cohort must be yes or no, not {counted_text!r}")
    urls = record["source_urls"].split()
    bad = [url for url in urls if "://" not in url]
    if bad:
        raise fail(f"not a URL: {bad[0]!r}", "source_urls")
    return _Row(
        line=line,
        cohort=cohort,
        unit_id=unit,
        facilities=facilities,
        groundbreaking=dates["groundbreaking_date"],
        completion=dates["completion_date"],
        leader=LEADER[leader_text],
        notes=record["notes"] or None,
        urls=urls,
        counted_in_cohort=_YES_NO[counted_text],
    )


def _facilities(text: str) -> list[tuple[str, str | None]] | str:
    vocabulary = register_config().facility_types
    found: list[tuple[str, str | None]] = []
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        name, _, detail = item.partition(":")
        name, detail = name.strip(), detail.strip() or None
        if name == "other" and detail in vocabulary:
            name, detail = detail, None
        if name not in vocabulary:
            return f"unknown facility type {name!r} (known: {', '.join(vocabulary)})"
        found.append((name, detail))
    if not found:
        return "no facility type"
    return found


def _import_row(
    conn: Connection,
    path: Path,
    row: _Row,
    grading: Grading,
    actor: str,
    review_state: str,
    report: ImportReport,
) -> bool:
    curated_key = f"curated:{path.name}"
    reason = f"curated row {path.name}:{row.line}"
    changed = False
    for facility, detail in row.facilities:
        project_id, created = ensure_project(
            conn,
            row.unit_id,
            facility,
            row.cohort,
            facility_detail=detail,
            actor=actor,
            reason=reason,
            review_state=review_state,
            counted_in_cohort=row.counted_in_cohort,
        )
        report.projects_created += int(created)
        changed |= created
        changed |= _update_project(conn, project_id, row, actor, reason)
        milestones = [
            ("groundbreaking", row.groundbreaking, row.leader[0]),
            ("completion", row.completion, row.leader[1]),
        ]
        placed: list[tuple[int, PartialDate]] = []
        for event_type, date, leader in milestones:
            if date is None:
                continue
            event_id, event_changed = _curated_event(
                conn,
                project_id,
                row,
                event_type,
                date,
                leader,
                curated_key,
                grading,
                actor,
                review_state,
                reason,
                report,
            )
            changed |= event_changed
            placed.append((event_id, date))
        for url in row.urls if placed else ():
            event_id = _event_for_source(url, placed)
            changed |= _claim_for_url(
                conn, event_id, url, grading, report, review_state=review_state
            )
        for event_id, _ in placed:
            refresh_event(conn, event_id)
        changed |= refresh_project(conn, project_id, actor=actor).changed
    return changed


def _update_project(conn: Connection, project_id: int, row: _Row, actor: str, reason: str) -> bool:
    current = conn.execute(
        select(projects.c.notes, projects.c.counted_in_cohort).where(projects.c.id == project_id)
    ).one()
    changes = {}
    if row.notes and current.notes != row.notes:
        changes["notes"] = row.notes
    if row.counted_in_cohort is not None and current.counted_in_cohort != row.counted_in_cohort:
        changes["counted_in_cohort"] = row.counted_in_cohort
    if not changes:
        return False
    conn.execute(
        update(projects).where(projects.c.id == project_id).values(**changes, updated_at=utcnow())
    )
    for name, value in changes.items():
        append_audit(
            conn,
            actor=actor,
            action="edit",
            table_name="projects",
            row_id=project_id,
            field=name,
            old_value=getattr(current, name),
            new_value=value,
            reason=reason,
        )
    return True


def _curated_event(
    conn: Connection,
    project_id: int,
    row: _Row,
    event_type: str,
    date: PartialDate,
    leader: bool | None,
    curated_key: str,
    grading: Grading,
    actor: str,
    review_state: str,
    reason: str,
    report: ImportReport,
) -> tuple[int, bool]:
    """The project's event for this milestone, carrying the curated claim with the row's date."""
    existing = conn.execute(
        select(events.c.id, claims.c.id.label("claim_id"), claims.c.reported_date)
        .join(claims, claims.c.event_id == events.c.id)
        .where(
            events.c.project_id == project_id,
            events.c.event_type == event_type,
            claims.c.source_url == curated_key,
        )
    ).first()
    if existing is not None:
        if existing.reported_date == date.value:
            return existing.id, _set_leader(conn, existing.id, leader, actor, reason)
        conn.execute(
            update(claims)
            .where(claims.c.id == existing.claim_id)
            .values(reported_date=date.value, reported_date_precision=date.precision)
        )
        append_audit(
            conn,
            actor=actor,
            action="edit",
            table_name="claims",
            row_id=existing.claim_id,
            field="reported_date",
            old_value=existing.reported_date,
            new_value=date.value,
            reason=reason,
        )
        _set_leader(conn, existing.id, leader, actor, reason)
        return existing.id, True
    window = register_config().date_window_days
    event_id = None
    for candidate in conn.execute(
        select(events.c.id, events.c.date).where(
            events.c.project_id == project_id, events.c.event_type == event_type
        )
    ):
        if compatible(parse_partial_date(candidate.date), date, window):
            event_id = candidate.id
            _set_leader(conn, event_id, leader, actor, reason)
            break
    if event_id is None:
        unit_facilities = conn.execute(
            select(projects.c.facility_type).where(projects.c.id == project_id)
        ).scalar_one()
        event_id = conn.execute(
            insert(events).values(
                project_id=project_id,
                unit_id=row.unit_id,
                event_type=event_type,
                date=date.value,
                date_precision=date.precision,
                facility_types=[unit_facilities],
                leader_attended=leader,
                confidence=1.0,
                review_state=review_state,
                created_at=utcnow(),
                scope="site",
                place_precision="county",
                date_conflicts=[],
                overrides={},
            )
        ).inserted_primary_key[0]
        append_audit(
            conn,
            actor=actor,
            action="create",
            table_name="events",
            row_id=event_id,
            new_value={"event_type": event_type, "date": date.value},
            reason=reason,
        )
        report.events_created += 1
    grade = grading.grade("curated", event_type=event_type)
    conn.execute(
        insert(claims).values(
            event_id=event_id,
            source_url=curated_key,
            source_kind="curated",
            reliability=grade.reliability,
            credibility=grade.credibility,
            outlet=curated_key.removeprefix("curated:"),
            origin=curated_key,
            reported_date=date.value,
            reported_date_precision=date.precision,
            note=f"{event_type} date as curated in {reason.removeprefix('curated row ')}",
            review_state=review_state,
            created_at=utcnow(),
        )
    )
    report.claims_created += 1
    return event_id, True


def _set_leader(
    conn: Connection, event_id: int, leader: bool | None, actor: str, reason: str
) -> bool:
    if leader is None:
        return False
    current = conn.execute(
        select(events.c.leader_attended).where(events.c.id == event_id)
    ).scalar_one()
    if current == leader:
        return False
    conn.execute(update(events).where(events.c.id == event_id).values(leader_attended=leader))
    append_audit(
        conn,
        actor=actor,
        action="edit",
        table_name="events",
        row_id=event_id,
        field="leader_attended",
        old_value=current,
        new_value=leader,
        reason=reason,
    )
    return True


def url_date(url: str) -> PartialDate | None:
    """The publication date a URL carries, if one of the configured patterns finds it."""
    for pattern, form in register_config().url_date_patterns:
        match = re.search(pattern, url)
        if match is None:
            continue
        try:
            if form == "unix":
                day = datetime.fromtimestamp(int(match.group(1)), UTC).date()
                return PartialDate(day.isoformat(), "day")
            if form == "yyyymmdd":
                digits = match.group(1)
                return parse_partial_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}")
            if form == "yymmdd":
                digits = match.group(1)
                return parse_partial_date(f"20{digits[:2]}-{digits[2:4]}-{digits[4:6]}")
            if form == "ymd":
                return parse_partial_date("-".join(match.groups()[:3]))
            if form == "ym":
                return parse_partial_date("-".join(match.groups()[:2]))
        except ValueError:
            continue
    return None


def _event_for_source(url: str, placed: list[tuple[int, PartialDate]]) -> int:
    """Which of the row's events a cited source most plausibly reports (see module doc)."""
    ordered = sorted(placed, key=lambda pair: pair[1].first_day)
    published = url_date(url)
    if published is None:
        return ordered[-1][0]
    on_or_before = [e for e, d in ordered if d.first_day <= published.last_day]
    return on_or_before[-1] if on_or_before else ordered[0][0]


def _claim_for_url(
    conn: Connection,
    event_id: int,
    url: str,
    grading: Grading,
    report: ImportReport,
    *,
    note: str = "cited by a curated row; attached to the latest event on or before its date",
    review_state: str = "accepted",
) -> bool:
    exists = conn.execute(
        select(claims.c.id).where(
            claims.c.event_id == event_id,
            claims.c.source_url == url,
            claims.c.document_id.is_(None),
        )
    ).first()
    if exists is not None:
        return False
    event_type = conn.execute(
        select(events.c.event_type).where(events.c.id == event_id)
    ).scalar_one()
    outlet = grading.outlet_for_url(url)
    grade = grading.grade(outlet.kind, outlet=outlet.name, event_type=event_type)
    conn.execute(
        insert(claims).values(
            event_id=event_id,
            source_url=url,
            source_kind=outlet.kind,
            reliability=grade.reliability,
            credibility=grade.credibility,
            outlet=outlet.name,
            origin=outlet.origin,
            note=note,
            review_state=review_state,
            created_at=utcnow(),
        )
    )
    report.claims_created += 1
    return True


# --- programme-level claims ------------------------------------------------------------


def import_programme_claims(
    store: Store, path: str | Path, *, grading: Grading | None = None, actor: str = ACTOR
) -> ImportReport:
    """Claims about a whole cohort (``cohort,event_type,date,statement,source_urls``).

    They become events with ``scope='programme'``: no county, no project, so they never stand
    in for a county's own date.
    """
    path = Path(path)
    grading = grading or load_grading()
    report = ImportReport(path=str(path))
    event_types = register_config().event_types
    for line, record in _read_csv(path, PROGRAMME_COLUMNS):
        report.rows_read += 1
        try:
            cohort = int(record["cohort"])
            date = parse_partial_date(record["date"])
        except ValueError as error:
            report.errors.append(InputError(path, str(error), line=line))
            continue
        if record["event_type"] not in event_types:
            report.errors.append(
                InputError(path, f"unknown event type {record['event_type']!r}", line=line)
            )
            continue
        with store.begin() as conn:
            event_id = conn.execute(
                select(events.c.id).where(
                    events.c.scope == "programme",
                    events.c.cohort == cohort,
                    events.c.event_type == record["event_type"],
                    events.c.statement == record["statement"],
                )
            ).scalar()
            if event_id is None:
                event_id = conn.execute(
                    insert(events).values(
                        event_type=record["event_type"],
                        date=date.value if date else None,
                        date_precision=date.precision if date else None,
                        facility_types=[],
                        confidence=1.0,
                        review_state="accepted",
                        created_at=utcnow(),
                        scope="programme",
                        cohort=cohort,
                        place_precision="country",
                        date_conflicts=[],
                        statement=record["statement"],
                        overrides={},
                    )
                ).inserted_primary_key[0]
                append_audit(
                    conn,
                    actor=actor,
                    action="create",
                    table_name="events",
                    row_id=event_id,
                    new_value={"cohort": cohort, "scope": "programme"},
                    reason=f"programme claim {path.name}:{line}",
                )
                report.events_created += 1
                report.rows_changed += 1
            for url in record["source_urls"].split():
                _claim_for_url(
                    conn, event_id, url, grading, report, note="source of a programme-level claim"
                )
    return report
