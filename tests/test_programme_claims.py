"""A cohort-wide state-media claim sits beside the county counts and feeds calibration."""

from __future__ import annotations

from twentyten.indicators import compute_indicators
from twentyten.model.calibration import load_bundled_targets, targets_from_indicators
from twentyten.register import load_bundled
from twentyten.store import Store


def test_programme_claim_is_reported_not_counted(store: Store) -> None:
    load_bundled(store)
    indicators = compute_indicators(store)
    cohorts = {c["cohort"]: c for c in indicators.to_dict()["cohorts"]}
    c2025 = cohorts[2025]
    # Counties with their own completion report stay below the claimed whole cohort.
    assert c2025["completed_in_cohort_year"] < c2025["selected"]
    assert c2025["claimed_completed_in_cohort_year"] is True
    assert c2025["programme_claims"] and all(
        url.startswith("http") for url in c2025["programme_claims"][0]["sources"]
    )
    assert cohorts[2024]["claimed_completed_in_cohort_year"] is False

    targets = {
        t.name: t for t in targets_from_indicators(indicators, load_bundled_targets()).targets
    }
    assert targets["cohort_2025_in_year"].observed == c2025["selected"]
    assert targets["cohort_2025_in_year"].origin == "register-programme-claim"
    assert targets["cohort_2024_in_year"].observed == cohorts[2024]["completed_in_cohort_year"]
    assert targets["cohort_2024_in_year"].origin == "register"
