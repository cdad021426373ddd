"""Overlapping matches: keep the first of each run, as a regular-expression scan would."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

Span = TypeVar("Span", bound=tuple[Any, ...])


def leftmost_non_overlapping(ordered: Iterable[Span]) -> list[Span]:
    """The items (start, end, ...) that no earlier kept item overlaps.

    ``ordered`` is sorted by start and then by preference (longer, more specific first), so
    at each position the preferred match wins and whatever it covers is dropped.
    """
    kept: list[Span] = []
    last_end = -1
    for item in ordered:
        if item[0] < last_end:
            continue
        kept.append(item)
        last_end = item[1]
    return kept
