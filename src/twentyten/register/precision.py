"""Place and date precision codes, and partial dates ("2025", "2025-02", "2025-02-27").

The codes follow ACLED/AidData practice: a fact is only as exact as its source. A report
that says "late February" and one that gives the 27th can describe the same ceremony, so
partial dates are compared as ranges, never padded into invented days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

# "ambiguous": a county name that fits units in several provinces, none chosen yet.
PLACE_PRECISIONS = ("exact_site", "county", "ambiguous", "province", "country")
DATE_PRECISIONS = ("day", "month", "year")
_RANK = {"day": 3, "month": 2, "year": 1}
_PATTERN = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """An ISO date that may stop at the month or the year; ``precision`` says where."""

    value: str
    precision: str

    @cached_property
    def first_day(self) -> date:
        year, month, day = self._parts()
        return date(year, month or 1, day or 1)

    @cached_property
    def last_day(self) -> date:
        year, month, day = self._parts()
        if month is None:
            return date(year, 12, 31)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day)

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def rank(self) -> int:
        """3 for a day, 2 for a month, 1 for a year: higher is more precise."""
        return _RANK[self.precision]

    def _parts(self) -> tuple[int, int | None, int | None]:
        pieces = [int(p) for p in self.value.split("-")]
        pieces += [None] * (3 - len(pieces))  # type: ignore[list-item]
        return pieces[0], pieces[1], pieces[2]  # type: ignore[return-value]

    def __str__(self) -> str:
        return self.value


def parse_partial_date(text: str | None) -> PartialDate | None:
    """``"2025-02"`` -> month precision; blank -> None; anything else -> ValueError."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"month out of range: {text!r}")
    if day is not None:
        try:
            date(int(year), int(month), int(day))
        except ValueError as error:
            raise ValueError(f"no such day: {text!r}") from error
        return PartialDate(text, "day")
    return PartialDate(text, "month" if month else "year")


def precision_of(text: str | None) -> str | None:
    parsed = parse_partial_date(text)
    return parsed.precision if parsed else None


def gap_days(a: PartialDate, b: PartialDate) -> int:
    """Days between the two ranges; 0 when they overlap ("2025-02" and "2025-02-27")."""
    if a.last_day < b.first_day:
        return (b.first_day - a.last_day).days
    if b.last_day < a.first_day:
        return (a.first_day - b.last_day).days
    return 0


def compatible(a: PartialDate | None, b: PartialDate | None, window_days: int) -> bool:
    """Could both dates describe the same day?

    Two days may differ by ``window_days`` of reporting slack (datelines, time zones); a month
    or a year must contain the other date. An unknown date is compatible with anything: it
    adds a source, not a contradiction.
    """
    if a is None or b is None:
        return True
    return gap_days(a, b) <= slack(a, b, window_days)


def slack(a: PartialDate, b: PartialDate, window_days: int) -> int:
    """The reporting slack allowed between two dates: only two exact days get any."""
    return window_days if a.precision == b.precision == "day" else 0
