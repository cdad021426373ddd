"""GeoJSON export: a FeatureCollection with one Point feature per project (or event).

Coordinates are ``[lon, lat]`` (RFC 7946 order) from the gazetteer's county point, so they
mark the county, not the site: ``place_precision`` says so. A unit without coordinates gets
a null geometry, never a guessed point.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from twentyten.exports.atomic import AtomicFiles
from twentyten.exports.records import ExportTables

# Feature properties, in order; geometry comes from lon/lat.
PROJECT_PROPERTIES = (
    "id",
    "unit_id",
    "county",
    "county_ko",
    "province",
    "cohort",
    "facility_type",
    "facility_detail",
    "status",
    "actual_start",
    "actual_start_precision",
    "actual_end",
    "actual_end_precision",
    "planned_start",
    "planned_end",
    "place_precision",
    "counted_in_cohort",
    "review_state",
    "n_sources",
    "sources",
)
EVENT_PROPERTIES = (
    "id",
    "project_id",
    "unit_id",
    "county",
    "county_ko",
    "province",
    "cohort",
    "scope",
    "event_type",
    "date",
    "date_precision",
    "facility_types",
    "leader_attended",
    "review_state",
    "sources",
)
GEOJSON_TABLES = ("projects", "events")


def _geometry(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    if lat is None or lon is None:
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


def feature_collection(tables: ExportTables, table: str) -> dict[str, Any]:
    if table == "projects":
        rows, properties = tables.projects, PROJECT_PROPERTIES
    elif table == "events":
        rows, properties = tables.events, EVENT_PROPERTIES
    else:
        raise ValueError(f"GeoJSON has no layer for {table!r}; use projects or events")
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": row["id"],
                "geometry": _geometry(row["lat"], row["lon"]),
                "properties": {name: row[name] for name in properties},
            }
            for row in rows
        ],
    }


def write_geojson_table(tables: ExportTables, table: str, target: Path, files: AtomicFiles) -> Path:
    collection = feature_collection(tables, table)

    def writer(handle: BinaryIO) -> None:
        handle.write(json.dumps(collection, ensure_ascii=False, indent=1).encode("utf-8"))
        handle.write(b"\n")

    return files.write(target, writer)
