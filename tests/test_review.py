from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from test_register_support import Found, add_document, add_units
from twentyten.errors import InputError
from twentyten.register.audit import audit_entries
from twentyten.register.reconcile import reconcile, record_mentions
from twentyten.register.review import accept, edit, reject, review_queue
from twentyten.store import Store
from twentyten.store.schema import audit_log, claims, events, projects

SONGCHON = "south-phyongan/songchon"


def _report(store: Store, locator: str, found: Found, outlet: str = "KCNA") -> None:
    record_mentions(store, add_document(store, locator, outlet=outlet), [found])


def _project(store: Store) -> dict:
    with store.connect() as conn:
        return dict(conn.execute(select(projects)).mappings().one())


def _events(store: Store) -> list[dict]:
    with store.connect() as conn:
        return [dict(r) for r in conn.execute(select(events).order_by(events.c.id)).mappings()]


def _queue(store: Store) -> dict[str, list[str]]:
    return {item.item: item.reasons for item in review_queue(store)}


def test_queue_lists_weak_and_conflicting_items(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("groundbreaking", SONGCHON, "2024-02-28"))
    _report(
        store,
        "https://en.yna.co.kr/a",
        Found("groundbreaking", SONGCHON, "2024-02-28"),
        outlet="Yonhap",
    )
    _report(store, "https://kcna.kp/b", Found("completion", SONGCHON, "2024-12-20"))
    _report(
        store,
        "https://www.dailynk.com/b",
        Found("completion", SONGCHON, "2025-03-20", confidence=0.4),
        outlet="Daily NK",
    )
    _report(store, "https://kcna.kp/c", Found("completion", None, "2025-01", province="Nampho"))
    reconcile(store)
    groundbreaking, completion, late, unresolved = (e["id"] for e in _events(store))
    queue = _queue(store)
    assert f"event:{groundbreaking}" not in queue  # two independent sources, no conflict
    assert "single source" in queue[f"event:{completion}"]
    assert any(r.startswith("conflict: completion") for r in queue[f"event:{completion}"])
    assert "low confidence (0.40)" in queue[f"event:{late}"]
    assert "county unresolved" in queue[f"event:{unresolved}"]
    project_reasons = queue[f"project:{_project(store)['id']}"]
    assert any(r.startswith("conflict: completion reported on 2024-12-20") for r in project_reasons)


def test_accept_leaves_the_queue_with_an_audited_reason(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("groundbreaking", SONGCHON, "2024-02-28"))
    reconcile(store)
    item = f"event:{_events(store)[0]['id']}"
    assert item in _queue(store)
    accept(store, item, reason="KCNA photo report is clear", actor="kim.analyst")
    assert item not in _queue(store)
    last = audit_entries(store, item=item)[-1]
    assert (last.action, last.actor, last.reason) == (
        "accept",
        "kim.analyst",
        "KCNA photo report is clear",
    )
    assert (last.old_value, last.new_value) == ("proposed", "accepted")


def test_reject_keeps_the_row_and_drops_it_from_the_lifecycle(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("groundbreaking", SONGCHON, "2024-02-28"))
    _report(store, "https://kcna.kp/b", Found("completion", SONGCHON, "2024-12-20"))
    reconcile(store)
    assert _project(store)["status"] == "completed"
    completion = _events(store)[1]["id"]
    with store.connect() as conn:
        before = [
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (events, claims, projects)
        ]
    reject(store, f"event:{completion}", reason="mislabelled photo of another county")
    project = _project(store)
    assert project["status"] == "groundbreaking" and project["actual_end"] is None
    assert _events(store)[1]["review_state"] == "rejected"
    with store.connect() as conn:
        after = [
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (events, claims, projects)
        ]
    assert after == before  # nothing deleted
    # New reports of the rejected ceremony attach to it and do not revive it.
    _report(store, "https://kcna.kp/b2", Found("completion", SONGCHON, "2024-12-21"))
    reconcile(store)
    assert len(_events(store)) == 2 and _project(store)["status"] == "groundbreaking"


def test_edit_overrides_win_until_handed_back(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("groundbreaking", SONGCHON, "2024-02-28"))
    reconcile(store)
    project_id = _project(store)["id"]
    edit(store, f"project:{project_id}", "status", "stalled", reason="imagery: no work since May")
    assert _project(store)["status"] == "stalled"
    _report(store, "https://kcna.kp/b", Found("construction_progress", SONGCHON, "2024-07"))
    reconcile(store)
    assert _project(store)["status"] == "stalled"  # the analyst's call wins
    edit(store, f"project:{project_id}", "status", "derived", reason="work resumed")
    assert _project(store)["status"] == "under_construction"
    edits = [e for e in audit_entries(store, item=f"project:{project_id}") if e.action == "edit"]
    assert [(e.old_value, e.new_value) for e in edits] == [
        ("groundbreaking", "stalled"),
        ("stalled", "derived"),
    ]


