"""Auto-resolution rules: questions about the register answered from the register itself.

A rule is JSON (stored in ``forecast_questions.auto_rule``):

* a comparison ``{"metric": NAME, <metric arguments>, "op": ">=", "value": 20}``, or
* a combination ``{"any": [rule, ...]}`` / ``{"all": [rule, ...]}``.

Metrics (all count distinct cities/counties, ``admin_units.id``):

``cohort_completed_by`` (``cohort``, ``by``, optional ``facility_type``)
    units of that cohort with a completion by the date: a ``completion`` event of one of the
    cohort's projects, or a project whose status is completed/operating/stalled with an
    ``actual_end``.
``units_completed_by`` (``by``, optional ``facility_type``)
    the same over every cohort: cumulative counties completed.
``groundbreakings_in_year`` (``year``, optional ``facility_type``)
    units with a ``groundbreaking`` event or a project ``actual_start`` in that year.

Partial dates count conservatively: "2025-12" is taken as its last possible day, so it
is "by 2025-12-31" but not "by 2025-12-15". Rows an analyst rejected never count, an
analyst's ``overrides`` win over the derived values, and a site a curator marked as not
counted in its cohort (``counted_in_cohort`` false) is left out of cohort metrics. A metric
refuses to answer (``None``) when the register holds nothing at all for its cohort or year:
no news is not evidence of no activity.
"""

from __future__ import annotations

import calendar
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from twentyten.store import schema

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}
COMPLETED_STATUSES = ("completed", "operating", "stalled")
METRIC_ARGUMENTS: dict[str, dict[str, type]] = {
    "cohort_completed_by": {"cohort": int, "by": date},
    "units_completed_by": {"by": date},
    "groundbreakings_in_year": {"year": int},
}
OPTIONAL_ARGUMENTS: dict[str, type] = {"facility_type": str}


def latest_possible_day(value: str | None) -> date | None:
    """The last day a partial ISO date ("2025", "2025-02", "2025-02-11") can mean."""
    if not value:
        return None
    parts = value.strip().split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, int(parts[2][:2]))
    except (ValueError, IndexError):
        return None


def _year_of(value: str | None) -> int | None:
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    return int(value[:4])


# --- validation ------------------------------------------------------------------------


def validate_rule(rule: Any, where: tuple[str | int, ...] = ()) -> tuple[tuple, str] | None:
    """``None`` when ``rule`` is well formed, else ``(path inside the rule, message)``."""
    if not isinstance(rule, dict):
        return where, "a rule must be a mapping"
    for combinator in ("any", "all"):
        if combinator in rule:
            parts = rule[combinator]
            if set(rule) != {combinator} or not isinstance(parts, list) or not parts:
                return where, f"'{combinator}' must be the only key, with a non-empty list"
            for index, part in enumerate(parts):
                problem = validate_rule(part, (*where, combinator, index))
                if problem is not None:
                    return problem
            return None
    metric = rule.get("metric")
    if metric not in METRIC_ARGUMENTS:
        known = ", ".join(sorted(METRIC_ARGUMENTS))
        return (*where, "metric"), f"unknown metric {metric!r} (known: {known}; or any/all)"
    expected = METRIC_ARGUMENTS[metric]
    allowed = {"metric", "op", "value", *expected, *OPTIONAL_ARGUMENTS}
    for key in rule:
        if key not in allowed:
            return (*where, key), f"unknown argument {key!r} for metric {metric}"
    for name, kind in {**expected, **OPTIONAL_ARGUMENTS}.items():
        if name not in rule:
            if name in expected:
                return (*where, name), f"metric {metric} needs {name!r}"
            continue
        value = rule[name]
        if kind is date:
            if latest_possible_day(str(value)) is None or len(str(value)) != 10:
                return (*where, name), f"{name} must be a date YYYY-MM-DD"
        elif kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            return (*where, name), f"{name} must be an integer"
        elif kind is str and not isinstance(value, str):
            return (*where, name), f"{name} must be text"
    if rule.get("op") not in OPERATORS:
        return (*where, "op"), f"op must be one of {' '.join(OPERATORS)}"
    value = rule.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return (*where, "value"), "value must be a number"
    return None


# --- evaluation ------------------------------------------------------------------------


@dataclass
class RuleOutcome:
    """``value`` is True/False, or None when the register cannot answer yet; with the why."""

    value: bool | None
    explanation: str
    evidence: dict[str, Any] = field(default_factory=dict)


