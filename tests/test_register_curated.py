from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from test_register_support import add_units
from twentyten.errors import InputError
from twentyten.register.curated import import_facts, url_date
from twentyten.store import Store
from twentyten.store.schema import audit_log, claims, events, projects

HEADER = (
    "year_cohort,county_en,county_ko,province_en,facility_types,groundbreaking_date,"
    "completion_date,leader_attended,notes,source_urls\n"
)
GOOD = (
    "2024,Songchon,성천군,South Phyongan,regional_industry_factory,2024-02-28,2024-12-20,both,"
    '"Test row.",https://kcnawatch.org/newstream/1709258544-1/gb '
    "https://en.yna.co.kr/view/2024/12/21/x https://example.org/undated\n"
)


def _write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "facts.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def _counts(store: Store) -> list[int]:
    with store.connect() as conn:
        return [
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (projects, events, claims, audit_log)
        ]


def test_row_becomes_project_events_and_graded_claims(store: Store, tmp_path: Path) -> None:
    add_units(store)
    report = import_facts(store, _write(tmp_path, GOOD))
    assert report.errors == [] and report.projects_created == 1
    with store.connect() as conn:
        project = conn.execute(select(projects)).mappings().one()
        rows = conn.execute(
            select(events.c.event_type, claims.c.source_kind, claims.c.outlet, claims.c.reliability)
            .join(claims, claims.c.event_id == events.c.id)
            .order_by(events.c.event_type, claims.c.id)
        ).all()
    assert project["status"] == "completed" and project["cohort"] == 2024
    assert (project["actual_start"], project["actual_end"]) == ("2024-02-28", "2024-12-20")
    assert project["review_state"] == "accepted"
    by_event = {}
    for event_type, kind, outlet, _ in rows:
        by_event.setdefault(event_type, []).append((kind, outlet))
    # The mirror dated at the groundbreaking supports it; the December report and the undated
    # source go to the completion; each event also carries the curated claim with its date.
    assert by_event["groundbreaking"] == [("curated", "facts.csv"), ("state_media", "KCNA Watch")]
    assert by_event["completion"] == [
        ("curated", "facts.csv"),
        ("news", "Yonhap"),
        ("other", "example.org"),
    ]
    assert dict((o, r) for _, _, o, r in rows)["example.org"] == "F"


def test_reimport_changes_nothing(store: Store, tmp_path: Path) -> None:
    add_units(store)
    path = _write(tmp_path, GOOD)
    import_facts(store, path)
    before = _counts(store)
    again = import_facts(store, path)
    assert again.rows_changed == 0 and again.claims_created == 0
    assert _counts(store) == before


def test_missing_column_names_the_file_and_column(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "", header=HEADER.replace(",leader_attended", ""))
    with pytest.raises(InputError) as caught:
        import_facts(store, path)
    assert "facts.csv" in str(caught.value) and "leader_attended" in str(caught.value)
    assert _counts(store) == [0, 0, 0, 0]


def test_bad_rows_are_named_by_line_and_skipped(store: Store, tmp_path: Path) -> None:
    add_units(store)
    body = (
        GOOD
        + "2024,Atlantis,,South Phyongan,regional_industry_factory,2024-03,,none,,\n"
        + "2025,Ryonggang,룡강군,Nampho,regional_industry_factory;hospital,2025-02-30,,none,,\n"
        + "2025,Jaeryong,재령군,South Hwanghae,regional_industry_factory,2025-02,,unknown,,\n"
    )
    report = import_facts(store, _write(tmp_path, body))
    assert [(e.line, e.key) for e in report.errors] == [
        (3, "county_en"),
        (4, "groundbreaking_date"),
    ]
    assert all("facts.csv" in str(e) for e in report.errors)
    with store.connect() as conn:
        units = conn.execute(select(projects.c.unit_id)).scalars().all()
    # Ryonggang's bad date left nothing behind, not even its first facility's project.
    assert sorted(units) == ["south-hwanghae/jaeryong", "south-phyongan/songchon"]


def test_blank_completion_stays_unknown(store: Store, tmp_path: Path) -> None:
    add_units(store)
    body = "2025,Jaeryong,재령군,South Hwanghae,regional_industry_factory,2025-02,,unknown,,\n"
    import_facts(store, _write(tmp_path, body))
    with store.connect() as conn:
        project = conn.execute(select(projects)).mappings().one()
        types = conn.execute(select(events.c.event_type)).scalars().all()
    assert types == ["groundbreaking"]
    assert project["status"] == "groundbreaking" and project["actual_end"] is None
    assert (project["actual_start"], project["actual_start_precision"]) == ("2025-02", "month")


def test_ambiguous_name_resolved_by_province_or_parenthesis(store: Store, tmp_path: Path) -> None:
    add_units(store)
    body = (
        "2024,Unsan,운산군,North Phyongan,regional_industry_factory,2024-03,,none,,\n"
        "2025,Unsan (South Phyongan),은산군,South Phyongan,other:provincial_paper_mill,"
        "2025-02-28,,none,,\n"
    )
    report = import_facts(store, _write(tmp_path, body))
    assert report.errors == []
    with store.connect() as conn:
        rows = conn.execute(
            select(
                projects.c.unit_id, projects.c.facility_type, projects.c.facility_detail
            ).order_by(projects.c.cohort)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("north-phyongan/unsan", "regional_industry_factory", None),
        ("south-phyongan/unsan", "other", "provincial_paper_mill"),
    ]


def test_url_dates() -> None:
    assert str(url_date("https://kcnawatch.org/newstream/1709258544-117844157/x")) == "2024-03-01"
    assert str(url_date("http://vok.rep.kp/index.php/detail_com/comde/ien250228012/18/en")) == (
        "2025-02-28"
    )
    assert str(url_date("https://chosonsinbo.com/jp/2024/03/11rh-11")) == "2024-03"
    assert str(url_date("https://mobile.newsis.com/view_amp.html?ar_id=NISX20260207_1")) == (
        "2026-02-07"
    )
    assert url_date("https://news1global.com/northkorea/article/432316") is None
