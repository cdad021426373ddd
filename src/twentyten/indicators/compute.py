"""``compute_indicators``: the register measured against the plan, as of a date."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from twentyten.indicators.cohorts import by_cohort, cohort_indicators, facility_mix
from twentyten.indicators.counties import county_packages
from twentyten.indicators.cumulative import cumulative_by_month, cumulative_by_year
from twentyten.indicators.data_quality import data_quality
from twentyten.indicators.evidence import evidence_strength
from twentyten.indicators.evidence_rules import EvidenceRules
from twentyten.indicators.model import Indicators
from twentyten.indicators.plan import Plan, load_plan
from twentyten.indicators.provinces import province_coverage
from twentyten.indicators.snapshot import load_snapshot
from twentyten.store import Store

NOTES = [
    "Counts are of cities/counties (units), not facilities, unless named projects or events.",
    "A county is completed when all its non-cancelled projects in the cohort are completed.",
    "Sites judged outside a cohort's announced list are reported beside it, not counted.",
    "Counties resting on one unreviewed source are listed as provisional, not counted, until"
    " an analyst accepts them or a second independent source corroborates them.",
    "Sources are independent origins (a mirror counts as its original); curated"
    " compilations are not counted as sources.",
    "Partial dates count towards a cut-off only when the whole month or year lies before it.",
    "Lags use day-precision groundbreaking and completion dates only.",
    "Undated completions count in 'completed' only when no as-of date is given;"
    " they are never placed on a timeline.",
]


def compute_indicators(
    store: Store,
    *,
    as_of: date | None = None,
    plan: Plan | None = None,
    evidence_rules: EvidenceRules | None = None,
) -> Indicators:
    """Measure the register (rejected rows excluded) against the plan.

    ``as_of`` cuts the timeline: only milestones certainly reached by that day count. Without
    it the cut-off is today and milestones the register holds without a date count too.
    """
    plan = plan or load_plan()
    cutoff = as_of or date.today()
    count_undated = as_of is None
    snapshot = load_snapshot(store, rules=evidence_rules)
    packages = county_packages(snapshot)
    counted = [p for p in packages if p.counted]
    names = snapshot.display_names(plan.is_candidate)

    cohorts = [
        cohort_indicators(
            cohort, members, plan, cutoff, count_undated, names, snapshot.programme_events
        )
        for cohort, members in by_cohort(packages).items()
    ]
    attendance = [{"cohort": c.cohort, **asdict(a)} for c in cohorts for a in c.leader_attendance]
    return Indicators(
        as_of=cutoff.isoformat(),
        plan={
            "name": plan.name,
            "announced": plan.announced,
            "target": plan.target,
            "annual_targets": {str(y): n for y, n in plan.annual_targets.items()},
            "sources": list(plan.sources),
        },
        cohorts=cohorts,
        cumulative=cumulative_by_year(counted, plan, cutoff),
        cumulative_monthly=cumulative_by_month(counted, plan, cutoff),
        provinces=province_coverage(snapshot.units, counted, cutoff, count_undated, names, plan),
        facility_mix=facility_mix(packages),
        leader_attendance=attendance,
        evidence=evidence_strength(snapshot, packages, names, plan),
        data_quality=data_quality(snapshot, packages),
        notes=list(NOTES),
    )
