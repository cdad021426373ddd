"""Helpers shared by the extraction tests: one extractor per module, compact event keys."""

from __future__ import annotations

from twentyten.extract import Extractor


def keys(events: list) -> set[tuple[str | None, str, str | None]]:
    """(county, event type, date) of each event: what the quality bench scores."""
    return {(e.county, e.event_type, e.date) for e in events}


def run(extractor: Extractor, text: str, published: str | None, language: str) -> list:
    return extractor.extract(text, document="t", published=published, language=language)
