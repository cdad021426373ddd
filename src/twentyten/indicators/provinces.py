"""Coverage by province: how many of a province's cities and counties the plan has reached."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from twentyten.indicators.counties import CountyPackage
from twentyten.indicators.model import ProvinceCoverage
from twentyten.indicators.plan import Plan
from twentyten.indicators.snapshot import Unit


def province_coverage(
    units: dict[str, Unit],
    packages: list[CountyPackage],
    cutoff: date,
    count_undated: bool,
    names: dict[str, str],
    plan: Plan,
) -> list[ProvinceCoverage]:
    """Per province: its candidate units (first-level units themselves are not) and how many
    the plan has selected, started and completed."""
    candidates: dict[str, set[str]] = defaultdict(set)
    for unit in units.values():
        if plan.is_candidate(unit.unit_type):
            candidates[unit.province].add(unit.id)
    selected: dict[str, set[str]] = defaultdict(set)
    started: dict[str, set[str]] = defaultdict(set)
    completed: dict[str, set[str]] = defaultdict(set)
    for package in packages:
        province = package.unit.province
        candidates[province].add(package.unit.id)
        selected[province].add(package.unit.id)
        if package.started_by(cutoff, count_undated=count_undated):
            started[province].add(package.unit.id)
        if package.completed_by(cutoff, count_undated=count_undated):
            completed[province].add(package.unit.id)
    rows = []
    for province in sorted(candidates):
        total = len(candidates[province])
        rows.append(
            ProvinceCoverage(
                province=province,
                units=total,
                selected=len(selected[province]),
                started=len(started[province]),
                completed=len(completed[province]),
                share_selected=round(len(selected[province]) / total, 4) if total else None,
                share_completed=round(len(completed[province]) / total, 4) if total else None,
                selected_counties=sorted(names[u] for u in selected[province]),
            )
        )
    return rows
