from __future__ import annotations

from sqlalchemy import select

from test_register_support import Found, add_document, add_units
from twentyten.register.lifecycle import EventEvidence, derive_lifecycle
from twentyten.register.precision import compatible, parse_partial_date
from twentyten.register.reconcile import reconcile, record_mentions
from twentyten.store import Store
from twentyten.store.schema import projects

JAERYONG = "south-hwanghae/jaeryong"


def _evidence(*items: tuple[str, str | None]) -> list[EventEvidence]:
    return [
        EventEvidence(id=i, event_type=t, date=parse_partial_date(d), sources=1)
        for i, (t, d) in enumerate(items, start=1)
    ]


def test_partial_dates_compare_as_ranges() -> None:
    month, day = parse_partial_date("2025-02"), parse_partial_date("2025-02-27")
    assert (month.precision, day.precision) == ("month", "day")
    assert compatible(month, day, 0)
    assert not compatible(parse_partial_date("2025-02-07"), parse_partial_date("2025-03-07"), 7)
    assert compatible(parse_partial_date("2025"), day, 7)
    assert compatible(parse_partial_date("2025-02-26"), day, 7)
    # Slack is for days only: adjacent months are different months.
    assert not compatible(parse_partial_date("2025-01"), month, 7)
    assert not compatible(parse_partial_date("2025-03-02"), month, 7)


def test_status_follows_the_furthest_milestone() -> None:
    assert derive_lifecycle([], 2025).status == "selected"
    gb = ("groundbreaking", "2025-02-27")
    assert derive_lifecycle(_evidence(gb), 2025).status == "groundbreaking"
    progress = ("construction_progress", "2025-07")
    assert derive_lifecycle(_evidence(gb, progress), 2025).status == "under_construction"
    done = ("completion", "2025-12-18")
    finished = derive_lifecycle(_evidence(gb, progress, done), 2025)
    assert finished.status == "completed"
    assert (str(finished.actual_start), str(finished.actual_end)) == ("2025-02-27", "2025-12-18")
    assert (finished.planned_start, finished.planned_end) == ("2025", "2025")
    running = derive_lifecycle(_evidence(gb, done, ("production_start", "2026-01")), 2025)
    assert running.status == "operating"


def test_leader_visit_counts_only_after_the_start() -> None:
    visit = ("leader_visit", "2025-01-10")
    assert derive_lifecycle(_evidence(visit), 2025).status == "selected"
    later = derive_lifecycle(_evidence(("groundbreaking", "2025-01-05"), visit), 2025)
    assert later.status == "under_construction"


def test_conflicting_milestones_and_regressions_are_reported() -> None:
    lifecycle = derive_lifecycle(
        _evidence(
            ("completion", "2025-02-07"),
            ("completion", "2025-03-07"),
            ("construction_progress", "2025-05"),
        ),
        2024,
    )
    assert len(lifecycle.conflicts) == 1 and "completion" in lifecycle.conflicts[0]
    assert len(lifecycle.regressions) == 2
    assert all(r.startswith("construction_progress") for r in lifecycle.regressions)


def test_store_transitions_as_evidence_arrives(store: Store) -> None:
    add_units(store)
    steps = [
        ("groundbreaking", "2024-03-05", "groundbreaking"),
        ("construction_progress", "2024-07-08", "under_construction"),
        ("completion", "2025-01-07", "completed"),
    ]
    for n, (event_type, date, expected) in enumerate(steps):
        version = add_document(store, f"https://kcna.kp/step{n}", outlet="KCNA")
        record_mentions(store, version, [Found(event_type, JAERYONG, date)])
        reconcile(store)
        with store.connect() as conn:
            project = conn.execute(select(projects)).mappings().one()
        assert project["status"] == expected
    assert (project["actual_start"], project["actual_end"]) == ("2024-03-05", "2025-01-07")
    assert project["cohort"] == 2024
