"""The ensemble engine: many futures, chunk by chunk, locally or on a dask cluster.

A run draws ``futures`` experiments from a sampler (default: the streaming Latin
hypercube), evaluates them in chunks with the vectorized model, and folds each chunk into
mergeable histograms (quantiles by year), weighted failure counts (P(failure by year)) and,
when calibrating, ABC weights and parameter histograms. Memory per chunk is
O(chunk_size x 120 months); the full N x k design and the per-future outcomes are kept
only when asked (``keep_experiments`` / ``keep_outcomes``), so memory stays flat in N for
summary runs. Chunks are merged in order, so a run is reproducible from its seed, and the
streaming samplers make the results independent of the chunk size and of where chunks run.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from twentyten import __version__
from twentyten.errors import TwentytenError
from twentyten.model.aggregation import BinSpec, Histogram, ParameterHistogram
from twentyten.model.calibration import (
    CalibrationReport,
    CalibrationTargets,
    calibration_weights,
    load_targets,
    narrowing,
)
from twentyten.model.failure import FailureDefinitions, load_failure_definitions
from twentyten.model.runs import plain, record_run
from twentyten.model.sampling import Sampler, make_sampler
from twentyten.model.scenarios import Scenario, load_scenario
from twentyten.model.simulation import (
    COHORT_MEASURES,
    FIRST_YEAR,
    HORIZON,
    MONTHLY_MEASURES,
    YEAR_LABELS,
    YEARLY_MEASURES,
    YEARS,
    simulate,
)

DEFAULT_CHUNK = 10_000


def measure_bins(scenario: Scenario) -> dict[str, BinSpec]:
    """Histogram ranges per measure (wide enough for any lever setting)."""
    lv = scenario.levers
    plan_total = max(lv.target_counties_per_year * lv.plan_years, 1)
    fine = 2000
    return {
        "completed_cumulative": BinSpec.integers(plan_total),
        "completions": BinSpec.integers(plan_total),
        "mean_operating_rate": BinSpec(0.0, 1.0, fine),
        "stalled_share": BinSpec(0.0, 1.0, fine),
        "goods_per_capita": BinSpec(-2.0, 2.0, 2 * fine),
        "deprivation": BinSpec(0.0, 1.0, fine),
        "real_wage_rice": BinSpec(0.0, 100.0, 5 * fine),
        "net_real_wage_rice": BinSpec(-100.0, 100.0, 10 * fine),
        "levy_rice": BinSpec(0.0, 100.0, 5 * fine),
        "reported_completed_cumulative": BinSpec(0.0, float(plan_total), 10 * plan_total),
        "reported_stalled_counties": BinSpec(0.0, float(plan_total), 10 * plan_total),
        "cohort_completed_in_year": BinSpec.integers(max(lv.target_counties_per_year, 1)),
        "completion_lag": BinSpec.integers(HORIZON),
    }


def _new_histograms(scenario: Scenario) -> dict[str, Histogram]:
    bins = measure_bins(scenario)
    cohorts = tuple(FIRST_YEAR + c for c in range(min(scenario.levers.plan_years, YEARS)))
    hists = {name: Histogram(bins[name], YEAR_LABELS) for name in YEARLY_MEASURES}
    hists.update({name: Histogram(bins[name], cohorts) for name in COHORT_MEASURES})
    return hists


MONTH_LABELS = tuple(range(HORIZON))


def month_name(index: int) -> str:
    year, month = divmod(index, 12)
    return f"{FIRST_YEAR + year}-{month + 1:02d}"


def _new_monthly_histograms(scenario: Scenario) -> dict[str, Histogram]:
    bins = measure_bins(scenario)
    return {name: Histogram(bins[name], MONTH_LABELS) for name in MONTHLY_MEASURES}


@dataclass
class ChunkTask:
    """One chunk of an ensemble: everything a worker needs, picklable."""

    scenario: Scenario
    failure: FailureDefinitions
    sampler: Sampler
    start: int
    stop: int
    targets: CalibrationTargets | None = None
    keep_experiments: bool = False
    keep_outcomes: bool = False
    monthly: bool = False


@dataclass
class ChunkSummary:
    start: int
    stop: int
    histograms: dict[str, Histogram]
    failure_counts: dict[str, np.ndarray]  # definition id / "combined" -> (YEARS,)
    weight_sum: float
    weight_square_sum: float
    parameters: ParameterHistogram | None = None
    experiments: np.ndarray | None = None
    outcomes: dict[str, np.ndarray] | None = None
    weights: np.ndarray | None = None
    monthly: dict[str, Histogram] | None = None


def run_chunk(task: ChunkTask) -> ChunkSummary:
    """Sample, evaluate and summarise futures ``task.start`` .. ``task.stop - 1``."""
    uncertainties = task.scenario.uncertainties
    unit = task.sampler.unit(task.start, task.stop, len(uncertainties))
    params = {u.name: u.ppf(unit[:, j]) for j, u in enumerate(uncertainties)}
    out = simulate(params, task.scenario, failure=task.failure, monthly=task.monthly)
    n = task.stop - task.start
    weights = (
        calibration_weights(out.calibration, task.targets) if task.targets is not None else None
    )
    w = np.ones(n) if weights is None else weights
    histograms = _new_histograms(task.scenario)
    for name in YEARLY_MEASURES:
        histograms[name].add(out.yearly[name], weights)
    for name in COHORT_MEASURES:
        histograms[name].add(out.cohort[name], weights)
    ends = 12 * (np.arange(YEARS) + 1)
    failure_counts = {
        ident: ((months[:, None] < ends[None, :]) * w[:, None]).sum(axis=0)
        for ident, months in out.first_failure.items()
    }
    monthly = None
    if task.monthly:
        monthly = _new_monthly_histograms(task.scenario)
        for name in MONTHLY_MEASURES:
            monthly[name].add(out.monthly[name], weights)
    parameters = None
    if task.targets is not None:
        parameters = ParameterHistogram(tuple(u.name for u in uncertainties))
        parameters.add(unit, w)
    return ChunkSummary(
        start=task.start,
        stop=task.stop,
        histograms=histograms,
        failure_counts=failure_counts,
        weight_sum=float(w.sum()),
        weight_square_sum=float((w * w).sum()),
        parameters=parameters,
        experiments=np.column_stack(list(params.values())) if task.keep_experiments else None,
        outcomes=out.outcomes() if task.keep_outcomes else None,
        weights=weights if task.keep_outcomes or task.keep_experiments else None,
        monthly=monthly,
    )


@dataclass
class EnsembleResult:
    """What an ensemble run produced; ``summary()`` is what the store records."""

    run_id: str
    kind: str
    scenario: Scenario
    futures: int
    seed: int
    sampler: str
    chunk_size: int
    uncertainty_names: list[str]
    quantiles: dict[str, dict[int, dict[str, float]]]
    p_failure: dict[int, float]
    p_failure_by_definition: dict[str, dict[int, float]]
    failure: FailureDefinitions
    experiments: np.ndarray | None = None
    outcomes: dict[str, np.ndarray] | None = None
    weights: np.ndarray | None = None
    calibration: CalibrationReport | None = None
    elapsed_s: float = 0.0
    scheduler: str | None = None
    package_version: str = __version__
    recorded: bool = False
    histograms: dict[str, Histogram] = field(default_factory=dict, repr=False)
    monthly_quantiles: dict[str, dict[str, dict[str, float]]] | None = None

    @property
    def calibrated(self) -> bool:
        return self.calibration is not None

    def quantile(self, measure: str, year: int, q: float) -> float | None:
        """Any (weighted) quantile of a measure in a year or cohort, e.g. the 80 % band."""
        hist = self.histograms[measure]
        return hist.quantile(hist.labels.index(year), q)

    def sample_design(self) -> dict[str, Any]:
        return {
            "sampler": self.sampler,
            "futures": self.futures,
            "seed": self.seed,
            "chunk_size": self.chunk_size,
            "uncertainties": [u.as_dict() for u in self.scenario.uncertainties],
            "failure_definitions": self.failure.as_dict(),
        }

    def summary(self) -> dict[str, Any]:
        """JSON-ready: quantiles by measure and year, P(failure) by year, calibration."""
        data: dict[str, Any] = {
            "run_id": self.run_id,
            "kind": self.kind,
            "scenario": self.scenario.name,
            "futures": self.futures,
            "seed": self.seed,
            "sampler": self.sampler,
            "calibrated": self.calibrated,
            "package_version": self.package_version,
            "measures": {
                name: {str(year): q for year, q in by_year.items()}
                for name, by_year in self.quantiles.items()
            },
            "units": {
                **{name: unit for name, (unit, _) in YEARLY_MEASURES.items()},
                **COHORT_MEASURES,
            },
            "p_failure": {str(year): p for year, p in self.p_failure.items()},
            "p_failure_by_definition": {
                ident: {str(year): p for year, p in by_year.items()}
                for ident, by_year in self.p_failure_by_definition.items()
            },
            "failure_definitions": self.failure.as_dict(),
            "elapsed_s": round(self.elapsed_s, 3),
        }
        if self.calibration is not None:
            data["calibration"] = self.calibration.as_dict()
        if self.monthly_quantiles is not None:
            data["monthly"] = self.monthly_quantiles
        return data

    def to_json(self) -> str:
        return json.dumps(plain(self.summary()), ensure_ascii=False, indent=2)


class _Accumulator:
    """Merges chunk summaries strictly in chunk order (bitwise reproducible)."""

    def __init__(self, scenario: Scenario, keep: bool, calibrating: bool, monthly: bool) -> None:
        self.histograms = _new_histograms(scenario)
        self.monthly = _new_monthly_histograms(scenario) if monthly else None
        self.failure: dict[str, np.ndarray] = {}
        self.weight_sum = 0.0
        self.weight_square_sum = 0.0
        self.parameters = (
            ParameterHistogram(tuple(scenario.uncertainty_names)) if calibrating else None
        )
        self.keep = keep
        self.experiments: list[np.ndarray] = []
        self.outcomes: list[dict[str, np.ndarray]] = []
        self.weights: list[np.ndarray] = []

    def add(self, chunk: ChunkSummary) -> None:
        for name, hist in chunk.histograms.items():
            self.histograms[name].merge(hist)
        if self.monthly is not None and chunk.monthly is not None:
            for name, hist in chunk.monthly.items():
                self.monthly[name].merge(hist)
        for ident, counts in chunk.failure_counts.items():
            self.failure[ident] = self.failure.get(ident, 0.0) + counts
        self.weight_sum += chunk.weight_sum
        self.weight_square_sum += chunk.weight_square_sum
        if self.parameters is not None and chunk.parameters is not None:
            self.parameters.merge(chunk.parameters)
        if chunk.experiments is not None:
            self.experiments.append(chunk.experiments)
        if chunk.outcomes is not None:
            self.outcomes.append(chunk.outcomes)
        if chunk.weights is not None:
            self.weights.append(chunk.weights)


def _client(scheduler: Any) -> tuple[Any, bool]:
    """A dask.distributed client for ``scheduler`` (an address or a Client) and ownership."""
    if hasattr(scheduler, "submit") and hasattr(scheduler, "map"):
        return scheduler, False
    try:
        from distributed import Client
    except ImportError as error:  # pragma: no cover - dask is a dependency
        raise TwentytenError("dask.distributed is not installed") from error
    try:
        return Client(str(scheduler), timeout="10s"), True
    except OSError as error:
        raise TwentytenError(f"cannot reach dask scheduler {scheduler}: {error}") from error


def _chunks(futures: int, chunk_size: int) -> list[tuple[int, int]]:
    return [(s, min(s + chunk_size, futures)) for s in range(0, futures, chunk_size)]


def run_ensemble(
    scenario: Scenario | str = "baseline",
    futures: int = 10_000,
    seed: int = 0,
    *,
    chunk_size: int = DEFAULT_CHUNK,
    sampler: str | Sampler = "lhs",
    calibrate: bool = False,
    targets: CalibrationTargets | None = None,
    failure: FailureDefinitions | str | None = None,
    scheduler: Any = None,
    store: Any = None,
    keep_experiments: bool = True,
    keep_outcomes: bool = True,
    monthly: bool = False,
    kind: str | None = None,
) -> EnsembleResult:
    """Run ``futures`` futures of ``scenario`` and summarise them.

    ``calibrate=True`` weights every future by its fit to the observed cohorts (targets
    from the register when ``store`` holds them, else the bundled file) and reports how the
    evidence narrowed each uncertainty. ``scheduler`` (a ``tcp://`` address or a
    ``distributed.Client``) runs the chunks on a dask cluster; results equal the local run.
    With ``store``, the run is recorded in ``model_runs``. ``keep_experiments`` /
    ``keep_outcomes`` keep the (N, k) design and per-future outcomes (for PRIM/SALib);
    switch them off for flat memory at large N. ``monthly=True`` adds fan-chart quantiles
    for every month Jan 2024 - Dec 2033 (``monthly_quantiles[measure]["2027-06"]``).
    """
    if isinstance(scenario, str):
        scenario = load_scenario(scenario)
    if futures < 1:
        raise TwentytenError("futures must be at least 1")
    if chunk_size < 1:
        raise TwentytenError("chunk_size must be at least 1")
    if failure is None or isinstance(failure, str):
        failure = load_failure_definitions(failure or scenario.failure_file)
    if calibrate and targets is None:
        targets = load_targets(store)
    design = make_sampler(sampler, futures, seed)
    began = time.perf_counter()
    tasks = [
        ChunkTask(
            scenario=scenario,
            failure=failure,
            sampler=design,
            start=start,
            stop=stop,
            targets=targets if calibrate else None,
            keep_experiments=keep_experiments,
            keep_outcomes=keep_outcomes,
            monthly=monthly,
        )
        for start, stop in _chunks(futures, chunk_size)
    ]
    accumulator = _Accumulator(scenario, keep_outcomes, calibrate, monthly)
    scheduler_name = None
    if scheduler is None:
        for task in tasks:
            accumulator.add(run_chunk(task))
    else:
        client, owned = _client(scheduler)
        scheduler_name = str(getattr(client, "scheduler", None) and client.scheduler.address)
        try:
            pending = client.map(run_chunk, tasks, pure=False)
            for future in pending:  # in chunk order: the merge is deterministic
                accumulator.add(future.result())
                future.release()
        finally:
            if owned:
                client.close()
    elapsed = time.perf_counter() - began

    total = accumulator.weight_sum
    p_by_definition = {
        ident: {
            year: float(counts[i] / total) if total > 0 else float("nan")
            for i, year in enumerate(YEAR_LABELS)
        }
        for ident, counts in accumulator.failure.items()
    }
    combined = p_by_definition.pop("combined")
    report = None
    if calibrate and accumulator.parameters is not None and targets is not None:
        ess = total**2 / accumulator.weight_square_sum if accumulator.weight_square_sum else 0.0
        report = CalibrationReport(
            targets=targets,
            effective_sample_size=ess,
            weight_sum=total,
            futures=futures,
            parameters=narrowing(accumulator.parameters, scenario),
        )
    result = EnsembleResult(
        run_id=str(uuid.uuid4()),
        kind=kind or ("calibrate" if calibrate else "simulate"),
        scenario=scenario,
        futures=futures,
        seed=seed,
        sampler=design.name,
        chunk_size=chunk_size,
        uncertainty_names=scenario.uncertainty_names,
        quantiles={name: hist.quantiles() for name, hist in accumulator.histograms.items()},
        p_failure=combined,
        p_failure_by_definition=p_by_definition,
        failure=failure,
        experiments=np.vstack(accumulator.experiments) if accumulator.experiments else None,
        outcomes=(
            {
                k: np.concatenate([o[k] for o in accumulator.outcomes])
                for k in accumulator.outcomes[0]
            }
            if accumulator.outcomes
            else None
        ),
        weights=np.concatenate(accumulator.weights) if accumulator.weights else None,
        calibration=report,
        histograms=accumulator.histograms,
        monthly_quantiles=(
            {
                name: {month_name(m): q for m, q in hist.quantiles().items()}
                for name, hist in accumulator.monthly.items()
            }
            if accumulator.monthly is not None
            else None
        ),
        elapsed_s=elapsed,
        scheduler=scheduler_name,
    )
    if store is not None:
        record_run(store, result)
    return result
