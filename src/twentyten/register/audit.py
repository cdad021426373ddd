"""The audit log: every change to the register, by whom and why. Rows are only appended."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import audit_log


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def audit_row(
    *,
    actor: str,
    action: str,
    table_name: str,
    row_id: int | str,
    field: str | None = None,
    old_value: Any = None,
    new_value: Any = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """One audit_log row as values, for callers that insert many at once."""
    return {
        "at": utcnow(),
        "actor": actor,
        "action": action,
        "table_name": table_name,
        "row_id": str(row_id),
        "field": field,
        "old_value": _text(old_value),
        "new_value": _text(new_value),
        "reason": reason,
    }


def append_audit(
    conn: Connection,
    *,
    actor: str,
    action: str,
    table_name: str,
    row_id: int | str,
    field: str | None = None,
    old_value: Any = None,
    new_value: Any = None,
    reason: str | None = None,
) -> None:
    conn.execute(
        insert(audit_log).values(
            audit_row(
                actor=actor,
                action=action,
                table_name=table_name,
                row_id=row_id,
                field=field,
                old_value=old_value,
                new_value=new_value,
                reason=reason,
            )
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    item: str  # "<table singular>:<id>", as the review commands name items
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None


_ITEM_PREFIX = {"projects": "project", "events": "event", "claims": "claim"}


def audit_entries(
    store: Store, *, item: str | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """The log, oldest first; ``item`` ("event:12") narrows it to one row's history."""
    query = select(audit_log).order_by(audit_log.c.id)
    if item is not None:
        kind, _, row_id = item.partition(":")
        table = {v: k for k, v in _ITEM_PREFIX.items()}.get(kind, kind)
        query = query.where(audit_log.c.table_name == table, audit_log.c.row_id == row_id)
    with store.connect() as conn:
        rows = conn.execute(query).mappings().all()
    if limit is not None:
        rows = rows[-limit:]
    return [
        AuditEntry(
            id=row["id"],
            at=row["at"],
            actor=row["actor"],
            action=row["action"],
            item=f"{_ITEM_PREFIX.get(row['table_name'], row['table_name'])}:{row['row_id']}",
            field=row["field"],
            old_value=row["old_value"],
            new_value=row["new_value"],
            reason=row["reason"],
        )
        for row in rows
    ]
