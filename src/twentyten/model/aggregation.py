"""Mergeable summaries of an ensemble: weighted histograms that yield quantiles.

Chunks of futures are summarised into fixed-bin histograms (one row per year or cohort of
each measure), so the whole ensemble never has to sit in memory and chunks computed on
different workers merge by addition. Counts are exact for integer measures (unit-wide bins
centred on the integers); continuous measures use fine bins (range / 2,000) with linear
interpolation inside the bin, clamped to the exact minimum and maximum seen. Empty or
undefined values (NaN, e.g. the operating rate before any plant exists) are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

PARAMETER_BINS = 20  # unit-scale bins per parameter for prior/posterior comparison
QUANTILES = {"p5": 0.05, "p25": 0.25, "p50": 0.5, "p75": 0.75, "p95": 0.95}


@dataclass(frozen=True)
class BinSpec:
    low: float
    high: float
    bins: int
    discrete: bool = False

    @property
    def width(self) -> float:
        return (self.high - self.low) / self.bins

    @classmethod
    def integers(cls, maximum: int) -> BinSpec:
        return cls(-0.5, maximum + 0.5, maximum + 1, discrete=True)


@dataclass
class Histogram:
    """Weighted histograms of one measure: one row per label (year or cohort)."""

    spec: BinSpec
    labels: tuple[int, ...]
    counts: np.ndarray = field(init=False)
    minimum: np.ndarray = field(init=False)
    maximum: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        rows = len(self.labels)
        self.counts = np.zeros((rows, self.spec.bins))
        self.minimum = np.full(rows, np.inf)
        self.maximum = np.full(rows, -np.inf)

    def add(self, values: np.ndarray, weights: np.ndarray | None = None) -> None:
        """Add (n, rows) values, optionally weighted per future."""
        spec = self.spec
        rows = len(self.labels)
        values = values[:, :rows]
        finite = np.isfinite(values)
        index = np.clip(
            np.floor((np.where(finite, values, spec.low) - spec.low) / spec.width),
            0,
            spec.bins - 1,
        ).astype(np.int64)
        flat = index + (np.arange(rows) * spec.bins)[None, :]
        w = np.ones(values.shape[0]) if weights is None else weights
        w2 = np.where(finite, w[:, None], 0.0)
        self.counts += np.bincount(
            flat.ravel(), weights=w2.ravel(), minlength=rows * spec.bins
        ).reshape(rows, spec.bins)
        with np.errstate(invalid="ignore"):
            low = np.where(finite, values, np.inf).min(axis=0, initial=np.inf)
            high = np.where(finite, values, -np.inf).max(axis=0, initial=-np.inf)
        np.minimum(self.minimum, low, out=self.minimum)
        np.maximum(self.maximum, high, out=self.maximum)

    def merge(self, other: Histogram) -> None:
        self.counts += other.counts
        np.minimum(self.minimum, other.minimum, out=self.minimum)
        np.maximum(self.maximum, other.maximum, out=self.maximum)

    def quantile(self, row: int, q: float) -> float | None:
        counts = self.counts[row]
        total = counts.sum()
        if total <= 0:
            return None
        cumulative = np.cumsum(counts)
        goal = q * total
        b = int(np.searchsorted(cumulative, goal - 1e-12 * total, side="left"))
        b = min(b, self.spec.bins - 1)
        spec = self.spec
        if spec.discrete:
            value = spec.low + (b + 0.5) * spec.width
        else:
            before = cumulative[b - 1] if b > 0 else 0.0
            inside = (goal - before) / counts[b] if counts[b] > 0 else 0.5
            value = spec.low + (b + min(max(inside, 0.0), 1.0)) * spec.width
        return float(min(max(value, self.minimum[row]), self.maximum[row]))

    def quantiles(self) -> dict[int, dict[str, float]]:
        result: dict[int, dict[str, float]] = {}
        for row, label in enumerate(self.labels):
            values = {name: self.quantile(row, q) for name, q in QUANTILES.items()}
            if all(v is not None for v in values.values()):
                result[label] = {k: round(v, 6) for k, v in values.items() if v is not None}
        return result


@dataclass
class ParameterHistogram:
    """Prior and weighted (posterior) histograms of the unit-scale samples, per parameter."""

    names: tuple[str, ...]
    bins: int = PARAMETER_BINS
    prior: np.ndarray = field(init=False)
    posterior: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.prior = np.zeros((len(self.names), self.bins))
        self.posterior = np.zeros((len(self.names), self.bins))

    def add(self, unit: np.ndarray, weights: np.ndarray) -> None:
        k = len(self.names)
        index = np.minimum((unit * self.bins).astype(np.int64), self.bins - 1)
        flat = (index + (np.arange(k) * self.bins)[None, :]).ravel()
        size = k * self.bins
        self.prior += np.bincount(flat, minlength=size).reshape(k, self.bins)
        repeated = np.repeat(weights, k)
        self.posterior += np.bincount(flat, weights=repeated, minlength=size).reshape(k, self.bins)

    def merge(self, other: ParameterHistogram) -> None:
        self.prior += other.prior
        self.posterior += other.posterior

    def unit_quantile(self, row: int, q: float, posterior: bool) -> float:
        counts = (self.posterior if posterior else self.prior)[row]
        total = counts.sum()
        if total <= 0:
            return float("nan")
        cumulative = np.cumsum(counts)
        goal = q * total
        b = int(np.searchsorted(cumulative, goal, side="left"))
        b = min(b, self.bins - 1)
        before = cumulative[b - 1] if b > 0 else 0.0
        inside = (goal - before) / counts[b] if counts[b] > 0 else 0.5
        return (b + min(max(inside, 0.0), 1.0)) / self.bins

    def kl_divergence(self, row: int) -> float:
        """KL(posterior || prior) in nats over the unit-scale bins."""
        prior = self.prior[row] / max(self.prior[row].sum(), 1e-300)
        post = self.posterior[row] / max(self.posterior[row].sum(), 1e-300)
        mask = (post > 0) & (prior > 0)
        return float(np.sum(post[mask] * np.log(post[mask] / prior[mask])))
