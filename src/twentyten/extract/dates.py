"""Resolve datelines and date expressions in English and Korean reports to calendar dates.

Reports from KCNA, Rodong Sinmun, the Pyongyang Times, the Voice of Korea and South Korean
wires date events relative to their dateline ("on Tuesday", "28일", "last month"). The
resolver first finds the reference date (dateline, else the publication date from metadata),
then resolves every date expression against it. Nothing is guessed: an expression that cannot
be anchored resolves to None, and a year-only expression keeps precision "year".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Any, Literal

import yaml

from twentyten.extract.anchored import trie_pattern
from twentyten.extract.spans import leftmost_non_overlapping

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar date known to day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> date | None:
        if self.day is None or self.month is None:
            return None
        return date(self.year, self.month, self.day)

    @classmethod
    def of(cls, value: date) -> ResolvedDate:
        return cls(value.year, value.month, value.day)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, with its span and resolved value."""

    start: int
    end: int
    surface: str
    value: ResolvedDate
    # "explicit": names the date; "relative": counted from the reference date;
    # "anaphoric": counted from the previous date in the text ("the same day").
    kind: Literal["explicit", "relative", "anaphoric"]
    # For an anaphoric date, how it counts from the date before: "same", "+1", "-2" ...
    relation: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline of a report: where and when it was filed."""

    start: int
    end: int
    date: date | None
    # True when the year came from the text, False when it was taken from metadata.
    year_from_text: bool
    outlet: str | None


@dataclass(frozen=True)
class _Vocabulary:
    month_by_name: dict[str, int]
    weekday_by_name: dict[str, int]
    juche_offset: int
    month_parts_en: tuple[str, ...]
    month_parts_ko: tuple[str, ...]
    month_part_first_day: dict[str, int]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    raw = yaml.safe_load(
        resources.files("twentyten").joinpath("data/extract/dates.yaml").read_text("utf-8")
    )
    months = {name.lower(): int(num) for num, names in raw["months"].items() for name in names}
    weekdays: dict[str, int] = {}
    for key in ("weekdays_en", "weekdays_ko"):
        for num, names in raw[key].items():
            for name in names:
                weekdays[name.lower()] = int(num)
    return _Vocabulary(
        month_by_name=months,
        weekday_by_name=weekdays,
        juche_offset=int(raw["juche_offset"]),
        month_parts_en=tuple(raw["month_parts_en"]),
        month_parts_ko=tuple(raw["month_parts_ko"]),
        month_part_first_day={k: int(v) for k, v in raw["month_part_first_day"].items()},
    )


def _cased_trie(words: list[str]) -> str:
    """A trie alternation of words in lower, Title and UPPER case."""
    return trie_pattern([form for w in words for form in (w, w.capitalize(), w.upper())])


def _month_forms(vocab: _Vocabulary) -> list[str]:
    """Title-case and upper-case spellings of every month name ("March", "MARCH")."""
    forms: list[str] = []
    for name in vocab.month_by_name:
        forms += [name.capitalize(), name.upper()]
    return forms


def _alternation(words: list[str]) -> str:
    """An alternation of literal words, factored as a trie so that scanning stays fast."""
    return trie_pattern(words)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The date patterns. Each starts with literal text or a digit class, never with an
    optional group, a lookbehind or \\b: the regular-expression engine can then jump to
    candidate positions, which keeps a scan of a long report fast. Optional words before a
    date ("early", "지난", "2025년") are read by the *_prefix patterns on the text before it.
    """
    vocab = _vocabulary()
    # Month names are capitalised in running text ("a vigorous march" is no date).
    month = rf"(?P<month>{_alternation(_month_forms(vocab))})\.?"
    en_weekdays = [w.capitalize() for w in vocab.weekday_by_name if w.isascii()]
    en_weekdays += [w.upper() for w in en_weekdays]
    ko_weekdays = [w for w in vocab.weekday_by_name if not w.isascii()]
    parts_en = _alternation(list(vocab.month_parts_en))
    parts_ko = _alternation(list(vocab.month_parts_ko))
    d12 = "[0-9][0-9]?"
    juche_ko = r"주체\s?(?P<juche>[0-9]{2,3})(?:\s?\((?P<jyear>[0-9]{4})\))?\s?년"
    return {
        # --- English ---
        # "9-11 December 2025", "December 9-11" (a meeting over several days: closing day).
        "en_range_dm": re.compile(
            rf"(?P<day1>{d12})\s?[-–—]\s?(?P<day>{d12})\s+{month}(?:,?\s+(?P<year>[0-9]{{4}})(?![-./][0-9]))?\b"
        ),
        "en_range_md": re.compile(
            rf"{month}\s+(?P<day1>{d12})\s?(?:[-–—]|to|through)\s?(?P<day>{d12})"
            rf"(?:,\s*(?P<year>[0-9]{{4}}))?\b"
        ),
        # "February 28, 2024", "Feb. 28", "Jan 30"
        "en_md": re.compile(
            rf"{month}\s+(?P<day>{d12})(?![0-9])(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?:Juche\s+[0-9]{{2,3}}\s+\()?(?P<year>[0-9]{{4}})\)?"
            rf"|\s+(?P<rel>last|this) year\b)?"
        ),
        # "Dec. 28 | and 29" (a second day, as in "... respectively"), read right after a
        # month-day match.
        "en_and_day": re.compile(
            rf"\s+and\s+(?P<day>{d12})(?![0-9])(?:st|nd|rd|th)?(?!\s+[A-Z])"
            rf"(?:,?\s+(?P<year>[0-9]{{4}}))?"
        ),
        # "20 December 2024", "20 Dec", "the 26th of December"
        "en_dm": re.compile(
            rf"(?P<day>{d12})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(?P<year>[0-9]{{4}})(?![-./][0-9])"
            # ("the 28th of February last year")
            rf"|\s+(?P<rel>last|this) year\b)?\b"
        ),
        # "March", "February 2025", "March last year" (+ prefix: "early", "in the first days of")
        "en_month": re.compile(
            rf"{month}(?:\s+(?P<year>[0-9]{{4}})\b|(?:\s+of)?\s+(?P<rel>last|this|next)\s+year\b"
            # ("in January Juche 113 (2024)": the year in brackets after the Juche year)
            r"|,?\s+Juche\s+[0-9]{2,3}\s+\((?P<jyear>[0-9]{4})\)|\b)"
        ),
        "en_month_prefix": re.compile(
            rf"(?:(?P<part>{parts_en})[\s-]+(?:of\s+)?)?(?P<last>last\s+)?$", re.IGNORECASE
        ),
        "en_weekday": re.compile(rf"(?P<weekday>{_alternation(en_weekdays)})\b"),
        "ko_weekday": re.compile(rf"(?P<weekday>{_alternation(ko_weekdays)})"),
        # "today's ceremony" in a quoted speech is not the dateline's day.
        "en_relative_day": re.compile(
            # (and a log's short forms: "GB yday in A", "Sukchon opened yest.")
            rf"(?P<word>{_cased_trie(['yesterday', 'today', 'tonight', 'yday'])}|yest(?=\.))\b"
            # ("yesterday's inauguration" is dated; "today's ceremony" in a speech is not.)
            r"(?!(?<=[Tt]oday)'s|(?<=[Tt]oday)’s|(?<=[Tt]onight)'s|(?<=[Tt]onight)’s)"
        ),
        # "due to open later this month" is ahead of the report: no past event's date.
        "en_relative_month": re.compile(
            rf"(?<![Ll]ater )(?P<which>{_cased_trie(['last', 'this', 'next'])}) month\b"
        ),
        # "last week", "this week", "지난주", "이번 주": a month when the week lies in one.
        "en_relative_week": re.compile(
            # (not "the last week of February": a part of that month)
            rf"(?P<which>{_cased_trie(['last', 'past', 'this', 'earlier this', 'earlier in the'])})"
            r" week\b(?! of\b)"
        ),
        "ko_relative_week": re.compile(r"(?P<which>지난\s?주|이번\s?주)(?!\s?[0-9])"),
        "en_anaphora": re.compile(
            r"[Tt]he\s+(?:(?P<same>same\s+(?:day|Monday|Tuesday|Wednesday|Thursday|Friday"
            r"|Saturday|Sunday))|(?P<next>next\s+(?:day|morning)|following\s+(?:day|morning)|day\s+after(?=[,.;:]))"
            r"|(?P<before>day\s+before|previous\s+day))\b"
            r"|(?P<month>(?:[Aa]round|[Aa]bout)\s+the\s+same\s+time"
            # ("Hwangju followed on 26 February. In the same week KCNA reported ...")
            r"|(?<=[Ii]n )the\s+same\s+(?:week|days)|(?:[Tt]hat\s+same|[Ll]ater\s+that)\s+week"
            # ("were opened the same week as the Kangdong complex")
            r"|(?<![Ii]n )the\s+same\s+week(?=\s+as\b))\b"
            # A note's "Same day Sinyang ... opened" drops the article.
            r"|(?P<bare>(?<![A-Za-z] )Same\s+day)\b"
            # (also after a comma in a list line: "Maengsan-gun, South P'yŏngan, same day")
            r"|(?P<listed>(?<=, )same\s+day)\b"
            # ("The big day was last Friday. On that one day KCNA reported ...")
            # (or "Ceremonies held that day for …" after an item's day)
            r"|(?P<that>(?:(?<=[Oo]n )|(?<=held ))that\s+(?:one\s+|same\s+|very\s+)?day)\b"
        ),
        # "three days later", "a day earlier", "a week later" (the count is read by
        # en_days_prefix); a bare "after" only in "X came a day after Y" (Y is a day before X).
        "en_days_later": re.compile(
            r"(?P<unit>days?|weeks?)\s+(?P<dir>later|after\s+that|earlier|after)\b"
        ),
        "en_days_prefix": re.compile(
            r"(?P<verb>(?:came|followed)\s+)?\b"
            r"(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[0-9]+"
            # ("on Friday, the day after he cut the ribbon in B": only before "day after")
            r"|(?<=, )the)\s+$"
        ),
        "en_juche": re.compile(
            r"(?:Juche|JUCHE)\s+(?P<juche>[0-9]{2,3})(?:\s+\((?P<jyear>[0-9]{4})\))?"
        ),
        # "on the 28th": that day of the reference month, or the most recent one before.
        # ("on the 26th of December" is a month-day date, read by en_dm.)
        "en_ordinal_day": re.compile(
            rf"(?:[Oo]n|[Bb]y|[Ss]ince|[Ff]rom) the (?P<day>{d12})(?:st|nd|rd|th)\b"
            r"(?!\s+of\s+[A-Z])"
            # "Koksan on the 20th, Kilju the 23rd and Kaephung the 26th": a bare "the 23rd"
            # that ends a phrase (not "the 9th Party Congress").
            # (or after a label's colon: "- Jaeryong: the 7th, Kim present")
            # (not an ordinal of the sites: "became the 20th and final site")
            rf"|(?:(?<=[a-z] )|(?<=[A-Za-z]: ))the (?P<bare>{d12})(?:st|nd|rd|th)"
            r"(?=\s*(?:[,.;:)–—-]|and\b(?!\s+(?:final|last)\b)|$))"
            # "- the 7th: Chaeryŏng, South Hwanghae", "• 13th: Kusong City Hospital": a list
            # line that opens with its day.
            rf"|(?:(?<=- )the |(?<=[-•*▪‣] ))(?P<row>{d12})(?:st|nd|rd|th)\b(?=\s*[:–—-])"
        ),
        # Numeric dates of Korean and ISO style: "2025.12.15", "2025-12-15", "2025/12/15",
        # "2025. 12. 15."; and a month.day pair without the year ("12.15") in Korean text.
        "num_ymd": re.compile(
            r"(?P<year>[12][0-9]{3})(?P<sep>[./-])[ \t]?(?P<month>[01]?[0-9])(?P=sep)[ \t]?"
            # (not a day half-written: "2025-12-2x", the month only)
            r"(?P<day>[0-3]?[0-9])(?![0-9xX])"
        ),
        # Day-month-year and month-day-year numerals ("20-12-2024", "12/20/2024"); which one
        # a text writes is read from the numbers above 12 (day first when nothing tells).
        "num_dmy": re.compile(
            r"(?<![0-9A-Za-z.])(?P<first>[0-3]?[0-9])(?P<sep>[./-])(?P<second>[0-3]?[0-9])(?P=sep)"
            r"(?P<year>(?:19|20)[0-9]{2}|(?<=/)[0-9]{2})(?![0-9/])"
        ),
        # (A one-digit day only before a Korean word: "12.3 평남 신양군", "▲1.8 = 평안남도
        # 숙천군", not "3.5 배".)
        "num_md": re.compile(
            r"(?P<month>1[0-2]|0?[1-9])\.(?P<day>[0-3][0-9]"
            # (or columns set apart by spaces: "1.7   재령(황남)  준공")
            # (or a fixed-width table's cell, its next column two spaces or more away)
            r"|[1-9](?=\.?[ \t]+[가-힣]|[ \t]?[=–—][ \t]?[가-힣]|[~∼][0-9]|[ \t]{2,}[^\s0-9]))"
            # (its day closed by a full stop before a place: "/ 1.12. 경성군 /")
            r"(?![0-9%])(?!\.(?![ \t]+[가-힣]{1,8}(?:군|시|구역)(?![가-힣])))"
            r"(?!\.?\s*(?:배|명|톤|개|퍼센트|킬로|미터|달러|억|만|조|시간|분|초|정보|헥타르))"
        ),
        "en_year": re.compile(r"(?:in|since|from|of|until)\s+(?P<year>(?:19|20)[0-9]{2})\b"),
        # --- Korean ---
        # "12월 9일부터 11일까지" (closing day)
        "ko_range": re.compile(
            rf"(?P<month>{d12})\s?월\s?(?P<first>{d12})\s?일\s?부터\s?"
            rf"(?:(?P<month2>{d12})\s?월\s?)?(?P<day>{d12})\s?일\s?까지"
            # "12월 9~11일": the last day, when the meeting ended.
            rf"|(?P<month3>{d12})\s?월\s?(?P<first3>{d12})\s?[~∼-]\s?(?P<day3>{d12})\s?일"
        ),
        # "2월 6일" (+ prefix: "주체114(2025)년", "2025년")
        "ko_full": re.compile(rf"(?P<month>{d12})\s?월\s?(?P<day>{d12})\s?일"),
        "ko_year_prefix": re.compile(rf"(?:{juche_ko}|(?P<year>[0-9]{{4}})\s?년)\s?$"),
        # "28일" (+ prefix: "지난", "지난달", "이달")
        "ko_day": re.compile(rf"(?P<day>{d12})\s?일(?![0-9간째])"),
        "ko_day_prefix": re.compile(
            r"(?P<prefix>지난달|이달|같은\s?달|(?:그\s?)?다음\s?날|이튿날|지난"
            # ("사흘 뒤인 9일", "일주일 뒤인 9일": the day counted, of the month told before)
            r"|(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|일주일|한\s?주|[0-9]{1,2}\s?일)\s?(?:뒤|후)인)"
            # (and over a span of days, to its last: "지난달 9~11일")
            r"\s?(?:에는\s?|에\s?)?(?:[0-9]{1,2}\s?[~∼]\s?)?$"
        ),
        # "3월", "3월 상순" (+ prefix: "지난해", "지난", "2024년")
        "ko_month": re.compile(
            rf"(?P<month>{d12})\s?월(?:\s?(?P<part>{parts_ko}))?(?!\s?[0-9][0-9]?\s?일)"
        ),
        "ko_month_prefix": re.compile(
            # (a two-digit year after an apostrophe too: "'24년 3월 상순")
            r"(?:(?P<prefix>지난해|작년|올해|금년|지난)\s?)?"
            r"(?:(?P<year>[0-9]{4})\s?년\s?|['’‘](?P<yy>[0-9]{2})\s?년\s?)?$"
        ),
        "ko_relative_month": re.compile(
            rf"(?P<which>지난달|이달|이번\s?달|다음달)(?:\s?(?P<part>{parts_ko}))?"
        ),
        # ("전일": the Sino-Korean "the day before", as logs write it: "준공식(전일)"; not
        # "전일제", full-time)
        "ko_relative_day": re.compile(
            r"(?P<word>어제|오늘|전날|그저께|그제|래일|내일"
            r"|(?<![가-힣])전일(?=에|(?![가-힣]|[ \t]?제)))"
        ),
        # "같은 무렵" (around the same time): the month of the date before.
        "ko_anaphora": re.compile(
            # ("같은 달 하순": that month; "같은 달 28일" is a day of it, read by ko_day)
            r"(?P<same>같은\s?날|그날|이날)"
            # ("그때도 ...": the date just said; not "원수님께서는 그때 제시하신 과업")
            r"|(?P<then>(?<![가-힣] )(?<![가-힣])그\s?때(?=도|에|는|\s))"
            r"|(?P<month>(?:같은|비슷한)\s?(?:무렵|시기)|같은\s?달(?!\s?[0-9])"
            # ("12월 15일부터 29일까지는 ... 이 기간 A군, B군에서도": during that span)
            r"|(?<![가-힣])(?:이|그|같은)\s?기간(?=에|\s|동안))"
            # "다음 날에는 A군, 이틀 뒤에는 B군": counted from the day told before (not a day of
            # the month, "다음 날 28일", read as such by ko_day).
            # ("준공식 다음날인 4일": the day it names)
            r"|(?P<next>(?:그\s?)?다음\s?날|이튿날)(?!\s?[0-9]|인\s?[0-9])"
            # ("그 전날에는 …": the day before the one just told, not the day before the news)
            r"|(?P<prev>그\s?전날)(?!\s?[0-9])"
            r"|(?P<days>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|일주일|한\s?주일?)\s?(?:뒤|후)(?:에)?"
            r"(?!\s?[0-9])"
        ),
        "ko_juche": re.compile(juche_ko),
        "ko_year": re.compile(r"(?P<year>(?:19|20)[0-9]{2})\s?년(?!\s?[0-9][0-9]?\s?월)"),
    }


@lru_cache(maxsize=1)
def _month_any() -> re.Pattern[str]:
    return re.compile(_alternation(_month_forms(_vocabulary())))


@lru_cache(maxsize=1)
def _run_together_date() -> re.Pattern[str]:
    """A log's date with its parts run together in capitals ("08JAN25", "21JAN25"): the
    vocabulary's three-letter month names."""
    short = [name.upper() for name in _vocabulary().month_by_name if len(name) == 3]
    return re.compile(
        rf"(?<![A-Za-z0-9])(?P<day>[0-3]?[0-9])(?P<month>{_alternation(short)})"
        r"(?P<yy>[0-9]{2})(?![A-Za-z0-9])"
    )


@lru_cache(maxsize=1)
def _dashed_month_year() -> re.Pattern[str]:
    """A spreadsheet's day-month-year with the month's short name ("28-Feb-24",
    "08-Jan-2025"), or its month and year alone ("Mar-24"): the vocabulary's short names."""
    short = [name for name in _vocabulary().month_by_name if len(name) <= 4]
    forms = [name.capitalize() for name in short] + [name.upper() for name in short]
    return re.compile(
        rf"(?<![A-Za-z0-9])(?P<month>{_alternation(forms)})-(?P<year>(?:19|20)?[0-9]{{2}})"
        r"(?![\w-])"
    )


@lru_cache(maxsize=1)
def _month_day_cells() -> re.Pattern[str]:
    """A table's month and day in two cells of a row ("JAN | 07 | Jaeryong (South Hwanghae) |",
    "Feb. | 28 |"): the vocabulary's month names in any case."""
    names = _alternation(list(_vocabulary().month_by_name))
    return re.compile(
        rf"(?<![A-Za-z])(?P<month>(?i:{names}))(?![A-Za-z])\.?[ \t]*\|[ \t]*"
        r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?=[ \t]*\|)"
    )


_HANGUL = re.compile("[가-힣]")
# A year followed by a date separator: the cheap test before the numeric dateline pattern.
_NUMERIC_DATE = re.compile(r"[12][0-9]{3}[./-]")


# Every match of ko_relative_day contains one of these, and of en_anaphora one of those.
_KO_RELATIVE_DAYS = ("어제", "오늘", "전날", "전일", "그저께", "그제", "래일", "내일")
# Days from the reference date ("그저께" is the day before yesterday).
_KO_DAY_OFFSETS = {
    "어제": -1, "전날": -1, "전일": -1, "그제": -2, "그저께": -2, "오늘": 0, "래일": 1, "내일": 1,
}
_EN_ANAPHORA_WORDS = (
    "same", "Same", "next", "following", "before", "previous", "that day", "that one day",
    "that very day",
)
# A date further than this from the report, after one near it, is a look back (background).
BACKGROUND_DAYS = 180
_DAY_ENDINGS = frozenset({"st", "nd", "rd", "th", "of"})
# An iCalendar entry's start ("DTSTART;VALUE=DATE:20250206", "DTSTART:20250206T090000").
_ICS_DATE = re.compile(
    r"^DTSTART(?:;[A-Z-]+=[^:\n]*)*:(?P<year>(?:19|20)[0-9]{2})(?P<month>[01][0-9])"
    r"(?P<day>[0-3][0-9])",
    re.MULTILINE,
)
# A day, month and two-digit year with dashes, where the text declares that order ("Dates
# are dd-mm-yy": "07-01-25").
_DASHED_SHORT_DATE = re.compile(
    r"(?<![0-9A-Za-z-])(?P<day>[0-3][0-9])-(?P<month>[01][0-9])-(?P<yy>[0-9]{2})(?![0-9-])"
)
# A day or a month written as one number, year first ("20250206", "202502"), in a sheet
# whose key declares the form ("YYYYMMDD=day YYYYMM=month", "(yyyymmdd) or month (yyyymm)").
_COMPACT_MONTH_KEY = re.compile(r"(?i:yyyymm)(?!dd)")
_COMPACT_DATE = re.compile(
    r"(?<![0-9A-Za-z])(?P<year>20[0-9]{2})(?P<month>0[1-9]|1[0-2])(?P<day>[0-3][0-9])?"
    r"(?![0-9A-Za-z])"
)
# Every num_ymd match has a separator, a month number and the same separator again; every
# num_md match a full stop and a two-digit day.
_NUMERIC_DATE_PROBES = (
    re.compile(r"\.\s?[0-9]{1,2}\."),
    re.compile(r"-\s?[0-9]{1,2}-"),
    re.compile(r"/\s?[0-9]{1,2}/"),
)
_MONTH_DAY_PROBES = (
    re.compile(
        r"\.(?:[0-3][0-9]|[1-9]\.?[ \t]+[가-힣]|[1-9][ \t]?[=–—][ \t]?[가-힣]|[1-9][~∼][0-9])"
    ),
)


