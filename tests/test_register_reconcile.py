from __future__ import annotations

import pytest
from sqlalchemy import func, select

from test_register_support import Found, add_document, add_units
from twentyten.register.reconcile import process_new_documents, reconcile, record_mentions
from twentyten.store import Store
from twentyten.store.schema import (
    audit_log,
    claims,
    events,
    extracted_versions,
    mentions,
    projects,
)

SONGCHON = "south-phyongan/songchon"
OUTLETS = [
    ("https://kcna.kp/en/article/a1", "KCNA", "state_media"),
    ("https://kcnawatch.org/newstream/1709258544-1/a1", None, "other"),
    ("https://en.yna.co.kr/view/a1", "Yonhap", "news"),
    ("https://www.koreaherald.com/article/1", None, "other"),
    ("https://www.nknews.org/2024/02/a1", "NK News", "news"),
]


def _report_everywhere(store: Store, found: Found) -> None:
    for locator, outlet, kind in OUTLETS:
        version_id = add_document(store, locator, outlet=outlet, source_kind=kind)
        record_mentions(store, version_id, [found])


def _count(store: Store, table) -> int:  # type: ignore[no-untyped-def]
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_five_outlets_make_one_event_with_five_claims(store: Store) -> None:
    add_units(store)
    _report_everywhere(store, Found("groundbreaking", SONGCHON, "2024-02-28", leader_attended=True))
    report = reconcile(store)
    assert report.mentions_read == 5
    assert report.events_created == 1 and report.claims_created == 5
    assert report.projects_created == 1
    with store.connect() as conn:
        event = conn.execute(select(events)).mappings().one()
        rows = conn.execute(select(claims)).mappings().all()
        project = conn.execute(select(projects)).mappings().one()
    assert event["date"] == "2024-02-28" and event["leader_attended"] is True
    assert {row["event_id"] for row in rows} == {event["id"]}
    # The KCNA Watch mirror counts as KCNA: four independent origins for five claims.
    assert sorted(row["origin"] for row in rows) == [
        "KCNA",
        "KCNA",
        "Korea Herald",
        "NK News",
        "Yonhap",
    ]
    assert {row["source_kind"] for row in rows} == {"state_media", "news"}
    assert project["unit_id"] == SONGCHON and project["cohort"] == 2024
    assert project["status"] == "groundbreaking"
    assert project["actual_start"] == "2024-02-28"


def test_reconcile_twice_changes_nothing(store: Store) -> None:
    add_units(store)
    _report_everywhere(store, Found("completion", SONGCHON, "2024-12-20"))
    reconcile(store)
    counts = [_count(store, t) for t in (events, claims, projects, audit_log, mentions)]
    again = reconcile(store)
    assert again.mentions_read == 0 and again.events_created == 0
    assert [_count(store, t) for t in (events, claims, projects, audit_log, mentions)] == counts


def test_recording_the_same_mentions_twice_keeps_one(store: Store) -> None:
    add_units(store)
    version_id = add_document(store, "https://kcna.kp/en/article/b1", outlet="KCNA")
    first = record_mentions(store, version_id, [Found("completion", None, "2025-01")])
    second = record_mentions(store, version_id, [Found("completion", None, "2025-01")])
    assert first == second and _count(store, mentions) == 1


def test_month_and_day_dates_are_one_event_keeping_the_day(store: Store) -> None:
    add_units(store)
    month = add_document(store, "https://en.yna.co.kr/view/c1", outlet="Yonhap")
    day = add_document(store, "https://kcna.kp/en/article/c1", outlet="KCNA")
    record_mentions(store, month, [Found("groundbreaking", SONGCHON, "2024-02")])
    record_mentions(store, day, [Found("groundbreaking", SONGCHON, "2024-02-28")])
    report = reconcile(store)
    assert report.events_created == 1 and report.claims_created == 2
    with store.connect() as conn:
        event = conn.execute(select(events)).mappings().one()
    assert (event["date"], event["date_precision"]) == ("2024-02-28", "day")
    assert event["date_conflicts"] == []


def test_nearby_days_merge_and_record_the_disagreement(store: Store) -> None:
    add_units(store)
    dates = {
        "https://kcna.kp/a": "2025-01-07",
        "https://en.yna.co.kr/a": "2025-01-07",
        "https://www.dailynk.com/a": "2025-01-08",
    }
    for locator, date in dates.items():
        record_mentions(
            store,
            add_document(store, locator),
            [Found("completion", "south-hwanghae/jaeryong", date)],
        )
    reconcile(store)
    with store.connect() as conn:
        event = conn.execute(select(events)).mappings().one()
    assert event["date"] == "2025-01-07"  # two independent sources against one
    assert [c["date"] for c in event["date_conflicts"]] == ["2025-01-08"]


def test_dates_far_apart_are_separate_events_and_a_project_conflict(store: Store) -> None:
    add_units(store)
    kcna = add_document(store, "https://kcna.kp/unsan", outlet="KCNA")
    insider = add_document(store, "https://www.dailynk.com/unsan", outlet="Daily NK")
    record_mentions(store, kcna, [Found("completion", "north-phyongan/unsan", "2025-02-07")])
    record_mentions(store, insider, [Found("completion", "north-phyongan/unsan", "2025-03-07")])
    report = reconcile(store)
    assert report.events_created == 2 and report.projects_created == 1
    with store.connect() as conn:
        kinds = conn.execute(select(claims.c.source_kind).order_by(claims.c.id)).scalars().all()
    assert kinds == ["state_media", "insider"]


