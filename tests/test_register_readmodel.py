"""The register's read model: rows of projects, events and claims as the store holds them."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import insert, select

from test_register_support import add_document, add_units
from twentyten.indicators import load_snapshot
from twentyten.register import list_projects
from twentyten.register.readmodel import (
    claims_by_event,
    from_row,
    load_claims,
    load_events,
    load_projects,
    row_values,
)
from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import claims, document_versions, events, projects

SONGCHON = "south-phyongan/songchon"
JAERYONG = "south-hwanghae/jaeryong"
FACTORY = "regional_industry_factory"


def _insert(store: Store, table: Any, **values: Any) -> int:
    stamps = {"created_at": utcnow()}
    if table is projects:
        stamps["updated_at"] = utcnow()
    with store.begin() as conn:
        return conn.execute(insert(table).values(**stamps, **values)).inserted_primary_key[0]


def _document_id(store: Store, version_id: int) -> int:
    with store.connect() as conn:
        return conn.execute(
            select(document_versions.c.document_id).where(document_versions.c.id == version_id)
        ).scalar_one()


@pytest.fixture
def register(store: Store) -> dict[str, int]:
    """Two projects (one rejected, one with overrides), their events and graded claims."""
    add_units(store)
    songchon = _insert(
        store,
        projects,
        unit_id=SONGCHON,
        facility_type=FACTORY,
        cohort=2024,
        status="completed",
        actual_start="2024-02-28",
        actual_start_precision="day",
        actual_end="2024-12-20",
        actual_end_precision="day",
        notes="Written for these tests.",
        # The analyst moved the completion to a month and halted the project; `notes` is not
        # a field overrides may set, so it must be ignored when the overrides are applied.
        overrides={"actual_end": "2025-01", "status": "stalled", "notes": "not overridable"},
    )
    jaeryong = _insert(
        store,
        projects,
        unit_id=JAERYONG,
        facility_type=FACTORY,
        cohort=2025,
        status="groundbreaking",
        review_state="rejected",
    )
    groundbreaking = _insert(
        store,
        events,
        project_id=songchon,
        unit_id=SONGCHON,
        event_type="groundbreaking",
        date="2024-02-28",
        date_precision="day",
        facility_types=["food", "textiles"],
        leader_attended=False,
        confidence=0.9,
        review_state="accepted",
        date_conflicts=[{"date": "2024-03", "precision": "month", "claim_ids": [99]}],
        overrides={"date": "2024-02"},
    )
    rejected_event = _insert(
        store,
        events,
        project_id=songchon,
        unit_id=SONGCHON,
        event_type="completion",
        date="2024-12-20",
        date_precision="day",
        review_state="rejected",
    )
    other_project_event = _insert(
        store, events, project_id=jaeryong, unit_id=JAERYONG, event_type="groundbreaking"
    )
    programme = _insert(
        store,
        events,
        event_type="completion",
        scope="programme",
        cohort=2024,
        statement="All twenty factories of the year were said to be finished.",
    )
    version = add_document(store, "https://kcna.example/report-1", outlet="KCNA")
    document = _document_id(store, version)
    from_document = _insert(
        store,
        claims,
        event_id=groundbreaking,
        document_id=document,
        source_kind="state_media",
        reliability="B",
        credibility=2,
        reported_date="2024-02-28",
    )
    curated = _insert(
        store,
        claims,
        event_id=groundbreaking,
        source_url="https://example.org/list.csv",
        source_kind="curated",
        outlet="Test compilation",
        reliability="C",
        credibility=3,
        review_state="rejected",
        note="A hand-made list.",
    )
    on_programme = _insert(
        store, claims, event_id=programme, source_kind="state_media", reliability="A", credibility=2
    )
    return {
        "songchon": songchon,
        "jaeryong": jaeryong,
        "groundbreaking": groundbreaking,
        "rejected_event": rejected_event,
        "other_project_event": other_project_event,
        "programme": programme,
        "document": document,
        "from_document": from_document,
        "curated": curated,
        "on_programme": on_programme,
    }


def test_projects_carry_their_units_names_and_stored_overrides(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        rows = load_projects(conn)
    assert [row.id for row in rows] == [register["songchon"], register["jaeryong"]]
    songchon = rows[0]
    assert (songchon.county, songchon.province) == ("Songchon", "South Phyongan")
    assert (songchon.status, songchon.actual_end, songchon.notes) == (
        "completed",
        "2024-12-20",
        "Written for these tests.",
    )
    assert songchon.overrides == {
        "actual_end": "2025-01",
        "status": "stalled",
        "notes": "not overridable",
    }
    assert rows[1].review_state == "rejected"
    assert rows[1].overrides == {}
    with pytest.raises(dataclasses.FrozenInstanceError):
        songchon.status = "operating"  # type: ignore[misc]


def test_projects_filter_by_cohort_status_id_and_review_state(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        assert [r.id for r in load_projects(conn, cohort=2025)] == [register["jaeryong"]]
        assert [r.id for r in load_projects(conn, status="completed")] == [register["songchon"]]
        assert [r.id for r in load_projects(conn, project_id=register["jaeryong"])] == [
            register["jaeryong"]
        ]
        assert [r.id for r in load_projects(conn, include_rejected=False)] == [register["songchon"]]
        assert load_projects(conn, cohort=2025, include_rejected=False) == []


def test_project_overrides_win_and_an_overridden_date_drops_its_stale_precision(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        stored = load_projects(conn, project_id=register["songchon"])[0]
    decided = stored.with_overrides()
    assert (decided.status, decided.actual_end) == ("stalled", "2025-01")
    # "day" belonged to the derived date; the overriding month carries no precision of its own.
    assert decided.actual_end_precision is None
    assert (decided.actual_start, decided.actual_start_precision) == ("2024-02-28", "day")
    assert decided.notes == "Written for these tests."
    # The stored row is left as it was.
    assert (stored.status, stored.actual_end_precision) == ("completed", "day")


def test_events_keep_their_lists_and_filter_by_project_scope_and_review_state(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        every = load_events(conn)
        of_songchon = load_events(conn, project_ids=[register["songchon"]])
        accepted = load_events(conn, project_ids=[register["songchon"]], include_rejected=False)
        programme = load_events(conn, scope="programme")
        none = load_events(conn, project_ids=[])
    assert [e.id for e in every] == sorted(e.id for e in every)
    assert len(every) == 4
    assert [e.id for e in of_songchon] == [register["groundbreaking"], register["rejected_event"]]
    assert [e.id for e in accepted] == [register["groundbreaking"]]
    assert none == []
    (cohort_wide,) = programme
    assert (cohort_wide.id, cohort_wide.project_id, cohort_wide.cohort) == (
        register["programme"],
        None,
        2024,
    )
    assert cohort_wide.statement is not None and "twenty" in cohort_wide.statement
    groundbreaking = of_songchon[0]
    assert groundbreaking.scope == "site"
    assert groundbreaking.facility_types == ("food", "textiles")
    assert groundbreaking.date_conflicts == (
        {"date": "2024-03", "precision": "month", "claim_ids": [99]},
    )
    decided = groundbreaking.with_overrides()
    assert (decided.date, decided.date_precision) == ("2024-02", None)
    assert (groundbreaking.date, groundbreaking.date_precision) == ("2024-02-28", "day")


def test_claims_carry_their_documents_locator_and_outlet_and_their_grade(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        every = load_claims(conn)
        of_groundbreaking = load_claims(conn, event_ids=[register["groundbreaking"]])
        none = load_claims(conn, event_ids=[])
    assert [c.id for c in every] == [
        register["from_document"],
        register["curated"],
        register["on_programme"],
    ]
    assert none == []
    from_document, curated = of_groundbreaking
    assert from_document.document_id == register["document"]
    assert from_document.document_locator == "https://kcna.example/report-1"
    # The claim names no outlet of its own; the document's is kept apart, not merged in.
    assert (from_document.outlet, from_document.document_outlet) == (None, "KCNA")
    assert from_document.grade == "B2"
    assert (curated.document_locator, curated.document_outlet) == (None, None)
    assert (curated.outlet, curated.grade, curated.review_state) == (
        "Test compilation",
        "C3",
        "rejected",
    )
    grouped = claims_by_event(every)
    assert [c.id for c in grouped[register["groundbreaking"]]] == [
        register["from_document"],
        register["curated"],
    ]
    assert [c.id for c in grouped[register["programme"]]] == [register["on_programme"]]


def test_row_values_name_every_field_without_copying(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        project = load_projects(conn, project_id=register["songchon"])[0]
    values = row_values(project)
    assert list(values) == [f.name for f in dataclasses.fields(project)]
    assert values["overrides"] is project.overrides
    assert type(project)(**values) == project


@dataclasses.dataclass
class _Summary:
    id: int
    county: str
    status: str
    flag: str = "unset"


def test_from_row_copies_same_named_fields_and_never_falls_back_to_a_default(
    store: Store, register: dict[str, int]
) -> None:
    with store.connect() as conn:
        project = load_projects(conn, project_id=register["songchon"])[0]
    built = from_row(_Summary, project, flag="checked")
    assert built == _Summary(register["songchon"], "Songchon", "completed", "checked")
    assert from_row(_Summary, {"id": 7, "county": "Unsan", "status": "selected", "flag": "x"}) == (
        _Summary(7, "Unsan", "selected", "x")
    )
    # The row has no "flag": a silent default would hide a renamed or missing column.
    with pytest.raises(KeyError, match="flag"):
        from_row(_Summary, project)


def test_the_snapshot_and_the_project_view_read_the_same_rows(
    store: Store, register: dict[str, int]
) -> None:
    """Both consumers start from these rows: the snapshot applies the overrides and merges
    the document's outlet in; the register's view shows the row as stored."""
    with store.connect() as conn:
        stored = load_projects(conn, project_id=register["songchon"])[0]
    snapshot = load_snapshot(store)
    (project,) = snapshot.projects
    assert {name: getattr(project, name) for name in row_values(stored)} == row_values(
        stored.with_overrides()
    )
    assert project.status == "stalled"
    assert [e.id for e in project.events] == [register["groundbreaking"]]
    assert {c.id: c.outlet for c in project.claims} == {register["from_document"]: "KCNA"}
    assert [e.id for e in snapshot.programme_events] == [register["programme"]]
    assert (snapshot.rejected_projects, snapshot.rejected_events) == (1, 1)

    (view,) = list_projects(store)
    assert {k: v for k, v in view.as_dict().items() if k in row_values(stored)} == row_values(
        stored
    )
    assert view.status == "completed"
    assert view.sources == 1  # the curated claim is rejected, and would not count anyway
    assert [c.outlet for c in view.events[0].claims] == [None, "Test compilation"]
