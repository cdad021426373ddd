"""Global sensitivity: which uncertainties drive failure (Sobol and Morris through SALib).

Sampling happens on the unit hypercube and each column is mapped through its prior's
inverse CDF (``Uncertainty.ppf``), so the indices are with respect to the priors the model
actually samples (triangular, uniform, log-uniform), not to flat ranges.

The default outcome is ``months_to_failure``: the month (0-120 from January 2024) in
which the first configured failure definition trips, 120 when none does. Sobol variance
decomposition works poorly on a 0/1 output such as ``failed_by_2027`` (the indices of a
binary output mix main effects and thresholds and need very many samples), so a
continuous failure proxy is the default; any scalar outcome of ``twentyten.model.evaluate``
can be chosen instead.

Sobol: Saltelli/Sobol-sequence sampling, ``N`` base samples rounded up to a power of two,
``N·(k+2)`` model evaluations, first-order (S1) and total (ST) indices with bootstrap
95 % intervals. Morris: ``N`` trajectories of ``k+1`` points on a 4-level grid; mu* (mean
absolute elementary effect, in outcome units per whole prior range) with its 95 %
interval, and sigma (interactions / non-linearity).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from SALib.analyze import morris as morris_analyze
from SALib.analyze import sobol as sobol_analyze
from SALib.sample import morris as morris_sample
from SALib.sample import sobol as sobol_sample

from twentyten.errors import TwentytenError

METHODS = ("sobol", "morris")
DEFAULT_OUTCOME = "months_to_failure"
CHUNK = 20_000  # model evaluations per call: memory stays flat however many samples

Model = Callable[[dict[str, np.ndarray]], np.ndarray]


@dataclass(frozen=True)
class Variable:
    """One input: its name and the map from [0, 1] to its prior (inverse CDF)."""

    name: str
    ppf: Callable[[np.ndarray], np.ndarray]


@dataclass
class Driver:
    """One uncertainty's indices; Sobol fills s1/st, Morris fills mu_star/sigma."""

    name: str
    rank: int = 0
    s1: float | None = None
    s1_conf: float | None = None
    st: float | None = None
    st_conf: float | None = None
    mu: float | None = None
    mu_star: float | None = None
    mu_star_conf: float | None = None
    sigma: float | None = None


@dataclass
class SensitivityResult:
    method: str
    outcome: str
    samples: int  # Sobol: base N (power of two); Morris: trajectories
    evaluations: int
    seed: int
    drivers: list[Driver]  # ranked: ST (Sobol) or mu* (Morris), largest first
    outcome_mean: float
    outcome_std: float
    scenario: str | None = None
    run_id: str | None = None
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["drivers"] = [asdict(driver) for driver in self.drivers]
        return data


def _finite(value: Any) -> float | None:
    number = float(value)
    return number if math.isfinite(number) else None


def _evaluate_unit(model: Model, variables: Sequence[Variable], unit: np.ndarray) -> np.ndarray:
    """Map unit samples to parameter values and run the model chunk by chunk."""
    outputs = []
    for start in range(0, unit.shape[0], CHUNK):
        block = unit[start : start + CHUNK]
        params = {v.name: v.ppf(block[:, j]) for j, v in enumerate(variables)}
        outputs.append(np.asarray(model(params), dtype=float).reshape(-1))
    return np.concatenate(outputs)


def _problem(variables: Sequence[Variable]) -> dict[str, Any]:
    return {
        "num_vars": len(variables),
        "names": [v.name for v in variables],
        "bounds": [[0.0, 1.0]] * len(variables),
    }


def _check_output(y: np.ndarray, outcome: str) -> list[str]:
    if not np.all(np.isfinite(y)):
        raise TwentytenError(f"outcome {outcome!r} has non-finite values; choose another")
    notes = []
    if np.ptp(y) == 0:
        notes.append(f"outcome {outcome!r} is constant ({y[0]:g}) over the sample: no driver")
    elif np.unique(y).size <= 2:
        notes.append(
            f"outcome {outcome!r} is binary: Sobol indices of a 0/1 output are noisy; "
            "prefer a continuous proxy (months_to_failure, completed_YEAR)"
        )
    return notes


# Driver attribute <- SALib result column, per method.
SOBOL_FIELDS = {"s1": "S1", "s1_conf": "S1_conf", "st": "ST", "st_conf": "ST_conf"}
MORRIS_FIELDS = {
    "mu": "mu", "mu_star": "mu_star", "mu_star_conf": "mu_star_conf", "sigma": "sigma"
}  # fmt: skip


def _ranked_result(
    method: str,
    variables: Sequence[Variable],
    indices: Mapping[str, Any] | None,
    fields: Mapping[str, str],
    rank_by: str,
    *,
    y: np.ndarray,
    outcome: str,
    samples: int,
    seed: int,
    notes: list[str],
) -> SensitivityResult:
    """Drivers filled from SALib's ``indices`` (None when the outcome never varies, so
    nothing can be attributed), ranked by ``rank_by``, largest first, unknown last."""
    drivers = [Driver(name=v.name) for v in variables]
    if indices is not None:
        for j, driver in enumerate(drivers):
            for attribute, column in fields.items():
                setattr(driver, attribute, _finite(indices[column][j]))

    def strength(driver: Driver) -> float:
        value = getattr(driver, rank_by)
        return -math.inf if value is None else value

    drivers.sort(key=strength, reverse=True)
    for rank, driver in enumerate(drivers, start=1):
        driver.rank = rank
    return SensitivityResult(
        method=method,
        outcome=outcome,
        samples=samples,
        evaluations=int(y.size),
        seed=seed,
        drivers=drivers,
        outcome_mean=float(y.mean()),
        outcome_std=float(y.std()),
        notes=notes,
    )


