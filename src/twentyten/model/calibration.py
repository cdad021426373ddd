"""Calibration: weighting futures by how well they reproduce the observed cohorts.

Approximate Bayesian computation with a Gaussian kernel (importance weights): a future's
weight is ``exp(-1/2 * sum(((simulated - observed) / tolerance)^2))`` over the targets -
the 2024 cohort completed in its year and by the end of February 2025, the 2025 cohort in
its year, the 2026 cohort under way, and (softly) the new plants' 2025 operating rate.
Weighted quantiles are the calibrated forecast; the weighted parameter histograms, compared
with the prior ones, show how much the evidence narrowed each uncertainty (width ratio of
the 5-95 % interval and KL divergence).

Targets come from the register's indicators when a store with the cohorts is given
(``twentyten.indicators.compute_indicators``) and from the bundled
``data/model/calibration_targets.yaml`` otherwise (or for any target the register lacks).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from twentyten.datafiles import load_yaml, package_data_dir
from twentyten.model.aggregation import PARAMETER_BINS, ParameterHistogram
from twentyten.model.scenarios import Scenario
from twentyten.model.simulation import CALIBRATION_OUTCOMES


@dataclass(frozen=True)
class CalibrationTarget:
    name: str
    observed: float
    tolerance: float
    description: str = ""
    sources: tuple[str, ...] = ()
    origin: str = "bundled"  # bundled | register


@dataclass(frozen=True)
class CalibrationTargets:
    targets: tuple[CalibrationTarget, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            t.name: {
                "observed": t.observed,
                "tolerance": t.tolerance,
                "origin": t.origin,
                "description": t.description,
            }
            for t in self.targets
        }


def default_targets_path() -> Path:
    return package_data_dir("model") / "calibration_targets.yaml"


def load_bundled_targets(path: str | Path | None = None) -> CalibrationTargets:
    doc = load_yaml(path or default_targets_path())
    entries = doc.mapping("targets")
    result = []
    for name, entry in entries.items():
        if name not in CALIBRATION_OUTCOMES:
            raise doc.error(
                f"unknown target {name!r} (use {', '.join(CALIBRATION_OUTCOMES)})",
                "targets",
                name,
            )
        doc.check_keys(
            ("observed", "tolerance", "description", "sources"),
            "targets",
            name,
            required=("observed", "tolerance"),
        )
        tolerance = entry["tolerance"]
        if not isinstance(tolerance, int | float) or tolerance <= 0:
            raise doc.error("tolerance must be a positive number", "targets", name, "tolerance")
        result.append(
            CalibrationTarget(
                name=name,
                observed=float(entry["observed"]),
                tolerance=float(tolerance),
                description=str(entry.get("description", "")),
                sources=tuple(entry.get("sources") or ()),
            )
        )
    return CalibrationTargets(tuple(result))


def targets_from_indicators(indicators: Any, bundled: CalibrationTargets) -> CalibrationTargets:
    """Replace bundled targets by the register's figures where the register has them."""
    data = indicators.to_dict() if hasattr(indicators, "to_dict") else dict(indicators)
    cohorts = {c.get("cohort"): c for c in data.get("cohorts", []) if isinstance(c, dict)}
    observed: dict[str, float] = {}
    claimed: set[str] = set()  # targets taken from a programme-level claim
    c2024, c2025, c2026 = cohorts.get(2024), cohorts.get(2025), cohorts.get(2026)

    def complete(cohort: dict[str, Any] | None) -> bool:
        # counts mean something only when the register knows the whole cohort
        if not cohort:
            return False
        target = cohort.get("plan_target") or 20
        return (cohort.get("selected") or 0) >= target

    if complete(c2024):
        assert c2024 is not None
        observed["cohort_2024_in_year"] = c2024["completed_in_cohort_year"]
        for checkpoint in c2024.get("completed_by") or []:
            if checkpoint.get("label") == "end_of_february_next_year":
                observed["cohort_2024_by_feb_2025"] = checkpoint["completed"]
    if complete(c2025):
        assert c2025 is not None
        in_year = c2025.get("completed_in_cohort_year")
        # the cohort year must be over in the register before its count means anything
        if in_year is not None and str(data.get("as_of", "")) >= "2025-12-31":
            observed["cohort_2025_in_year"] = in_year
            if c2025.get("claimed_completed_in_cohort_year") and in_year < c2025["selected"]:
                # State media claimed the whole cohort done within the year while some
                # county ceremonies went unreported: the claim is about actual completions,
                # so it is compared with the simulated count itself, not the reported one.
                observed["cohort_2025_in_year"] = c2025["selected"]
                claimed.add("cohort_2025_in_year")
    if c2026 and c2026.get("started") is not None and c2026.get("selected"):
        observed["cohort_2026_started"] = 1.0 if c2026["started"] > 0 else 0.0
    targets = tuple(
        replace(
            t,
            observed=float(observed[t.name]),
            origin="register-programme-claim" if t.name in claimed else "register",
        )
        if t.name in observed and observed[t.name] is not None
        else t
        for t in bundled.targets
    )
    return CalibrationTargets(targets)


