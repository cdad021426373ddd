"""The five presets tell different stories: P(failure) separates beyond Monte-Carlo noise."""

from __future__ import annotations

import math

import numpy as np
import pytest

from twentyten.model import Policy
from twentyten.model.ensemble import run_ensemble
from twentyten.model.scenarios import load_scenario
from twentyten.model.simulation import simulate

N = 40_000  # calibrated: the ABC weights leave an effective sample of about 200 futures


def _failure_and_noise(scenario: str, year: int) -> tuple[float, float]:
    result = run_ensemble(scenario, N, seed=1, calibrate=True, keep_experiments=False)
    assert result.calibration is not None
    p = result.p_failure[year]
    ess = result.calibration.effective_sample_size
    # standard error of a weighted proportion with effective sample size ess
    return p, math.sqrt(max(p * (1.0 - p), 1e-4) / ess)


def test_reform_fails_less_than_baseline_and_tightened_control_more_by_2030() -> None:
    reform, se_reform = _failure_and_noise("reform_opening", 2030)
    base, se_base = _failure_and_noise("baseline", 2030)
    tight, se_tight = _failure_and_noise("tightened_control", 2030)
    # two standard errors of the difference (treating the ensembles as independent, which
    # overstates the noise: they share the seed and hence the sampled futures)
    assert base - reform > 2.0 * math.hypot(se_base, se_reform), (reform, base, se_base)
    assert tight - base > 2.0 * math.hypot(se_tight, se_base), (base, tight, se_tight)


def test_no_preset_fails_in_every_future_and_the_shared_history_is_shared() -> None:
    for scenario in ("baseline", "reform_opening", "tightened_control"):
        result = run_ensemble(scenario, 5000, seed=2, calibrate=True, keep_experiments=False)
        assert result.p_failure[2033] < 0.95, scenario
        # levers act from 2026: the observed years look the same under every preset
        for definition in result.p_failure_by_definition.values():
            assert definition[2025] < 0.02, scenario


LEVER_CHANGES = {
    "market_policy": ["marketization", "tight_control"],
    "trade_decentralization": [True],
    "china_trade": ["expand", "contract"],
    "sanctions_enforcement": ["loose", "strict"],
    "russia_ties": ["end"],
    "russia_civilian_multiplier": [2.0],
    "programme_priority": [0.5],
}


@pytest.mark.parametrize(
    ("lever", "value"), [(k, v) for k, values in LEVER_CHANGES.items() for v in values]
)
def test_every_lever_acts_but_only_from_2026(lever: str, value: object) -> None:
    base = load_scenario("baseline")
    changed = base.with_policy(Policy("probe", {lever: value}))
    params = {"power_availability": 0.3, "imported_input_share": 0.6}  # inputs bind, not power
    before, after = simulate(params, base), simulate(params, changed)
    observed = slice(0, 2)  # 2024-25
    for name in before.yearly:
        np.testing.assert_allclose(
            before.yearly[name][:, observed], after.yearly[name][:, observed], err_msg=name
        )
    moved = [
        name
        for name in before.yearly
        if not np.allclose(before.yearly[name][:, 2:], after.yearly[name][:, 2:], equal_nan=True)
    ]
    assert moved, f"{lever}={value!r} changes nothing"


def test_tighter_control_does_not_lighten_the_levies() -> None:
    base = load_scenario("baseline")
    tight = base.with_policy(Policy("tight", {"market_policy": "tight_control"}))
    reform = base.with_policy(Policy("reform", {"market_policy": "marketization"}))
    levy = {s.name: simulate({}, s).yearly["levy_rice"][0, 3:] for s in (base, tight, reform)}
    assert np.all(levy[tight.name] > levy[base.name])
    assert np.all(levy[reform.name] < levy[base.name])