def sobol_drivers(
    model: Model,
    variables: Sequence[Variable],
    *,
    samples: int,
    seed: int,
    outcome: str = "y",
) -> SensitivityResult:
    """First-order and total Sobol indices of ``model`` over ``variables``."""
    base = 1 << max(1, math.ceil(math.log2(max(2, samples))))
    problem = _problem(variables)
    unit = sobol_sample.sample(problem, base, calc_second_order=False, seed=seed)
    y = _evaluate_unit(model, variables, unit)
    notes = _check_output(y, outcome)
    if base != samples:
        notes.append(f"samples rounded up from {samples} to {base} (Sobol sequences need 2^m)")
    indices = (
        sobol_analyze.analyze(problem, y, calc_second_order=False, num_resamples=200, seed=seed)
        if np.ptp(y) > 0
        else None
    )
    return _ranked_result(
        "sobol", variables, indices, SOBOL_FIELDS, "st",
        y=y, outcome=outcome, samples=base, seed=seed, notes=notes,
    )  # fmt: skip


def morris_drivers(
    model: Model,
    variables: Sequence[Variable],
    *,
    samples: int,
    seed: int,
    outcome: str = "y",
    levels: int = 4,
) -> SensitivityResult:
    """Morris elementary effects (mu*, sigma) of ``model`` over ``variables``."""
    problem = _problem(variables)
    unit = morris_sample.sample(problem, samples, num_levels=levels, seed=seed)
    y = _evaluate_unit(model, variables, unit)
    notes = _check_output(y, outcome)
    indices = (
        morris_analyze.analyze(problem, unit, y, num_levels=levels, num_resamples=200, seed=seed)
        if np.ptp(y) > 0
        else None
    )
    return _ranked_result(
        "morris", variables, indices, MORRIS_FIELDS, "mu_star",
        y=y, outcome=outcome, samples=samples, seed=seed, notes=notes,
    )  # fmt: skip


# --- the sustainability model ------------------------------------------------------------


def model_outcome(scenario: Any, outcome: str) -> Model:
    """A function params -> one scalar outcome per future, from the vectorized model."""
    from twentyten.model.simulation import HORIZON, evaluate, simulate

    if outcome == DEFAULT_OUTCOME:

        def months_to_failure(params: dict[str, np.ndarray]) -> np.ndarray:
            months = simulate(params, scenario).first_failure["combined"]
            return np.minimum(months, HORIZON).astype(float)

        return months_to_failure

    def chosen(params: dict[str, np.ndarray]) -> np.ndarray:
        outputs = evaluate(params, scenario)
        if outcome not in outputs:
            known = ", ".join(sorted([DEFAULT_OUTCOME, *outputs]))
            raise TwentytenError(f"unknown outcome {outcome!r} (known: {known})")
        return outputs[outcome]

    return chosen


def model_variables(scenario: Any) -> list[Variable]:
    return [Variable(u.name, u.ppf) for u in scenario.uncertainties]


def run_sensitivity(
    scenario: Any = "baseline",
    *,
    method: str = "sobol",
    samples: int = 256,
    seed: int = 1,
    outcome: str = DEFAULT_OUTCOME,
    store: Any = None,
) -> SensitivityResult:
    """Rank the model's uncertainties for ``outcome`` under ``scenario`` (a name, a path or
    a loaded ``Scenario``); with ``store``, record the run in ``model_runs``."""
    from twentyten.model import load_scenario

    if method not in METHODS:
        raise TwentytenError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
    if samples < 2:
        raise TwentytenError("samples must be at least 2")
    loaded = load_scenario(scenario) if isinstance(scenario, str) else scenario
    model = model_outcome(loaded, outcome)
    variables = model_variables(loaded)
    analyse = sobol_drivers if method == "sobol" else morris_drivers
    result = analyse(model, variables, samples=samples, seed=seed, outcome=outcome)
    result.scenario = loaded.name
    if store is not None:
        from twentyten.model.runs import insert_run

        result.run_id = insert_run(
            store,
            kind="sensitivity",
            scenario=loaded,
            sample_design={
                "sampler": "saltelli-sobol" if method == "sobol" else "morris",
                "method": method,
                "samples": result.samples,
                "evaluations": result.evaluations,
                "outcome": outcome,
                "uncertainties": [u.as_dict() for u in loaded.uncertainties],
            },
            futures=result.evaluations,
            seed=seed,
            summary={
                "method": method,
                "outcome": outcome,
                "outcome_mean": result.outcome_mean,
                "outcome_std": result.outcome_std,
                "drivers": [asdict(d) for d in result.drivers],
                "notes": result.notes,
            },
        )
    return result