def test_edit_event_date_and_claim_grade(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("completion", SONGCHON, "2024-12"))
    reconcile(store)
    event_id = _events(store)[0]["id"]
    edit(store, f"event:{event_id}", "date", "2024-12-20", reason="KCNA dateline")
    assert _events(store)[0]["date"] == "2024-12-20"
    assert _project(store)["actual_end"] == "2024-12-20"
    with store.connect() as conn:
        claim_id = conn.execute(select(claims.c.id)).scalar_one()
    edit(store, f"claim:{claim_id}", "reliability", "b", reason="regraded")
    with store.connect() as conn:
        assert conn.execute(select(claims.c.reliability)).scalar_one() == "B"


def test_a_homonym_is_queued_by_name_and_resolved_by_an_edit(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("completion", None, "2025-01-18", county="Unsan"))
    reconcile(store)
    (item,) = [i for i in review_queue(store) if i.kind == "event"]
    assert "Unsan (which one?)" in item.summary and "county unresolved" in item.reasons
    edit(store, item.item, "unit_id", "north-phyongan/unsan", reason="KCNA names the province")
    event = _events(store)[0]
    assert (event["unit_id"], event["place_name"], event["place_precision"]) == (
        "north-phyongan/unsan", None, "county"
    )
    assert _project(store)["unit_id"] == "north-phyongan/unsan"


def test_decisions_need_a_reason_and_valid_values(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("groundbreaking", SONGCHON, "2024-02-28"))
    reconcile(store)
    project_id = _project(store)["id"]
    with store.connect() as conn:
        audited = conn.execute(select(func.count()).select_from(audit_log)).scalar_one()
    with pytest.raises(InputError, match="reason"):
        reject(store, f"project:{project_id}", reason="  ")
    with pytest.raises(InputError, match="one of"):
        edit(store, f"project:{project_id}", "status", "finished", reason="typo")
    with pytest.raises(InputError, match="cannot edit"):
        edit(store, f"project:{project_id}", "created_at", "2024", reason="no")
    with pytest.raises(InputError, match="no such item"):
        accept(store, "event:9999", reason="missing")
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(audit_log)).scalar_one() == audited
    assert _project(store)["review_state"] == "proposed"


def test_status_regression_is_queued(store: Store) -> None:
    add_units(store)
    _report(store, "https://kcna.kp/a", Found("completion", SONGCHON, "2024-12-20"))
    _report(store, "https://kcna.kp/b", Found("construction_progress", SONGCHON, "2025-04"))
    reconcile(store)
    late = _events(store)[1]["id"]
    reasons = _queue(store)[f"event:{late}"]
    assert any(r.startswith("status regression: construction_progress") for r in reasons)


def test_rejected_project_is_kept_but_not_listed(store: Store) -> None:
    from twentyten.register import get_project, list_projects

    add_units(store)
    _report(store, "https://kcna.kp/a", Found("groundbreaking", SONGCHON, "2024-02-28"))
    reconcile(store)
    project_id = _project(store)["id"]
    reject(store, f"project:{project_id}", reason="duplicate of a curated site")
    assert list_projects(store) == []
    assert get_project(store, project_id).review_state == "rejected"


def test_conflict_between_curated_files_stays_until_an_analyst_accepts(
    store: Store, tmp_path: Path
) -> None:
    from twentyten.register import import_facts

    add_units(store)
    header = (
        "year_cohort,county_en,county_ko,province_en,facility_types,groundbreaking_date,"
        "completion_date,leader_attended,notes,source_urls\n"
    )
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(header + "2025,Ryonggang,,Nampho,hospital,2025-02-09,2025-12-29,none,,\n")
    second.write_text(header + "2025,Ryonggang,,Nampho,hospital,2025-02-09,2025-11-19,none,,\n")
    import_facts(store, first)
    assert _queue(store) == {}
    import_facts(store, second)
    item = f"project:{_project(store)['id']}"
    assert any(r.startswith("conflict: completion") for r in _queue(store)[item])
    accept(store, item, reason="hospital opened 11-19, the rest 12-29")
    assert item not in _queue(store)


def test_resolving_a_county_by_edit_places_the_event_in_a_project(store: Store) -> None:
    add_units(store)
    _report(
        store,
        "https://kcna.kp/u",
        Found("groundbreaking", None, "2025-02-28", province="South Phyongan"),
    )
    reconcile(store)
    (event,) = _events(store)
    item = f"event:{event['id']}"
    assert "county unresolved" in _queue(store)[item]
    edit(store, item, "unit_id", "south-phyongan/unsan", reason="the photo caption names Unsan")
    (event,) = _events(store)
    assert event["unit_id"] == "south-phyongan/unsan" and event["place_precision"] == "county"
    project = _project(store)
    assert (project["unit_id"], project["cohort"], project["status"]) == (
        "south-phyongan/unsan",
        2025,
        "groundbreaking",
    )
    assert event["project_id"] == project["id"]
    assert "county unresolved" not in _queue(store).get(item, [])


def test_queue_says_cohort_unknown_rather_than_none(store: Store) -> None:
    add_units(store)
    # Production starting at a site nobody saw break ground: no cohort can be inferred.
    _report(store, "https://kcna.kp/p", Found("production_start", SONGCHON, "2025-10-10"))
    reconcile(store)
    project = _project(store)
    assert project["cohort"] is None
    (item,) = [i for i in review_queue(store) if i.item == f"project:{project['id']}"]
    assert "cohort unknown" in item.reasons
    assert item.summary.endswith("· cohort unknown") and "None" not in item.summary