def _months_back(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + (ref.month - 1) - months
    return index // 12, index % 12 + 1


def _most_recent_month(ref: date, month: int) -> int:
    """The year of the most recent `month` on or before the reference month."""
    return ref.year if month <= ref.month else ref.year - 1


# A weekday with an apposition of its own right after it: "on Thursday, the day before ...".
_EN_WEEKDAY_APPOSED = re.compile(
    r"\b[Oo]n (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \Z"
)

# A clause told in the past right after "a day after": "he opened", "Kim had attended" (the
# leader's, for ", the day after he cut the ribbon in B"), or anyone's ("they").
_EN_LEADER_SUBJECT = r"(?:he|she|Kim(?: Jong Un)?|the leader)"
_EN_PAST_VERB = r"(?:had\s+)?(?:[a-z]+ed|cut|broke)"
_EN_LEADER_PAST_CLAUSE = re.compile(rf"\s+{_EN_LEADER_SUBJECT}\s+{_EN_PAST_VERB}\b")
_EN_PAST_CLAUSE = re.compile(
    rf"\s+(?:(?:they|{_EN_LEADER_SUBJECT})\s+{_EN_PAST_VERB}"
    r"|(?:cutting|opening|inaugurating|attending|breaking|touring|visiting)"
    # (", a day after a similar ceremony in B": B's ceremony)
    r"|(?:a|an|the)\s+(?:similar\s+|same\s+)?(?:ceremony|opening|inauguration|ground-?breaking"
    r"|one))\b"
)
# A week after a weekday: "Thursday last week", "Monday of this week".
_KO_WEEK_BEFORE = re.compile(r"(?P<which>지난\s?주|이번\s?주|금주|그\s?주)\s?$")
_WEEK_AFTER_WEEKDAY = re.compile(r",?[ \t]+(?:of[ \t]+)?(?P<which>[Ll]ast|[Tt]his)[ \t]+week\b")
# "Three years ago (today)", "two months ago".
_EN_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_EN_AGO = re.compile(
    r"\b(?P<n>[0-9]{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight"
    r"|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve) (?P<unit>years?|months?|weeks?|days?) ago"
    r"(?P<today> today)?\b"
)
# A span of days this long or longer dates its events only to the month ("1월 20~26일"); a
# shorter one is a meeting's days, dated by its last ("12월 9~11일").
_WEEK_RANGE_DAYS = 4
# A span of days this long or longer ("March 1-10") is a round of ceremonies, each on a day not
# given: the month, not the closing day a meeting's days take ("9-11 December").
_SPAN_OF_DAYS = 7
_MEETING_DAYS = 3
# A report's day labelling a chronicle's line ("7 March – KCNA reports ground-breakings …").
_REPORTED_LABEL_REACH = 40
_REPORTED_LABEL_AFTER = re.compile(
    r"[ \t]*[–—:-]+[ \t]*(?:the[ \t]+)?(?:KCNA|state media|Rodong Sinmun|North Korean media"
    r"|Korean Central News Agency|Voice of Korea|VOK)[ \t]+reports?\b"
    # (of ceremonies; progress is seen on the day of its report)
    r"[^.;\n]{0,60}?\b(?:ground-?breakings?|ceremonies|openings|inaugurations"
    # ("- 7 Mar: KCNA reports six more sites started")
    r"|sites?[ \t]+(?:started|began|broke ground|have broken ground|opened))\b"
)
# ("by 10 March", "by Sunday 10 March")
_BY_BEFORE = re.compile(
    r"\b(?i:by)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?$"
)
_WHEN_AFTER = re.compile(r"[ \t]*,?[ \t]+(?i:when)\b")
# The day a report of ceremonies came out on ("KCNA reported six ground-breakings on 7
# March"): the ceremonies were held days before, in that month.
_REPORTED_BEFORE = re.compile(
    r"\b(?i:reported|announced)\s+(?:[\w-]+\s+){0,3}?(?i:ground-?breakings|ceremonies|openings"
    r"|inaugurations|of\s+them)"
    # ("reported ground-breakings at six further sites on 7 March")
    r"(?:\s+(?i:at|in|from)\s+(?:[\w-]+\s+){0,3}?(?i:sites|counties|places|locations))?"
    r"\s+on\s+$"
)
# An entry of a list of sources up to its date: its number, the outlet and the language it
# ran in ("1. KCNA (English), 7 Feb 2025. Report on …").
_SOURCE_ENTRY_BEFORE = re.compile(
    r"^[ \t]*[0-9]{1,2}[.)][ \t]+[A-Z][\w .'&-]{1,40}?[ \t]*\((?:English|Korean|Japanese"
    r"|Spanish|Chinese|Russian|French|German)\),[ \t]*$",
    re.MULTILINE,
)
# Another batch of the same report's kind, on a later day ("— and at thirteen more on 11 March").
_MORE_ON_BEFORE = re.compile(
    r"\band\s+(?i:at|in|from)\s+(?i:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+"
    r"(?i:more|further|other)(?:\s+(?i:sites|counties|places))?\s+on\s+$"
)
# The report of ceremonies such a later batch goes on from ("reported ground-breakings").
_REPORTED_EARLIER = re.compile(
    r"\b(?i:reported|announced)\s+(?:[\w-]+\s+){0,3}?(?i:ground-?breakings|ceremonies|openings"
    r"|inaugurations)\b"
)
# An outlet right before the day it reported ceremonies on ("KCNA 07 MAR REPORTED …").
# ("KCNA on Thursday (7 March) reported ground-breaking ceremonies at six further sites")
# (or the day's item named by its weekday: "Thursday's item (7 Mar) reported ceremonies in six
# more places", "Yesterday's roundup (11 Mar) added thirteen: …")
_OUTLET_BEFORE = re.compile(
    r"(?:\b(?i:KCNA|Rodong Sinmun|VOK|state media)(?:[ \t]+on)?"
    r"(?:[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]*\(|[ \t]*\()?"
    r"|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday)['’]s[ \t]+(?i:item|dispatch"
    r"|report|roundup|round-up|bulletin)[ \t]*\()[ \t]*$"
)
_REPORTED_AFTER = re.compile(
    # (or in brackets after the outlet, the report told in the present: "KCNA (7 Mar) reports
    # ground broken at six sites")
    r"(?i:\)?[ \t]+(?:reported|reports|added|adds|listed|lists)\b[^.;\n]{0,60}?"
    r"\b(?:ground-?breakings?|ground (?:was |had been )?broken|ceremonies"
    r"|openings|inaugurations|[0-9]{1,2} more|(?:six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: more)?:)"
    r"(?:\b|(?<=:))"
    # (or after a dash, the ceremonies first: "KCNA 07.03.2024 — ceremonies reported in A, B")
    r"|[ \t]*[–—-]+[ \t]*(?:ground-?breakings?|ceremonies|openings|inaugurations)[ \t]+"
    r"(?:were[ \t]+)?(?:reported|listed)\b)"
)
# ("- 3.7 — 북한 매체, 6개 시·군 착공 보도: …")
# The North's own media, as Korean text names them (North and South Korean spelling).
KO_STATE_MEDIA = "조선중앙통신|중앙통신|로동신문|노동신문|조선중앙TV|조선중앙방송"
_KO_REPORTED_LABEL_AFTER = re.compile(
    r"[ \t]*[–—:-]+[ \t]*[^\n]{0,24}?(?:착공|준공|착공식|준공식)(?:을|이)?[ \t]?보도"
    # ("3/7 조선중앙통신 보도: 구성시·숙천군 … 6곳 착공식.")
    rf"|[ \t]+(?:{KO_STATE_MEDIA}|북한[ \t]?매체|북[ \t]?매체)"
    r"[ \t]?보도[ \t]*[:：][^\n]{0,80}?(?:착공|준공)"
)
# The relation of a report's day read for its ceremonies' month (an extractor does not skip
# it as the day a report was published).
REPORT_DAY = "reported"


def _reports_ceremonies(text: str, start: int, end: int, anaphoric: bool) -> bool:
    """Is the day at text[start:end] the one a report of ceremonies came out on ("• 7 March –
    KCNA reports ground-breakings at six further sites", "KCNA 07 MAR REPORTED
    GROUNDBREAKINGS", "KCNA reported six ground-breakings on 7 March", "3.7 — … 착공 보도")?"""
    window = text[end : end + _REPORTED_LABEL_REACH].lower()
    if "소식" in window and _KO_NEWS_OF_CEREMONIES.match(text, end):
        return True  # ("오늘 중앙통신에 지방공업공장 착공 소식.": the news of that day)
    line_start = text.rfind("\n", 0, start) + 1
    if _REPORT_OF_LABEL.fullmatch(text, line_start, start) and _CEREMONIES_TOLD_AFTER.match(
        text, end
    ):
        return True  # ("- report of 7 Mar — KCNA lists six further sites that have broken ground")
    if (
        "보도" in window
        and _KO_REPORT_LIST_LABEL.fullmatch(text, line_start, start)
        and _KO_REPORT_LIST_AFTER.match(text, end)
    ):
        return True  # ("(나) 3.7.(목) 보도분, 6곳: 평안북도 구성시, …": the list a report gave)
    if (
        _REPORT_MARK_AFTER.match(text, end)
        and _CHRONICLE_LABEL.fullmatch(text, line_start, start)
        and _CEREMONY_WORD.search(text, end, _line_end(text, end)) is not None
    ):
        # ("• 7 Mar (report) — KCNA: ground broken at six further sites, …": of ceremonies;
        # progress is seen on the day of its report)
        return True
    if "report" in window or "보도" in window or " added " in window or " listed " in window:
        labels_line = _CHRONICLE_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
        if labels_line is not None and (
            _REPORTED_LABEL_AFTER.match(text, end) or _KO_REPORTED_LABEL_AFTER.match(text, end)
        ):
            return True
        if _OUTLET_BEFORE.search(text, max(0, start - 24), start) and _REPORTED_AFTER.match(
            text, end
        ):
            return True

    if (
        _KO_DAY_WRITTEN.fullmatch(text, start, end) is not None
        and _KO_OUTLET_SUBJECT.search(text, max(0, start - 8), start) is not None
    ):
        # ("통신은 7일 A시, B군 등 6곳에서 착공식이 열렸다고 전했다": the day of the report;
        # the ceremonies, told with no day of their own, were held in its month)
        stop = _sentence_end(text, end)
        told = _KO_CEREMONIES_REPORTED.match(text, end, stop)
        return (
            told is not None
            # (not "통신은 29일 열린 준공식에서 …": the day the ceremony was held)
            and _KO_HELD_ON_DAY.match(text, end) is None
            and _KO_ANOTHER_TIME.search(text, end, stop) is None
        )
    if "(" in text[max(0, start - 20) : start] and _SOURCE_ENTRY_BEFORE.search(
        text, text.rfind("\n", 0, start) + 1, start
    ):
        return True  # ("1. KCNA (English), 7 Feb 2025. Report on …": a source list's entry)
    # ("reported ground-breakings at six sites on 7 March — … — and at thirteen more on 11
    # March": another day of the same reports, in the sentence that tells the first)
    more = _MORE_ON_BEFORE.search(text, max(0, start - 40), start)
    if more is not None and _REPORTED_EARLIER.search(
        text, max(text.rfind(". ", 0, more.start()) + 1, more.start() - 240), more.start()
    ):
        return True
    # (not a day counted from another: "reported openings on the same day")
    return not anaphoric and (
        _REPORTED_BEFORE.search(text, max(0, start - _REPORTED_LABEL_REACH * 2), start)
        is not None
    )
# An outlet as the subject right before the day it reported on ("통신은 7일", not "지난 7일").
_KO_OUTLET_SUBJECT = re.compile(r"(?:통신|신문|매체|방송|TV)(?:은|는)[ \t]?$")
# A day written out ("7일", "3월 7일"), not "같은 날" or "어제".
_KO_DAY_WRITTEN = re.compile(r"(?:[0-9]{1,2}[ \t]?월[ \t]?)?[0-9]{1,2}[ \t]?일")
_KO_HELD_ON_DAY = re.compile(r"[ \t]?(?:에[ \t]?)?(?:열린|진행된|있은|가진|거행된|진행한)")
# The rest of its sentence: ceremonies, then the verb of the report.
_KO_REPORTING_VERBS = ("보도했", "보도하였", "전했", "전하였", "밝혔", "공개했", "공개하였", "알렸")
_KO_CEREMONIES_REPORTED = re.compile(
    r"[^.\n]{0,160}?(?:착공식|준공식|조업식)[^.\n]{0,40}?(?:" + "|".join(_KO_REPORTING_VERBS) + ")"
)
# Any other time the sentence names ("5일", "전날", "이달 초"): then that dates the ceremonies.
_KO_ANOTHER_TIME = re.compile(
    r"(?<![0-9])[0-9]{1,2}[ \t]?일(?![0-9간])|[0-9][ \t]?월|전날|전일|어제|그제|그저께|당일"
    r"|이날|같은 날|이달|지난[ \t]?달|초순|중순|하순|지난해|작년"
)
# The news of ceremonies in an outlet right after a day ("오늘 중앙통신에 지방공업공장 착공 소식").
_KO_NEWS_OF_CEREMONIES = re.compile(
    r"[ \t]?(?:조선)?(?:중앙통신|로동신문|노동신문|중앙TV|중앙방송)에[ \t]"
    r"[^.\n]{0,20}?(?:착공|준공)(?:식)?[ \t]?소식"
)
# A timeline's line labelled by the day of a report, not of its events ("- report of 7 Mar —
# KCNA lists six further sites that have broken ground: …").
_REPORT_OF_LABEL = re.compile(
    r"[ \t]*(?:[-•*▪][ \t]+)?(?i:report|item|dispatch)[ \t]+(?:of|dated)[ \t]+"
)
_CEREMONIES_TOLD_AFTER = re.compile(
    r"[ \t]*[—–-]+[ \t]*[^.\n]{0,60}?\b(?i:broken ground|broke ground|ground-?breakings?"
    r"|ceremonies|openings|inaugurations|opened)\b"
)
# A line labelled by the day of a report and the count of the sites it listed ("(나) 3.7.(목)
# 보도분, 6곳: …", "가. 3월 7일 보도(6곳): …", "- 3.11(월) 보도 13곳: …"), its lettered or
# bulleted mark first.
# (or numbered: "2) 3월 7일(목) 보도분 — 6개 시·군" over the list of its places)
_KO_REPORT_LIST_LABEL = re.compile(
    r"[ \t]*(?:[-•*·▪■□◆◇▲△][ \t]*|\(?[가나다라마바사아자차카타파하][.)][ \t]*"
    r"|[0-9]{1,2}\)[ \t]*)?"
)
# (its outlet may be named: "- 3.7 조선중앙통신 보도: 6곳 착공. 구성시(평북), …")
_KO_REPORT_LIST_AFTER = re.compile(
    r"\.?[ \t]?(?:\([월화수목금토일][^()\n]{0,6}\))?[ \t]?"
    r"(?:(?:조선)?중앙통신[ \t]?|[로노]동신문[ \t]?|(?:조선)?중앙(?:TV|방송)[ \t]?)?보도(?:분)?"
    r"(?:(?:[ \t]?\([0-9]{1,2}[ \t]?곳\)|,?[ \t]?[0-9]{1,2}[ \t]?곳)[ \t]?:"
    r"|[ \t]?:[ \t]*[0-9]{1,2}[ \t]?곳"
    r"|[ \t]*[—–-]+[ \t]*[0-9]{1,2}[ \t]?(?:곳|개[ \t]?(?:시·군|시,[ \t]?군|군))[ \t]*(?:$|\n|:))"
)
# A word of a ceremony on a line ("ground broken", "inaugurated", "착공", "준공").
_CEREMONY_WORD = re.compile(
    r"(?i:ground[- ]?(?:was )?broken|ground-?breaking|broke ground|ceremon|inaugurat|opening"
    r"|opened)|착공|준공"
)


# The most characters between a chain's arrow and the next step's day ("→ 6월 2일").
_CHAIN_STEP_OPENING = 4


def _chain_in_order(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The steps of a chain run forward ("착공(2.6) → 6월 2일 현장 방문 → 11월 19일 준공"): a
    day written without its year that falls after the next step's is a year earlier."""
    if "→" not in text:
        return mentions
    chained = list(mentions)
    for i in range(len(chained) - 2, -1, -1):
        step, after = chained[i], chained[i + 1]
        between = text[step.end : after.start]
        if (
            "→" not in between
            or "\n" in between
            # (the next step opens with its day: "→ 6월 2일 현장 방문", not "→ '곡산군'으로 고침
            # (… 1.29 준공)"; and both are days, not "→ 12월 중 준공 전망")
            or len(between) - between.rindex("→") > _CHAIN_STEP_OPENING
            or step.value.day is None
            or after.value.day is None
            # (a day written without its year, and not counted from another: "같은 날 … →")
            or _FOUR_DIGITS.search(step.surface) is not None
            or "년" in step.surface
            or "'" in step.surface
            or step.kind == "anaphoric"
            or after.kind == "anaphoric"
        ):
            continue
        # (a step before the next in the calendar but put in a later year; not a correction,
        # "28일 → 27일로 수정", whose second day is before the first)
        when = (step.value.year, step.value.month, step.value.day)
        then = (after.value.year, after.value.month, after.value.day)
        if when[0] > then[0] and when[1:] < then[1:] and when[0] - 1 == then[0]:
            earlier = ResolvedDate(step.value.year - 1, step.value.month, step.value.day)
            chained[i] = replace(step, value=earlier)
    return chained


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|\n")


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence going on at `position` ends: its full stop, else its line's end."""
    stop = _SENTENCE_STOP.search(text, position)
    return len(text) if stop is None else stop.start()


# A chronicle's mark that a line's day is its report's ("7 Mar (report) — …", "3월 7일(보도) |").
_REPORT_MARK_AFTER = re.compile(r"[ \t]?\((?i:report|reported|report date|보도|보도일)\)")
# An item of a chronicle labelled by its day: its mark before, "=" or ":" after.
# (and a thread's post number: "3/ 3/7 조선중앙통신 보도: …")
_CHRONICLE_LABEL = re.compile(r"[ \t]*(?:[0-9]{1,2}/[ \t]+)?[▲△■□◆◇•·*-]?[ \t]*")
_CHRONICLE_LABEL_AFTER = re.compile(r"[ \t]*[=:]")
# Part of every en_ordinal_day match ("on the 28th", "Kilju the 23rd", "• 13th:").
_ORDINAL_DAY_HINT = re.compile(r" the [0-9]|[-•*▪‣] [0-9]{1,2}(?:st|nd|rd|th)\b")
# A day after a weekday, in brackets or as an ordinal: "Saturday (18th)", "토요일(18일)",
# "Mon 15th", "Sunday the 9th", a day and month with dots ("Tue 07.01.") or a slash, or a
# bare number before a colon, comma or dash ("- Sat 18: Hamju", "Sat 18 - Sun 26"; "Sat 18:30"
# is a time).
_BRACKETED_DAY = re.compile(
    r"[ \t]?(?:\((?P<day>[0-9]{1,2})(?:st|nd|rd|th|일)?\)"
    r"|(?:the[ \t]+)?(?P<ordinal>[0-9]{1,2})(?:st|nd|rd|th)\b"
    r"|(?P<dm_day>[0-3]?[0-9])\.(?P<dm_month>1[0-2]|0?[1-9])\.(?![0-9])"
    # (day and month, or month and day, with a slash: "Tue 16/12", "Tue 12/16")
    r"|(?P<sl_a>[0-3]?[0-9])/(?P<sl_b>[0-3]?[0-9])(?![0-9/])"
    r"|(?P<plain>[0-9]{1,2})(?=:(?![0-9])|[ \t]*[,)–—-]|[ \t]+/|[ \t]*$))",
    re.MULTILINE,
)
# An ordinal day in brackets after a place ("Hamju (18th)").
_BRACKETED_ORDINAL = re.compile(r"\((?P<day>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)\)")
# Days of the month in words ("the twenty-ninth of January", "January the third").
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_SPELLED_DAYS = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate(
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"], 10)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
# A weekday's day in words ("Sunday the ninth", "Tuesday the fourteenth").
# (also after a comma: "on the Monday, the third,", "Saturday, the 20th")
_SPELLED_DAY_AFTER_WEEKDAY = re.compile(
    # (and after a look back: "The Saturday before that, the 18th")
    r"(?:[ \t]+(?:before|after)(?:[ \t]+that)?)?[ \t]*,?[ \t]+the[ \t]+(?:(?P<word>"
    + "|".join(sorted(_SPELLED_DAYS, key=len, reverse=True))
    # (a word ends its phrase: "on Thursday, the first ground-breaking" is no date; so does a
    # verb or a clause after it: "Monday the fifteenth was the big day", "Saturday the
    # thirteenth with the opening")
    + r")(?=[ \t]*(?:[,.;:!?)—–-]|$)|[ \t]+(?:with|was|were|is|when|he|she|they|we|kim|and|at"
    r"|in|for|saw|brought|came|had|did|went|opened|began|started)\b)|(?P<number>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b)",
    re.IGNORECASE | re.MULTILINE,
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_SPELLED_DAY_WORDS = "|".join(
    sorted((w.replace("-", "[- ]") for w in _SPELLED_DAYS), key=len, reverse=True)
)
# (in words too, and a span of days: "from the ninth to the eleventh of this month")
_ORDINAL_OF_MONTH_DAY = (
    rf"(?:(?P<{{0}}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)|(?P<{{0}}_word>{_SPELLED_DAY_WORDS}))"
)
_ORDINAL_OF_MONTH = re.compile(
    r"(?:\b[Oo]n\s+)?\b[Tt]he\s+" + _ORDINAL_OF_MONTH_DAY.format("day")
    + r"(?:\s+to\s+the\s+" + _ORDINAL_OF_MONTH_DAY.format("last") + r")?\s+of\s+"
    r"(?P<which>[Tt]his|[Ll]ast)\s+month\b"
)
_SPELLED_DAY_ALONE = re.compile(
    rf"[Tt]he\s+(?P<word>{_SPELLED_DAY_WORDS})"
    r"(?=[ \t]*[,.;:!?)—–-]|\s+(?:you|we|he|she|it|they|there|and|with|Kim|the)\b)"
)
# ... after "on", "then", a speaker's slip, or opening a turn: "Then the eighteenth: A", "the
# twenty-first, sorry, the twentieth", "GUEST: The nineteenth, Sinpho". (Looked for before
# each match, not by look-behinds at every position of the text.)
_SPELLED_DAY_ALONE_AFTER = re.compile(r"(?:\b(?:[Oo]n|[Tt]hen|sorry,|I mean) |: |\n|^)$")
_SPELLED_DAY_BEFORE = re.compile(
    rf"\b(?:the\s+)?(?P<word>{_SPELLED_DAY_WORDS})\s+of\s+$", re.IGNORECASE
)
_SPELLED_DAY_AFTER = re.compile(
    rf"(?:{_MONTH_NAMES})\s+(?:the\s+)?(?P<word>{_SPELLED_DAY_WORDS})\b", re.IGNORECASE
)
_BETWEEN_DAYS = re.compile(
    rf"\b(?:[Bb]etween|[Ff]rom)\s+(?:(?P<a>[0-3]?[0-9])\s+(?:and|to)\s+(?P<b>[0-3]?[0-9])\s+"
    rf"(?P<month>{_MONTH_NAMES})|(?P<month2>{_MONTH_NAMES})\s+(?P<a2>[0-3]?[0-9])\s+(?:and|to)\s+"
    rf"(?P<b2>[0-3]?[0-9]))\b"
)
_BRACKETED_MONTH_DAY = re.compile(
    r"(?<=\()(?P<month>1[0-2]|0?[1-9])\.(?P<day>3[01]|[12][0-9]|0?[1-9])\.?(?=,|\))"
)
# A month and day with a closing dot right after a Korean ceremony word ("착공 2.6.(●) /
# 준공 11.19.(●)"): the dot after the day makes it a date, not a figure.
_KO_EVENT_MONTH_DAY = re.compile(
    r"(?<=착공 |준공 |완공 |조업 )(?P<month>1[0-2]|0?[1-9])\.(?P<day>3[01]|[12][0-9]|0?[1-9])\."
    r"(?![0-9])"
)
_MONTH_WORD = re.compile(rf"(?:{_MONTH_NAMES})\b", re.IGNORECASE)
# A month's full name with a full stop after it, before the day: the sentence ended there
# ("opened in January.\n4. ...", "in January. 4 more"), unlike "Jan. 4".
_FULL_STOP_AFTER_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\.\s", re.IGNORECASE
)
# A date with a two-digit year after an apostrophe: "'25.12.15", "’25. 12. 15"; a month,
# "'25.2월 하순", "'24.3.".
_SHORT_YEAR_DATE = re.compile(
    r"['’](?P<yy>[0-9]{2})\.[ \t]?(?P<month>1[0-2]|0?[1-9])"
    # (or a month alone with its closing dot: "'24.3." in a table cell, or before a colon or
    # a bracket: "- '24.10: 김정은, …")
    # (or at the end of its table cell: "| '24.3 |", "'24.3\t?\t" in a tab-separated export)
    r"(?:\.[ \t]?(?P<day>[0-3]?[0-9])(?![0-9])|월|\.(?![ \t]?[0-9])|(?=[ \t]?[:)])"
    r"|(?=[ \t]*\|)|(?=\t))"
)
_DASHED_DAY_BEFORE = re.compile(r"(?<![\w-])(?P<day>[0-3]?[0-9])-$")
# Three numbers with dots and a two-digit year: day first ("07.01.25", a European sheet) or
# year first ("25.01.07", Korean notes); whichever reading is a day of the programme's years.
# (A one-digit last number is a day: year first, "25.1.7.".)
_DOTTED_SHORT_YEAR = re.compile(
    r"(?<![0-9A-Za-z.'’])(?P<a>[0-3]?[0-9])\.(?P<b>[01]?[0-9])\.(?P<c>[0-9]{1,2})(?![0-9]|\.[0-9])"
)
# A two-digit year and a month with a part of it ("24.3. 상순"): that month.
_DOTTED_SHORT_YEAR_PART = re.compile(
    r"(?<![0-9A-Za-z.'’])(?P<yy>[0-9]{2})\.[ \t]?(?P<month>1[0-2]|0?[1-9])\.?[ \t]?"
    r"(?:상순|중순|하순|초순|초|말)"
)
_VERSION_BEFORE = re.compile(r"(?i:\bv(?:ersion|er)?\.?|\brelease|\bno\.|#)[ \t]*$")
_DOTTED_SHORT_PROBE = re.compile(r"[0-9]\.[ \t]?[01]?[0-9]\.[ \t]?[0-9순초말]")
# A sheet that says its dates are DD.MM.YY writes a month alone as MM.YY ("03.24").
# (in either case: "ceremony dates in dd.mm.yy")
_DECLARES_DAY_FIRST = re.compile(r"\b(?i:DD\.MM\.YY(?:YY)?)\b")
_DECLARES_YEAR_FIRST = re.compile(r"\b(?i:YY(?:YY)?\.MM\.DD)\b")
_DOTTED_MONTH_YEAR = re.compile(
    r"(?<![0-9A-Za-z.'’])(?P<month>0[1-9]|1[0-2])\.(?P<yy>[0-9]{2})(?![0-9]|\.[0-9])"
)
# ... and one that says they are YY.MM.DD, a month alone as YY.MM ("24.03").
_DOTTED_YEAR_MONTH = re.compile(
    r"(?<![0-9A-Za-z.'’])(?P<yy>[0-9]{2})\.(?P<month>0[1-9]|1[0-2])(?![0-9]|\.[0-9])"
)
# The years a short-year date of the programme may fall in.
_SHORT_YEAR_SPAN = (2015, 2040)
_SHORT_YEAR_AFTER = re.compile(r",?[ \t]*['’](?P<yy>[0-9]{2})(?![0-9])")
_SHORT_YEAR_AFTER_MONTH = re.compile(r"\.?,?[ \t]*['’](?P<yy>[0-9]{2})(?![0-9])")
# Korean counts of days ("이틀 뒤": two days later).
_KO_DAY_COUNTS = {
    "하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10,
    "일주일": 7, "한주": 7, "한주일": 7,
}
# Words that make the day after them approximate ("c. 25-26/02", "circa 3 March").
_APPROXIMATE = re.compile(
    r"(?:\bca?\.|\bcirca|\bapprox(?:\.|imately)|\baround|\babout)[ \t]*(?:[0-9]{1,2}[–-])?$",
    re.IGNORECASE,
)
# "had reopened on", "had been inaugurated in": a date told in the past perfect.
_PAST_PERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:been\s+|already\s+|itself\s+)?(?:[a-z]+\s+)?[a-z]+(?:ed|en|un)\s+"
    # (its object and place between: "He had opened the county hospital there on November 19",
    # "had been looked round by the respected Comrade Kim Jong Un on December 3")
    r"(?:[\w'-]+\s+){0,8}?(?:on|in)\s+$"
)
_PAST_PERFECT_REACH = 80
# A day that a span is counted from ("지난 15일 강동군 준공식 이후 사흘 만이다"): a look back.
_KO_SINCE_AFTER = re.compile(r"[^.\n]{0,60}?이후\s?(?:[^.\s]+\s)?[^.\s]{0,4}만")
# ... or told after it in its clause ("He recalled that on September 12 the leader had looked
# round the site"): a look back too.
_PAST_PERFECT_AFTER = re.compile(
    r"[^.;:!?\n]{0,60}?\bhad\s+(?:been\s+|already\s+|also\s+)?[a-z]+(?:ed|en|un|wn|ne|de)\b"
)
# The shortest bracketed aside whose date is not the antecedent of "the same day".
_ASIDE_MIN = 40
# A relative clause the date is in: ", where Kim broke ground on February 6, …".
_RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:where|when|which|whose)\b[^,.;:\n]*$")
_CLAUSE_REACH = 160
# A line that opens with day/month and a dash: "28/2 - First spade ...".
_LOG_DAY_MONTH = re.compile(
    r"^[ \t]*(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})(?=[ \t]+[-–—])", re.MULTILINE
)
# A text that says in which order it writes its slashed dates ("Dates are day/month/year",
# "DD/MM/YYYY", "mm/dd").
# "Dates below are day.month": the order of dotted days written without a year.
_DECLARED_DOT_ORDER = re.compile(
    r"\b(?P<first>day|month|dd|mm)\.(?P<second>month|day|mm|dd)\b", re.IGNORECASE
)
_DOT_ORDER_PROBES = (".month", ".day", ".mm", ".dd", ".Month", ".Day", ".MM", ".DD")
# A dotted day and month without a year ("15.12 — ...", "on 3.12,"): not part of a longer
# number or a full date ("28.12.2024").
_YEARLESS_DOT_DATE = re.compile(
    r"(?<![0-9.])(?P<a>[0-3]?[0-9])\.(?P<b>[0-3]?[0-9])(?![0-9])(?!\.[0-9])"
    # (not a figure: "3.5 per cent", "1.2 million")
    r"(?![ \t]*(?:%|per[ \t]?cent|million|billion|thousand|times|tons?|tonnes?|km|hectares?|배|톤))"
)
# Full dotted dates that show their order: "30.12.2025" (day first), "12.30.2025" (month).
_DAY_FIRST_SHOWN = re.compile(
    r"(?<![0-9.])(?:1[3-9]|2[0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)[0-9]{2}(?![0-9])"
)
_MONTH_FIRST_SHOWN = re.compile(
    r"(?<![0-9.])(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2[0-9]|3[01])\.(?:19|20)[0-9]{2}(?![0-9])"
)
_DECLARED_SLASH_ORDER = re.compile(
    r"\b(?P<first>day|month|dd|mm|d|m|월|일)/(?P<second>month|day|mm|dd|m|d|일|월)\b"
    r"(?:/(?:year|yyyy|yy))?",
    re.IGNORECASE,
)
# Day and month (or month and day) with a slash and no year: "15/12", "(9-11/12)" ends one.
# Not a share ("3/20 sites", "20/20"): no count word after it.
_YEARLESS_SLASH_DATE = re.compile(
    r"(?<![0-9A-Za-z./])(?P<first>[0-3]?[0-9])/(?P<second>[0-3]?[0-9])(?![0-9/]|\.[0-9])"
    r"(?![ \t]*(?:%|percent|counties|cities|sites|factories|hospitals|of\b|complete|done))"
)
# Seoul-style dates with dots and spaces: a range ("2025. 12. 9.~11.", to its last day), a
# month ("2024. 12. 하순", "2024. 12."), a month and day without the year ("12. 13.").
_SPACED_DATE_PROBE = re.compile(r"[0-9]\.[ \t][0-9]")
_SPACED_RANGE = re.compile(
    r"(?<![0-9])(?:(?P<year>(?:19|20)[0-9]{2})\.[ \t]?)?(?P<month>1[0-2]|0?[1-9])\.[ \t]?"
    r"(?P<first>3[01]|[12][0-9]|0?[1-9])\.?[ \t]?[~∼][ \t]?(?P<day>3[01]|[12][0-9]|0?[1-9])"
    r"(?![0-9]|\.[ \t]?[0-9])\.?"
)
_SPACED_YEAR_MONTH = re.compile(
    r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\.[ \t]?(?P<month>1[0-2]|0?[1-9])\."
    r"(?![ \t]?[0-9])(?:[ \t]?(?:상순|중순|하순|초|말))?"
)
_SPACED_MONTH_DAY = re.compile(
    r"(?<![0-9.])(?P<month>1[0-2]|0?[1-9])\.[ \t](?P<day>3[01]|[12][0-9]|0?[1-9])\.(?![0-9])"
)
# A table row that opens with a month and a day, set out with spaces ("2. 27. | 평남 북창군").
_ROW_SPACED_MONTH_DAY = re.compile(
    r"^[ \t]*(?P<month>1[0-2]|0?[1-9])\.[ \t](?P<day>3[01]|[12][0-9]|0?[1-9])\.(?=[ \t]*\|)",
    re.MULTILINE,
)
# A table cell that holds only a month and a day ("| 2.3 |", "| 12-13 |").
_TABLE_MONTH_DAY = re.compile(
    # (or a Korean note cell that opens with one: "| 12.3 김정은 준공 전 현지 방문 |")
    r"\|[ \t]*(?P<month>[0-9]{1,2})(?:\.(?P<day>[0-9]{1,2})\.?|-(?P<dashed>[0-9]{2}))"
    r"[ \t]*(?=\||[ \t]*[가-힣])"
)
# An outlet's item cited by its day before a colon ("VOK, 28 Feb:", "KCNA 8 Feb:"), and the
# words counted from it in the line after ("today", "yesterday"), how far after.
_ITEM_CITED_BEFORE = re.compile(
    r"\b(?:KCNA|VOK|KCTV|Rodong(?: Sinmun)?|Minju Joson|Pyongyang Times|Yonhap|NK News|"
    r"조선중앙통신|로동신문|조선중앙방송|조선중앙TV)[,]?[ \t]+(?:on[ \t]+)?$"
)
_ITEM_RELATIVE_DAY = re.compile(r"(?i:today|yesterday|tonight|this morning|오늘|어제)")
_CITED_DAY_REACH = 240
_ITEM_DATELINE_AFTER = re.compile(
    r"[ \t]+\((?:KCNA|Yonhap|AFP|AP|Reuters|PT|VOK)\)[ \t]*(?:--|—|–)"
)
_ITEM_DATELINE_REACH = 600
# Days named by a word, not written out.
_SAID_DAY_WORD = re.compile(
    r"(?i:today|yesterday|tonight|오늘|어제|그저께|그제|엊그제|전날|전일|어저께)"
)
# A month-day cell of a comma-separated export ("1,Kangdong,Pyongyang,H,11-19,Y,"): month
# first, as ISO writes it.
_CSV_MONTH_DAY = re.compile(
    r"(?<=,)(?P<month>1[0-2]|0?[1-9])-(?P<day>3[01]|[12][0-9]|0[1-9])(?=,)"
)
_CSV_CELLS_MIN = 4  # commas on a line of such an export
# A month-day cell of a fixed-width table ("   02-28 (FAC only)   ", "   12-15   ").
_FIXED_MONTH_DAY = re.compile(
    r"(?<=  )(?P<month>[01][0-9])-(?P<day>[0-3][0-9])(?=  | \(|[ \t]*$)", re.MULTILINE
)
# A month.day with its weekday in brackets ("2.3(화)", "12.5 (Fri)", "11-19 (Wed)"): a date
# even with a one-digit day, which on its own may be a figure ("3.5"). (Slashed days keep the
# order the text shows: "12/01 (Sun)" in a January note is the 12th.)
_MONTH_DAY_WEEKDAY = re.compile(
    r"(?<![0-9./-])(?P<month>1[0-2]|0?[1-9])[.-](?P<day>[0-3]?[0-9])\.?[ \t]?"
    r"\((?P<weekday>[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Tu|We|Th|Fr|Sa|Su)\w*\)"
)
_MONTH_DAY_WEEKDAY_REACH = 7  # how far before its bracket such a date starts
_WEEKDAY_YEARS_BACK = 2  # years before the most recent such day its weekday may pick
_EN_WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_WEEKDAY_SHORTEST = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_WEEKDAY_NUMBERS = {
    **{name: number for number, name in enumerate("월화수목금토일")},
    **{name: number for number, name in enumerate(_EN_WEEKDAY_ABBREVIATIONS)},
    **{name: number for number, name in enumerate(_EN_WEEKDAY_SHORTEST)},
}
# A bulleted line that opens with a month and a day, one digit each if need be ("- 1.7 A군").
# Or a table line without its outer bars that opens with them ("2.3 | 평양 강남군 | ...").
_ROW_MONTH_DAY = re.compile(
    r"^[ \t]*(?:[-*•·▶▷■□●○◆◇][ \t]*"
    r"(?P<month>1[0-2]|0?[1-9])\.(?P<day>[12][0-9]|3[01]|0?[1-9])\.?(?=[ \t]|[~∼])"
    # (a first cell, its day closed by a full stop or not: "2.27. | 북창군 | …")
    r"|(?P<cell_month>1[0-2]|0?[1-9])\.(?P<cell_day>[12][0-9]|3[01]|0?[1-9])\.?(?=[ \t]*\|))",
    re.MULTILINE,
)
# A table cell that holds only a year and a month ("| 2024.3 |", "| 2024-03 |"), or with a
# part of it or a note in brackets ("| 2025-02 (late) |", "| 2025-02 (day n/f) |").
_TABLE_YEAR_MONTH = re.compile(
    r"\|[ \t]*(?P<year>(?:19|20)[0-9]{2})[./-](?P<month>[0-9]{1,2})\.?"
    r"(?:[ \t]?\([^()|\n]{1,16}\))?[ \t]*(?=\|)"
)
# A cell of a pasted export that holds only a year and a month (",2024-03,").
# A year and month set out as a column of a log ("GB   2024-03        factories"): spaces
# before it, two or more (or the line's end) after it.
_COLUMN_YEAR_MONTH = re.compile(
    r"(?:^|(?<=[ \t]))(?P<year>20[0-9]{2})-(?P<month>0[1-9]|1[0-2])(?=[ \t]{2,}|[ \t]*$)",
    re.MULTILINE,
)
_CELL_YEAR_MONTH = re.compile(
    # (and one whose day is marked unknown: "2025-02-??", "2025-02-xx")
    r"(?<=[,;\t])(?P<year>(?:19|20)[0-9]{2})[-./](?P<month>0[1-9]|1[0-2])"
    # (or a part of it: "4\t2025-02 하순\t평남\t신양군"; or a note that its day is not known:
    # "4,2025-02(일 미상),신양군")
    r"(?:[-./](?:\?\?|xx|XX))?(?:[ \t]?(?:상순|중순|하순|초순|초|말))?"
    r"(?:[ \t]?\([^(),;\t\n]{1,16}\))?(?=[,;\t]|[ \t]*$)",
    re.MULTILINE,
)
# A year and a month with a dot and no day ("2024.3"), not a full date ("2024.3.7").
_KO_YEAR_MONTH = re.compile(
    r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\.(?P<month>1[0-2]|0?[1-9])(?![0-9]|\.[0-9])"
)
# Where such a line may start (cheap tests before the pattern).
_LINE_YEAR_MARKS = ("\n20", "\n19", "- 20", "* 20", "• 20", "\n 20")
# A line that is only a year, the heading of a year's section ("2025", "## 2024", "**2026**"):
# the days without a year below it are of that year, up to the next such heading.
# (also after a mark or in brackets, and in Korean: "■ 2024년", "[2025]")
_YEAR_HEADING = re.compile(
    r"^[ \t]*(?:#{1,4}[ \t]*|[■□▶▷►●○◆◇▪][ \t]*|(?:[━─═]{2,}|={2,})[ \t]*)?(?:\*\*|\[)?"
    # (after its section's number: "2.1. 2024년")
    r"(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.[ \t]+)?"
    r"(?P<year>(?:19|20)[0-9]{2})(?P<suffix>년)?(?:\*\*|\])?"
    # (set between rules, with a note in brackets: "━━ 2024년 (1년 차) ━━", "■ 2025년 (2년 차:
    # 공장 + 병원·종합봉사소)"; a wiki's "== 2024 ==")
    r"(?:[ \t]*\([^()\n]{0,30}\))?(?:[ \t]*(?:[━─═]{2,}|={2,}))?[ \t]*:?[ \t]*$"
    # (or with a title after a dash: "2025 — openings of the 2024 cohort (F)")
    r"|^(?P<titled_year>(?:19|20)[0-9]{2})[ \t]+[—–][ \t]+[^\n]{3,50}$",
    re.MULTILINE,
)
# Where such a heading may start (one cheap scan before the pattern).
_YEAR_HEADING_HINT = re.compile(
    r"[\n#■□▶▷►●○◆◇▪\[*━─═=] ?(?:19|20)[0-9]{2}"
    r"|\n[0-9]{1,2}(?:\.[0-9]{1,2})*\.[ \t]+(?:19|20)[0-9]{2}"
)
# A log line that opens with a year and a month ("2024/10 - Kujang County - tours ...").
_LINE_YEAR_MONTH = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<year>(?:19|20)[0-9]{2})[./-](?P<month>1[0-2]|0?[1-9])"
    r"(?![0-9]|[./-][0-9])",
    re.MULTILINE,
)
# A month and its year in a note ("Kujang, 10.2024; Songch'ŏn, 19.11.2024").
_MONTH_DOT_YEAR = re.compile(
    # (a cell of an export too: "…,BRK,03.2024,lf,…")
    r"(?:(?<![0-9.,/])|(?<=[A-Za-z가-힣],))"
    r"(?P<month>0[1-9]|1[0-2])\.(?P<year>20[0-9]{2})(?![0-9]|[.,][0-9])"
)
# A month and its year with a slash ("10/2024 — Kim inspects ...", "Late 2/2025 — ..."): not
# part of a day ("2/6/2025") or a share.
_MONTH_SLASH_YEAR = re.compile(
    r"(?<![0-9./])(?P<month>0?[1-9]|1[0-2])/(?P<year>20[0-9]{2})(?![0-9]|[./][0-9])"
)
# How far after a process's start day ("15일부터 시작되였다. ") "이날" still means it.
_FROM_DAY_REACH = 16
# A table cell that opens with a month and its year ("| 10.2024 |", "| 03/2025 (no day) |",
# "| 03-2024 |").
_TABLE_MONTH_YEAR = re.compile(
    r"\|[ \t]*(?P<month>0[1-9]|1[0-2])[./-](?P<year>(?:19|20)[0-9]{2})(?![0-9./-])"
)
# A relative year right before a month and day ("지난해 12월 9~11일").
_KO_RELATIVE_YEAR = re.compile(r"(?P<which>지난해|작년|올해|금년)\s?$")
# "지난해 착공한 ...": last year told of an earlier stage, with its own verb.
_KO_LAST_YEAR_STAGE = re.compile(r"(?:지난해|작년)\s?(?:[0-9]{1,2}\s?월\s?)?\S*(?:한|된)\s")
# "같은 해 2월 28일": the year of the date written before it.
_KO_SAME_YEAR = re.compile(r"(?:같은\s?해|그\s?해)\s?$")
_KO_WRITTEN_YEAR = re.compile(r"((?:19|20)[0-9]{2})\)?\s?년")
_KO_NEXT_YEAR = re.compile(r"이듬\s?해|다음\s?해")
_KO_NEXT_YEAR_BEFORE = re.compile(rf"(?:{_KO_NEXT_YEAR.pattern})(?:인|의)?\s?$")
# "Last year" earlier in the clause of a day given without its year.
def _after_last_year(text: str, at: int) -> int:
    """Where the word for last year ("지난해", "작년") at `at` ends."""
    return at + (3 if text.startswith("지난해", at) else 2)


