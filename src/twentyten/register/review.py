"""The analyst's review: what needs a look, and accept / reject / edit with a reason.

Items are named ``project:ID``, ``event:ID`` or ``claim:ID``. Every decision is appended to
the audit log with its actor and reason; nothing is deleted: a rejected row keeps its data,
gets ``review_state='rejected'`` and drops out of the lifecycle and the indicators. Edits to
what the register derives (a project's status and dates, an event's date) are kept as
overrides, so later evidence cannot silently undo them; ``derived`` as the value hands the
field back to the evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select, update

from twentyten.errors import InputError
from twentyten.register.audit import append_audit
from twentyten.register.config import register_config
from twentyten.register.evidence import refresh_event
from twentyten.register.grading import CREDIBILITIES, RELIABILITIES, independent_sources
from twentyten.register.lifecycle import (
    STATUSES,
    derive_lifecycle,
    project_evidence,
    refresh_project,
)
from twentyten.register.precision import PLACE_PRECISIONS, parse_partial_date
from twentyten.register.projects import project_for_event
from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import admin_units, audit_log, claims, events, projects

REVIEW_STATES = ("proposed", "accepted", "rejected")
CLEAR = "derived"
_TABLES: dict[str, Table] = {"project": projects, "event": events, "claim": claims}


@dataclass
class ReviewItem:
    item: str  # "event:12"
    kind: str  # project | event | claim
    summary: str
    reasons: list[str] = field(default_factory=list)
    review_state: str = "proposed"
    confidence: float | None = None
    sources: int | None = None  # independent sources behind it

    def as_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "kind": self.kind,
            "summary": self.summary,
            "reasons": self.reasons,
            "review_state": self.review_state,
            "confidence": self.confidence,
            "sources": self.sources,
        }


def parse_item(item: str) -> tuple[str, int]:
    kind, _, number = item.strip().partition(":")
    if kind not in _TABLES or not number.isdigit():
        raise InputError("review", f"not an item: {item!r} (want project:ID, event:ID or claim:ID)")
    return kind, int(number)


# --- the queue -------------------------------------------------------------------------


def review_queue(store: Store) -> list[ReviewItem]:
    """Items that need a look, each with the reasons why (rejected items never show).

    Events: low extraction confidence, a single independent source (or none), an unresolved
    county, sources that disagree on the date, an unstated facility, and any part in a
    project conflict (a milestone reported on dates far apart) or a status regression
    (construction reported after completion). Projects: the same conflicts, unknown cohort;
    a conflict stays listed on an imported (accepted) project until an analyst accepts it.
    """
    config = register_config()
    with store.connect() as conn:
        units = {
            r.id: r.name_en for r in conn.execute(select(admin_units.c.id, admin_units.c.name_en))
        }
        project_rows = {r["id"]: r for r in conn.execute(select(projects)).mappings()}
        event_rows = (
            conn.execute(select(events).where(events.c.scope == "site").order_by(events.c.id))
            .mappings()
            .all()
        )
        by_event: dict[int, list[dict[str, Any]]] = {}
        for claim in conn.execute(select(claims)).mappings():
            by_event.setdefault(claim["event_id"], []).append(dict(claim))
        project_notes: dict[int, list[str]] = {}
        event_notes: dict[int, list[str]] = {}
        for project_id, project in project_rows.items():
            if project["review_state"] == "rejected":
                continue
            lifecycle = derive_lifecycle(project_evidence(conn, project_id), project["cohort"])
            for text in lifecycle.conflicts + lifecycle.regressions:
                label = "conflict" if text in lifecycle.conflicts else "status regression"
                project_notes.setdefault(project_id, []).append(f"{label}: {text}")
                for event_id in _event_ids_in(text):
                    event_notes.setdefault(event_id, []).append(f"{label}: {text}")
        settled = {
            int(row_id)
            for row_id in conn.execute(
                select(audit_log.c.row_id).where(
                    audit_log.c.table_name == "projects", audit_log.c.action == "accept"
                )
            ).scalars()
        }
    items: list[ReviewItem] = []
    for project_id, project in project_rows.items():
        if project["review_state"] == "rejected":
            continue
        # A curated import accepts what it brings, but it does not settle a conflict between
        # sources: only an analyst's accept (in the audit log) or a rejection does.
        if project["review_state"] == "proposed" or project_id not in settled:
            reasons = list(project_notes.get(project_id, []))
        else:
            reasons = []
        if project["review_state"] == "proposed" and project["cohort"] is None:
            reasons.append("cohort unknown")
        if reasons:
            items.append(
                ReviewItem(
                    item=f"project:{project_id}",
                    kind="project",
                    summary=_project_summary(project, units),
                    reasons=reasons,
                    review_state=project["review_state"],
                )
            )
    for event in event_rows:
        if event["review_state"] != "proposed":
            continue
        sources = independent_sources(by_event.get(event["id"], []))
        reasons = []
        if event["confidence"] is not None and event["confidence"] < config.low_confidence:
            reasons.append(f"low confidence ({event['confidence']:.2f})")
        if sources == 0:
            reasons.append("no independent source")
        elif sources == 1:
            reasons.append("single source")
        if event["unit_id"] is None and event["event_type"] not in config.national_event_types:
            reasons.append("county unresolved")
        if event["date_conflicts"]:
            others = ", ".join(c["date"] for c in event["date_conflicts"])
            reasons.append(f"sources disagree on the date (also {others})")
        if event["unit_id"] is not None and not event["facility_types"]:
            reasons.append("facility not stated")
        reasons.extend(event_notes.get(event["id"], []))
        if reasons:
            items.append(
                ReviewItem(
                    item=f"event:{event['id']}",
                    kind="event",
                    summary=_event_summary(event, units),
                    reasons=reasons,
                    confidence=event["confidence"],
                    sources=sources,
                )
            )
    return items


def _event_ids_in(text: str) -> list[int]:
    return [int(part.split(")")[0]) for part in text.split("(event:")[1:]]


def _project_summary(project: Any, units: dict[str, str]) -> str:
    facility = project["facility_type"]
    if project["facility_detail"]:
        facility += f" ({project['facility_detail']})"
    cohort = project["cohort"] if project["cohort"] is not None else "cohort unknown"
    return f"{units.get(project['unit_id'], project['unit_id'])} · {facility} · {cohort}"


def _event_summary(event: Any, units: dict[str, str]) -> str:
    place = (
        units.get(event["unit_id"], event["unit_id"])
        or (f"{event['place_name']} (which one?)" if event.get("place_name") else None)
        or event["province"]
        or "(no county)"
    )
    return f"{event['event_type']} · {place} · {event['date'] or 'date unknown'}"


# --- decisions -------------------------------------------------------------------------


def _require_reason(reason: str | None) -> str:
    if reason is None or not reason.strip():
        raise InputError("review", "a reason is required for every review decision")
    return reason.strip()


def _current(conn: Connection, kind: str, row_id: int) -> dict[str, Any]:
    table = _TABLES[kind]
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        raise InputError("review", f"no such item: {kind}:{row_id}")
    return dict(row)


def accept(store: Store, item: str, *, reason: str, actor: str = "analyst") -> None:
    _set_state(store, item, "accepted", reason=reason, actor=actor)


def reject(store: Store, item: str, *, reason: str, actor: str = "analyst") -> None:
    """Mark an item rejected: kept in full, left out of lifecycles and indicators."""
    _set_state(store, item, "rejected", reason=reason, actor=actor)


def _set_state(store: Store, item: str, state: str, *, reason: str, actor: str) -> None:
    reason = _require_reason(reason)
    kind, row_id = parse_item(item)
    with store.begin() as conn:
        row = _current(conn, kind, row_id)
        table = _TABLES[kind]
        conn.execute(update(table).where(table.c.id == row_id).values(review_state=state))
        append_audit(
            conn,
            actor=actor,
            action=_ACTION[state],
            table_name=table.name,
            row_id=row_id,
            field="review_state",
            old_value=row["review_state"],
            new_value=state,
            reason=reason,
        )
        _refresh_after(conn, kind, row, actor)


_ACTION = {"accepted": "accept", "rejected": "reject", "proposed": "reopen"}


def _refresh_after(conn: Connection, kind: str, row: dict[str, Any], actor: str) -> None:
    """Re-derive what depends on a changed row (event dates, project lifecycles)."""
    if kind == "claim":
        row = _current(conn, "event", row["event_id"])
        kind = "event"
    if kind == "event":
        refresh_event(conn, row["id"])
    if kind == "event" and row.get("project_id") is not None:
        refresh_project(conn, row["project_id"], actor=actor)
    if kind == "project":
        refresh_project(conn, row["id"], actor=actor)


def edit(
    store: Store, item: str, field_name: str, value: str, *, reason: str, actor: str = "analyst"
) -> None:
    """Set one field of an item. Derived fields become overrides; ``derived`` clears one."""
    reason = _require_reason(reason)
    kind, row_id = parse_item(item)
    editors = _EDITORS[kind]
    if field_name not in editors:
        raise InputError(
            "review", f"cannot edit {kind} field {field_name!r} (can: {', '.join(editors)})"
        )
    with store.begin() as conn:
        row = _current(conn, kind, row_id)
        editors[field_name](conn, kind, row, field_name, value, reason, actor)
        _refresh_after(conn, kind, _current(conn, kind, row_id), actor)


# Each editor validates the value, writes it (column or override) and audits old -> new.
_Editor = Callable[[Connection, str, dict[str, Any], str, str, str, str], None]


def _write(
    conn: Connection,
    kind: str,
    row: dict[str, Any],
    field_name: str,
    new: Any,
    reason: str,
    actor: str,
    *,
    override: bool,
) -> None:
    table = _TABLES[kind]
    if override:
        overrides = dict(row.get("overrides") or {})
        old = overrides.get(field_name, row.get(field_name))
        if new is _Clear:
            overrides.pop(field_name, None)
        else:
            overrides[field_name] = new
        values: dict[str, Any] = {"overrides": overrides}
    else:
        old = row.get(field_name)
        values = {field_name: new}
    if kind == "project":
        values["updated_at"] = utcnow()
    conn.execute(update(table).where(table.c.id == row["id"]).values(**values))
    append_audit(
        conn,
        actor=actor,
        action="edit",
        table_name=table.name,
        row_id=row["id"],
        field=field_name,
        old_value=old,
        new_value=CLEAR if new is _Clear else new,
        reason=reason,
    )


class _Clear:
    """Marker: hand an overridden field back to the evidence."""


def _bad(kind: str, field_name: str, message: str) -> InputError:
    return InputError("review", message, key=f"{kind}.{field_name}")


def _edit_choice(choices: tuple[str, ...], *, override: bool) -> _Editor:
    def editor(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
        if override and value == CLEAR:
            return _write(conn, kind, row, field_name, _Clear, reason, actor, override=True)
        if value not in choices:
            raise _bad(kind, field_name, f"want one of {', '.join(choices)}, not {value!r}")
        _write(conn, kind, row, field_name, value, reason, actor, override=override)

    return editor


def _edit_date(*, override: bool) -> _Editor:
    def editor(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
        if override and value == CLEAR:
            return _write(conn, kind, row, field_name, _Clear, reason, actor, override=True)
        try:
            parsed = parse_partial_date(value)
        except ValueError as error:
            raise _bad(kind, field_name, str(error)) from None
        new = parsed.value if parsed else None
        if not override and field_name == "reported_date":
            conn.execute(
                update(claims)
                .where(claims.c.id == row["id"])
                .values(reported_date_precision=parsed.precision if parsed else None)
            )
        _write(conn, kind, row, field_name, new, reason, actor, override=override)

    return editor


def _edit_bool(*, override: bool) -> _Editor:
    truth = {"true": True, "yes": True, "false": False, "no": False, "unknown": None, "": None}

    def editor(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
        if override and value == CLEAR:
            return _write(conn, kind, row, field_name, _Clear, reason, actor, override=True)
        if value.lower() not in truth:
            raise _bad(kind, field_name, f"want yes, no or unknown, not {value!r}")
        _write(conn, kind, row, field_name, truth[value.lower()], reason, actor, override=override)

    return editor


def _edit_text(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    _write(conn, kind, row, field_name, value or None, reason, actor, override=False)


def _edit_cohort(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    try:
        cohort = int(value) if value else None
    except ValueError:
        raise _bad(kind, field_name, f"not a year: {value!r}") from None
    _unique_project(conn, row["unit_id"], row["facility_type"], cohort, row["id"])
    _write(conn, kind, row, field_name, cohort, reason, actor, override=False)


def _edit_facility(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    if value not in register_config().facility_types:
        raise _bad(kind, field_name, f"unknown facility type {value!r}")
    _unique_project(conn, row["unit_id"], value, row["cohort"], row["id"])
    _write(conn, kind, row, field_name, value, reason, actor, override=False)


def _unique_project(
    conn: Connection, unit_id: str, facility: str, cohort: int | None, own_id: int
) -> None:
    query = select(projects.c.id).where(
        projects.c.unit_id == unit_id,
        projects.c.facility_type == facility,
        projects.c.cohort.is_(None) if cohort is None else projects.c.cohort == cohort,
        projects.c.id != own_id,
    )
    clash = conn.execute(query).scalar()
    if clash is not None:
        raise InputError("review", f"project:{clash} already has that county, facility and cohort")


def _edit_unit(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    if conn.execute(select(admin_units.c.id).where(admin_units.c.id == value)).first() is None:
        raise _bad(kind, field_name, f"no such admin unit {value!r}")
    if kind == "project":
        _unique_project(conn, value, row["facility_type"], row["cohort"], row["id"])
        return _write(conn, kind, row, field_name, value, reason, actor, override=False)
    _write(conn, kind, row, field_name, value, reason, actor, override=False)
    conn.execute(
        update(events)
        .where(events.c.id == row["id"])
        .values(place_precision="county", place_name=None)
    )
    # The event moves to the matching project of its new county.
    facility = (row["facility_types"] or ["other"])[0]
    project_id, _ = project_for_event(
        conn, value, facility, row["event_type"], parse_partial_date(row["date"]), actor=actor
    )
    _move_event(conn, row, project_id, reason, actor)


def _edit_project_link(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    if (
        not value.isdigit()
        or conn.execute(select(projects.c.id).where(projects.c.id == int(value))).first() is None
    ):
        raise _bad(kind, field_name, f"no such project {value!r}")
    _move_event(conn, row, int(value), reason, actor)


def _move_event(
    conn: Connection, row: dict[str, Any], project_id: int, reason: str, actor: str
) -> None:
    old = row.get("project_id")
    if old == project_id:
        return
    _write(conn, "event", row, "project_id", project_id, reason, actor, override=False)
    if old is not None:
        refresh_project(conn, old, actor=actor)


def _edit_reliability(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    value = value.upper()
    if len(value) != 1 or value not in RELIABILITIES:
        raise _bad(kind, field_name, f"reliability must be A-F, not {value!r}")
    _write(conn, kind, row, field_name, value, reason, actor, override=False)


def _edit_credibility(conn, kind, row, field_name, value, reason, actor):  # type: ignore[no-untyped-def]
    if not value.isdigit() or int(value) not in CREDIBILITIES:
        raise _bad(kind, field_name, f"credibility must be 1-6, not {value!r}")
    _write(conn, kind, row, field_name, int(value), reason, actor, override=False)


_EDITORS: dict[str, dict[str, _Editor]] = {
    "project": {
        "status": _edit_choice(STATUSES, override=True),
        "planned_start": _edit_date(override=True),
        "planned_end": _edit_date(override=True),
        "actual_start": _edit_date(override=True),
        "actual_end": _edit_date(override=True),
        "place_precision": _edit_choice(PLACE_PRECISIONS, override=True),
        "cohort": _edit_cohort,
        "facility_type": _edit_facility,
        "facility_detail": _edit_text,
        "unit_id": _edit_unit,
        "notes": _edit_text,
        "counted_in_cohort": _edit_bool(override=False),
    },
    "event": {
        "date": _edit_date(override=True),
        "leader_attended": _edit_bool(override=True),
        "event_type": _edit_choice(register_config().event_types, override=False),
        "unit_id": _edit_unit,
        "project_id": _edit_project_link,
        "place_precision": _edit_choice(PLACE_PRECISIONS, override=False),
    },
    "claim": {
        "reliability": _edit_reliability,
        "credibility": _edit_credibility,
        "source_kind": _edit_text,
        "reported_date": _edit_date(override=False),
        "note": _edit_text,
    },
}
