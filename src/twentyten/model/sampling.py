"""Samplers: designs of experiments over the uncertainties, streamed chunk by chunk.

The default :class:`LatinHypercubeSampler` is a streaming Latin hypercube: future ``i`` in
dimension ``j`` lies in stratum ``perm_j(i)`` of ``N`` equal strata, where ``perm_j`` is a
keyed pseudo-random permutation of ``0..N-1`` (a Feistel network with cycle walking), and
its position inside the stratum is a counter-based hash of ``(seed, j, i)``. Any chunk
``[start, stop)`` can therefore be generated alone, in O(chunk) memory, and the design is
identical whatever the chunk size - each stratum of each dimension is hit exactly once,
as in ``scipy.stats.qmc.LatinHypercube``. :class:`ScipyLatinHypercubeSampler` uses SciPy's
implementation itself (the whole N x k design is drawn once and sliced: memory grows with
N); :class:`MonteCarloSampler` draws independent uniforms with the same hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
from scipy.stats import qmc

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: a bijective, well-mixed hash of uint64 values."""
    with np.errstate(over="ignore"):
        z = (x + _GOLDEN) & _MASK64
        z = ((z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)) & _MASK64
        z = ((z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)) & _MASK64
        return z ^ (z >> np.uint64(31))


def _key(seed: int, *parts: int) -> np.uint64:
    value = np.uint64(seed & 0xFFFFFFFFFFFFFFFF)
    for part in parts:
        value = _mix(np.asarray(value ^ np.uint64(part & 0xFFFFFFFFFFFFFFFF)))[()]
    return np.uint64(value)


def hashed_uniform(seed: int, stream: int, index: np.ndarray) -> np.ndarray:
    """Uniforms in [0, 1) from a counter-based hash of (seed, stream, index)."""
    key = _key(seed, stream)
    bits = _mix(index.astype(np.uint64) ^ key)
    bits = _mix(bits ^ _GOLDEN)
    return (bits >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)


def feistel_permutation(index: np.ndarray, size: int, seed: int, stream: int) -> np.ndarray:
    """Image of ``index`` under a keyed pseudo-random permutation of ``range(size)``."""
    if size <= 1:
        return np.zeros_like(index)
    bits = max(2, int(np.ceil(np.log2(size))))
    bits += bits % 2
    half = bits // 2
    mask = np.uint64((1 << half) - 1)
    keys = [_key(seed, stream, round_) for round_ in range(4)]
    out = index.astype(np.uint64)
    pending = np.arange(out.size)
    current = out.copy()
    while pending.size:
        left = current >> np.uint64(half)
        right = current & mask
        for key in keys:
            left, right = right, left ^ (_mix(right ^ key) & mask)
        current = (left << np.uint64(half)) | right
        inside = current < np.uint64(size)
        out[pending[inside]] = current[inside]
        # cycle walking: values that fell outside the domain are encrypted again
        pending = pending[~inside]
        current = current[~inside]
    return out.astype(np.int64)


@dataclass
class Sampler:
    """A design of ``futures`` experiments over ``k`` unit-interval dimensions."""

    futures: int
    seed: int
    name: ClassVar[str] = "sampler"

    def unit(self, start: int, stop: int, k: int) -> np.ndarray:
        """Rows ``start..stop-1`` of the design, shape (stop - start, k), values in [0, 1)."""
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        return {"sampler": self.name, "futures": self.futures, "seed": self.seed}


@dataclass
class LatinHypercubeSampler(Sampler):
    """Streaming Latin hypercube (chunk-size invariant, O(chunk) memory)."""

    name: ClassVar[str] = "lhs"

    def unit(self, start: int, stop: int, k: int) -> np.ndarray:
        index = np.arange(start, stop, dtype=np.int64)
        design = np.empty((stop - start, k))
        for j in range(k):
            stratum = feistel_permutation(index, self.futures, self.seed, 2 * j)
            jitter = hashed_uniform(self.seed, 2 * j + 1, index)
            design[:, j] = (stratum + jitter) / self.futures
        return design


@dataclass
class MonteCarloSampler(Sampler):
    """Independent uniforms (counter-based, chunk-size invariant)."""

    name: ClassVar[str] = "montecarlo"

    def unit(self, start: int, stop: int, k: int) -> np.ndarray:
        index = np.arange(start, stop, dtype=np.int64)
        return np.column_stack([hashed_uniform(self.seed, 1000 + j, index) for j in range(k)])


@dataclass
class ScipyLatinHypercubeSampler(Sampler):
    """``scipy.stats.qmc.LatinHypercube``: draws the whole design once, then slices it."""

    name: ClassVar[str] = "scipy-lhs"
    _design: np.ndarray | None = field(default=None, repr=False)

    def unit(self, start: int, stop: int, k: int) -> np.ndarray:
        if self._design is None or self._design.shape[1] != k:
            self._design = qmc.LatinHypercube(d=k, seed=self.seed).random(self.futures)
        return self._design[start:stop]


SAMPLERS: dict[str, type[Sampler]] = {
    cls.name: cls for cls in (LatinHypercubeSampler, MonteCarloSampler, ScipyLatinHypercubeSampler)
}


def make_sampler(name: str | Sampler, futures: int, seed: int) -> Sampler:
    if isinstance(name, Sampler):
        return name
    try:
        return SAMPLERS[name](futures=futures, seed=seed)
    except KeyError:
        raise ValueError(f"unknown sampler {name!r} (use {', '.join(SAMPLERS)})") from None
