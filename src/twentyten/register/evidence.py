"""An event's summary from the claims behind it: its date, the dates that disagree.

Each claim keeps the date its source gave. The event takes the most precise date; among
equally precise dates the one most independent sources give, then the earliest. Dates that
differ (and are not just a coarser form of the chosen one) are kept as conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from twentyten.register.grading import independence_key
from twentyten.register.precision import PartialDate, compatible, parse_partial_date
from twentyten.store.schema import claims, events

# Fields an analyst may set on an event; they then win over what the claims say.
EVENT_OVERRIDABLE = ("date", "leader_attended")


def summarize_dates(
    claim_rows: Iterable[Mapping[str, Any]],
) -> tuple[PartialDate | None, list[dict[str, Any]]]:
    support: dict[PartialDate, set[str]] = {}
    claim_ids: dict[PartialDate, list[int]] = {}
    for claim in claim_rows:
        if claim.get("review_state") == "rejected":
            continue
        reported = parse_partial_date(claim.get("reported_date"))
        if reported is None:
            continue
        support.setdefault(reported, set()).add(independence_key(claim))
        claim_ids.setdefault(reported, []).append(int(claim["id"]))
    if not support:
        return None, []
    chosen = min(support, key=lambda d: (-d.rank, -len(support[d]), d.first_day))
    conflicts = [
        {"date": d.value, "precision": d.precision, "claim_ids": sorted(claim_ids[d])}
        for d in sorted(support, key=lambda d: (d.first_day, -d.rank))
        if d != chosen and not (d.rank < chosen.rank and compatible(d, chosen, 0))
    ]
    return chosen, conflicts


def refresh_event(conn: Connection, event_id: int) -> bool:
    """Recompute an event's date and date conflicts from its claims; True if it changed."""
    return refresh_events(conn, [event_id]) > 0


def refresh_events(conn: Connection, event_ids: Sequence[int], *, chunk: int = 500) -> int:
    """:func:`refresh_event` for many events, reading in chunks; returns how many changed."""
    changed = 0
    for at in range(0, len(event_ids), chunk):
        ids = list(event_ids[at : at + chunk])
        rows = conn.execute(select(events).where(events.c.id.in_(ids))).mappings().all()
        by_event: dict[int, list[Mapping[str, Any]]] = {}
        for claim in conn.execute(select(claims).where(claims.c.event_id.in_(ids))).mappings():
            by_event.setdefault(claim["event_id"], []).append(claim)
        updates = []
        for event in rows:
            values = _summary(event, by_event.get(event["id"], []))
            if any(event[k] != v for k, v in values.items()):
                updates.append({"event": event["id"], **values})
        if updates:
            conn.execute(
                update(events)
                .where(events.c.id == bindparam("event"))
                .values(
                    date=bindparam("date"),
                    date_precision=bindparam("date_precision"),
                    date_conflicts=bindparam("date_conflicts"),
                    leader_attended=bindparam("leader_attended"),
                ),
                updates,
            )
            changed += len(updates)
    return changed


def _summary(event: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    chosen, conflicts = summarize_dates(rows)
    values: dict[str, Any] = {
        "date": chosen.value if chosen else event["date"],
        "date_precision": chosen.precision if chosen else event["date_precision"],
        "date_conflicts": conflicts,
        "leader_attended": event["leader_attended"],
    }
    overrides = event["overrides"] or {}
    if "date" in overrides:
        parsed = parse_partial_date(overrides["date"])
        values["date"] = parsed.value if parsed else None
        values["date_precision"] = parsed.precision if parsed else None
    if "leader_attended" in overrides:
        values["leader_attended"] = overrides["leader_attended"]
    return values


def merge_leader(current: bool | None, reported: bool | None) -> bool | None:
    """Any source placing the leader there wins over silence or denial (order-independent)."""
    if current is True or reported is True:
        return True
    if current is False or reported is False:
        return False
    return None
