"""North Korea's provinces and second-level units, their spellings, and a place-name matcher.

from twentyten.gazetteer import load_gazetteer
gaz = load_gazetteer()
gaz.resolve("Sŏngch'ŏn")            # -> AdminUnit south-phyongan/songchon
gaz.find("Unsan County, South Phyongan Province")
"""

from twentyten.gazetteer.gazetteer import (
    Gazetteer,
    gazetteer_from_files,
    load_gazetteer,
    parse_provinces,
    parse_units,
)
from twentyten.gazetteer.hangul import north_to_south, south_to_north_candidates, to_jamo
from twentyten.gazetteer.model import AdminUnit, PlaceMatch, Province
from twentyten.gazetteer.romanize import mr_to_kcna, normalize_place

__all__ = [
    "AdminUnit",
    "Gazetteer",
    "PlaceMatch",
    "Province",
    "gazetteer_from_files",
    "load_gazetteer",
    "mr_to_kcna",
    "normalize_place",
    "north_to_south",
    "parse_provinces",
    "parse_units",
    "south_to_north_candidates",
    "sync_admin_units",
    "to_jamo",
]


def __getattr__(name: str) -> object:
    # The store sync pulls in SQLAlchemy; load it only when asked, so that matching text
    # (the extraction hot path, worker processes) starts fast.
    if name == "sync_admin_units":
        from twentyten.gazetteer.sync import sync_admin_units

        return sync_admin_units
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
