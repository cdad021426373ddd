"""Write the gazetteer into the store's admin_units table (provinces and units)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from twentyten.gazetteer.gazetteer import Gazetteer, load_gazetteer
from twentyten.store import Store
from twentyten.store.schema import admin_units


def admin_unit_rows(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """One row per province and per unit, shaped like the admin_units table.

    Provinces and special cities get their slug as id ("south-phyongan", "nampho") and
    unit_type "province" (the table's one word for a first-level unit: readers tell units
    from provinces by it; the finer kind is ``Province.unit_type``); units keep their
    "province/name" slug.
    """
    rows: list[dict[str, str | float | None]] = [
        {
            "id": province.id,
            "name_en": province.name_en,
            "name_ko": province.name_ko,
            "name_mr": province.name_mr or None,
            "name_rr": province.name_rr or None,
            "unit_type": "province",
            "province": province.name_en,
            "lat": None,
            "lon": None,
            "source": province.source,
        }
        for province in gazetteer.province_records
    ]
    rows += [
        {
            "id": unit.id,
            "name_en": unit.name_en,
            "name_ko": unit.name_ko,
            "name_mr": unit.name_mr or None,
            "name_rr": unit.name_rr or None,
            "unit_type": unit.unit_type,
            "province": unit.province,
            "lat": unit.lat,
            "lon": unit.lon,
            "source": unit.source,
        }
        for unit in gazetteer.units
    ]
    return rows


def sync_admin_units(store: Store, gazetteer: Gazetteer | None = None) -> int:
    """Upsert provinces and units into admin_units; returns the rows inserted or changed.

    Idempotent: a second call with the same gazetteer changes nothing and returns 0. Rows
    for ids no longer in the gazetteer are left alone (nothing is ever deleted: mentions
    and events may point at them).
    """
    rows = admin_unit_rows(gazetteer or load_gazetteer())
    columns = [column.name for column in admin_units.columns]
    changed = 0
    with store.begin() as connection:
        existing = {
            row.id: dict(row._mapping) for row in connection.execute(select(*admin_units.columns))
        }
        inserts = []
        for row in rows:
            old = existing.get(row["id"])
            if old is None:
                inserts.append(row)
            elif any(old[column] != row[column] for column in columns):
                connection.execute(
                    admin_units.update().where(admin_units.c.id == row["id"]).values(**row)
                )
                changed += 1
        if inserts:
            connection.execute(admin_units.insert(), inserts)
    return changed + len(inserts)
