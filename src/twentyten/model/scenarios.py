"""Levers (L), policies and scenarios: what North Korea and the outside world choose.

A :class:`Scenario` is a named set of lever values plus (optionally) narrowed or shifted
uncertainty ranges; the five scenarios of the assessment ship as YAML presets and an analyst
can write their own file with the same keys. A :class:`Policy` is a partial set of lever
values that can be applied to any scenario (the policy-options comparison uses them).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from twentyten.datafiles import YamlDocument, load_yaml, package_data_dir
from twentyten.errors import InputError
from twentyten.model.uncertainties import (
    RANGE_KEYS,
    Uncertainty,
    check_range,
    load_uncertainties,
)

SCENARIO_KEYS = ("name", "title", "description", "levers", "uncertainties", "failure")
LEVER_TYPES = ("integer", "number", "boolean", "choice", "scope", "by_year")
FIRST_YEAR = 2024


@dataclass(frozen=True)
class Levers:
    """Lever values (L) as one run uses them. Defaults live in ``data/model/levers.yaml``."""

    target_counties_per_year: int
    plan_years: int
    groundbreaking_month: tuple[tuple[int, float], ...]
    scope_by_year: tuple[tuple[int, tuple[str, ...]], ...]
    programme_priority: float
    trade_decentralization: bool
    market_policy: str
    russia_ties: str
    ceasefire_year: int
    russia_civilian_multiplier: float
    china_trade: str
    sanctions_enforcement: str

    def scope_for(self, year: int) -> tuple[str, ...]:
        """Facilities a cohort starting in ``year`` builds (the last listed year repeats)."""
        return _by_year(self.scope_by_year, year)

    def groundbreaking_for(self, year: int) -> float:
        """Month (1-based, with fraction) in which the cohort of ``year`` breaks ground."""
        return _by_year(self.groundbreaking_month, year)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scope_by_year"] = {str(y): list(s) for y, s in self.scope_by_year}
        data["groundbreaking_month"] = {str(y): m for y, m in self.groundbreaking_month}
        return data


def _by_year(items: tuple[tuple[int, Any], ...], year: int) -> Any:
    chosen = items[0][1]
    for start, value in items:
        if start <= year:
            chosen = value
    return chosen


@dataclass(frozen=True)
class LeverDefinition:
    name: str
    type: str
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Policy:
    """A named partial set of lever values, e.g. one option of a decision-maker."""

    name: str
    levers: dict[str, Any] = field(default_factory=dict)
    description: str = ""


@dataclass(frozen=True)
class Scenario:
    """A named scenario: lever values and the uncertainty ranges its futures are drawn from."""

    name: str
    title: str
    description: str
    levers: Levers
    uncertainties: tuple[Uncertainty, ...]
    source: str = ""
    overridden: tuple[str, ...] = ()  # uncertainties whose ranges the scenario changed
    failure_file: str | None = None

    @property
    def uncertainty_names(self) -> list[str]:
        return [u.name for u in self.uncertainties]

    def uncertainty(self, name: str) -> Uncertainty:
        for u in self.uncertainties:
            if u.name == name:
                return u
        raise KeyError(name)

    def with_levers(self, **changes: Any) -> Scenario:
        """A copy with some levers changed (validated like a scenario file)."""
        definitions = lever_definitions()
        values = self.levers.as_dict()
        for key, value in changes.items():
            if key not in definitions:
                raise InputError("levers", f"unknown lever {key!r}", key=key)
            values[key] = value
        levers = _build_levers(values, definitions, None)
        return replace(self, levers=levers)

    def with_policy(self, policy: Policy) -> Scenario:
        changed = self.with_levers(**policy.levers)
        return replace(changed, name=f"{self.name}+{policy.name}")

    def with_uncertainty(self, name: str, low: float, central: float, high: float) -> Scenario:
        updated = tuple(
            u.with_range(low, central, high) if u.name == name else u for u in self.uncertainties
        )
        if updated == self.uncertainties and name not in self.uncertainty_names:
            raise InputError("uncertainties", f"unknown uncertainty {name!r}", key=name)
        return replace(self, uncertainties=updated, overridden=(*self.overridden, name))

    def parameters(self) -> dict[str, Any]:
        """Levers and overridden ranges as recorded with a run."""
        return {
            "levers": self.levers.as_dict(),
            "uncertainty_overrides": {
                name: {k: getattr(self.uncertainty(name), k) for k in RANGE_KEYS}
                for name in self.overridden
            },
            "source": self.source,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "source": self.source,
            **self.parameters(),
        }


def scenarios_dir() -> Path:
    return package_data_dir("model") / "scenarios"


def levers_path() -> Path:
    return package_data_dir("model") / "levers.yaml"


@cache
def lever_definitions() -> dict[str, LeverDefinition]:
    """The lever definitions from ``levers.yaml`` (validated against :class:`Levers`)."""
    doc = load_yaml(levers_path())
    entries = doc.mapping("levers")
    expected = {f.name for f in fields(Levers)}
    result: dict[str, LeverDefinition] = {}
    for name, entry in entries.items():
        if name not in expected:
            raise doc.error(f"unknown lever {name!r}", "levers", name)
        kind = entry.get("type")
        if kind not in LEVER_TYPES:
            raise doc.error(f"unknown lever type {kind!r}", "levers", name, "type")
        result[name] = LeverDefinition(
            name=name,
            type=kind,
            default=entry.get("default"),
            description=str(entry.get("description", "")),
            minimum=entry.get("min"),
            maximum=entry.get("max"),
            choices=tuple(entry.get("choices") or ()),
            sources=tuple(entry.get("sources") or ()),
        )
    missing = expected - set(result)
    if missing:
        raise doc.error(f"missing lever(s): {', '.join(sorted(missing))}", "levers")
    return result


def _lever_value(
    definition: LeverDefinition, value: Any, doc: YamlDocument | None, path: tuple[str, ...]
) -> Any:
    def fail(message: str) -> InputError:
        if doc is None:
            return InputError("levers", message, key=definition.name)
        return doc.error(message, *path)

    name = definition.name
    if definition.type in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail(f"{name}: expected a number, got {value!r}")
        if definition.type == "integer" and float(value) != int(value):
            raise fail(f"{name}: expected a whole number, got {value!r}")
        if not math.isfinite(float(value)):
            raise fail(f"{name}: expected a finite number")
        lo, hi = definition.minimum, definition.maximum
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise fail(f"{name} = {value!r} is out of range [{lo}, {hi}]")
        return int(value) if definition.type == "integer" else float(value)
    if definition.type == "boolean":
        if not isinstance(value, bool):
            raise fail(f"{name}: expected true or false, got {value!r}")
        return value
    if definition.type == "choice":
        if value not in definition.choices:
            raise fail(f"{name}: {value!r} is not one of {', '.join(definition.choices)}")
        return str(value)
    if definition.type == "by_year":
        return _by_year_numbers(definition, value, fail)
    # scope: {year: [facility, ...]}
    from twentyten.model.relationships import load_relationship_constants

    known = set(load_relationship_constants().scope_work)
    if not isinstance(value, dict) or not value:
        raise fail(f"{name}: expected a mapping of year to a list of facilities")
    items: list[tuple[int, tuple[str, ...]]] = []
    for year, facilities in value.items():
        year_int = _lever_year(name, year, fail)
        if not isinstance(facilities, list | tuple) or not facilities:
            raise fail(f"{name}: year {year_int} needs a non-empty list of facilities")
        for facility in facilities:
            if facility not in known:
                raise fail(
                    f"{name}: unknown facility {facility!r} (known: {', '.join(sorted(known))})"
                )
        items.append((year_int, tuple(str(f) for f in facilities)))
    return tuple(sorted(items))


def _lever_year(name: str, year: Any, fail: Callable[[str], InputError]) -> int:
    """A year key of a by-year lever, between the first modelled year and 2100."""
    try:
        year_int = int(year)
    except (TypeError, ValueError):
        raise fail(f"{name}: {year!r} is not a year") from None
    if not FIRST_YEAR <= year_int <= 2100:
        raise fail(f"{name}: year {year_int} is out of range [{FIRST_YEAR}, 2100]")
    return year_int


def _by_year_numbers(
    definition: LeverDefinition, value: Any, fail: Callable[[str], InputError]
) -> Any:
    name = definition.name
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = {FIRST_YEAR: value}
    if not isinstance(value, dict) or not value:
        raise fail(f"{name}: expected a number or a mapping of year to number")
    items: list[tuple[int, float]] = []
    for year, number in value.items():
        year_int = _lever_year(name, year, fail)
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise fail(f"{name}: year {year_int}: expected a number, got {number!r}")
        lo, hi = definition.minimum, definition.maximum
        if (lo is not None and number < lo) or (hi is not None and number > hi):
            raise fail(f"{name}: year {year_int}: {number!r} is out of range [{lo}, {hi}]")
        items.append((year_int, float(number)))
    return tuple(sorted(items))


def _build_levers(
    values: dict[str, Any],
    definitions: dict[str, LeverDefinition],
    doc: YamlDocument | None,
    path: tuple[str, ...] = ("levers",),
    explicit: set[str] | None = None,
) -> Levers:
    checked: dict[str, Any] = {}
    for name, definition in definitions.items():
        raw = values.get(name, definition.default)
        where = (*path, name) if explicit is None or name in explicit else path
        checked[name] = _lever_value(definition, raw, doc, where)
    return Levers(**checked)


def default_levers() -> Levers:
    definitions = lever_definitions()
    return _build_levers({}, definitions, None)


def list_scenarios() -> list[str]:
    """Names of the shipped scenario presets (baseline first)."""
    names = sorted(p.stem for p in scenarios_dir().glob("*.yaml"))
    if "baseline" in names:
        names.remove("baseline")
        names.insert(0, "baseline")
    return names


def load_scenario(
    name_or_path: str | Path,
    *,
    uncertainties: list[Uncertainty] | None = None,
) -> Scenario:
    """A preset by name (``baseline``, ``russia_windfall`` …) or an analyst's YAML file.

    The file may set ``levers`` (any subset; the rest take their defaults) and override
    ``uncertainties`` ranges (``{name: {low, central, high}}``, any subset of the three).
    Unknown keys or names, out-of-range values, or low > high raise :class:`InputError`
    naming the file, key and line.
    """
    text = str(name_or_path)
    path = Path(text)
    if not (text.endswith((".yaml", ".yml")) or path.exists()):
        preset = scenarios_dir() / f"{text}.yaml"
        if not preset.exists():
            raise InputError(
                text,
                f"no such scenario (presets: {', '.join(list_scenarios())}; or give a file)",
            )
        path = preset
    doc = load_yaml(path)
    return parse_scenario(doc, uncertainties=uncertainties)


def parse_scenario(
    doc: YamlDocument, *, uncertainties: list[Uncertainty] | None = None
) -> Scenario:
    if not isinstance(doc.data, dict):
        raise doc.error("expected a mapping with at least 'name' and 'levers'")
    doc.check_keys(SCENARIO_KEYS, required=("name",))
    name = doc.data["name"]
    if not isinstance(name, str) or not name.strip():
        raise doc.error("name must be a non-empty string", "name")
    definitions = lever_definitions()
    lever_values = doc.mapping("levers", required=False)
    for key in lever_values:
        if key not in definitions:
            raise doc.error(
                f"unknown lever {key!r} (known: {', '.join(definitions)})", "levers", key
            )
    levers = _build_levers(lever_values, definitions, doc, explicit=set(lever_values))

    base = list(uncertainties) if uncertainties is not None else load_uncertainties()
    by_name = {u.name: u for u in base}
    overrides = doc.mapping("uncertainties", required=False)
    overridden: list[str] = []
    for key, entry in overrides.items():
        path = ("uncertainties", key)
        if key not in by_name:
            raise doc.error(f"unknown uncertainty {key!r}", *path)
        if not isinstance(entry, dict) or not entry:
            raise doc.error("expected a mapping with low/central/high", *path)
        doc.check_keys(RANGE_KEYS, *path)
        current = by_name[key]
        values = {k: getattr(current, k) for k in RANGE_KEYS}
        for k, v in entry.items():
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise doc.error(f"{key}.{k}: expected a finite number, got {v!r}", *path, k)
            values[k] = float(v)
        low, central, high = values["low"], values["central"], values["high"]
        if "central" not in entry:
            central = min(max(central, low), high)
        check_range(doc, key, low, central, high, current.bounds, *path)
        by_name[key] = current.with_range(low, central, high)
        overridden.append(key)

    failure = doc.data.get("failure")
    if failure is not None and not isinstance(failure, str):
        raise doc.error("failure must be the path of a failure-definitions file", "failure")
    if failure is not None:
        failure_path = Path(failure)
        if not failure_path.is_absolute():
            failure_path = Path(doc.source).parent / failure_path
        failure = str(failure_path)
    return Scenario(
        name=name.strip(),
        title=str(doc.data.get("title") or name),
        description=str(doc.data.get("description") or "").strip(),
        levers=levers,
        uncertainties=tuple(by_name[u.name] for u in base),
        source=doc.source,
        overridden=tuple(overridden),
        failure_file=failure,
    )
