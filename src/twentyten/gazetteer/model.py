"""The gazetteer's records: administrative units, provinces and matches in text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """A second-level unit (county, city, district) with its names and source.

    ``name_en`` is the KCNA English spelling, ``name_ko`` the Hangul name in North Korean
    orthography with its unit suffix (성천군), ``province`` the canonical KCNA English name
    of its province or special city. ``alt_names`` are alternative spellings, ``former_names``
    the names before a renaming. Coordinates are None where no source gives them.
    """

    id: str
    name_en: str
    name_ko: str
    name_mr: str
    name_rr: str
    unit_type: str
    province: str
    lat: float | None
    lon: float | None
    source: str
    alt_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    name_ko_south: str = ""

    @property
    def label(self) -> str:
        """Human label: "Songchon County, South Phyongan"."""
        kind = {"county": "County", "city": "City", "district": "District"}.get(self.unit_type)
        name = f"{self.name_en} {kind}" if kind else self.name_en
        return f"{name}, {self.province}"


@dataclass(frozen=True, slots=True)
class Province:
    """A province or special city (the first-level units)."""

    id: str
    name_en: str
    name_ko: str
    name_mr: str
    name_rr: str
    unit_type: str  # province | special_city | directly_governed
    source: str
    alt_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """One place named in a text.

    ``start``/``end`` span the name and any unit word that goes with it ("Songchon County",
    "성천군"); ``surface`` is ``text[start:end]``. For ``kind == "unit"``, ``unit`` is the
    resolved unit or None when the name fits several units and the context did not decide;
    ``candidates`` lists every unit the name can stand for. ``province`` is the unit's
    province (or the province named, for ``kind == "province"``). ``explicit`` says a unit
    word (County, City, 군, -gun ...) accompanied the name, directly or in an enumeration.
    """

    start: int
    end: int
    surface: str
    kind: Literal["unit", "province"]
    unit: AdminUnit | None = None
    candidates: tuple[AdminUnit, ...] = field(default=())
    province: str | None = None
    explicit: bool = False