def test_joint_ceremony_splits_by_facility_and_bare_report_supports_both(store: Store) -> None:
    add_units(store)
    ryonggang = "nampho/ryonggang"
    joint = add_document(store, "https://kcna.kp/ryonggang", outlet="KCNA")
    bare = add_document(store, "https://en.yna.co.kr/ryonggang", outlet="Yonhap")
    record_mentions(
        store,
        joint,
        [
            Found(
                "groundbreaking",
                ryonggang,
                "2025-02-09",
                facility_types=["regional_industry_factory", "hospital"],
            )
        ],
    )
    record_mentions(
        store, bare, [Found("groundbreaking", ryonggang, "2025-02-10", facility_types=[])]
    )
    report = reconcile(store)
    assert report.events_created == 2 and report.projects_created == 2
    with store.connect() as conn:
        per_event = conn.execute(
            select(claims.c.event_id, func.count()).group_by(claims.c.event_id)
        ).all()
        facilities = conn.execute(select(projects.c.facility_type)).scalars().all()
    assert sorted(n for _, n in per_event) == [2, 2]
    assert sorted(facilities) == ["hospital", "regional_industry_factory"]


def test_unresolved_county_keeps_province_and_no_project(store: Store) -> None:
    add_units(store)
    version = add_document(store, "https://kcna.kp/somewhere", outlet="KCNA")
    record_mentions(
        store, version, [Found("groundbreaking", None, "2025-02-27", province="South Phyongan")]
    )
    report = reconcile(store)
    assert report.unresolved == 1
    with store.connect() as conn:
        event = conn.execute(select(events)).mappings().one()
    assert event["project_id"] is None and event["province"] == "South Phyongan"
    assert event["place_precision"] == "province"
    assert _count(store, projects) == 0


def test_a_homonym_keeps_its_name_and_two_reports_of_it_are_one_event(store: Store) -> None:
    add_units(store)
    for url in ("https://kcna.kp/a", "https://pyongyangtimes.com.kp/b"):
        version = add_document(store, url, outlet=url.split("/")[2])
        record_mentions(store, version, [Found("completion", None, "2025-01-18", county="Unsan")])
    other = add_document(store, "https://kcna.kp/c", outlet="kcna.kp")
    record_mentions(store, other, [Found("completion", None, "2025-01-18", county="Hwasong")])
    reconcile(store)
    with store.connect() as conn:
        rows = conn.execute(select(events).order_by(events.c.id)).mappings().all()
        claims_per_event = dict(
            conn.execute(select(claims.c.event_id, func.count()).group_by(claims.c.event_id)).all()
        )
    assert [(r["place_name"], r["place_precision"], r["unit_id"]) for r in rows] == [
        ("Unsan", "ambiguous", None),
        ("Hwasong", "ambiguous", None),
    ]
    assert [claims_per_event[r["id"]] for r in rows] == [2, 1]
    assert _count(store, projects) == 0


def test_process_new_documents_extracts_each_version_once(store: Store) -> None:
    pytest.importorskip("twentyten.extract")
    texts = {
        "https://kcna.kp/en/gb": (
            "Pyongyang, February 28 (KCNA) -- A ground-breaking ceremony for regional-industry "
            "factories was held on February 28 in Songchon County, South Phyongan Province."
        ),
        "https://en.yna.co.kr/view/gb": (
            "Seoul, Feb. 29 (Yonhap) -- North Korea held a ground-breaking ceremony for "
            "regional industry factories in Songchon County, South Phyongan Province on Feb. 28."
        ),
        "https://kcna.kp/en/flats": (
            "Pyongyang, March 2 (KCNA) -- New flats for flood victims were finished in Pyongyang."
        ),
    }
    from twentyten.gazetteer import sync_admin_units

    sync_admin_units(store)
    for locator, text in texts.items():
        add_document(store, locator, text=text, published="2024-03-01")
    report = process_new_documents(store)
    assert report.documents_extracted == 3
    assert report.events_created == 1 and report.claims_created == report.mentions_recorded
    with store.connect() as conn:
        event = conn.execute(select(events)).mappings().one()
        read = conn.execute(select(func.count()).select_from(extracted_versions)).scalar_one()
    assert (event["event_type"], event["date"]) == ("groundbreaking", "2024-02-28")
    assert read == 3
    again = process_new_documents(store)
    assert again.documents_extracted == 0 and again.events_created == 0


def test_mentions_of_units_the_store_lacks_are_refused(store: Store) -> None:
    from twentyten.errors import TwentytenError

    add_units(store)
    version = add_document(store, "https://kcna.kp/x")
    with pytest.raises(TwentytenError, match="nowhere/atlantis"):
        record_mentions(store, version, [Found("completion", "nowhere/atlantis", "2025-01")])
    assert _count(store, mentions) == 0