def _effective(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The row's values with the analyst's overrides applied (overrides win)."""
    values = {name: getattr(row, name) for name in fields}
    overrides = getattr(row, "overrides", None) or {}
    values.update({key: value for key, value in overrides.items() if key in values})
    return values


PROJECT_FIELDS = (
    "id", "unit_id", "facility_type", "cohort", "status", "actual_start", "actual_end",
    "review_state", "counted_in_cohort",
)  # fmt: skip
EVENT_FIELDS = ("project_id", "unit_id", "event_type", "date", "review_state")


def _projects(conn: Connection, facility_type: str | None) -> dict[int, dict[str, Any]]:
    """Projects as the register currently states them (overrides applied, rejected out)."""
    rows = conn.execute(select(schema.projects)).all()
    projects = {}
    for row in rows:
        values = _effective(row, PROJECT_FIELDS)
        if values["review_state"] == "rejected":
            continue
        if facility_type is not None and values["facility_type"] != facility_type:
            continue
        projects[values["id"]] = values
    return projects


def _events(conn: Connection, event_type: str) -> list[dict[str, Any]]:
    events = schema.events
    rows = conn.execute(select(events)).all()
    chosen = []
    for row in rows:
        values = _effective(row, EVENT_FIELDS)
        if values["review_state"] != "rejected" and values["event_type"] == event_type:
            chosen.append(values)
    return chosen


def _completion_days(
    conn: Connection, *, cohort: int | None, facility_type: str | None
) -> tuple[dict[str, date], int]:
    """Earliest (conservative) completion day per unit, and how many projects exist.

    With a cohort, only the cohort's counted sites take part (``counted_in_cohort`` is not
    False: a curator can mark a site as outside the announced "20 cities and counties").
    """
    projects = {
        key: values
        for key, values in _projects(conn, facility_type).items()
        if cohort is None
        or (values["cohort"] == cohort and values["counted_in_cohort"] is not False)
    }
    days: dict[str, date] = {}

    def note(unit: str | None, day: date | None) -> None:
        if unit is not None and day is not None and (unit not in days or day < days[unit]):
            days[unit] = day

    for values in projects.values():
        if values["status"] in COMPLETED_STATUSES:
            note(values["unit_id"], latest_possible_day(values["actual_end"]))
    for event in _events(conn, "completion"):
        project = projects.get(event["project_id"])
        if project is not None:
            note(project["unit_id"], latest_possible_day(event["date"]))
    return days, len(projects)


def _groundbreaking_units(
    conn: Connection, *, year: int, facility_type: str | None
) -> tuple[set[str], bool]:
    """Units breaking ground in ``year``; and whether the register covers that year at all."""
    projects = _projects(conn, facility_type)
    units: set[str] = set()
    for values in projects.values():
        if _year_of(values["actual_start"]) == year:
            units.add(values["unit_id"])
    for event in _events(conn, "groundbreaking"):
        project = projects.get(event["project_id"])
        if event["project_id"] is not None and project is None:
            continue  # the project was rejected or is of another facility type
        if facility_type is not None and project is None:
            continue
        unit = event["unit_id"] or (project["unit_id"] if project else None)
        if unit is not None and _year_of(event["date"]) == year:
            units.add(unit)
    # Coverage: is the register kept up through this year at all (anything dated in it or
    # later)? Without it, "zero groundbreakings" would only mean "nobody looked".
    events = schema.events
    covered = (
        conn.execute(select(events.c.id).where(events.c.date >= str(year)).limit(1)).first()
        is not None
    )
    return units, covered


def metric_value(conn: Connection, rule: dict[str, Any]) -> tuple[int | None, str, dict]:
    """The metric a comparison rule names: (value or None, description, evidence)."""
    metric = rule["metric"]
    facility_type = rule.get("facility_type")
    facility = f", facility_type={facility_type}" if facility_type else ""
    if metric in ("cohort_completed_by", "units_completed_by"):
        cohort = rule.get("cohort")
        by = date.fromisoformat(rule["by"])
        days, n_projects = _completion_days(conn, cohort=cohort, facility_type=facility_type)
        scope = f"cohort={cohort}, " if cohort is not None else ""
        described = f"{metric}({scope}by={by.isoformat()}{facility})"
        if n_projects == 0:
            what = f"cohort {cohort}" if cohort is not None else "any cohort"
            return None, f"{described}: the register has no projects for {what}", {}
        units = sorted(unit for unit, day in days.items() if day <= by)
        evidence = {"units": units, "projects_considered": n_projects}
        return len(units), described, evidence
    if metric == "groundbreakings_in_year":
        year = int(rule["year"])
        units_set, covered = _groundbreaking_units(conn, year=year, facility_type=facility_type)
        described = f"{metric}(year={year}{facility})"
        if not units_set and not covered:
            return None, f"{described}: the register has no events dated in or after {year}", {}
        return len(units_set), described, {"units": sorted(units_set)}
    raise ValueError(f"unknown metric {metric!r}")  # validate_rule keeps this unreachable


def _combine(kind: str, outcomes: Iterable[RuleOutcome]) -> RuleOutcome:
    parts = list(outcomes)
    values = [part.value for part in parts]
    explanation = f" {'OR' if kind == 'any' else 'AND'} ".join(
        f"({part.explanation})" for part in parts
    )
    evidence = {"parts": [part.evidence for part in parts]}
    if kind == "any":
        value = True if True in values else (False if None not in values else None)
    else:
        value = False if False in values else (True if None not in values else None)
    return RuleOutcome(value, explanation, evidence)


def evaluate_rule(conn: Connection, rule: dict[str, Any]) -> RuleOutcome:
    """Answer ``rule`` from the register rows visible on ``conn``."""
    for kind in ("any", "all"):
        if kind in rule:
            return _combine(kind, (evaluate_rule(conn, part) for part in rule[kind]))
    value, described, evidence = metric_value(conn, rule)
    if value is None:
        return RuleOutcome(None, described, evidence)
    holds = OPERATORS[rule["op"]](value, rule["value"])
    evidence = {**evidence, "metric": described, "observed": value}
    text = f"{described} = {value} {rule['op']} {rule['value']}: {'yes' if holds else 'no'}"
    return RuleOutcome(holds, text, evidence)
