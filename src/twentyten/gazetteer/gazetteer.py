"""The gazetteer: North Korea's provinces and second-level units, and lookups over them.

The facts come from ``data/gazetteer/admin_units.csv`` and ``provinces.csv`` (see
``SOURCES.md`` there). ``load_gazetteer()`` reads them once per process.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from twentyten.errors import InputError
from twentyten.gazetteer.hangul import hangul_key, has_hangul, north_to_south
from twentyten.gazetteer.matcher import PlaceMatcher
from twentyten.gazetteer.model import AdminUnit, PlaceMatch, Province
from twentyten.gazetteer.romanize import normalize_place, unify_apostrophes
from twentyten.gazetteer.rules import MatchingRules, load_rules
from twentyten.gazetteer.variants import (
    Variant,
    province_variants,
    split_korean_suffix,
    unit_variants,
)

UNIT_COLUMNS = (
    "id",
    "province",
    "name_en",
    "name_ko",
    "name_mr",
    "name_rr",
    "unit_type",
    "lat",
    "lon",
    "alt_names",
    "former_names",
    "source",
)
PROVINCE_COLUMNS = (
    "id",
    "name_en",
    "name_ko",
    "name_mr",
    "name_rr",
    "unit_type",
    "alt_names",
    "source",
)
UNIT_TYPES = frozenset({"county", "city", "district", "other"})

_PARENTHESIZED = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_LEADING_WORDS = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:county|city|district|province)\s+of\s+(?:the\s+)?)?"
)
_TRAILING_WORDS = re.compile(
    r"(?i)(?:[\s-]+(?:county|city|district|dist\.|municipality|province|special city|area|"
    r"gun|kun|si|shi|guyok|guyŏk|kuyok|kuyŏk|guyeok|gu|ku|chigu|jigu))+$"
)
_KOREAN_PARTICLE = re.compile(r"(?:에서|으로|에게|에는|에도|의|에|은|는|이|가|을|를|과|와|로|도)$")


def _split_names(cell: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in cell.split(";") if name.strip())


def _float_or_none(value: str, source: str, line: int, key: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError as error:
        raise InputError(source, f"not a number: {value!r}", line=line, key=key) from error


def _read_csv(text: str, source: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in columns if column not in (reader.fieldnames or [])]
    if missing:
        raise InputError(source, f"missing columns: {', '.join(missing)}", line=1)
    return [(index + 2, row) for index, row in enumerate(reader)]


def parse_units(text: str, source: str = "admin_units.csv") -> list[AdminUnit]:
    """Rows of admin_units.csv as AdminUnit records; a bad row raises InputError naming it."""
    units: list[AdminUnit] = []
    seen: set[str] = set()
    for line, row in _read_csv(text, source, UNIT_COLUMNS):
        for required in ("id", "province", "name_en", "name_ko", "unit_type", "source"):
            if not (row.get(required) or "").strip():
                raise InputError(source, f"empty {required}", line=line, key=row.get("id"))
        if row["unit_type"] not in UNIT_TYPES:
            raise InputError(
                source, f"unknown unit_type {row['unit_type']!r}", line=line, key=row["id"]
            )
        if row["id"] in seen:
            raise InputError(source, "duplicate id", line=line, key=row["id"])
        seen.add(row["id"])
        stem, suffix = split_korean_suffix(row["name_ko"])
        units.append(
            AdminUnit(
                id=row["id"],
                name_en=row["name_en"],
                name_ko=row["name_ko"],
                name_mr=row["name_mr"],
                name_rr=row["name_rr"],
                unit_type=row["unit_type"],
                province=row["province"],
                lat=_float_or_none(row["lat"], source, line, row["id"]),
                lon=_float_or_none(row["lon"], source, line, row["id"]),
                source=row["source"],
                alt_names=_split_names(row["alt_names"]),
                former_names=_split_names(row["former_names"]),
                name_ko_south=north_to_south(stem) + suffix,
            )
        )
    return units


def parse_provinces(text: str, source: str = "provinces.csv") -> list[Province]:
    provinces: list[Province] = []
    for line, row in _read_csv(text, source, PROVINCE_COLUMNS):
        for required in ("id", "name_en", "name_ko", "unit_type", "source"):
            if not (row.get(required) or "").strip():
                raise InputError(source, f"empty {required}", line=line, key=row.get("id"))
        provinces.append(
            Province(
                id=row["id"],
                name_en=row["name_en"],
                name_ko=row["name_ko"],
                name_mr=row["name_mr"],
                name_rr=row["name_rr"],
                unit_type=row["unit_type"],
                source=row["source"],
                alt_names=_split_names(row["alt_names"]),
            )
        )
    return provinces


class Gazetteer:
    """Units and provinces with lookups: ``resolve`` a name, ``find`` names in text."""

    def __init__(
        self,
        units: Iterable[AdminUnit],
        provinces: Iterable[Province],
        rules: MatchingRules | None = None,
    ) -> None:
        self.units: list[AdminUnit] = list(units)
        self.province_records: list[Province] = list(provinces)
        self.provinces: list[str] = [p.name_en for p in self.province_records]
        self.rules = rules or load_rules()
        known = set(self.provinces)
        for unit in self.units:
            if unit.province not in known:
                raise InputError(
                    "admin_units.csv", f"unknown province {unit.province!r}", key=unit.id
                )
        self._by_id = {unit.id: unit for unit in self.units}
        self._by_surface: dict[str, list[tuple[AdminUnit, bool]]] = {}
        self._by_key: dict[str, list[tuple[AdminUnit, bool]]] = {}
        for unit in self.units:
            for variant in unit_variants(unit):
                self._index_unit(unit, variant)
        self._province_by_name: dict[str, str] = {}
        for province in self.province_records:
            for variant in province_variants(province):
                for name in (variant.text, normalize_place(variant.text)):
                    self._province_by_name.setdefault(self._fold(name), province.name_en)
            for form in (province.name_en, province.name_ko):
                self._province_by_name[self._fold(form)] = province.name_en

    @staticmethod
    def _fold(name: str) -> str:
        return unify_apostrophes(name.strip().lower())

    def _index_unit(self, unit: AdminUnit, variant: Variant) -> None:
        if variant.script == "hangul":
            stem, _ = split_korean_suffix(variant.text)
            keys = [variant.text, hangul_key(stem)]
        else:
            keys = [self._fold(variant.text), normalize_place(variant.text)]
        for table, key in ((self._by_surface, keys[0]), (self._by_key, keys[1])):
            entries = table.setdefault(key, [])
            for index, (known, current) in enumerate(entries):
                if known is unit:
                    entries[index] = (unit, current or not variant.former)
                    break
            else:
                entries.append((unit, not variant.former))

    # --- lookups ------------------------------------------------------------------------

    def unit(self, unit_id: str) -> AdminUnit | None:
        return self._by_id.get(unit_id)

    def resolve_province(self, name: str) -> str | None:
        """Canonical KCNA English province name for any spelling, or None."""
        if not name or not name.strip():
            return None
        folded = self._fold(name)
        folded = re.sub(r"(?i)\s+(?:province|municipality|special city|city)$", "", folded)
        return self._province_by_name.get(folded) or self._province_by_name.get(
            normalize_place(folded)
        )

    def province_of(self, name: str) -> str | None:
        """The province a name stands for: itself if it is a province, else its unit's."""
        province = self.resolve_province(name)
        if province:
            return province
        unit = self.resolve(name)
        return unit.province if unit else None

    def candidates(self, name: str, province: str | None = None) -> list[AdminUnit]:
        """Every unit a name may stand for (current names first), optionally in a province."""
        text = name.strip()
        parenthesized = _PARENTHESIZED.match(text)
        if parenthesized and province is None:
            text, province = parenthesized.group(1), parenthesized.group(2)
        entries = self._lookup(text)
        if province is not None:
            wanted = self.resolve_province(province)
            entries = [(unit, current) for unit, current in entries if unit.province == wanted]
        entries.sort(key=lambda item: not item[1])
        return [unit for unit, _ in entries]

    def resolve(self, name: str, province: str | None = None) -> AdminUnit | None:
        """The one unit a name (any spelling or script) stands for, or None if unknown or
        ambiguous: ``resolve("Sŏngch'ŏn")``, ``resolve("Unsan", "South Phyongan")``,
        ``resolve("Unsan (South Phyongan)")``, ``resolve("성천군에서")``."""
        text = name.strip()
        parenthesized = _PARENTHESIZED.match(text)
        if parenthesized and province is None:
            text, province = parenthesized.group(1), parenthesized.group(2)
        entries = self._lookup(text)
        if province is not None:
            wanted = self.resolve_province(province)
            entries = [(unit, current) for unit, current in entries if unit.province == wanted]
        if len(entries) > 1:
            current = [entry for entry in entries if entry[1]]
            entries = current if len(current) == 1 else entries
        return entries[0][0] if len(entries) == 1 else None

    def _lookup(self, text: str) -> list[tuple[AdminUnit, bool]]:
        if not text:
            return []
        if text in self._by_id:
            return [(self._by_id[text], True)]
        if has_hangul(text):
            word = re.sub(r"\s+", "", text)
            for candidate in (word, _KOREAN_PARTICLE.sub("", word)):
                if candidate in self._by_surface:
                    return list(self._by_surface[candidate])
                stem, _ = split_korean_suffix(candidate)
                if (entries := self._by_key.get(hangul_key(stem))) is not None:
                    return list(entries)
            return []
        folded = self._fold(text)
        for candidate in (folded, _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", folded))):
            if candidate in self._by_surface:
                return list(self._by_surface[candidate])
        stripped = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", folded))
        return list(self._by_key.get(normalize_place(stripped), []))

    def variants(self, unit: AdminUnit) -> list[Variant]:
        """Every spelling the gazetteer knows for a unit (generated by rule)."""
        return unit_variants(unit)

    # --- text -----------------------------------------------------------------------------

    @cached_property
    def matcher(self) -> PlaceMatcher:
        return PlaceMatcher(self.units, self.province_records, self.rules)

    def find(self, text: str) -> list[PlaceMatch]:
        """Every unit and province named in an English or Korean text, in order, with spans."""
        return self.matcher.find(text)


def _package_text(name: str) -> str:
    resource = resources.files("twentyten").joinpath(f"data/gazetteer/{name}")
    return resource.read_text(encoding="utf-8")


def gazetteer_from_files(
    units_csv: Path, provinces_csv: Path, rules_yaml: Path | None = None
) -> Gazetteer:
    """A gazetteer from other data files (for testing a changed data set)."""
    units = parse_units(units_csv.read_text(encoding="utf-8"), str(units_csv))
    provinces = parse_provinces(provinces_csv.read_text(encoding="utf-8"), str(provinces_csv))
    return Gazetteer(units, provinces, load_rules(rules_yaml))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per process."""
    units = parse_units(_package_text("admin_units.csv"), "data/gazetteer/admin_units.csv")
    provinces = parse_provinces(_package_text("provinces.csv"), "data/gazetteer/provinces.csv")
    gazetteer = Gazetteer(units, provinces)
    _ = gazetteer.matcher  # build the matcher now so the first find() is not slow
    return gazetteer
