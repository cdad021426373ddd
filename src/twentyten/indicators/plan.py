"""The plan path the indicators compare against, read from ``data/indicators/plan.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import yaml

from twentyten.errors import InputError
from twentyten.indicators.partial_dates import last_day_of_month


@dataclass(frozen=True, slots=True)
class CompletionCheckpoint:
    """A cut-off relative to a cohort year, e.g. the end of February the year after."""

    label: str
    years_after: int
    month: int
    day: int | None  # None: the last day of the month

    def date_for(self, cohort: int) -> date:
        year = cohort + self.years_after
        if self.day is None:
            return last_day_of_month(year, self.month)
        return date(year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class Plan:
    name: str
    announced: str
    target: int
    annual_targets: dict[int, int]
    completion_checkpoints: tuple[CompletionCheckpoint, ...]
    sources: tuple[str, ...]
    first_level_unit_types: frozenset[str] = frozenset({"province"})

    def is_candidate(self, unit_type: str) -> bool:
        """Whether a gazetteer unit of this type is one the plan could select."""
        return unit_type not in self.first_level_unit_types

    @property
    def first_year(self) -> int:
        return min(self.annual_targets)

    @property
    def last_year(self) -> int:
        return max(self.annual_targets)

    def cumulative_target(self, year: int) -> int:
        """Units the plan calls for by the end of ``year`` (0 before it starts)."""
        return sum(n for y, n in self.annual_targets.items() if y <= year)


def _bundled_plan_path() -> Path:
    return Path(str(resources.files("twentyten") / "data" / "indicators" / "plan.yaml"))


def load_plan(path: str | Path | None = None) -> Plan:
    """Read a plan file (the bundled 20x10 plan by default), checking that it adds up."""
    source = Path(path) if path is not None else _bundled_plan_path()
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(source, f"cannot read plan: {error}") from error
    if not isinstance(raw, dict):
        raise InputError(source, "plan must be a mapping")
    try:
        annual = {int(year): int(n) for year, n in raw["annual_targets"].items()}
        target = int(raw["target"])
        checkpoints = tuple(
            CompletionCheckpoint(
                label=str(item["label"]),
                years_after=int(item["years_after"]),
                month=int(item["month"]),
                day=None if str(item["day"]) == "last" else int(item["day"]),
            )
            for item in raw.get("completion_checkpoints", [])
        )
    except KeyError as error:
        raise InputError(source, "missing key", key=str(error.args[0])) from error
    except (TypeError, ValueError, AttributeError) as error:
        raise InputError(source, f"malformed plan: {error}") from error
    if sum(annual.values()) != target:
        raise InputError(
            source,
            f"annual targets add up to {sum(annual.values())}, not the target {target}",
            key="annual_targets",
        )
    return Plan(
        name=str(raw.get("name", "")),
        announced=str(raw.get("announced", "")),
        target=target,
        annual_targets=dict(sorted(annual.items())),
        completion_checkpoints=checkpoints,
        sources=tuple(str(s) for s in raw.get("sources", [])),
        first_level_unit_types=frozenset(
            str(t) for t in raw.get("first_level_unit_types") or ("province",)
        ),
    )
