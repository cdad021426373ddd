"""Event extraction: reports in, dated county events out (no store access)."""

from twentyten.extract.events import EVENT_TYPES, FACILITY_TYPES, ExtractedEvent
from twentyten.extract.extractor import Extractor, default_extractor, extract_events

__all__ = [
    "EVENT_TYPES",
    "FACILITY_TYPES",
    "ExtractedEvent",
    "Extractor",
    "default_extractor",
    "extract_events",
]
