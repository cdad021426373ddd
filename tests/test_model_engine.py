"""The ensemble engine: reproducibility, chunking, scenarios, calibration and run records."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from twentyten.cli import app
from twentyten.model import (
    LatinHypercubeSampler,
    ScipyLatinHypercubeSampler,
    get_run,
    list_runs,
    load_scenario,
    run_ensemble,
)
from twentyten.model.calibration import load_bundled_targets, targets_from_indicators
from twentyten.store import Store

N = 1500


def test_same_seed_same_result_other_seed_other_result() -> None:
    a = run_ensemble("baseline", N, seed=11, chunk_size=500)
    b = run_ensemble("baseline", N, seed=11, chunk_size=500)
    c = run_ensemble("baseline", N, seed=12, chunk_size=500)
    assert a.quantiles == b.quantiles and a.p_failure == b.p_failure
    assert np.array_equal(a.experiments, b.experiments)
    assert not np.array_equal(a.experiments, c.experiments)
    assert a.run_id != b.run_id


def test_results_do_not_depend_on_the_chunk_size() -> None:
    one = run_ensemble("baseline", N, seed=5, chunk_size=N)
    many = run_ensemble("baseline", N, seed=5, chunk_size=347)
    assert np.array_equal(one.experiments, many.experiments)
    for name in one.outcomes:
        assert np.array_equal(one.outcomes[name], many.outcomes[name], equal_nan=True), name
    assert one.quantiles == many.quantiles
    assert one.p_failure == many.p_failure


def test_latin_hypercube_hits_every_stratum_once() -> None:
    futures = 400
    design = LatinHypercubeSampler(futures=futures, seed=3).unit(0, futures, 6)
    for column in design.T:
        strata = np.floor(column * futures).astype(int)
        assert sorted(strata) == list(range(futures))
    scipy_design = ScipyLatinHypercubeSampler(futures=futures, seed=3).unit(0, futures, 6)
    for column in scipy_design.T:
        assert sorted(np.floor(column * futures).astype(int)) == list(range(futures))


def test_experiments_follow_the_priors() -> None:
    result = run_ensemble("baseline", N, seed=2)
    scenario = result.scenario
    for j, name in enumerate(result.uncertainty_names):
        u = scenario.uncertainty(name)
        column = result.experiments[:, j]
        assert column.min() >= u.low - 1e-9 and column.max() <= u.high + 1e-9, name


def test_quantiles_are_ordered_and_failure_grows_with_time() -> None:
    result = run_ensemble("baseline", N, seed=3)
    for name, by_year in result.quantiles.items():
        for year, q in by_year.items():
            values = [q[k] for k in ("p5", "p25", "p50", "p75", "p95")]
            assert values == sorted(values), (name, year)
    p = list(result.p_failure.values())
    assert p == sorted(p) and p[0] >= 0.0 and p[-1] <= 1.0
    # the combined "any" failure is at least each single definition
    for by_year in result.p_failure_by_definition.values():
        for year, value in by_year.items():
            assert result.p_failure[year] >= value - 1e-12
    # the histogram median agrees with the exact median of the kept outcomes
    exact = np.median(result.outcomes["completed_2030"])
    assert result.quantiles["completed_cumulative"][2030]["p50"] == pytest.approx(exact, abs=1)


def test_russia_windfall_is_not_worse_than_baseline_on_goods() -> None:
    base = run_ensemble("baseline", 3000, seed=4, keep_experiments=False)
    windfall = run_ensemble("russia_windfall", 3000, seed=4, keep_experiments=False)
    for year in range(2027, 2034):
        assert (
            windfall.quantiles["goods_per_capita"][year]["p50"]
            >= base.quantiles["goods_per_capita"][year]["p50"]
        )
        assert (
            windfall.quantiles["mean_operating_rate"][year]["p50"]
            >= base.quantiles["mean_operating_rate"][year]["p50"]
        )
    assert (
        windfall.quantiles["goods_per_capita"][2033]["p50"]
        > (base.quantiles["goods_per_capita"][2033]["p50"])
    )


def test_calibrated_baseline_reproduces_2024_and_2025_inside_its_80pct_band() -> None:
    result = run_ensemble("baseline", 20_000, seed=1, calibrate=True, chunk_size=10_000)
    report = result.calibration
    assert report is not None and report.effective_sample_size > 100

    def band(measure: str, year: int) -> tuple[float, float]:
        low, high = result.quantile(measure, year, 0.1), result.quantile(measure, year, 0.9)
        assert low is not None and high is not None
        return low, high

    low, high = band("cohort_completed_in_year", 2024)
    assert low <= 1 <= high  # 1 of 20 completed in 2024
    low, high = band("cohort_completed_in_year", 2025)
    assert low <= 20 <= high  # 20 of 20 within 2025
    low, high = band("completed_cumulative", 2025)
    assert low <= 40 <= high  # 40 counties by December 2025
    prior = run_ensemble("baseline", 20_000, seed=1, chunk_size=10_000)
    # the evidence narrows at least the construction parameters it bears on
    by_name = {row["name"]: row for row in report.parameters}
    assert by_name["county_work_spread"]["width_ratio"] < 0.8
    assert (
        by_name["county_work_spread"]["kl_divergence"] > by_name["diversion_share"]["kl_divergence"]
    )
    # uncalibrated, the prior often misses the observed 2025 cohort
    assert prior.quantile("cohort_completed_in_year", 2025, 0.5) < 20


def test_register_figures_replace_the_bundled_targets() -> None:
    bundled = load_bundled_targets()
    indicators = {
        "as_of": "2026-03-01",
        "cohorts": [
            {
                "cohort": 2024,
                "selected": 20,
                "started": 20,
                "completed_in_cohort_year": 2,
                "completed_by": [{"label": "end_of_february_next_year", "completed": 19}],
            },
            {"cohort": 2025, "selected": 20, "started": 20, "completed_in_cohort_year": 18},
        ],
    }
    targets = {t.name: t for t in targets_from_indicators(indicators, bundled).targets}
    assert targets["cohort_2024_in_year"].observed == 2
    assert targets["cohort_2024_in_year"].origin == "register"
    assert targets["cohort_2024_by_feb_2025"].observed == 19
    assert targets["cohort_2025_in_year"].observed == 18
    assert targets["cohort_2026_started"].origin == "bundled"


def test_run_is_recorded_in_the_store(store: Store) -> None:
    result = run_ensemble("reform_opening", 300, seed=9, store=store)
    assert result.recorded
    rows = list_runs(store)
    assert [row["id"] for row in rows] == [result.run_id]
    row = get_run(store, result.run_id[:8])
    assert row["kind"] == "simulate" and row["scenario"] == "reform_opening"
    assert row["seed"] == 9 and row["futures"] == 300 and row["package_version"]
    assert row["parameters"]["levers"]["market_policy"] == "marketization"
    assert row["sample_design"]["sampler"] == "lhs"
    assert len(row["sample_design"]["uncertainties"]) == len(result.uncertainty_names)
    summary = row["summary"]
    assert summary["p_failure"]["2030"] == pytest.approx(result.p_failure[2030])
    assert summary["measures"]["deprivation"]["2027"]["p50"] == pytest.approx(
        result.quantiles["deprivation"][2027]["p50"]
    )


def test_simulate_cli_prints_json_and_records_the_run(store_url: str) -> None:
    runner = CliRunner()
    out = runner.invoke(
        app,
        ["simulate", "--scenario", "baseline", "--futures", "200", "--seed", "4",
         "--format", "json", "--db", store_url],
    )  # fmt: skip
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["futures"] == 200 and data["seed"] == 4 and data["scenario"] == "baseline"
    assert set(data["measures"]["mean_operating_rate"]["2028"]) == {
        "p5",
        "p25",
        "p50",
        "p75",
        "p95",
    }
    assert set(data["p_failure"]) == {str(y) for y in range(2024, 2034)}
    shown = runner.invoke(app, ["runs", "show", data["run_id"], "--db", store_url])
    assert shown.exit_code == 0 and data["run_id"] in shown.stdout
    listed = runner.invoke(app, ["runs", "list", "--format", "csv", "--db", store_url])
    assert data["run_id"] in listed.stdout


def test_scenario_cli_lists_and_shows_presets() -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["scenarios", "list", "--format", "json"])
    assert listed.exit_code == 0
    assert {s["name"] for s in json.loads(listed.stdout)} >= {"baseline", "tightened_control"}
    shown = runner.invoke(app, ["scenarios", "show", "russia_windfall", "--format", "json"])
    data = json.loads(shown.stdout)
    assert data["levers"]["ceasefire_year"] == 2034
    # the windfall acts through levers from 2026 (sourced ranges stay as they are)
    assert data["levers"]["russia_civilian_multiplier"] > 1
    assert data["levers"]["sanctions_enforcement"] == "loose"


def test_levers_and_policies_change_the_scenario() -> None:
    from twentyten.model import Policy

    base = load_scenario("baseline")
    slower = base.with_policy(Policy("half_pace", {"target_counties_per_year": 10}))
    assert slower.levers.target_counties_per_year == 10 and slower.name == "baseline+half_pace"
    result = run_ensemble(slower, 300, seed=1, keep_experiments=False)
    assert max(q["p95"] for q in result.quantiles["completed_cumulative"].values()) <= 100


def test_calibration_reads_the_register_when_it_holds_the_cohorts(store: Store) -> None:
    try:
        from twentyten.register.bundled import load_bundled
    except ImportError as error:  # pragma: no cover - the register area is separate
        pytest.skip(f"bundled register not available: {error}")
    load_bundled(store)
    result = run_ensemble("baseline", 2000, seed=3, calibrate=True, store=store)
    report = result.calibration
    assert report is not None
    targets = {t.name: t for t in report.targets.targets}
    assert targets["cohort_2024_in_year"].origin == "register"
    assert targets["cohort_2024_in_year"].observed == 1
    assert targets["cohort_2024_by_feb_2025"].observed == 20
    recorded = get_run(store, result.run_id)
    assert recorded["kind"] == "calibrate"
    assert recorded["summary"]["calibration"]["targets"]["cohort_2024_in_year"]["origin"] == (
        "register"
    )


def test_calibration_ignores_a_register_that_knows_only_part_of_a_cohort(store: Store) -> None:
    from twentyten.model import load_targets

    targets = load_targets(store)  # an empty register
    assert {t.origin for t in targets.targets} == {"bundled"}


def test_monthly_fan_charts_agree_with_the_yearly_ones() -> None:
    result = run_ensemble("baseline", 1000, seed=8, chunk_size=400, monthly=True)
    monthly = result.monthly_quantiles
    assert monthly is not None and len(monthly["deprivation"]) == 120
    for year in (2025, 2029, 2033):
        assert (
            monthly["completed_cumulative"][f"{year}-12"]
            == (result.quantiles["completed_cumulative"][year])
        )
    assert "2024-01" not in monthly["mean_operating_rate"]  # no plant exists yet


def test_a_scenario_file_can_bring_its_own_failure_definitions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "strict.yaml").write_text(
        "combine: any\ndefinitions:\n  - id: any_stall\n    kind: sustained\n"
        "    measure: stalled_share\n    comparison: above\n    threshold: 0.0\n    months: 1\n",
        encoding="utf-8",
    )
    (tmp_path / "mine.yaml").write_text("name: mine\nfailure: strict.yaml\n", encoding="utf-8")
    result = run_ensemble(load_scenario(tmp_path / "mine.yaml"), 300, seed=1)
    assert list(result.p_failure_by_definition) == ["any_stall"]
    assert result.p_failure[2025] == 1.0  # some plant is always below the stall threshold
