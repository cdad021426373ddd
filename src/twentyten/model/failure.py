"""Failure definitions: explicit, configurable criteria for "the policy has failed".

Definitions live in ``data/model/failure.yaml`` (or an analyst's copy). The simulation feeds
a :class:`FailureTracker` month by month; it records, per future, the first month each
definition is met, from which the ensemble derives P(failure by year).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from twentyten.datafiles import YamlDocument, load_yaml, package_data_dir

KINDS = ("cohort_completion", "sustained")
COMBINE = ("any", "all")
SUSTAINED_MEASURES = (
    "mean_operating_rate",
    "stalled_share",
    "goods_per_capita",
    "deprivation",
    "real_wage_rice",
    "completed_cumulative",
)
DEFINITION_KEYS = (
    "id",
    "description",
    "kind",
    "fraction_of_target",
    "grace_months",
    "measure",
    "comparison",
    "threshold",
    "months",
    "reference_year",
)


@dataclass(frozen=True)
class FailureDefinition:
    id: str
    description: str
    kind: str
    fraction_of_target: float = 0.5
    grace_months: int = 0
    measure: str = ""
    comparison: str = "below"
    threshold: float = 0.0
    months: int = 1
    reference_year: int | None = None


@dataclass(frozen=True)
class FailureDefinitions:
    combine: str
    definitions: tuple[FailureDefinition, ...]
    source: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "combine": self.combine,
            "source": self.source,
            "definitions": [d.__dict__ for d in self.definitions],
        }


def default_failure_path() -> Path:
    return package_data_dir("model") / "failure.yaml"


def _parse(doc: YamlDocument) -> FailureDefinitions:
    if not isinstance(doc.data, dict):
        raise doc.error("expected a mapping with 'combine' and 'definitions'")
    doc.check_keys(("combine", "definitions"), required=("definitions",))
    combine = doc.data.get("combine", "any")
    if combine not in COMBINE:
        raise doc.error(f"combine must be one of {', '.join(COMBINE)}", "combine")
    entries = doc.data["definitions"]
    if not isinstance(entries, list) or not entries:
        raise doc.error("definitions must be a non-empty list", "definitions")
    result: list[FailureDefinition] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        path = ("definitions", index)
        if not isinstance(entry, dict):
            raise doc.error("expected a mapping", *path)
        doc.check_keys(DEFINITION_KEYS, *path, required=("id", "kind"))
        ident = str(entry["id"])
        if ident in seen:
            raise doc.error(f"duplicate id {ident!r}", *path, "id")
        seen.add(ident)
        kind = entry["kind"]
        if kind not in KINDS:
            raise doc.error(f"unknown kind {kind!r} (use {', '.join(KINDS)})", *path, "kind")

        def number(key: str, default: float, lo: float, hi: float, path=path, entry=entry) -> float:
            value = entry.get(key, default)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise doc.error(f"{key}: expected a number, got {value!r}", *path, key)
            if not lo <= value <= hi:
                raise doc.error(f"{key} = {value!r} is out of range [{lo}, {hi}]", *path, key)
            return float(value)

        if kind == "cohort_completion":
            definition = FailureDefinition(
                id=ident,
                description=str(entry.get("description", "")),
                kind=kind,
                fraction_of_target=number("fraction_of_target", 0.5, 0.0, 1.0),
                grace_months=int(number("grace_months", 0, 0, 24)),
            )
        else:
            measure = entry.get("measure")
            if measure not in SUSTAINED_MEASURES:
                raise doc.error(
                    f"unknown measure {measure!r} (use {', '.join(SUSTAINED_MEASURES)})",
                    *path,
                    "measure",
                )
            comparison = entry.get("comparison", "below")
            if comparison not in ("below", "above"):
                raise doc.error("comparison must be 'below' or 'above'", *path, "comparison")
            reference = entry.get("reference_year")
            if reference is not None:
                reference = int(number("reference_year", 2024, 2024, 2032))
            definition = FailureDefinition(
                id=ident,
                description=str(entry.get("description", "")),
                kind=kind,
                measure=measure,
                comparison=comparison,
                threshold=number("threshold", 0.0, -1e9, 1e9),
                months=int(number("months", 1, 1, 120)),
                reference_year=reference,
            )
        result.append(definition)
    return FailureDefinitions(combine=combine, definitions=tuple(result), source=doc.source)


def load_failure_definitions(path: str | Path | None = None) -> FailureDefinitions:
    """The failure definitions from the shipped file or an analyst's file."""
    return _parse(load_yaml(path or default_failure_path()))


class FailureTracker:
    """Tracks, per future, the first month each failure definition is met."""

    def __init__(
        self,
        definitions: FailureDefinitions,
        n: int,
        horizon: int,
        first_year: int,
    ) -> None:
        self.definitions = definitions
        self.horizon = horizon
        self.first_year = first_year
        self.first = {d.id: np.full(n, horizon, dtype=np.int32) for d in definitions.definitions}
        self._run = {d.id: np.zeros(n, dtype=np.int32) for d in definitions.definitions}
        self._reference_sum = {
            d.id: np.zeros(n) for d in definitions.definitions if d.reference_year is not None
        }
        self._reference_count = {ident: np.zeros(n) for ident in self._reference_sum}

    def _mark(self, ident: str, month: int, failed: np.ndarray) -> None:
        first = self.first[ident]
        np.putmask(first, failed & (first == self.horizon), month)

    def update(
        self,
        month: int,
        values: dict[str, np.ndarray],
        inaugurated: np.ndarray,
        target: int,
    ) -> None:
        """Feed one month: monthly measures (n,) and inaugurated counties per cohort (c, n)."""
        year_index = month // 12
        for d in self.definitions.definitions:
            if d.kind == "cohort_completion":
                # the cohort of year Y is checked at the end of Y plus the grace months
                cohort, rest = divmod(month - 11 - d.grace_months, 12)
                if rest == 0 and 0 <= cohort < inaugurated.shape[0]:
                    failed = inaugurated[cohort] < d.fraction_of_target * target
                    self._mark(d.id, month, failed)
                continue
            value = values[d.measure]
            threshold: np.ndarray | float = d.threshold
            if d.reference_year is not None:
                ref_index = d.reference_year - self.first_year
                if year_index == ref_index:
                    finite = np.isfinite(value)
                    self._reference_sum[d.id] += np.where(finite, value, 0.0)
                    self._reference_count[d.id] += finite
                    continue
                if year_index < ref_index:
                    continue
                count = self._reference_count[d.id]
                reference = self._reference_sum[d.id] / np.maximum(count, 1)
                threshold = np.where(count > 0, reference + d.threshold, np.nan)
            with np.errstate(invalid="ignore"):
                hit = value < threshold if d.comparison == "below" else value > threshold
            run = self._run[d.id]
            run[:] = np.where(hit, run + 1, 0)
            self._mark(d.id, month, run >= d.months)

    def combined(self) -> np.ndarray:
        stacked = np.stack(list(self.first.values()))
        if self.definitions.combine == "any":
            return stacked.min(axis=0)
        return stacked.max(axis=0)
