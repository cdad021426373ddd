"""Sensitivity and PRIM on functions and data where the answer is known analytically."""

from __future__ import annotations

import math

import numpy as np
import pytest

from twentyten.analysis import Variable, discover_boxes, morris_drivers, sobol_drivers
from twentyten.analysis.discovery import cases_of_interest
from twentyten.errors import TwentytenError


def uniform(name: str, low: float, high: float) -> Variable:
    return Variable(name, lambda u, low=low, high=high: low + (high - low) * u)


def ishigami(params: dict[str, np.ndarray]) -> np.ndarray:
    x1, x2, x3 = params["x1"], params["x2"], params["x3"]
    return np.sin(x1) + 7.0 * np.sin(x2) ** 2 + 0.1 * x3**4 * np.sin(x1)


ISHIGAMI = [uniform(name, -math.pi, math.pi) for name in ("x1", "x2", "x3")]


def test_sobol_recovers_the_ishigami_indices() -> None:
    # Analytic values (a=7, b=0.1): S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244.
    result = sobol_drivers(ishigami, ISHIGAMI, samples=4096, seed=3, outcome="ishigami")
    by_name = {d.name: d for d in result.drivers}
    assert by_name["x1"].s1 == pytest.approx(0.314, abs=0.04)
    assert by_name["x2"].s1 == pytest.approx(0.442, abs=0.04)
    assert by_name["x3"].s1 == pytest.approx(0.0, abs=0.04)
    assert by_name["x1"].st == pytest.approx(0.558, abs=0.05)
    assert by_name["x2"].st == pytest.approx(0.442, abs=0.05)
    assert by_name["x3"].st == pytest.approx(0.244, abs=0.05)
    assert [d.name for d in result.drivers] == ["x1", "x2", "x3"]  # ranked by ST
    assert result.evaluations == 4096 * (3 + 2)
    assert all(d.st_conf is not None and d.st_conf > 0 for d in result.drivers)


def test_sobol_rounds_samples_to_a_power_of_two() -> None:
    result = sobol_drivers(ishigami, ISHIGAMI, samples=100, seed=1)
    assert result.samples == 128 and result.evaluations == 128 * 5
    assert any("rounded up" in note for note in result.notes)


def test_morris_ranks_a_linear_function() -> None:
    def linear(params: dict[str, np.ndarray]) -> np.ndarray:
        return 5.0 * params["a"] + 1.0 * params["b"] + 0.0 * params["c"]

    variables = [uniform("a", 0, 1), uniform("b", 0, 1), uniform("c", 0, 1)]
    result = morris_drivers(linear, variables, samples=20, seed=2)
    by_name = {d.name: d for d in result.drivers}
    # Elementary effects of a linear function are its slopes (unit space = whole range).
    assert by_name["a"].mu_star == pytest.approx(5.0)
    assert by_name["b"].mu_star == pytest.approx(1.0)
    assert by_name["c"].mu_star == pytest.approx(0.0)
    assert by_name["a"].sigma == pytest.approx(0.0, abs=1e-9)  # no interactions
    assert [d.name for d in result.drivers] == ["a", "b", "c"]
    assert result.evaluations == 20 * 4


def test_constant_output_has_no_drivers() -> None:
    result = sobol_drivers(lambda p: np.zeros_like(p["x1"]), ISHIGAMI, samples=64, seed=1)
    assert all(d.st is None for d in result.drivers)
    assert "constant" in result.notes[0]


# --- PRIM ----------------------------------------------------------------------------------


def synthetic(n: int = 5000, seed: int = 4) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Failure exactly when a > 0.6 and c < 0.3; b, d, e are noise."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, 5))
    y = (x[:, 0] > 0.6) & (x[:, 2] < 0.3)
    return x, y, ["a", "b", "c", "d", "e"]


def test_prim_finds_the_known_box() -> None:
    x, y, names = synthetic()
    (box, *_rest) = discover_boxes(x, y, names, min_density=0.9)
    restricted = {r.name: r for r in box.restrictions}
    assert set(restricted) == {"a", "c"}
    assert restricted["a"].low == pytest.approx(0.6, abs=0.03)
    assert restricted["a"].restricts_low and not restricted["a"].restricts_high
    assert restricted["c"].high == pytest.approx(0.3, abs=0.03)
    assert box.density >= 0.9 and box.coverage >= 0.9
    assert box.mass == pytest.approx(0.4 * 0.3, abs=0.03)
    assert all(r.qp_value < 1e-6 for r in box.restrictions)
    # The trajectory starts from everything and only gets denser and smaller.
    first = box.trajectory[0]
    assert (first.mass, first.coverage) == (1.0, 1.0)
    assert first.density == pytest.approx(y.mean())
    masses = [p.mass for p in box.trajectory]
    assert masses == sorted(masses, reverse=True)


