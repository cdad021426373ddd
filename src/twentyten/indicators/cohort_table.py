"""The cohort table as flat rows: what ``twentyten indicators --format csv`` prints.

One row per cohort; nested figures are spread into columns: ``lag_*`` (days, day-precision
dates only, ``lag_counties`` = how many counties they rest on), ``completed_by_<label>``
(one column per plan checkpoint, empty until the checkpoint is reached),
``<ceremony>_attended`` / ``_not_attended`` / ``_unknown`` (counties by the leader's
presence at their groundbreaking or completion), and ``facility_mix`` as
``type=n`` pairs separated by spaces.
"""

from __future__ import annotations

from typing import Any

from twentyten.indicators.model import Indicators
from twentyten.indicators.plan import Plan, load_plan

BASE_COLUMNS = (
    "cohort",
    "plan_target",
    "selected",
    "started",
    "completed",
    "completed_in_cohort_year",
    "completed_date_unknown",
    "started_date_unknown",
    "not_started",
    "median_lag_days",
    "lag_counties",
    "lag_p25_days",
    "lag_p75_days",
    "lag_min_days",
    "lag_max_days",
)
CEREMONY_COLUMNS = tuple(
    f"{ceremony}_{outcome}"
    for ceremony in ("groundbreaking", "completion")
    for outcome in ("attended", "not_attended", "unknown")
)


def cohort_columns(plan: Plan | None = None) -> list[str]:
    plan = plan or load_plan()
    checkpoints = [f"completed_by_{c.label}" for c in plan.completion_checkpoints]
    return [*BASE_COLUMNS, *checkpoints, *CEREMONY_COLUMNS, "projects", "facility_mix"]


def cohort_rows(indicators: Indicators, plan: Plan | None = None) -> list[dict[str, Any]]:
    columns = cohort_columns(plan)
    rows = []
    for cohort in indicators.cohorts:
        row: dict[str, Any] = dict.fromkeys(columns)
        row.update(
            cohort=cohort.cohort,
            plan_target=cohort.plan_target,
            selected=cohort.selected,
            started=cohort.started,
            completed=cohort.completed,
            completed_in_cohort_year=cohort.completed_in_cohort_year,
            completed_date_unknown=cohort.completed_date_unknown,
            started_date_unknown=cohort.started_date_unknown,
            not_started=cohort.not_started,
            median_lag_days=cohort.median_lag_days,
            lag_counties=cohort.lag.counties,
            lag_p25_days=cohort.lag.p25_days,
            lag_p75_days=cohort.lag.p75_days,
            lag_min_days=cohort.lag.min_days,
            lag_max_days=cohort.lag.max_days,
            projects=cohort.projects,
            facility_mix=" ".join(f"{k}={v}" for k, v in cohort.facility_mix.items()),
        )
        for checkpoint in cohort.completed_by:
            key = f"completed_by_{checkpoint.label}"
            if key in row:
                row[key] = checkpoint.completed
        for attendance in cohort.leader_attendance:
            row[f"{attendance.event_type}_attended"] = attendance.attended
            row[f"{attendance.event_type}_not_attended"] = attendance.not_attended
            row[f"{attendance.event_type}_unknown"] = attendance.unknown
        rows.append(row)
    return rows
