"""A county's package in one cohort: the unit of account of the plan.

The plan counts cities and counties, not facilities: Kangdong's 2025 factories, hospital and
service centre are one county of the 2025 cohort. A county counts as started when any of its
projects broke ground and as completed when every project that was not cancelled is
completed; its completion date is then the last of theirs (unknown if any is unknown).

Projects a curator marked as not one of the cohort's announced sites (``counted_in_cohort``
False: a paper mill broken ground alongside them) form a separate package that the plan
measures leave out and the cohort reports beside them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from twentyten.indicators.partial_dates import PartialDate
from twentyten.indicators.snapshot import Claim, Event, Project, RegisterSnapshot, Unit


@dataclass(slots=True)
class CountyPackage:
    unit: Unit
    cohort: int | None
    projects: list[Project]
    counted: bool = True  # one of the cohort's announced sites (or not judged)
    # Resting only on unreviewed evidence from a single independent source: shown beside the
    # plan's counts until an analyst accepts it or a second source corroborates it.
    provisional: bool = False

    @property
    def live_projects(self) -> list[Project]:
        return [p for p in self.projects if p.status != "cancelled"]

    @property
    def is_started(self) -> bool:
        return any(p.is_started for p in self.projects)

    @property
    def is_completed(self) -> bool:
        live = self.live_projects
        return bool(live) and all(p.is_completed for p in live)

    @property
    def start(self) -> PartialDate | None:
        """The earliest groundbreaking date we hold for any of its projects."""
        dates = [p.start for p in self.projects if p.is_started and p.start is not None]
        return min(dates, key=lambda d: (d.earliest, d.latest), default=None)

    @property
    def end(self) -> PartialDate | None:
        """The last completion date, or None while any completed project is undated."""
        if not self.is_completed:
            return None
        dates = [p.end for p in self.live_projects]
        if any(d is None for d in dates):
            return None
        return max(dates, key=lambda d: (d.latest, d.earliest))  # type: ignore[arg-type,return-value]

    def started_by(self, cutoff: date, *, count_undated: bool) -> bool:
        if not self.is_started:
            return False
        if self.completed_by(cutoff, count_undated=False):
            return True  # a completion proves the start, even when its date is unknown
        dated = [p.start for p in self.projects if p.is_started and p.start is not None]
        if any(d.certainly_by(cutoff) for d in dated):
            return True
        return count_undated and not dated

    def completed_by(self, cutoff: date, *, count_undated: bool) -> bool:
        if not self.is_completed:
            return False
        end = self.end
        if end is None:
            return count_undated
        return end.certainly_by(cutoff)

    @property
    def lag_days(self) -> int | None:
        """Groundbreaking to completion in days, only when both are known to the day."""
        start, end = self.start, self.end
        if start is None or end is None or not (start.is_day and end.is_day):
            return None
        return (end.earliest - start.earliest).days

    @property
    def events(self) -> list[Event]:
        return [e for p in self.projects for e in p.events]

    @property
    def claims(self) -> list[Claim]:
        return [c for p in self.projects for c in p.claims]


def county_packages(snapshot: RegisterSnapshot) -> list[CountyPackage]:
    """Group projects by (unit, cohort, counted), ordered by cohort then county name."""
    grouped: dict[tuple[str, int | None, bool], list[Project]] = defaultdict(list)
    for project in snapshot.projects:
        counted = project.counted_in_cohort is not False
        grouped[(project.unit_id, project.cohort, counted)].append(project)
    packages = []
    for (unit_id, cohort, counted), projects in grouped.items():
        provisional = is_provisional(projects)
        packages.append(
            CountyPackage(
                unit=snapshot.units[unit_id],
                cohort=cohort,
                projects=projects,
                counted=counted and not provisional,
                provisional=provisional,
            )
        )
    packages.sort(key=lambda p: (p.cohort is None, p.cohort or 0, p.unit.name_en, not p.counted))
    return packages


MIN_INDEPENDENT_SOURCES = 2


def is_provisional(projects: list[Project]) -> bool:
    """No project accepted by an analyst and fewer than two independent sources behind them.

    One extracted report should not move the headline counts (a misread county would add a
    21st site to a cohort of 20); it enters them once reviewed or corroborated.
    """
    if any(p.review_state == "accepted" for p in projects):
        return False
    sources = {
        claim.source_key
        for project in projects
        for event in project.events
        for claim in event.claims
        if claim.is_independent and claim.review_state != "rejected"
    }
    return len(sources) < MIN_INDEPENDENT_SOURCES