def test_prim_agrees_with_ema_workbench() -> None:
    prim = pytest.importorskip("ema_workbench.analysis.prim")
    pd = pytest.importorskip("pandas")
    x, y, names = synthetic(n=3000, seed=9)
    ours = discover_boxes(x, y, names, min_density=0.9, max_boxes=1)[0]
    theirs = prim.Prim(pd.DataFrame(x, columns=names), y, threshold=0.9).find_box()
    limits = theirs.box_lims[-1]
    restricted = {
        name for name in names
        if limits[name][0] > x[:, names.index(name)].min()
        or limits[name][1] < x[:, names.index(name)].max()
    }  # fmt: skip
    assert {r.name for r in ours.restrictions} == restricted == {"a", "c"}
    ours_limits = {r.name: (r.low, r.high) for r in ours.restrictions}
    assert ours_limits["a"][0] == pytest.approx(limits["a"][0], abs=0.03)
    assert ours_limits["c"][1] == pytest.approx(limits["c"][1], abs=0.03)


def test_prim_second_box_for_a_second_failure_region() -> None:
    rng = np.random.default_rng(11)
    x = rng.random((6000, 4))
    y = ((x[:, 0] > 0.75) & (x[:, 1] > 0.5)) | ((x[:, 2] < 0.2) & (x[:, 3] < 0.5))
    boxes = discover_boxes(x, y, ["a", "b", "c", "d"], min_density=0.85, max_boxes=3)
    assert len(boxes) >= 2
    # restrictions that matter (quasi-p < 0.05); PRIM may also trim a little elsewhere
    found = [frozenset(r.name for r in box.restrictions if r.qp_value < 0.05) for box in boxes[:2]]
    assert set(found) == {frozenset({"a", "b"}), frozenset({"c", "d"})}
    assert sum(box.coverage for box in boxes[:2]) > 0.8


def test_cases_of_interest_rules() -> None:
    flags, rule = cases_of_interest(np.array([0.0, 1.0, 1.0]), "failed_by_2027", None, "above")
    assert flags.tolist() == [False, True, True] and rule == "failed_by_2027 = 1"
    below, rule = cases_of_interest(np.array([10.0, 50.0]), "completed_2027", 40, "below")
    assert below.tolist() == [True, False] and rule == "completed_2027 < 40"
    success, rule = cases_of_interest(np.array([0.0, 1.0]), "failed_by_2027", None, "below")
    assert success.tolist() == [True, False] and rule == "failed_by_2027 = 0"
    with pytest.raises(TwentytenError, match="not a 0/1 flag"):
        cases_of_interest(np.array([10.0, 50.0]), "completed_2027", None, "above")


def test_weighted_prim_ignores_futures_the_evidence_rules_out() -> None:
    rng = np.random.default_rng(5)
    x = rng.random((5000, 3))
    y = (x[:, 0] > 0.7) | (x[:, 2] < 0.2)
    # Unweighted, the c-region is as large a cause as the a-region; weight it out entirely.
    weights = np.where(x[:, 2] < 0.2, 0.0, 1.0)
    (box, *_rest) = discover_boxes(x, y, ["a", "b", "c"], weights=weights, min_density=0.9)
    significant = {r.name for r in box.restrictions if r.qp_value < 0.05}
    assert "a" in significant
    assert box.coverage == pytest.approx(1.0, abs=0.05)  # of the weighted cases
    assert box.density >= 0.9
    with pytest.raises(TwentytenError, match="weights"):
        discover_boxes(x, y, ["a", "b", "c"], weights=-weights)


def test_common_cases_still_get_an_informative_box() -> None:
    rng = np.random.default_rng(8)
    x = rng.random((4000, 3))
    y = (x[:, 1] > 0.1) | (rng.random(4000) < 0.3)  # base rate ~0.93, certain when b > 0.1
    (box, *_rest) = discover_boxes(x, y, ["a", "b", "c"], min_density=0.8)
    assert box.density_target > 0.9
    assert "b" in {r.name for r in box.restrictions if r.qp_value < 0.05}
    assert box.density > y.mean() and box.meets_density
