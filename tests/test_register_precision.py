from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from twentyten.register.precision import PartialDate, compatible, gap_days, parse_partial_date

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


def _coarsen(day: date, precision: str) -> PartialDate:
    text = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]
    parsed = parse_partial_date(text)
    assert parsed is not None and parsed.precision == precision
    return parsed


@given(days, st.sampled_from(["day", "month", "year"]))
def test_a_day_is_compatible_with_its_own_month_and_year(day: date, precision: str) -> None:
    exact = _coarsen(day, "day")
    coarse = _coarsen(day, precision)
    assert coarse.first_day <= day <= coarse.last_day
    assert compatible(exact, coarse, 0) and compatible(coarse, exact, 0)


@given(days, days, st.integers(min_value=0, max_value=30))
def test_compatibility_is_symmetric_and_follows_the_gap(a: date, b: date, window: int) -> None:
    pa, pb = _coarsen(a, "day"), _coarsen(b, "day")
    assert compatible(pa, pb, window) == compatible(pb, pa, window)
    assert gap_days(pa, pb) == abs((a - b).days)
    assert compatible(pa, pb, window) == (abs((a - b).days) <= window)


@given(days)
def test_next_month_is_never_the_same_month(day: date) -> None:
    month = _coarsen(day, "month")
    following = _coarsen(month.last_day + timedelta(days=1), "month")
    assert not compatible(month, following, 30)


@given(st.text(max_size=12))
def test_parser_accepts_only_iso_partial_dates(text: str) -> None:
    try:
        parsed = parse_partial_date(text)
    except ValueError:
        return
    if parsed is not None:
        assert parsed.value == text.strip() and len(parsed.value) in (4, 7, 10)
