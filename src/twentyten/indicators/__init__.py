"""Indicators: the register measured against the plan (20 counties a year to 200 by 2033).

``compute_indicators(store, as_of=...)`` returns an :class:`Indicators` whose ``to_dict()``
is plain JSON data. Counts are of counties, not facilities, unless named otherwise.
"""

from twentyten.indicators.cohort_table import cohort_columns, cohort_rows
from twentyten.indicators.compute import compute_indicators
from twentyten.indicators.evidence_rules import EvidenceRules
from twentyten.indicators.model import (
    CohortIndicators,
    CumulativeMonth,
    CumulativeYear,
    DataQuality,
    EvidenceStrength,
    Indicators,
    ProvinceCoverage,
)
from twentyten.indicators.plan import Plan, load_plan
from twentyten.indicators.snapshot import RegisterSnapshot, load_snapshot

__all__ = [
    "CohortIndicators",
    "CumulativeMonth",
    "CumulativeYear",
    "DataQuality",
    "EvidenceRules",
    "EvidenceStrength",
    "Indicators",
    "Plan",
    "ProvinceCoverage",
    "RegisterSnapshot",
    "cohort_columns",
    "cohort_rows",
    "compute_indicators",
    "load_plan",
    "load_snapshot",
]
