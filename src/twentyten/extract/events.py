"""The event record the extractor emits: one county x one event type x one date."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "groundbreaking",
    "construction_progress",
    "leader_visit",
    "completion",
    "production_start",
    "policy_announcement",
    "other",
)

# The order the evidence register and the dev corpus write facility types in.
FACILITY_TYPES = (
    "regional_industry_factory",
    "hospital",
    "health_complex",
    "general_service_centre",
    "fish_farm",
    "greenhouse_farm",
    "grain_management",
    "cultural_facility",
    "paper_mill",
    "other",
)


def ordered_facilities(types: set[str] | list[str]) -> list[str]:
    """Facility types in the canonical order, without duplicates."""
    present = set(types)
    return [t for t in FACILITY_TYPES if t in present]


@dataclass
class ExtractedEvent:
    """What one report says happened at one county on one date."""

    document: str
    event_type: str
    county: str | None
    province: str | None
    date: str | None
    facility_types: list[str] = field(default_factory=list)
    leader_attended: bool | None = None
    span: tuple[int, int] = (0, 0)
    confidence: float = 0.5
    unit_id: str | None = None
    date_precision: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "event_type": self.event_type,
            "county": self.county,
            "province": self.province,
            "date": self.date,
            "facility_types": list(self.facility_types),
            "leader_attended": self.leader_attended,
            "span": [self.span[0], self.span[1]],
            "confidence": round(self.confidence, 3),
            "unit_id": self.unit_id,
            "date_precision": self.date_precision,
        }
