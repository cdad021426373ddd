"""One unreviewed report does not move the headline counts; review or a second source does."""

from __future__ import annotations

from test_register_support import Found, add_document, add_units
from twentyten.indicators import compute_indicators
from twentyten.register import accept, list_projects
from twentyten.register.reconcile import reconcile, record_mentions
from twentyten.store import Store


def _cohort(store: Store, year: int) -> dict:
    cohorts = {c["cohort"]: c for c in compute_indicators(store).to_dict()["cohorts"]}
    return cohorts.get(year, {"selected": 0, "provisional": 0, "provisional_sites": []})


def _report(store: Store, locator: str, outlet: str) -> None:
    version = add_document(store, locator, outlet=outlet, source_kind="news")
    found = Found("groundbreaking", "south-hwanghae/jaeryong", "2027-02-20", date_precision="day")
    record_mentions(store, version, [found])
    reconcile(store)


def test_single_source_county_is_provisional_until_corroborated(store: Store) -> None:
    add_units(store)
    _report(store, "https://news.example/a", "Outlet A")
    cohort = _cohort(store, 2027)
    assert cohort["selected"] == 0
    assert cohort["provisional"] == 1
    assert cohort["provisional_sites"] == ["Jaeryong"]

    _report(store, "https://news.example/b", "Outlet B")  # an independent second source
    cohort = _cohort(store, 2027)
    assert cohort["selected"] == 1
    assert cohort["provisional"] == 0


def test_accepted_single_source_county_counts(store: Store) -> None:
    add_units(store)
    _report(store, "https://news.example/a", "Outlet A")
    assert _cohort(store, 2027)["selected"] == 0
    (project,) = list_projects(store, cohort=2027)
    accept(store, f"project:{project.id}", reason="confirmed by imagery", actor="analyst")
    cohort = _cohort(store, 2027)
    assert cohort["selected"] == 1
    assert cohort["provisional"] == 0
