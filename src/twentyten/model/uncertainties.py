"""Uncertainties (X): the sampled parameters, their priors and where each number comes from."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from twentyten.datafiles import YamlDocument, load_yaml, package_data_dir
from twentyten.errors import InputError

DISTRIBUTIONS = ("triangular", "uniform", "loguniform")
UNCERTAINTY_KEYS = (
    "group",
    "low",
    "central",
    "high",
    "unit",
    "distribution",
    "bounds",
    "reliability",
    "sources",
    "claim",
)
REQUIRED_KEYS = ("low", "central", "high", "unit", "distribution", "sources", "claim")
RANGE_KEYS = ("low", "central", "high")


@dataclass(frozen=True)
class Uncertainty:
    """One sampled parameter: a prior range with its unit, distribution and sources."""

    name: str
    low: float
    central: float
    high: float
    unit: str
    distribution: str = "triangular"
    sources: tuple[str, ...] = ()
    reliability: str = "judgement"
    claim: str = ""
    group: str = "other"
    bounds: tuple[float, float] = (-math.inf, math.inf)

    @property
    def source(self) -> str:
        """The sources joined into one line (empty when the value is pure judgement)."""
        return " ; ".join(self.sources)

    def ppf(self, u: np.ndarray) -> np.ndarray:
        """Map unit-interval samples to parameter values (inverse CDF of the prior)."""
        low, mode, high = self.low, self.central, self.high
        if high <= low:
            return np.full_like(u, low, dtype=float)
        if self.distribution == "uniform":
            return low + u * (high - low)
        if self.distribution == "loguniform":
            return np.exp(math.log(low) + u * (math.log(high) - math.log(low)))
        span = high - low
        split = (mode - low) / span
        left = low + np.sqrt(u * span * (mode - low))
        right = high - np.sqrt((1.0 - u) * span * (high - mode))
        return np.where(u < split, left, right)

    def with_range(self, low: float, central: float, high: float) -> Uncertainty:
        return replace(self, low=float(low), central=float(central), high=float(high))

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "group": self.group,
            "low": self.low,
            "central": self.central,
            "high": self.high,
            "unit": self.unit,
            "distribution": self.distribution,
            "reliability": self.reliability,
            "sources": list(self.sources),
            "claim": self.claim,
        }


def default_uncertainties_path() -> Path:
    return package_data_dir("model") / "uncertainties.yaml"


def _number(doc: YamlDocument, value: Any, *path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise doc.error(f"expected a number, got {value!r}", *path)
    if not math.isfinite(float(value)):
        raise doc.error(f"expected a finite number, got {value!r}", *path)
    return float(value)


def check_range(
    doc: YamlDocument,
    name: str,
    low: float,
    central: float,
    high: float,
    bounds: tuple[float, float],
    *path: str,
) -> None:
    """Refuse low > high, a central outside [low, high] and values outside the bounds."""
    if low > high:
        raise doc.error(f"{name}: low ({low:g}) is greater than high ({high:g})", *path, "low")
    if not low <= central <= high:
        raise doc.error(
            f"{name}: central ({central:g}) lies outside [{low:g}, {high:g}]", *path, "central"
        )
    lo, hi = bounds
    for key, value in zip(RANGE_KEYS, (low, central, high), strict=True):
        if not lo <= value <= hi:
            raise doc.error(
                f"{name}: {key} = {value:g} is out of range [{lo:g}, {hi:g}]", *path, key
            )


def parse_uncertainties(doc: YamlDocument) -> list[Uncertainty]:
    """Validate a priors document and build its uncertainties (errors name file, key, line)."""
    if not isinstance(doc.data, dict):
        raise doc.error("expected a mapping with an 'uncertainties' section")
    doc.check_keys(("uncertainties",), required=("uncertainties",))
    entries = doc.mapping("uncertainties")
    result: list[Uncertainty] = []
    for name, entry in entries.items():
        path = ("uncertainties", name)
        if not isinstance(entry, dict):
            raise doc.error("expected a mapping", *path)
        doc.check_keys(UNCERTAINTY_KEYS, *path, required=REQUIRED_KEYS)
        low, central, high = (_number(doc, entry[key], *path, key) for key in RANGE_KEYS)
        bounds_value = entry.get("bounds", [None, None])
        if not isinstance(bounds_value, list) or len(bounds_value) != 2:
            raise doc.error("bounds must be a list [min, max]", *path, "bounds")
        bounds = (
            -math.inf
            if bounds_value[0] is None
            else _number(doc, bounds_value[0], *path, "bounds"),
            math.inf if bounds_value[1] is None else _number(doc, bounds_value[1], *path, "bounds"),
        )
        check_range(doc, name, low, central, high, bounds, *path)
        distribution = entry["distribution"]
        if distribution not in DISTRIBUTIONS:
            raise doc.error(
                f"unknown distribution {distribution!r} (use {', '.join(DISTRIBUTIONS)})",
                *path,
                "distribution",
            )
        if distribution == "loguniform" and low <= 0:
            raise doc.error("loguniform needs low > 0", *path, "low")
        sources = entry["sources"] or []
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise doc.error("sources must be a list of URLs", *path, "sources")
        result.append(
            Uncertainty(
                name=name,
                low=low,
                central=central,
                high=high,
                unit=str(entry["unit"]),
                distribution=distribution,
                sources=tuple(sources),
                reliability=str(entry.get("reliability", "judgement")),
                claim=str(entry["claim"]),
                group=str(entry.get("group", "other")),
                bounds=bounds,
            )
        )
    return result


def load_uncertainties(path: str | Path | None = None) -> list[Uncertainty]:
    """The uncertainties (X) from the shipped priors file or from an analyst's file.

    A file at ``path`` must define every parameter the model uses (see
    :data:`twentyten.model.simulation.PARAMETER_NAMES`); a missing one, an unknown one, a
    range with low > high or a value outside its bounds raises :class:`InputError` naming
    the file, key and line.
    """
    from twentyten.model.simulation import PARAMETER_NAMES

    doc = load_yaml(path or default_uncertainties_path())
    result = parse_uncertainties(doc)
    names = {u.name for u in result}
    for u in result:
        if u.name not in PARAMETER_NAMES:
            raise doc.error(f"unknown uncertainty {u.name!r}", "uncertainties", u.name)
    missing = [name for name in PARAMETER_NAMES if name not in names]
    if missing:
        raise doc.error(f"missing parameter(s): {', '.join(missing)}", "uncertainties")
    return result


def uncertainty_map(uncertainties: list[Uncertainty]) -> dict[str, Uncertainty]:
    return {u.name: u for u in uncertainties}


def require_known(source: str, names: list[str], known: set[str]) -> None:
    for name in names:
        if name not in known:
            raise InputError(source, f"unknown uncertainty {name!r}", key=name)
