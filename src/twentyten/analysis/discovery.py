"""Scenario discovery: which combinations of uncertainties lead to failure (PRIM).

The Patient Rule Induction Method (Friedman and Fisher 1999), as used in RAND's Robust
Decision Making and EMA Workbench, implemented here on NumPy arrays:

* **Peeling.** Starting from the box that holds every future, each step tries, for every
  uncertainty, cutting off the ``peel_alpha`` share of the futures still in the box at the
  low end and at the high end, and keeps the cut with the largest gain in density per unit
  of mass removed (EMA Workbench's default "lenient1" objective). Peeling stops when no cut
  raises the density, when the density is 1, or when the next box would hold less than
  ``mass_min`` of all futures. No pasting step.
* **Measures.** coverage = cases of interest inside the box / all cases of interest;
  density = share of the futures inside the box that are cases of interest; mass = share
  of all futures inside the box.
* **Choice of box.** On the peeling trajectory, the box with the highest coverage among
  those whose density reaches ``min_density``; when none does, the densest one (flagged).
  When the cases are already common (base rate at or above ``min_density``), the target
  becomes halfway from the base rate to 1, so that the box says where failure is near
  certain instead of returning the whole space.
* **Restrictions.** An uncertainty is restricted when the box's limit differs from the
  data's range. Each restriction gets a quasi-p-value as in EMA Workbench: a one-sided
  binomial test of the box's cases against the density of the box without that
  restriction (small = the restriction matters).
* **Several boxes.** The futures in a box are taken out and PRIM runs again on the rest;
  coverage and mass stay relative to the whole ensemble.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from scipy.stats import binomtest

from twentyten.errors import TwentytenError

DEFAULT_OUTCOME = "failed_by_2027"


@dataclass
class TrajectoryPoint:
    step: int
    coverage: float
    density: float
    mass: float
    n_restricted: int


@dataclass
class Restriction:
    name: str
    low: float
    high: float
    data_low: float
    data_high: float
    qp_value: float

    @property
    def restricts_low(self) -> bool:
        return self.low > self.data_low

    @property
    def restricts_high(self) -> bool:
        return self.high < self.data_high


@dataclass
class PrimBox:
    index: int
    coverage: float
    density: float
    mass: float
    n_futures: int
    n_cases: int
    meets_density: bool
    density_target: float
    selected_step: int
    restrictions: list[Restriction]
    trajectory: list[TrajectoryPoint]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for restriction, item in zip(self.restrictions, data["restrictions"], strict=True):
            item["restricts_low"] = restriction.restricts_low
            item["restricts_high"] = restriction.restricts_high
        return data


@dataclass
class DiscoveryResult:
    outcome: str
    case_rule: str  # how the outcome was turned into cases of interest
    futures: int
    n_cases: int
    base_rate: float
    boxes: list[PrimBox]
    seed: int | None = None
    scenario: str | None = None
    run_id: str | None = None
    parameters: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["boxes"] = [box.as_dict() for box in self.boxes]
        return data


def _peel(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, inside: np.ndarray, limits: np.ndarray,
    alpha: float, mass_min_weight: float,
) -> tuple[np.ndarray, np.ndarray] | None:  # fmt: skip
    """One peeling step: the new (inside, limits), or None when peeling should stop."""
    xi = x[inside]
    yi = y[inside]
    wi = w[inside]
    weight_in = wi.sum()
    mean_old = (wi * yi).sum() / weight_in
    if mean_old >= 1.0:
        return None
    low_cut = np.quantile(xi, alpha, axis=0, method="lower")
    high_cut = np.quantile(xi, 1.0 - alpha, axis=0, method="higher")
    keep_low = xi >= low_cut  # (n_in, k): what remains after peeling the low end
    keep_high = xi <= high_cut
    best: tuple[float, int, int] | None = None  # (objective, column, side)
    for side, keep in enumerate((keep_low, keep_high)):
        kept = wi @ keep  # weight left per column
        cases = (wi * yi) @ keep
        removed = weight_in - kept
        valid = (removed > 0) & (kept >= mass_min_weight) & (kept > 0)
        if not valid.any():
            continue
        with np.errstate(divide="ignore", invalid="ignore"):
            objective = np.where(valid, (cases / kept - mean_old) / removed, -np.inf)
        j = int(np.argmax(objective))
        if best is None or objective[j] > best[0]:
            best = (float(objective[j]), j, side)
    if best is None or best[0] <= 0:
        return None
    _, j, side = best
    new_limits = limits.copy()
    if side == 0:
        new_limits[j, 0] = low_cut[j]
        new_inside = inside & (x[:, j] >= low_cut[j])
    else:
        new_limits[j, 1] = high_cut[j]
        new_inside = inside & (x[:, j] <= high_cut[j])
    return new_inside, new_limits


def _in_box(x: np.ndarray, limits: np.ndarray, skip: int | None = None) -> np.ndarray:
    lows, highs = limits[:, 0].copy(), limits[:, 1].copy()
    if skip is not None:
        lows[skip], highs[skip] = -np.inf, np.inf
    return np.all((x >= lows) & (x <= highs), axis=1)


def _find_box(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    available: np.ndarray,
    names: Sequence[str],
    *,
    total_cases: float,
    peel_alpha: float,
    mass_min: float,
    min_density: float,
    index: int,
) -> tuple[PrimBox, np.ndarray]:
    total_weight = w.sum()
    data_range = np.column_stack((x[available].min(axis=0), x[available].max(axis=0)))
    limits = data_range.copy()
    inside = available.copy()
    states = [(inside, limits)]
    while True:
        step = _peel(x, y, w, inside, limits, peel_alpha, mass_min * total_weight)
        if step is None:
            break
        inside, limits = step
        states.append(step)

    def measures(mask: np.ndarray) -> tuple[float, float, float]:
        weight = w[mask].sum()
        cases = (w[mask] * y[mask]).sum()
        coverage = float(cases / total_cases) if total_cases else 0.0
        density = float(cases / weight) if weight else 0.0
        return coverage, density, float(weight / total_weight)

    trajectory = []
    for step_index, (mask, lims) in enumerate(states):
        coverage, density, mass = measures(mask)
        restricted = int(np.sum((lims[:, 0] > data_range[:, 0]) | (lims[:, 1] < data_range[:, 1])))
        trajectory.append(TrajectoryPoint(step_index, coverage, density, mass, restricted))
    base = trajectory[0].density
    target = min_density if base < min_density else base + (1.0 - base) / 2
    meeting = [p for p in trajectory if p.density >= target]
    if meeting:
        chosen = max(meeting, key=lambda p: (p.coverage, p.mass))
    else:
        chosen = max(trajectory, key=lambda p: (p.density, p.coverage))
    mask, lims = states[chosen.step]
    n_box = int(mask.sum())
    cases_box = int(y[mask].sum())
    restrictions = []
    for j, name in enumerate(names):
        if lims[j, 0] > data_range[j, 0] or lims[j, 1] < data_range[j, 1]:
            without = _in_box(x, lims, skip=j) & available
            density_without = (
                float((w[without] * y[without]).sum() / w[without].sum()) if without.any() else 0.0
            )
            qp = (
                binomtest(cases_box, n_box, density_without, alternative="greater").pvalue
                if n_box and 0.0 < density_without < 1.0
                else 1.0
            )
            restrictions.append(
                Restriction(
                    name=name,
                    low=float(lims[j, 0]),
                    high=float(lims[j, 1]),
                    data_low=float(data_range[j, 0]),
                    data_high=float(data_range[j, 1]),
                    qp_value=float(qp),
                )
            )
    restrictions.sort(key=lambda r: r.qp_value)
    box = PrimBox(
        index=index,
        coverage=chosen.coverage,
        density=chosen.density,
        mass=chosen.mass,
        n_futures=n_box,
        n_cases=cases_box,
        meets_density=chosen.density >= target,
        density_target=target,
        selected_step=chosen.step,
        restrictions=restrictions,
        trajectory=trajectory,
    )
    return box, mask


def discover_boxes(
    x: np.ndarray,
    y: np.ndarray,
    names: Sequence[str],
    *,
    weights: np.ndarray | None = None,
    peel_alpha: float = 0.05,
    mass_min: float = 0.05,
    min_density: float = 0.8,
    max_boxes: int = 2,
) -> list[PrimBox]:
    """PRIM boxes for the cases ``y`` (bool per row) over the inputs ``x`` (rows × names).

    ``weights`` (e.g. a calibrated ensemble's importance weights) make coverage, density
    and mass weighted shares; quasi-p-values still count futures, unweighted.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y).astype(bool)
    w = np.ones(y.size) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != y.shape or not np.all(np.isfinite(w)) or (w < 0).any() or w.sum() <= 0:
        raise TwentytenError("PRIM weights must be finite, non-negative, one per row, not all 0")
    if x.ndim != 2 or x.shape[0] != y.size or x.shape[1] != len(names):
        raise TwentytenError(f"PRIM needs x of shape (n, {len(names)}) and y of length n")
    if not 0 < peel_alpha < 0.5 or not 0 < mass_min < 1:
        raise TwentytenError("peel_alpha must be in (0, 0.5) and mass_min in (0, 1)")
    total_cases = float((w * y).sum())
    if total_cases == 0:
        return []
    available = np.ones(y.size, dtype=bool)
    boxes: list[PrimBox] = []
    for index in range(1, max_boxes + 1):
        if float((w * y)[available].sum()) == 0:
            break
        box, mask = _find_box(
            x, y, w, available, names,
            total_cases=total_cases, peel_alpha=peel_alpha, mass_min=mass_min,
            min_density=min_density, index=index,
        )  # fmt: skip
        if index > 1 and (not box.meets_density or not box.restrictions):
            break  # later boxes only when they say something
        boxes.append(box)
        available &= ~mask
    return boxes


