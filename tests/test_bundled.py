from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from twentyten.register import list_projects, load_bundled, programme_claims
from twentyten.register.bundled import bundled_path
from twentyten.store import Store
from twentyten.store.schema import audit_log, claims, events, projects


def _counties(views, cohort: int) -> dict[str, list]:  # type: ignore[no-untyped-def]
    found: dict[str, list] = {}
    for view in views:
        if view.cohort == cohort and view.counted_in_cohort is not False:
            found.setdefault(view.unit_id, []).append(view)
    return found


def test_fresh_store_carries_the_real_register(store: Store) -> None:
    report = load_bundled(store)
    assert report.cohorts.errors == [] and report.programme.errors == []
    views = list_projects(store)

    cohort_2024 = _counties(views, 2024)
    assert len(cohort_2024) == 20
    ends = {unit: [v.actual_end for v in vs] for unit, vs in cohort_2024.items()}
    assert all(all(end is not None for end in e) for e in ends.values())
    in_2024 = {unit: e for unit, e in ends.items() if any(d.startswith("2024") for d in e)}
    assert list(in_2024.values()) == [["2024-12-20"]]
    (songchon,) = cohort_2024[next(iter(in_2024))]
    assert songchon.county == "Songchon" and songchon.status == "completed"
    assert songchon.actual_start == "2024-02-28"

    assert len(_counties(views, 2025)) == 20  # the paper mill is marked outside the twenty
    dated_2025 = [v.actual_end for v in views if v.cohort == 2025 and v.actual_end]
    assert dated_2025 and all(end.startswith("2025") for end in dated_2025)
    kim_jong_suk = [v for v in views if v.county == "Kim Jong Suk"]
    assert [(v.status, v.actual_end) for v in kim_jong_suk] == [("groundbreaking", None)]

    cohort_2026 = _counties(views, 2026)
    assert len(cohort_2026) >= 8
    for site in cohort_2026.values():
        assert all(v.status == "groundbreaking" and v.actual_start for v in site)
        assert all(v.actual_start.startswith("2026") for v in site)

    (claim,) = [c for c in programme_claims(store) if c.cohort == 2025]
    assert (claim.event_type, claim.date) == ("completion", "2025")
    assert claim.claims and all(c.source_url.startswith("https://") for c in claim.claims)


def test_loading_twice_changes_nothing(store: Store) -> None:
    load_bundled(store)

    def counts() -> list[int]:
        with store.connect() as conn:
            return [
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (projects, events, claims, audit_log)
            ]

    before = counts()
    again = load_bundled(store)
    assert again.cohorts.rows_changed == 0 and again.admin_units == 0
    assert counts() == before


def test_every_bundled_claim_has_a_source(store: Store) -> None:
    load_bundled(store)
    for view in list_projects(store):
        assert view.events, view
        for event in view.events:
            assert any(c.source_kind != "curated" for c in event.claims) or event.claims


def test_bundled_facts_match_shared_data_with_own_notes(shared_dir: Path) -> None:
    def rows(path: Path) -> list[dict[str, str]]:
        with path.open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    shared = rows(shared_dir / "data" / "twentyten_counties.csv")
    bundled = rows(bundled_path("cohorts.csv"))
    shared_notes = {r["notes"] for r in shared}
    assert not shared_notes & {r["notes"] for r in bundled}
    by_key = {(r["year_cohort"], r["county_en"]): r for r in bundled}
    for row in shared:
        key = (row["year_cohort"], row["county_en"])
        if key == ("2025", "Kangdong"):  # split by facility in the bundle (see its README)
            continue
        mine = by_key[key]
        for column in (
            "facility_types",
            "groundbreaking_date",
            "completion_date",
            "leader_attended",
            "source_urls",
            "province_en",
        ):
            assert mine[column] == row[column], (key, column)
