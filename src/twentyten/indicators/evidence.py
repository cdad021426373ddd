"""Evidence strength: how much each county's record rests on, and where there is none.

Sources are counted as independent origins, the way the register triangulates: a mirror or
reprint counts as its original, so five sites relaying one KCNA story are one source (and
state media alone). Curated compilations show that evidence exists but are not a source.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable

from twentyten.indicators.counties import CountyPackage
from twentyten.indicators.model import CohortEvidence, EvidenceStrength
from twentyten.indicators.plan import Plan
from twentyten.indicators.snapshot import Claim, RegisterSnapshot


def _triangulation_bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


class _CountyEvidence:
    def __init__(self, claims: list[Claim]) -> None:
        self.claims = len(claims)
        independent = [c for c in claims if c.is_independent]
        self.sources = {c.source_key for c in independent}
        self.state_sources = {c.source_key for c in independent if c.is_state_media}

    @property
    def n(self) -> int:
        return len(self.sources)

    @property
    def curated_only(self) -> bool:
        return self.claims > 0 and not self.sources

    @property
    def state_media_only(self) -> bool:
        return bool(self.sources) and self.sources == self.state_sources

    @property
    def has_non_state(self) -> bool:
        return bool(self.sources - self.state_sources)


def _counts(evidence: dict[str, _CountyEvidence]) -> dict[str, int]:
    values = evidence.values()
    return {
        "no_claims": sum(1 for e in values if e.claims == 0),
        "curated_only": sum(1 for e in values if e.curated_only),
        "single_source": sum(1 for e in values if e.n == 1),
        "state_media_only": sum(1 for e in values if e.state_media_only),
        "with_non_state_source": sum(1 for e in values if e.has_non_state),
    }


def evidence_strength(
    snapshot: RegisterSnapshot, packages: list[CountyPackage], names: dict[str, str], plan: Plan
) -> EvidenceStrength:
    """Per county over all its packages (any cohort, counted or not)."""
    claims_by_unit: dict[str, list[Claim]] = defaultdict(list)
    for package in packages:
        claims_by_unit[package.unit.id].extend(package.claims)
    per_unit = {unit: _CountyEvidence(claims) for unit, claims in claims_by_unit.items()}
    triangulation = Counter(_triangulation_bucket(e.n) for e in per_unit.values())

    cohorts: dict[int | None, list[CountyPackage]] = defaultdict(list)
    for package in packages:
        cohorts[package.cohort].append(package)
    by_cohort = []
    for cohort in sorted(cohorts, key=lambda c: (c is None, c or 0)):
        cohort_claims: dict[str, list[Claim]] = defaultdict(list)
        for package in cohorts[cohort]:
            cohort_claims[package.unit.id].extend(package.claims)
        cohort_evidence = {u: _CountyEvidence(c) for u, c in cohort_claims.items()}
        sizes = [e.n for e in cohort_evidence.values()]
        by_cohort.append(
            CohortEvidence(
                cohort=cohort,
                counties=len(cohort_evidence),
                **_counts(cohort_evidence),
                median_sources=float(statistics.median(sizes)) if sizes else None,
            )
        )

    bare_projects = [
        f"{names[p.unit_id]} · {p.facility_type} · {p.cohort if p.cohort is not None else '?'}"
        for p in snapshot.projects
        if not p.claims
    ]
    candidates = {u.id for u in snapshot.units.values() if plan.is_candidate(u.unit_type)}
    selected = set(per_unit)
    mentioned = (
        selected
        | snapshot.mentioned_unit_ids
        | {e.unit_id for e in snapshot.loose_events if e.unit_id}
    )
    events = [e for p in snapshot.projects for e in p.events] + snapshot.loose_events

    def listed(predicate: Callable[[_CountyEvidence], bool]) -> list[str]:
        return sorted(names[u] for u, e in per_unit.items() if predicate(e))

    return EvidenceStrength(
        counties=len(per_unit),
        **_counts(per_unit),
        triangulation={k: triangulation[k] for k in ("0", "1", "2", "3+")},
        projects_without_claims=len(bare_projects),
        projects_without_claims_list=sorted(bare_projects),
        events_without_claims=sum(1 for e in events if not e.claims),
        gazetteer_units=len(candidates),
        units_never_mentioned=len(candidates - mentioned),
        units_mentioned_not_selected=len((mentioned & candidates) - selected),
        by_cohort=by_cohort,
        single_source_counties=listed(lambda e: e.n == 1),
        state_media_only_counties=listed(lambda e: e.state_media_only),
        no_claims_counties=listed(lambda e: e.claims == 0),
    )
