"""An event's summary from the claims behind it: its date, the dates that disagree.

Each claim keeps the date its source gave. The event takes the most precise date; among
equally precise dates the one most independent sources give, then the earliest. Dates that
differ (and are not just a coarser form of the chosen one) are kept as conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select, update

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
    event = conn.execute(select(events).where(events.c.id == event_id)).mappings().one()
    rows = conn.execute(select(claims).where(claims.c.event_id == event_id)).mappings().all()
    chosen, conflicts = summarize_dates(rows)
    values: dict[str, Any] = {
        "date": chosen.value if chosen else event["date"],
        "date_precision": chosen.precision if chosen else event["date_precision"],
        "date_conflicts": conflicts,
    }
    overrides = event["overrides"] or {}
    if "date" in overrides:
        parsed = parse_partial_date(overrides["date"])
        values["date"] = parsed.value if parsed else None
        values["date_precision"] = parsed.precision if parsed else None
    if "leader_attended" in overrides:
        values["leader_attended"] = overrides["leader_attended"]
    changes = {k: v for k, v in values.items() if event[k] != v}
    if changes:
        conn.execute(update(events).where(events.c.id == event_id).values(**changes))
    return bool(changes)


def merge_leader(current: bool | None, reported: bool | None) -> bool | None:
    """Any source placing the leader there wins over silence or denial (order-independent)."""
    if current is True or reported is True:
        return True
    if current is False or reported is False:
        return False
    return None
