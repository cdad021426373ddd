"""Scenario discovery on the model's ensembles (run_ensemble), recorded in the store."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from twentyten.analysis import run_discovery
from twentyten.cli import app
from twentyten.model import load_scenario, run_ensemble
from twentyten.store import Store, schema


def runs(store: Store, kind: str) -> list:
    with store.begin() as conn:
        return conn.execute(select(schema.model_runs).where(schema.model_runs.c.kind == kind)).all()


def test_discovery_on_the_model(store: Store) -> None:
    scenario = load_scenario("baseline")
    # a continuous measure split at its own median gives a 50 % base rate by construction
    ensemble = run_ensemble(scenario, futures=2000, seed=3)
    values = ensemble.outcomes["completed_2027"]
    cut = float(sorted(values)[len(values) // 2])
    found = run_discovery(
        scenario, futures=2000, seed=3, outcome="completed_2027", threshold=cut,
        direction="below", store=store,
    )  # fmt: skip
    assert found.n_cases == int((values < cut).sum())
    assert found.boxes, "PRIM found no box"
    box = found.boxes[0]
    assert box.density > found.base_rate  # the box concentrates the cases of interest
    assert {r.name for r in box.restrictions} <= set(scenario.uncertainty_names)
    (row,) = runs(store, "discover")
    assert row.id == found.run_id and row.summary["case_rule"] == f"completed_2027 < {cut:g}"
    assert row.summary["boxes"][0]["coverage"] == pytest.approx(box.coverage)


def test_cli_commands(store_url: str) -> None:
    runner = CliRunner()
    sens = runner.invoke(
        app,
        ["sensitivity", "--method", "morris", "--samples", "3", "-f", "json", "--db", store_url],
    )
    assert sens.exit_code == 0, sens.output
    assert json.loads(sens.output)["run_id"]
    disc = runner.invoke(
        app,
        ["discover", "--futures", "500", "--outcome", "completed_2027", "--threshold", "30",
         "--direction", "below", "-f", "json", "--db", store_url],
    )  # fmt: skip
    assert disc.exit_code == 0, disc.output
    data = json.loads(disc.output)
    assert data["futures"] == 500 and data["run_id"]
