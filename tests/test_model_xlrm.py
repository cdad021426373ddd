"""The model's data files (X, L), the relationships (R) and the measures (M)."""

from __future__ import annotations

import numpy as np
import pytest

from twentyten.model import (
    HORIZON,
    PARAMETER_NAMES,
    evaluate,
    list_scenarios,
    load_scenario,
    load_uncertainties,
    simulate,
)

PRESETS = {
    "baseline",
    "russia_windfall",
    "china_trade_decentralization",
    "reform_opening",
    "tightened_control",
}


def test_every_uncertainty_has_a_range_unit_and_claim() -> None:
    uncertainties = load_uncertainties()
    assert [u.name for u in uncertainties] == list(PARAMETER_NAMES) or {
        u.name for u in uncertainties
    } == set(PARAMETER_NAMES)
    for u in uncertainties:
        assert u.low <= u.central <= u.high, u.name
        assert u.unit and u.claim, u.name
        assert u.reliability, u.name
        # judgement placeholders may lack a URL; everything else names one
        if not u.reliability.startswith("judgement"):
            assert u.sources and all(s.startswith("http") for s in u.sources), u.name


def test_prior_samples_stay_inside_their_range() -> None:
    rng = np.random.default_rng(0)
    for u in load_uncertainties():
        values = u.ppf(rng.random(2000))
        assert values.min() >= u.low - 1e-12 and values.max() <= u.high + 1e-12, u.name
        if u.distribution == "triangular" and u.high > u.low:
            # the mode pulls the median toward the central value
            assert abs(np.median(values) - u.central) < abs(np.median(values) - u.low) or (
                u.central == u.low
            )


def test_the_five_presets_of_the_assessment_ship() -> None:
    assert set(list_scenarios()) >= PRESETS
    assert list_scenarios()[0] == "baseline"
    for name in PRESETS:
        scenario = load_scenario(name)
        assert scenario.name == name and scenario.title


def test_monthly_measures_cover_2024_to_2033() -> None:
    out = simulate({}, "baseline", monthly=True)
    assert out.monthly["completed_cumulative"].shape == (1, HORIZON)
    cumulative = out.monthly["completed_cumulative"][0]
    assert np.all(np.diff(cumulative) >= 0)
    assert cumulative[-1] <= 200
    assert out.yearly["completions"].sum() == cumulative[-1]


def _prior_sample(n: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {u.name: u.ppf(rng.random(n)) for u in load_uncertainties()}


def test_more_builders_never_means_fewer_completions() -> None:
    params = _prior_sample(400)
    few = evaluate({**params, "soldier_builders": params["soldier_builders"] * 0.6})
    many = evaluate({**params, "soldier_builders": params["soldier_builders"] * 1.4})
    for year in (2025, 2027, 2030, 2033):
        assert np.all(many[f"completed_{year}"] >= few[f"completed_{year}"])
    assert many["completed_2033"].mean() > few["completed_2033"].mean()


def test_no_imports_and_no_local_base_stalls_the_plants() -> None:
    params = _prior_sample(300)
    normal = evaluate(params)
    starved = evaluate(
        {
            **params,
            "input_import_share_of_china": np.zeros(300),
            "russia_programme_share": np.zeros(300),
            "local_base_initial": np.zeros(300),
            "local_base_years": np.full(300, 50.0),
        }
    )
    for year in (2026, 2028, 2030):
        assert np.all(
            starved[f"mean_operating_rate_{year}"] <= normal[f"mean_operating_rate_{year}"] + 1e-12
        )
        assert starved[f"mean_operating_rate_{year}"].mean() < 0.5 * (
            normal[f"mean_operating_rate_{year}"].mean()
        )
    assert starved["failed_by_2033"].mean() >= normal["failed_by_2033"].mean()


def test_missing_parameters_take_central_values() -> None:
    central = {u.name: u.central for u in load_uncertainties()}
    assert evaluate({})["completed_2033"] == pytest.approx(evaluate(central)["completed_2033"])


def test_unknown_parameter_is_refused() -> None:
    from twentyten.errors import InputError

    with pytest.raises(InputError, match="no_such_parameter"):
        evaluate({"no_such_parameter": np.zeros(3)})