# --- the sustainability model ------------------------------------------------------------


def cases_of_interest(
    values: np.ndarray, outcome: str, threshold: float | None, direction: str
) -> tuple[np.ndarray, str]:
    """Turn an outcome into cases of interest: 0/1 flags as they are, else a threshold."""
    values = np.asarray(values, dtype=float)
    binary = np.isin(values[np.isfinite(values)], (0.0, 1.0)).all()
    if direction not in ("above", "below"):
        raise TwentytenError(f"direction must be above or below, got {direction!r}")
    if threshold is None:
        if not binary:
            raise TwentytenError(
                f"outcome {outcome!r} is not a 0/1 flag: give --threshold (and --direction)"
            )
        # "below" on a flag asks the opposite question: where does failure NOT happen?
        if direction == "below":
            return values < 0.5, f"{outcome} = 0"
        return values > 0.5, f"{outcome} = 1"
    if direction == "above":
        return values > threshold, f"{outcome} > {threshold:g}"
    return values < threshold, f"{outcome} < {threshold:g}"


def run_discovery(
    scenario: Any = "baseline",
    *,
    futures: int = 10_000,
    seed: int = 1,
    outcome: str = DEFAULT_OUTCOME,
    threshold: float | None = None,
    direction: str = "above",
    peel_alpha: float = 0.05,
    mass_min: float = 0.05,
    min_density: float = 0.8,
    max_boxes: int = 2,
    calibrate: bool = False,
    store: Any = None,
) -> DiscoveryResult:
    """Run an ensemble of ``scenario`` and find the boxes where ``outcome`` marks failure;
    with ``store``, record the analysis in ``model_runs`` (kind ``discover``).

    ``calibrate`` weights each future by its fit to the register's observed cohorts (the
    model's ABC importance weights), so the boxes describe failure among futures that the
    evidence so far allows.
    """
    from twentyten.model import load_scenario, run_ensemble

    if futures < 100:
        raise TwentytenError("scenario discovery needs at least 100 futures")
    loaded = load_scenario(scenario) if isinstance(scenario, str) else scenario
    ensemble = run_ensemble(loaded, futures=futures, seed=seed, calibrate=calibrate, store=None)
    weights = ensemble.weights if calibrate else None
    if outcome not in ensemble.outcomes:
        known = ", ".join(sorted(ensemble.outcomes))
        raise TwentytenError(f"unknown outcome {outcome!r} (known: {known})")
    y, rule = cases_of_interest(ensemble.outcomes[outcome], outcome, threshold, direction)
    names = list(ensemble.uncertainty_names)
    boxes = discover_boxes(
        ensemble.experiments, y, names, weights=weights,
        peel_alpha=peel_alpha, mass_min=mass_min, min_density=min_density, max_boxes=max_boxes,
    )  # fmt: skip
    notes = []
    n_cases = int(y.sum())
    base_rate = float(y.mean()) if weights is None else float((weights * y).sum() / weights.sum())
    if weights is not None:
        ess = float(weights.sum() ** 2 / (weights**2).sum())
        notes.append(
            f"calibrated: futures weighted by their fit to the register "
            f"(effective sample size {ess:,.0f} of {y.size:,})"
        )
    if n_cases == 0:
        notes.append(f"no future meets '{rule}': nothing to discover")
    elif n_cases == y.size:
        notes.append(f"every future meets '{rule}': failure does not depend on the uncertainties")
    elif boxes and not boxes[0].meets_density:
        notes.append(
            f"no box reaches the density {boxes[0].density_target:.2f}; the densest one is shown"
        )
    if boxes and boxes[0].density_target > min_density:
        notes.append(
            f"cases are common (base rate {base_rate:.0%}): boxes show where they are near "
            f"certain (density target {boxes[0].density_target:.2f}); --direction below asks "
            "where they do not happen"
        )
    result = DiscoveryResult(
        outcome=outcome,
        case_rule=rule,
        futures=int(y.size),
        n_cases=n_cases,
        base_rate=base_rate,
        boxes=boxes,
        seed=seed,
        scenario=loaded.name,
        parameters={
            "peel_alpha": peel_alpha,
            "mass_min": mass_min,
            "min_density": min_density,
            "max_boxes": max_boxes,
            "calibrated": calibrate,
        },
        notes=notes,
    )
    if store is not None:
        from twentyten.model.runs import insert_run

        result.run_id = insert_run(
            store,
            kind="discover",
            scenario=loaded,
            sample_design={
                "sampler": "latin_hypercube (run_ensemble)",
                "futures": futures,
                "outcome": outcome,
                "case_rule": rule,
                "prim": result.parameters,
                "uncertainties": [u.as_dict() for u in loaded.uncertainties],
            },
            futures=futures,
            seed=seed,
            summary={
                "case_rule": rule,
                "n_cases": n_cases,
                "base_rate": result.base_rate,
                "boxes": [
                    {key: value for key, value in box.as_dict().items() if key != "trajectory"}
                    for box in boxes
                ],
                "notes": notes,
            },
        )
    return result
