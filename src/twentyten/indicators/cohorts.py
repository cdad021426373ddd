"""Per-cohort indicators: selection, starts, completions, lags, attendance, facility mix."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date

from twentyten.indicators.counties import CountyPackage
from twentyten.indicators.model import (
    Attendance,
    Checkpoint,
    CohortIndicators,
    FacilityCount,
    LagSummary,
)
from twentyten.indicators.plan import Plan
from twentyten.indicators.snapshot import Event

CEREMONIES = ("groundbreaking", "completion")


def facility_label(facility_type: str, detail: str | None) -> str:
    """Projects of type "other" are told apart by their detail ("other:leisure_complex")."""
    if facility_type == "other" and detail:
        return f"other:{detail}"
    return facility_type


def summarise_lags(lags: list[int]) -> LagSummary:
    if not lags:
        return LagSummary(0, None, None, None, None, None, None, None)
    ordered = sorted(lags)
    if len(ordered) == 1:
        only = float(ordered[0])
        quartiles = [only, only, only]
        deciles = [only] * 9
    else:
        quartiles = statistics.quantiles(ordered, n=4, method="inclusive")
        deciles = statistics.quantiles(ordered, n=10, method="inclusive")
    return LagSummary(
        counties=len(ordered),
        median_days=float(statistics.median(ordered)),
        p10_days=round(deciles[0], 1),
        p25_days=round(quartiles[0], 1),
        p75_days=round(quartiles[2], 1),
        p90_days=round(deciles[8], 1),
        min_days=ordered[0],
        max_days=ordered[-1],
    )


def attendance(packages: list[CountyPackage], event_type: str) -> Attendance:
    with_event = attended = not_attended = unknown = 0
    for package in packages:
        flags = [e.leader_attended for e in package.events if e.event_type == event_type]
        if not flags:
            continue
        with_event += 1
        if any(flag is True for flag in flags):
            attended += 1
        elif flags and all(flag is False for flag in flags):
            not_attended += 1
        else:
            unknown += 1
    return Attendance(event_type, with_event, attended, not_attended, unknown)


def cohort_indicators(
    cohort: int | None,
    packages: list[CountyPackage],
    plan: Plan,
    cutoff: date,
    count_undated: bool,
    names: dict[str, str],
    programme_events: list[Event] | None = None,
) -> CohortIndicators:
    """Figures for one cohort; ``packages`` may include sites outside the plan's count."""
    provisional = [p for p in packages if p.provisional]
    outside = [p for p in packages if not p.counted and not p.provisional]
    packages = [p for p in packages if p.counted]
    started = [p for p in packages if p.started_by(cutoff, count_undated=count_undated)]
    completed = [p for p in packages if p.completed_by(cutoff, count_undated=count_undated)]
    in_year = 0
    checkpoints: list[Checkpoint] = []
    if cohort is not None:
        year_end = date(cohort, 12, 31)
        in_year = sum(
            1 for p in packages if p.completed_by(min(year_end, cutoff), count_undated=False)
        )
        for checkpoint in plan.completion_checkpoints:
            when = checkpoint.date_for(cohort)
            if when > cutoff:
                continue  # not reached yet at the as-of date: no figure rather than a guess
            done = sum(1 for p in packages if p.completed_by(when, count_undated=False))
            checkpoints.append(Checkpoint(checkpoint.label, when.isoformat(), done))
    lag = summarise_lags([p.lag_days for p in completed if p.lag_days is not None])
    mix: Counter[str] = Counter(
        facility_label(project.facility_type, project.facility_detail)
        for package in packages
        for project in package.projects
    )
    programme = [
        e for e in programme_events or [] if e.cohort == cohort and e.cohort is not None
    ]
    claimed_in_year = any(
        e.event_type == "completion"
        and e.date is not None
        and e.date.year == cohort
        and e.date.certainly_by(cutoff)
        for e in programme
    )
    return CohortIndicators(
        cohort=cohort,
        plan_target=plan.annual_targets.get(cohort) if cohort is not None else None,
        selected=len(packages),
        started=len(started),
        completed=len(completed),
        completed_in_cohort_year=in_year,
        completed_date_unknown=sum(1 for p in packages if p.is_completed and p.end is None),
        started_date_unknown=sum(1 for p in packages if p.is_started and p.start is None),
        not_started=sum(1 for p in packages if not p.is_started),
        median_lag_days=lag.median_days,
        lag=lag,
        completed_by=checkpoints,
        leader_attendance=[attendance(packages, kind) for kind in CEREMONIES],
        facility_mix=dict(sorted(mix.items())),
        projects=sum(len(p.projects) for p in packages),
        counties=[names[p.unit.id] for p in packages],
        outside_plan=len(outside),
        outside_plan_sites=[
            f"{names[p.unit.id]} · "
            + ", ".join(facility_label(x.facility_type, x.facility_detail) for x in p.projects)
            for p in outside
        ],
        programme_claims=[
            {
                "event_type": e.event_type,
                "date": e.date_text,
                "sources": sorted({c.source_url for c in e.claims if c.source_url}),
            }
            for e in programme
        ],
        claimed_completed_in_cohort_year=claimed_in_year,
        provisional=len(provisional),
        provisional_sites=[names[p.unit.id] for p in provisional],
    )


def by_cohort(packages: list[CountyPackage]) -> dict[int | None, list[CountyPackage]]:
    grouped: dict[int | None, list[CountyPackage]] = defaultdict(list)
    for package in packages:
        grouped[package.cohort].append(package)
    return dict(sorted(grouped.items(), key=lambda item: (item[0] is None, item[0] or 0)))


def facility_mix(packages: list[CountyPackage]) -> list[FacilityCount]:
    projects: Counter[tuple[int | None, str]] = Counter()
    counties: dict[tuple[int | None, str], set[str]] = defaultdict(set)
    for package in packages:
        if not package.counted:
            continue
        for project in package.projects:
            key = (package.cohort, facility_label(project.facility_type, project.facility_detail))
            projects[key] += 1
            counties[key].add(package.unit.id)
    return [
        FacilityCount(cohort, label, projects[(cohort, label)], len(counties[(cohort, label)]))
        for cohort, label in sorted(projects, key=lambda k: (k[0] is None, k[0] or 0, k[1]))
    ]
