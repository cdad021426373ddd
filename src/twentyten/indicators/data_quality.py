"""How good the register's dates are: precision counts and what is still unknown."""

from __future__ import annotations

from collections import Counter

from twentyten.indicators.counties import CountyPackage
from twentyten.indicators.model import DataQuality
from twentyten.indicators.partial_dates import PartialDate
from twentyten.indicators.snapshot import RegisterSnapshot

PRECISION_KEYS = ("day", "month", "year", "unknown")


def _precisions(dates: list[PartialDate | None]) -> dict[str, int]:
    counts = Counter(d.precision if d is not None else "unknown" for d in dates)
    return {key: counts[key] for key in PRECISION_KEYS}


def data_quality(snapshot: RegisterSnapshot, packages: list[CountyPackage]) -> DataQuality:
    projects = snapshot.projects
    starts = _precisions([p.start for p in projects if p.is_started])
    ends = _precisions([p.end for p in projects if p.is_completed])
    events = [e for p in projects for e in p.events] + snapshot.loose_events
    event_dates = _precisions([e.date for e in events])
    coarse = sum(d["month"] + d["year"] for d in (starts, ends, event_dates))
    return DataQuality(
        project_start_precision=starts,
        project_end_precision=ends,
        event_date_precision=event_dates,
        month_or_year_precision_dates=coarse,
        counties_completed_date_unknown=sum(
            1 for p in packages if p.is_completed and p.end is None
        ),
        counties_started_date_unknown=sum(1 for p in packages if p.is_started and p.start is None),
        projects_without_cohort=sum(1 for p in projects if p.cohort is None),
        events_without_project=len(snapshot.loose_events),
        programme_events=len(snapshot.programme_events),
        events_with_date_conflicts=sum(1 for e in events if e.date_conflicts),
        rejected_projects_excluded=snapshot.rejected_projects,
        rejected_events_excluded=snapshot.rejected_events,
    )
