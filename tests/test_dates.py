"""Date resolution: datelines of every outlet style, relative expressions, rollover, precision."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twentyten.extract.dates import (
    REPORT_DAY,
    DateResolver,
    ResolvedDate,
    ahead_of_reference,
    find_dateline,
    most_recent_weekday,
    reference_date,
)

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June",
              "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def resolve_all(text: str, ref: date) -> list[str]:
    return [m.value.iso() for m in DateResolver(ref).find(text)]


def day_values(text: str, ref: date) -> list[str]:
    """The day-precision dates resolved in the text, sorted."""
    found = DateResolver(ref).find(text, 0, len(text))
    return sorted(m.value.iso() for m in found if m.value.precision == "day")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Head\n\nPyongyang, January 7 (KCNA) -- Factories opened.", "2025-01-07", "2025-01-07"),
        ("Title\n\nPyongyang, March 3 (Pyongyang Times) -- Text.", "2024-03-03", "2024-03-03"),
        ("T\nVoice of Korea, Pyongyang, January 16, Juche 114 (2025)\n\nB.", None, "2025-01-16"),
        ("제목\n【평양 2월 6일발 조선중앙통신】\n\n본문.", "2025-02-06", "2025-02-06"),
        ("제목\n로동신문 주체114(2025)년 2월 10일\n\n본문.", None, "2025-02-10"),
        ("제목\n로동신문 주체114(2025)년 2월 10일 월요일\n\n본문.", None, "2025-02-10"),
        ("Title\n\nSEOUL, Jan. 8 (Yonhap) -- Body.", "2025-01-08", "2025-01-08"),
        ("제목\n\n(서울=뉴스1) 2025년 12월 27일 -- 본문.", None, "2025-12-27"),
        ("Title\n\n(Daily NK) August 20, 2025 -- Body.", None, "2025-08-20"),
        ("Title\n\nAnalysis | February 24, 2025\n\nBody.", None, "2025-02-24"),
        ("Title\nMonitoring Desk, Note No. 7 | 10 March 2026\nBody.", None, "2026-03-10"),
        ("Title\n\n(Daily NK) 20 August 2025 -- Body.", None, "2025-08-20"),
        ("제목\n데일리NK | 2026.01.15 | 기자\n소식통은 \"2025년 2월 7일 준공\"이라고 했다.", None,
         "2026-01-15"),
        # (a report's appendix: the day it was made public, a field after it, and a dated
        # sentence of the body below)
        ("[별표 3] 준공 현황\n보고서 부록 발췌 | 2031.3.10.(월) 공개 | 집필 연구진\n\n"
         "1. 개요\n1년차(2030년 대상) 20개 시·군은 2030년 2월 28일 착공을 시작했다.", None,
         "2031-03-10"),
        # (a memo's line with the time it was written, a KCNA dateline of its own below)
        ("[번역 검수 메모] 통신 기사 대조\n작성 2031-12-30(화) 17:20 | 번역팀 내부용 | 검수\n\n"
         "① 【평양 12월 27일발 조선중앙통신】 준공\n - 준공식: 26일.", None, "2031-12-30"),
        # (a file of clippings: the day it was put together, its weekday, then the next field;
        # the clips' own dated headers below)
        ("스크랩 파일: 강동군 보도 모음\n정리 2031.12.20.(토) | 지역경제팀 | 정리 담당\n\n"
         "[1] 조선중앙통신 2031.2.28.\n\"27일 착공식이 진행되였다.\"", None, "2031-12-20"),
        # (a bulletin's time and zone after its date, a chronology's dated lines below)
        ("FACTBOX\nKBS WORLD Radio News | 2031-01-30 16:20 KST\nLead.\n\nFeb. 28, 2030 -- A.",
         None, "2031-01-30"),
        # (a blog post's time and a bracketed revision note before the next field)
        ("[정리] 12월 준공 총정리\n북녘경제 블로그 | 2032. 1. 5. 14:22 (수정 2032. 1. 5. 18:03) | "
         "카테고리: 북한경제\n\n본문.", None, "2032-01-05"),
        # (a log's closing stamp with its weekday, over dated lines led by their kind)
        ("SITES LOG (Onsong, Yonsan)\nLog closed 2031-12-22 (Mon) · analyst: M. F. · v3\n\n"
         "Line types: SM = state media; IMG = imagery.\n\n"
         "IMG  2031-05-19 | Onsong | site cleared.\nSM   2031-12-15 | Yonsan | opened.",
         None, "2031-12-22"),
    ],
)
def test_dateline_styles(text: str, published: str | None, expected: str) -> None:
    pub = date.fromisoformat(published) if published else None
    dateline = find_dateline(text, pub)
    assert dateline is not None
    assert dateline.date == date.fromisoformat(expected)


def test_weekday_printed_with_the_dateline_is_part_of_it() -> None:
    text = "제목\n로동신문 주체114(2025)년 2월 10일 월요일\n\n본문."
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.end :].startswith("\n\n본문")


def test_yearless_dateline_without_metadata_stays_unknown() -> None:
    dateline = find_dateline("Title\n\nPyongyang, January 7 (KCNA) -- Body.", None)
    assert dateline is not None and dateline.date is None
    ref, _ = reference_date("Title\n\nPyongyang, January 7 (KCNA) -- Body.", None)
    assert ref is None


def test_yearless_dateline_takes_the_year_nearest_the_publication_date() -> None:
    # A report filed on 31 December but published (metadata) on 1 January.
    dateline = find_dateline("T\n\nPyongyang, December 31 (KCNA) -- Body.", date(2025, 1, 1))
    assert dateline is not None and dateline.date == date(2024, 12, 31)


def test_reference_falls_back_to_publication_date() -> None:
    ref, dateline = reference_date("No dateline in this note at all.", date(2025, 5, 5))
    assert dateline is None and ref == date(2025, 5, 5)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("took place on Tuesday", "2025-02-12", "2025-02-11"),
        ("took place on Friday", "2025-02-08", "2025-02-07"),
        # The dateline's own weekday means the week before.
        ("said on Wednesday", "2025-02-12", "2025-02-05"),
        ("were inaugurated yesterday", "2025-01-15", "2025-01-14"),
        ("took place today", "2025-01-16", "2025-01-16"),
        ("held on Feb. 28", "2025-03-05", "2025-02-28"),
        ("opened on Dec. 20", "2025-02-12", "2024-12-20"),
        ("early this month", "2025-12-20", "2025-12"),
        ("last month", "2025-01-08", "2024-12"),
        ("in March last year", "2025-02-12", "2024-03"),
        ("in February", "2025-06-10", "2025-02"),
        ("a plan unveiled last January", "2025-01-08", "2024-01"),
        ("in mid-June", "2024-07-08", "2024-06"),
        ("in the first days of March", "2024-03-07", "2024-03"),
        ("held on the 28th", "2025-03-05", "2025-02-28"),
        ("on February 28, 2024", "2025-02-24", "2024-02-28"),
        ("준공식이 28일에 진행되였다", "2025-03-02", "2025-02-28"),
        ("준공식이 5일에 진행되였다", "2025-02-06", "2025-02-05"),
        ("지난 27일 착공식", "2025-12-30", "2025-12-27"),
        ("지난달 19일", "2025-12-27", "2025-11-19"),
        ("이달 초", "2025-12-27", "2025-12"),
        ("지난해 3월 착공", "2025-02-10", "2024-03"),
        ("지난 6월 건설장을", "2025-12-14", "2025-06"),
        ("2월 하순", "2025-02-27", "2025-02"),
        ("전날 진행됐다", "2025-01-11", "2025-01-10"),
        ("준공식(전일). 김정은 참석", "2025-12-14", "2025-12-13"),
        ("전일에 열린 착공식", "2025-02-27", "2025-02-26"),
        ("주체114(2025)년", "2025-02-10", "2025"),
        ("주체115(2026)년 1월 29일에", "2026-01-30", "2026-01-29"),
        ("12월 9일부터 11일까지 진행되였다", "2025-12-13", "2025-12-11"),
    ],
)
def test_relative_and_absolute_expressions(text: str, ref: str, expected: str) -> None:
    assert resolve_all(text, date.fromisoformat(ref))[0] == expected


def test_full_time_and_words_holding_jeonil_are_no_day() -> None:
    # ("전일제", full-time work; "완전일치", an exact match: no "전일", the day before)
    assert resolve_all("전일제 로동자들과 완전일치를 이루어", date(2025, 12, 14)) == []


def test_precision_is_reported() -> None:
    mentions = DateResolver(date(2025, 2, 12)).find("on Tuesday, in March last year, in 2024")
    assert [m.value.precision for m in mentions] == ["day", "month", "year"]


def test_same_day_and_next_day_follow_the_previous_date() -> None:
    text = "On Jan. 24 the factories opened. The next day, another county followed. "
    text += "On the same day production began."
    values = resolve_all(text, date(2025, 2, 1))
    assert values == ["2025-01-24", "2025-01-25", "2025-01-25"]


def test_a_day_earlier_and_a_day_after_count_from_the_date_before() -> None:
    text = "It opened on Jan. 24. A day earlier another one opened. "
    text += "The third ceremony came two days after the fourth was held."
    mentions = DateResolver(date(2025, 2, 1)).find(text)
    assert [(m.surface, m.value.iso()) for m in mentions] == [
        ("Jan. 24", "2025-01-24"),
        ("A day earlier", "2025-01-23"),
        # "X came two days after Y": Y is two days before the date just named.
        ("two days after", "2025-01-21"),
    ]


def test_a_bare_day_after_is_left_unresolved() -> None:
    mentions = DateResolver(date(2025, 2, 1)).find("On Jan. 24. A day after the meeting, it began.")
    assert [m.surface for m in mentions] == ["Jan. 24"]


def test_korean_day_past_the_end_of_the_reference_month_is_the_month_before() -> None:
    mentions = DateResolver(date(2025, 2, 1)).find("준공식은 31일에 진행되였다")
    assert [m.value.iso() for m in mentions] == ["2025-01-31"]


def test_skipped_mentions_are_no_anchor_for_the_same_day() -> None:
    text = "준공식이 26일 진행됐다고 27일 보도했다. 같은 날 다른 군에서도 준공됐다."
    mentions = DateResolver(date(2031, 12, 28)).find(
        text, skip=lambda m: text.startswith(" 보도", m.end)
    )
    assert [(m.surface, m.value.iso()) for m in mentions] == [
        ("26일", "2031-12-26"),
        ("같은 날", "2031-12-26"),
    ]


def test_unknown_reference_leaves_relative_expressions_unresolved() -> None:
    assert DateResolver(None).find("on Tuesday, yesterday, 28일, last month") == []


def test_may_the_verb_is_not_a_month() -> None:
    assert DateResolver(date(2025, 6, 1)).find("so that the people may enjoy") == []


@given(
    ref=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    weekday=st.integers(min_value=0, max_value=6),
)
def test_weekday_lands_in_the_week_before_the_reference(ref: date, weekday: int) -> None:
    resolved = most_recent_weekday(ref, weekday)
    assert resolved.weekday() == weekday
    assert ref - timedelta(days=7) <= resolved < ref


@given(
    ref=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    weekday=st.integers(min_value=0, max_value=6),
)
def test_weekday_names_resolve_like_the_rule(ref: date, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    mentions = DateResolver(ref).find(f"The ceremony took place on {name}.")
    assert [m.value.as_date() for m in mentions] == [most_recent_weekday(ref, weekday)]


def _renderings(value: date) -> list[str]:
    m = value.month
    juche = value.year - 1911
    return [
        f"{MONTHS[m - 1]} {value.day}, {value.year}",
        f"{MONTH_ABBR[m - 1]} {value.day}, {value.year}",
        f"{value.day} {MONTHS[m - 1]} {value.year}",
        f"{value.year}년 {m}월 {value.day}일",
        f"주체{juche}({value.year})년 {m}월 {value.day}일",
    ]


@given(
    value=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    style=st.integers(0, 4),
)
def test_every_style_resolves_back_to_the_date(value: date, style: int) -> None:
    text = f"The ceremony was held on {_renderings(value)[style]} in the county."
    mentions = DateResolver(date(2061, 1, 1)).find(text)
    assert [m.value for m in mentions] == [ResolvedDate.of(value)]


@given(
    value=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    back=st.integers(min_value=0, max_value=300),
)
def test_yearless_dates_resolve_to_the_most_recent_past_occurrence(value: date, back: int) -> None:
    ref = value + timedelta(days=back)
    text = f"on {MONTHS[value.month - 1]} {value.day} and {value.month}월 {value.day}일"
    mentions = DateResolver(ref).find(text)
    if value.month == 2 and value.day == 29:
        # Feb 29 resolves to the latest leap day on or before the reference.
        assert all(m.value.as_date() <= ref for m in mentions)
        return
    assert [m.value.as_date() for m in mentions] == [value, value]


@given(
    dateline=st.dates(min_value=date(2001, 1, 1), max_value=date(2060, 12, 31)),
    lag=st.integers(min_value=-3, max_value=3),
)
def test_kcna_dateline_year_comes_from_nearby_publication_date(dateline: date, lag: int) -> None:
    if dateline.month == 2 and dateline.day == 29:
        return
    text = f"Title\n\nPyongyang, {MONTHS[dateline.month - 1]} {dateline.day} (KCNA) -- Body."
    found = find_dateline(text, dateline + timedelta(days=lag))
    assert found is not None and found.date == dateline


def test_month_day_and_day_are_two_dates() -> None:
    mentions = DateResolver(date(2031, 1, 8)).find("on Dec. 28 and 29, respectively")
    assert [m.value.iso() for m in mentions] == ["2030-12-28", "2030-12-29"]


def test_last_week_resolves_to_a_month_only_when_the_week_lies_in_one() -> None:
    # 10 June 2026 is a Wednesday: last week is 1-7 June; on 3 June it is 25-31 May.
    assert [m.value.iso() for m in DateResolver(date(2026, 6, 10)).find("last week")] == [
        "2026-06"
    ]
    assert [m.value.iso() for m in DateResolver(date(2026, 6, 3)).find("지난주")] == ["2026-05"]
    # 2 March 2026 is a Monday: last week ran from 23 February to 1 March.
    assert DateResolver(date(2026, 3, 2)).find("last week") == []


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # Korean and ISO numeric dates, with or without the year.
        ("공장 착공식은 2023.10.04 진행되였다", "2023-11-20", ["2023-10-04"]),
        ("Opened 2023-10-04, then 2023/10/05.", "2023-11-20", ["2023-10-04", "2023-10-05"]),
        ("준공식은 2023. 10. 4. 열렸다", "2023-11-20", ["2023-10-04"]),
        ("지난 10.04 준공", "2023-11-20", ["2023-10-04"]),
        # A figure is no date.
        ("생산량은 1.25배, 성장 3.50%", "2023-11-20", []),
        ("Output rose 3.5 percent.", "2023-11-20", []),
        # An ordinal day with its month, across the turn of the year.
        ("the plants were opened on the 27th of November", "2024-01-15", ["2023-11-27"]),
        ("the mill opened by the 3rd", "2024-01-15", ["2024-01-03"]),
        ("work began in mid-October", "2024-01-15", ["2023-10"]),
        ("Nov 21st", "2024-01-15", ["2023-11-21"]),
    ],
)
def test_numeric_and_ordinal_dates(text: str, ref: str, expected: list[str]) -> None:
    assert resolve_all(text, date.fromisoformat(ref)) == expected


def test_numeric_dateline_of_korean_wire_copy() -> None:
    line = find_dateline("(서울=뉴스1) 2031.07.09 -- 북한이 준공식을 열었다.")
    assert line is not None and line.date == date(2031, 7, 9)
    # A table row with a date is no dateline.
    assert find_dateline("Tally\nSouth Phyongan | Sinyang | 2031-07-09\n") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ground was broken on March 3 last year", ["2030-03-03"]),
        ("the mill opened on Feb. 6 this year", ["2031-02-06"]),
        ("the first one was on the 28th of February last year", ["2030-02-28"]),
        ("it opened on 19 November this year", ["2031-11-19"]),
    ],
)
def test_month_day_with_a_relative_year(text: str, expected: list[str]) -> None:
    assert resolve_all(text, date(2031, 5, 9)) == expected


def test_later_this_month_is_ahead_of_the_report_and_dates_nothing() -> None:
    assert resolve_all("due to open later this month", date(2031, 3, 10)) == []
    assert resolve_all("opened earlier this month", date(2031, 3, 10)) == ["2031-03"]


def test_the_day_before_skips_a_look_back_to_last_year() -> None:
    text = (
        "The plant opened on Tuesday. The farm, finished on March 4 last year, was toured. "
        "The day before, he visited a mill."
    )
    assert resolve_all(text, date(2031, 6, 12)) == ["2031-06-10", "2030-03-04", "2031-06-09"]


def test_the_day_before_follows_a_date_near_the_report() -> None:
    text = "The plant opened on June 2. A mill opened on June 8. The day before, a farm opened."
    assert resolve_all(text, date(2031, 6, 12)) == ["2031-06-02", "2031-06-08", "2031-06-07"]


def test_the_same_day_counts_from_a_day_not_from_a_month_named_since() -> None:
    text = ("The ceremony was held Monday. The hospital opened last month. "
            "Ceremonies were held the same day in two other counties.")
    found = DateResolver(date(2031, 12, 17)).find(text)
    assert [(m.surface, m.value.iso()) for m in found] == [
        ("Monday", "2031-12-15"),
        ("last month", "2031-11"),
        ("the same day", "2031-12-15"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ground was broken in A on Feb. 26. Around the same time, work began in B.", "en"),
        ("지난달 26일 A군에서 착공식이 열렸다. 같은 무렵 B군에서도 착공식이 진행됐다.", "ko"),
    ],
)
def test_around_the_same_time_is_the_month_of_the_date_before(text: str, language: str) -> None:
    found = DateResolver(date(2031, 3, 3)).find(text)
    assert [m.value.iso() for m in found] == ["2031-02-26", "2031-02"]
    assert found[1].relation == "month"


def test_a_line_of_outlet_and_numeric_date_is_a_dateline() -> None:
    found = find_dateline("북, 함주군 착공\nSBS 8뉴스 2031.03.01.\n북한이 건설을 시작했다.")
    assert found is not None and found.date == date(2031, 3, 1) and found.outlet == "SBS 8뉴스"
    # A table row with a date in a cell is no dateline.
    assert find_dateline("Sites\n| Hamju | 2031-03-01 | yes |\n") is None


def test_a_korean_dateline_in_round_brackets() -> None:
    found = find_dateline("각지에서 착공\n(평양 3월 11일발 조선중앙통신)\n착공식들이 진행되였다.",
                          date(2031, 3, 11))
    assert found is not None and found.date == date(2031, 3, 11) and found.outlet == "조선중앙통신"


def test_a_sentence_that_starts_a_line_with_a_full_date_is_no_dateline() -> None:
    text = ("Sites\nThis note follows two sites.\n"
            "Hamju County broke ground on Feb. 27, 2031, and Anju a day later.")
    assert find_dateline(text) is None


def test_a_date_line_at_the_foot_of_a_report_is_no_dateline() -> None:
    text = ("Kim opens factories\nSEOUL, South Korea (AP) -- Kim Jong Un opened factories in "
            "Hamju County on Tuesday, state media said.\nKim told officials to secure raw "
            "materials.\nThe plants are the second set to open.\nExperts doubt they can run at "
            "full capacity.\nJan. 8, 2031\n")
    assert find_dateline(text) is None


def test_a_date_line_after_story_paragraphs_is_the_foot_not_the_dateline() -> None:
    paragraph = ("Kim Jong Un cut the ribbon at a new hospital in Hamju County on the outskirts "
                 "of the county town, state media said Thursday, calling it a model for others.")
    text = f"Kim opens hospital\nSEOUL -- {paragraph}\n{paragraph}\nNov. 20, 2031\n"
    assert find_dateline(text) is None


def test_abbreviated_weekdays_at_the_start_of_a_row() -> None:
    found = resolve_all("- Thu (18th): Hamju opened.\n- Sat: Anju opened.", date(2031, 12, 22))
    assert found == ["2031-12-18", "2031-12-20"]


def test_a_date_on_the_last_line_of_a_script_is_its_foot() -> None:
    text = ("[KBS 뉴스9] 북한 함주군에도 지방공장\n앵커: 북한이 함주군에서 준공식을 어제 "
            "열었습니다.\n기자: 도당 책임비서가 연설했습니다.\nKBS 뉴스 2031년 1월 9일\n")
    assert find_dateline(text) is None


def test_a_korean_day_range_and_a_day_of_the_same_month() -> None:
    text = ("2월 6일 함주군 착공식이 열렸다. 같은 달 28일에는 안주시 착공식이 열렸다. "
            "12월 9~11일 열린 전원회의는 결정했다.")
    assert resolve_all(text, date(2032, 1, 15)) == ["2031-02-06", "2031-02-28", "2031-12-11"]


def test_a_weekday_with_its_day_in_brackets() -> None:
    # Monday 27 January 2031 -> "Last Saturday (18th)" is the 18th, not the 25th.
    assert resolve_all("- Last Saturday (18th): Hamju.", date(2031, 1, 27)) == ["2031-01-18"]


def test_a_day_after_cutting_the_ribbon() -> None:
    text = "He opened factories in A on Friday, a day after cutting the ribbon in B."
    assert resolve_all(text, date(2031, 12, 21)) == ["2031-12-19", "2031-12-18"]


def test_same_day_without_its_article_in_a_note() -> None:
    text = "- Mon: Hamju opened. Same day Anju opened too."
    assert resolve_all(text, date(2031, 12, 21)) == ["2031-12-15", "2031-12-15"]


def test_a_weekday_right_before_a_written_date_is_that_date() -> None:
    resolver = DateResolver(date(2031, 3, 16))
    for text in ("happened Saturday, March 8 (it says)", "on Saturday (8 March)"):
        assert [d.value for d in resolver.find(text)] == [ResolvedDate(2031, 3, 8)]
    # Apart, each is its own date.
    text = "on Saturday, and again on March 8"
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2031, 3, 15),
        ResolvedDate(2031, 3, 8),
    ]


def test_day_month_year_and_month_day_year_numerals() -> None:
    resolver = DateResolver(date(2031, 3, 16))
    # Day first where a day above 12 says so, or where nothing tells.
    text = "| Hamju | 20-12-2030 |\n| Anju | 07-01-2031 |"
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2030, 12, 20),
        ResolvedDate(2031, 1, 7),
    ]
    assert [d.value for d in resolver.find("on 07.01.2031")] == [ResolvedDate(2031, 1, 7)]
    # Month first where the text writes a second number above 12.
    text = "on 12/20/2030 and 01/07/2031"
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2030, 12, 20),
        ResolvedDate(2031, 1, 7),
    ]
    # Not inside a version number or an ISO date.
    assert [d.value for d in resolver.find("v2.1.2031 and 2031-01-07")] == [
        ResolvedDate(2031, 1, 7)
    ]


def test_a_month_and_day_with_its_weekday_in_brackets() -> None:
    resolver = DateResolver(date(2031, 3, 16))  # a Sunday
    assert [d.value for d in resolver.find("- 3.4(화) 함주군")] == [ResolvedDate(2031, 3, 4)]
    assert [d.value for d in resolver.find("- 3.7 (Fri) Anju")] == [ResolvedDate(2031, 3, 7)]
    # A weekday that does not fit: a figure, not this year's day.
    assert resolver.find("3.4(목)") == []


def test_a_weekday_of_last_or_this_week() -> None:
    resolver = DateResolver(date(2031, 3, 12))  # a Wednesday
    text = "On Thursday last week he broke ground; on Monday of this week, another."
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2031, 3, 6),
        ResolvedDate(2031, 3, 10),
    ]


def test_a_numbered_line_after_a_year_is_not_a_numeric_date() -> None:
    resolver = DateResolver(date(2031, 12, 20))
    text = "would follow from 2032.\n2. 28 February: the ground-breaking"
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2032),
        ResolvedDate(2031, 2, 28),
    ]


def test_weekday_with_an_ordinal_the_same_weekday_and_bare_ordinals() -> None:
    resolver = DateResolver(date(2031, 12, 30))
    text = ("Mon 15th was the big day. On the same Monday others opened. Thu 18th: more. "
            "Koksan on the 20th, Kilju the 23rd and Kaephung the 26th - all of them. "
            "The 9th Party Congress.")
    assert [(text[d.start : d.end], d.value) for d in resolver.find(text)] == [
        ("Mon 15th", ResolvedDate(2031, 12, 15)),
        ("the same Monday", ResolvedDate(2031, 12, 15)),
        ("Thu 18th", ResolvedDate(2031, 12, 18)),
        ("on the 20th", ResolvedDate(2031, 12, 20)),
        ("the 23rd", ResolvedDate(2031, 12, 23)),
        ("the 26th", ResolvedDate(2031, 12, 26)),
    ]


def test_table_cells_written_day_first() -> None:
    resolver = DateResolver(date(2031, 3, 4))
    text = "| 06.02 | Hamju |\n| 26.02 | Anju |\n"
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2031, 2, 6),
        ResolvedDate(2031, 2, 26),
    ]
    # Month first when nothing says otherwise.
    assert [d.value for d in resolver.find("| 2.6 | Hamju |\n| 2.26 | Anju |\n")] == [
        ResolvedDate(2031, 2, 6),
        ResolvedDate(2031, 2, 26),
    ]


def test_by_a_korean_day_is_some_day_of_its_month_but_a_span_ends_on_its_day() -> None:
    resolver = DateResolver(date(2031, 3, 12))
    assert [d.value for d in resolver.find("지난 10일까지 이어졌다")] == [ResolvedDate(2031, 3)]
    assert [d.value for d in resolver.find("회의는 9일부터 11일까지 열렸다")][-1] == ResolvedDate(
        2031, 3, 11
    )


def test_a_table_row_is_no_dateline_and_an_updated_label_is() -> None:
    text = ("Tracker\nShared sheet export, updated 12 Feb 2031 (copy)\n| # | County | Opened |\n"
            "| 12 | Hamju | 29 Jan 2031 |\n")
    found = find_dateline(text)
    assert found is not None and found.date == date(2031, 2, 12)


def test_month_day_opening_a_table_line_without_outer_bars() -> None:
    resolver = DateResolver(date(2031, 2, 9))
    text = "일자 | 지역\n1.29 | 은율군\n2.3 | 강남군\n3.5 퍼센트 증가\n"
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2031, 1, 29),
        ResolvedDate(2031, 2, 3),
    ]


def test_last_year_of_an_earlier_stage_does_not_date_this_years_day() -> None:
    resolver = DateResolver(date(2031, 2, 12))
    text = "지난해 착공한 20개 시·군의 준공식이 1월 7일 재령군을 시작으로 이어졌다."
    assert [d.value for d in resolver.find(text)] == [ResolvedDate(2031, 1, 7)]
    looked_back = "작년 말 준공식을 가진 성천군(12월 20일)"
    assert [d.value for d in resolver.find(looked_back)][-1] == ResolvedDate(2030, 12, 20)


def test_the_same_year_as_the_date_written_before() -> None:
    resolver = DateResolver(date(2032, 1, 20))
    text = "정책은 2030년 1월 15일 시정연설로 공식화됐다. 첫 착공식은 같은 해 2월 28일 열렸다."
    assert [d.value for d in resolver.find(text)] == [
        ResolvedDate(2030, 1, 15),
        ResolvedDate(2030, 2, 28),
    ]


def test_day_and_month_with_a_slash_in_the_order_the_text_shows() -> None:
    ref = date(2031, 12, 21)
    assert resolve_all("Compiled 21/12/2031. Hamju 15/12. Also 3/12: Kumya.", ref) == [
        "2031-12-21", "2031-12-15", "2031-12-03",
    ]
    # Month first when a month-first date shows it; nothing when no date tells the order.
    assert resolve_all("Opened 12/15. Visited 12/3.", ref) == ["2031-12-15", "2031-12-03"]
    assert resolve_all("Opened 3/5, visited 4/6.", ref) == []
    # Shares are no dates.
    assert resolve_all("Done 21/12/2031: 19/20 sites, 13/20 counties.", ref) == ["2031-12-21"]


def test_a_date_in_a_bracketed_aside_is_not_what_the_same_day_counts_from() -> None:
    ref = date(2031, 12, 21)
    text = ("On Dec. 15 Hamju opened. (His remark was from the Dec. 3 tour, not from this "
            "speech.) The same day, Kumya opened.")
    assert resolve_all(text, ref) == ["2031-12-15", "2031-12-03", "2031-12-15"]
    # A date given in brackets is: "Anju (Dec. 18). The same day, Kumya."
    assert resolve_all("Anju (Dec. 18) opened. The same day, Kumya.", ref)[-1] == "2031-12-18"


def test_an_approximate_day_is_only_its_month() -> None:
    ref = date(2031, 3, 5)
    text = "c. 25–26/02 (no exact day published): A. On 27/02: B. Circa 3 March: C."
    assert resolve_all(text, ref) == ["2031-02", "2031-02-27", "2031-03"]


def test_days_of_the_month_in_words() -> None:
    ref = date(2031, 3, 5)
    text = "It began on the twenty-ninth of January; then January the third, the first of March."
    assert resolve_all(text, ref) == ["2031-01-29", "2031-01-03", "2031-03-01"]


def test_that_year_after_a_juche_year_is_the_year_written() -> None:
    ref = date(2031, 12, 31)
    text = "주체119(2030)년 1월 15일 연설을 하시였다. 그해 2월 28일 착공의 첫삽을 뜨시였다."
    assert resolve_all(text, ref) == ["2030-01-15", "2030-02-28"]


def test_later_does_not_count_from_a_look_back_in_the_past_perfect() -> None:
    ref = date(2031, 2, 12)
    text = ("On February 3, three ceremonies were held. The farm itself had reopened on "
            "February 1. Three days later, ground was broken in four more places.")
    assert resolve_all(text, ref) == ["2031-02-03", "2031-02-01", "2031-02-06"]


def test_the_same_day_after_a_dated_line_when_the_text_carries_its_own_date() -> None:
    ref = date(2032, 1, 3)
    text = ("[노트] 2032.01.03 (토) 작성\n■ 12/15(월) 함주군 공장 준공\n"
            "   - 같은 날 금야군 공장 준공\n")
    assert resolve_all(text, ref) == ["2032-01-03", "2031-12-15", "2031-12-15"]


def test_korean_days_counted_from_the_day_before() -> None:
    ref = date(2031, 1, 25)
    text = ("첫 준공식은 지난 7일 재령군이었습니다. 다음 날에는 숙천군, 이틀 뒤에는 은파군, 다시 "
            "이틀 뒤에는 경성군에서 준공식이 열렸습니다. 다음 날 28일 함주군.")
    assert resolve_all(text, ref) == [
        "2031-01-07", "2031-01-08", "2031-01-10", "2031-01-12", "2031-01-28",
    ]


def test_same_day_after_a_comma_in_a_list_line() -> None:
    ref = date(2032, 2, 8)
    text = "2. Kumya. On Tuesday the 3rd ground was broken.\n3. Anju, South Phyongan, same day."
    assert resolve_all(text, ref) == ["2032-02-03", "2032-02-03"]


def test_a_two_digit_year_after_an_apostrophe() -> None:
    ref = date(2032, 1, 15)
    assert resolve_all("| '31.12.15 | 함주군 | ’30.3.7 |", ref) == ["2031-12-15", "2030-03-07"]


def test_a_korean_note_with_a_year_and_a_month() -> None:
    ref = date(2032, 2, 10)
    text = "- 함주군: 착공 2030.3 (?) / 준공 2031.1.18 (?) / 정평군: 착공 2031.2 하순"
    assert resolve_all(text, ref) == ["2030-03", "2031-01-18", "2031-02"]


def test_a_month_day_with_a_dot_before_its_weekday() -> None:
    ref = date(2032, 1, 8)
    assert resolve_all("| 12.3.(수) | 평남 신양군 |\n| 12.13.(토) | 구성시 |", ref) == [
        "2031-12-03", "2031-12-13",
    ]


def test_day_month_year_with_a_two_digit_year_after_slashes() -> None:
    ref = date(2032, 2, 10)
    assert resolve_all("| 10/01/31 | opened | 16/01/31 | 08/07/30 | version 1.2.31 |", ref) == [
        "2031-01-10", "2031-01-16", "2030-07-08",
    ]


def test_weekday_with_a_bare_day_before_a_colon_comma_or_dash() -> None:
    resolver = DateResolver(date(2031, 12, 30))
    text = ("(Sat 13 - Wed 17)\n- Sat 13: Hamju.\n- Mon 15, Kilju.\n"
            "Sat 13:30 broadcast. Tue 23 sites opened.")
    assert [(text[d.start : d.end], d.value) for d in resolver.find(text)] == [
        ("Sat 13", ResolvedDate(2031, 12, 13)),
        ("Wed 17", ResolvedDate(2031, 12, 17)),
        ("Sat 13", ResolvedDate(2031, 12, 13)),
        ("Mon 15", ResolvedDate(2031, 12, 15)),
        ("Sat", ResolvedDate(2031, 12, 27)),
        ("Tue", ResolvedDate(2031, 12, 23)),
    ]


def test_two_days_named_together_date_to_the_month_unless_paired_off() -> None:
    resolver = DateResolver(date(2031, 3, 1))

    def told(text: str) -> list[tuple[str, str]]:
        return [(text[m.start : m.end], m.value.iso()) for m in resolver.find(text)]

    assert told("25일과 26일에는 A군과 B군에서") == [("25일과 26일", "2031-02")]
    assert told("on February 25 and 26 in A and B") == [("February 25 and 26", "2031-02")]
    assert told("A군과 B군에서 각각 25일과 26일에") == [
        ("25일", "2031-02-25"),
        ("26일", "2031-02-26"),
    ]
    assert told("A on the 25th and B on the 26th") == [
        ("on the 25th", "2031-02-25"),
        ("on the 26th", "2031-02-26"),
    ]
    assert told("25일 A군과 26일 B군") == [("25일", "2031-02-25"), ("26일", "2031-02-26")]


def test_a_numeric_dateline_before_a_bracketed_byline() -> None:
    found = find_dateline("한 해를 돌아보며\n조선신보 2031.12.31 【평양발 본사기자】\n본문.\n")
    assert found is not None and found.date == date(2031, 12, 31)
    assert found.outlet == "조선신보"
    # A note's list line with a bracketed remark is no dateline.
    note = ("메모\n\n- 함주군: 착공 2030.3 (?) / 준공 2031.1.18 (?)\n"
            "- 김형직군: 준공 2031.2.11 (×, 마지막) / 검열 2031.8.12부터 (도당 지시; 데일리NK)\n")
    assert find_dateline(note) is None


def test_spreadsheet_dates_with_the_months_short_name() -> None:
    resolver = DateResolver(date(2031, 2, 14))
    text = "| 28-Feb-30 | 20-Dec-30 | Mar-30 | 5-Mar-2030 | Feb-Mar-30 | Mar-30-B |"
    assert [(text[d.start : d.end], d.value) for d in resolver.find(text)] == [
        ("28-Feb-30", ResolvedDate(2030, 2, 28)),
        ("20-Dec-30", ResolvedDate(2030, 12, 20)),
        ("Mar-30", ResolvedDate(2030, 3)),
        ("5-Mar-2030", ResolvedDate(2030, 3, 5)),
        ("Feb", ResolvedDate(2031, 2)),
        ("Mar", ResolvedDate(2030, 3)),
        ("Mar", ResolvedDate(2030, 3)),
    ]


def test_two_weekday_days_with_a_slash_date_to_the_month() -> None:
    resolver = DateResolver(date(2031, 3, 3))
    text = "- Tue 25 / Wed 26: Hamju, Kumya. On February 3, and three days later, on February 6."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("Tue 25 / Wed 26", "2031-02"),
        ("February 3", "2031-02-03"),
        ("three days later", "2031-02-06"),
        ("February 6", "2031-02-06"),
    ]


def test_dotted_dates_with_a_two_digit_year_read_by_what_the_text_declares() -> None:
    resolver = DateResolver(date(2031, 2, 12))

    def told(text: str) -> list[tuple[str, str]]:
        return [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)]

    # Declared day first: a month alone is MM.YY.
    assert told("(all dates DD.MM.YY) | 03.30 | 07.01.31 |") == [
        ("03.30", "2030-03"),
        ("07.01.31", "2031-01-07"),
    ]
    # Undeclared: the reading that falls in the programme's years and not after the report.
    assert told("| 07.01.31 |") == [("07.01.31", "2031-01-07")]
    assert told("착공 31.01.07 준공") == [("31.01.07", "2031-01-07")]
    # Both readings possible: Korean notes put the year first, English sheets the day.
    assert told("착공 30.12.25") == [("30.12.25", "2030-12-25")]
    assert told("opened 30.12.25") == [("30.12.25", "2025-12-30")]
    assert told("version 3.11.7 released") == []


def test_a_log_line_that_opens_with_a_year_and_a_month() -> None:
    resolver = DateResolver(date(2031, 12, 5))
    text = "2030/10 - Hamju County - tours\n- 2030-11: Kumya\nthe 2030/31 season's 1/10"
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2030/10", "2030-10"),
        ("2030-11", "2030-11"),
    ]


def test_bracketed_ordinals_after_places_under_a_month() -> None:
    resolver = DateResolver(date(2031, 3, 10))
    text = "- January: Hamju (18th), Kumya (20th).\n- February: Kilju (1st) and Orang (3rd)."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("January", "2031-01"),
        ("(18th)", "2031-01-18"),
        ("(20th)", "2031-01-20"),
        ("February", "2031-02"),
        ("(1st)", "2031-02-01"),
        ("(3rd)", "2031-02-03"),
    ]


def test_a_weekday_with_the_ordinal_after_it() -> None:
    resolver = DateResolver(date(2031, 3, 3))
    text = "- Sunday the 9th: Hamju. Then Monday the 9th, which it was not."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("Sunday the 9th", "2031-02-09"),
        ("Monday", "2031-02-24"),
        ("the 9th", "2031-02-09"),
    ]


def test_a_weekday_before_a_dotted_day_and_month_and_a_month_dot_year() -> None:
    resolver = DateResolver(date(2031, 2, 12))
    text = "| Tue 07.01. | Y | Kujang, 10.2030; Hamju, 19.11.2030. It grew 1.2031 percent."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("Tue 07.01.", "2031-01-07"),
        ("10.2030", "2030-10"),
        ("19.11.2030", "2030-11-19"),
    ]


def test_a_chronicle_keeps_its_running_year() -> None:
    resolver = DateResolver(date(2032, 2, 10))

    def told(text: str) -> list[tuple[str, str]]:
        return [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)]

    chronicle = ("주체119(2030)년 1월 15일 시정연설. 8월 31일 협의회. 10월에는 구장군. "
                 "12월 20일 성천군. 주체120(2031)년 1월 7일 재령군. 12월 13일에는 구성시, "
                 "15일에는 강동군.")
    assert told(chronicle) == [
        ("주체119(2030)년 1월 15일", "2030-01-15"),
        ("8월 31일", "2030-08-31"),
        ("10월", "2030-10"),
        ("12월 20일", "2030-12-20"),
        ("주체120(2031)년 1월 7일", "2031-01-07"),
        ("12월 13일", "2031-12-13"),
        ("15일", "2031-12-15"),
    ]
    # A year that opens a sentence starts a new one; one in passing does not.
    opened = told("2030년 1월 15일 연설. 2031년에는 병원이 섰고, 12월 9일부터 11일까지 회의.")
    assert opened[-1] == ("12월 9일부터 11일까지", "2031-12-11")
    # One year written out is no chronicle: the rest is read from the report's date.
    assert told("2030년 1월 15일 연설 이후 8월 31일 협의회.") == [
        ("2030년 1월 15일", "2030-01-15"),
        ("8월 31일", "2031-08-31"),
    ]


def test_slashed_days_in_the_order_the_text_declares() -> None:
    resolver = DateResolver(date(2032, 2, 8))

    def told(text: str) -> list[tuple[str, str]]:
        return [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)]

    assert told("Dates are day/month/year.\n- 03/02: Hamju") == [("03/02", "2032-02-03")]
    assert told("Dates are MM/DD.\n- 03/02: Hamju") == [("03/02", "2031-03-02")]
    assert told("- 03/02: Hamju") == []


def test_seoul_style_dates_in_korean_copy() -> None:
    resolver = DateResolver(date(2031, 12, 31))
    text = ("2030. 12. 하순 열린 회의. 2031. 2. 6. 함주군병원, 12. 13. 금야군병원. "
            "2031. 12. 9.~11. 열린 회의. 1.22.~1.23. 새 항목 없음.")
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2030. 12. 하순", "2030-12"),
        ("2031. 2. 6", "2031-02-06"),
        ("12. 13.", "2031-12-13"),
        ("2031. 12. 9.~11.", "2031-12-11"),
    ]


def test_korean_weeks_before_a_weekday() -> None:
    resolver = DateResolver(date(2031, 12, 26))  # a Friday
    text = "지난주 월요일에 함주군. 그 주 목요일에 금야군. 이번 주 화요일에도 있었다."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("지난주 월요일", "2031-12-15"),
        ("그 주 목요일", "2031-12-18"),
        ("이번 주 화요일", "2031-12-23"),
    ]


def test_a_weekday_and_day_of_an_earlier_month() -> None:
    resolver = DateResolver(date(2032, 1, 19))
    text = "DECEMBER 2031\nWed 3 — a visit.\nSat 13 — an opening.\nMon 12 — another."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("DECEMBER 2031", "2031-12"),
        ("Wed 3", "2031-12-03"),
        ("Sat 13", "2031-12-13"),
        ("Mon 12", "2032-01-12"),
    ]


def test_days_under_a_year_heading_take_its_year() -> None:
    resolver = DateResolver(date(2032, 2, 2))
    text = "2031\n- 15 Dec — Hamju.\n\n2030\n- 20 Dec — Kilju.\n- 19 Nov — Kilju.\n\nOrang, 16 Dec."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2031", "2031"),
        ("15 Dec", "2031-12-15"),
        ("2030", "2030"),
        ("20 Dec", "2030-12-20"),
        ("19 Nov", "2030-11-19"),
        ("16 Dec", "2031-12-16"),
    ]


def test_days_under_a_marked_korean_year_heading_take_its_year() -> None:
    resolver = DateResolver(date(2032, 1, 5))
    text = ("■ 2030년\n- 2.28 성천군 착공식\n\n■ 2031년\n- 1.7 재령군 준공식\n\n"
            "[2030]\n- 12.20 성천군")
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2030년", "2030"),
        ("2.28", "2030-02-28"),
        ("2031년", "2031"),
        ("1.7", "2031-01-07"),
        ("2030", "2030"),
        ("12.20", "2030-12-20"),
    ]


def test_a_declared_day_first_order_reads_dotted_days_with_their_weekday() -> None:
    # 12 January and 1 December 2030 are both Sundays: only the declared order tells.
    resolver = DateResolver(date(2031, 1, 21))
    text = "Format: dd.mm (day) — county — what.\n- 08.01 (Wed) — A\n- 12.01 (Sun) — B\n"
    assert [d.value.iso() for d in resolver.find(text)] == ["2031-01-08", "2031-01-12"]


def test_the_same_day_after_a_long_past_perfect_look_back_is_the_main_day() -> None:
    resolver = DateResolver(date(2031, 12, 16))
    text = ("Factories were inaugurated on December 15 in Sinyang County. The factories had been "
            "looked round by the respected Comrade Kim Jong Un on December 3 before their "
            "completion. The same day Kim Jong Un attended the inauguration in Kangdong County.")
    assert [d.value.iso() for d in resolver.find(text)] == [
        "2031-12-15", "2031-12-03", "2031-12-15"
    ]


def test_a_short_year_and_month_alone_in_a_table_cell() -> None:
    resolver = DateResolver(date(2031, 2, 20))
    text = "| 2 | 재령군 | 황남 | '30.3 | '31.1.7 | ● |"
    assert [d.value.iso() for d in resolver.find(text)] == ["2030-03", "2031-01-07"]


def test_list_lines_that_open_with_a_month_and_day_and_a_dot() -> None:
    resolver = DateResolver(date(2031, 3, 10))
    text = "- 2.6. 평양 강동군: 병원 착공.\n- 2.26. 황북 황주군: 착공\n- 1.7 재령군"
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2.6", "2031-02-06"),
        ("2.26", "2031-02-26"),
        ("1.7", "2031-01-07"),
    ]


def test_a_year_named_for_comparison_starts_no_running_year() -> None:
    resolver = DateResolver(date(2031, 3, 10))
    text = ("북한은 2031년 2월 한 달 동안 착공식을 열었다. 2030년과 달리 병원이 포함됐다. "
            "김 위원장은 2월 6일 참석했다.")
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)][-1] == (
        "2월 6일",
        "2031-02-06",
    )


def test_a_month_and_day_with_a_two_digit_year_after_an_apostrophe() -> None:
    resolver = DateResolver(date(2032, 2, 9))
    text = "| Feb 6 '31 | Y | Nov 19 '31 | Y |\nJan 29 '32. Feb 6, '31."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("Feb 6 '31", "2031-02-06"),
        ("Nov 19 '31", "2031-11-19"),
        ("Jan 29 '32", "2032-01-29"),
        ("Feb 6, '31", "2031-02-06"),
    ]


def test_a_weekday_before_a_slashed_date_takes_the_order_that_falls_on_it() -> None:
    # 16 December 2032 is a Thursday, 14 December a Tuesday: each in its own order.
    resolver = DateResolver(date(2032, 12, 31))
    text = "| Thu 16/12 | Kangdong |\n| Tue 12/14 | Sinyang |"
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("Thu 16/12", "2032-12-16"),
        ("Tue 12/14", "2032-12-14"),
    ]


def test_the_start_of_a_period_in_a_headline_is_no_dateline() -> None:
    text = ("북한 지방발전 주간 동향 (2032년 1월 20일~26일)\n"
            "연구소 주간 브리프 제2032-4호 | 2032년 1월 27일(화)\n\n본문.")
    found = find_dateline(text)
    assert found is not None and found.date == date(2032, 1, 27)
    weekly = find_dateline("Weekly (Jan. 20 - 26, 2032)\nNewsletter | January 27, 2032\n\nB.")
    assert weekly is not None and weekly.date == date(2032, 1, 27)


def test_days_and_weeks_ago_name_that_day() -> None:
    resolver = DateResolver(date(2032, 12, 22))
    text = "It opened exactly a week ago today; the other one three days ago."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("a week ago today", "2032-12-15"),
        ("three days ago", "2032-12-19"),
    ]


def test_the_same_day_is_not_the_day_a_process_started_from() -> None:
    resolver = DateResolver(date(2032, 12, 17))
    text = ("랑림군에서 15일 준공식이 진행되였다. 부령군의 공장들에서는 16일부터 생산이 "
            "시작되였다. 같은 날 신양군에서도 공장들이 준공되였다.")
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("15일", "2032-12-15"),
        ("16일", "2032-12-16"),
        ("같은 날", "2032-12-15"),
    ]


def test_a_bracketed_dotted_date_ending_the_outlet_line_is_the_dateline() -> None:
    text = ("북한 지방발전 정책 2년 평가(요약)\n"
            "연구원 이슈브리프 제2033-04호 (2033. 2. 2.)\n1. 경과\n"
            "김정은은 2031년 1월 15일 최고인민회의 시정연설에서 정책을 제시했다.\n")
    found = find_dateline(text)
    assert found is not None and found.date == date(2033, 2, 2)
    # A sentence that opens with its subject is no outlet line.
    assert find_dateline("제목\n\n김정은은 2031년 1월 15일 시정연설에서 정책을 제시했다.\n") is None


def test_the_same_year_after_the_year_that_followed() -> None:
    resolver = DateResolver(date(2033, 2, 2))
    text = ("김정은은 2031년 1월 15일 정책을 제시했다. 같은 해 2월 28일 첫 삽을 떴다. "
            "이듬해 2월 6일 병원 착공식에 참석했다. 병원은 같은 해 11월 19일 준공됐다.")
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2031년 1월 15일", "2031-01-15"),
        ("2월 28일", "2031-02-28"),
        ("2월 6일", "2032-02-06"),
        ("11월 19일", "2032-11-19"),
    ]


def test_a_past_month_and_day_is_the_last_one_before_the_report_in_a_chronicle() -> None:
    resolver = DateResolver(date(2033, 2, 17))
    text = ("북한은 2032년 1월 정책을 제시했다.\n"
            "지난 2월 11일 김형직군을 마지막으로 준공식이 모두 끝남.\n재령군: 2033년 1월 7일 준공.")
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)][1] == (
        "2월 11일",
        "2033-02-11",
    )


def test_year_first_dotted_dates_with_a_one_digit_day_and_a_part_of_a_month() -> None:
    resolver = DateResolver(date(2033, 3, 25))
    text = "| 2 | 재령군 | 32.3. 상순 | 33.1.7. | ○ |\n| 3 | 숙천군 | 32.3. 상순 | 33.1.10. | × |"
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("32.3. 상순", "2032-03"),
        ("33.1.7", "2033-01-07"),
        ("32.3. 상순", "2032-03"),
        ("33.1.10", "2033-01-10"),
    ]
    # A section or version number is no date.
    assert resolver.find("section 2.1.3 of version 1.2.3") == []


def test_the_last_week_of_a_month_is_that_month() -> None:
    resolver = DateResolver(date(2033, 3, 14))
    text = "Koksan broke ground in the last week of February. Kosan opened last week."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("February", "2033-02"),
        ("last week", "2033-03"),
    ]


def test_a_day_after_a_similar_ceremony_dates_that_ceremony_the_day_before() -> None:
    resolver = DateResolver(date(2033, 1, 31))
    text = "Factories opened in Kusong on Thursday, a day after a similar ceremony in Kosan."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("Thursday", "2033-01-27"),
        ("a day after", "2033-01-26"),
    ]


def test_a_declared_year_for_days_written_without_one() -> None:
    text = ("The pilot hospitals: a dated chronology\n"
            "Research note No. 34-02 | Centre for Korean Peninsula Health Studies | "
            "8 January 2034\n\n"
            "Purpose. Dates are in 2033 unless a year is given.\n\n"
            "31 Aug 2032 — The policy is widened.\n\nLate Dec 2032 — A plenary meets.\n\n"
            "6 Feb — Ground is broken in Kangdong.\n\n12 Sep — Kim inspects Ryonggang.\n")
    found = find_dateline(text)
    assert found is not None and found.date == date(2034, 1, 8)
    resolver = DateResolver(found.date)
    values = {d.surface: d.value.iso() for d in resolver.find(text, found.end)}
    assert values["6 Feb"] == "2033-02-06"
    assert values["12 Sep"] == "2033-09-12"
    assert DateResolver(date(2033, 2, 2)).find("연도 표시가 없는 날짜는 2032년이다. 5월 3일 착공.")[
        -1
    ].value.iso() == "2032-05-03"


def test_a_sentence_ending_inside_a_line_makes_it_prose_not_an_outlet() -> None:
    text = ("How hospitals entered the policy\nSummary. It began as a factory programme.\n"
            "1. A factory programme (2031). Kim Jong Un's policy speech of 15 January 2031 spoke "
            "only of factories.\n")
    assert find_dateline(text) is None


def test_a_weekday_with_its_day_in_words() -> None:
    # 22 January 2033 is a Saturday: Sunday the ninth is 9 January, Tuesday the eleventh the
    # 11th, and "on the Monday, the third," 3 January.
    resolver = DateResolver(date(2033, 1, 22))
    values = {
        d.surface: d.value.iso()
        for d in resolver.find(
            "Sunday the ninth, Onchon. Then Tuesday the eleventh — Unchon. "
            "And on the Monday, the third, Kumya. On Thursday, the first factories opened."
        )
    }
    assert values["Sunday the ninth"] == "2033-01-09"
    assert values["Tuesday the eleventh"] == "2033-01-11"
    assert values["Monday, the third"] == "2033-01-03"
    # ("the first factories": an ordinal before a noun is no day)
    assert values["Thursday"] == "2033-01-20"


def test_a_korean_week_later_and_later_in_the_same_month() -> None:
    ref = date(2033, 2, 2)
    text = ("김정은은 6월 2일 강동군병원 건설장을, 일주일 뒤에는 구성시 병원 건설장을 찾았다. "
            "구성시 병원은 같은 달 하순 착공했다.")
    assert resolve_all(text, ref) == ["2032-06-02", "2032-06-09", "2032-06"]


def test_dotted_days_in_the_order_the_text_declares() -> None:
    ref = date(2033, 12, 22)
    text = ("Dates below are day.month, all 2033 unless marked.\n"
            "15.12 — two openings. 3.12: a visit. It was finished on 28.12.2032. "
            "Output rose 3.5 per cent.")
    assert resolve_all(text, ref) == ["2033-12-15", "2033-12-03", "2032-12-28"]
    # Without the declaration a dotted pair is no date.
    assert resolve_all("15.12 — two openings.", ref) == []


def test_korean_then_points_back_to_the_date_just_said() -> None:
    ref = date(2033, 11, 20)
    # ("원수님께서는 그때 제시하신 과업": "then" inside a clause is not read as a date)
    text = ("어제, 19일이죠. 착공은 올해 2월 6일입니다. 그때도 김 위원장이 참석했고요. "
            "원수님께서는 그때 제시하신 과업을 말씀하시였다.")
    assert resolve_all(text, ref) == ["2033-11-19", "2033-11-19", "2033-02-06", "2033-02-06"]


def test_a_report_line_with_its_outlet_a_bar_and_a_seoul_style_date() -> None:
    text = ("[부록 표 3] 준공 현황\n"
            "한반도경제연구원 『정책 1년 평가』 부록 | 2034. 3. 10.\n\n"
            "※ 일자 표기: '33.12.20.(화) = 2033년 12월 20일 화요일.\n")
    found = find_dateline(text)
    assert found is not None and found.date == date(2034, 3, 10)


def test_a_korean_month_with_a_two_digit_year_after_an_apostrophe() -> None:
    assert resolve_all("19개 시·군은 '32년 3월 상순에 착공했다.", date(2033, 3, 10)) == ["2032-03"]


def test_a_month_and_its_year_with_a_slash() -> None:
    text = ("Dates are month/day/year. 10/2032 — Kim inspects sites. 2/6/2033 — ground broken. "
            "Late 2/2033 — more sites. 3/20 sites done.")
    assert resolve_all(text, date(2033, 3, 3)) == ["2032-10", "2033-02-06", "2033-02"]


def test_a_month_said_on_its_own_dates_the_ordinal_day_after_it() -> None:
    text = ("GUEST: Jangyon on the 18th, where he cut the ribbon.\n\n"
            "GUEST: February. On the 6th he broke ground at Kangdong.")
    assert resolve_all(text, date(2034, 1, 5)) == ["2033-12-18", "2033-02", "2033-02-06"]


def test_a_month_with_a_two_digit_year_after_an_apostrophe() -> None:
    assert resolve_all("Oct. '32 (day not given) — Kujang-gun.", date(2034, 1, 2)) == ["2032-10"]



def test_bare_days_running_on_from_a_month_and_day_in_one_sentence_keep_its_month() -> None:
    text = ("올해 들어 1월 7일 재령군에서 준공식이 진행된것을 시작으로 8일 숙천군, 10일 은파군, "
            "2월 1일 장풍군, 3일 금야군에서 각각 준공식이 있었다. "
            "지난해 12월 20일 성천군에서 처음 진행되였고 11일 김형직군에서 끝났다.")
    assert resolve_all(text, date(2033, 2, 12)) == [
        "2033-01-07", "2033-01-08", "2033-01-10", "2033-02-01", "2033-02-03",
        "2032-12-20", "2033-02-11"]


def test_the_previous_day_counts_from_the_main_day_not_a_look_back_in_a_where_clause() -> None:
    text = ("Ceremonies took place on March 1 in Jangyon County. They noted that in Kangdong, "
            "where the leader broke ground on February 6, work had begun as well. Ground was "
            "broken in Kilju the previous day.")
    assert resolve_all(text, date(2033, 3, 2)) == ["2033-03-01", "2033-02-06", "2033-02-28"]


def test_korean_list_items_opening_with_a_dotted_month_and_day_take_the_declared_year() -> None:
    text = ("별도 표기가 없는 날짜는 2032년입니다.\n"
            "▶ 2.28. 성천군에서 첫 착공식\n"
            "▶ 11.19. 성천군 건설장 재방문\n"
            "▶ 2033.1.7. 재령군 준공\n"
            "성장률은 3.5. 정도로 추정")
    assert resolve_all(text, date(2033, 1, 9)) == [
        "2032", "2032-02-28", "2032-11-19", "2033-01-07"]


def test_the_day_before_does_not_count_from_a_look_back_told_in_the_past_perfect_after_it() -> None:
    text = ("The hospital opened on December 29. He recalled that on September 12 the leader "
            "had looked round the site. The day before, he attended the opening of the mill.")
    assert resolve_all(text, date(2033, 12, 30)) == ["2033-12-29", "2033-09-12", "2033-12-28"]


def test_a_weekday_in_brackets_after_a_slashed_date_is_that_dates_weekday() -> None:
    text = "Dates are given as MM/DD (day). - 09/12 (Mon) — Yonggang. - 12/13 (Tue), Guseong."
    assert resolve_all(text, date(2034, 1, 2)) == ["2033-09-12", "2033-12-13"]


def test_earlier_in_the_week_in_a_saturday_issue_is_the_month_of_the_days_before() -> None:
    # (Saturday 1 March: Monday 24 to Friday 28 February.)
    assert resolve_all("Earlier in the week, work started in A.", date(2025, 3, 1)) == ["2025-02"]
    assert resolve_all(
        "Openings were reported earlier in the week in A, on Monday.", date(2025, 2, 8)
    ) == ["2025-02-03"]


def test_in_the_same_week_is_the_month_of_the_day_before() -> None:
    text = ("Hwangju followed on 26 February with factories. In the same week KCNA reported "
            "ground-breakings in Sinyang. Later that week, more.")
    assert resolve_all(text, date(2033, 3, 3)) == ["2033-02-26", "2033-02", "2033-02"]


def test_a_month_with_an_apostrophe_year_and_its_closing_dot() -> None:
    text = "| 2 | 평북 | 구성시 | '32.3. | × | '33.1.30. | × |"
    assert resolve_all(text, date(2033, 9, 10)) == ["2032-03", "2033-01-30"]


def test_the_same_day_does_not_count_from_a_look_back_with_its_object_before_the_date() -> None:
    text = ("On December 10, the Kusong hospital was inaugurated. On Monday, Kim was present "
            "at the opening in Kangdong. He had opened the county hospital there on November 19. "
            "On the same day, factories opened in Rangrim.")
    assert resolve_all(text, date(2033, 12, 17)) == [
        "2033-12-10", "2033-12-12", "2033-11-19", "2033-12-12"]


def test_a_day_of_the_month_in_words_where_a_spoken_phrase_ends() -> None:
    text = ("GUEST: On the sixteenth you had Hwangju. Kilju's factories on the twenty-third, "
            "Ri again. He visited on the third and complained. The third county opened too.")
    assert resolve_all(text, date(2034, 1, 2)) == ["2033-12-16", "2033-12-23", "2033-12-03"]


def test_a_spoken_day_in_words_after_then_a_slip_or_a_speakers_label() -> None:
    text = ("GUEST: Then the eighteenth: Jangyon.\nGUEST: The nineteenth, Sinpho City. Then Koksan "
            "on the twenty-first, sorry, the twentieth, a Saturday.")
    found = resolve_all(text, date(2034, 1, 5))
    assert found[:2] == ["2033-12-18", "2033-12-19"] and "2033-12-20" in found


def test_a_korean_part_of_a_month_said_without_the_month_is_of_the_month_before() -> None:
    text = "26일 황주군에서는 건설이 시작되였다. 하순에는 신양군, 곡산군에서 건설이 시작되였다."
    assert resolve_all(text, date(2033, 3, 4)) == ["2033-02-26", "2033-02"]
    assert resolve_all("착공: 2024. 12. 하순", date(2033, 3, 4)) == ["2024-12"]


def test_a_month_narrowed_to_its_day_right_after_it() -> None:
    text = "Before that he opened Songchon in December, on the 20th, the first of the cohort."
    assert resolve_all(text, date(2034, 2, 2)) == ["2033-12-20"]


def test_a_weekday_before_a_yearless_date_picks_the_year_it_falls_in() -> None:
    text = "Thu 6 February — Kim breaks ground. Sun 9 February — Ryonggang."
    # (Reported on 10 February 2026: the 6th of February 2026 is a Friday, in 2025 a Thursday.)
    assert resolve_all(text, date(2026, 2, 10)) == ["2025-02-06", "2025-02-09"]
    assert resolve_all("Fri 6 February — Kim breaks ground.", date(2026, 2, 10)) == [
        "2026-02-06"]


def test_an_ordinal_day_of_this_or_last_month() -> None:
    assert resolve_all("On the 13th of this month I was in Kusong.", date(2033, 12, 30)) == [
        "2033-12-13"]
    text = "The hospital had opened on the 19th of last month."
    assert resolve_all(text, date(2033, 12, 30)) == ["2033-11-19"]


def test_a_chronicle_line_labelled_by_the_day_of_a_report_of_ceremonies() -> None:
    ref = date(2033, 9, 3)
    text = ("Chronology\n• 7 March – KCNA reports ground-breakings at six further sites.\n"
            "• 8 July – KCNA reports that exterior work is nearly finished.\n")
    # (the ceremonies were held in the month of the report; progress is seen on its day)
    assert resolve_all(text, ref) == ["2033-03", "2033-07-08"]
    text = "07/03/2033 — KCNA reports that ground-breaking ceremonies were held this month."
    assert resolve_all(text, ref) == ["2033-03", "2033-03"]


def test_a_korean_outline_item_labelled_by_the_day_of_a_report_and_its_count_of_sites() -> None:
    ref = date(2033, 3, 20)
    # (the ceremonies were held before the report, in its month; a day of its own stays one)
    text = ("가. 3월 11일 보도(13곳): 벽성군, 은률군\n"
            "(나) 3.7.(월) 보도분, 6곳: 온성군, 연산군.\n"
            "- 3.14(월) 보도 2곳: 룡천군, 철산군\n"
            "다. 3월 15일 온성군 착공식\n")
    assert resolve_all(text, ref) == ["2033-03", "2033-03", "2033-03", "2033-03-15"]
    # (numbered, its count after a dash, over the line of its places)
    text = "2) 3월 7일(월) 보도분 — 6개 시·군\n3) 3월 11일(금) 보도분 — 13곳\n"
    assert resolve_all(text, ref) == ["2033-03", "2033-03"]
    # (its outlet named, its count after the colon)
    text = ("- 3월 7일 조선중앙통신 보도: 6곳 착공. 온성군, 연산군.\n"
            "- 3월 11일 보도: 13곳 추가 착공.\n")
    assert resolve_all(text, ref) == ["2033-03", "2033-03"]


def test_the_day_of_a_report_in_brackets_after_the_outlet() -> None:
    # (the report's day, read for its ceremonies' month; a bare day stays a day)
    text = ("Mar — KCNA (7 Mar) reports ground broken at six sites: Onsong, Yonsan.\n"
            "9 Mar — KCNA (10 Mar): Pyoksong opened.\n")
    assert resolve_all(text, date(2033, 4, 20)) == ["2033-03", "2033-03", "2033-03-09",
                                                     "2033-03-10"]


def test_a_threads_post_numbers_are_no_dates() -> None:
    ref = date(2033, 11, 20)
    text = ("1/5 북한 첫 지방 병원이 문을 열었습니다. 어제(19일) 준공식.\n\n"
            "2/5 정정: 1/5에 쓴 '강동구'는 '강동군'입니다.\n\n"
            "3/5 타임라인\n- 2/6 착공식\n- 6/2 현장 방문\n\n"
            "4/5 나머지는 연내 준공 예정.\n")
    assert resolve_all(text, ref) == ["2033-11-19", "2033-11-19", "2033-02-06", "2033-06-02"]


def test_a_time_after_a_day_is_no_year() -> None:
    assert resolve_all("[KCNA-E 16 Dec 0105] Onsong: factories inaugurated 15 Dec.",
                       date(2033, 12, 17)) == ["2033-12-16", "2033-12-15"]


def test_a_subtitle_cue_line_is_no_dateline() -> None:
    text = ("[자막] 북한 '20×10' 2년 결산 | 채널 '북녘살림연구소'\n"
            "게시일 2033. 2. 8. · 조회수 1.2만회\n\n"
            "00:00 안녕하세요. 오늘은 정책 2년을 한 번에 정리해 볼게요.\n"
            "00:12 시작은 2031년 1월 15일이에요. 김정은이 시정연설에서 발표했습니다.\n"
            "00:31 첫 삽은 그해 2월 28일 함경북도 온성군. 김정은이 직접 삽을 떴죠.\n")
    assert reference_date(text, date(2033, 2, 8))[0] == date(2033, 2, 8)


def test_an_exports_year_month_cell_with_a_note_that_its_day_is_not_known() -> None:
    text = "4,2033-02(일 미상),신양군,평남,공장,?,\n5,2033-02 (day unknown),Koksan,?\n"
    assert resolve_all(text, date(2033, 3, 4)) == ["2033-02", "2033-02"]


def test_a_chronicle_line_whose_day_is_marked_as_the_reports() -> None:
    # (ceremonies: their month; progress is seen on the day of its report)
    text = ("• 7 Mar (report) — KCNA: ground broken at six further sites.\n"
            "• 8 Jul (report) — KCNA: external work nearly finished at Onsong.\n")
    assert resolve_all(text, date(2033, 9, 3)) == ["2033-03", "2033-07-08"]


def test_the_day_before_that_counts_from_the_day_just_told_in_korean() -> None:
    text = ("지난 토요일, 25일에 자강도 우시군에서 준공식이 열렸습니다. 그 전날에는 구장군에서도 "
            "준공식이 있었다고요?")
    assert resolve_all(text, date(2033, 1, 27))[-1] == "2033-01-24"


def test_a_sheet_that_declares_its_dates_day_first_in_lower_case() -> None:
    # (a Korean word near the top would otherwise make "24.01.31" read year first, the 31st
    # of January 2024)
    text = ("Scope: inauguration (준공식) of the factories. Dates are ceremony dates in "
            "dd.mm.yy.\n| 10 | Kujang | 24.01.31 | N |\n")
    assert resolve_all(text, date(2031, 2, 14)) == ["2031-01-24"]


def test_the_day_a_report_of_ceremonies_came_out_is_their_month() -> None:
    ref = date(2033, 7, 15)
    text = "KCNA reported six ground-breakings on 7 March, among them Kusong."
    assert resolve_all(text, ref) == ["2033-03"]
    # (not a day counted from another: "reported openings on the same day")
    text = "Kim attended on 18 March. State media also reported openings on the same day."
    assert resolve_all(text, ref) == ["2033-03-18", "2033-03-18"]


def test_by_a_day_is_its_month_unless_the_day_is_told() -> None:
    ref = date(2033, 3, 12)
    assert resolve_all("All thirteen were held by 10 Mar.", ref) == ["2033-03"]
    text = "Nineteen had been inaugurated by Feb. 9, when Ichon County opened its factories."
    assert resolve_all(text, ref) == ["2033-02-09"]


def test_a_week_later_counts_from_the_last_day_said() -> None:
    ref = date(2033, 12, 30)
    text = "Kim was in Kangdong on 2 June. A week later he went to Kusong."
    assert resolve_all(text, ref) == ["2033-06-02", "2033-06-09"]
    # (rounded counts of weeks are no day)
    text = "Kim was in Kangdong on 2 June and in Kusong six weeks after that."
    assert resolve_all(text, ref) == ["2033-06-02"]
    # (nor is a week after a month said since the last day)
    text = "It opened on November 19. He had been there in early June, and a week after that."
    assert resolve_all(text, ref) == ["2033-11-19", "2033-06"]


def test_a_day_of_this_or_last_month_in_words_and_a_span_of_such_days() -> None:
    ref = date(2033, 12, 14)
    assert resolve_all("The plant opened on the ninth of this month.", ref) == ["2033-12-09"]
    assert resolve_all("It had opened on the twenty-first of last month.", ref) == [
        "2033-11-21"]
    # (a meeting's few days take the closing day; a longer round of ceremonies its month)
    text = "The plenary met from the ninth to the eleventh of this month."
    assert resolve_all(text, ref) == ["2033-12-11"]
    assert resolve_all("Held from the first to the twelfth of this month.", ref) == ["2033-12"]


def test_a_year_declared_for_dates_written_without_one_in_korean() -> None:
    # (Read in January 2034, the 28th of February without a year would be 2033's.)
    text = "별도 표기가 없는 날짜는 2032년입니다.\n▶ 2.28. 성천군에서 첫 착공식"
    assert resolve_all(text, date(2034, 1, 9)) == ["2032", "2032-02-28"]


def test_a_numeric_day_range_with_a_tilde_takes_its_closing_day() -> None:
    # (a meeting over several days: "12.9~11", "2032.12.9~11", "'32.12.9~11")
    text = "12.9~11 당 중앙위원회 전원회의에서 결정."
    assert resolve_all(text, date(2033, 1, 10)) == ["2032-12-11"]
    assert resolve_all("2032.12.9~11 전원회의.", date(2033, 1, 10)) == ["2032-12-11"]
    assert resolve_all("'32.12.9~11 전원회의.", date(2033, 1, 10)) == ["2032-12-11"]
    # (not a later day: "12.19~1" is no range of December)
    assert resolve_all("2032.12.19~1 전원회의.", date(2033, 1, 10)) == ["2032-12-19"]


def test_a_tilde_range_with_its_closing_month() -> None:
    ref = date(2033, 2, 20)
    # (a meeting's few days written with the month again: its closing day)
    assert resolve_all("2032.12.9~12.11 전원회의.", ref) == ["2032-12-11"]
    assert resolve_all("2033.1.30~2.1 회의.", ref) == ["2033-02-01"]
    # (weeks that run into the next month date no one ceremony: the year alone)
    assert resolve_all("2033.01.08~02.09  숙천·은파 순차 준공", ref) == ["2033"]
    # (a week within one month is two dates, as it was: a weekly report's span)
    assert resolve_all("주간 동향 (2033.1.13~1.19)", ref) == ["2033-01-13", "2033-01-19"]


def test_an_export_item_counts_its_days_from_its_own_dateline() -> None:
    text = ("exported: 2033-12-17\n\n[2] Pyongyang, December 16 (KCNA) -- Ceremonies took "
            "place yesterday in Sinyang County.\n")
    assert "2033-12-15" in resolve_all(text, date(2033, 12, 17))


def test_a_chronicle_under_month_headings_keeps_their_year() -> None:
    text = (
        "■ 2032년 1월\n- 15일 시정연설.\n\n■ 2월\n- 28일 첫 착공식.\n\n"
        "■ 12월\n- 20일 준공식.\n\n■ 1월\n- 7일 준공식.\n"
    )
    assert resolve_all(text, date(2033, 3, 5)) == [
        "2032-01", "2032-01-15", "2032-02", "2032-02-28", "2032-12", "2032-12-20",
        "2033-01", "2033-01-07",
    ]


def test_a_bare_ordinal_day_after_a_label_s_colon() -> None:
    ref = date(2033, 1, 22)
    assert resolve_all("- Jaeryong: the 7th, Kim present.", ref) == ["2033-01-07"]
    # (not a count or an ordinal of something else: "the 9th Party Congress")
    assert resolve_all("Agenda: the 9th Party Congress.", ref) == []


def test_a_korean_span_of_months_is_no_one_month() -> None:
    ref = date(2033, 2, 14)
    assert resolve_all("운산군도 1~2월 사이에 준공식을 가졌으나", ref) == ["2033"]
    # (a span of days within a month keeps its closing day; a month alone is its month)
    assert resolve_all("12월 9~11일 전원회의", ref) == ["2032-12-11"]
    assert resolve_all("2월 말 착공", ref) == ["2033-02"]


def test_an_english_numeric_or_ordinal_day_range_takes_its_closing_day() -> None:
    ref = date(2033, 12, 20)
    assert resolve_all("| 2033/12/09-11 | CC plenary |", ref) == ["2033-12-11"]
    assert resolve_all("the meeting held from the 9th to the 11th of this month", ref) == [
        "2033-12-11"]
    # (a count after a dash is no closing day)
    assert resolve_all("2033/12/06-20 cities and counties", ref) == ["2033-12-06"]


def test_a_chronology_s_one_digit_day_before_an_equals_sign_and_a_korean_place() -> None:
    ref = date(2033, 2, 12)
    assert resolve_all("▲1.8 = 평안남도 숙천군 준공", ref) == ["2033-01-08"]
    assert resolve_all("▲2.1 = 개성시 장풍군 준공", ref) == ["2033-02-01"]
    # (a share before a colon is no date)
    assert resolve_all("비율 3.5: 배로 늘었다", ref) == []


def test_a_note_s_one_digit_day_set_apart_by_several_spaces_from_its_place() -> None:
    ref = date(2033, 2, 12)
    assert resolve_all("1.7   재령(황남)  준공", ref) == ["2033-01-07"]
    assert resolve_all("1.8\t\t숙천(평남)  준공", ref) == ["2033-01-08"]
    # (a figure before a counted word is still no date)
    assert resolve_all("생산량 1.5   배 증가", ref) == []


def test_a_korean_review_s_bare_days_after_a_part_of_a_month_and_days_counted() -> None:
    ref = date(2033, 12, 31)
    text = ("2월 6일 착공식. 사흘 뒤인 9일에는 룡강군에서 착공식이 있었다. "
            "2월 하순에는 착공식들이 련이어 진행되였다. "
            "26일 황주군에서 건설이 시작되였으며 28일에는 강동군에서 첫삽을 떴다.")
    assert resolve_all(text, ref) == [
        "2033-02-06", "2033-02-09", "2033-02", "2033-02-26", "2033-02-28"]
    # (a day outside the part named is the report's month's: "2월 하순 … 5일")
    assert resolve_all("2월 하순에는 착공식이 있었다. 5일 준공식.", ref)[-1] == "2033-12-05"


def test_a_weekday_in_the_next_cell_of_a_table_row_is_the_row_s_date() -> None:
    # (not the most recent Thursday before the report: 1 January 2026 was one)
    assert resolve_all("| 2025-12-18 | Thu | Jangyon | Kim cut the ribbon |",
                       date(2026, 1, 3)) == ["2025-12-18"]


def test_a_note_whose_own_full_dates_show_the_day_first() -> None:
    ref = date(2033, 12, 30)
    text = "last edited: 30.12.2033\n13.12 (Sa) Kusong hospital opened.\n11.12 plenary closed."
    assert resolve_all(text, ref) == ["2033-12-30", "2033-12-13", "2033-12-11"]
    # (not in a text that shows the month first: "12.30.2033" over "3.12")
    assert "2033-12-03" not in resolve_all("edited 12.30.2033\n3.12 toured", ref)


def test_a_chronicle_s_items_run_on_in_the_year_of_the_item_that_opens_them() -> None:
    text = ("(서울=뉴스1) 2035-01-30 송고\n"
            "▲2033.1.15 = 시정연설\n▲2.28 = 성천군 착공식\n▲12.20 = 성천군 준공식\n"
            "▲2034.1.7 = 재령군 준공식\n▲2.6 = 강동군병원 착공식\n")
    assert resolve_all(text, date(2035, 1, 30)) == [
        "2035-01-30", "2033-01-15", "2033-02-28", "2033-12-20", "2034-01-07", "2034-02-06"]


def test_the_same_day_that_opens_the_sentence_after_a_look_back_is_its_day() -> None:
    text = ("김 위원장은 9월 12일 용강군 건설장을 찾았습니다. 북측 철원군은 올해 2월 27일 "
            "착공식을 했습니다. 같은 날 북창군 등 여섯 곳이 함께 착공했습니다.")
    assert resolve_all(text, date(2033, 10, 24)) == ["2033-09-12", "2033-02-27", "2033-02-27"]


def test_year_headings_set_between_rules_over_marked_items() -> None:
    text = ("━━ 2031년 (1년 차) ━━\n● 2. 28. 성천군 착공식\n● 12. 20. 성천군 준공\n\n"
            "━━ 2032년 (2년 차) ━━\n● 1. 7. 재령군 준공\n")
    assert resolve_all(text, date(2033, 2, 10)) == [
        "2031", "2031-02-28", "2031-12-20", "2032", "2032-01-07"]
    # (a longer note in the brackets: what the year's section holds)
    text = ("■ 2031년 (1년 차: 지방공업공장)\n- 2.28 성천군 착공식\n\n"
            "■ 2032년 (2년 차: 공장 + 병원·종합봉사소)\n- 1.7 재령군 준공\n")
    assert resolve_all(text, date(2033, 2, 10)) == ["2031", "2031-02-28", "2032", "2032-01-07"]


def test_a_korean_day_range_without_its_month_takes_its_closing_day() -> None:
    assert resolve_all("9일부터 11일까지 진행된 전원회의", date(2033, 12, 12)) == ["2033-12-11"]


def test_the_first_or_last_day_of_a_month_and_a_month_of_a_juche_year() -> None:
    ref = date(2033, 12, 31)
    assert resolve_all("held on the last day of August", ref) == ["2033-08-31"]
    assert resolve_all("on the first day of March", ref) == ["2033-03-01"]
    assert resolve_all("the last day of February 2032", ref) == ["2032-02-29"]
    assert resolve_all("in January Juche 121 (2032), he said", ref) == ["2032-01"]
    assert resolve_all("▶ 12.9.~11. 당 중앙위원회 전원회의", ref) == ["2033-12-11"]


def test_a_span_of_many_days_is_the_month_a_meetings_days_the_closing_day() -> None:
    ref = date(2033, 12, 31)
    # ("March 1-10 -- ceremonies were held in the other 19": some day of those)
    assert resolve_all("March 1-10 -- Ground-breaking ceremonies", ref) == ["2033-03"]
    assert resolve_all("1-10 March", ref) == ["2033-03"]
    assert resolve_all("12.1~10 착공", ref) == ["2033-12"]
    assert resolve_all("December 9-11", ref) == ["2033-12-11"]


def test_a_weekday_and_its_day_in_words_before_a_verb_and_that_weekday_again() -> None:
    ref = date(2033, 12, 31)  # a Saturday
    assert resolve_all("It started on Saturday the seventeenth with the opening", ref) == [
        "2033-12-17"]
    assert resolve_all("Monday the nineteenth was the big day.", ref) == ["2033-12-19"]
    text = "Monday the nineteenth was the big day. The other four that Monday were openings."
    assert resolve_all(text, ref) == ["2033-12-19", "2033-12-19"]
    # ("on Thursday, the first ground-breaking": the ordinal of a noun, no day)
    assert resolve_all("on Thursday, the first ground-breaking", ref) == ["2033-12-29"]


def test_between_or_from_two_days_of_a_month() -> None:
    ref = date(2033, 1, 2)
    assert resolve_all("Between 1 and 10 March the others followed.", ref) == ["2032-03"]
    assert resolve_all("from March 1 to 10", ref) == ["2032-03"]
    assert resolve_all("the plenary held from 9 to 11 December", ref) == ["2032-12-11"]
    # (two days, not a span: "reported on 7 and 11 March")
    assert resolve_all("reported on 7 and 11 March", ref) == ["2032-03-11"]


def test_a_dashed_month_and_day_with_its_weekday_in_brackets() -> None:
    ref = date(2033, 1, 6)
    # (19 November 2032 is a Friday, 13 December a Monday)
    assert resolve_all("| 11-19 (Fri) | Hamju |", ref) == ["2032-11-19"]
    assert resolve_all("| 12-13 (Mon) | Kumya |", ref) == ["2032-12-13"]
    # (a wrong weekday leaves the pair alone; "2032-11-19 (Fri)" stays one full date)
    assert resolve_all("2032-11-19 (Fri)", ref) == ["2032-11-19"]


def test_ordinal_days_on_a_line_labelled_with_its_month() -> None:
    ref = date(2033, 2, 13)
    text = ("- January: A on the 7th, B on the 8th, C on the 25th.\n"
            "- February: D on the 3rd.\nAnd on the 9th.")
    assert resolve_all(text, ref) == [
        "2033-01", "2033-01-07", "2033-01-08", "2033-01-25", "2033-02", "2033-02-03",
        "2033-02-09",
    ]


def test_a_posting_line_with_several_bars_after_its_date_is_the_dateline() -> None:
    text = ("Weekly digest\nPosted 2032-12-31 | 20x10 Watch (newsletter) | compiled by R. Okafor\n"
            "Openings this month:\n- 2032-12-13 — Kusong City — city hospital\n")
    dateline = find_dateline(text)
    assert dateline is not None and dateline.date == date(2032, 12, 31)
    # (a table row, whose line a bar closes, is none)
    assert find_dateline("Openings\nKusong | 2032-12-13 | hospital |\n") is None
    assert find_dateline("Openings\n| 2032-12-13 | Kusong | hospital |\n") is None


def test_the_end_of_a_period_in_a_headline_is_no_dateline() -> None:
    text = ("Chronology: year-one factory openings, part 2 (24 January – 11 February 2032)\n"
            "North Korea Economic Letter (Tokyo) | No. 318 | 2032/02/14\nPart 1 covered …\n")
    dateline = find_dateline(text)
    assert dateline is None or dateline.date != date(2032, 2, 11)


def test_an_outlet_label_set_off_by_commas_before_its_date() -> None:
    text = ("Year Two of 20x10: Reading the February Ground-Breakings\n"
            "Peninsula Build Monitor, analysis note, 5 March 2032 (by Martin Keel)\n\nBody.\n")
    dateline = find_dateline(text)
    assert dateline is not None and dateline.date == date(2032, 3, 5)
    # (a headline of that shape is no dateline when one follows)
    text = ("KCTV evening news, 25 January 2032: programme summary\n"
            "Korea Broadcast Monitor | 26 January 2032\n")
    dateline = find_dateline(text)
    assert dateline is not None and dateline.date == date(2032, 1, 26)


def test_a_posting_line_with_its_weekday_and_time() -> None:
    dateline = find_dateline("Weekly\n텔레그램 채널 | 2032.02.28 (토) 08:40\n오늘 자 정리.\n")
    assert dateline is not None and dateline.date == date(2032, 2, 28)


def test_days_between_two_days_are_their_month() -> None:
    ref = date(2033, 3, 11)
    assert resolve_all("착공식들이 4일부터 10일사이에 진행되였다.", ref) == ["2033-03"]
    assert resolve_all("9일부터 11일까지 전원회의", ref) == ["2033-03-11"]


def test_the_same_day_right_after_a_look_back_is_that_day() -> None:
    ref = date(2032, 12, 29)
    text = ("Kim opened the mill on Sunday, state media said. Ground was broken for it on "
            "Feb. 28, the same day as ground-breakings in four counties.")
    assert resolve_all(text, ref) == ["2032-12-26", "2032-02-28", "2032-02-28"]


def test_a_bulleted_line_that_opens_with_an_ordinal_day() -> None:
    ref = date(2032, 12, 29)
    text = "Opened in person this month:\n• 13th: Kusong City Hospital\n- 15th: Kangdong\n"
    assert resolve_all(text, ref) == ["2032-12", "2032-12-13", "2032-12-15"]


def test_korean_slashed_days_are_month_first() -> None:
    ref = date(2032, 9, 15)
    text = "올해 동선 정리함 (날짜는 전부 월/일)\n🏭 1/7 — 재령군\n🏥 6/2 — 강동군\n"
    assert resolve_all(text, ref) == ["2032-01-07", "2032-06-02"]
    # (without saying so too: Korean writes the month first)
    assert resolve_all("🏥 6/9 — 구성시 병원 건설장.\n🏥 9/12 — 용강군 병원 건설장.", ref) == [
        "2032-06-09", "2032-09-12",
    ]


def test_this_period_is_the_month_of_the_span_told_before() -> None:
    ref = date(2032, 12, 31)
    text = ("12월 15일부터 29일까지는 준공의 계절이였다. 원수님께서는 19일 신포시 준공식에 "
            "참석하시였다. 신포시에서는 지난해 12월 28일에 완공된 양식사업소가 있다. "
            "이 기간 신양군에서도 공장들이 준공되였다.")
    assert resolve_all(text, ref)[-1] == "2032-12"


def test_a_table_cell_of_a_year_and_month_where_years_come_first() -> None:
    ref = date(2032, 3, 4)
    text = ("※ 일자 표기: 'yy.mm.dd. 일이 공개되지 않은 경우 'yy.mm.만 적음.\n"
            "| 순 | 시·군 | 착공 | 준공 |\n|---|---|---|---|\n"
            "| 1 | 성천군 | 31.02.28. | 31.12.20. |\n| 2 | 재령군 | 31.03. | 32.01.07. |\n")
    assert resolve_all(text, ref) == ["2031-02-28", "2031-12-20", "2031-03", "2032-01-07"]


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("start in late Feb.", True),
        ("expected in the second half of February", True),
        ("2월 하순부터 착공", True),
        ("by mid-February", True),
        ("2월 말 예정", True),
        ("in early February", False),
        ("in late January", False),
        ("on February 20", False),
    ],
)
def test_a_part_of_the_reference_month_still_to_come_is_ahead(text: str, ahead: bool) -> None:
    reference = date(2031, 2, 10)
    mentions = DateResolver(reference).find(text)
    assert mentions
    assert ahead_of_reference(text, mentions[0], reference) is ahead


def test_a_month_of_last_year() -> None:
    text = "the fish farm, which was completed as a model in December of last year"
    found = DateResolver(date(2031, 12, 22)).find(text)
    assert [m.value for m in found] == [ResolvedDate(2030, 12)]


def test_a_month_s_full_stop_is_no_abbreviation_before_a_day() -> None:
    resolver = DateResolver(date(2031, 3, 5))
    text = "whose factories had been opened in January.\n\n4. 27 February. Factories"
    assert [m.value for m in resolver.find(text)] == [
        ResolvedDate(2031, 1), ResolvedDate(2031, 2, 27)
    ]
    assert [m.value for m in resolver.find("opened on Jan. 4")] == [ResolvedDate(2031, 1, 4)]


def test_the_first_days_of_a_week_across_two_months() -> None:
    resolver = DateResolver(date(2025, 3, 1))  # a Saturday; the week began on 24 February
    assert [m.value for m in resolver.find("이번 주 초 (날짜 안 나옴)")] == [ResolvedDate(2025, 2)]
    assert [m.value for m in resolver.find("early this week")] == [ResolvedDate(2025, 2)]
    assert resolver.find("this week") == []


def test_a_table_cell_of_a_month_and_its_year_with_a_dash() -> None:
    text = "| 2 | Chaeryŏng-gun | Hwanghae-namdo | 03-2031 | N | 07-01-2032 | Y |"
    found = DateResolver(date(2032, 2, 20)).find(text)
    assert [m.value for m in found] == [ResolvedDate(2031, 3), ResolvedDate(2032, 1, 7)]


def test_this_day_right_after_a_process_s_start_day_is_that_day() -> None:
    resolver = DateResolver(date(2031, 12, 31))
    text = ("구성시병원이 12월 13일에 준공되였다. 준공의 나날은 15일부터 시작되였다. 이날 "
            "강동군의 지방공업공장들이 준공되였다.")
    assert [m.value for m in resolver.find(text)][-1] == ResolvedDate(2031, 12, 15)
    # ("같은 날" after a process's start is the day of the events told before it)
    other = "A군은 12월 15일 준공되였다. 16일부터 생산이 시작되였다. 같은 날 공장들이 준공되였다."
    assert [m.value for m in resolver.find(other)][-1] == ResolvedDate(2031, 12, 15)


def test_this_month_on_a_log_line_is_the_month_of_the_line_s_date() -> None:
    text = ("All dates are day/month/year.\n\n07/03/2030 — KCNA reports that ground-breaking "
            "ceremonies were held this month in Kusong City.\n\nWe expect more this month.")
    found = DateResolver(date(2031, 1, 3)).find(text)
    assert [m.value for m in found if m.surface == "this month"] == [
        ResolvedDate(2030, 3), ResolvedDate(2031, 1)
    ]


def test_earlier_in_the_month_on_a_log_line_and_a_declared_us_date_format() -> None:
    text = ("Dates are day/month and fall in 2030 unless marked otherwise.\n\n07/03 — KCNA "
            "reports that ground-breaking ceremonies were held earlier in the month in six "
            "places.\n\nHe had been there earlier in the month — on the third.")
    found = [(m.surface, m.value) for m in DateResolver(date(2031, 1, 8)).find(text)]
    assert ("earlier in the month", ResolvedDate(2030, 3)) in found
    assert [s for s, _v in found].count("earlier in the month") == 1
    # (March, not July; the day of a report of ceremonies that labels a line dates them to
    # its month)
    us = "Quick timeline (US date format throughout):\n3/7 - KCNA reports ground-breakings."
    assert [m.value for m in DateResolver(date(2030, 3, 12)).find(us)] == [
        ResolvedDate(2030, 3)
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Pyongyang Times, March 16, Juche 120 (2031)", date(2031, 3, 16)),
        ("Naenara · 10 February, Juche 120 (2031)", date(2031, 2, 10)),
    ],
)
def test_a_dateline_with_a_juche_year_after_the_day(line: str, expected: date) -> None:
    found = find_dateline(f"Headline\n{line}\n\nBody text.", date(2031, 3, 16))
    assert found is not None and found.date == expected


def test_a_dateline_with_its_fields_set_out_by_bars_and_a_row_code_before_a_month() -> None:
    text = ("Kim Jong Un and the sites: working list\n"
            "Working list WL-3 | posted Wednesday, 31 December 2031 | desk | compiler: A. F. "
            "| supersedes WL-2\n\nA1  28 Feb 2030 (Thu)  Songchon: ground-breaking.\n")
    found = find_dateline(text, date(2031, 12, 31))
    assert found is not None and found.date == date(2031, 12, 31)
    # (a row's code, "B2", is no day of the month after it)
    assert resolve_all("B2  Oct 2030   factories under construction", date(2031, 12, 31)) == [
        "2030-10"]


def test_a_last_updated_line_with_its_weekday_is_the_dateline() -> None:
    text = ("Provincial file: South Hamgyong\n"
            "last updated Tue 10 Feb 2032 | file owner: M. A.\n\n"
            "HAMJU COUNTY\nstart: Mar 2030 (batch of 13 reported by KCNA on 11 Mar 2030)\n")
    found = find_dateline(text, date(2032, 2, 10))
    assert found is not None and found.date == date(2032, 2, 10)


def test_a_body_sentence_opening_with_a_juche_date_is_no_dateline() -> None:
    text = ("A Year of Great Change\nRodong Sinmun, Juche 120 (2031).1.15\n\nOne year has "
            "passed.\n\nOn January 15, Juche 119 (2030), the respected Comrade Kim Jong Un made "
            "a historic policy speech.")
    found = find_dateline(text, date(2031, 1, 15))
    assert found is None or found.date != date(2030, 1, 15)


def test_a_bulleted_item_after_the_lead_is_no_dateline() -> None:
    text = ("북한 '지방발전 20×10 정책' 2년 평가: 공장에서 병원으로\n"
            "한반도지역경제연구원 이슈브리프 제2032-03호 | 발간일 2032년 1월 15일 | "
            "연구위원 서태오\n\n"
            "Ⅰ. 정책의 확장 과정\n\n"
            "북한의 지방발전 정책은 2년 만에 '공장 짓기'에서 '병원·생활시설 짓기'로 범위가 "
            "넓어졌다. 주요 결정은 다음과 같다.\n\n"
            "○ 2030년 1월 15일: 김정은이 시정연설에서 정책을 처음 제시했다.\n"
            "○ 2030년 8월 31일: 지방발전 협의회에서 대상을 넓혔다.\n")
    found = find_dateline(text, date(2032, 1, 15))
    assert found is None or found.date != date(2030, 1, 15)


def test_the_same_day_after_a_day_a_span_is_counted_from_is_the_news_day() -> None:
    resolver = DateResolver(date(2031, 12, 19))
    text = ("장연군 준공식은 전날(18일) 열렸다. 김 위원장이 모습을 드러낸 것은 지난 15일 강동군 "
            "준공식 이후 사흘 만이다. 같은 날 북창군에서도 준공식이 열렸다.")
    found = [d.value.iso() for d in resolver.find(text)]
    assert "2031-12-15" in found and found[-1] == "2031-12-18"


def test_that_day_after_a_clause_that_looked_back_to_a_day() -> None:
    text = ("조선중앙통신은 어제(28일) 은산군 제지공장 준공식이 열렸다고 오늘 보도했습니다. "
            "은산군 제지공장 공사는 지난 2월 28일 시작됐는데, 그날 강동군에서도 착공식이 "
            "열렸습니다.")
    days = resolve_all(text, date(2031, 12, 29))
    assert days[-1] == "2031-02-28"


def test_a_commentary_s_days_in_the_year_its_sentence_is_about() -> None:
    text = ("When Kim launched the policy on 15 January 2030, it was a programme of factories. "
            "The three pilot hospitals of 2031 all opened in the last six weeks of the year. "
            "The first was inaugurated on 19 November. The last opened on 29 December.")
    assert resolve_all(text, date(2032, 1, 12))[-2:] == ["2031-11-19", "2031-12-29"]


def test_a_month_day_s_weekday_picks_an_earlier_year() -> None:
    # 28 February was a Wednesday in 2024, not in 2025; 7 January a Tuesday in 2025.
    text = "2024년\n- 2.28.(수) 성천군 착공식.\n\n2025년\n- 1.7.(화) 재령군 준공식."
    days = resolve_all(text, date(2026, 2, 2))
    assert "2024-02-28" in days and "2025-01-07" in days


def test_on_that_day_is_the_day_just_said() -> None:
    # (the day a speaker has just named, and a look back named just before it)
    assert resolve_all("The big day was last Friday. On that one day KCNA reported two.",
                       date(2032, 3, 9)) == ["2032-03-05", "2032-03-05"]
    assert resolve_all("They opened on December 20. People will never forget February 28 "
                       "this year. On that day he broke the first ground.",
                       date(2032, 12, 21)) == ["2032-12-20", "2032-02-28", "2032-02-28"]


def test_a_month_s_short_name_at_the_end_of_a_word_in_capitals_is_no_month() -> None:
    assert resolve_all("Songchon: INAUG, RIF.", date(2031, 2, 9)) == []
    assert resolve_all("Songchon: opened in AUG 2030.", date(2031, 2, 9)) == ["2030-08"]


def test_a_sheet_that_declares_yy_mm_dd_writes_a_month_alone_as_yy_mm() -> None:
    text = "파일: 추적.xlsx | 날짜 형식 YY.MM.DD\n1\t회양군\t강원\t30.03\t31.01.07\tO\n"
    assert resolve_all(text, date(2031, 2, 14)) == ["2030-03", "2031-01-07"]
    # (without the declaration, "30.03" is no month of a year)
    assert resolve_all("1\t회양군\t강원\t30.03\t31.01.07\tO\n", date(2031, 2, 14)) == [
        "2031-01-07"
    ]


def test_a_log_s_day_month_and_short_year_run_together() -> None:
    assert resolve_all("08JAN31 | [07JAN31] | opened", date(2031, 1, 21)) == [
        "2031-01-08", "2031-01-07"
    ]
    assert resolve_all("code X08JAN31Z", date(2031, 1, 21)) == []


def test_a_chronology_s_lines_open_with_their_day_under_a_year_heading() -> None:
    text = ("The following is a chronology.\n\n2030\n\n"
            "Jan. 15 -- He unveils the policy.\n\nFeb. 28 -- He breaks the first ground.\n\n"
            "2031\n\nFeb. 6 -- He breaks ground for a hospital.\n")
    assert resolve_all(text, date(2031, 12, 30)) == [
        "2030", "2030-01-15", "2030-02-28", "2031", "2031-02-06"
    ]


def test_a_korean_day_a_week_after_the_one_told() -> None:
    text = "그는 지난 6월 2일 회양군병원 현장을, 일주일 뒤인 9일에는 온성군병원 현장을 찾았다."
    assert resolve_all(text, date(2031, 9, 13)) == ["2031-06-02", "2031-06-09"]


def test_korean_that_day_is_the_day_just_said_not_the_report_s_main_day() -> None:
    text = ("회양군병원 준공식이 19일에 진행되였다. 회양군병원은 올해 2월 6일 경애하는 "
            "김정은동지께서 몸소 착공의 첫 삽을 뜨신 시범병원이다. 그날 병원과 함께 "
            "종합봉사소건설도 시작되였으며 6월 2일에도 건설장을 찾으시였다. 원수님의 그날의 "
            "가르치심을 새겼다.")
    # ("그날의 가르치심": a day recalled, the report's own)
    assert resolve_all(text, date(2031, 11, 20)) == [
        "2031-11-19", "2031-02-06", "2031-02-06", "2031-06-02", "2031-11-19"
    ]


def test_an_iso_day_to_a_later_day_of_its_month_is_a_meeting_s_closing_day() -> None:
    assert resolve_all("- 2031-12-09 to 12-11: CC plenary meeting", date(2031, 12, 31)) == [
        "2031-12-11"
    ]


def test_korean_the_same_day_after_a_look_back_to_last_month_is_the_last_day_told() -> None:
    text = ("16일 열린 준공식에서는 비서가 준공사를 했다. 이에 앞서 전날(15일)에는 강동군 준공식이 "
            "열렸다. 강동군에서는 지난달 19일 군병원이 먼저 문을 열었다. 같은 날 신양군에서도 "
            "준공식이 진행됐다.")
    # (the explicit day in brackets after "전날" is the one later days count from)
    assert resolve_all(text, date(2031, 12, 17))[-3:] == ["2031-12-15", "2031-11-19", "2031-12-15"]


def test_korean_this_month_written_with_ibeon() -> None:
    assert resolve_all("신양군도 이번 달 착공했다.", date(2031, 2, 28)) == ["2031-02"]


def test_a_log_s_yday_is_yesterday() -> None:
    assert resolve_all("GB yday in the county", date(2032, 2, 4)) == ["2032-02-03"]


def test_yday_at_the_end_of_a_word_is_no_day() -> None:
    assert resolve_all("factories for everyday goods", date(2032, 2, 4)) == []


def test_a_stamp_field_after_a_period_is_the_dateline() -> None:
    text = ("Research notebook\n"
            "Notebook export, entries 28 Feb – 15 Mar 2031 · exported Sat 15 Mar 2031 22:10\n\n"
            "== Fri 28 Feb 2031 ==\nNotes.\n")
    dateline = find_dateline(text, date(2031, 3, 20))
    assert dateline is not None and dateline.date == date(2031, 3, 15)


def test_a_legend_that_writes_months_with_two_digit_years() -> None:
    ref = date(2032, 2, 14)
    legend = 'Legend: "Mar 31" = March 2031 (the batch of that month).\n'
    assert resolve_all(legend + "1,Songchon,Mar 31,07 Jan,Y\n", ref)[-2:] == [
        "2031-03", "2032-01-07"]
    # (without the legend, a day of March)
    assert resolve_all("1,Songchon,Mar 31,07 Jan,Y\n", ref) == ["2031-03-31", "2032-01-07"]


def test_a_korean_weekday_after_a_written_day_is_that_day() -> None:
    ref = date(2031, 12, 16)
    assert resolve_all("2031년 12월 17일 수요일", ref) == ["2031-12-17"]
    # (a weekday that is not the day's stays a weekday of its own)
    assert resolve_all("2031년 12월 17일 목요일", ref) == ["2031-12-17", "2031-12-11"]


def test_a_table_s_first_cell_may_close_its_month_and_day_with_a_full_stop() -> None:
    ref = date(2031, 3, 3)
    assert resolve_all("2.27. | 북창군 | 평안남도 | 공 | × |", ref) == ["2031-02-27"]
    assert resolve_all("2.6 | 강동군 | 평양시 |", ref) == ["2031-02-06"]


def test_a_blog_posting_line_with_its_time_between_middle_dots_is_the_dateline() -> None:
    text = ("[공부] 준공 정리표\n"
            "평양냉면집 블로그 · 2032. 2. 15. 14:22 · 카테고리: 북한경제\n\n"
            "✔ 표 보는 법\n"
            "- 날짜는 'YY.M.D (예: '32.1.7 = 2032년 1월 7일)\n")
    line = find_dateline(text, date(2032, 2, 15))
    assert line is not None and line.date == date(2032, 2, 15)


def test_a_day_marked_circa_is_only_its_month() -> None:
    ref = date(2031, 3, 1)
    assert resolve_all("c. 25/26.02.2031 — Sinyang, Koksan: ground-breakings", ref) == [
        "2031-02"]
    assert resolve_all("ca. 26 Feb 2031 Sinyang", ref) == ["2031-02"]
    # (not a word that ends in c or ca)
    assert resolve_all("Songchon, 26.02.2031", ref) == ["2031-02-26"]


def test_a_part_read_alone_takes_the_slash_order_its_whole_file_shows() -> None:
    text = ("[16/12/2031, 07:52] x\n"
            "[19/12/2031, 07:46] H: On 03/12 he walked through the site.")
    start = text.index("[19/12")
    mentions = DateResolver(date(2031, 12, 19)).find(text, start + 20, len(text))
    assert [m.value.iso() for m in mentions] == ["2031-12-03"]


def test_korean_month_and_day_closed_by_a_full_stop_before_a_place() -> None:
    ref = date(2032, 2, 14)
    assert resolve_all("- 1.10. 온성군 / 1.12. 연산군 / 2.3. 벽성군", ref) == [
        "2032-01-10", "2032-01-12", "2032-02-03"]
    # (a figure with a full stop before its counted word is still no date)
    assert resolve_all("3.5. 배로 늘었다", ref) == []
    assert resolve_all("비율은 1.12.", ref) == []


def test_a_year_heading_with_a_title_after_a_dash_sets_the_running_year() -> None:
    text = ("2031\n"
            "- 20 Dec — Songchon factories inaugurated.\n\n"
            "2032 — openings of the 2031 cohort (F)\n"
            "- 07 Jan Jaeryong (S. Hwanghae).\n")
    assert resolve_all(text, date(2032, 2, 14)) == ["2031", "2031-12-20", "2032", "2032-01-07"]


def test_a_wiki_section_heading_of_a_year_sets_the_running_year() -> None:
    text = ("== 2031 ==\n"
            "* 20 December – The factories are inaugurated.\n\n"
            "== 2032 ==\n"
            "* 7 January – Kim attends the inauguration.\n")
    assert resolve_all(text, date(2033, 1, 12)) == ["2031", "2031-12-20", "2032", "2032-01-07"]


def test_a_trackers_page_is_dated_by_its_last_edit_not_its_opening() -> None:
    text = ("Track 2031 cohort ground-breakings #212\n"
            "Open · opened by mkwon on Feb 10, 2031 · last edited by jlaurent on Mar 4, 2031 "
            "(Tue) · 6 comments\n\n"
            "One row per ceremony.\n")
    dateline = find_dateline(text, date(2031, 3, 4))
    assert dateline is not None and dateline.date == date(2031, 3, 4)
    # (an opening stamp with no later edit still dates the page)
    alone = find_dateline("Track #212\nOpen · opened by mkwon on Feb 10, 2031\n\nRows.\n")
    assert alone is not None and alone.date == date(2031, 2, 10)


def test_the_steps_of_a_chain_run_forward_across_the_new_year() -> None:
    text = ("(1) 온성군: 착공(2.6, 김정은 참석) → 6월 2일 현장 방문 → 11월 19일 준공.\n"
            "1. 연산군: 28일 → 27일로 수정.\n")
    found = DateResolver(date(2032, 2, 9)).find(text)
    days = {m.surface: m.value.iso() for m in found}
    assert days["2.6"] == "2031-02-06"
    assert days["6월 2일"] == "2031-06-02"
    assert days["11월 19일"] == "2031-11-19"
    # (a correction is no chain: its days keep the month of the report)
    assert days["28일"] == "2032-01-28" and days["27일"] == "2032-01-27"


def test_a_table_cell_of_a_year_and_month_with_a_note_in_brackets() -> None:
    text = ("| Onsong | hospital | 2031-02 (late) | 2031-12-13 |\n"
            "| Yonsan | factories | 2031-03 (day n/f) | — |\n")
    found = DateResolver(date(2031, 12, 21)).find(text)
    assert [m.value.iso() for m in found] == ["2031-02", "2031-12-13", "2031-03"]


def test_a_day_half_written_is_no_day() -> None:
    found = DateResolver(date(2031, 12, 31)).find("2031-12-2x|Onsong|N. Hamgyong|open\n")
    assert all(m.value.day is None for m in found)
    assert [m.value.iso() for m in DateResolver(date(2031, 12, 31)).find("2031-12-21|A")] == [
        "2031-12-21"]


def test_a_year_that_opens_the_next_lines_own_date_is_not_a_dates_year() -> None:
    text = ("2030-03 | Onsong | ground-breaking | KCNA batch report, 7 Mar\n"
            "2030-03 | Yonsan | ground-breaking | same batch\n")
    found = DateResolver(date(2031, 2, 8)).find(text)
    assert [m.value.iso() for m in found if m.surface.startswith("2030")] == ["2030-03", "2030-03"]
    # (a day and month whose year runs on to the next line still take it)
    wrapped = DateResolver(date(2031, 2, 8)).find("held on 7 March\n2030 in the county")
    assert [m.value.iso() for m in wrapped] == ["2030-03-07"]


def test_a_user_handle_is_no_month() -> None:
    assert resolve_all("Mei: @Jun no — it was on Dec. 18", date(2031, 12, 21)) == ["2031-12-18"]
    assert resolve_all("opened in Jun", date(2031, 12, 21)) == ["2031-06"]


def test_the_same_day_after_a_day_with_its_weekday_in_brackets() -> None:
    text = ("[정리] 12월 준공 행사 총정리\n"
            "블로그 | 2032. 1. 5. 14:22 (수정 2032. 1. 5. 18:03) | 카테고리: 북한경제\n\n"
            "날짜는 행사 날짜 기준이고(보도는 보통 다음 날), 괄호 안은 참석자입니다.\n\n"
            "· 12/13(토) 평북 구성시병원 (김정은 참석)\n"
            "· 12/15(월) 같은 날 자강도 랑림군, 함북 부령군 (미보도)\n")
    found = resolve_all(text, date(2032, 1, 5))
    assert found[-2:] == ["2031-12-15", "2031-12-15"]


def test_a_month_day_cell_of_a_comma_separated_export() -> None:
    rows = ("#,county,province,what,opened,KJU\n"
            "1,Onsong,\"N. Hamgyong\",H,11-19,Y,\"first\"\n"
            "2,Yonsan,\"N. Hwanghae\",F,12-15,?,\n")
    assert resolve_all(rows, date(2031, 12, 31)) == ["2031-11-19", "2031-12-15"]
    # (not a range of pages in prose)
    assert resolve_all("see pp. 11-19, 20", date(2031, 12, 31)) == []


def test_a_tables_day_column_in_the_month_a_note_declares() -> None:
    text = ("Scope: inaugurations. All days in the table are December 2031.\n\n"
            "day | site | province | KJU\n"
            "13 | Onsong | North Hamgyong | yes\n"
            "15 | Yonsan | North Hwanghae | n.r.\n\n"
            "Notes: 4 sites are missing.\n")
    assert resolve_all(text, date(2031, 12, 31)) == ["2031-12", "2031-12-13", "2031-12-15"]


def test_a_numbered_sections_year_heading() -> None:
    text = ("1. 개요\n해마다 20개 시·군에 공장을 세우는 정책. 2030년 1월 15일 발표됐다.\n\n"
            "2. 경과\n2.1. 2030년\n- 2월 28일: 평안남도 성천군에서 첫 착공식.\n"
            "- 12월 20일: 성천군 공장 준공.\n")
    found = resolve_all(text, date(2032, 2, 8))
    assert found[-2:] == ["2030-02-28", "2030-12-20"]


def test_a_korean_span_of_many_days_dates_to_its_month_a_meetings_days_to_the_last() -> None:
    text = "3월 1일부터 10일까지의 기간에 여러 군에서 착공식이 진행되였다."
    assert resolve_all(text, date(2031, 3, 11)) == ["2031-03"]
    text = "당중앙위원회 전원회의가 12월 9일부터 11일까지 진행되였다."
    assert resolve_all(text, date(2031, 12, 12)) == ["2031-12-11"]


def test_a_tables_day_column_under_all_days_are_with_a_late_cell() -> None:
    text = ("Head note. All days are February 2031. \"late\" = reported as late February.\n\n"
            "| day | county | what broke ground |\n"
            "|---|---|---|\n"
            "| 06 | Onsong | hospital |\n"
            "| late | Yonsan | factories |\n"
            "| 27 | Kosan | factories |\n")
    assert resolve_all(text, date(2031, 3, 3)) == [
        "2031-02", "2031-02", "2031-02-06", "2031-02", "2031-02-27"
    ]


def test_a_chronologys_date_labelled_lines_and_year_headings_are_no_dateline() -> None:
    text = ("지방발전 정책/연표 — 위키 문서\n"
            "최근 수정 시각: 2032-03-02 11:20:05 · 편집 23회\n\n"
            "1. 배경\n"
            "2029년 6월 21일: 강원도 김화군 공장들 준공. 시범 사업.\n\n"
            "2. 2030년\n"
            "2월 28일: 함경북도 온성군에서 첫 착공식.\n")
    assert reference_date(text, date(2032, 3, 2))[0] == date(2032, 3, 2)
    without_background = text.split("1. 배경")[0] + "2. 2030년" + text.split("2. 2030년")[1]
    assert reference_date(without_background, date(2032, 3, 2))[0] == date(2032, 3, 2)


def test_a_fixed_width_tables_day_column_in_the_month_a_note_declares() -> None:
    text = ("All dates in the table are December 2031 (day only).\n\n"
            "Day  County (MR)        Province      KJU\n"
            "13   Onsong (Onsŏng)    N. Hamgyong   Y\n"
            "15   Yonsan (Yŏnsan)    N. Hwanghae   N\n")
    assert resolve_all(text, date(2032, 1, 2)) == ["2031-12", "2031-12-13", "2031-12-15"]


def test_a_tables_day_column_under_a_head_note_of_its_month() -> None:
    text = ("Head note. Day = day of the opening ceremony, all in December 2031.\n\n"
            "Day  County (KCNA)   Province         Kim\n"
            "13   Onsong          North Hamgyong   Y\n"
            "15   Yonsan          North Hwanghae   N\n")
    assert resolve_all(text, date(2032, 1, 2)) == ["2031-12", "2031-12-13", "2031-12-15"]


def test_a_korean_tables_bare_days_under_every_date_being_one_month() -> None:
    text = ("일러두기: 모든 날짜는 2031년 2월이다.\n\n"
            "| 일 | 시·군 | 도 |\n"
            "| 27 | 온성군 | 함경북도 |\n")
    found = DateResolver(date(2031, 3, 5)).find(text, 0, len(text))
    assert [m.value.iso() for m in found if text[m.start:m.end] == "27"] == ["2031-02-27"]


@pytest.mark.parametrize(
    "note",
    [
        "범례: 날짜 = 2031년 2월의 준공식 날짜",
        "일러두기: 표의 일자는모두 2031년 2월이다.",
        "Note: Day\tis the ceremony day in February 2031.",
    ],
)
def test_every_form_of_a_day_columns_declaration_reaches_the_table(note: str) -> None:
    text = note + "\n\n| Day | County |\n| 27 | Onsong |\n"
    found = DateResolver(date(2031, 3, 5)).find(text, 0, len(text))
    assert [m.value.iso() for m in found if text[m.start:m.end] == "27"] == ["2031-02-27"]


def test_a_tables_month_and_day_in_two_cells_in_the_year_its_note_gives() -> None:
    text = ("Notes. All dates are 2031.\n"
            "Month | Day | County | What\n"
            "JAN | 07 | Onsong | inauguration\n"
            "DEC | 19 | Yonsan | inauguration\n")
    assert day_values(text, date(2032, 1, 6)) == ["2031-01-07", "2031-12-19"]


def test_a_month_cell_is_any_spelling_of_a_month_and_nothing_that_only_starts_like_one() -> None:
    text = ("Notes. All dates are 2031.\n"
            "Month | Day | County | What\n"
            "DECEMBER | 19 | Yonsan | inauguration\n"
            "Sept. | 4 | Onsong | inauguration\n"
            "Maybe | 5 | Kosan | inauguration\n")
    assert day_values(text, date(2032, 1, 6)) == ["2031-09-04", "2031-12-19"]


def test_run_together_dates_under_a_lower_case_key() -> None:
    text = ("# when = day (yyyymmdd) or month (yyyymm) of the event itself\n"
            "id,when,county,kind\n"
            "01,20310228,Onsong,GB\n"
            "02,203110,Yonsan,VISIT\n"
            "03,12345678,Kosan,GB\n")
    found = DateResolver(date(2032, 2, 4)).find(text, 0, len(text))
    assert sorted(m.value.iso() for m in found) == ["2031-02-28", "2031-10"]


def test_a_month_and_year_in_an_exports_cell() -> None:
    text = "03,Onsong,N.Hamgyong,BRK,03.2031,lf,,KCNA batch\n04,Yonsan,N.Hwanghae,BRK,1,03.2031\n"
    found = DateResolver(date(2032, 9, 1)).find(text, 0, len(text))
    assert [(text[m.start:m.end], m.value.iso()) for m in found] == [("03.2031", "2031-03")]


def test_a_day_column_under_a_key_naming_its_month() -> None:
    text = ("Key. Day = day of February 2031; \"late\" = the source gave no day.\n\n"
            "| Day | Site | Event |\n"
            "|---|---|---|\n"
            "| 06 | Onsong | ground |\n"
            "| late | Yonsan | ground |\n")
    found = DateResolver(date(2031, 3, 1)).find(text, 0, len(text))
    cells = {text[m.start:m.end]: m.value.iso() for m in found if m.start > text.index("|")}
    assert cells == {"06": "2031-02-06", "late": "2031-02"}


def test_dashed_short_dates_only_where_the_text_declares_their_order() -> None:
    declared = "Dates are dd-mm-yy.\n1  Onsong  28-02-31  Y\n"
    undeclared = "Ref. 28-02-31 of the series.\n"
    found = DateResolver(date(2032, 2, 17)).find(declared, 0, len(declared))
    assert [m.value.iso() for m in found] == ["2031-02-28"]
    assert DateResolver(date(2032, 2, 17)).find(undeclared, 0, len(undeclared)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Voice of Korea · Monday 10 March Juche 120 (2031) · evening bulletin",
        "Voice of Korea · March 10, Juche 120 (2031) · evening bulletin",
    ],
)
def test_a_juche_dateline_with_a_last_field_after_it(line: str) -> None:
    text = f"Construction starts\n{line}\nGround-breaking ceremonies took place in early March.\n"
    found = find_dateline(text, date(2031, 3, 10))
    assert found is not None and found.date == date(2031, 3, 10)
    assert text[found.start : found.end].endswith("(2031)")



def test_a_day_column_after_a_column_of_row_numbers_under_every_row_being_one_month() -> None:
    text = ('Key. Every row is a ceremony in February 2031. "Day" is the day of the month.\n\n'
            "| #  | Day  | County   | Kim |\n"
            "|----|------|----------|-----|\n"
            "| 1  | 06   | Onsong   | Y   |\n"
            "| 2  | 27   | Yonsan   | N   |\n")
    assert day_values(text, date(2031, 3, 5)) == ["2031-02-06", "2031-02-27"]


def test_the_year_after_the_year_written_before() -> None:
    # ("이듬해" counts from the year written before it, not from the report's.)
    resolver = DateResolver(date(2033, 2, 1))
    text = "성천군 공장은 2031년 2월 28일 착공.\n[보도] 이듬해 1월 8일 준공."
    assert [(text[d.start : d.end], d.value.iso()) for d in resolver.find(text)] == [
        ("2031년 2월 28일", "2031-02-28"),
        ("1월 8일", "2032-01-08"),
    ]


def test_an_ordinal_day_after_a_day_in_full_in_its_sentence_is_of_that_month() -> None:
    text = "A and B broke ground on 27 February, C on the 28th. D opened on the 3rd."
    assert resolve_all(text, date(2031, 12, 30)) == ["2031-02-27", "2031-02-28", "2031-12-03"]


def test_a_yearless_day_after_a_dated_one_in_its_sentence_comes_later_that_year() -> None:
    text = "Songchon broke ground on 28 February 2031 and opened its factories on 20 December."
    assert resolve_all(text, date(2032, 1, 10)) == ["2031-02-28", "2031-12-20"]
    # ... unless that is still to come: then the one nearest the day written.
    text = "It opened on 3 January 2032, after ground was broken on December 28."
    assert resolve_all(text, date(2032, 1, 10)) == ["2032-01-03", "2031-12-28"]


def test_a_line_that_dates_a_report_of_ceremonies_gives_their_month() -> None:
    for text, ref in (
        ("- 7 Mar: KCNA reports six more sites started; A and B are among them.",
         date(2031, 9, 1)),
        ("3/ 3/7 조선중앙통신 보도: 구성시·숙천군 등 6곳 착공식.", date(2031, 9, 1)),
    ):
        (mention,) = [m for m in DateResolver(ref).find(text) if m.value.month == 3]
        assert (mention.value.iso(), mention.relation) == ("2031-03", REPORT_DAY), text


def test_bare_days_that_open_rows_under_an_english_month_heading() -> None:
    text = ("December 2030\n- 20: Songchon factories inaugurated, with Kim.\n\nJanuary\n"
            "- 7: Jaeryong County, South Hwanghae (Kim attends)\n- 8th: Sukchon County\n")
    assert resolve_all(text, date(2031, 2, 14)) == [
        "2030-12", "2030-12-20", "2031-01", "2031-01-07", "2031-01-08"
    ]
    # A paragraph between the heading and the row: the row is no longer under it.
    text = "January 2031\nThe month was quiet.\n- 7: Jaeryong County\n"
    assert "2031-01-07" not in resolve_all(text, date(2031, 2, 14))


def test_bare_days_under_korean_month_headings_after_an_outline_mark() -> None:
    text = "■ 2031년\n\n○ 2월\n - 6일: 강동군병원 착공식.\n\n○ 6월\n - 2일: 현지지도.\n"
    assert resolve_all(text, date(2032, 1, 5)) == [
        "2031", "2031-02", "2031-02-06", "2031-06", "2031-06-02"]