_KO_OWN_MONTH = re.compile(r"[ \t]?(?:[0-9]{1,2}[ \t]?월|[0-9]{1,2}[ \t]?일)")
_KO_LAST_YEAR_BEFORE = re.compile(r"(?:지난해|작년)(?:[^.\n다]|다(?!\.))*$")
# A line that is only a month ("2월", "## 6월", "**11월**"): the heading of a month-by-month list.
_KO_MONTH_HEADING = re.compile(
    # (and after an outline's mark: "○ 2월", "▶ 6월")
    r"^[ \t]*(?:#{1,4}[ \t]*|[■□▶▷►●○◆◇▪][ \t]*)?(?:\*\*)?(?P<month>[0-9]{1,2})[ \t]?월(?:\*\*)?"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
# A line that is only a weekday, the heading of a day-by-day log ("■ 월", "## 화요일", "[수]").
_KO_WEEKDAY_HEADING = re.compile(
    r"\n[ \t]*(?:[■□▶▷●◆◇#*-]+[ \t]*)?\[?(?P<weekday>[월화수목금토일])(?:요일)?\]?"
    r"[ \t]*:?[ \t]*(?=\n|$)"
)
# A row that begins with a part of a month ("- 하순: ...").
# A part of a month said without the month ("하순에는"), not "2월 하순", "이달 하순".
_KO_BARE_PART = re.compile(
    r"(?<![가-힣0-9])(?<!월 )(?<!달 )(?<![0-9]\. )(?:상순|중순|하순)(?=에는|에도|에|께|경|,)"
)
_KO_PART_ROW = re.compile(r"^[ \t]*(?:[-*•·][ \t]*)?(?P<part>상순|중순|하순)", re.MULTILINE)
# The start of a row that begins with its day ("- 6일: ...", "· 12일 ...").
_KO_DAY_ROW = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?$")
# A row of such a block ("- 27일: 북창군·염주군 공장"), and the line over the block that opens
# with its month, after a card's number or a heading's mark ("[3/8] 2월 26~28일, …").
_KO_DAYS_ROW_LINE = re.compile(
    r"[ \t]*[-*•·][ \t]*[0-9]{1,2}[ \t]?(?:일)?[ \t]?[~∼-][ \t]?[0-9]{1,2}[ \t]?일(?![0-9])"
)
_KO_MONTH_WORD = re.compile(r"[0-9][ \t]?월|지난달|이달|지난해|작년")
_KO_DAY_ROW_LINE = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?[0-9]{1,2}[ \t]?일(?![0-9])")
_KO_MONTH_LEADING_LINE = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*|[■□▶▷●◆◇#*]+[ \t]*)?"
    r"(?P<month>1[0-2]|0?[1-9])[ \t]?월(?![0-9])"
)


def _in_aside(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a bracketed aside of its own ("(His line is from the 3/12
    tour, not from this speech.)"), not a date given in brackets ("Jangyon (Dec 18)")? "The
    same day" after it does not count from it."""
    if "(" not in text:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("(", line_start, start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return False
    closed = text.find(")", end)
    line_end = text.find("\n", end)
    if closed < 0 or (0 <= line_end < closed):
        return False
    return closed - opened > _ASIDE_MIN


@lru_cache(maxsize=1)
def _weekday_abbreviations() -> re.Pattern[str] | None:
    """The short weekday names of the vocabulary ("Thu", "Sat"), which lack "day"."""
    names = _vocabulary().weekday_by_name
    short = [w.capitalize() for w in names if w.isascii() and "day" not in w]
    if not short:
        return None
    # Capitalised anywhere ("Thu (18th)"), upper case as a heading line of its own ("MON").
    upper = _alternation([w.upper() for w in short])
    return re.compile(
        rf"\b(?:{_alternation(short)})\b|^[ \t]*(?:{upper})[ \t]*:?[ \t]*$", re.MULTILINE
    )


@lru_cache(maxsize=1)
def _dated_opening() -> re.Pattern[str]:
    vocab = _vocabulary()
    names = [w for w in (*vocab.weekday_by_name, *vocab.month_by_name) if w.isascii()]
    return re.compile(
        # (a speaker's label and a connective first: "GH: Then, going backwards: Saturday")
        r"(?:[A-Z]{2,5}:[ \t]+)?(?:(?:then|and|so|next|after that)\b[^.:!?]{0,30}?[,:][ \t]*)?"
        r"(?:(?:on|by|last|this)[ \t]+)?"
        rf"(?:(?:{_alternation(names)}|the[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th))\b"
        # (an entry of a dated log: "08.01 Sukch'ŏn", "8/1 Sukchon", "8 Jan Sukchon")
        r"|[0-9]{1,2}[./][0-9]{1,2}(?:[./][0-9]{2,4})?(?![0-9./])"
        rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_alternation(names)})\b)",
        re.IGNORECASE,
    )


def opens_with_date(text: str, start: int, end: int) -> bool:
    """Does the English sentence text[start:end] open with a day or a month ("Saturday it
    was A", "GH: Friday, Orang", "On the 18th, B")?"""
    return _dated_opening().match(text, start, end) is not None


def _weekday_abbreviation(text: str) -> bool:
    pattern = _weekday_abbreviations()
    return pattern is not None and pattern.search(text) is not None


# A Korean month and day ("1월 8일"), for the month of bare days after it on its line.
_KO_MONTH_DAY = re.compile(r"(?P<month>[0-9]{1,2})\s?월\s?(?P<day>[0-9]{1,2})\s?일")
# Items of a line of several ("▲1월 8일 숙천군 ▲10일 은파군").
_ITEM_MARKS = ("▲", "△")


# A day that goes on a run of dated items: after a comma, or after the first item told
# ("1월 7일 재령군에서 … 진행된것을 시작으로 8일 숙천군, 10일 은파군").
_RUN_ON_DAY = re.compile(r"(?:,|시작으로)[ \t]?$")
_RUN_ON_REACH = 80
# The end of a Korean sentence: a run never crosses it.
_KO_SENTENCE_END = re.compile(r"[다요][.!]|[.!?](?:\s|$)")


_KO_MONTH_PART = re.compile(r"(?P<month>1[0-2]|0?[1-9])\s?월\s?(?P<part>상순|초순|중순|하순)")
_KO_ANY_MONTH = re.compile(r"(?:1[0-2]|0?[1-9])\s?월")
_PART_DAYS = {"상순": (1, 10), "초순": (1, 10), "중순": (11, 20), "하순": (21, 31)}


def _month_part_before(text: str, day_start: int, day: int) -> int | None:
    """The month of a part of a month told before a bare day on its line, when the day falls
    in that part and no other month is named between ("2월 하순에는 각지에서 착공식들이
    련이어 진행되였다. 26일 황해북도 황주군에서 …")."""
    line_start = text.rfind("\n", 0, day_start) + 1
    found = list(_KO_MONTH_PART.finditer(text, line_start, day_start))
    if not found:
        return None
    last = found[-1]
    if _KO_ANY_MONTH.search(text, last.end(), day_start):
        return None
    low, high = _PART_DAYS[last["part"]]
    return int(last["month"]) if low <= day <= high else None


def _month_on_line(text: str, day_start: int) -> int | None:
    """The month of the last month and day written before `day_start` on its line, when
    the line is a run of items ("▲1월 8일 A ▲10일 B")."""
    line_start = text.rfind("\n", 0, day_start) + 1
    marked = any(mark in text[line_start:day_start] for mark in _ITEM_MARKS)
    # (Items marked one by one, or run on with commas: "1월 8일 A군, 10일 B군, 12일 C군".)
    if not marked and not (
        _RUN_ON_DAY.search(text, max(line_start, day_start - 6), day_start)
    ):
        return None
    found = list(_KO_MONTH_DAY.finditer(text, line_start, day_start))
    if not found:
        return None
    last = found[-1]
    if not marked:
        # (A run keeps to the month it opens with, within its sentence, each day close to
        # the one before and none earlier: "12월 20일 성천군에서 … 11일 김형직군" is not.)
        if "달" in text[last.end() : day_start] or _KO_SENTENCE_END.search(
            text, last.end(), day_start
        ):
            return None
        bare_day = _patterns()["ko_day"]
        day = bare_day.match(text, day_start)
        if day is None:
            return None
        previous_end, previous_day = last.end(), int(last["day"])
        for item in chain(bare_day.finditer(text, last.end(), day_start), (day,)):
            if item.start() - previous_end > _RUN_ON_REACH or int(item["day"]) < previous_day:
                return None
            previous_end, previous_day = item.end(), int(item["day"])
    month = int(last["month"])
    return month if 1 <= month <= 12 else None


def _month_heading(text: str, day_start: int) -> int | None:
    """The month of the heading above a row that begins with a bare day ("2월" ... "- 6일:
    착공"), or None when the day is not at the start of such a row."""
    line_start = text.rfind("\n", 0, day_start) + 1
    if not _KO_DAY_ROW.fullmatch(text, line_start, day_start) and not (
        # (or a day later on a row that opens with its days: "- 27~28일: 북창군 등 6개
        # 군(27일), 강동군 등 5개 시·군(28일)")
        _KO_DAYS_ROW_LINE.match(text, line_start)
        and _KO_MONTH_WORD.search(text, line_start, day_start) is None
    ):
        return None
    if (month := _month_leading_the_rows(text, line_start)) is not None:
        return month
    headings = list(_KO_MONTH_HEADING.finditer(text, 0, line_start))
    if not headings:
        return None
    month = int(headings[-1]["month"])
    return month if 1 <= month <= 12 else None


def _month_of_heading_naming(text: str, day_start: int, day: int) -> int | None:
    """The month of the line right above the day's line when it opens with that month and
    names the day too ("[4/8] 6월 2일과 9일" over "김정은이 강동군병원(2일), … 찾음")."""
    line_start = text.rfind("\n", 0, day_start) + 1
    heading = _heading_month_above(text, line_start)
    if heading is None or not re.search(rf"(?<![0-9]){day}[ \t]?일", heading[1]):
        return None
    return heading[0]


def _month_leading_the_rows(text: str, line_start: int) -> int | None:
    """The month of the line right above a block of bare-day rows, when that line opens with
    it ("[3/8] 2월 26~28일, 착공이 몰린 사흘" over "- 26일: 황주군", "- 27일: 북창군")."""
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not _KO_DAY_ROW_LINE.match(text[above : line_start - 1]):
            break
        line_start = above
    heading = _heading_month_above(text, line_start)
    return heading[0] if heading is not None else None


def _heading_month_above(text: str, line_start: int) -> tuple[int, str] | None:
    """The month the line above `line_start` opens with, and the rest of that line, when the
    line is a heading: not a sentence of prose that opens with a month ("11월 19일 …
    준공되였다.")."""
    if line_start == 0:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above : line_start - 1]
    lead = _KO_MONTH_LEADING_LINE.match(line)
    if lead is None or line.rstrip().endswith("."):
        return None
    return int(lead["month"]), line[lead.end() :]


_YEAR_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]|다\.)[ \t]*(?:[Ii]n[ \t]+)?$")


# (a wire chronology's "-- Feb. 28: Kim attends …" too)
_SECTION_ITEM = re.compile(r"[ \t]*(?:[-*•·▪‣–—●○◆◇■□▲△][ \t]|--[ \t]|[0-9]{1,2}[ .)/])")


def _in_heading_year(
    value: ResolvedDate, year: int, reference: date | None
) -> ResolvedDate:
    """A day without its year under a year's section heading, in that year (when that is not
    after the report)."""
    if value.month is None:
        return value
    named = ResolvedDate(year, value.month, value.day)
    told = named.as_date() or date(year, value.month, 1)
    return named if reference is None or told <= reference else value


def _in_running_year(
    value: ResolvedDate,
    previous: ResolvedDate | None,
    bare_day: bool,
    running_year: int | None = None,
    reference: date | None = None,
) -> ResolvedDate:
    """A chronicle's day without its year (or month) in the year (and month) of the day before
    it, when it falls after that day there (or in a year just named on its own); else the
    reading nearest the report's date."""
    if running_year is not None and not bare_day and value.month is not None:
        return _in_heading_year(value, running_year, reference)
    if previous is None or previous.month is None:
        return value
    after = date(previous.year, previous.month, previous.day or 1)
    if bare_day:
        if value.day is None:
            return value
        running = safe_date(previous.year, previous.month, value.day)
        if running is None or running < after or running >= (value.as_date() or running):
            return value
        return ResolvedDate.of(running)
    if value.year <= previous.year or value.month is None:
        return value
    if value.day is None:
        month = date(previous.year, value.month, 1)
        return ResolvedDate(previous.year, value.month) if month >= after.replace(day=1) else value
    running = safe_date(previous.year, value.month, value.day)
    return ResolvedDate.of(running) if running is not None and running >= after else value


def _year_from_sentence(
    text: str,
    written: tuple[int, ResolvedDate],
    start: int,
    value: ResolvedDate,
    reference: date | None,
) -> ResolvedDate:
    """A year-less day named in the sentence of a day given with its year ("A broke ground on
    Feb. 27, 2025, and B on Feb. 28") is the one nearest that day, not the one nearest the
    report's date; or later in the same year, as a sentence tells what came next ("broke
    ground on 28 February 2024 and opened its factories on 20 December"), unless that is
    still to come when the report was written."""
    written_end, anchor = written
    between = text[written_end:start]
    anchor_day = anchor.as_date()
    if anchor_day is None or value.month is None or value.day is None or (
        "\n" in between or _SENTENCE_END.search(between) is not None
    ):
        return value
    options = [
        d
        for d in (safe_date(anchor_day.year + k, value.month, value.day) for k in (-1, 0, 1))
        if d is not None
    ]
    if not options:
        return value
    same_year = safe_date(anchor_day.year, value.month, value.day)
    if (
        same_year is not None
        and same_year > anchor_day
        and (reference is None or same_year <= reference)
    ):
        return ResolvedDate.of(same_year)
    return ResolvedDate.of(min(options, key=lambda d: abs((d - anchor_day).days)))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“]")