def load_targets(store: Any = None, path: str | Path | None = None) -> CalibrationTargets:
    """Targets from the register (when ``store`` has cohorts) else from the bundled file."""
    bundled = load_bundled_targets(path)
    if store is None:
        return bundled
    try:
        from twentyten.indicators import compute_indicators
    except ImportError:  # the register's indicators are not installed
        return bundled
    indicators = compute_indicators(store)
    return targets_from_indicators(indicators, bundled)


def calibration_weights(
    simulated: dict[str, np.ndarray], targets: CalibrationTargets
) -> np.ndarray:
    """ABC importance weights in [0, 1] from the simulated calibration outcomes.

    A register count is what was reported, so it is compared with the future's expected
    reported count (simulated x ``completion_report_prob``); bundled facts are compared with
    the simulated count itself.
    """
    distance = np.zeros_like(next(iter(simulated.values())), dtype=float)
    for target in targets.targets:
        reported = f"reported_{target.name}"
        use_reported = target.origin == "register" and reported in simulated
        values = simulated[reported] if use_reported else simulated[target.name]
        gap = (values - target.observed) / target.tolerance
        distance += gap * gap
    return np.exp(-0.5 * distance)


@dataclass
class CalibrationReport:
    """How much the evidence narrowed each uncertainty, and how many futures support it."""

    targets: CalibrationTargets
    effective_sample_size: float
    weight_sum: float
    futures: int
    parameters: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kl_noise_floor(self) -> float:
        """KL expected from sampling noise alone ((bins - 1) / (2 ESS)): smaller is no signal."""
        return (PARAMETER_BINS - 1) / (2 * max(self.effective_sample_size, 1.0))

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": "ABC importance weights, Gaussian kernel",
            "targets": self.targets.as_dict(),
            "futures": self.futures,
            "effective_sample_size": round(self.effective_sample_size, 1),
            "kl_noise_floor": round(self.kl_noise_floor, 4),
            "mean_weight": round(self.weight_sum / max(self.futures, 1), 6),
            "parameters": self.parameters,
        }


def narrowing(
    histogram: ParameterHistogram, scenario: Scenario, top: int | None = None
) -> list[dict[str, Any]]:
    """Prior vs posterior 5/50/95 % quantiles, width ratio and KL per uncertainty."""
    rows = []
    for row, name in enumerate(histogram.names):
        u = scenario.uncertainty(name)
        prior = [
            float(u.ppf(np.array([histogram.unit_quantile(row, q, False)]))[0])
            for q in (0.05, 0.5, 0.95)
        ]
        post = [
            float(u.ppf(np.array([histogram.unit_quantile(row, q, True)]))[0])
            for q in (0.05, 0.5, 0.95)
        ]
        width = prior[2] - prior[0]
        rows.append(
            {
                "name": name,
                "unit": u.unit,
                "prior": {"p5": prior[0], "p50": prior[1], "p95": prior[2]},
                "posterior": {"p5": post[0], "p50": post[1], "p95": post[2]},
                "width_ratio": (post[2] - post[0]) / width if width > 0 else 1.0,
                "kl_divergence": histogram.kl_divergence(row),
            }
        )
    rows.sort(key=lambda r: -r["kl_divergence"])
    return rows[:top] if top else rows
