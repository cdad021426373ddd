"""Overlap resolution shared by the trigger, facility and date scans."""

from __future__ import annotations

from twentyten.extract.spans import leftmost_non_overlapping


def test_the_preferred_match_at_a_position_wins_and_what_it_covers_is_dropped() -> None:
    ordered = [(0, 9, "ground was broken"), (0, 6, "ground"), (4, 12, "inside"), (9, 14, "next")]
    assert leftmost_non_overlapping(ordered) == [(0, 9, "ground was broken"), (9, 14, "next")]


def test_nothing_in_nothing_out() -> None:
    assert leftmost_non_overlapping([]) == []
