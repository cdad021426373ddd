"""The 20x10 sustainability model (XLRM) and its ensemble engine.

Public API (everything a notebook, the CLI, sensitivity/discovery and options need)::

    from twentyten.model import (
        load_uncertainties, load_scenario, list_scenarios, Scenario, Policy, Levers,
        Uncertainty, run_ensemble, EnsembleResult, evaluate, simulate,
        LatinHypercubeSampler, MonteCarloSampler, ScipyLatinHypercubeSampler,
        load_failure_definitions, calibrate, record_run, list_runs, get_run,
    )
    unc = load_uncertainties()           # list[Uncertainty] (X) with ranges and sources
    sc = load_scenario("baseline")       # preset name or path of an analyst's YAML file
    res = run_ensemble(sc, futures=10_000, seed=1, chunk_size=5_000,
                       calibrate=False, scheduler=None, store=None)
    res.experiments        # (N, k) sampled uncertainty values, columns res.uncertainty_names
    res.outcomes           # dict[str, ndarray (N,)] scalar outcomes per future
    res.quantiles          # measure -> year -> {"p5","p25","p50","p75","p95"}
    res.p_failure          # year -> P(failure by the end of that year)
    evaluate(params, sc)   # dict[str, ndarray] -> dict[str, ndarray]: the vectorized model
"""

from twentyten.model.calibration import (
    CalibrationReport,
    CalibrationTargets,
    calibration_weights,
    load_targets,
)
from twentyten.model.ensemble import EnsembleResult, run_ensemble
from twentyten.model.failure import FailureDefinitions, load_failure_definitions
from twentyten.model.runs import get_run, list_runs, record_run
from twentyten.model.sampling import (
    LatinHypercubeSampler,
    MonteCarloSampler,
    Sampler,
    ScipyLatinHypercubeSampler,
)
from twentyten.model.scenarios import (
    Levers,
    Policy,
    Scenario,
    default_levers,
    list_scenarios,
    load_scenario,
)
from twentyten.model.simulation import (
    HORIZON,
    PARAMETER_NAMES,
    YEAR_LABELS,
    SimulationOutput,
    evaluate,
    simulate,
)
from twentyten.model.uncertainties import Uncertainty, load_uncertainties

__all__ = [
    "CalibrationReport",
    "CalibrationTargets",
    "EnsembleResult",
    "calibrate",
    "calibration_weights",
    "get_run",
    "list_runs",
    "load_targets",
    "record_run",
    "run_ensemble",
    "HORIZON",
    "PARAMETER_NAMES",
    "YEAR_LABELS",
    "FailureDefinitions",
    "LatinHypercubeSampler",
    "MonteCarloSampler",
    "Sampler",
    "ScipyLatinHypercubeSampler",
    "SimulationOutput",
    "evaluate",
    "load_failure_definitions",
    "simulate",
    "Levers",
    "Policy",
    "Scenario",
    "Uncertainty",
    "default_levers",
    "list_scenarios",
    "load_scenario",
    "load_uncertainties",
]


def calibrate(
    scenario: Scenario | str = "baseline",
    futures: int = 20_000,
    seed: int = 0,
    **options: object,
) -> EnsembleResult:
    """A calibrated ensemble: ``run_ensemble(..., calibrate=True)`` (kind ``calibrate``)."""
    return run_ensemble(scenario, futures, seed, calibrate=True, **options)  # type: ignore[arg-type]
