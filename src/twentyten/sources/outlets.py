"""Which outlet published a report, and what kind of source that makes it.

The knowledge is in ``data/sources/outlets.yaml``; this module only matches URLs, datelines
and names against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit

import yaml

SOURCE_KINDS = ("state_media", "news", "analysis", "imagery", "insider", "curated", "other")
# Datelines and credits sit in the first lines of a report.
DATELINE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str
    mirror: bool = False


@dataclass(frozen=True)
class OutletTable:
    by_domain: dict[str, Outlet]
    by_name: dict[str, Outlet]
    dateline_pattern: re.Pattern[str] | None
    by_dateline: dict[str, Outlet]


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    raw = yaml.safe_load(
        files("twentyten").joinpath("data", "sources", "outlets.yaml").read_text(encoding="utf-8")
    )
    by_domain: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    by_dateline: dict[str, Outlet] = {}
    for entry in raw["outlets"]:
        kind = entry["kind"]
        if kind not in SOURCE_KINDS:
            raise ValueError(f"outlets.yaml: {entry['name']}: unknown source kind {kind!r}")
        outlet = Outlet(entry["name"], kind, bool(entry.get("mirror", False)))
        for domain in entry.get("domains") or []:
            by_domain[domain.lower()] = outlet
        for name in [entry["name"], *(entry.get("names") or [])]:
            by_name[_name_key(name)] = outlet
        for marker in entry.get("datelines") or []:
            by_dateline[marker] = outlet
    pattern = (
        re.compile("|".join(re.escape(m) for m in sorted(by_dateline, key=len, reverse=True)))
        if by_dateline
        else None
    )
    return OutletTable(by_domain, by_name, pattern, by_dateline)


def _name_key(name: str) -> str:
    return re.sub(r"[\s._-]+", " ", name).strip().lower()


def outlet_for_url(url: str | None) -> Outlet | None:
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    table = outlet_table()
    while host:
        if host in table.by_domain:
            return table.by_domain[host]
        _, _, host = host.partition(".")
    return None


def outlet_for_name(name: str | None) -> Outlet | None:
    if not name:
        return None
    return outlet_table().by_name.get(_name_key(name))


def outlet_for_dateline(text: str) -> Outlet | None:
    table = outlet_table()
    if table.dateline_pattern is None:
        return None
    match = table.dateline_pattern.search(text, 0, DATELINE_CHARS)
    return table.by_dateline[match.group(0)] if match else None


def identify_outlet(
    text: str,
    *,
    urls: tuple[str | None, ...] = (),
    names: tuple[str | None, ...] = (),
    hints: tuple[str | None, ...] = (),
) -> tuple[str | None, str]:
    """(outlet name or None, source kind) from the URLs, the dateline and the names given.

    A mirror's own domain only counts when the text does not credit another outlet. A name
    the source gives (``names``) but the table does not know is kept as the outlet, kind
    "other"; ``hints`` (a page title, say) only count when they name a known outlet.
    """
    mirror: Outlet | None = None
    for url in urls:
        outlet = outlet_for_url(url)
        if outlet is None:
            continue
        if not outlet.mirror:
            return outlet.name, outlet.kind
        mirror = mirror or outlet
    credited = outlet_for_dateline(text)
    if credited is not None:
        return credited.name, credited.kind
    for name in (*names, *hints):
        outlet = outlet_for_name(name)
        if outlet is not None and not outlet.mirror:
            return outlet.name, outlet.kind
    if mirror is not None:
        return mirror.name, mirror.kind
    for name in names:
        if name and name.strip():
            return name.strip()[:120], "other"
    return None, "other"
