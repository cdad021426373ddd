"""Which admin unit a curated row names: by KCNA English name and province, else Korean.

It reads the store's ``admin_units`` (the gazetteer syncs them there), so an import resolves
exactly the units the register can point at. Names such as "Unsan (South Phyongan)" carry
their own disambiguation; the gazetteer's spelling variants are used when it is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, select

from twentyten.store.schema import admin_units

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")
_SUFFIXES = ("구역", "지구", "군", "시", "구")


def _fold(text: str) -> str:
    return re.sub(r"[\s'’\-]", "", text).casefold()


def _korean_stem(text: str) -> str:
    text = text.strip()
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


@dataclass(frozen=True)
class _Unit:
    id: str
    name_en: str
    name_ko: str
    province: str


class UnitResolver:
    def __init__(self, units: list[_Unit]) -> None:
        self.units = units
        self._gazetteer = None

    @classmethod
    def from_connection(cls, conn: Connection) -> UnitResolver:
        rows = conn.execute(
            select(
                admin_units.c.id,
                admin_units.c.name_en,
                admin_units.c.name_ko,
                admin_units.c.province,
            ).where(admin_units.c.unit_type != "province")
        ).all()
        return cls([_Unit(r.id, r.name_en, r.name_ko, r.province) for r in rows])

    def resolve(self, name_en: str, province: str, name_ko: str = "") -> str | None:
        """The unit id, or None when no single unit of the store fits."""
        name = name_en.strip()
        hint = _PAREN.search(name)
        if hint:
            name = name[: hint.start()]
            province = province or hint.group(1)
        in_province = [u for u in self.units if _fold(u.province) == _fold(province)]
        pool = in_province or self.units
        by_name = [u for u in pool if _fold(u.name_en) == _fold(name)]
        if len(by_name) == 1:
            return by_name[0].id
        if name_ko:
            stem = _korean_stem(name_ko)
            by_korean = [u for u in pool if _korean_stem(u.name_ko) == stem]
            if len(by_korean) == 1:
                return by_korean[0].id
        return self._from_gazetteer(name, province)

    def _from_gazetteer(self, name: str, province: str) -> str | None:
        try:
            from twentyten.gazetteer import load_gazetteer
        except ImportError:
            return None
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        unit = self._gazetteer.resolve(name, province=province or None)
        known = {u.id for u in self.units}
        return unit.id if unit is not None and unit.id in known else None
