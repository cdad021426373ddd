"""Publication dates: from metadata strings in many formats, or from a dateline with a year.

Dates are kept as precise as the source states them: ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``. A timestamp keeps the calendar date it was written in (a KCNA item stamped
``2025-01-07T23:30+09:00`` is from 7 January, whatever the date in UTC). A dateline without
a year ("Pyongyang, January 7 (KCNA)") gives no publication date: the year is unknown.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAME = r"(?P<month_name>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})(?:[-./]\s?(?P<m>\d{1,2})(?:[-./]\s?(?P<d>\d{1,2}))?)?(?=$|[T\s.,])"
)
_COMPACT = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:$|T|\s)")
_KOREAN = re.compile(
    r"(?:주체\s*\d{1,3}\s*\(\s*)?(?P<y>(?:19|20)\d{2})\s*\)?\s*년\s*(?P<m>\d{1,2})\s*월"
    r"(?:\s*(?P<d>\d{1,2})\s*일)?"
)
_DOTTED_KOREAN = re.compile(r"(?P<y>(?:19|20)\d{2})\.\s*(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})\.?")
_MONTH_FIRST = re.compile(
    _MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?:Juche\s+\d{1,3}\s+\(\s*(?P<juche_y>(?:19|20)\d{2})\s*\)|(?P<y>(?:19|20)\d{2}))",
    re.I,
)
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})\s+" + _MONTH_NAME + r",?\s+(?P<y>(?:19|20)\d{2})", re.I)
_MONTH_YEAR = re.compile(_MONTH_NAME + r",?\s+(?P<y>(?:19|20)\d{2})\b", re.I)
_ISO_ANYWHERE = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")

# Datelines sit at the top of a report; a year further down is usually about something else.
DATELINE_CHARS = 400


def _format(year: int, month: int | None, day: int | None) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = groups.get("y") or groups.get("juche_y")
    if year is None:
        return None
    month: int | None
    if groups.get("month_name"):
        month = _MONTHS[groups["month_name"].lower().rstrip(".")]
    else:
        month = int(groups["m"]) if groups.get("m") else None
    day = int(groups["d"]) if groups.get("d") else None
    return _format(int(year), month, day)


def normalize_date(value: object) -> str | None:
    """A metadata date in any common format as ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY``."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None  # bare numbers (epoch seconds?) are too ambiguous to guess
    text = str(value).strip()
    if not text:
        return None
    for pattern in (_COMPACT, _ISO):
        match = pattern.match(text)
        if match:
            return _from_match(match)
    for pattern in (_KOREAN, _DOTTED_KOREAN, _MONTH_FIRST, _DAY_FIRST, _MONTH_YEAR):
        match = pattern.search(text)
        if match:
            return _from_match(match)
    return None


_YEAR = re.compile(r"(?:19|20)\d{2}")
# How far before and after a year its day and month can be written ("January 16, Juche
# 114 (2025)" puts them 30 characters before it).
_WINDOW_BEFORE, _WINDOW_AFTER = 45, 25


def dateline_date(text: str) -> str | None:
    """The date of a dateline that states its year, near the top of ``text``; else None."""
    head = text[:DATELINE_CHARS]
    # Only the neighbourhood of a year can hold a full date: look there, not everywhere.
    found: list[tuple[int, str]] = []
    for year in _YEAR.finditer(head):
        start = max(0, year.start() - _WINDOW_BEFORE)
        window = head[start : year.end() + _WINDOW_AFTER]
        for pattern in (_KOREAN, _MONTH_FIRST, _DAY_FIRST, _ISO_ANYWHERE):
            match = pattern.search(window)
            if match:
                value = _from_match(match)
                if value and len(value) == 10:
                    found.append((start + match.start(), value))
        if found:
            break
    return min(found)[1] if found else None
