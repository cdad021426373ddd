"""Cumulative counties started and completed against the plan path, by year and by month.

A county selected in two cohorts (Kusong: factories in 2024, a hospital in 2025) counts once,
from the first of its packages to reach the milestone. Dates known only to the year are placed
at the end of that year (when they are certainly past); undated milestones are not placed on
the timeline at all and are reported beside it.
"""

from __future__ import annotations

from datetime import date

from twentyten.indicators.counties import CountyPackage
from twentyten.indicators.model import CumulativeMonth, CumulativeYear
from twentyten.indicators.partial_dates import last_day_of_month
from twentyten.indicators.plan import Plan


def _units(packages: list[CountyPackage], cutoff: date, *, milestone: str) -> set[str]:
    if milestone == "started":
        return {p.unit.id for p in packages if p.started_by(cutoff, count_undated=False)}
    return {p.unit.id for p in packages if p.completed_by(cutoff, count_undated=False)}


def cumulative_by_year(
    packages: list[CountyPackage], plan: Plan, cutoff: date
) -> list[CumulativeYear]:
    years = sorted(set(plan.annual_targets) | {p.cohort for p in packages if p.cohort})
    rows = []
    for year in years:
        planned = plan.cumulative_target(year)
        if year > cutoff.year:
            rows.append(CumulativeYear(year, planned, None, None, None, None, None, None, False))
            continue
        year_cut = min(date(year, 12, 31), cutoff)
        in_scope = [p for p in packages if p.cohort is not None and p.cohort <= year]
        started = _units(packages, year_cut, milestone="started")
        completed = _units(packages, year_cut, milestone="completed")
        undated = {p.unit.id for p in in_scope if p.is_completed and p.end is None} - completed
        rows.append(
            CumulativeYear(
                year=year,
                plan_cumulative=planned,
                selected_cumulative=len({p.unit.id for p in in_scope}),
                started_cumulative=len(started),
                completed_cumulative=len(completed),
                completed_undated=len(undated),
                started_gap=len(started) - planned,
                completed_gap=len(completed) - planned,
                partial=year_cut < date(year, 12, 31),
            )
        )
    return rows


def cumulative_by_month(
    packages: list[CountyPackage], plan: Plan, cutoff: date
) -> list[CumulativeMonth]:
    year, month = plan.first_year, 1
    rows: list[CumulativeMonth] = []
    started_before: set[str] = set()
    completed_before: set[str] = set()
    while (year, month) <= (cutoff.year, cutoff.month):
        month_cut = min(last_day_of_month(year, month), cutoff)
        started = _units(packages, month_cut, milestone="started")
        completed = _units(packages, month_cut, milestone="completed")
        rows.append(
            CumulativeMonth(
                month=f"{year:04d}-{month:02d}",
                plan_year_end_target=plan.cumulative_target(year),
                started=len(started - started_before),
                completed=len(completed - completed_before),
                started_cumulative=len(started),
                completed_cumulative=len(completed),
            )
        )
        started_before, completed_before = started, completed
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows
