"""Sensitivity on the sustainability model itself, recorded in the store."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from twentyten.analysis import run_sensitivity
from twentyten.errors import TwentytenError
from twentyten.model import load_scenario
from twentyten.store import Store, schema


def runs(store: Store, kind: str) -> list:
    with store.begin() as conn:
        return conn.execute(select(schema.model_runs).where(schema.model_runs.c.kind == kind)).all()


def test_sobol_on_the_model_is_recorded_and_reproducible(store: Store) -> None:
    scenario = load_scenario("baseline")
    first = run_sensitivity(scenario, method="sobol", samples=16, seed=5, store=store)
    again = run_sensitivity(scenario, method="sobol", samples=16, seed=5)
    k = len(scenario.uncertainties)
    assert len(first.drivers) == k and first.evaluations == 16 * (k + 2)
    assert [d.name for d in first.drivers] == [d.name for d in again.drivers]
    assert [d.st for d in first.drivers] == [d.st for d in again.drivers]
    assert {d.name for d in first.drivers} == set(scenario.uncertainty_names)
    (row,) = runs(store, "sensitivity")
    assert row.id == first.run_id and row.seed == 5 and row.scenario == "baseline"
    assert row.futures == first.evaluations
    assert row.sample_design["outcome"] == "months_to_failure"
    assert [d["name"] for d in row.summary["drivers"]] == [d.name for d in first.drivers]


def test_morris_on_the_model_with_a_chosen_outcome(store: Store) -> None:
    result = run_sensitivity(
        "baseline", method="morris", samples=4, seed=2, outcome="completed_2027", store=store
    )
    assert result.outcome == "completed_2027" and result.method == "morris"
    assert result.evaluations == 4 * (len(result.drivers) + 1)
    assert runs(store, "sensitivity")[0].summary["method"] == "morris"
    with pytest.raises(TwentytenError, match="unknown outcome 'nonsense'"):
        run_sensitivity("baseline", method="morris", samples=2, seed=1, outcome="nonsense")
    with pytest.raises(TwentytenError, match="method must be one of"):
        run_sensitivity("baseline", method="fast", samples=2, seed=1)
