"""Partial dates as the register stores them: "2025-02-26", "2025-02" or "2025".

A partial date names a period, not a day. Indicators never guess the day inside it: a
completion dated "2025-02" counts as done by a cut-off only when the whole month lies before
the cut-off, and lags are computed from day-precision dates alone.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A day, month or year, as written in the register."""

    text: str
    precision: str  # day | month | year
    earliest: date  # first day of the period
    latest: date  # last day of the period

    @property
    def is_day(self) -> bool:
        return self.precision == "day"

    def certainly_by(self, cutoff: date) -> bool:
        """True when the whole period lies on or before ``cutoff``."""
        return self.latest <= cutoff

    @property
    def year(self) -> int:
        return self.earliest.year

    @property
    def month(self) -> tuple[int, int] | None:
        """(year, month) when the date is precise to the month or the day."""
        if self.precision == "year":
            return None
        return (self.earliest.year, self.earliest.month)


def parse_partial_date(text: str | None, precision: str | None = None) -> PartialDate | None:
    """Read a stored date; None for a blank or unreadable one (unknown stays unknown).

    The stored precision column wins when it is coarser than the text (a "2025-02-01" marked
    "month" means February 2025), since writers sometimes pad partial dates to a full day.
    """
    if text is None:
        return None
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        return None
    text_precision = {1: "year", 2: "month", 3: "day"}.get(len(numbers))
    if text_precision is None:
        return None
    chosen = text_precision
    if precision in PRECISIONS and PRECISIONS.index(precision) > PRECISIONS.index(chosen):
        chosen = precision
    try:
        year = numbers[0]
        if chosen == "year":
            return PartialDate(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))
        month = numbers[1]
        if chosen == "month":
            last = calendar.monthrange(year, month)[1]
            return PartialDate(
                f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last)
            )
        day = date(year, month, numbers[2])
    except ValueError:
        return None
    return PartialDate(day.isoformat(), "day", day, day)


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
