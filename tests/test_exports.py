"""Exports round-trip: CSV read back with csv, GeoJSON with json, Parquet with pyarrow."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from test_indicators_support import RegisterBuilder
from twentyten.cli import app
from twentyten.errors import InputError
from twentyten.exports import build_tables, export_register, export_tables
from twentyten.exports.geojson_format import PROJECT_PROPERTIES
from twentyten.indicators import load_snapshot
from twentyten.store import Store

KCNA_URL = "https://kcnawatch.org/newstream/songchon-groundbreaking"
YONHAP_URL = "https://en.yna.co.kr/view/songchon"


@pytest.fixture
def register(store: Store) -> Store:
    """Two counties: one located with two sources, one without coordinates or sources."""
    b = RegisterBuilder(store)
    b.unit("sp/songchon", "Songchon", "South Phyongan", name_ko="성천군", lat=39.24, lon=126.48)
    b.unit("ry/kim-jong-suk", "Kim Jong Suk", "Ryanggang", name_ko="김정숙군")
    b.unit("kw/ghost", "Ghost", "Kangwon")
    songchon = b.project(
        "sp/songchon", 2024, status="completed", start="2024-02-28", end="2024-12-20",
        planned_start="2024", planned_end="2024",
    )  # fmt: skip
    gb = b.event(songchon, "groundbreaking", "2024-02-28", leader=True)
    b.claim(gb, KCNA_URL, kind="state_media", reliability="C", credibility=3)
    b.claim(gb, YONHAP_URL, kind="news", reliability="B", credibility=3)
    done = b.event(songchon, "completion", "2024-12", leader=None)
    b.claim(done, KCNA_URL + "-done", kind="state_media", reliability="C", credibility=3)
    b.project("ry/kim-jong-suk", 2025, status="groundbreaking", start="2025-02-28")
    ghost = b.project("kw/ghost", 2025, review_state="rejected")
    b.claim(b.event(ghost, "groundbreaking", "2025-02-01"), "https://example.org/ghost")
    return store


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_round_trip_carries_sources(register: Store, tmp_path: Path) -> None:
    written = export_register(register, "csv", tmp_path / "out")
    assert sorted(p.name for p in written) == ["claims.csv", "events.csv", "projects.csv"]
    projects = {row["county"]: row for row in read_csv(tmp_path / "out" / "projects.csv")}
    assert set(projects) == {"Songchon", "Kim Jong Suk"}  # the rejected project is left out
    songchon = projects["Songchon"]
    assert songchon["county_ko"] == "성천군" and songchon["cohort"] == "2024"
    assert (songchon["actual_start"], songchon["actual_start_precision"]) == ("2024-02-28", "day")
    urls = songchon["source_urls"].split(" ")
    assert urls == [KCNA_URL, YONHAP_URL, KCNA_URL + "-done"]
    assert songchon["source_grades"].split(" ") == ["C3", "B3", "C3"]
    assert projects["Kim Jong Suk"]["actual_end"] == ""  # unknown stays blank
    assert projects["Kim Jong Suk"]["source_urls"] == ""

    events = read_csv(tmp_path / "out" / "events.csv")
    assert [(e["event_type"], e["date"], e["date_precision"]) for e in events] == [
        ("groundbreaking", "2024-02-28", "day"),
        ("completion", "2024-12", "month"),
    ]
    assert [e["leader_attended"] for e in events] == ["true", ""]
    claims = read_csv(tmp_path / "out" / "claims.csv")
    assert [c["source_url"] for c in claims] == [KCNA_URL, YONHAP_URL, KCNA_URL + "-done"]
    assert {c["county"] for c in claims} == {"Songchon"}
    assert [c["state_media"] for c in claims] == ["true", "false", "true"]
    assert claims[0]["event_id"] == events[0]["id"]


def test_geojson_is_valid_with_lon_lat_order(register: Store, tmp_path: Path) -> None:
    target = tmp_path / "projects.geojson"
    export_register(register, "geojson", target, "projects")
    collection = json.loads(target.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = {f["properties"]["county"]: f for f in collection["features"]}
    songchon = features["Songchon"]
    assert songchon["type"] == "Feature"
    assert songchon["geometry"] == {"type": "Point", "coordinates": [126.48, 39.24]}
    lon, lat = songchon["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90 and lon > lat  # Korea: lon ~126, lat ~39
    assert features["Kim Jong Suk"]["geometry"] is None  # no coordinates, no guessed point
    required = {
        "county", "county_ko", "province", "cohort", "facility_type", "status",
        "actual_start", "actual_start_precision", "actual_end", "actual_end_precision",
        "planned_start", "planned_end", "sources",
    }  # fmt: skip
    for feature in collection["features"]:
        assert required <= set(feature["properties"])
    sources = songchon["properties"]["sources"]
    assert [s["url"] for s in sources] == [KCNA_URL, YONHAP_URL, KCNA_URL + "-done"]
    assert sources[1]["grade"] == "B3" and sources[0]["state_media"] is True
    assert songchon["properties"]["actual_end_precision"] == "day"
    assert set(PROJECT_PROPERTIES) >= required


def test_geojson_all_writes_projects_and_events(register: Store, tmp_path: Path) -> None:
    written = export_register(register, "geojson", tmp_path)
    assert sorted(p.name for p in written) == ["events.geojson", "projects.geojson"]
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert [f["geometry"]["coordinates"] for f in events["features"]] == [[126.48, 39.24]] * 2
    with pytest.raises(InputError, match="no claims layer"):
        export_register(register, "geojson", tmp_path, "claims")


def test_parquet_round_trip_has_a_proper_schema(register: Store, tmp_path: Path) -> None:
    export_register(register, "parquet", tmp_path)
    projects = pq.read_table(tmp_path / "projects.parquet")
    schema = projects.schema
    assert schema.field("cohort").type == pa.int64()
    assert schema.field("actual_start").type == pa.string()  # partial dates stay strings
    assert schema.field("source_urls").type == pa.list_(pa.string())
    assert pa.types.is_struct(schema.field("sources").type.value_type)
    rows = {row["county"]: row for row in projects.to_pylist()}
    assert rows["Songchon"]["source_urls"] == [KCNA_URL, YONHAP_URL, KCNA_URL + "-done"]
    assert rows["Songchon"]["sources"][0]["grade"] == "C3"
    assert rows["Kim Jong Suk"]["actual_end"] is None and rows["Kim Jong Suk"]["sources"] == []
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert events[0]["leader_attended"] is True and events[1]["leader_attended"] is None
    assert events[0]["facility_types"] == ["regional_industry_factory"]
    claims = pq.read_table(tmp_path / "claims.parquet")
    assert claims.num_rows == 3 and claims.schema.field("credibility").type == pa.int64()


def test_failed_export_leaves_no_file(register: Store, tmp_path: Path) -> None:
    tables = build_tables(load_snapshot(register))
    out = tmp_path / "export"
    out.mkdir()
    (out / "projects.csv").write_text("old export\n", encoding="utf-8")
    tables.claims.append({"id": 99})  # a malformed row: the claims file cannot be written
    with pytest.raises(KeyError):
        export_tables(tables, "csv", out)
    # projects.csv was written first but is not put in place: the old file is untouched,
    # no events.csv appeared, and no temporary file is left behind.
    assert sorted(p.name for p in out.iterdir()) == ["projects.csv"]
    assert (out / "projects.csv").read_text(encoding="utf-8") == "old export\n"


def test_single_file_target_needs_a_single_table(register: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="give a folder"):
        export_register(register, "csv", tmp_path / "all.csv", "all")
    export_register(register, "csv", tmp_path / "events-only.csv", "events")
    assert len(read_csv(tmp_path / "events-only.csv")) == 2


def test_cli_export(register: Store, store_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export", "--format", "csv", "--out", str(tmp_path), "--db", store_url]
    )
    assert result.exit_code == 0, result.output
    assert "projects.csv" in result.output
    assert len(read_csv(tmp_path / "projects.csv")) == 2


def test_curated_claims_are_listed_but_not_counted_as_sources(store: Store) -> None:
    b = RegisterBuilder(store)
    b.unit("kw/one", "One", "Kangwon", lat=38.5, lon=127.2)
    project = b.project("kw/one", 2026, status="groundbreaking", start="2026-02-06")
    event = b.event(project, "groundbreaking", "2026-02-06")
    b.claim(event, "curated:cohorts.csv", kind="curated")
    b.claim(event, "https://kcnawatch.org/one", kind="state_media", origin="KCNA")
    b.claim(event, "http://kcna.kp/one", kind="state_media", outlet="KCNA")
    (row,) = build_tables(load_snapshot(store)).projects
    assert row["n_claims"] == 3
    assert row["n_sources"] == 1  # the mirror and KCNA are one origin; curated is none
    assert [s["independent"] for s in row["sources"]] == [False, True, True]


def test_an_unresolved_homonym_is_exported_by_name(store: Store, tmp_path: Path) -> None:
    from test_register_support import Found, add_document, add_units
    from twentyten.register.reconcile import reconcile, record_mentions

    add_units(store)
    version = add_document(store, "https://kcna.kp/unsan", outlet="KCNA")
    record_mentions(store, version, [Found("completion", None, "2025-01-18", county="Unsan")])
    reconcile(store)
    export_register(store, "csv", tmp_path)
    with open(tmp_path / "events.csv", encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["place_name"], row["county"], row["province"]) == ("Unsan", "", "")
