"""The indicators as plain dataclasses: what ``compute_indicators`` returns.

Every count is of counties (second-level units) unless its name says projects or events.
``None`` means unknown or not applicable (a future year, a lag with no day-precision dates),
never zero.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class LagSummary:
    counties: int  # how many counties the figures rest on (day-precision start and end)
    median_days: float | None
    p10_days: float | None
    p25_days: float | None
    p75_days: float | None
    p90_days: float | None
    min_days: int | None
    max_days: int | None


@dataclass(slots=True)
class Attendance:
    """Counties whose ceremony of one kind the leader attended, did not, or we do not know."""

    event_type: str  # groundbreaking | completion
    counties_with_event: int
    attended: int
    not_attended: int
    unknown: int


@dataclass(slots=True)
class Checkpoint:
    label: str
    date: str
    completed: int


@dataclass(slots=True)
class FacilityCount:
    cohort: int | None
    facility_type: str
    projects: int
    counties: int


@dataclass(slots=True)
class CohortIndicators:
    cohort: int | None
    plan_target: int | None
    selected: int
    started: int
    completed: int
    completed_in_cohort_year: int
    completed_date_unknown: int
    started_date_unknown: int
    not_started: int
    median_lag_days: float | None
    lag: LagSummary
    completed_by: list[Checkpoint]
    leader_attendance: list[Attendance]
    facility_mix: dict[str, int]
    projects: int
    counties: list[str]
    # Sites broken ground with the cohort but judged not among its announced ones.
    outside_plan: int
    outside_plan_sites: list[str]
    # Claims about the whole cohort with no county ("all 20 completed this year"): kept
    # beside the county counts, never added to them.
    programme_claims: list[dict[str, object]] = field(default_factory=list)
    claimed_completed_in_cohort_year: bool = False
    # Counties resting on one unreviewed source: listed, not counted (see counties.py).
    provisional: int = 0
    provisional_sites: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CumulativeYear:
    year: int
    plan_cumulative: int
    selected_cumulative: int | None
    started_cumulative: int | None
    completed_cumulative: int | None
    # Completed counties whose completion date is unknown: the true figure lies between
    # completed_cumulative and completed_cumulative + completed_undated.
    completed_undated: int | None
    started_gap: int | None  # started_cumulative - plan_cumulative
    completed_gap: int | None  # completed_cumulative - plan_cumulative
    partial: bool  # the year is still running at the as-of date


@dataclass(slots=True)
class CumulativeMonth:
    month: str  # YYYY-MM
    plan_year_end_target: int
    started: int  # counties first started in the month (date known to the month or day)
    completed: int
    started_cumulative: int
    completed_cumulative: int


@dataclass(slots=True)
class ProvinceCoverage:
    province: str
    units: int
    selected: int
    started: int
    completed: int
    share_selected: float | None
    share_completed: float | None
    selected_counties: list[str]


@dataclass(slots=True)
class CohortEvidence:
    cohort: int | None
    counties: int
    no_claims: int
    curated_only: int
    single_source: int
    state_media_only: int
    with_non_state_source: int
    median_sources: float | None


@dataclass(slots=True)
class EvidenceStrength:
    counties: int  # selected counties (distinct units with a project)
    no_claims: int
    # Counties whose claims are all curated compilations (they cite, they do not report).
    curated_only: int
    single_source: int
    state_media_only: int
    with_non_state_source: int
    # independent sources per county -> counties; "3+" collects three or more
    triangulation: dict[str, int]
    projects_without_claims: int
    projects_without_claims_list: list[str]
    events_without_claims: int
    gazetteer_units: int
    units_never_mentioned: int
    units_mentioned_not_selected: int
    by_cohort: list[CohortEvidence]
    single_source_counties: list[str]
    state_media_only_counties: list[str]
    no_claims_counties: list[str]


@dataclass(slots=True)
class DataQuality:
    # precision -> count; "unknown" where the register holds no date
    project_start_precision: dict[str, int]
    project_end_precision: dict[str, int]
    event_date_precision: dict[str, int]
    month_or_year_precision_dates: int
    counties_completed_date_unknown: int
    counties_started_date_unknown: int
    projects_without_cohort: int
    events_without_project: int
    programme_events: int  # about a whole cohort or the programme, no county
    events_with_date_conflicts: int  # sources disagree on the day
    rejected_projects_excluded: int
    rejected_events_excluded: int


@dataclass(slots=True)
class Indicators:
    as_of: str
    plan: dict[str, Any]
    cohorts: list[CohortIndicators]
    cumulative: list[CumulativeYear]
    cumulative_monthly: list[CumulativeMonth]
    provinces: list[ProvinceCoverage]
    facility_mix: list[FacilityCount]
    leader_attendance: list[dict[str, Any]]
    evidence: EvidenceStrength
    data_quality: DataQuality
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable data (dicts, lists, strings, numbers, None)."""
        return asdict(self)