def most_recent_day(ref: date, month: int | None, day: int) -> date | None:
    """The most recent date on or before `ref` with this day (and month, when given; None
    for a month or day no calendar has)."""
    if month is None:
        for back in range(0, 13):
            candidate = safe_date(*_months_back(ref, back), day)
            if candidate is not None and candidate <= ref:
                return candidate
        return None
    for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= ref:
            return candidate
    return None


# A weekday named after "earlier in the week" in its sentence: the day it means.
_DAY_NAMED_AFTER = re.compile(
    r"[^.;!?\n]{0,160}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


# The first days of a week ("이번 주 초", "early this week"): Monday to Wednesday.
_EARLY_WEEK_DAYS = 3
_EARLY_KO = re.compile(r"\s?초(?![가-힣])")


def _week_month(
    ref: date, last: bool, *, before: bool = False, early: bool = False
) -> ResolvedDate | None:
    """The month of last week (Monday to Sunday) or of this week up to the reference date
    (or the day `before` it; or only its first days, `early`: "이번 주 초"), when that stretch
    lies in one month; else None (unknown stays unknown)."""
    monday = ref - timedelta(days=ref.weekday() + (7 if last else 0))
    end = monday + timedelta(days=6) if last else ref
    if before and not last:
        end = max(monday, ref - timedelta(days=1))
    if early:
        end = min(end, monday + timedelta(days=_EARLY_WEEK_DAYS - 1))
    if (monday.year, monday.month) != (end.year, end.month):
        return None
    return ResolvedDate(monday.year, monday.month)


def _most_recent_weekday_day(
    ref: date, month: int | None, day: int, weekday: int
) -> date | None:
    """The most recent day `day` (of `month`, if given) on or before `ref` that falls on
    `weekday`, within two months back; else the most recent such day whatever its weekday."""
    nearest = most_recent_day(ref, month, day)
    if nearest is None or nearest.weekday() == weekday:
        return nearest
    for back in range(1, _WEEKDAY_DAY_MONTHS_BACK + 1):
        year, mon = _months_back(ref, back)
        if month is not None and mon != month:
            continue
        told = safe_date(year, mon, day)
        if told is not None and told <= ref and told.weekday() == weekday:
            return told
    return nearest


_WEEKDAY_DAY_MONTHS_BACK = 2
# A calendar line's day before its weekday ("06 Thu | …").
_KO_LINE_DAY_WEEKDAY = re.compile(
    r"^[ \t]*(?P<day>3[01]|[12][0-9]|0?[1-9])\((?P<weekday>[월화수목금토일])\)(?=[ \t])",
    re.MULTILINE,
)
_KO_WEEKDAY_LETTERS = "월화수목금토일"
# (one space between, a bar or dash after: not a row number, "01  Thu 6 Feb   Kangdong …")
_DAY_BEFORE_WEEKDAY = re.compile(r"[ \t]*(?P<day>3[01]|[12][0-9]|0?[1-9]) ")
_CELL_AFTER_WEEKDAY = re.compile(r"[ \t]*[|:—–-]")


def most_recent_weekday(ref: date, weekday: int) -> date:
    """The most recent given weekday strictly before the reference date (KCNA usage)."""
    back = (ref.weekday() - weekday) % 7 or 7
    return ref - timedelta(days=back)


def ahead_of_reference(text: str, mention: DateMention, reference: date | None) -> bool:
    """Does the mention name a part of the reference month still to come ("in late Feb."
    on 10 February, "2월 하순" on the 15th)? An event dated so is planned, not done."""
    value = mention.value
    if (
        reference is None
        or value.day is not None
        or value.month != reference.month
        or value.year != reference.year
    ):
        return False
    parts = _vocabulary().month_part_first_day
    surface = mention.surface.lower()
    before = text[max(0, mention.start - 16) : mention.start].lower()
    first_days = [
        day
        for part, day in parts.items()
        if surface.startswith(part) or surface.endswith(part) or before.endswith(part + " ")
    ]
    return bool(first_days) and reference.day < max(first_days)


def safe_date(year: int, month: int, day: int) -> date | None:
    """The day, if the calendar has it (None for "31 February")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# After a year that opens a sentence: a comparison ("2024년과 달리", "2024년보다") or a cohort's
# label ("2024년 대상 20개 시·군"), not the year the sentences after it run in.
_NOT_A_RUNNING_YEAR_AFTER = ("과", "와", "보다", "처럼", "때와", " 대상", "도 대상")
_NUMBER_WORDS = {
    "the": 1, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7,
}


class DateResolver:
    """Finds date expressions in a text and resolves them against a reference date."""

    def __init__(self, reference: date | None) -> None:
        self.reference = reference
        self._vocab = _vocabulary()
        self._patterns = _patterns()
        self._month_any = _month_any()
        self._gate: dict[str, bool] = {}
        self._start = 0
        self._end = 0

    def _days_under_month_headings(
        self, text: str, ref: date
    ) -> Iterator[tuple[int, int, ResolvedDate, str]]:
        """The bare days that open the rows under a heading of a month ("January 2025" over
        "- 7: Jaeryong County, South Hwanghae" and "- 8: Sukchon County"): days of that
        month, in the heading's year or the most recent such month."""
        headings = list(_EN_MONTH_HEADING_LINE.finditer(text))
        heading_ends = [h.end() for h in headings]
        for row in _EN_BARE_DAY_ROW.finditer(text, self._start, self._end):
            above = bisect_right(heading_ends, row.start()) - 1
            if above < 0:
                continue
            heading = headings[above]
            # (only rows, or blank lines, between the heading and the row)
            between = text[heading.end() : row.start()].split("\n")
            if any(line.strip() and not _ROW_MARK.match(line) for line in between):
                continue
            month = self._month_number(heading["month"])
            year = int(heading["year"]) if heading["year"] else _most_recent_month(ref, month)
            if (day := safe_date(year, month, int(row["day"]))) is not None:
                end = row.end("suffix") if row["suffix"] else row.end("day")
                yield row.start("day"), end, ResolvedDate.of(day), "explicit"

    def _month_number(self, name: str) -> int:
        return self._vocab.month_by_name[name.lower().rstrip(".")]

    def _year_for(self, match: re.Match[str]) -> int | None:
        groups = match.groupdict()
        if groups.get("jyear"):
            return int(groups["jyear"])
        if groups.get("juche"):
            return int(groups["juche"]) + self._vocab.juche_offset
        if groups.get("year"):
            year = int(groups["year"])
            # (a time after the day is no year: "[KCNA-E 16 Dec 0105] …")
            return year if year >= _EARLIEST_YEAR else None
        # "March 3 last year", "Feb. 6 this year": counted from the reference year.
        if groups.get("rel") and self.reference is not None:
            return self.reference.year - (1 if groups["rel"] == "last" else 0)
        return None

    def _gates(self, text: str) -> dict[str, bool]:
        """Cheap substring tests that rule out whole families of patterns for a text.

        Most of a report has no date; skipping a regular-expression pass whose anchor words
        are absent keeps the resolver fast on long archives.
        """
        lowered = text.lower()
        hangul_date = "일" in text or "월" in text or "년" in text
        month_name = self._month_any.search(text) is not None
        has_day = "day" in lowered or "요일" in text or _weekday_abbreviation(text)
        return {
            "en_range_dm": month_name,
            "en_range_md": month_name,
            "en_md": month_name,
            "en_dm": month_name,
            "en_month": month_name,
            "en_weekday": has_day,
            "en_relative_day": "yesterday" in lowered
            or "today" in lowered
            or "tonight" in lowered
            or "yday" in lowered
            or "yest." in lowered,
            "en_relative_month": "month" in lowered,
            "en_relative_week": "week" in lowered,
            "ko_relative_week": "주" in text,
            "en_anaphora": has_day or "same time" in lowered or "week" in lowered,
            "en_days_later": has_day or "week" in lowered,
            "ko_weekday": "요일" in text,
            "en_juche": "juche" in lowered,
            "en_year": "19" in text or "20" in text,
            "en_ordinal_day": _ORDINAL_DAY_HINT.search(lowered) is not None,
            "num_ymd": "20" in text or "19" in text,
            "num_dmy": "20" in text or "19" in text or "/" in text,
            # Month.day without a year is a date only in Korean copy ("3.5" is a figure).
            "num_md": "." in text and (hangul_date or _HANGUL.search(text, 0, 400) is not None),
            "ko_range": hangul_date and ("까지" in text or "~" in text or "∼" in text),
            "ko_full": hangul_date,
            "ko_day": "일" in text,
            "ko_month": "월" in text,
            "ko_relative_month": "달" in text,
            "ko_relative_day": True,
            "ko_anaphora": "날" in text or "무렵" in text or "시기" in text or "뒤" in text
            or "기간" in text
            or "후" in text or "같은 달" in text or "같은달" in text or "그때" in text
            or "그 때" in text,
            "ko_juche": "주체" in text,
            "ko_year": "년" in text,
        }

    def _scan(self, key: str, text: str) -> Iterator[re.Match[str]]:
        if not self._gate[key]:
            return iter(())
        return self._patterns[key].finditer(text, self._start, self._end)

    def _prefix(self, key: str, text: str, start: int) -> re.Match[str] | None:
        """The optional words right before a date ("early", "지난", "2025년"), if any."""
        m = self._patterns[key].search(text, max(self._start, start - 40), start)
        return m if m is not None and m.end() == start and m.start() < start else None

    def _after_digit(self, text: str, start: int) -> bool:
        """True when the match starts inside a longer number ("112월")."""
        return start > 0 and (text[start - 1].isdigit() or text[start - 1] == ".")

    def _candidates(self, text: str) -> Iterator[tuple[int, int, ResolvedDate | None, str]]:
        """Yield (start, end, value, kind) for every pattern match; overlaps are pruned later.

        value None with kind "anaphoric:<op>" marks an expression resolved in a second pass.
        """
        # One generator over many patterns: these names hold different things in turn.
        m: Any
        month: Any
        day: Any
        year: Any
        value: Any
        told: Any
        week: Any
        ref = self.reference
        if '"' in text and _declared_short_month_years(text):
            # ('"Mar 24" = March 2024': a month with a two-digit year, not a day)
            for m in _SHORT_MONTH_YEAR.finditer(text, self._start, self._end):
                if not self._after_digit(text, m.start()):
                    month_number = self._month_number(m["month"])
                    yield m.start(), m.end(), ResolvedDate(2000 + int(m["yy"]), month_number), (
                        "explicit"
                    )
        and_day = self._patterns["en_and_day"]
        months = self._month_positions(text) if self._gate["en_md"] else []
        day_before_month = self._day_before_month(text, months)
        for key in ("en_range_dm", "en_range_md", "en_md", "en_dm"):
            matches: Iterable[re.Match[str]]
            if key in ("en_range_dm", "en_dm"):
                matches = self._scan(key, text) if day_before_month else iter(())
            else:
                matches = self._scan_at(key, text, months)
            for m in matches:
                if key in ("en_range_dm", "en_dm") and (
                    self._after_digit(text, m.start())
                    # (a row's code: "B2  Oct 2024" is no 2 October)
                    or (m.start() > 0 and text[m.start() - 1].isascii()
                        and text[m.start() - 1].isalpha())
                ):
                    continue
                if key in ("en_md", "en_range_md") and _FULL_STOP_AFTER_MONTH.match(m.group()):
                    continue  # ("opened in January.\n\n4. 27 February": a full stop)
                month = self._month_number(m["month"])
                days = [(m.start(), m.end(), int(m["day"]))]
                year = self._year_for(m)
                if year is None and (short := _SHORT_YEAR_AFTER.match(text, m.end())):
                    # "Feb 6 '25": the year in two digits after an apostrophe.
                    year = 2000 + int(short["yy"])
                    days = [(m.start(), short.end(), int(m["day"]))]
                and_second = and_day.match(text, m.end()) if key == "en_md" else None
                if and_second is not None:
                    days.append(
                        (and_second.start("day"), and_second.end("day"), int(and_second["day"]))
                    )
                    if year is None and and_second["year"]:
                        year = int(and_second["year"])
                for start, end, day in days:
                    if year is not None:
                        value = safe_date(year, month, day)
                    elif ref is not None:
                        value = most_recent_day(ref, month, day)
                    else:
                        continue
                    if value is not None:
                        kind = "explicit" if year is not None else "explicit:yearless"
                        # ("March 1-10 -- ceremonies were held in the other 19": the month)
                        first = int(m["day1"]) if key.startswith("en_range") else day
                        yield start, end, _span_end(first, value), kind
        if months and ref is not None and ("etween" in text or "rom " in text):
            # "Between 1 and 10 March the other nineteen followed", "from March 1 to 10": a
            # span of days (a round of ceremonies: the month; a meeting's days: the last).
            for m in _BETWEEN_DAYS.finditer(text, self._start, self._end):
                month = self._month_number(m["month"] or m["month2"])
                first = int(m["a"] or m["a2"])
                last = int(m["b"] or m["b2"])
                value = most_recent_day(ref, month, last) if month and last > first else None
                if value is not None:
                    yield m.start(), m.end(), _span_end(first, value), "relative"
        if months and ref is not None:
            # "the twenty-ninth of January", "January the third": days in words (transcripts),
            # looked for around each month name only.
            for position in months:
                before = _SPELLED_DAY_BEFORE.search(text, max(0, position - 30), position)
                after = _SPELLED_DAY_AFTER.match(text, position) if before is None else None
                m = before or after
                if m is None:
                    continue
                name = _MONTH_WORD.match(text, position)
                month = self._vocab.month_by_name.get(name.group().lower()) if name else None
                day = _SPELLED_DAYS.get(m["word"].lower().replace(" ", "-"))
                value = most_recent_day(ref, month, day) if month and day else None
                if value is not None and name is not None:
                    start = m.start() if before is not None else position
                    end = position + len(name.group()) if before is not None else m.end()
                    yield start, end, ResolvedDate.of(value), "explicit:yearless"
        edge_days = "day of" in text  # ("the last day of August": a cheap test first)
        for m in self._scan_at("en_month", text, months):
            if m.start() > 0 and text[m.start() - 1].isalpha() and m["month"].isupper():
                continue  # (the end of a word in capitals: "INAUG", not August)
            month = self._month_number(m["month"])
            pre = self._prefix("en_month_prefix", text, m.start())
            start = pre.start() if pre is not None else m.start()
            part = pre["part"] if pre is not None else None
            last = pre["last"] if pre is not None else None
            # "May" is also a verb; only accept it with a year or a month part.
            if m["month"].lower() == "may" and not (m["year"] or m["jyear"] or part or m["rel"]):
                continue
            edge = (
                _EDGE_DAY_BEFORE.search(text, max(0, m.start() - 20), m.start())
                if edge_days
                else None
            )
            if edge is not None and (m["year"] or m["jyear"] or ref is not None):
                # "on the last day of August": that month's last (or first) day.
                year = int(m["year"] or m["jyear"] or 0) or _most_recent_month(ref, month)
                day = 1 if edge["edge"].lower() == "first" else _days_in_month(year, month)
                value = safe_date(year, month, day)
                if value is not None and (ref is None or value <= ref or m["year"]):
                    yield edge.start(), m.end(), ResolvedDate.of(value), "explicit"
                    continue
            if m["year"] or m["jyear"]:
                year = int(m["year"] or m["jyear"])
                yield start, m.end(), ResolvedDate(year, month), "explicit"
                continue
            if (short := _SHORT_YEAR_AFTER_MONTH.match(text, m.end())) is not None:
                # ("Oct. '24 (day not given)": the year in two digits after an apostrophe)
                yield start, short.end(), ResolvedDate(2000 + int(short["yy"]), month), "explicit"
                continue
            if ref is None:
                continue
            if m["rel"]:
                shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
                yield start, m.end(), ResolvedDate(ref.year + shift, month), "relative"
            elif last:
                year = ref.year if month < ref.month else ref.year - 1
                yield start, m.end(), ResolvedDate(year, month), "relative"
            else:
                year = _most_recent_month(ref, month)
                yield start, m.end(), ResolvedDate(year, month), "relative:yearless"
        if ref is not None and "(" in text:
            # A Korean calendar's line, its day and weekday only ("13(토) 평북 구성시 병원 준공
            # ★"): the most recent such day that falls on that weekday.
            for m in _KO_LINE_DAY_WEEKDAY.finditer(text, self._start, self._end):
                weekday = _KO_WEEKDAY_LETTERS.index(m["weekday"])
                told = _most_recent_weekday_day(ref, None, int(m["day"]), weekday)
                if told is not None and told.weekday() == weekday:
                    yield m.start("day"), m.end(), ResolvedDate.of(told), "relative"
        if ref is not None:
            weekday_matches = chain(self._scan("en_weekday", text), self._scan("ko_weekday", text))
            for m in weekday_matches:
                if _WEEKDAY_APPOSITION.search(text, max(0, m.start() - 22), m.start()):
                    continue  # ("on February 28 — a Wednesday —": that date's weekday)
                weekday = self._vocab.weekday_by_name[m["weekday"].lower()]
                value = most_recent_weekday(ref, weekday)
                if text.endswith(("that ", "That "), max(0, m.start() - 5), m.start()):
                    # "The other four that Monday": the Monday just told.
                    yield m.start() - 5, m.end(), None, f"anaphoric:weekday{weekday}"
                    continue
                # "지난주 월요일", "이번 주 화요일", "그 주 목요일": that week's day.
                week = _KO_WEEK_BEFORE.search(text, max(0, m.start() - 8), m.start())
                if week is not None:
                    which = week["which"].replace(" ", "")
                    if which == "그주":
                        yield week.start(), m.end(), None, f"anaphoric:weekday{weekday}"
                        continue
                    monday = ref - timedelta(days=ref.weekday() + (7 if which == "지난주" else 0))
                    told = monday + timedelta(days=weekday)
                    if told <= ref:
                        yield week.start(), m.end(), ResolvedDate.of(told), "relative"
                        continue
                # "Thursday last week", "Monday of this week": that week's day.
                week = _WEEK_AFTER_WEEKDAY.match(text, m.end())
                if week is not None:
                    monday = ref - timedelta(days=ref.weekday())
                    if week["which"].lower() == "last":
                        monday -= timedelta(days=7)
                    told = monday + timedelta(days=weekday)
                    if told < ref:
                        yield m.start(), week.end(), ResolvedDate.of(told), "relative"
                        continue
                # A calendar's line, its day and then its weekday ("06 Thu | gb Kangdong …"):
                # the most recent such day that falls on that weekday.
                line_start = text.rfind("\n", 0, m.start()) + 1
                lead = _DAY_BEFORE_WEEKDAY.fullmatch(text, line_start, m.start())
                if lead is not None and _CELL_AFTER_WEEKDAY.match(text, m.end()):
                    # (in the month a note declares: "Each line is a day of February 2025")
                    declared = _DECLARED_TABLE_MONTH.search(text)
                    told = (
                        safe_date(
                            int(declared["year"]),
                            self._month_number(declared["month"]),
                            int(lead["day"]),
                        )
                        if declared is not None
                        else _most_recent_weekday_day(ref, None, int(lead["day"]), weekday)
                    )
                    if told is not None and told.weekday() == weekday:
                        yield lead.start("day"), m.end(), ResolvedDate.of(told), "relative"
                        continue
                # "Last Saturday (18th)", "Thu (18th)": the day in brackets says which one.
                day = _BRACKETED_DAY.match(text, m.end())
                if day is not None and day["sl_a"]:
                    # The order whose day falls on the weekday ("Tue 16/12": 16 December).
                    first, second = int(day["sl_a"]), int(day["sl_b"])
                    told = next(
                        (
                            found
                            for number, month in ((first, second), (second, first))
                            if 1 <= month <= 12
                            and (found := most_recent_day(ref, month, number)) is not None
                            and found.weekday() == weekday
                        ),
                        None,
                    )
                    if told is not None:
                        yield m.start(), day.end(), ResolvedDate.of(told), "relative"
                        continue
                    day = None
                if day is None:
                    day = _SPELLED_DAY_AFTER_WEEKDAY.match(text, m.end())
                if day is not None:
                    groups = day.groupdict()
                    spelled = groups.get("word")
                    number = (
                        _SPELLED_DAYS[spelled.lower()]
                        if spelled
                        else groups.get("number")
                        or day["day"]
                        or day["ordinal"]
                        or day["plain"]
                        or day["dm_day"]
                    )
                    month = int(groups["dm_month"]) if groups.get("dm_month") else None
                    # The most recent such day that falls on that weekday ("Wed 3" in a January
                    # issue's December log is 3 December).
                    told = _most_recent_weekday_day(ref, month, int(number), weekday)
                    if told is not None and told.weekday() == weekday:
                        value = told
                    end = day.end() if told is not None and told.weekday() == weekday else m.end()
                    yield m.start(), end, ResolvedDate.of(value), "relative"
                    continue
                yield m.start(), m.end(), ResolvedDate.of(value), "relative"
            for m in self._scan_if_any("ko_relative_day", text, _KO_RELATIVE_DAYS):
                value = ref + timedelta(days=_KO_DAY_OFFSETS[m["word"]])
                yield m.start(), m.end(), ResolvedDate.of(value), "relative"
            if " ago" in text:
                # "Three years ago today", "two months ago": a look back that far.
                for m in _EN_AGO.finditer(text, self._start, self._end):
                    count = _EN_COUNTS.get(m["n"].lower()) or int(m["n"])
                    unit = m["unit"].lower()
                    if unit.startswith(("week", "day")):
                        # ("exactly a week ago today", "three days ago": that day)
                        back = count * (7 if unit.startswith("week") else 1)
                        yield m.start(), m.end(), ResolvedDate.of(ref - timedelta(days=back)), (
                            "relative"
                        )
                        continue
                    if unit.startswith("year"):
                        told = safe_date(ref.year - count, ref.month, ref.day)
                        value = (
                            ResolvedDate.of(told)
                            if told is not None and m["today"]
                            else ResolvedDate(ref.year - count)
                        )
                    else:
                        year, month = _months_back(ref, count)
                        value = ResolvedDate(year, month)
                    yield m.start(), m.end(), value, "relative"
            for m in self._scan("en_relative_day", text):
                if text[m.start() - 1 : m.start()].isalpha():
                    continue  # (the end of a word: "everyday", "Birthday")
                shift = {"yesterday": -1, "yday": -1, "yest": -1, "today": 0, "tonight": 0}[
                    m["word"].lower()
                ]
                value = ref + timedelta(days=shift)
                yield m.start(), m.end(), ResolvedDate.of(value), "relative"
            for m in self._scan_relative_month(text):
                shift = {"last": 1, "this": 0, "next": -1}[m["which"].lower()]
                year, month = _months_back(ref, shift)
                yield m.start(), m.end(), ResolvedDate(year, month), "relative"
            if "n the month" in text:
                # ("KCNA reports that ceremonies were held earlier in the month")
                for m in _EARLIER_IN_THE_MONTH.finditer(text, self._start, self._end):
                    if _DAY_SAID_AFTER.match(text, m.end()):
                        continue  # ("earlier in the month — on the third": that day's)
                    yield m.start(), m.end(), ResolvedDate(ref.year, ref.month), "relative"
            for m in self._scan("ko_relative_month", text):
                # ("이번 달": this month too)
                shift = {"지난달": 1, "이달": 0, "이번달": 0, "다음달": -1}[
                    m["which"].replace(" ", "")
                ]
                year, month = _months_back(ref, shift)
                yield m.start(), m.end(), ResolvedDate(year, month), "relative"
            en_weeks = self._scan("en_relative_week", text)
            for m in chain(en_weeks, self._scan("ko_relative_week", text)):
                last = m["which"].lower().replace(" ", "") in ("last", "past", "지난주")
                # ("Earlier in the week" in a Saturday's issue: the days before it.)
                earlier = m["which"].lower().startswith("earlier")
                if earlier and "in" in m["which"] and _DAY_NAMED_AFTER.match(text, m.end()):
                    continue  # ("earlier in the week in Kumya, on Monday": that day's)
                # ("이번 주 초", "early this week": its first days)
                early = _EARLY_KO.match(text, m.end()) is not None or text.endswith(
                    ("early ", "Early "), max(0, m.start() - 6), m.start()
                )
                week_month = _week_month(ref, last, before=earlier, early=early)
                if week_month is not None:
                    yield m.start(), m.end(), week_month, "relative"
        if ref is not None:
            if "\n" in text and _EN_MONTH_HEADING_LINE.search(text) is not None:
                yield from self._days_under_month_headings(text, ref)
            for m in self._scan("en_ordinal_day", text):
                value = most_recent_day(ref, None, int(m["day"] or m["bare"] or m["row"]))
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "relative:ordinal"
            if " month" in text:
                # "on the 13th of this month", "the 19th of last month": that month's day.
                for m in _ORDINAL_OF_MONTH.finditer(text, self._start, self._end):
                    year, month = _months_back(ref, 1 if m["which"].lower() == "last" else 0)
                    first = _day_number(m["day"], m["day_word"])
                    if (day_of := safe_date(year, month, first)) is None:
                        continue
                    last = safe_date(year, month, _day_number(m["last"], m["last_word"]))
                    if last is not None and last > day_of:
                        yield m.start(), m.end(), _span_end(first, last), "relative"
                    else:
                        yield m.start(), m.end(), ResolvedDate.of(day_of), "relative"
            if "th" in text or "first" in text or "second" in text or "third" in text:
                # "On the sixteenth you had Hwangju", "Kilju's on the twenty-third, ...": a
                # day of the month in words where the phrase ends (a talk's way).
                for m in _SPELLED_DAY_ALONE.finditer(text, self._start, self._end):
                    if not _SPELLED_DAY_ALONE_AFTER.search(text, max(0, m.start() - 8), m.start()):
                        continue
                    day_number = _SPELLED_DAYS[m["word"].lower().replace(" ", "-")]
                    value = most_recent_day(ref, None, day_number)
                    if value is not None:
                        yield m.start(), m.end(), ResolvedDate.of(value), "relative:ordinal"
        numeric = any(
            probe.search(text, self._start, self._end) is not None
            for probe in _NUMERIC_DATE_PROBES
        )
        for m in self._scan("num_ymd", text) if numeric else ():
            if self._after_digit(text, m.start()) or not 1900 <= int(m["year"]) < 2100:
                continue
            value = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
            if value is not None:
                yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if "DTSTART" in text:
            # A calendar export's event day ("DTSTART;VALUE=DATE:20250206").
            for m in _ICS_DATE.finditer(text, self._start, self._end):
                value = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start("year"), m.end("day"), ResolvedDate.of(value), "explicit"
        if "dd-mm-yy" in text or "DD-MM-YY" in text:
            # ("Dates are dd-mm-yy" over "28-02-24  Y  20-12-24  Y": day, month, short year)
            for m in _DASHED_SHORT_DATE.finditer(text, self._start, self._end):
                value = safe_date(2000 + int(m["yy"]), int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if "YYYYMMDD" in text or "yyyymmdd" in text:
            # A sheet's dates run together, as its key declares ("date: YYYYMMDD=day
            # YYYYMM=month" over "…\tGRD\t20250206\t…", "…\t202502\t…").
            for m in _COMPACT_DATE.finditer(text, self._start, self._end):
                if m["day"] is None:
                    if _COMPACT_MONTH_KEY.search(text) is not None:
                        month = ResolvedDate(int(m["year"]), int(m["month"]))
                        yield m.start(), m.end(), month, "explicit"
                elif (
                    value := safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
                ) is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if months and "-" in text:
            for m in _dashed_month_year().finditer(text, self._start, self._end):
                year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
                month_number = self._vocab.month_by_name[m["month"].lower()]
                day = _DASHED_DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
                if day is None:
                    if m.start() > 0 and text[m.start() - 1] == "-":
                        continue  # ("Feb-Mar-24": not a date)
                    yield m.start(), m.end(), ResolvedDate(year, month_number), "explicit"
                elif (value := safe_date(year, month_number, int(day["day"]))) is not None:
                    yield day.start(), m.end(), ResolvedDate.of(value), "explicit"
        if "'" in text or "’" in text:
            # "'25.12.15": a two-digit year after an apostrophe (Korean briefs and tables).
            for m in _SHORT_YEAR_DATE.finditer(text, self._start, self._end):
                if m["day"] is None:
                    month = ResolvedDate(2000 + int(m["yy"]), int(m["month"]))
                    yield m.start(), m.end(), month, "explicit"
                    continue
                value = safe_date(2000 + int(m["yy"]), int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if numeric and _DOTTED_SHORT_PROBE.search(text, self._start, self._end):
            yield from self._dotted_short_years(text)
        if self._gate["en_month"]:
            # "08JAN25": a log's day, month and two-digit year run together, in capitals.
            for m in _run_together_date().finditer(text, self._start, self._end):
                day = safe_date(2000 + int(m["yy"]), self._month_number(m["month"]), int(m["day"]))
                if day is not None:
                    yield m.start(), m.end(), ResolvedDate.of(day), "explicit"
        numerals = list(self._scan("num_dmy", text)) if numeric else []
        month_first = any(int(m["second"]) > 12 for m in numerals) and not any(
            int(m["first"]) > 12 for m in numerals
        )
        if (
            numerals
            and not month_first
            and not any(int(m["first"]) > 12 for m in numerals)
            and (declared_first := _declared_month_first(text)) is not None
        ):
            # ("Dates are month/day/year (U.S. style)": 2/6/2025 is February 6.)
            month_first = declared_first
        for m in numerals:
            first, second = int(m["first"]), int(m["second"])
            month, day = (first, second) if month_first else (second, first)
            year = int(m["year"])
            # ("16/01/25": a two-digit year, written only with slashes.)
            value = safe_date(year if year >= 100 else 2000 + year, month, day)
            if value is not None:
                yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        declared_day_first = False
        declared = (
            _DECLARED_DOT_ORDER.search(text)
            if ref is not None and any(probe in text for probe in _DOT_ORDER_PROBES)
            else None
        )
        # ("last edited: 30.12.2025" over "13.12 (Sa) Kusong ...": the text's own full dates
        # show the day first, and none shows the month first)
        shown_day_first = (
            ref is not None
            and declared is None
            and (".20" in text or ".19" in text)
            and _DAY_FIRST_SHOWN.search(text, self._start, self._end) is not None
            and _MONTH_FIRST_SHOWN.search(text, self._start, self._end) is None
        )
        if declared is not None or shown_day_first:
            # "Dates below are day.month" over "15.12 — Rangnim County, ...".
            declared_day_first = day_first = shown_day_first or declared["first"].lower() in (
                "day",
                "dd",
            )
            for m in _YEARLESS_DOT_DATE.finditer(text, self._start, self._end):
                a, b = int(m["a"]), int(m["b"])
                day, month = (a, b) if day_first else (b, a)
                value = most_recent_day(ref, month, day)
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "relative"
        if ref is not None and "." in text and not declared_day_first:
            # "- 1.7 재령군(황해남도)", "- 2.26. 황북 황주군": a list line that opens with its
            # month and day (not where the text says it writes the day first).
            for m in _ROW_MONTH_DAY.finditer(text, self._start, self._end):
                month, day = ("cell_month", "cell_day") if m["month"] is None else ("month", "day")
                value = most_recent_day(ref, int(m[month]), int(m[day]))
                if value is not None:
                    # (yearless: a year the text declares, or its section's, is theirs)
                    yield m.start(month), m.end(day), ResolvedDate.of(value), "relative:yearless"
        if ref is not None and "(" in text and _HANGUL.search(text, 0, 400) is not None:
            # "평양시 강동군(2.6., 병원·종합봉사소)": a month and day in brackets after a place.
            for m in _BRACKETED_MONTH_DAY.finditer(text, self._start, self._end):
                value = most_recent_day(ref, int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "relative:yearless"
        if ref is not None and "." in text and _HANGUL.search(text, 0, 400) is not None:
            for m in _KO_EVENT_MONTH_DAY.finditer(text, self._start, self._end):
                value = most_recent_day(ref, int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "relative:yearless"
        for m in self._scan_if_probe("num_md", text, _MONTH_DAY_PROBES):
            if ref is None or self._after_digit(text, m.start()):
                continue
            value = most_recent_day(ref, int(m["month"]), int(m["day"]))
            if value is not None:
                # (yearless: a chronicle's running year is its year, "▲2024.1.15 … ▲2.28")
                yield m.start(), m.end(), ResolvedDate.of(value), "relative:yearless"
        for m in self._scan("en_juche", text):
            year = self._year_for(m)
            if year is not None:
                yield m.start(), m.end(), ResolvedDate(year), "explicit"
        for m in self._scan("en_year", text) if self._year_after_space(text) else ():
            yield m.start("year"), m.end(), ResolvedDate(int(m["year"])), "explicit"
        if "/" in text and ref is not None:
            # A log line that opens with day/month: "28/2 - First spade for Songchon's".
            logged = set()
            # (day first, unless the text says it writes the month first: "US date format")
            swapped = _declared_month_first(text) is True
            for m in _LOG_DAY_MONTH.finditer(text, self._start, self._end):
                month, day = int(m["month"]), int(m["day"])
                if swapped:
                    month, day = day, month
                if 1 <= month <= 12:
                    value = most_recent_day(ref, month, day)
                    if value is not None:
                        logged.add(m.start("day"))
                        yield m.start("day"), m.end("month"), ResolvedDate.of(value), "explicit"
            # "MON 15/12", "on 3/12": day and month without the year, in the order the text's
            # slashed dates show ("15/12", "21/12/2025": day first); when none tells, not at
            # all (a "3/5" may be a share).
            pairs = [
                m
                for m in _YEARLESS_SLASH_DATE.finditer(text, self._start, self._end)
                if m.start() not in logged
            ]
            if "month only" in text and _declares_slash_month_year(text):
                # ("`03/24` = month only (March 2024)": its slashed pairs whose second number
                # is a year are a month and its year)
                months = [(m, month) for m in pairs if (month := _slashed_month_year(m))]
                for m, month in months:
                    yield m.start(), m.end(), month, "explicit"
                pairs = [m for m in pairs if all(m is not taken for taken, _ in months)]
            slashed = [(int(m["first"]), int(m["second"])) for m in pairs] + [
                (int(m["first"]), int(m["second"])) for m in numerals if m["sep"] == "/"
            ]
            day_first, month_first = _slash_order(slashed)
            if (
                not (day_first or month_first)
                and pairs
                and (self._start > 0 or self._end < len(text))
            ):
                # (a part of a file read on its own, "On 03/12 he walked through …" in one
                # message: the order the whole file's slashed dates show, "[16/12/2025, …]")
                day_first, month_first = _slash_order_of_file(text)
            if not (day_first or month_first) and pairs:
                # ... or in the order the text says it writes them ("Dates are day/month/year").
                declared_first = _declared_month_first(text)
                if declared_first is not None:
                    month_first = declared_first
                    day_first = not declared_first
                elif _HANGUL.search(text, self._start, min(self._end, self._start + 400)):
                    # (Korean writes the month first: "고산군은 1/29에", "🏥 6/9 — 구성시 병원")
                    month_first = True
            for m in pairs if day_first or month_first else ():
                first, second = int(m["first"]), int(m["second"])
                month, day = (second, first) if day_first else (first, second)
                value = most_recent_day(ref, month, day)
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "relative"
        if (
            ". " in text
            and _SPACED_DATE_PROBE.search(text, self._start, self._end) is not None
            and _HANGUL.search(text, self._start, min(self._end, self._start + 400))
        ):
            yield from self._spaced_dates(text)
        if "|" in text and ref is not None and ". " in text:
            for m in _ROW_SPACED_MONTH_DAY.finditer(text, self._start, self._end):
                value = most_recent_day(ref, int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start("month"), m.end(), ResolvedDate.of(value), "relative"
        if ref is not None and "----------" in text and "  " in text:
            # ("1b  Kangdong   PY   FAC   02-28 (FAC only)   N   12-15": a month-day cell of a
            # table set out in fixed-width columns under a rule of dashes)
            for m in _FIXED_MONTH_DAY.finditer(text, self._start, self._end):
                month, day = int(m["month"]), int(m["day"])
                value = most_recent_day(ref, month, day)
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if ref is not None and "|" in text and ("Month" in text or "MONTH" in text):
            # ("Month | Day | County …" over "JAN | 07 | Jaeryong …": a month and its day in
            # two cells; in the year the notes give, else the latest such day)
            declared = _ALL_DATES_YEAR.search(text)
            for m in _month_day_cells().finditer(text, self._start, self._end):
                month, day = self._month_number(m["month"]), int(m["day"])
                value = (
                    safe_date(int(declared["year"]), month, day)
                    if declared is not None
                    else most_recent_day(ref, month, day)
                )
                if value is not None:
                    yield m.start(), m.end("day"), ResolvedDate.of(value), "explicit"
        if (
            ("day" in text or "Day" in text or "DAY" in text)
            and any(cue in text for cue in _DAY_COLUMN_CUES_EN)
        ) or any(cue in text for cue in _DAY_COLUMN_CUES_KO):
            yield from self._day_column(text)
        if ref is not None and "-" in text and "," in text:
            for m in _CSV_MONTH_DAY.finditer(text, self._start, self._end):
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                line_end = len(text) if line_end < 0 else line_end
                if text.count(",", line_start, line_end) < _CSV_CELLS_MIN:
                    continue
                value = most_recent_day(ref, int(m["month"]), int(m["day"]))
                if value is not None:
                    yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if "|" in text and ref is not None:
            # "| 은률군 | ... | 1.29 | ○ |": a month.day cell of a table.
            # Month first, unless the cells say day first ("| 26.02 |" and none like "| 2.26 |").
            cells = list(_TABLE_MONTH_DAY.finditer(text, self._start, self._end))
            dashed = [m for m in cells if m["dashed"]]
            cells = [m for m in cells if not m["dashed"]]
            for m in dashed:
                # ("| 12-13 | Sat |": month first, as ISO writes it)
                month, day = int(m["month"]), int(m["dashed"])
                value = most_recent_day(ref, month, day)
                if value is not None:
                    yield m.start("month"), m.end("dashed"), ResolvedDate.of(value), "explicit"
            if cells and (
                _DECLARES_YEAR_FIRST.search(text) is not None
                or (
                    _HANGUL.search(text, 0, 400) is not None
                    and _DOTTED_SHORT_YEAR.search(text) is not None
                )
            ):
                # ("| 24.03. |" beside "| 25.01.07. |": a year and month where the text writes
                # its years first)
                months = [
                    m for m in cells if int(m["month"]) >= _SHORT_YEAR_SPAN[0] - 2000
                    and 1 <= int(m["day"]) <= 12
                ]
                for m in months:
                    month = ResolvedDate(2000 + int(m["month"]), int(m["day"]))
                    yield m.start("month"), m.end("day"), month, "explicit"
                cells = [m for m in cells if m not in months]
            day_first = any(int(m["month"]) > 12 for m in cells) and not any(
                int(m["day"]) > 12 for m in cells
            )
            for m in cells:
                month, day = int(m["month"]), int(m["day"])
                if day_first:
                    month, day = day, month
                value = most_recent_day(ref, month, day)
                if value is not None:
                    yield m.start("month"), m.end("day"), ResolvedDate.of(value), "explicit"
        if ref is not None:
            # "- 2.3(화) 평양 강남군": the weekday says which year's day it is, if any. Tried
            # only before a bracket that follows a digit (a literal scan, not the engine's).
            bracket = text.find("(", self._start, self._end)
            # (the most recent such day, or one of the two years before it whose weekday it
            # is: "2024년" over "- 12.20.(금) 성천군 …" in a 2026 list; not when the text says
            # which year its days are in)
            years_back = _WEEKDAY_YEARS_BACK if bracket > 0 and not _declared_year(text) else 0
            while bracket > 0:
                if text[bracket - 1].isdigit() or text[bracket - 2 : bracket - 1].isdigit():
                    from_ = max(self._start, bracket - _MONTH_DAY_WEEKDAY_REACH)
                    m = _MONTH_DAY_WEEKDAY.search(text, from_, self._end)
                    if m is not None and m.start() < bracket:
                        month, day = int(m["month"]), int(m["day"])
                        if declared_day_first and text[m.end("month")] == ".":
                            month, day = day, month  # ("dd.mm (day)": "12.01 (Sun)")
                        value = most_recent_day(ref, month, day) if month <= 12 else None
                        weekday = _WEEKDAY_NUMBERS[m["weekday"]]
                        for back in range(years_back + 1) if value is not None else ():
                            told = safe_date(value.year - back, month, day)
                            if told is not None and told.weekday() == weekday:
                                yield m.start(), m.end(), ResolvedDate.of(told), "explicit"
                                break
                bracket = text.find("(", bracket + 1, self._end)
        if "." in text and _HANGUL.search(text, self._start, min(self._end, self._start + 400)):
            # "착공 2024.3 (?)": a year and a month in a Korean note.
            for m in _KO_YEAR_MONTH.finditer(text, self._start, self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start(), m.end(), month, "explicit"
        if ".20" in text:
            for m in _MONTH_DOT_YEAR.finditer(text, self._start, self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start(), m.end(), month, "explicit"
        if "/20" in text:
            for m in _MONTH_SLASH_YEAR.finditer(text, self._start, self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start(), m.end(), month, "explicit"
        if (
            (
                text.startswith(("20", "19"), self._start)
                or any(mark in text for mark in _LINE_YEAR_MARKS)
            )
            and (numeric_line_start := _LINE_YEAR_MONTH.search(text, self._start, self._end))
        ):
            for m in _LINE_YEAR_MONTH.finditer(text, numeric_line_start.start(), self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start("year"), m.end("month"), month, "explicit"
        if _YEAR_HEADING_HINT.search(text, self._start, self._end):
            for m in _YEAR_HEADING.finditer(text, self._start, self._end):
                if m["titled_year"]:
                    yield m.start(), m.end("titled_year"), ResolvedDate(
                        int(m["titled_year"])
                    ), "explicit:yearheading"
                    continue
                year = ResolvedDate(int(m["year"]))
                end = m.end("suffix") if m["suffix"] else m.end("year")
                yield m.start("year"), end, year, "explicit:yearheading"
        if " 20" in text or "\n20" in text:
            # ("  GB   2024-03        factories; …": a log's year-month in a column of its own)
            for m in _COLUMN_YEAR_MONTH.finditer(text, self._start, self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start(), m.end(), month, "explicit"
        if ",20" in text or ";20" in text or "\t20" in text:
            # "...,Hwanghaenam-do,2024-03,?,2025-01-07,Y": a pasted export's year-month cell.
            for m in _CELL_YEAR_MONTH.finditer(text, self._start, self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start(), m.end(), month, "explicit"
        if "|" in text:
            for m in _TABLE_YEAR_MONTH.finditer(text, self._start, self._end):
                if 1 <= int(m["month"]) <= 12:
                    month = ResolvedDate(int(m["year"]), int(m["month"]))
                    yield m.start("year"), m.end("month"), month, "explicit"
            # "| 10.2024 (day not given) |": a month and its year, month first.
            for m in _TABLE_MONTH_YEAR.finditer(text, self._start, self._end):
                month = ResolvedDate(int(m["year"]), int(m["month"]))
                yield m.start("month"), m.end("year"), month, "explicit"
        for key in ("ko_range", "ko_full"):
            for m in self._scan(key, text):
                if self._after_digit(text, m.start()):
                    continue
                pre = self._prefix("ko_year_prefix", text, m.start())
                start = pre.start() if pre is not None else m.start()
                # "지난해 12월 9~11일", "올해 2월 7일": the relative year belongs to the date.
                relative = None
                if pre is None:
                    relative = _KO_RELATIVE_YEAR.search(text, max(0, start - 5), start)
                if relative is not None and ref is not None:
                    start = relative.start()
                groups = m.groupdict()
                month = int(groups.get("month2") or groups.get("month") or groups["month3"])
                day = int(groups.get("day") or groups["day3"])
                year = self._year_for(pre) if pre is not None else None
                if year is None and relative is not None and ref is not None:
                    year = ref.year - 1 if relative["which"] in ("지난해", "작년") else ref.year
                if year is None and _KO_NEXT_YEAR_BEFORE.search(text, max(0, start - 6), start):
                    # "2024년 2월 28일 착공 … 이듬해 1월 8일 준공": the year after the one
                    # written before it (and after each "이듬해" since).
                    written = list(_KO_WRITTEN_YEAR.finditer(text, max(0, start - 400), start))
                    if written:
                        year = int(written[-1].group(1)) + len(
                            _KO_NEXT_YEAR.findall(text, written[-1].end(), start)
                        )
                if year is None and _KO_SAME_YEAR.search(text, max(0, start - 6), start):
                    # "2024년 1월 15일 ... 같은 해 2월 28일": the year written before it.
                    written = list(_KO_WRITTEN_YEAR.finditer(text, max(0, start - 400), start))
                    year = int(written[-1].group(1)) if written else None
                    if year is not None:
                        # ("... 이듬해 2월 6일 ... 같은 해 11월 19일": the year after it, since.)
                        year += len(_KO_NEXT_YEAR.findall(text, written[-1].end(), start))
                if year is None and ref is not None:
                    # "작년 말 ... 성천군(12월 20일)", "지난해 이맘때인 12월 28일".
                    last_year = _KO_LAST_YEAR_BEFORE.search(text, max(0, start - 40), start)
                    # ("지난해 3월 착공해 올해 2월 7일 준공": this year's day after all; "지난해
                    # 착공한 공장들의 준공식이 1월 7일 ...": last year qualifies the earlier stage.)
                    if last_year is not None and (
                        "올해" in text[last_year.start() : start]
                        or _KO_LAST_YEAR_STAGE.match(text, last_year.start(), start)
                        # ("지난해 10월 찾았던 ... 1월 24일": last year's is its own month's.)
                        or _KO_OWN_MONTH.match(
                            text, _after_last_year(text, last_year.start()), start
                        )
                        is not None
                    ):
                        last_year = None
                    year = ref.year - 1 if last_year is not None else None
                if year is not None:
                    value = safe_date(year, month, day)
                elif ref is not None:
                    value = most_recent_day(ref, month, day)
                else:
                    value = None
                # (the span's first day, when it is in the same month as its last)
                first = groups.get("first3") or (
                    None if groups.get("month2") else groups.get("first")
                )
                if value is not None and first and day - int(first) >= _WEEK_RANGE_DAYS:
                    # "지난주(1월 20~26일)에는 A군, B군 등이 준공식을 열었다": some day that week;
                    # "3월 1일부터 10일까지의 기간에 A군, B군 …": some day in those ten.
                    yield start, m.end(), ResolvedDate(value.year, value.month), "explicit"
                elif value is not None:
                    # (Korean copy: no nearest-day reading within a sentence, as English gets.)
                    kind = "explicit" if year is not None else "explicit:yearless:ko"
                    if year is None and text.endswith(("지난 ", "지난"), max(0, start - 3), start):
                        # "지난 2월 11일": the last such day before the report, whatever year a
                        # chronicle around it runs in.
                        kind = "relative"
                    yield start, m.end(), ResolvedDate.of(value), kind
        if "th)" in text or "st)" in text or "nd)" in text or "rd)" in text:
            # "- January: Sukch'ŏn (8th), Ŭnp'a (10th)": a day of the month just named.
            for m in _BRACKETED_ORDINAL.finditer(text, self._start, self._end):
                yield m.start(), m.end(), None, f"anaphoric:monthday{int(m['day'])}"
        for m in self._scan("ko_day", text):
            if ref is None or self._after_digit(text, m.start()):
                continue
            pre = self._prefix("ko_day_prefix", text, m.start())
            start = pre.start() if pre is not None else m.start()
            prefix = pre["prefix"] if pre is not None else None
            day = int(m["day"])
            bare = False
            if prefix is not None and (
                prefix.startswith("같은")
                or "다음" in prefix
                or prefix == "이튿날"
                or prefix.endswith(("뒤인", "후인"))
            ):
                # "같은 달 28일", "다음 날 28일": a day of the month just named (resolved in
                # find()).
                yield start, m.end(), None, f"anaphoric:monthday{day}"
                continue
            if prefix == "지난달":
                year, month = _months_back(ref, 1)
                value = safe_date(year, month, day)
            elif prefix == "이달":
                value = safe_date(ref.year, ref.month, day)
            elif (
                month := _month_heading(text, m.start())
                or _month_part_before(text, m.start(), day)
            ) is not None:
                value = most_recent_day(ref, month, day)
            elif (month := _month_on_line(text, m.start())) is not None:
                # "▲1월 8일 숙천군 ▲10일 은파군": the month named earlier on the line.
                value = most_recent_day(ref, month, day)
            elif (month := _month_of_heading_naming(text, m.start(), day)) is not None:
                # ("[4/8] 6월 2일과 9일" over "… 강동군병원(2일), 구성시병원(9일) …")
                value = most_recent_day(ref, month, day)
            else:
                value = most_recent_day(ref, None, day)
                bare = True
            if (
                value is not None
                and text.startswith("까지", m.end())
                and "부터" not in text[max(0, start - 12) : start]
            ):
                # "이달 들어 10일까지 ... 이어졌다": by that day, some day of its month (not the
                # end of a span, "9일부터 11일까지").
                yield start, m.end() + 2, ResolvedDate(value.year, value.month), "relative"
            elif value is not None:
                kind = "relative:bareday" if bare else "relative"
                yield start, m.end(), ResolvedDate.of(value), kind
        if ref is not None:
            # "■ 월" over "- 평양 강동군: ... 준공식.": the rows below are of that day.
            for m in _KO_WEEKDAY_HEADING.finditer(text, self._start, self._end):
                value = most_recent_weekday(ref, _WEEKDAY_NUMBERS[m["weekday"]])
                yield m.start("weekday"), m.end("weekday"), ResolvedDate.of(value), "relative"
        if "순" in text and ref is not None:
            # "2월" ... "- 하순: 구성시병원 착공": a part of the heading's month.
            for m in _KO_PART_ROW.finditer(text, self._start, self._end):
                month = _month_heading(text, m.start("part"))
                if month is not None:
                    when = most_recent_day(ref, month, 1)
                    if when is not None:
                        yield m.start("part"), m.end("part"), ResolvedDate(when.year, month), (
                            "relative"
                        )
        if "순" in text:
            # "26일 A군에서 … 하순에는 B군, C군에서": a part of the month just named.
            for m in _KO_BARE_PART.finditer(text, self._start, self._end):
                yield m.start(), m.end(), None, "anaphoric:month"
        for m in self._scan("ko_month", text):
            month = int(m["month"])
            if not 1 <= month <= 12 or self._after_digit(text, m.start()):
                continue
            pre = self._prefix("ko_month_prefix", text, m.start())
            start = pre.start() if pre is not None else m.start()
            prefix = pre["prefix"] if pre is not None else None
            year_text = pre["year"] if pre is not None else None
            if pre is not None and pre["yy"]:
                year_text = str(2000 + int(pre["yy"]))
            if year_text:
                yield start, m.end(), ResolvedDate(int(year_text), month), "explicit"
            elif ref is None:
                continue
            elif prefix in ("지난해", "작년"):
                yield start, m.end(), ResolvedDate(ref.year - 1, month), "relative"
            elif prefix in ("올해", "금년"):
                yield start, m.end(), ResolvedDate(ref.year, month), "relative"
            else:
                year = _most_recent_month(ref, month)
                yield start, m.end(), ResolvedDate(year, month), "relative:yearless"
        for m in self._scan("ko_juche", text):
            year = self._year_for(m)
            if year is not None:
                yield m.start(), m.end(), ResolvedDate(year), "explicit"
        for m in self._scan("ko_year", text):
            if self._after_digit(text, m.start()):
                continue
            yield m.start(), m.end(), ResolvedDate(int(m["year"])), "explicit"
        for m in self._scan_if_any("en_anaphora", text, _EN_ANAPHORA_WORDS):
            # ("on Thursday, the day before the ceremony in B, Kim attended ...": the weekday
            # is the date; the phrase only places it)
            apposed = _EN_WEEKDAY_APPOSED.search(text, max(0, m.start() - 16), m.start())
            op = (
                "month"
                if m["month"]
                # ("the day of February 28 this year. On that day ...": the day just said,
                # a look back or not)
                else "then"
                if m["that"]
                else "same"
                if m["same"] or m["bare"] or m["listed"] or apposed
                else "+1"
                if m["next"]
                else "-1"
            )
            yield m.start(), m.end(), None, f"anaphoric:{op}"
        for m in self._scan("en_days_later", text):
            pre = self._prefix("en_days_prefix", text, m.start())
            if pre is None:
                continue
            direction = m["dir"].lower()
            if pre["n"] == "the" and (
                direction != "after"
                or m["unit"] != "day"
                # (a clause of its own, the leader's: not "Today, the day after the ceremony,
                # the factory began producing", which dates what follows it)
                or not _EN_LEADER_PAST_CLAUSE.match(text, m.end())
            ):
                continue
            count = _NUMBER_WORDS.get(pre["n"].lower()) or int(pre["n"])
            if m["unit"].startswith("week"):
                # (only "a week later": "six weeks after", "three weeks earlier" are rounded)
                if count == 1 and direction == "after" and pre["verb"]:
                    # ("The visit came a week after Kim toured the Kangdong site": a week
                    # before the day just said)
                    yield pre.start("n"), m.end(), None, "anaphoric:aweek-7"
                    continue
                if count != 1 or direction not in ("later", "after that"):
                    continue
                yield pre.start("n"), m.end(), None, "anaphoric:aweek+7"
                continue
            if direction == "after":
                # "The A ceremony came a day after B was inaugurated", "on Friday, a day after
                # he opened factories in B": B is the day before the date just named. Other
                # bare "a day after ..." phrases stay unresolved.
                if not pre["verb"] and not _EN_PAST_CLAUSE.match(text, m.end()):
                    continue
                op = f"-{count}"
            else:
                op = f"-{count}" if direction == "earlier" else f"+{count}"
            yield pre.start("n"), m.end(), None, f"anaphoric:{op}"
        for m in self._scan("ko_anaphora", text):
            if m["next"]:
                yield m.start(), m.end(), None, "anaphoric:1"
            elif m["prev"]:
                yield m.start(), m.end(), None, "anaphoric:-1"
            elif m["days"]:
                count = _KO_DAY_COUNTS[m["days"].replace(" ", "")]
                yield m.start(), m.end(), None, f"anaphoric:{count}"
            elif m["then"]:
                # ("올해 2월 6일입니다. 그때도 ...": the date just said, whatever the report's day)
                yield m.start(), m.end(), None, "anaphoric:then"
            elif m["same"] and m["same"].startswith("그") and not text.startswith("의", m.end()):
                # ("… 2월 6일 … 첫 삽을 뜨신 시범병원이다. 그날 … 시작되였으며": that day, the one
                # just said, a look back or not; not "그날의 가르치심", a day recalled)
                yield m.start(), m.end(), None, "anaphoric:then"
            else:
                yield (
                    m.start(), m.end(), None, "anaphoric:month" if m["month"] else "anaphoric:same"
                )

    def _day_column(self, text: str) -> Iterator[_Found]:
        """The days of a table's first column given only as numbers, in the month a note
        declares for the whole table."""
        # (the header first: it is rare, and the notes' patterns scan the whole text)
        header = _DAY_COLUMN_HEADER.search(text)
        declared = (
            (
                _DECLARED_TABLE_MONTH.search(text)
                or _DECLARED_DAY_MONTH.search(text)
                or _DECLARED_TABLE_MONTH_KO.search(text)
            )
            if header is not None
            else None
        )
        if declared is None or header is None:
            return
        month_told = declared["month"]
        year = int(declared["year"])
        month = int(month_told) if month_told.isdigit() else self._month_number(month_told)
        at = text.find("\n", header.end()) + 1
        while 0 < at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            cell_at = at
            if header["numbered"] is not None and (
                number := _ROW_NUMBER_CELL.match(text, at, line_end)
            ):
                cell_at = number.end()
            cell = _DAY_CELL.match(text, cell_at, line_end)
            if cell is None:
                if text[at:line_end].strip(" \t|-:"):
                    break  # (the end of the table; a rule line goes on)
            elif cell["part"] is not None:
                if self._start <= cell.start("part") < self._end:
                    some_day = ResolvedDate(year, month)
                    yield cell.start("part"), cell.end("part"), some_day, "explicit"
            elif self._start <= cell.start("day") < self._end and (
                value := safe_date(year, month, int(cell["day"]))
            ) is not None:
                yield cell.start("day"), cell.end("day"), ResolvedDate.of(value), "explicit"
            at = line_end + 1

    def _month_positions(self, text: str) -> list[int]:
        """Every position in the window where a month name starts (overlapping ones too:
        "JANov" holds "JAN" and "Nov")."""
        month_any = self._month_any
        end = self._end
        positions: list[int] = []
        m = month_any.search(text, self._start, end)
        while m is not None:
            if m.start() == 0 or text[m.start() - 1] != "@":  # (not a user: "@Jun no —")
                positions.append(m.start())
            m = month_any.search(text, m.start() + 1, end)
        return positions

    def _scan_at(self, key: str, text: str, months: list[int]) -> list[re.Match[str]]:
        """What ``_scan`` yields for a pattern that starts with a month name: the pattern is
        tried only where a month name starts, skipping those inside an earlier match."""
        if not self._gate[key]:
            return []
        pattern = self._patterns[key]
        end = self._end
        found: list[re.Match[str]] = []
        last_end = -1
        for position in months:
            if position < last_end:
                continue
            m = pattern.match(text, position, end)
            if m is not None:
                found.append(m)
                last_end = m.end()
        return found

    @staticmethod
    def _day_before_month(text: str, months: list[int]) -> bool:
        """Could a day number come before a month name ("20 December", "9-11 Dec")?

        Both patterns put white space before the month and, before that, a digit, an
        ordinal suffix or "of": a necessary condition, tested backwards from each month.
        """
        for position in months:
            if position == 0 or not text[position - 1].isspace():
                continue
            at = position - 1
            while at > 0 and text[at - 1].isspace():
                at -= 1
            if text[at - 1 : at].isdigit() or text[max(0, at - 2) : at] in _DAY_ENDINGS:
                return True
        return False

    def _scan_if_any(self, key: str, text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """``_scan``, skipped when none of the words that every match contains is there."""
        start, end = self._start, self._end
        if any(text.find(word, start, end) >= 0 for word in words):
            return self._scan(key, text)
        return iter(())

    def _scan_if_probe(
        self, key: str, text: str, probes: tuple[re.Pattern[str], ...]
    ) -> Iterator[re.Match[str]]:
        """``_scan``, skipped when no probe (a part of every match, led by a literal
        character so that it is found quickly) is in the window."""
        start, end = self._start, self._end
        if any(probe.search(text, start, end) is not None for probe in probes):
            return self._scan(key, text)
        return iter(())

    def _year_after_space(self, text: str) -> bool:
        """Is there a "19xx" or "20xx" after white space (part of every en_year match)?"""
        start, end = self._start, self._end
        for century in ("19", "20"):
            at = text.find(century, start + 1, end)
            while at >= 0:
                if text[at - 1].isspace() and text[at + 2 : at + 4].isdigit():
                    return True
                at = text.find(century, at + 1, end)
        return False

    def _scan_relative_month(self, text: str) -> list[re.Match[str]]:
        """``_scan("en_relative_month")``: each match is a four-letter word and " month", so
        it is tried only four characters before each " month"."""
        if not self._gate["en_relative_month"]:
            return []
        pattern = self._patterns["en_relative_month"]
        start, end = self._start, self._end
        found: list[re.Match[str]] = []
        at = text.find(" month", start + 4, end)
        while at >= 0:
            m = pattern.match(text, at - 4, end)
            if m is not None:
                found.append(m)
            at = text.find(" month", at + 1, end)
        return found

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        skip: Callable[[DateMention], bool] | None = None,
    ) -> list[DateMention]:
        """All date expressions in text[start:end], longest match first at each position.

        `skip` drops mentions that date something else (the day a report was published): they
        are left out, and "the same day" after one counts from the date before it.
        """
        self._start = start
        self._end = len(text) if end is None else end
        self._gate = self._gates(text[self._start : self._end])
        counters = _thread_counters(text, self._start, self._end) if "/" in text else set()
        raw = sorted(
            (
                c
                for c in _to_closing_days(text, list(self._candidates(text)))
                if not _CARD_COUNTER.fullmatch(text, max(0, c[0] - 1), c[1] + 1)
                and c[0] not in counters
            ),
            key=lambda c: (c[0], -(c[1] - c[0])),
        )
        kept = _without_weekdays_before_dates(text, leftmost_non_overlapping(raw))
        mentions: list[DateMention] = []
        previous: ResolvedDate | None = None
        # "The same day" counts from a day: a month named since ("opened last month") is
        # not what it refers to.
        previous_day: ResolvedDate | None = None
        previous_in_clause = False  # was previous_day told in a relative clause ("where …")?
        # (was previous_day a look back to an earlier day, "지난 15일 … 이후 사흘 만이다"?)
        previous_looked_back = False
        # The start day of a process told last ("준공의 나날은 15일부터 시작되였다."), where it
        # ends: "이날" right after it is that day.
        from_day: tuple[ResolvedDate, int] | None = None
        day_said: tuple[int, ResolvedDate] | None = None  # the last day said, and its end
        # A line labelled by the day of a report of ceremonies: where it ends, and the month.
        reported_line: tuple[int, ResolvedDate] | None = None
        # (cheap tests once per text for the rules below)
        may_report = (
            "eport" in text
            or "EPORT" in text
            or "보도" in text
            or "소식" in text
            or any(verb in text for verb in _KO_REPORTING_VERBS)
        )
        may_by = "by " in text or "By " in text or "BY " in text
        # The last day said of the main story (not a look back to an earlier month).
        main_day: ResolvedDate | None = None
        # The day of an item a line quotes ("VOK, 28 Feb: ... "today""), and where it ends.
        cited_day: tuple[int, date] | None = None
        # The day of the last dateline inside the text ("Pyongyang, December 16 (KCNA) --"),
        # and where it ends: an export's item under it counts its days from it.
        item_day: tuple[int, date] | None = None
        # The first day named: the report's main event. A day in an earlier month named since
        # is a look back ("the hospital had opened on the 19th of last month"); "the same
        # day" after it still means the main event's day.
        first_day: ResolvedDate | None = None
        # The date said last, background or not: what "그때" (then) points back to.
        last_said: ResolvedDate | None = None
        # A month said on its own ("February."), and where it ends: the ordinal day right
        # after it ("On the 6th he broke ground") is of that month.
        month_alone: tuple[int, ResolvedDate] | None = None
        month_label: tuple[int, ResolvedDate] | None = None  # (its line's end, the month)
        # The last day given with its year ("Feb. 27, 2025"), and where it ends: a day named
        # after it in the same sentence without one ("and B on Feb. 28") is near it.
        written_year: tuple[int, ResolvedDate] | None = None
        # A chronicle that writes out two years or more ("주체113(2024)년 1월 15일 ... 8월 31일
        # ... 주체114(2025)년 1월 7일 ..."): a day without its year goes on in the running
        # year, when it comes after the day before it there.
        chronicle = (
            len({v.year for _s, _e, v, k in kept if k == "explicit" and v is not None}) >= 2
        )
        running_year: int | None = None
        heading_year: int | None = None  # the year of the section heading above, if any
        # "Dates are in 2025 unless a year is given", "연도 표시가 없는 날짜는 2025년이다": the
        # year of every day written without one, whatever years the text names besides.
        declared = _declared_year(text)
        declared_year = (
            int(declared["year"] or declared["year_ko"] or declared["year_all"])
            if declared is not None
            else None
        )
        for start, end, value, kind in kept:
            if value is None:
                op = kind.split(":", 1)[1]
                antecedent = previous_day or previous
                if op.startswith("aweek"):
                    # ("in early June, … a week after that": a week from the last day said only)
                    op = op[5:]
                    antecedent = last_said if last_said and last_said.precision == "day" else None
                if (
                    op == "same"
                    and first_day is not None
                    and previous_day is not None
                    and (
                        (previous_day.year, previous_day.month or 0)
                        < (first_day.year, first_day.month or 0)
                        # ("김 위원장이 … 지난 15일 강동군 준공식 이후 사흘 만이다. 같은 날 …":
                        # the day of the news, 18th, not the one looked back to)
                        or (
                            previous_looked_back
                            and (previous_day.as_date() or date.max)
                            < (first_day.as_date() or date.min)
                        )
                    )
                ):
                    # (the main story's day told last, not its first: "16일 … 준공식. 이에 앞서
                    # 전날(15일)에는 A군 … 지난달 19일 B … 같은 날 C군에서도": the 15th)
                    antecedent = (
                        main_day if main_day is not None and text.startswith("같은", start)
                        else first_day
                    )
                if (
                    op == "same"
                    and from_day is not None
                    and start - from_day[1] <= _FROM_DAY_REACH
                    and text.startswith(("이날", "이 날"), start)
                ):
                    antecedent = from_day[0]
                elif (
                    op == "same"
                    and day_said is not None
                    and (
                        _SAID_JUST_BEFORE.fullmatch(text, day_said[0], start)
                        # ("북측 철원군은 올해 2월 27일 착공식을 했습니다. 같은 날 북창군, …": the
                        # next sentence opens with the day the one before ended on)
                        or (
                            _SAME_DAY_NEXT_SENTENCE.fullmatch(text, day_said[0], start)
                            # (not the start of a process: "16일부터 생산이 시작되였다.",
                            # nor a day counted from: "지난 15일 … 이후 사흘 만이다.")
                            and not text.startswith("부터", day_said[0])
                            and not previous_looked_back
                        )
                        # ("공사는 지난 2월 28일 시작됐는데, 그날 강동군과 장연군에서도 …": the
                        # day of the clause just before, a look back or not)
                        or (
                            _SAME_DAY_NEXT_CLAUSE.fullmatch(text, day_said[0], start)
                            and text.startswith(("그날", "그 날"), start)
                        )
                    )
                ):
                    # ("on Feb. 28, the same day as ground-breakings in A, B": the day just
                    # said, a look back or not)
                    antecedent = day_said[1]
                elif (
                    op not in ("same", "then", "month")
                    and not op.startswith(("monthday", "weekday"))
                    and previous_in_clause
                    and first_day is not None
                    and previous_day is not None
                    and (previous_day.as_date() or date.max) < (first_day.as_date() or date.min)
                ):
                    # ("… in Kangdong, where Kim broke ground on February 6, … B the previous
                    # day": a look back told in a relative clause is not what the day before
                    # counts from; the report's main day is.)
                    antecedent = first_day
                anchor = antecedent.as_date() if antecedent is not None else None
                if op == "then":
                    if last_said is None:
                        continue
                    value = last_said
                elif op.startswith("monthday"):
                    if previous is None or previous.month is None:
                        continue
                    day_value = safe_date(previous.year, previous.month, int(op[8:]))
                    if day_value is None:
                        continue
                    value = ResolvedDate.of(day_value)
                elif op.startswith("weekday"):
                    # "그 주 목요일": that weekday of the week of the day before.
                    before = previous_day.as_date() if previous_day is not None else None
                    if before is None:
                        continue
                    monday = before - timedelta(days=before.weekday())
                    value = ResolvedDate.of(monday + timedelta(days=int(op[7:])))
                elif op == "month":
                    # "Around the same time": no more precise than the month.
                    if previous is None or previous.month is None:
                        continue
                    value = ResolvedDate(previous.year, previous.month)
                elif anchor is None:
                    if op == "same" and previous is not None:
                        value = previous
                    else:
                        continue
                else:
                    delta = 0 if op == "same" else int(op)
                    value = ResolvedDate.of(anchor + timedelta(days=delta))
                mention = DateMention(start, end, text[start:end], value, "anaphoric", op)
            else:
                if kind == "explicit:yearless" and written_year is not None:
                    value = _year_from_sentence(
                        text, written_year, start, value, self.reference
                    )
                if declared_year is not None and ":yearless" in kind:
                    value = _in_heading_year(value, declared_year, self.reference)
                elif (
                    heading_year is not None
                    and ":yearless" in kind
                    # (the section's own lines: "- 19 Nov — Songchon: ...", "Jan. 15 -- Kim …")
                    and (
                        _SECTION_ITEM.match(text, line_start := text.rfind("\n", 0, start) + 1)
                        is not None
                        or not text[line_start:start].strip()
                    )
                ):
                    value = _in_heading_year(value, heading_year, self.reference)
                elif (
                    chronicle
                    and heading_year is None
                    and (":yearless" in kind or kind.endswith(":bareday"))
                ):
                    value = _in_running_year(
                        value, previous, kind.endswith(":bareday"), running_year, self.reference
                    )
                if kind == "relative:ordinal" and value.day is not None:
                    month_of_day = (
                        month_alone[1]
                        if month_alone is not None
                        and start - month_alone[0] <= _MONTH_ALONE_REACH
                        else month_label[1]
                        if month_label is not None and start < month_label[0]
                        # ("… broke ground on 27 February, Kim Jong Suk County on the 28th":
                        # the month of the day said before it in the sentence)
                        else day_said[1]
                        if day_said is not None
                        and start - day_said[0] <= _DAY_SAID_REACH
                        and _SAME_SENTENCE_GAP.fullmatch(text, day_said[0], start) is not None
                        else None
                    )
                    if (
                        month_of_day is not None
                        and month_of_day.month is not None
                        and (day_of := safe_date(month_of_day.year, month_of_day.month, value.day))
                    ):
                        value = ResolvedDate.of(day_of)
                # ("VOK, 28 Feb: ground-breakings "today" for …": the day of the item quoted,
                # not of the text quoting it; and in an export of several items, each under
                # its own dateline, "Pyongyang, December 16 (KCNA) -- … took place yesterday"
                # is the 15th, whatever day the export was made)
                item_anchor = (
                    cited_day[1]
                    if cited_day is not None
                    and start - cited_day[0] <= _CITED_DAY_REACH
                    and "\n" not in text[cited_day[0] : start]
                    else item_day[1]
                    if item_day is not None
                    and item_day[1] != self.reference
                    and start - item_day[0] <= _ITEM_DATELINE_REACH
                    else None
                )
                if (
                    item_anchor is not None
                    and kind.startswith("relative")
                    and self.reference is not None
                    and (when := value.as_date()) is not None
                    and _ITEM_RELATIVE_DAY.fullmatch(text, start, end)
                ):
                    value = ResolvedDate.of(item_anchor + (when - self.reference))
                typed_kind: Literal["explicit", "relative"] = (
                    "explicit" if kind.startswith("explicit") else "relative"
                )
                if value.precision == "day" and _APPROXIMATE.search(text, max(0, start - 8), start):
                    # "c. 25-26/02": about then, so no more than the month.
                    value = ResolvedDate(value.year, value.month)
                elif (
                    value.precision == "day"
                    and text.startswith("까지", end)
                    and "부터" not in text[max(0, start - 12) : start]
                    and "~" not in text[max(0, start - 6) : start]
                ):
                    # ("나머지 19개 시, 군들에서도 3월 10일까지 착공식이 모두 진행되였다": by that
                    # day, some day of its month; not the end of a span, "9일부터 11일까지".)
                    value = ResolvedDate(value.year, value.month)
                elif (
                    value.precision == "day"
                    and may_by
                    and _BY_BEFORE.search(text, max(0, start - 16), start)
                    and _WHEN_AFTER.match(text, end) is None
                ):
                    # ("ALL HELD BY 10 MAR": by that day, some day of its month; not "by Feb. 9,
                    # when Ichon County … opened its factories", that day's)
                    value = ResolvedDate(value.year, value.month)
                mention = DateMention(start, end, text[start:end], value, typed_kind)
                if kind == "explicit" and value.precision == "day":
                    written_year = (end, value)
                if (
                    value.precision == "day"
                    and text.startswith(":", end)
                    and _ITEM_CITED_BEFORE.search(text, max(0, start - 30), start) is not None
                    and (cited := value.as_date()) is not None
                ):
                    cited_day = (end, cited)
                if (
                    value.precision == "day"
                    and _ITEM_DATELINE_AFTER.match(text, end) is not None
                    and (dated := value.as_date()) is not None
                ):
                    item_day = (end, dated)
            if (
                reported_line is not None
                and start < reported_line[0]
                and mention.kind == "relative"
                and mention.surface.lower().endswith(("in the month", "this month"))
            ):
                # ("07/03 — KCNA reports that ceremonies were held earlier in the month", "…
                # held this month": the month of the report that labels the line)
                mention = DateMention(
                    start, end, mention.surface, reported_line[1], mention.kind, mention.relation
                )
            if (
                value.precision == "day"
                and may_report
                and _reports_ceremonies(text, start, end, mention.kind == "anaphoric")
            ):
                # ("• 7 March – KCNA reports ground-breakings at six further sites": the day of
                # the report that labels the line; the ceremonies were held days before, in
                # that month. What is counted from it, "earlier in the month", still counts
                # from the day.)
                line_end = text.find("\n", end)
                reported_line = (
                    line_end if line_end >= 0 else len(text),
                    ResolvedDate(value.year, value.month),
                )
                # (marked: the report's day is read for its ceremonies' month, not skipped)
                mention = DateMention(
                    start, end, mention.surface, reported_line[1], mention.kind, REPORT_DAY
                )
            if skip is not None and skip(mention):
                if chronicle and kind == "explicit" and value.precision == "day":
                    # (A chronicle's item goes on in the year of the page's stamp it names:
                    # "carries a stamp of 5 December 2025. The opening ... was on 13 December.")
                    previous, running_year = value, None
                continue
            if (
                value.precision == "month"
                and mention.kind == "relative"
                and _DATE_SAID_AFTER.match(text, end)
                and "week" in mention.surface.lower()
            ):
                continue  # ("last week, on Jan. 7": the day says when)
            if value.precision == "month" and _DAY_OF_MONTH_AFTER.match(text, end):
                # ("in December, on the 20th": the day right after says it; the month is only
                # its month.)
                month_alone = (end, value)
                continue
            mentions.append(mention)
            if value.precision != "year":
                last_said = value
            if value.precision == "day":
                day_said = (end, value)
            month_alone = (end, value) if _month_stands_alone(text, start, end, value) else None
            # (a month that labels its line: "January: …", or opens a review's paragraph,
            # "February. Building sites were designated … On the 28th Kim broke ground …")
            if (
                month_alone is not None
                and (text.startswith(":", end) or MONTH_OPENS_PARAGRAPH_AFTER.match(text, end))
                and _MONTH_LABEL_BEFORE.search(text, max(0, start - 8), start)
            ):
                line_end = text.find("\n", end)
                month_label = (line_end if line_end >= 0 else len(text), value)
            if kind == "explicit:yearheading":
                heading_year = value.year
            if (
                value.precision == "year"
                and mention.kind == "explicit"
                and (
                    _YEAR_OPENS_SENTENCE.search(text, max(0, start - 12), start) is not None
                    # (or the year of what a chronicle's sentence is about: "The three pilot
                    # hospitals of 2025 all opened in the last six weeks of the year")
                    or (
                        chronicle
                        and text.endswith(" of ", max(0, start - 4), start)
                        and _YEAR_SUBJECT_VERB.match(text, end) is not None
                    )
                )
                # (not a comparison: "2024년과 달리", "2024년보다"; nor a cohort's label, "2024년
                # 대상 20개 시·군 가운데 마지막")
                and not text.startswith(_NOT_A_RUNNING_YEAR_AFTER, end)
            ):
                # ("2025년에는 ... 12월 9일부터 11일까지": a year that opens a sentence starts a
                # new one; not "from 2026" in passing.)
                running_year = value.year
            if (
                value.precision != "year"
                # (nor the day of a report of ceremonies: "State media on Tuesday reported
                # two more inaugurations held the same day" counts from the day told before)
                and mention.relation != REPORT_DAY
                and (
                    not self._background(value, previous)
                    # ("GUEST: February. On the 6th he broke ground ...": a month said on its
                    # own takes the story back there.)
                    or _month_stands_alone(text, start, end, value)
                    # (a chronicle's item labelled by a day with its year opens its run:
                    # "▲2024.1.15 = … ▲2.28 = …")
                    or (
                        chronicle
                        and kind == "explicit"
                        and value.precision == "day"
                        and _CHRONICLE_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
                        is not None
                        and _CHRONICLE_LABEL_AFTER.match(text, end) is not None
                    )
                )
                and not _in_aside(text, start, end)
                # ("The farm itself had reopened on February 1. Three days later, ...": a look
                # back in the past perfect is not what "later" counts from.)
                and not (previous is not None and (
                    _PAST_PERFECT_BEFORE.search(text, max(0, start - _PAST_PERFECT_REACH), start)
                    or _PAST_PERFECT_AFTER.match(text, end)
                ))
            ):
                previous = value
                running_year = None
                # (The start of a process, "16일부터 생산이 시작되였다", is not the day "같은
                # 날" means: that is the day of the events told before it.)
                from_day = (value, end) if text.startswith("부터", end) else None
                if value.precision == "day" and not text.startswith("부터", end):
                    previous_day = value
                    previous_in_clause = (
                        _RELATIVE_CLAUSE.search(text, max(0, start - _CLAUSE_REACH), start)
                        is not None
                    )
                    previous_looked_back = _KO_SINCE_AFTER.match(text, end) is not None
                    # (The report's own date, a dateline in the text, is no main event.)
                    if first_day is None and value.as_date() != self.reference:
                        first_day = value
                    if (
                        first_day is not None
                        # (a day written out, not "어제", "그저께", which a speaker may take
                        # back: "그저께... 아니, 지난 15일")
                        and _SAID_DAY_WORD.fullmatch(text, start, end) is None
                        and not previous_looked_back
                        and (value.year, value.month or 0) >= (first_day.year, first_day.month or 0)
                    ):
                        main_day = value
        return _chain_in_order(
            text,
            _days_under_month_headings(
                text,
                _circa_days_as_months(
                    text, _months_of_dated_lines(text, _pairs_as_months(text, mentions))
                ),
            ),
        )

    def _spaced_dates(self, text: str) -> Iterator[_Found]:
        """Seoul-style dates written with dots and spaces in Korean copy ("2025. 2. 6." is
        read by num_ymd): ranges, months and year-less days."""
        ref = self.reference
        for m in _SPACED_RANGE.finditer(text, self._start, self._end):
            month, day = int(m["month"]), int(m["day"])
            if m["year"]:
                value = safe_date(int(m["year"]), month, day)
            else:
                value = most_recent_day(ref, month, day) if ref is not None else None
            if value is not None:
                kind = "explicit" if m["year"] else "explicit:yearless:ko"
                yield m.start(), m.end(), ResolvedDate.of(value), kind
        for m in _SPACED_YEAR_MONTH.finditer(text, self._start, self._end):
            yield m.start(), m.end(), ResolvedDate(int(m["year"]), int(m["month"])), "explicit"
        if ref is None:
            return
        for m in _SPACED_MONTH_DAY.finditer(text, self._start, self._end):
            before = text[max(0, m.start() - 6) : m.start()].rstrip()
            if before.endswith(".") and before[-2:-1].isdigit():
                # (the month and day of "2025. 2. 6.": num_ymd's; not after an item's letter,
                # "가. 12. 23.(화)")
                continue
            value = most_recent_day(ref, int(m["month"]), int(m["day"]))
            if value is not None:
                yield m.start(), m.end(), ResolvedDate.of(value), "explicit:yearless:ko"

    def _dotted_short_years(self, text: str) -> Iterator[_Found]:
        """"07.01.25" (day first) or "25.01.07" (year first), by what the text declares, else
        by which reading falls in the programme's years (not after the report), else by the
        language's habit (Korean notes put the year first); and "03.24" as a month where the
        text declares DD.MM.YY, "24.03" where it declares YY.MM.DD."""
        day_first = _DECLARES_DAY_FIRST.search(text) is not None
        year_first = _DECLARES_YEAR_FIRST.search(text) is not None
        korean = _HANGUL.search(text, 0, 400) is not None
        ref = self.reference
        low, high = _SHORT_YEAR_SPAN
        for m in _DOTTED_SHORT_YEAR.finditer(text, self._start, self._end):
            if _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # ("version 1.2.31")
            a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
            readings = {
                "dmy": safe_date(2000 + c, b, a) if len(m["c"]) == 2 else None,
                "ymd": safe_date(2000 + a, b, c) if len(m["a"]) == 2 else None,
            }
            plausible = {
                k: v
                for k, v in readings.items()
                if v is not None and low <= v.year <= high and (ref is None or v <= ref)
            }
            if day_first and readings["dmy"] is not None:
                value = readings["dmy"]
            elif year_first and readings["ymd"] is not None:
                value = readings["ymd"]
            elif len(plausible) == 1:
                value = next(iter(plausible.values()))
            elif plausible:
                value = plausible["ymd" if korean else "dmy"]
            else:
                continue
            yield m.start(), m.end(), ResolvedDate.of(value), "explicit"
        if not day_first:
            for m in _DOTTED_SHORT_YEAR_PART.finditer(text, self._start, self._end):
                month = ResolvedDate(2000 + int(m["yy"]), int(m["month"]))
                if low <= month.year <= high:
                    yield m.start(), m.end(), month, "explicit"
        if day_first:
            for m in _DOTTED_MONTH_YEAR.finditer(text, self._start, self._end):
                month = ResolvedDate(2000 + int(m["yy"]), int(m["month"]))
                yield m.start(), m.end(), month, "explicit"
        elif year_first:
            # ("날짜 형식 YY.MM.DD" over a cell "24.03": March 2024, its day not known)
            for m in _DOTTED_YEAR_MONTH.finditer(text, self._start, self._end):
                month = ResolvedDate(2000 + int(m["yy"]), int(m["month"]))
                if low <= month.year <= high and (ref is None or month.year <= ref.year):
                    yield m.start(), m.end(), month, "explicit"

    def _background(self, value: ResolvedDate, previous: ResolvedDate | None) -> bool:
        """Is `value` a look back from a story near the report's date ("the base, completed on
        Dec. 28 last year")? Then "the day before" after it still counts from the story."""
        ref = self.reference
        if ref is None or previous is None:
            return False
        here = value.as_date() or date(value.year, value.month or 1, 1)
        there = previous.as_date() or date(previous.year, previous.month or 1, 1)
        return abs((ref - there).days) <= BACKGROUND_DAYS < abs((ref - here).days)


def _month_stands_alone(text: str, start: int, end: int, value: ResolvedDate) -> bool:
    """Is a month a sentence or a heading of its own ("February.", "GUEST: February.")?"""
    return (
        value.precision == "month"
        and text.startswith((".", ":"), end)
        and _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 40), start) is not None
    )


# A month narrowed to its day right after it ("in December, on the 20th").
_DAY_OF_MONTH_AFTER = re.compile(r", on the [0-9]{1,2}(?:st|nd|rd|th)\b")
# A written date right after a week ("last week, on Jan. 7").
_DATE_SAID_AFTER = re.compile(
    r",[ \t]+on[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}\b|[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\b)"
)


_MONTH_ALONE_REACH = 40
# How far after a day said in full an ordinal day in its sentence takes its month from it.
_DAY_SAID_REACH = 80
_SAME_SENTENCE_GAP = re.compile(r"[^.;!?\n]*")
# A line that is only a month, with its year or not ("January 2025", "## February").
_EN_MONTH_HEADING_LINE = re.compile(
    rf"^[ \t#*■]*(?P<month>{_MONTH_NAMES})(?:[ \t]+(?P<year>20[0-9]{{2}}))?[ \t*:]*$",
    re.MULTILINE,
)
# A row that opens with a bare day before a colon or dash ("- 7: Jaeryong County").
_EN_BARE_DAY_ROW = re.compile(
    r"^[ \t]*[-•*][ \t]+(?P<day>3[01]|[12][0-9]|0?[1-9])(?P<suffix>st|nd|rd|th)?[ \t]*[:–—]"
    r"(?=[ \t])",
    re.MULTILINE,
)
_ROW_MARK = re.compile(r"[ \t]*[-•*][ \t]")
_SENTENCE_OPENS_BEFORE = re.compile(
    r"(?:^|[.!?:]\s+|\n)[ \t]*(?:[-*•▪‣–—][ \t]+)?$", re.MULTILINE
)
# A month that labels its line ("- January: A on the 7th, B on the 8th …"): every ordinal
# day on the line is of that month.
# After a month that opens a review's paragraph ("February. Building sites were …").
MONTH_OPENS_PARAGRAPH_AFTER = re.compile(r"\. [A-Z]")
_MONTH_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•▪‣–—][ \t]+)?$")
# What stands between a day and "the same day" that means it ("Feb. 28, the same day as").
# (and its weekday in brackets: "12/15(월) 같은 날 …")
_SAID_JUST_BEFORE = re.compile(
    r"(?:\((?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\))?"
    r"[ \t]*,?[ \t]*(?:on[ \t]+)?(?:the[ \t]+|that[ \t]+)?"
)
# The verb after "the hospitals of 2025": the year is that of what the sentence tells.
_YEAR_SUBJECT_VERB = re.compile(
    r" (?:all |each |both )?(?:opened|were|was|had|have|went|got|followed|came)\b"
)
_SAME_DAY_NEXT_SENTENCE = re.compile(r"[^0-9.!?\n]{0,12}[.!?。][ \t]*")
_SAME_DAY_NEXT_CLAUSE = re.compile(r"[^0-9.!?,\n]{0,16}(?:는데|었고|였고|했고|됐고|으며|며),[ \t]*")


# Two days of one month joined by "and" ("25일과 26일에는", "on February 25 and 26", "on
# Tuesday and Wednesday", "Tue 25 / Wed 26"): the second written as a bare day or a weekday.
_DAY_PAIR_JOIN = re.compile(
    r"[ \t]*(?:과|와|및|,|·|&|/|and|or)[ \t]*(?:the[ \t]+|on[ \t]+)?$"
)
_BARE_DAY = re.compile(
    r"(?:the[ \t]+|on[ \t]+)?(?:"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[ \t])?[0-9]{1,2}(?:일|st|nd|rd|th)?"
    r"|[A-Z][a-z]{2,5}day|[월화수목금토일]요일)"
)
# ... unless the text pairs them off: "각각 7일과 8일에", "on Dec. 28 and 29, respectively".
_RESPECTIVELY = re.compile(r"respectively|각각|차례로|in that order|in turn")
_RESPECTIVELY_REACH = 24


def _declared_month_first(text: str) -> bool | None:
    """Does the text say it writes slashed dates month first ("Dates are month/day/year",
    "US date format throughout"), day first ("dd/mm"), or neither (None)?"""
    declared = _DECLARED_SLASH_ORDER.search(text)
    if declared is not None:
        return declared["first"].lower() not in ("day", "dd", "d", "일")
    if _US_DATE_FORMAT.search(text) is not None:
        return True
    return None


# A legend that says its slashed pairs are months and years: "`03/24` = month only",
# "10/24 (month only)", "MM/YY = month only".
_DECLARED_SLASH_MONTH_YEAR = re.compile(
    r"(?<![0-9/A-Za-z])(?:(?:0[1-9]|1[0-2])/[0-9]{2}|MM/YY)(?![0-9/A-Za-z])`?[ \t]*"
    r"(?:=|:|\(|—|–)?[ \t]*month only",
    re.IGNORECASE,
)


def _declares_slash_month_year(text: str) -> bool:
    """Does the text say its slashed pairs ("03/24") are a month and its year?"""
    return _DECLARED_SLASH_MONTH_YEAR.search(text) is not None


def _slashed_month_year(m: re.Match[str]) -> ResolvedDate | None:
    """A slashed pair read as month and two-digit year ("03/24": March 2024), if it can be."""
    month, year = int(m["first"]), m["second"]
    if len(year) != 2 or not 1 <= month <= 12 or not 20 <= int(year) <= 39:
        return None
    return ResolvedDate(2000 + int(year), month)


_US_DATE_FORMAT = re.compile(r"\b(?:US|U\.S\.|American) (?:date )?(?:format|style)\b")


# "c. 25/26.02.2025", "ca. 26 Feb": a day the writer only guesses at.
_CIRCA_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:c|ca|circa)\.?[ \t]*(?:[0-9]{1,2}[ \t]*[/–-][ \t]*)?$", re.IGNORECASE
)
_CIRCA_REACH = 12
# "2월 26일 전후로", "26일 무렵": around that day, not on it.
_KO_AROUND_AFTER = re.compile(r"[ \t]?(?:전후|무렵)")


def _circa_days_as_months(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day marked as approximate ("c. 25/26.02.2025", "2월 26일 전후로 보이나") is only its
    month."""
    circa = "c." in text or "ca." in text or "Ca." in text or "irca" in text
    around = "전후" in text or "무렵" in text
    if not circa and not around:
        return mentions
    out: list[DateMention] = []
    for m in mentions:
        if m.value.precision == "day" and (
            (
                circa
                and _CIRCA_BEFORE.search(text, max(0, m.start - _CIRCA_REACH), m.start)
                is not None
            )
            or (around and _KO_AROUND_AFTER.match(text, m.end) is not None)
        ):
            month = ResolvedDate(m.value.year, m.value.month)
            m = DateMention(m.start, m.end, m.surface, month, m.kind, m.relation)
        out.append(m)
    return out


def _days_under_month_headings(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A chronicle set out under month headings ("■ 2024년 1월" over "- 15일 …", then "■ 2월"
    over "- 28일 …"): a heading without its year goes on in the year of the one before (the
    next year once the months go back), and a bare day on a line under it is of its month."""
    headings = [m for m in mentions if _is_month_heading(text, m)]
    if len(headings) < 2 or not any(_KO_YEAR.search(m.surface) for m in headings):
        return mentions
    out: list[DateMention] = []
    section: ResolvedDate | None = None
    for m in mentions:
        if _is_month_heading(text, m):
            value = m.value
            if not _KO_YEAR.search(m.surface) and section is not None and value.month:
                year = section.year + (1 if value.month < (section.month or 0) else 0)
                value = ResolvedDate(year, value.month)
            section = value
            m = DateMention(m.start, m.end, m.surface, value, m.kind, m.relation)
        elif (
            section is not None
            and section.month is not None
            and m.value.precision == "day"
            and m.value.day is not None
            and _KO_BARE_DAY_SURFACE.fullmatch(m.surface)
            and m.kind == "relative"
            and (day := safe_date(section.year, section.month, m.value.day)) is not None
        ):
            m = DateMention(m.start, m.end, m.surface, ResolvedDate.of(day), m.kind, m.relation)
        out.append(m)
    return out


def _is_month_heading(text: str, mention: DateMention) -> bool:
    """Is a month (with or without its year) a line of its own ("■ 2월", "■ 2024년 1월")?"""
    if mention.value.precision != "month":
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    return (
        not text[line_start : mention.start].strip(_HEADING_MARKS)
        and not text[mention.end : line_end].strip(_HEADING_MARKS)
    )


_HEADING_MARKS = " \t■□▶▷●○◆◇#*=-–—:[]【】"
_KO_YEAR = re.compile(r"[0-9]{4}\s?년|\([0-9]{4}\)\s?년")
_KO_BARE_DAY_SURFACE = re.compile(r"[0-9]{1,2}\s?일")


def _months_of_dated_lines(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"This month" on a log's line that opens with its full date ("07/03/2024 — KCNA reports
    that ground-breaking ceremonies were held this month in ...") is that date's month, not
    the report's."""
    if not any(_THIS_MONTH.fullmatch(m.surface) for m in mentions):
        return mentions
    out: list[DateMention] = []
    line_date: tuple[int, ResolvedDate] | None = None  # (its line's start, the date)
    for m in mentions:
        line_start = text.rfind("\n", 0, m.start) + 1
        if (
            m.kind == "explicit"
            and m.value.precision == "day"
            and not text[line_start : m.start].strip(" \t-•*▪")
        ):
            line_date = (line_start, m.value)
        elif (
            line_date is not None
            and line_date[0] == line_start
            and _THIS_MONTH.fullmatch(m.surface)
        ):
            m = replace(m, value=ResolvedDate(line_date[1].year, line_date[1].month))
        out.append(m)
    return out


_THIS_MONTH = re.compile(r"(?:[Tt]his|THIS) month|[Ee]arlier in the month|이달|이번 ?달")
_EARLIER_IN_THE_MONTH = re.compile(r"\b[Ee]arlier in the month\b")
_DAY_SAID_AFTER = re.compile(
    r"[ \t]*[—–,(-]*[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?(?:[0-9]{1,2}(?:st|nd|rd|th)|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)


def _pairs_as_months(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two days named together for what happened on one or the other: which on which is not
    said, so the pair dates it to the month, as one mention."""
    merged: list[DateMention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.value.precision == "day"
            and mention.value.precision == "day"
            and (last.value.year, last.value.month) == (mention.value.year, mention.value.month)
            and last.value.day is not None
            and mention.value.day is not None
            and 0 < mention.value.day - last.value.day <= 2
            and _BARE_DAY.fullmatch(mention.surface)
            and _DAY_PAIR_JOIN.match(text[last.end : mention.start]) is not None
            and _RESPECTIVELY.search(
                text[max(0, last.start - _RESPECTIVELY_REACH) : mention.end + _RESPECTIVELY_REACH]
            )
            is None
        ):
            month = ResolvedDate(last.value.year, last.value.month)
            merged[-1] = DateMention(
                last.start, mention.end, text[last.start : mention.end], month, last.kind
            )
            continue
        merged.append(mention)
    return merged


# Between a weekday and the date it names ("Saturday, Jan. 25", "Saturday (25 January)").
_WEEKDAY_TO_DATE = re.compile(r",?[ \t]*\(?")


_Found = tuple[int, int, "ResolvedDate | None", str]  # (start, end, value, kind)


# (or in the next cell of a table row: "| 2025-12-18 | Thu |")
_DATE_TO_WEEKDAY = re.compile(r"[ \t]*(?:\(|,|\|)[ \t]*")
_SPACE_TO_WEEKDAY = re.compile(r"[ \t]{1,3}")


def _year_of_weekday(value: ResolvedDate, weekday: int) -> ResolvedDate:
    """The date's month and day in its own year or the year before, whichever it falls on
    `weekday` in; the date itself when neither."""
    if value.month is None or value.day is None:
        return value
    for back in range(_WEEKDAY_YEARS_BACK + 1):
        day = safe_date(value.year - back, value.month, value.day)
        if day is not None and day.weekday() == weekday:
            return ResolvedDate.of(day)
    return value


_WEEKDAY_YEARS_BACK = 1  # (a wrong weekday in the text must not move a date years back)


_EDGE_DAY_BEFORE = re.compile(r"(?:the\s+)?(?P<edge>first|last)\s+day\s+of\s+$", re.IGNORECASE)


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


# The first month of a span of months before the last ("1~2월": "1~" before "2월").
_KO_MONTHS_BEFORE = re.compile(r"(?<![0-9.])(?P<first>1[0-2]|0?[1-9])[ \t]?[~∼][ \t]?$")
# ("1.30~2.1", "2025.01.08~02.09": a closing month and day)
_CLOSING_MONTH_DAY_AFTER = re.compile(
    r"\.?[ \t]?[~∼][ \t]?(?P<month>[01]?[0-9])[./](?P<day>[0-3]?[0-9])\.?(?![0-9]|\.[0-9])"
)
_CLOSING_DAY_AFTER = re.compile(r"\.?[ \t]?[~∼][ \t]?(?P<day>[0-3]?[0-9])(?![0-9]|\.[0-9])")
# ("9일부터 11일까지", "4일부터 10일사이에")
_KO_CLOSING_DAY_AFTER = re.compile(r"\s?부터\s?(?P<day>[0-3]?[0-9])\s?일\s?(?:까지|사이)")
# ("2025/12/09-11", "held from the 9th to the 11th of this month"; not "12-09 to 12-11", a
# month and a day)
_ISO_DAY = re.compile(r"(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9]")
_EN_CLOSING_DAY_AFTER = re.compile(
    r"(?:[-–](?P<day>[0-3]?[0-9])(?![0-9]|[-/.][0-9]|\s*(?:cities|counties|sites|places|[a-z]+s\b))"
    r"|(?:st|nd|rd|th)?[ \t]+to[ \t]+the[ \t]+(?P<ordinal>[0-3]?[0-9])(?:st|nd|rd|th)\b"
    r"(?:[ \t]+of[ \t]+(?:this|the|that)[ \t]+month\b)?"
    # (an ISO day to a later one of its month: "2025-12-09 to 12-11")
    r"|[ \t]+(?:to|through)[ \t]+(?:(?:19|20)[0-9]{2}-)?[01][0-9]-(?P<iso>[0-3][0-9])(?![0-9])"
    r")"
)


def _day_number(digits: str | None, word: str | None) -> int:
    """A day of the month written in digits ("9") or in words ("ninth"); 0 when neither."""
    if digits:
        return int(digits)
    return _SPELLED_DAYS.get(word.lower().replace(" ", "-"), 0) if word else 0


def _span_end(first_day: int, last: date) -> ResolvedDate:
    """The date a span of days from `first_day` to `last` stands for: a meeting's few days
    take the closing day ("9-11 December"); a week or more is a round of ceremonies, each on
    a day not given: the month ("March 1-10")."""
    if last.day - first_day >= _SPAN_OF_DAYS:
        return ResolvedDate(last.year, last.month)
    return ResolvedDate.of(last)


_SHORT_MONTH_YEAR = re.compile(
    r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (?P<yy>[0-9]{2})"
    r"(?![0-9:])"
)
# A legend that says how it writes a month with its year: '"Mar 24" = March 2024'.
_DECLARED_SHORT_MONTH_YEAR = re.compile(
    r"[\"“](?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (?P<yy>[0-9]{2})"
    r"[\"”][ \t]*(?:=|means|is|stands for)[ \t]*(?P=month)[a-z]*\.? 20(?P=yy)\b"
)


@lru_cache(maxsize=8)
def _declared_short_month_years(text: str) -> bool:
    """Does the text say it writes months with a two-digit year ('"Mar 24" = March 2024')?
    (Asked once per text: a report is resolved part by part.)"""
    return _DECLARED_SHORT_MONTH_YEAR.search(text) is not None


def _slash_order(pairs: list[tuple[int, int]]) -> tuple[bool, bool]:
    """(day first, month first) as slashed pairs show it: some first number is no month and
    no second is, or the other way round; neither when they do not tell."""
    day_first = any(a > 12 for a, _ in pairs) and not any(b > 12 for _, b in pairs)
    month_first = any(b > 12 for _, b in pairs) and not any(a > 12 for a, _ in pairs)
    return day_first, month_first


@lru_cache(maxsize=8)
def _slash_order_of_file(text: str) -> tuple[bool, bool]:
    """The order the full slashed dates of the whole text show (asked once per text)."""
    return _slash_order(
        [
            (int(m["first"]), int(m["second"]))
            for m in _patterns()["num_dmy"].finditer(text)
            if m["sep"] == "/"
        ]
    )


# The year a note gives all a table's dates ("All dates are 2025.").
_ALL_DATES_YEAR = re.compile(
    r"\b(?i:all (?:the )?(?:dates|days)(?: in (?:the|these|both) tables?)? are)[ \t]+"
    r"(?:in[ \t]+)?(?P<year>(?:19|20)[0-9]{2})\b"
)
# A table's days given only as numbers, under a note of their month ("All days in the table
# are December 2025." over "day | site | …" and "13 | Kusong City | …").
_DECLARED_TABLE_MONTH = re.compile(
    # (or "All dates in the Day column are December 2025.", "Every row is a ceremony in
    # February 2025.")
    rf"\b(?:(?:all )?(?:the )?(?:days|dates)(?: in (?:the|this) (?:table|day column)| below)? are "
    rf"|(?:every|each) row is an? (?:[a-z-]+ ){{0,2}}?(?:ceremony|event) in "
    # (or a calendar's "Each line is a day of February 2025")
    rf"|(?:every|each) (?:row|line) is a day (?:of|in) )"
    rf"(?P<month>{_MONTH_NAMES})[ \t]+"
    r"(?P<year>(?:19|20)[0-9]{2})\b",
    re.IGNORECASE,
)
# ("Day = day of the opening ceremony, all in December 2025" over "Day  County …",
# '"Day" is the ceremony day in January 2025', "Day = day of February 2025")
_DECLARED_DAY_MONTH = re.compile(
    rf"\b(?i:day)\b(?:[^.\n]{{0,60}}?\ball (?:in|of)|\"?[ \t]+is the [^.\n]{{0,40}}?\bin"
    # (or "Day = day of February 2025")
    rf"|[ \t]*=[ \t]*(?:the )?day of) "
    rf"(?P<month>{_MONTH_NAMES})[ \t]+"
    r"(?P<year>(?:19|20)[0-9]{2})\b",
    re.IGNORECASE,
)
# ("일러두기: 표의 날짜는 모두 2025년 12월이다." over "| 날짜 | 요일 | 도 | 시·군 | …", or
# "모든 날짜는 2025년 2월이다." over "| 일 | 시·군 | …", "일 = 2025년 12월의 준공식 날짜")
_DECLARED_TABLE_MONTH_KO = re.compile(
    r"(?:(?:표의|표에 적은|표 안의)[ \t]?(?:날짜|일자)(?:는|은)[ \t]?모두"
    r"|모든[ \t]?(?:날짜|일자)(?:는|은)"
    # (or a legend's "일 = 2025년 12월의 준공식 날짜")
    r"|(?<![가-힣])(?:일|날짜|일자)[ \t]?=)[ \t]?"
    r"(?P<year>(?:19|20)[0-9]{2})년[ \t]?(?P<month>1[0-2]|0?[1-9])월(?![ \t]?[0-9]{1,2}[ \t]?일)"
)
# Every match of the three declarations above holds one of these (in the case forms
# written): the cheap test before a table is looked for. Edit them together.
_DAY_COLUMN_CUES_EN = (
    "are", "all", "All", "is the", "day of", "Day of", "ARE", "ALL", "IS THE", "DAY OF",
    "row is",
)
_DAY_COLUMN_CUES_KO = ("모두", "모든", "=20", "= 20", "=\t20")
# (its column set apart by a bar, or by two spaces or more: "Day  County (MR)   …")
# (after a column of row numbers, too: "| #  | Day  | County / city | …")
_DAY_COLUMN_HEADER = re.compile(
    r"^[ \t]*\|?[ \t]*(?P<numbered>(?:#|No\.?|번호)[ \t]*\|[ \t]*)?"
    r"(?:(?i:day)|날짜|일자|일)(?:[ \t]*\||[ \t]{2,}|\t)",
    re.MULTILINE,
)
# A row's number in the column before the day's ("| 1  | 06   | Kangdong |").
_ROW_NUMBER_CELL = re.compile(r"[ \t]*\|?[ \t]*[0-9]{1,3}[a-z]?[ \t]*(?=\|)")
_DAY_CELL = re.compile(
    r"[ \t]*\|?[ \t]*(?:(?P<day>3[01]|[12][0-9]|0?[1-9])"
    # (or a part of the month, where the report gave no day: "| late | Sinyang |")
    r"|(?P<part>(?i:late|early|mid|middle)|상순|중순|하순))(?:[ \t]*\||[ \t]{2,}|\t)"
)


def _declared_year(text: str) -> re.Match[str] | None:
    """The year a text says its days without one are in ("Dates are in 2025 unless a year is
    given", "연도 표시가 없는 날짜는 2025년이다"), if it says one."""
    if not (
        "unless" in text or "연도" in text or "별도" in text or "는 모두" in text
        or "는 전부" in text
    ):
        return None
    return _DECLARED_YEAR.search(text)


def _to_closing_days(text: str, kept: list[_Found]) -> list[_Found]:
    """"12.9~11", "'25.12.9~11", "2025.12.9~11", "9일부터 11일까지": a day with a later day
    after a tilde or "부터" spans several days (a meeting), and takes its closing day; "4일부터
    10일사이" spreads over them, and takes their month."""
    tilde = "~" in text or "∼" in text
    dash = "-" in text or "–" in text or " to the " in text
    if not tilde and not dash and "까지" not in text and "사이" not in text:
        return kept
    out: list[_Found] = []
    for start, end, value, kind in kept:
        if (
            tilde
            and value is not None
            and value.day is None
            and value.month is not None
            and (months := _KO_MONTHS_BEFORE.search(text, max(0, start - 6), start)) is not None
            and int(months["first"]) < value.month
        ):
            # ("1~2월 사이에 준공식을 가졌으나": some day in two months, no one month)
            out.append((months.start(), end, ResolvedDate(value.year), kind))
            continue
        last_char = text[end - 1 : end]
        closing = None
        if tilde and (last_char.isdigit() or last_char == ".") and value is not None:
            closing = _CLOSING_DAY_AFTER.match(text, end)
            across = None if closing is not None else _CLOSING_MONTH_DAY_AFTER.match(text, end)
            if across is not None and value.day is not None and value.month is not None:
                # ("2025.01.08~02.09 숙천·은파·… 순차 준공": from one month into the next)
                last = safe_date(value.year, int(across["month"]), int(across["day"]))
                first = value.as_date()
                days = (last - first).days if last is not None and first is not None else 0
                # (within a month, a meeting's few days: "12.9~12.11"; not a week's items,
                # "(12.15~12.20)")
                if days > 0 and (last.month != first.month or days <= _MEETING_DAYS):
                    # (a meeting's few days take the closing day; a round of ceremonies over
                    # weeks dates none of them, and two months are no one month: the year)
                    span = ResolvedDate.of(last) if days < _SPAN_OF_DAYS else ResolvedDate(
                        last.year
                    )
                    out.append((start, across.end(), span, kind))
                    continue
        elif last_char == "일":
            closing = _KO_CLOSING_DAY_AFTER.match(text, end)
        elif dash and (last_char.isdigit() or last_char in "htdn"):
            closing = _EN_CLOSING_DAY_AFTER.match(text, end)
        if closing is not None and value is not None and value.day is not None:
            groups = closing.groupdict()
            if groups.get("iso") and not _ISO_DAY.fullmatch(text, start, end):
                groups["iso"] = None  # (only after a day written year first)
            day = int(groups.get("day") or groups.get("ordinal") or groups.get("iso") or 0)
            last = safe_date(value.year, value.month or 0, day) if day > value.day else None
            if last is not None:
                # (Things done "between" two days were spread over them: their month.)
                spread = closing.group().endswith("사이")
                span = ResolvedDate(last.year, last.month) if spread else _span_end(value.day, last)
                out.append((start, closing.end(), span, kind))
                continue
        out.append((start, end, value, kind))
    return out


def _without_weekdays_before_dates(text: str, kept: list[_Found]) -> list[_Found]:
    """"Happened Saturday, Jan. 25": the weekday right before a written date is that date,
    not the most recent such day before the report (which may be another week)."""
    out: list[_Found] = []
    kept = list(kept)
    weekdays = _vocabulary().weekday_by_name
    for position, candidate in enumerate(kept):
        start, end, value, kind = candidate
        following = kept[position + 1] if position + 1 < len(kept) else None
        if (
            following is not None
            and kind == "relative"
            and following[3].startswith("explicit")
            and following[2] is not None
            and following[2].precision == "day"
            and _WEEKDAY_TO_DATE.fullmatch(text, end, following[0])
            and text[start:end].lower() in weekdays
        ):
            if "yearless" in following[3]:
                # ("Thu 6 February" in a report of 10 February 2026: the year in which the
                # 6th was a Thursday, a few back at most.)
                kept[position + 1] = (
                    following[0],
                    following[1],
                    _year_of_weekday(following[2], weekdays[text[start:end].lower()]),
                    following[3],
                )
            continue
        if (
            out
            and kind == "relative"
            and out[-1][2] is not None
            and out[-1][2].precision == "day"
            and text[start:end].lower() in weekdays
            and (
                _DATE_TO_WEEKDAY.fullmatch(text, out[-1][1], start)
                # ("2025년 12월 16일 화요일": set after it by a space, when it is its weekday)
                or (
                    _SPACE_TO_WEEKDAY.fullmatch(text, out[-1][1], start)
                    and (day_told := out[-1][2].as_date()) is not None
                    and day_told.weekday() == weekdays[text[start:end].lower()]
                )
            )
        ):
            continue  # ("09/12 (Fri)", "| 2025-12-18 | Thu |": the date before it)
        out.append(candidate)
    return out


@lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    vocab = _vocabulary()
    month = rf"(?P<month>(?i:{_alternation(list(vocab.month_by_name))}))\.?"
    return (
        # 【평양 2월 6일발 조선중앙통신】, (평양 3월 11일발 조선중앙통신)
        re.compile(
            r"[【(\[]\s*(?P<place>[가-힣]+)\s+(?P<mnum>\d{1,2})\s?월\s?(?P<day>\d{1,2})\s?일발\s*"
            r"(?P<outlet>[^】)\]\n]*)[】)\]]"
        ),
        # 로동신문 주체114(2025)년 2월 10일 ; (서울=뉴스1) 2025년 12월 27일 --
        re.compile(
            # (the outlet on the date's own line: not a dated line below it)
            r"^(?P<outlet>[^\n]{0,30}?)[ \t]*"
            r"(?:주체\s?(?P<juche>\d{2,3})\s?(?:\((?P<jyear>\d{4})\))?|(?P<year>\d{4}))"
            # (on one line: not a section's year over its first dated line, "2. 2024년" over
            # "2월 28일: …")
            r"[ \t]?년[ \t]?(?P<mnum>\d{1,2})[ \t]?월[ \t]?(?P<day>\d{1,2})[ \t]?일",
            re.MULTILINE,
        ),
        # Voice of Korea, Pyongyang, January 16, Juche 114 (2025)
        # Pyongyang, January 7 (KCNA) -- ; SEOUL, Jan. 8 (Yonhap) -- ; TOKYO, Dec. 30 (Kyodo) --
        re.compile(
            rf"^(?P<outlet>(?:[A-Z][\w.' ]*,\s*)*?)(?P<place>[A-Z][A-Za-z]+),\s+"
            rf"{month}\s+(?P<day>\d{{1,2}})"
            rf"(?:,\s*(?:Juche\s+\d{{2,3}}\s*\((?P<jyear>\d{{4}})\)|(?P<year>\d{{4}})))?"
            rf"(?:\s*\((?P<outlet2>[^)]{{1,40}})\))?",
            re.MULTILINE,
        ),
        # (Daily NK) August 20, 2025 -- ; Analysis | February 24, 2025 ;
        # Seoul — June 10, 2025 (NK News) ; The Pyongyang Times, March 16, Juche 113 (2024)
        re.compile(
            rf"^(?P<outlet>[^\n]{{0,90}}?|(?:[^\n|]{{0,60}}\|){{3,6}}[^\n|]{{0,40}}?)\s*[|—–-]?\s*{month}\s+(?P<day>\d{{1,2}}),"
            # (a Juche year ends the line: not "On January 15, Juche 113 (2024), in his ...")
            # (or a page after it: "The Pyongyang Times, March 1, Juche 114 (2025) -- Page 2")
            r"\s*(?:(?P<year>\d{4})|Juche\s+\d{2,3}\s*\((?P<jyear>\d{4})\)"
            r"(?=[ \t]*(?:\n|$|(?:--|[—–|])[ \t]*(?i:page|p\.)[ \t]*[0-9]"
            r"|[·|](?![ \t]*(?i:page|p\.))[ \t]*[^\n|·]{1,30}(?:\n|$))))",
            re.MULTILINE,
        ),
        # Working Note No. 7 | 10 March 2026 ; (Daily NK) 20 August 2025 -- ;
        # Naenara · 10 February, Juche 115 (2026)
        re.compile(
            rf"^(?P<outlet>[^\n]{{0,90}}?|(?:[^\n|]{{0,60}}\|){{3,6}}[^\n|]{{0,40}}?)\s*[|—–-]?\s*(?P<day>\d{{1,2}})\s+{month},?"
            # (or a last field after it, the bulletin's slot: "… Juche 113 (2024) · evening
            # bulletin")
            r"\s+(?:(?P<year>\d{4})\b|Juche\s+\d{2,3}\s*\((?P<jyear>\d{4})\)"
            r"(?=[ \t]*(?:\n|$|[·|](?![ \t]*(?i:page|p\.))[ \t]*[^\n|·]{1,30}(?:\n|$))))",
            re.MULTILINE,
        ),
        # (서울=뉴스1) 2025.02.10 -- ; NK News | 2025-02-10 — (a table row has no dash after it);
        # 데일리NK | 2026.01.15 | 강지원 기자 (a byline after it, the last bar of the line);
        # Posted 2025-12-31 | 20x10 Watch | by R. Okafor (a word opening the line and no bar
        # closing it: no table row);
        # 조선신보 2025.12.31 【평양발 본사기자】 (a bracketed byline ending the line);
        # 텔레그램 채널 | 2025.02.28 (금) 08:40
        re.compile(
            r"^(?P<outlet>(?P<word>[A-Za-z가-힣(])?[^\n]{0,40}?)\s*[|—–-]?\s*"
            r"(?P<year>(?:19|20)\d{2})(?P<sep>[./-])\s?"
            r"(?P<mnum>\d{1,2})(?P=sep)\s?(?P<day>\d{1,2})(?![\d])\.?"
            r"(?=[ \t]*(?:--|—|–|\|[^|\n]*$|(?(word)\|[^\n]*[^|\s][ \t]*$|(?!))"
            r"|[【\[(][^\n|?()【】\[\]]*?[가-힣A-Za-z]{2}[^\n|?()【】\[\]]*[】\])][ \t]*$"
            # (its weekday and the time of posting: "2025.02.28 (금) 08:40")
            r"|\([월화수목금토일]\)(?:[ \t]+[0-9]{1,2}:[0-9]{2})?[ \t]*$"
            # (and a word for what was done that day before the next field: "| 2025.3.10.(월)
            # 공개 | 집필 …")
            # (or its time: "작성 2025-12-30(화) 17:20 | 번역팀 …")
            # (or nothing: "정리 2025.12.20.(토) | 지역경제팀 | …")
            r"|(?(word)\([월화수목금토일]\)(?:[ \t]*[가-힣]{1,4}|[ \t]+[0-9]{1,2}:[0-9]{2})?"
            r"[ \t]*\||(?!))"
            # (the time of an export and who made it: "Export generated 2025-01-15 14:30 by …")
            r"|[ \t]+[0-9]{1,2}:[0-9]{2}[ \t]+by[ \t]"
            # (the time of a bulletin, its zone after it: "KBS WORLD Radio News | 2026-01-30
            # 16:20 KST")
            r"|[ \t]+[0-9]{1,2}:[0-9]{2}[ \t]+(?:KST|UTC|GMT|JST)[ \t]*$"
            # (the time of a post, then the next field: "블로그 · 2025. 2. 15. 14:22 · 카테고리")
            r"|(?(word)[ \t]+[0-9]{1,2}:[0-9]{2}[ \t]+·[ \t]|(?!))"
            # (or its time, a bracketed note and the next field: "블로그 | 2026. 1. 5. 14:22
            # (수정 2026. 1. 5. 18:03) | 카테고리: …")
            r"|(?(word)[ \t]+[0-9]{1,2}:[0-9]{2}[ \t]+\([^()\n]{1,30}\)[ \t]+\||(?!))"
            # (a log's stamp with its weekday: "Log closed 2025-12-22 (Mon) · analyst: …")
            r"|(?(word)[ \t]*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)[ \t]*(?:$|·)|(?!))))",
            re.MULTILINE,
        ),
        # 한반도정책연구원 이슈브리프 제2026-04호 (2026. 2. 2.) (in brackets ending the line)
        re.compile(
            r"^(?P<outlet>[^\n|]{0,60}?)[ \t]*\((?P<year>(?:19|20)\d{2})(?P<sep>[./-])[ \t]?"
            r"(?P<mnum>\d{1,2})(?P=sep)[ \t]?(?P<day>\d{1,2})\.?\)[ \t]*$",
            re.MULTILINE,
        ),
        # SBS 8뉴스 2025.03.01. (a line of its own; not the last cell of a table row)
        re.compile(
            r"^(?P<outlet>[^\n|–—-]{0,40}?)[ \t]*(?P<year>(?:19|20)\d{2})(?P<sep>[./-])[ \t]?"
            r"(?P<mnum>\d{1,2})(?P=sep)[ \t]?(?P<day>\d{1,2})\.?[ \t]*$",
            re.MULTILINE,
        ),
        # 한반도경제연구원 『… 1년 평가』 부록 | 2025. 3. 10. (the outlet and one bar before the
        # date that ends the line)
        re.compile(
            r"^(?P<outlet>[^\n|]{3,80}?)[ \t]*\|[ \t]*(?P<year>(?:19|20)\d{2})(?P<sep>[./-])[ \t]?"
            r"(?P<mnum>\d{1,2})(?P=sep)[ \t]?(?P<day>\d{1,2})\.?[ \t]*$",
            re.MULTILINE,
        ),
    )


# A line of subtitles or a transcript opened by its time cue ("00:12 시작은 …", "[01:02] …").
_CUE_TIME_LINE = re.compile(r"[ \t]*\[?[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?\]?[ \t]")


def find_dateline(
    text: str, published: date | None = None, *, window: int = 800
) -> Dateline | None:
    """Find the dateline near the top of a report.

    A dateline without a year (KCNA, Yonhap) takes the year that puts it closest to the
    publication date; without a publication date its date stays None.
    """
    head = _top_lines(text, window)
    vocab = _vocabulary()
    best: tuple[int, re.Match[str]] | None = None
    # Skip the patterns whose anchor characters are absent (cheap substring tests).
    hangul_date = "년" in head or "일" in head
    month_name = _month_any().search(head) is not None
    numeric = _NUMERIC_DATE.search(head) is not None
    wanted = (
        "일발" in head, hangul_date, month_name, month_name, month_name, numeric, numeric, numeric,
        numeric,
    )
    for pattern, needed, writes_year in zip(
        _dateline_patterns(), wanted, _WRITES_YEAR, strict=True
    ):
        if not needed:
            continue
        # Only a dateline that starts before the one already found can win (it may run on
        # past that point, hence the margin).
        scope = head if best is None else head[: best[0] + 200]
        m = next(
            (
                m
                for m in _matches(pattern, scope, writes_year)
                if not _is_prose(m)
                and _near_top(text, m)
                # (the start of a period a headline covers: "주간 동향 (2025년 1월 20일~26일)")
                and _RANGE_AFTER.match(scope, m.end()) is None
                # (or its end: "openings, part 2 (24 January – 11 February 2025)")
                and not _ends_a_range(scope, m)
                # (nor a table's row: "3 | Sukch'ŏn County | ... | 8 January 2025 | Notes")
                and not _table_row_line(scope, m.start())
                # (nor an item of a list after the lead: "○ 2024년 1월 15일: 김정은이 ...")
                and not _BULLETED_ITEM.match(scope, m.start())
                # (nor a subtitle's cue: "00:12 시작은 2024년 1월 15일이에요.")
                and not _CUE_TIME_LINE.match(scope, scope.rfind("\n", 0, m.start()) + 1)
                # (nor a chronology's line labelled by its date: "2022년 6월 21일: 강원도 …")
                and not (
                    _LABEL_COLON.match(scope, m.end()) is not None
                    and not scope[scope.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
                )
                # (nor a log's dated line below its header lines: "Fri 20 Dec 2024 --
                # Sŏngch'ŏn (Songchon), S. P'yŏngan -- [K] -- ...")
                and not (
                    _DASH_AFTER_DATE.match(scope, m.end()) is not None
                    and _WEEKDAY_LINE_START.match(scope, scope.rfind("\n", 0, m.start()) + 1)
                    and scope.count("\n", 0, m.start()) >= _DATED_LOG_LINE_FROM
                )
            ),
            None,
        )
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m)
            said_at = _date_start(m)
            if _CREATED_ON_BEFORE.search(scope, max(0, said_at - 40), said_at):
                # (a tracker's stamp: "opened by mkwon on Feb 10, 2025 · last edited by
                # jlaurent on Mar 4, 2025": the page is as of its last edit)
                line_end = _line_end(scope, m.end())
                edited = next(
                    (
                        later
                        for later in _matches(pattern, scope[:line_end], writes_year)
                        if later.start() >= m.end()
                        and _EDITED_ON_BEFORE.search(
                            scope, max(0, _date_start(later) - 40), _date_start(later)
                        )
                    ),
                    None,
                )
                if edited is not None:
                    best = (m.start(), edited)
    if best is None:
        return None
    m = best[1]
    groups = m.groupdict()
    if groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        month = vocab.month_by_name[groups["month"].lower()]
    day = int(groups["day"])
    year: int | None = None
    if groups.get("jyear"):
        year = int(groups["jyear"])
    elif groups.get("juche"):
        year = int(groups["juche"]) + vocab.juche_offset
    elif groups.get("year"):
        year = int(groups["year"])
    outlet = (groups.get("outlet2") or groups.get("outlet") or "").strip(" ,|—–-[]()") or None
    # The day of the week printed with a dateline ("2월 10일 월요일") belongs to it.
    tail = _DATELINE_WEEKDAY.match(text, m.end())
    end = tail.end() if tail else m.end()
    if year is not None:
        return Dateline(m.start(), end, safe_date(year, month, day), True, outlet)
    if published is None:
        return Dateline(m.start(), end, None, False, outlet)
    options = [
        d
        for d in (safe_date(published.year + k, month, day) for k in (-1, 0, 1))
        if d is not None
    ]
    chosen = min(options, key=lambda d: abs((d - published).days)) if options else None
    return Dateline(m.start(), end, chosen, False, outlet)


_EARLIEST_YEAR = 1900  # a four-digit number before it after a day is a time, not a year
# A card's or page's counter in brackets ("[3/8]"), no day of March.
_CARD_COUNTER = re.compile(r"\[[0-9]{1,2}/[0-9]{1,2}\]")
# A thread's post number opening a line ("1/7 북한 첫 … 🧵", "4/7 타임라인").
_THREAD_COUNTER = re.compile(r"^[ \t]*(?P<n>[0-9]{1,2})/(?P<of>[0-9]{1,2})(?=[ \t])", re.MULTILINE)
_THREAD_POSTS_MIN = 3


def _thread_counters(text: str, start: int, end: int) -> set[int]:
    """Where the post numbers of a thread stand ("1/7 …", "2/7 …", "4/7 …": three lines at
    least numbered out of the same total): they count posts, they are no dates."""
    by_total: dict[int, list[tuple[int, int]]] = {}
    for m in _THREAD_COUNTER.finditer(text, start, end):
        by_total.setdefault(int(m["of"]), []).append((int(m["n"]), m.start("n")))
    found: set[int] = set()
    for total, posts in by_total.items():
        numbers = [n for n, _at in posts]
        if (
            len(posts) >= _THREAD_POSTS_MIN
            and len(set(numbers)) == len(numbers)
            and all(1 <= n <= total for n in numbers)
            and numbers == sorted(numbers)
        ):
            found.update(at for _n, at in posts)
            # (and the same numbers cited in the thread: "6/8 정정: 3/8에서 맹산군을 …")
            cited = re.compile(rf"(?<![0-9/.])(?:{'|'.join(map(str, numbers))})/{total}(?![0-9/.])")
            found.update(m.start() for m in cited.finditer(text, start, end))
    return found


_DASH_AFTER_DATE = re.compile(r"[ \t]+(?:--|[—–])[ \t]")
_WEEKDAY_LINE_START = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]")
_DATED_LOG_LINE_FROM = 3  # a dated line this far down (after headline, byline, lead) is a log's
# The colon after a date that labels its line, and the line's text after it.
_LABEL_COLON = re.compile(r"[ \t]*[:：][ \t]*[^\s0-9]")
# (and a chronology's item: "* 2024년 2월 28일 — 평안남도 성천군에서 첫 착공식.")
_BULLETED_ITEM = re.compile(
    r"[ \t]*(?:(?:[○●◦▪■□▶▷◆◇※•]|[-*](?=[ \t]+[A-Z][a-z]+:)"
    r"|[-*](?=[ \t]+(?:19|20)[0-9]{2}[ \t]?(?:년|[.-][ \t]?[01]?[0-9])))[ \t]"
    # (a Korean news chronology's triangle, its date right after it: "▲2024년 2월 28일 = …")
    r"|[▲△][ \t]?)"
)


def _table_row_line(text: str, at: int) -> bool:
    """Is the line at `at` a table's row (four bars or more, opening with one or with a line
    of bars beside it)? A dateline may set out its fields with bars too ("Working list WL-3
    | posted Wednesday, 31 December 2025 | leadership-activity desk | compiler: … | …")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    if text.count("|", at, end) < _TABLE_ROW_BARS:
        return False
    if text.startswith("|", start):
        return True
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    return (
        text.count("|", before, max(before, start - 1)) >= _TABLE_ROW_BARS - 1
        or text.count("|", end, after if after >= 0 else len(text)) >= _TABLE_ROW_BARS - 1
    )


_TABLE_ROW_BARS = 4


# Which dateline patterns always write a four-digit year (a line without one is skipped).
_WRITES_YEAR = (False, False, False, True, True, True, True, True, True)
_FOUR_DIGITS = re.compile(r"[0-9]{4}")


# A page's creation stamp before its date, and its last edit's.
_CREATED_ON_BEFORE = re.compile(r"\b(?i:opened|created|started|filed)(?: by \S+)? on $")
_EDITED_ON_BEFORE = re.compile(r"\b(?i:edited|updated|modified)(?: by \S+)? on $")


def _date_start(m: re.Match[str]) -> int:
    """Where a dateline match's date begins (after its outlet or label)."""
    starts = [
        m.start(name)
        for name, value in m.groupdict().items()
        if value is not None and name in ("day", "month", "mnum", "year")
    ]
    return min(starts) if starts else m.start()


def _matches(
    pattern: re.Pattern[str], text: str, writes_year: bool = False
) -> Iterator[re.Match[str]]:
    """Matches of a dateline pattern; one anchored at line starts is tried only there (a
    search would try every character of the head), and only on lines with a year when it
    writes one."""
    if not pattern.pattern.startswith("^"):
        yield from pattern.finditer(text)
        return
    start = 0
    while start <= len(text):
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        if not writes_year or _FOUR_DIGITS.search(text, start, end) is not None:
            m = pattern.match(text, start)
            if m is not None:
                yield m
            # (and a field of the line that stamps the file: "entries 28 Feb – 15 Mar 2024 ·
            # exported Fri 15 Mar 2024 22:10", whose first date only starts a period)
            for field in _STAMP_FIELD.finditer(text, start, end):
                m = _unanchored(pattern).match(text, field.end(), end)
                if m is not None:
                    yield m
        if newline < 0:
            return
        start = newline + 1


# A field of a line set off by a middle dot or a bar that stamps the file with its day.
_STAMP_FIELD = re.compile(
    r"[·|][ \t]*(?=(?:last[ \t]+)?(?:updated|exported|compiled|edited|revised|saved)\b)"
)


@lru_cache(maxsize=64)
def _unanchored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A dateline pattern anchored at line starts, to try at a field of a line instead."""
    return re.compile(pattern.pattern[1:], pattern.flags)


def _top_lines(text: str, window: int) -> str:
    """The report's first lines, where a dateline can be (at most `window` characters)."""
    end, lines = 0, 0
    while lines <= _DATELINE_MAX_LINES_BEFORE and end < window:
        newline = text.find("\n", end, window)
        if newline < 0:
            return text[:window]
        if text[end:newline].strip():
            lines += 1
        end = newline + 1
    return text[:end]


def _near_top(text: str, match: re.Match[str]) -> bool:
    """Is the match in the report's first lines (headline, byline, standfirst), not a date
    line at the foot of a short report ("... experts doubt it. | Jan. 8, 2025")?"""
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = [line for line in text[:line_start].split("\n") if line.strip()]
    if len(before) > _DATELINE_MAX_LINES_BEFORE:
        return False
    line_end = text.find("\n", match.end())
    if len(before) >= 2 and (line_end < 0 or not text[line_end:].strip()):
        return False  # the last line of a story: its foot
    # After paragraphs of the story (not the headline), a date is the story's foot.
    story = [line for line in before[1:] if len(line) > _STORY_LINE]
    return len(story) < 2


# Lines a dateline may follow: headline, a kicker or byline, a standfirst.
_DATELINE_MAX_LINES_BEFORE = 4
# A line this long below the headline is a paragraph of the story (two of them before a date
# make it the story's foot; one may be a standfirst).
_STORY_LINE = 150


def _is_prose(match: re.Match[str]) -> bool:
    """Is what stands before a dateline's date the start of a sentence ("Yomju County broke
    ground on Feb. 27, 2025, ...") rather than an outlet or a label ("Analysis |", "Posted
    on", "(Daily NK)")? A sentence has several lower-case words and no separator."""
    outlet = match.groupdict().get("outlet") or ""
    if outlet.lstrip().startswith("|"):
        return True  # a table row ("| 12 | Kosan | Kangwon | 29 Jan 2025 |"), not a dateline
    # (A sentence that ends inside it, "1. A factory programme (2024). Kim's policy speech of
    # 15 January 2024", is prose, whatever marks it holds.)
    if _SENTENCE_INSIDE.search(outlet):
        return True
    # (a hyphen inside a word, "Regional-industry factories were ...", is no separator)
    separated = any(mark in outlet for mark in "|—–:()[]【】·") or " - " in outlet
    if separated or outlet.rstrip().endswith("-") or _DATED_LABEL.search(outlet):
        return False
    # (a few words set off by commas, the date after the last: "Peninsula Build Monitor,
    # analysis note, 5 March 2025"), below the headline
    if (
        outlet.rstrip().endswith(",")
        and len(outlet.split()) <= _LABEL_WORDS_MAX
        and match.start() > 0
    ):
        return False
    # (Korean: a subject with its particle, "김정은은 2024년 1월 15일 ...", is a sentence.)
    if _KO_SUBJECT_END.search(outlet) is not None:
        return True
    return sum(1 for word in outlet.split() if word[:1].islower()) >= 2


# The mark of a range after a date: the date starts a period, it dates no report.
_RANGE_AFTER = re.compile(r"[ \t]?(?:[~～]|[–—-][ \t]?[0-9]|부터)")
# A day (and month) and a dash or "to" before a date: the date ends a period.
_RANGE_BEFORE = re.compile(
    r"(?:[0-9]{1,2}(?:[ \t]+[A-Z][a-z]{2,8}\.?)?|[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2})"
    r"[ \t]*(?:[–—~-]|to|until)[ \t]*$"
)
_DATE_GROUPS = ("day", "month", "mnum", "year", "juche")


def _ends_a_range(text: str, match: re.Match[str]) -> bool:
    """Does the date a dateline pattern matched end a period ("(24 January – 11 February
    2025)")?"""
    groups = match.groupdict()
    first = min(match.start(name) for name in _DATE_GROUPS if groups.get(name) is not None)
    line_start = text.rfind("\n", 0, first) + 1
    return _RANGE_BEFORE.search(text, line_start, first) is not None


# How many words an outlet's label set off by commas may have.
_LABEL_WORDS_MAX = 6
# A sentence end inside an outlet's place: "(2024). Kim Jong Un's policy speech of".
_SENTENCE_INSIDE = re.compile(r"[a-z)]\.\s+[A-Z][a-z]")
# A Korean word with a subject or topic particle ending an outlet's place: a sentence's start.
_KO_SUBJECT_END = re.compile(r"[가-힣](?:은|는|이|가)\s*$")
# A weekday in apposition to the date before it ("February 28 — a Wednesday", "Feb. 28, a
# Wednesday", "Feb. 26 (a Wednesday)"): no day of its own.
_WEEKDAY_APPOSITION = re.compile(
    r"[0-9](?:st|nd|rd|th)?\s*(?:—|–|-|,|\()\s*(?:a|on a|that was a|which was a|it was a)\s+$"
)
# A declaration of the year of the days a text writes without one.
_DECLARED_YEAR = re.compile(
    r"\b(?:[Dd]ates|[Aa]ll)\b[^.\n]{0,60}?\b(?:(?:are|fall|is)\s+)?in\s+(?P<year>(?:19|20)[0-9]{2})"
    r"\s+unless\b"
    r"|(?:연도|별도)\s?(?:표시가|표기가)\s?(?:없는\s?날짜는|없으면)\s?(?P<year_ko>(?:19|20)[0-9]{2})년"
    # ("※ 일자는 모두 2025년('24.는 2024년)")
    r"|(?:일자|날짜)는\s?(?:모두|전부)\s?(?P<year_all>(?:19|20)[0-9]{2})년"
)
# A label that dates what follows ("Shared sheet export, updated 12 Feb 2025").
# (its weekday may stand between: "last updated Tue 10 Feb 2026")
_DATED_LABEL = re.compile(
    r"\b(?:updated|posted|published|compiled|filed|dated|issued|edited|revised|exported"
    # ("opened by lkwon-data on Mar 12, 2024 · 5 comments": an issue's thread)
    r"|(?:opened|posted|created|filed|submitted) by \S{1,40})"
    r"(?:\s+on)?(?:\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?)?\s*$"
)

_DATELINE_WEEKDAY = re.compile(
    r"[ \t,]*\(?(?:[월화수목금토일]요일"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)?"
)


def reference_date(text: str, published: date | None) -> tuple[date | None, Dateline | None]:
    """The date relative expressions count from: the dateline, else the publication date."""
    dateline = find_dateline(text, published)
    if dateline is not None and dateline.date is not None:
        return dateline.date, dateline
    return published, dateline


def parse_iso(value: str | None) -> date | None:
    """Parse a YYYY-MM-DD metadata date; None stays None."""
    if value is None or value == "":
        return None
    return date.fromisoformat(value)
