"""Rule-based event extraction from 20x10 reports in English and Korean.

The extractor reads a report sentence by sentence. In each sentence it finds event triggers
(vocabulary in ``data/extract/triggers.yaml``), the counties the gazetteer recognises and the
date expressions the date resolver anchors to the dateline. Each county is paired with the
trigger and the date of its own clause; a clause without a county refers to the county the
text is currently about. One report naming ten counties therefore yields ten events.

Conservative defaults keep precision high: an event needs a county (policy announcements
excepted) and a date known at least to the month; planned events ("will be completed"),
comparisons ("two days before that of X") and other campaigns (housing, flood recovery) yield
nothing.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Protocol
from unicodedata import east_asian_width

from twentyten.errors import InputError
from twentyten.extract.anchored import LiteralStarts
from twentyten.extract.dates import (
    KO_STATE_MEDIA,
    MONTH_OPENS_PARAGRAPH_AFTER,
    REPORT_DAY,
    DateMention,
    DateResolver,
    ResolvedDate,
    ahead_of_reference,
    most_recent_day,
    opens_with_date,
    reference_date,
    safe_date,
)
from twentyten.extract.events import ExtractedEvent, ordered_facilities
from twentyten.extract.gate import RelevanceGate
from twentyten.extract.segments import (
    COMPARED_AFTER_EN,
    CONCESSIVE_EN,
    FOLLOWING_EVENT_EN,
    INTERVAL_CLAUSE_EN,
    NUMBERED_ITEM,
    ROW_INDENT_MIN,
    clause_spans,
    detect_language,
    export_separator,
    sentence_spans,
)
from twentyten.extract.spans import leftmost_non_overlapping
from twentyten.extract.structured import table_view
from twentyten.extract.vocabulary import LANGUAGES, LanguageVocabulary, Trigger, load_vocabulary
from twentyten.gazetteer.model import PlaceMatch

CEREMONY_TYPES = frozenset({"groundbreaking", "completion"})
# Types that may take a date from the narrative around them when their clause has none.
NARRATIVE_DATED_TYPES = frozenset({"production_start"})
# Types that describe the state at publication: no explicit date means the publication date.
STATE_TYPES = frozenset({"construction_progress", "other"})
# Confidence lost by an event whose date nothing in or about the report can anchor.
UNDATED_PENALTY = 0.3
# How many sentences after a ceremony a "who attended" sentence still speaks of it.
ATTENDANCE_REACH = 5
# Progress reported up to this many days after a visit to the site is what the visit saw.
VISIT_PROGRESS_DAYS = 7


class Gazetteer(Protocol):
    def find(self, text: str) -> Sequence[Any]: ...


@dataclass
class _Trigger:
    start: int
    end: int
    spec: Trigger
    event_type: str


@dataclass
class _TableHeader:
    columns: dict[int, _Trigger]  # cell index -> the event its header names
    attendance: tuple[int, frozenset[str] | None] | None  # cell index, events it speaks of
    # More attendance columns, each about its own event ("kim_gb", "kim_open").
    more_attendance: list[tuple[int, frozenset[str] | None]] = field(default_factory=list)
    # Columns of remarks ("| 비고 |", "| Notes |"): what they tell is not the row's own event.
    remarks: frozenset[int] = frozenset()
    # A column whose cells name each row's event ("stage" over "gb", "opening"), if any.
    stage: int | None = None


def _width(char: str) -> int:
    """How many columns a letter takes on a fixed-width screen (wide letters two)."""
    return 2 if east_asian_width(char) in "WF" else 1


def _columns(text: str, start: int, end: int) -> int:
    """How many columns text[start:end] takes on a fixed-width screen."""
    return sum(_width(char) for char in text[start:end])


def _cuts_at_columns(text: str, start: int, end: int, columns: list[int]) -> list[int]:
    """The offsets in the line text[start:end] where each of the screen columns starts (the
    first letter at or after it)."""
    cuts: list[int] = []
    at, column = start, 0
    for wanted in columns:
        while at < end and column < wanted:
            column += _width(text[at])
            at += 1
        if at >= end:
            break
        cuts.append(at)
    return cuts


def _shifted(header: _TableHeader) -> _TableHeader:
    """The same header, every column one cell to the right (rows that open with a number)."""
    return _TableHeader(
        {column + 1: trig for column, trig in header.columns.items()},
        (header.attendance[0] + 1, header.attendance[1]) if header.attendance else None,
        [(column + 1, events) for column, events in header.more_attendance],
        frozenset(column + 1 for column in header.remarks),
        header.stage + 1 if header.stage is not None else None,
    )


@dataclass
class _County:
    start: int
    end: int
    unit: Any


def _before_all(when: ResolvedDate | None, others: list[ResolvedDate]) -> bool:
    """Is `when` earlier than each of `others`, at its own precision ("2025-10" before
    "2025-12-26"; "2025-12" is not before "2025-12-26")?"""
    if when is None:
        return False
    told = when.iso()
    return all(told < other.iso()[: len(told)] for other in others)


def _stem_match(found: re.Match[str], unit: Any) -> PlaceMatch:
    """A county named by its bare stem (the pattern's group "stem"), in its own province."""
    start, end = found.span("stem")
    return PlaceMatch(start, end, found["stem"], "unit", unit, (unit,), unit.province)


def _units_of(match: Any) -> tuple[Any, ...]:
    """The units a place match may stand for (its resolved one, else its candidates)."""
    unit = getattr(match, "unit", None)
    return (unit,) if unit is not None else tuple(getattr(match, "candidates", ()))


@dataclass(frozen=True)
class _UnresolvedUnit:
    """A county name that fits units in several provinces ("Unsan" in North and in South
    Phyongan) when nothing in the text says which: the event keeps the name and leaves the
    province and the unit blank, for the register's review, rather than being dropped."""

    name_en: str

    @property
    def id(self) -> str:
        return f"unresolved:{self.name_en}"

    province = None


@dataclass
class _Candidate:
    unit: Any  # None for a programme-wide policy announcement
    event_type: str
    date: ResolvedDate | None
    span: tuple[int, int]
    facilities: set[str]
    leader_in_sentence: bool
    sentence_index: int
    confidence: float
    inherited_county: bool = False
    leader_attended: bool | None = None
    before_operation: bool = False
    # Policy: an explicit adoption ("결정을 채택") may take its date from the meeting.
    adoption: bool = False
    # Policy: the sentence tells its time only as a year or vaguely ("unveiled in 2024", "held
    # a few days ago"): no day of another sentence is its date.
    time_not_given: bool = False
    sentences: set[int] = field(default_factory=set)


_KO_ADNOMINAL = re.compile(
    r"^\S*(?:\s+\S*?)?(?:된|한|은|주신|하신|신|던|가진|열린|치른|뜬|연)\s+(?:\S+\s+)?$"
)
# A time word in a Korean clause: a day, a month, or a relative month ("지난달", "작년 12월").
# A sentence that opens with the visit a report cited just before ("현지 방문은 3일 이뤄졌다",
# "The visit took place on Wednesday").
_VISIT_TOLD_NEXT = re.compile(
    r"(?:(?:현지[ \t]?)?(?:방문|시찰|현지지도|료해|점검)(?:은|는)"
    r"|(?i:the (?:visit|inspection|tour)\b))"
)
# A wire service's dateline opening a paragraph of the body: "SEOUL, Feb. 4 (Yonhap) -- …".
_WIRE_DATELINE_BEFORE = re.compile(r"[ \t]*[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?,[ \t]+")
_WIRE_DATELINE_AFTER = re.compile(
    r" \((?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\))[A-Z][A-Za-z .-]{1,20}\)[ \t]*(?:--|—|–)"
)
_KO_LOOKED_BACK = ("지난", "앞서", "또", "이어", "다시", "이미")
# A South Korean place after its province, as a sentence's subject or setting ("경기 이천시는",
# "충남 부여군 은산면에서", "서울 강남구는").
_KO_SOUTHERN_UNIT = re.compile(
    r"(?<![가-힣])(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
    r"(?:도|특별시|광역시|특별자치도|특별자치시)?[ \t]+(?:[가-힣]{1,4}(?:시|군|구)[ \t]+)?"
    r"[가-힣]{1,4}(?:시|군|구|읍|면|동)(?:은|는|이|가|에서|의)(?![가-힣])"
)
# "… 했다고 조선중앙통신이 4일 보도했다": the day state media reported what the sentence tells.
_KO_REPORTED_ON = re.compile(
    r"(?<=[가-힣])(?:었|았|였|했|됐|봤|졌|왔|갔|쳤|켰|웠)다고[ \t]?"
    r"(?:북한[ \t]?|북한의[ \t]?)?(?:관영[ \t]?)?"
    rf"(?:{KO_STATE_MEDIA}|매체들?)"
    r"(?:이|가|은|는)[ \t]?"
    r"(?P<day>[0-3]?[0-9])일[ \t]?(?:보도|전)했다"
)
_KO_TIME_WORD = re.compile(r"[0-9]\s?(?:일|월|년)|지난\s?달|지난해|작년|이달")
# A day of the month written on its own ("29일"), not a count ("10일간") or part of a number.
# (not a day with its month: "지난 2월 7일")
_KO_BARE_DAY = re.compile(r"(?<![0-9])(?<!월 )(?<!월)[0-9]{1,2}\s?일(?![0-9간])")
# The end of a sentence that says news of the events came ("...에서의 착공소식이 전해졌다").
_KO_NEWS_CAME = re.compile(
    r"소식(?:이|도)\s?(?:전해졌|전해지|들려왔|알려졌)[^.]{0,6}$"
    # ("11일에는 A군, B군의 착공소식을 보도하였다": the day the news was carried)
    r"|소식(?:을|도)\s?(?:보도하였|보도했|전했|전하였|알렸)[^.]{0,6}$"
)
# The same endings when the trigger itself ends with one ("착공한", "준공된").
_KO_ENDINGS = ("된", "한", "신", "던", "연")
# A day told right after a place ("Songchon County, South Phyongan Province on February 28").
# A place the sentence compares its own factories with ("the factories, which follow those of
# neighbouring Unpha County inaugurated on January 10, are ..."): told, but not the subject
# that the next placeless sentence goes on about. (Nor the one it follows: "the second modern
# hospital ..., following the Kangdong County Hospital which Kim opened last month".)
_COMPARED_NEIGHBOUR_BEFORE = re.compile(
    r"(?:\b(?:those|that) of (?:the )?(?:neighbou?ring |nearby |adjacent )?|\bneighbou?ring "
    r"|\bfollowing (?:the |that of |those of )?)$"
)
_ON_DAY_AFTER = re.compile(
    r"[^.;]{0,50}?\bon (?:[A-Z][a-z]{2,8}\.? [0-9]{1,2}\b|[0-9]{1,2} [A-Z][a-z]{2,8}\b)"
)
# A ceremony in the adnominal form right before a place (its province between): the place is
# the one it qualifies ("지난 1월 준공된 강원도 고산군"), and how far after it that place may start.
_KO_CEREMONY_QUALIFIES = re.compile(r"(?:준공|착공|완공)(?:된|한)\s+(?:[가-힣]{2,6}도\s+)?$")
_KO_QUALIFIED_PLACE_REACH = 10
# The rest of such a ceremony word up to the place it qualifies ("준공|된 평안북도 |운산군").
_KO_QUALIFIES_JOINED = re.compile(
    # (and a ceremony held, its object particle first: "착공식을 연 염주군·배천군·김정숙군")
    r"(?:[을를]\s)?(?:된|한|던|연|열린)\s+(?:[가-힣]{2,6}도\s+)?"
    r"(?:[가-힣]{1,5}(?:군|시|구역)\s?(?:과|와|,|·)\s?)+"
)
_KO_QUALIFIES_PLACE = re.compile(r"(?:된|한|던|했던|됐던|되였던)\s+(?:[가-힣]{2,6}도\s+)?")
# (when it says when: "지난 1월", "2월 7일"; a year alone dates no event)
_KO_DAY_OR_MONTH = re.compile(r"[0-9]{1,2}\s?(?:월|일)")
# What follows a ceremony in the adnominal form up to the sentence's own ceremony: the noun
# it qualifies ("착공한 | 지방공업공장들이 준공되였다", "착공된 | 20곳이 모두 준공됐다").
_KO_EARLIER_STAGE = re.compile(r"\s+[^\s.,]{1,12}(?:\s+(?:모두|다|전부))?\s+")
# The rest of a ceremony noun that is the subject of its sentence ("착공식들이 ").
# The end of a Korean clause that a contrast follows ("참석했지만, ", "열렸으나, ").
_KO_CONTRAST_BEFORE = re.compile(r"(?:지만|으나),\s*$")
_KO_SUBJECT = re.compile(r"(?:식)?(?:들)?(?:이|가|은|는)\s")
# What stands between an inspection's word and the place its inspectors came to ("소
# 검열성원들이 이달 12일부터 " before "김형직군").
_KO_INSPECTORS_TO = re.compile(
    r"(?:소)?\s?(?:(?:검열\s?)?(?:검사|성원|원|단|조|관|그루빠|일꾼|일군)들?)?(?:이|가|은|는)\s"
    r"[^.\n\"”]{0,30}"
)
# A row's further places after its first, one per slash ("▲12.15(월) 강동군 공장 준공,
# 김 참석 / 평안남도 신양군 / 자강도 낭림군(연설 …)"): the place opens its own item.
_KO_SLASHED_ITEM = re.compile(r"[ \t]/[ \t]*(?:[가-힣]{1,6}(?:도|시)[ \t]+)?$")
# The place a run of ceremonies ended with ("… 준공을 김형직군을 끝으로 마쳤다").
_KO_AS_THE_LAST = ("을 끝으로", "를 끝으로", "을 마지막으로", "를 마지막으로")
# How many sentences above a list's caption its lead may be.
_LEAD_SENTENCES_BACK = 2
# Marks that open a note's line ("※ 날짜는 …").
_NOTE_MARKS = ("※", "*")
# A place as the topic of the date after it ("구장군은 1월 24일, 구성시는 1월 30일").
_KO_TOPIC = re.compile(r"(?:은|는)\s")
_KO_TOPIC_DATE_REACH = 8
# "7일에는 평안북도 운산군이, 9일에는 강원도 이천군이": a day as the topic, its place after it.
_KO_DAY_TOPIC = re.compile(r"(?:에는|엔)\s")
_KO_DAY_TOPIC_PLACE_REACH = 12
# A day right before a place, its province at most between ("1월 10일 황해북도 ").
_KO_DAY_BEFORE_PLACE = re.compile(r"[0-9]{1,2}\s?일\s(?:[가-힣]{2,5}[도시]\s)?$")
# A day right next to its place, a province's name at most between ("3일 함경남도 금야군").
_DAY_PLACE_REACH = 12
_CLAUSE_BREAK = re.compile(r"[,.;:\n…]")
# A speaker's first sentence this short may be a greeting before the lead ("DANA: Welcome
# back.").
_GREETING_MAX = 24
_SPEAKER_CUE = re.compile(r"[A-Z][A-Za-z]{1,15}:[ \t]")
# ... or a turn of a transcript, its speaker's outlet in brackets ("Q (Yonhap): ").
_SHORT_TURN_WORDS = 3
# The particle or copula a Korean list's facility word may end with ("공장과", "공장들의",
# "제지공장입니다"), and particles left on their own once the place before them is cut
# ("강동군의" -> "의").
_KO_WORD_ENDING = re.compile(r"(?:들)?(?:입니다|이다|과|와|의)$")
_KO_PARTICLES_ALONE = frozenset(("의", "과", "와", "들의"))
# A short answer that counts the sites it is about to name ("Four places.", "Six counties.").
_SITES_COUNTED = re.compile(r"\b(?:places|sites|counties|locations)\b")
_TURN_CUE = re.compile(r"[A-Z][A-Za-z]{0,15}(?:[ \t]\([^()\n]{1,30}\))?:[ \t]")
# "착공식이 열린 곳은 ...", "준공식을 치른 곳은 ...": the places where the ceremony was held,
# listed after it.
_KO_SITES_OF = re.compile(
    r"(?:(?:식)?(?:들)?(?:이|가)\s?(?:열린|진행된|있은|거행된|치러진)|(?:식)?(?:들)?(?:을|를)\s?(?:치른|연|가진)"
    r"|한|된)?\s(?:곳|지역|시·군)(?:들)?"
    # (or some of them: "착공식이 진행된 지역들 가운데는 A군과 B군, … 등이 있다")
    r"(?:은|는|\s?가운데는|\s?중에는)\s"
)
# An adnominal ending of a stage right before the noun it qualifies ("착공한 공장", "착공된 A군").
_KO_ADNOMINAL_STAGE = re.compile(r"(?:한|된|했던|됐던)\s(?!지\s)")
# An interval after an event ("착공 약 10개월 만의", "착공한 지 1년 만에").
_KO_INTERVAL_AFTER = re.compile(r"(?:한|된)?\s?(?:지\s)?(?:약\s?)?[0-9]+\s?(?:개월|년|주|일)\s?만")
# The start and the end of a span Korean counts ("착공부터 준공까지 열 달 정도 걸린").
_KO_SPAN_FROM = re.compile(r"(?:식)?부터\s?[가-힣]{1,4}까지")
_KO_SPAN_TO = re.compile(r"(?:식)?까지\s?(?:약\s?)?[^.\n]{0,12}?(?:걸린|걸렸|걸리|소요|만에)")
# A Korean adnominal of holding right after a date ("29일 열린 준공식").
_KO_HELD_ON = re.compile(r"\s?(?:에\s?)?(?:열린|진행된|있은|가진|거행된)")
# A day's ceremony said held after it ("26일 열렸으며", "26일에 진행됐다고").
# "…에서 11일": a day right after the place where it happened.
_KO_PLACES_THEN_DAY = re.compile(r"[군시역]에서\s(?:지난\s)?$")
_KO_HELD_AFTER = re.compile(r"\s?(?:에\s?)?(?:열렸|진행됐|진행되였|있었|거행됐|거행되였)")
# The number a plural reference names ("두 곳", "the three counties").
_COUNT_WORDS = {
    "두": 2, "세": 3, "네": 4, "둘": 2, "셋": 3, "넷": 4, "two": 2, "three": 3, "four": 4, "both": 2
}
_COUNT_WORD = re.compile(r"(?<![가-힣A-Za-z])(두|세|네|둘|셋|넷|two|three|four|both)(?![A-Za-z])")


def _plural_count(phrase: str) -> int | None:
    found = _COUNT_WORD.search(phrase)
    return _COUNT_WORDS[found.group(1)] if found else None

# A ditto mark in a table cell: the same as the row above.
# A ditto mark for the date above: "〃", or a cell of a quotation mark ("| 2 | " | Sinyang |").
_DITTO = re.compile(r"[〃″]|\|[ \t]*(?:\"|“|”|ditto|do\.)[ \t]*\|")
# A row that opens with its date: "- Nov. 19: ...", "• 12월 28일: ...", "Dec. 16 -- ...".
_ROW_DATE_START = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?(?:[A-Z][a-z]{2,8}\.?[ \t]+)?[0-9]{1,2}")
# The parts of a header cell that names two columns in one ("| 준공사·비고 |").
_HEADER_PARTS = re.compile(r"[·/,&]")
_HEADER_CELL_MAX = 30  # the longest header cell read for the ceremony its words tell
_DAY_SENTENCE_WORDS = 4  # the most words besides its day a sentence that only dates may have
_DAY_SENTENCE_WORDS_KO = 2  # (Korean words carry their particles: "먼저 그저께, 6일 금요일이죠.")
_PLACES_NAMED_REACH = 2  # sentences back that "both sites" looks for the places it means
_PERIOD_HEADING_REST = 2  # what a year or month heading may hold besides its date
_EVENT_HEADING_MAX = 40  # how long a heading that names its rows' ceremony may be
# A chat export's message line: its time, then the speaker ("[18:02] minji.k: …").
_CHAT_MESSAGE = re.compile(r"[ \t]*\[[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\][ \t]*[^\s:]{1,30}:")
# What joins two places of one group with a middle dot ("장연군·평안남도 북창군").
_DOTTED_JOIN = re.compile(r"[ \t]*·[ \t]*(?:[가-힣]{1,4}도[ \t]+)?")
# A heading line that ends with a count of sites ("■ 2월 28일 — 두 곳", "27 Feb — six sites").
_COUNT_OF_SITES_END = re.compile(
    r"(?:[0-9]{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)[ \t]?곳[ \t]*$"
    r"|\b(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten)[ \t]+"
    r"(?:sites|counties)[ \t]*$",
    re.IGNORECASE,
)
# ... and how many words a day's heading may say besides its date ("Wednesday (Feb. 26)",
# "HOST: And the next day?"; not "오늘 자 노동신문 보고 정리함.").
_DATE_HEADING_REST = 3
# A place's own relative clause up to a date: "A County (X), where ground was broken ... on".
_WHERE_CLAUSE = re.compile(
    r"(?:[ \t]*\([^()\n]{0,40}\))?,[ \t]+where[ \t][^,;:()\n]*?[ \t](?:on|in)[ \t]"
    r"(?:[A-Z][a-z]+day,?[ \t])?"
)
_WHERE_CLAUSE_REACH = 160
# A heading's note that its day is not known ("Late Feb, day not given", "(exact day unknown)").
_DAY_NOT_GIVEN = re.compile(
    r",?[ \t]*\(?(?:(?:the|exact)[ \t]+)?(?:day|date)s?[ \t]+(?:not[ \t]+(?:given|reported|known"
    r"|stated|published)|unknown)\)?|,?[ \t]*\(?no[ \t]+(?:exact[ \t]+)?(?:day|date)\)?",
    re.IGNORECASE,
)
_CEREMONIES_WEIGHED = 6  # the last ceremonies told that "... followed" may go on with
# "Factories were also inaugurated in A": more of the ceremonies told a few sentences before.
_ALSO_TOLD = re.compile(r"\b(?:were|was) also (?:inaugurated|opened|held|broken|started)\b")
_ALSO_REACH = 4
_SEASON_OR_YEAR = re.compile(r"\b(?:winter|summer|spring|autumn|year|month|week)\b")
# The end of a Korean clause that tells what came before ("… 진행된 이후", "… 준공된 뒤"), and
# a year said without its number ("올해에 들어와").
_KO_AFTER_CLAUSE = re.compile(r"[가-힣]\s?(?:이후|이래|뒤에?|다음에?)\s")
_KO_YEAR_WORD = re.compile(r"(?:올해|금년|이해|지난해|작년|이듬해)(?:에|에는|에도|들어|\s)")
# Brackets in a table header cell ("김정은 참석(준공)") and the words that close a column name
# ("착공일", "Opening date").
_COLUMN_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# The event an attendance column is about: "| KJU at opening |".
_COLUMN_AT = re.compile(r"(?<= at )(?:the )?([a-z][a-z -]*?)s?\s*\??\s*$")
# ... or after an underscore: "kim_gb", "kim_open".
_COLUMN_SUFFIX = re.compile(r"^\s*(?:kim|kju|leader)[_ ]([a-z_]+?)\s*\??\s*$")
# ... or before it: "gb_kju", "open_kju".
_COLUMN_PREFIX = re.compile(r"^\s*([a-z]+?)[_ ](?:kim|kju|leader)\s*\??\s*$")
# (and the leader's mark a legend puts after each date, its column run into the date's where
# a blank cell leaves it unaligned: "Start K      Opened K", "Start      Ks")
_COLUMN_TAIL = re.compile(r"[\s_]*(?:dates?|day|일자|일|시기)$|\s+(?:k[a-z]?|kju|kim)$")
# The first word of a table cell that answers with a note after it ("× (premier)", "no; K absent").
_CELL_ANSWER = re.compile(r"[\s(,;:–]")
# A short opening phrase of time or sequence before a sentence's subject ("On Friday, ",
# "And on Sunday, ", "Meanwhile, "); not of place ("In Pukchang, the speaker noted ...").
_INTRO_CLAUSE = re.compile(
    r"(?:(?:and|but|then|also|meanwhile|earlier|later)\b|(?:(?:and|but|then) )?(?:on|last|this|"
    r"that|the same|the next|the following|a day|two days|three days)\b)[^,.;:\n]{0,25}, ",
    re.IGNORECASE,
)
# A line that starts with a bullet, and the longest line that can be a date heading ("■ 월",
# "**Tuesday (Dec 16)**").
# An indented item of a list ("  - 12.16: 황주군 …").
_SUB_ITEM = re.compile(r"(?P<indent>[ \t]+)[-•·*▪◦][ \t]+")
# A wide fixed-width row (four gaps of spaces at least) and the indent of its wrapped cells.
_COLUMN_GAP = re.compile(r"\S {2,}(?=\S)")
# Letters a fixed-width screen shows two columns wide (Hangul, CJK).
_WIDE_LETTER = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]")
_WIDE_ROW_GAPS = 4
_LISTED_ON = re.compile(
    r"\b[a-z]+day's batch covered\b|\bbatch, reported [^,.;]{1,40},|\bnamed on [a-z]+day\b"
)
_LIST_ITEM_MARKS = ("○", "●", "◦", "■", "□", "◇", "◆", "▶")
_BULLET_ROW = re.compile(r"[ \t]*(?:(?:--?|–|[*•·▪‣▶►▸▹➤\u3147]\ufe0f?|\(?[a-h]\))[ \t]|[▲△])")
# A numbered paragraph that opens with its day ("6. 27 Feb — six counties, factories only: …",
# "5. Late Feb, exact day not reported: …").
_NUMBERED_DATED_ITEM = re.compile(
    r"[ \t]*[0-9]{1,2}\.[ \t]+(?:(?:Early|Mid|Late)[ \t]+[A-Z][a-z]{2,8}"
    r"|[0-9]{1,2}[ \t][A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2})\b"
)
# An item numbered within a section that opens with its day ("2.5 Fri 28 Feb: …", "3.1 Late
# February (…): …"; not a Korean month.day, "2.5 평남 …").
_NUMBERED_SUBITEM = re.compile(
    r"[ \t]*[0-9]{1,2}\.[0-9]{1,2}[ \t]+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun"
    r"|Jul|Aug|Sep|Oct|Nov|Dec|Early|Mid|Late)[a-z]*\b|[0-9]{1,2}[ \t])"
)
_DATE_HEADING_MAX = 24
# The longest line read as a section's title ("Regional-industry factories (foodstuff, daily
# necessities, garments), December").
_SECTION_TITLE_MAX = 90
_AGENT_BEFORE_SPAN = 60  # characters before a trigger where its other subject is told
# What ends a note's date after its label ("착공 2.28, 준공 12.28(김정은 참석)").
_LABEL_DATE_END = re.compile(r"[ \t]*(?:[,;(]|$)", re.MULTILINE)
_SUCH = ("such ", "similar ", "these ", "those ", "the same ")
# A bracketed remark that tells a place from its namesake ("(Ŭnsan; not the Unsan of N.
# Phyongan, whose factories opened on 7 Feb)").
_NAMESAKE_ASIDE = re.compile(r"\((?:[^()\n]*?[;,][ \t]*)?not the [^()\n]*\)")
_FUTURE_RELATIVE = re.compile(
    r", which (?:is|are) (?:due|expected|scheduled|set|slated|to be)\b[^,;.\n]*"
    r"|, which will\b[^,;.\n]*"
)
_AND_HIS_CEREMONY = re.compile(
    r"[\s,]*(?:and )?(?:then |also )?(?:attended|cut|opened|inaugurated|took part in"
    r"|was present at)\b"
)
# A remark that takes its row back ("DUPLICATE of r02 - delete", "do not use").
_WITHDRAWN_ROW = re.compile(r"\b(?:duplicate of|delete|do not use|withdrawn|ignore)\b")
_COMMENT_LINES_MAX = 8  # how many comment sentences above an export's rows hold its header
_CEREMONY_NAMED_BACK = 2  # how many sentences back a bare "ceremonies" finds its kind named
_TABLE_ROWS_MIN = 3  # lines set out with bars that make a table of their own
_DATE_LEAD_MAX = 60  # ... and of a day's line that leads the items under it with a colon
# How far into a group's heading line its date may start ("- Thursday (27th)", "(b) 27 Feb").
_SUB_HEADING_DATE_AT = 4
# The longest colon lead that is only a connective ("정리하면:", "In order:", "They are:").
_CONNECTIVE_LEAD_MAX = 12
# How far after a ceremony's word its being missed may be said ("준공식은 불참").
_MISSED_REACH = 12
_ASIDE_AFTER_MAX = 40  # the longest bracketed aside right after a ceremony word skipped
# The marks of items run together on one list line ("▲1월 8일 숙천군 ▲10일 은파군").
_ITEM_MARKS = ("▲", "△")
# What ends an item of a list line whose items carry no marks ("A, B → C").
_ITEM_BREAKS = ",;→"
# How many semicolons make them the only breaks between a line's items.
_SEMICOLON_ITEMS_MIN = 2
# A line that is only a date over a paragraph: how long it may be, what else it may hold
# (marks, brackets, a colon), and how many lines of the paragraph may stand below it.
_DATE_LINE_MAX = 40
_HEADING_MARKS = re.compile(r"[\s■□▶▷●◆◇#*:()\[\]〈〉<>.,\-–—]*")
_PARAGRAPH_LINES_MAX = 4
# How far back a sentence without a verb looks for the ceremony it goes on with.
_ELLIPSIS_REACH = 3
# The longest remark a run of dated sentences goes on past ("ME: And Wednesday?").
_REMARK_MAX = 40
# How many sentences back the ceremony a site list names ("The 13: A, B, ...") may be told.
_SITES_LEAD_REACH = 4
# How many site lists may follow one sentence of news (a transcript's "7일 보도된 곳은 …" and
# the answer to "어제 보도된 열세 곳은요?").
_SITE_LISTS_MAX = 2
# The words of a construction site on a line of the leader's log ("- 6월 2일: 강동군 병원
# 건설현장", "- 12 Sep — Ryonggang County Hospital construction site", "- Kusong: hospital under
# construction").
_SITE_WORDS = (
    "site", "under construction", "being built",
    # (a site seen before it opened: "| V | factories before completion |")
    "before completion", "before opening", "before the opening", "before their opening",
    "ahead of opening",
    "ahead of the opening",
    "건설현장", "건설장", "공사현장", "건설 중", "건설중", "준공 전", "준공을 앞둔", "준공 앞둔",
)
# Words that say a report gave no day ("gave no exact dates", "without giving exact dates").
_NO_EXACT_DATE = re.compile(
    r"\b(?:gave|give|gives|giving|named) no (?:exact |precise |specific )?(?:dates?|days?)\b"
    r"|\bwithout (?:giving |naming |an? )?(?:exact |precise |specific )?(?:dates?|days?)\b"
    r"|\b(?:did not|didn't|does not|doesn't) (?:give|name|say) (?:an? |the )?(?:exact |precise "
    r"|specific )?(?:dates?|days?)\b|\bno (?:exact |precise |individual )(?:dates?|days?)\b"
)
# A sentence about the ceremonies told before ("The ceremonies were held in A, B and C"), and
# how many sentences back they may have been told.
_DEFINITE_CEREMONIES = re.compile(
    r"(?:the|these|those) (?:[a-z-]+ )?(?:ceremonies|inaugurations|openings|ground-?breakings)\b"
)
_DEFINITE_CEREMONIES_REACH = 4
# From a place to a date inside the relative clause that qualifies it: "B County Hospital,
# which was inaugurated on".
_RELATIVE_CLAUSE_TO = re.compile(r"[^,.;]{0,40},\s+(?:which|where|whose)\b[^,.;]{0,60}")
# (and one that runs on to its day: ", whose hospital Kim had broken ground for in person on ")
_RELATIVE_CLAUSE_BEFORE = re.compile(r"[^,.;]{0,40},\s+(?:which|where|whose)\b[^,.;]{0,100}")
# Between two places joined as one subject ("Kyongsong and Orang counties").
_COORDINATED_WITH = re.compile(
    r"(?:[- ](?:gun|county|si|city))?(?:\s*\([^()\n]{1,40}\))?\s*(?:,|,?\s+and|&)\s*(?:the\s+)?"
)
# A relative clause right after a place (its province between): it tells of that place.
_RELATIVE_OF_PLACE = re.compile(
    r"(?:[- ](?:gun|county|si|city|guyok|district))?"
    r"(?:\s+in\s+(?:[^,.;()]|(?<=[A-Z])\.){2,30}?)?"  # ("in S. Hwanghae")
    r"(?:\s*\([^()\n]{1,40}\))?"  # (an aside: "Kosan (고산, Kangwon), whose factories ...")
    # ("Not Unchon, by the way, which is in South Hwanghae and opened on the 14th")
    r"(?:,\s+by\s+the\s+way)?"
    r"(?:,\s+which\s+(?:is|was|lies)\s+in\s+[^,.;]{2,30}?\s+and\s+(?:had\s+)?"
    r"(?:opened|broke\s+ground)\b|,\s+(?:whose|where)\b"
    r"|,?\s+(?:that|which)\s+(?:had\s+)?(?:opened|broke ground)\b)"
)
# A short line with a number in it and no sentence end, then a blank line: a byline.
_BYLINE_UNDER = re.compile(r"[^\n]{0,40}[0-9][^\n]{0,40}(?<![.!?다])\n[ \t]*\n")
# "(The opening) came days after …": a ceremony told already, timed by another event.
_CAME_AFTER = re.compile(
    r"\s+came\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|a few|several|[0-9]+)\s+)?"
    r"(?:days?|weeks?|hours?|shortly|soon|right|just)\s+(?:after|before)\b"
)
# A time still ahead of the report that closes a ceremony's clause ("are to be held in the
# coming days", "is set for later this week"), and how far after the ceremony it may stand.
_TIME_AHEAD = re.compile(
    r"\b(?:in the (?:coming|next few) (?:days|weeks|months)|in the days ahead"
    r"|later this (?:week|month)|(?:early |late )?next (?:week|month))\b"
)
_TIME_AHEAD_REACH = 160
# How many sentences before a decision may name the meeting's day.
_MEETING_REACH = 2
_LEAD_SENTENCES = 2  # (the lead: a report's first sentences)
_DATELINE_DASH = re.compile(r"[ \t\-—–]*\s*(?:--[ \t]*)?")
_BRACKETED_DATE_REACH = 24  # ("구성시 병원(13일)": the facility between)
# The longest notes cell of an export whose date may follow its event ("Kim inspected 2025-06-09").
_NOTE_CELL_MAX = 80
_YEAR_NEXT_TO_TRIGGER = 12  # ("unveiled in early 2024": the year is the decision's)
_TO_BE_BUILT = re.compile(r"\b(?:would|will|to)\b")
# The words before a ceremony that make it a point time is counted from, and how far back.
_REFERENCE_POINT_REACH = 40
_REFERENCE_POINT = re.compile(
    r"\b(?:within\s+(?:a|an|one|two|three|four|five|six|[0-9]+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+of|(?:months?|years?|days?|weeks?)\s+from)\s+(?:the\s+|its\s+|their\s+)?"
    # (a place may stand before it: "within a year of the Songchon ground-breaking")
    r"(?:[\w'-]+\s+)?(?:first\s+)?$"
    # ("some 280 days after ground-breaking": a span counted, not the ceremony "two days
    # after the ground-breaking in A")
    r"|\b[0-9]+\s+(?:days?|weeks?|months?)\s+after\s+$"
    # ("Kim inspected the site on 19 Nov, between the two ceremonies": a visit placed by them)
    r"|\bbetween\s+(?:the|its|their)\s+(?:two\s+)?$"
    # ("full on the day of the ceremony and empty a week later": a time it places)
    r"|\bthe\s+day\s+of\s+the\s+$"
)
# A ceremony named as where a speech was given ("In a speech at the ceremony, ...").
_SPEECH_AT_BEFORE = re.compile(
    r"\b(?:speech|address|remarks)(?: (?:delivered|made|given))? at the $"
)
# A heading of one to three words alone on its line ("Caveats", "Notes and sources", "메모").
_BARE_HEADING = re.compile(
    r"(?:[A-Z][a-z]+(?: (?:[a-z]+|&))?(?: [a-z]+)?|[가-힣]{1,6}(?: [가-힣]{1,6})?)"
)
# Others an event was held with ("together with several 2025-cohort counties").
_ALONGSIDE_BEFORE = re.compile(
    r"\b(?:together with|along with|alongside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
# Struck-through text: HTML and wiki markup, Markdown's tildes (on one line).
_STRUCK = re.compile(r"<(s|del|strike)>.*?</\1>|~~[^~\n]+~~", re.DOTALL)
# An iCalendar entry, from its first line to its last.
_ICS_ENTRY = re.compile(r"^BEGIN:VEVENT$.*?^END:VEVENT$", re.MULTILINE | re.DOTALL)
# A ceremony named as where something else was told ("at the A ceremony (row 7) Kim
# announced ..."), and the words after it that make it one of its own place ("at the
# ceremony held in A").
_AT_THE_BEFORE = re.compile(r"\bat the (?:[\w'-]+ )?$")
_OWN_PLACE_AFTER = re.compile(r"(?:\s+(?:held|there))?\s+(?:in|at|of|for)\s")
# A word that denies the ceremony right after it ("visits, not ceremonies").
_NOT_BEFORE = re.compile(r"\b(?:not|no|nor)\s+$")
# What follows a bare Korean ceremony word that a time is counted from ("착공 후 1년 안에",
# "착공 후 약 280일").
_KO_COUNTED_FROM = re.compile(
    r"[ \t]?(?:(?:후|이후)[ \t]+(?:약[ \t]?)?[0-9]+[ \t]?(?:년|개월|달|일|주)|다음[ \t]?날|이튿날"
    # ("착공 280일 만", "착공으로부터 280일만에")
    r"|(?:으로부터[ \t]?)?[0-9]+[ \t]?(?:년|개월|달|일|주)[ \t]?만)"
)
_KO_COUNTED_FROM_DATED = 12  # (how far before it a date makes it an event: "지난 2월 착공 이후")
# A span counted from an act ("opened about ten months after he broke the first ground"):
# the act is a point time is counted from unless the sentence dates it ("... here on
# February 28").
_SPAN_AFTER_ACT = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+)"
    r"\s+(?:months?|years?)\s+after\s+(?:(?:he|she|they|kim|the leader)\s+(?:had\s+)?"
    # ("about ten months after the ground-breaking", undated)
    r"|(?:the|its|their)\s+)?$"
)
# An indented line under a log's line (" - 3.7(목) 보도 6곳: ...").
_SUB_ROW = re.compile(r"[ \t]+[-·•▪◦]")
# How many sentences a remark line between a list's groups may hold ("👉 전부 공장. 김정은 ❌").
_REMARK_SENTENCES_MAX = 3
# Characters every mark a legend gives the leader's attendance contains.
_ATTENDANCE_MARK_HINTS = ("●", "○", "◎", "×", "✕", "[", "'김'", "‘김’")
# The bracketed name such a legend gives: "(김)", "(김, 연설·첫삽)" (not "(김정은 불참)").
_BRACKETED_NAME_MARK = re.compile(r"\((?:김|K|KJU)(?=[),;])")
# The cut between the segments of a line, one event each ("착공 2.6. / 준공 11.19.").
_SEGMENT_CUT = re.compile(r" / ")
# How far after a trigger its date may stand ("start in late Feb.").
_AHEAD_DATE_REACH = 40
_CLAUSE_BREAK = re.compile(r"[,;:()]")
# How far after a trigger an aside may run before the verb that puts it in the future.
_FUTURE_ASIDE_MAX = 120
# How many sentences into a report its gathering may be told ("Dear listeners, ... Koksan
# County has welcomed yesterday a day of great joy.").
_GATHERING_REACH = 3
# A line that is only a cue of a script ("[리포트]", "◀ 앵커 ▶", "SARAH:").
_CUE_LINE = re.compile(r"\s*(?:\[[^\]\n]{1,10}\]|◀[^▶\n]{1,10}▶|[A-Z가-힣]{2,10}:)\s*")
# The longest list line that is only places ("- 함북 경성군, 어랑군 (두 곳)").
_PLACES_ROW_MAX = 40
_DATE_IN_PLACE = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?")
_LOOK_BACK_DATE_REACH = 40
_LIST_FOLLOWS = re.compile(
    r"다음과 같|아래와 같|\bas follows\b"
    # (not a time: "the following day")
    r"|\bthe following\b(?! (?:day|days|week|weeks|month|months|year|morning|evening)\b)"
)
_LIST_FOLLOWS_WORDS = ("다음과 같", "아래와 같", "as follows", "the following")
_LIST_FOLLOWS_REACH = 4
_PLACE_LINES_MAX = 30  # lines of places read under a colon opener after the last trigger
_SAME_DAY_AS = re.compile(
    r"\bsame day as (?:the (?:one|ceremony|opening|ground-breaking) (?:in|at) |that (?:in|at|of) "
    # ("On the same day as the Ichon ceremony, …": Ichon's day)
    r"|the )?"
)
_LEADER_LOG_REACH = 300
_KO_RETROSPECTIVE = re.compile(r"[가-힣]{0,3}던\s")
_RELATIVE_LOOK_BACK = re.compile(r"\b(?:where|when)\s+(?:[^,;.]{0,30}?\s)?had\b[^,;.]*$")
_FUTURE_ATTENDANCE = re.compile(
    r"\bwill (?:attend|open|hold|inaugurate|cut the ribbon at|be at)\b[^.;,:!?]*$"
)
# A past rank among the sites ("was the last of the first cohort to be inaugurated, on 11
# February"): what was done, not a plan.
_PAST_RANK_BEFORE = re.compile(
    r"\b(?:was|were|became)\s+the\s+(?:first|last|second|third|latest|earliest|only)\b"
    r"[^.;:!?]{0,60}?\bto\s+(?:be\s+|have\s+been\s+)?$"
)
# A visit told as what came after the row's ceremony ("…, followed by a tour of the
# aquaculture base").
_VISIT_AFTER_CEREMONY = re.compile(r"\b(?:followed by|and then|before) (?:a |an |his )?$")
_VISIT_AFTER_SPAN = 20
# The place of the sentence before, said again ("in the same county", "같은 군에서").
_SAME_PLACE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat) same (?:county|city|district)\b|같은 (?:군|시|구역)(?:에서|의|에)"
)
# The kinds of unit an English report refers back to by their word ("in the city").
_UNIT_WORDS_EN = frozenset({"city", "county", "district"})
# What imagery shows of the works: the stages of building, not an event.
_SEEN_FROM_ABOVE = frozenset({"construction_progress", "completion"})
# How far into a line a date may start and still open it ("- ", "• ", "2. ").
_LINE_MARK_MAX = 4
# A noun between a Korean ceremony word and the colon before its sites ("착공 보도: …").
# (and a count of the sites: "착공식 6곳: 평남 북창군, …")
# (and a few words after the count: "착공 6곳 한꺼번에 나왔어요: …")
# (and the report's day set apart before it: "3월 초 착공, 3.7 보도: …", "착공 (3.7 보도): …")
_KO_NOUN_BEFORE_LIST = re.compile(
    r"[ \t]?(?:,[ \t]?|\()?(?:(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])\.?[ \t]?"
    r"|(?:1[0-2]|0?[1-9])월[ \t]?(?:3[01]|[12][0-9]|0?[1-9])일[ \t]?)?"
    r"(?:보도|현황|명단|목록|대상지|순서|일지|일람|(?:[0-9]{1,2}|두|세|네|다섯|여섯|일곱)[ \t]?곳"
    r"(?:[ \t]+[가-힣]{1,6}){0,2})\)?[ \t]?:"
)
# A Korean "after that" between a day and the places told after it ("1월 7일 재령군, 이후 숙천·
# 은파 등에서").
_KO_THEREAFTER = re.compile(r"(?<![가-힣])(?:이후|그\s?뒤|그\s?후|뒤이어)[ \t]")
# An aside in brackets between a ceremony and the colon before its places ("김정은 불참
# 준공식(위 4곳 외): 신양·랑림·…").
_KO_ASIDE_BEFORE_LIST = re.compile(r"[ \t]?\([^()\n:]{1,20}\)[ \t]?:")
# A legend's line: a label, then marks with what they mean ('Column "Kim": Y = …', "Kim
# present? Y = reported present; N = …").
_LEGEND_LINE = re.compile(
    r"[ \t]*(?:(?:Column|Legend|Key)\b[^\n=]{0,40}:[^\n]{0,20}=|[^\n=]{1,40}[:?][ \t]+\S{1,4} = )"
)
# A sentence that says what a list leaves out.
# (or, in Korean, left out: "나머지 19곳 착공 날짜는 … 밝히지 않아서 생략했어요")
_NOT_LISTED = re.compile(
    r"\b(?:are|is|were|was) not (?:listed|included|shown|covered|given|counted)\b"
    r"|\bnot (?:listed|included|shown) (?:here|below|in (?:this|the) (?:table|list))\b"
    r"|(?:날짜|일자|날)[은는]?[^.\n]{0,30}?(?:생략|적지 않|넣지 않|뺐|제외)"
)
# A record's heading: its place in capitals, then brackets ("JANGYON (장연군; MR …) — …").
_CAPS_RECORD_HEADING = re.compile(r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,3} \(")
# The number of an item of a numbered list ("1. ", "2) ").
_ITEM_NUMBER = re.compile(r"([0-9]{1,2})[.)][ \t]")
_NEXT_LINE_ITEM = re.compile(r"\n+([0-9]{1,2})[.)][ \t]")
# A row's number in the first cell of a table line without bars at its edges ("11 | ").
_ROW_NUMBER_CELL = re.compile(r"[0-9]{1,3}[ \t]+\|[ \t]+")
# Provinces only the North has, as English copy spells them (KCNA, McCune-Reischauer, the
# South's romanisation).
_NORTHERN_PROVINCE_EN = re.compile(
    r"\b(?:P'?y[oŏ]ng-?an|Pyeongan|Haml?gy[oŏ]ng|Hamgyeong|Hwanghae|Chagang|Jagang|Ryanggang"
    r"|Yanggang)\b"
)
# What may stand on a longer line of places besides them: their province, "and", commas.
_PLACE_WORDS = re.compile(
    r"(?:North |South )?[A-Z][a-z]+ Province|\b(?:County|City|District|Province|and|the)\b"
    r"|[\s,;:.\-–—•*·]|(?:평안|함경|황해)[남북]도|(?:자강|강원|[량양]강)도|(?:평양|남포|개성|라선)시?"
    r"|[평함황][남북](?![가-힣])|(?:[남북]도|도)\b"
)
_PLACES_ROW_REST_MAX = 12
_LABEL_AFTER_DASH = re.compile(r"[ \t][–—-][ \t][^–—\n]{1,16}$")
# The longest sentence after the last event's that is read as a list of its places.
_PLACES_SENTENCE_MAX = 240
# The longest source or label before a colon that opens a list of places and dates.
_SOURCE_BEFORE_COLON_MAX = 60
_DATED_RUN_MIN = 3
# How far into its body a report names its subject ("Running count of openings: ...").
_THEME_REACH = 400
_LAST_YEAR_REACH = 60  # how far before a trigger "last year" may stand in its clause
_KO_COPULAS = ("이다", "입니다", "였다", "이었다")
# A spoken Korean sentence that ends on a copula, without a verb of its own ("어제, 목요일이었죠,
# 평안북도 구성시였습니다.", "그제, 수요일에는 강원도 고산군이었고요.").
_KO_SPOKEN_COPULA_END = re.compile(
    r"(?:(?:이었|였|입니|이에|예|이|이고|였고|이었고)(?:습니다|다|요|죠|고요)?"
    # (or on the place itself: "금요일에는 황해북도 은파군.", "수요일에 평안남도 숙천군이요.")
    r"|(?:군|시|구역)(?:이요)?)[.!\s]*$"
)
_ROW_TRIGGERS_MAX = 8  # triggers looked at from a row's start (a row holds a few at most)
# A numbered heading: a few words without a figure ("3. 평가", "2. Main events").
_NUMBERED_HEADING = re.compile(r"[ \t]*[0-9]{1,2}[.)][ \t]+[^0-9\n]{1,20}")
# A section heading lettered or in Roman numerals ("B. Site inspections", "II. Openings").
_LETTERED_HEADING = re.compile(r"[ \t]*(?:[A-HJ-Z]|[IVX]{1,4})\.[ \t]+[A-Z가-힣][^\n]{0,60}")
# The mark of a section heading: a number ("2. "), "#", "■", "▶".
# The counter that opens each card of a card-news item ("▶ 3/8 — 12월 15일 (월)", "[3/8]").
# (a counter, not a day: "▶ 1/24(금) 평북 구장군 준공." is a dated line)
_CARD_COUNTER = re.compile(
    r"[ \t]*(?:[▶▷►■◆][ \t]*|\[)[0-9]{1,2}[ \t]*/[ \t]*[0-9]{1,2}"
    r"(?=[ \t]*(?:[—–:|\]-]|\n|$))"
)
_CARDS_MIN = 3
_CARD_LINE = re.compile("^" + _CARD_COUNTER.pattern, re.MULTILINE)
_SECTION_MARK = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)][ \t]|#{1,4}[ \t]|[■□▶▷◆◇●][ \t]?)")
# A word, and the pattern of a trigger read into a sentence without a verb.
_WORD = re.compile(r"[a-z]+")
# Words one of which comes before a day an outlet reported on ("according to KCNA on
# Saturday", "State media on Thursday said"): a cheap test before the pattern.
_CITED_SOURCE_WORDS = ("ccording to", "media", "kcna", "agency", "rodong", "kctv", "told")
# How far a bracketed aside may reach around a date it holds.
_ASIDE_REACH = 80
# The mark that opens a list's item ("○ ", "• ", "- ").
_MARKED_ITEM = re.compile(r"[ \t]*[○●◦▪■□▶▷◆◇※•*·-]")
_BRACKETED = re.compile(r"\([^()\n]*\)")
# A label in square brackets before a heading's date ("[카드 3] 2월 3일(화) · 세 곳").
_BRACKETED_LABEL = re.compile(r"\[[^\[\]\n]{1,12}\]")
_WORDS_ANY = re.compile(r"[a-z가-힣]+")
_ELLIPSIS = re.compile("")
_TRANSCRIPT_TURNS_MIN = 4
_THEME_TURNS = 2  # how many turns a transcript's theme is looked for in
# A log entry's stamp: its full date and the mark after it ("2024-03-05 | ").
_ENTRY_STAMP = re.compile(r"[ \t]*(?:19|20)[0-9]{2}([-./])[0-9]{1,2}\1[0-9]{1,2}[ \t]*[|:—–]")
_DIGIT = re.compile(r"[0-9]")
# A ceremony's place in its series, before a table's stage ("첫 착공", "last opening").
_SERIES_PLACES = frozenset({"첫", "마지막", "first", "last", "final"})
# A header of fixed-width columns with no rule under it: checked against the lines below.
_ALIGNED_ROWS_MIN = 3
_ALIGNED_ROWS_CHECKED = 5
_WORD_START = re.compile(r"(?:(?<=^)|(?<= ))[^ ]")
# A field of a line whose fields are set apart by two spaces or more.
_SPACED_FIELD = re.compile(r"[^ \n]+(?: [^ \n]+)*")
# A message that opens with more sites of the day just told, after its stamp and sender.
_SAME_DAY_OPENING = re.compile(
    r"(?:\[[^\[\]\n]{1,30}\][ \t]*)?(?:[^:\n]{1,30}:[ \t]+)?(?:on )?(?:the )?same day\b"
)
# How far after a place its own day is written ("in Songchon County, South Phyongan
# Province, on February 28").
_OWN_PLACE_DAY_REACH = 60
# An entry of a list of sources: its outlet, the item's title in quotes and its day of
# publication ('1. KCNA, "Construction of factories begins in Ryonggang County", 10 Feb 2025.').
_CITED_TITLE_LINE = re.compile(
    r'[ \t]*[0-9]{1,2}[.)][ \t]+[^"\n]{1,60},[ \t]*"[^"\n]+",[ \t]*[^"\n]{4,30}\.?[ \t]*'
)
_SHARED_CEREMONY_ROWS_MIN = 2  # lines of a list that name its ceremony themselves
# Words beside what is built at a site ("grain management facility", "병원만", "(공장) X").
_BUILT_WORDS = frozenset({"facility", "facilities", "only", "만", "x"})
# The province written short that the gazetteer leaves to its context ("강원 고산군").
_KANGWON_SHORT = "강원"
# How near a month stands before the place a Korean run of places starts with ("지난해 12월
# 성천군을 시작으로 …") to be that place's alone.
_KO_FIRST_PLACE_REACH = 8
# How many sentences back a Korean sentence without a subject looks for its actor.
_KO_SUBJECT_REACH = 8
# "현지 방문", "현지 시찰": a visit on the spot, the leader's in a table about him.
_ON_SITE = re.compile(r"현지\s?$")
# Where a Korean sentence's own subject would stand, and the particles that mark one (not a
# time or place put first as a topic: "12일에는", "거기서는").
_KO_SUBJECT_HEAD = 30
_KO_SUBJECT_PARTICLES = ("은", "는", "이", "가")
_KO_ADVERBIAL_TOPICS = ("에는", "서는", "로는", "까지는", "부터는", "때는", "에도는")
# The labels of a record's fields, not speakers ("CAPTION: …", "CREDIT: …").
_RECORD_FIELDS = frozenset(
    {"ref", "shot", "caption", "credit", "desk note", "note", "notes", "source", "sources",
     "date", "status", "project", "start", "open", "opened", "county", "province", "place",
     "remarks", "remark", "type", "event", "tags", "title", "url", "id", "location", "photo"}
)
# A speaker's label opening a line of a transcript ("TO: ", "MIN-HO: ", "HOST A: ", "진행자: ",
# "[연구위원] ").
# (a name with its accents, or an initial: "Tomás R.")
_SPEAKER_NAME = (
    r"(?:[A-Z][A-Za-zÀ-ÿ-]{0,15}|[가-힣]{1,6})(?: (?:[A-Z][A-Za-zÀ-ÿ-]{0,15}\.?|[가-힣]{1,6}))?"
)
# (after a timestamp too: "[00:00:41] OP: Sure.")
# (after a time cue, or a mark that tells the speakers apart: "◆ 문태윤: …", "◇ 고은솔: …")
_SPEAKER_LABEL = re.compile(
    rf"^[ \t]*(?:\[[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?\][ \t]*|[◆◇■□▶▷●○][ \t]*"
    # (or a chat app's message stamp: "[12/16/25, 8:05:11 AM] Tomás R.: …")
    rf"|\[[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{2,4}},[ \t]+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?"
    rf"(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?\][ \t]*)?"
    rf"(?:({_SPEAKER_NAME}) ?: |\[({_SPEAKER_NAME})\][ \t])",
    re.MULTILINE,
)
# The longest line that can be a list heading ("Related articles", "많이 본 뉴스").
_HEADING_MAX = 40
# The opening of a relative clause about the thing just named.
_EN_RELATIVE_OPENING = re.compile(
    r"(?:,\s+|\b(?:county|city|district|town|site|place|spot)\s+)(?:which|where|whose|when)\b"
)
# Between two coordinated places: a bracketed province, a comma or "and".
_EN_COORDINATED = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+)?|and\s+)\s*$")
# A clause that starts with the place of its event ("in B, Y Province, ground was broken").
# What may open a clause before the place it starts with ("and B County, Y Province, ...").
_AND_BEFORE = re.compile(r"\s*(?:and\s+)?")
# The preposition right before the first place of a clause that only names places.
_IN_BEFORE_PLACE = re.compile(r"\b(?:in|at|of|from)\s+(?:the\s+)?$")
_UNIT_WORDS = frozenset({"county", "city", "district", "province"})
_EN_PLACE_CLAUSE = re.compile(
    r"(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)(?:the\s+)?[A-Z]"
)
# English prepositions that make a programme-wide phrase the place of an event.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|across|throughout)\s+(?:the\s+)?$")
# "the Sinuiju combined ": a place name right before a facility word makes it a name.
_EN_NAMED_BEFORE = re.compile(r"\bthe [A-Z][\w'-]+ (?:[a-z]+ )?$")
# A relative clause about the thing just named (", which was inaugurated on Sunday").
_EN_RELATIVE_AFTER = re.compile(r"[\"”']?,\s+(?:which|that)\b")
# A plan between a trigger and a place ("would be built in").
_EN_PLANNED = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to|planned)\b")
# A participle aside after a place: it speaks of something else.
_EN_ASIDE = re.compile(
    r",\s+(?:declaring|saying|calling|noting|stressing|adding|describing|praising|hailing"
    r"|urging|pledging|vowing)\b"
)
# A line labelled by its date: "27 February. Regional industry factories in ...".
_DATE_LABEL_ROW = re.compile(
    r"(?:(?:Around|About|Circa|c\.)[ \t])?(?:[0-9]{1,2}(?:[-–][0-9]{1,2})?[ \t][A-Z][a-z]{2,8}"
    r"|[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2})(?:\.[ \t]|[ \t]*\([^()\n]{0,60}\):[ \t]|:[ \t])"
    # (or a day/month and a dash: "27/02 — regional industry factories: A, B", "c. 25–26/02
    # (no exact day in the reports) — ground broken in A")
    r"|(?:(?:Around|About|Circa|c\.)[ \t])?[0-9]{1,2}(?:[-–][0-9]{1,2})?/[0-9]{1,2}"
    r"(?:[ \t]+\([^()\n]{0,60}\))?[ \t]+[—–-][ \t]"
    # (or a day and a month's name, or a part of a month, and a dash: "27 Feb (Thu) — A, B",
    # "Late Feb (day not reported) — A")
    # (with its weekday before it and its year after it, and "--" for a dash: "Wed 08 Jan --
    # Sukch'ŏn", "Fri 20 Dec 2024 -- Sŏngch'ŏn")
    r"|(?:[A-Z][a-z]{2}[ \t])?(?:[0-9]{1,2}|Early|Mid|Late|early|mid|late)[ \t][A-Z][a-z]{2,8}\.?"
    r"(?:[ \t](?:19|20)[0-9]{2})?(?:[ \t]+\([^()\n]{0,60}\))?[ \t]+(?:[—–]|--)[ \t]"
    # (or a whole date set apart by spaces: "2025/01/24  Kujang County, P'yongan-bukto.")
    r"|(?:(?:19|20)[0-9]{2}([./-])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([./-])[0-9]{1,2}\2(?:19|20)[0-9]{2})"
    r"(?:[ \t]{2,}|\t)"
)
# A line of a list or table: a bullet or number, or cells split by a dash, bar or tab
# ("- A County of B Province;", "B Province – A County – Dec 15", "B | A | 2025-12-15").
_INDENTED = re.compile(r"(?:\u3000+|[ \t]+)")


def _set_in_under_row(text: str, start: int) -> bool:
    """Is the line at `start` set in under a list row ("▪️ 12/15(월) 강동군 ✅" over "　　같은
    날 평남 신양군 공장 ❌ / ...")? Not a line set in under a heading ("TUE" over "  Unchon
    Co.: ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _INDENTED.fullmatch(text, line_start, start):
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    if _BULLET_ROW.match(text, above) is None:
        return False
    # (set in deeper than the row above, itself set in or not: "  - Rangnim (Jagang), …" over
    # "    EDIT 16.12: first draft had Rangnim under Ryanggang.")
    indent_above = len(text[above:line_start]) - len(text[above:line_start].lstrip(" \t\u3000"))
    return start - line_start > indent_above

_LIST_ROW = re.compile(
    # (an emoji bullet carries a variation selector: "▪️ 12/13(토) …")
    # (and a pin, a small diamond or a check: "📍 지난 목요일(16일)엔 황해북도 연탄군.", "✔ 남포시
    # 대안구역"; and a row's note set in under it: "└ 착공: 2024.2.28 (수)"; and the "ㅇ" of a
    # Korean office's report: " ㅇ 평남 성천군 : '24.12.20.(금)")
    # (and an en dash: "– Hamju and Kumya (South Hamgyong)")
    r"(?:--?\s|–[ \t]"
    r"|[•*·▪‣▶►▸▹➤\u3147\U0001f4cc\U0001f4cd\U0001f539\U0001f538\u2705\u274c\u2611\u2713\u2714\u2514\u21b3]\ufe0f?\s"
    # (a circled number: "② 2.3(화) 평양시 강남군, 평안남도 맹산군: …")
    r"|[▲△]|[■□◆◇●○][ \t]?[0-9]|\(?[a-h]\)\s|[\u2460-\u2473][ \t]|"
    # (a Korean outline's lettered item: "(나) 3.7.(목) 보도분, 6곳: …"; one lettered "가."
    # when it leads its own items with a colon, "가. 3월 7일 보도(6곳): …", not a section's
    # heading, "가. 2.3(화) 착공식 (조선중앙통신 2.4 보도)")
    r"\([가나다라마바사아자차카타파하]\)[ \t]"
    r"|[가나다라마바사아자차카타파하]\.[ \t](?=[^\n]*:[ \t])|"
    # (or one that opens with its day and names counties: "라. 2.28(금) 평양 강동군(공장), …")
    r"[가나다라마바사아자차카타파하]\.[ \t](?=(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])\.?"
    r"[ \t]?\([월화수목금토일]\)[^\n]*?[가-힣](?:군|구역)[,( ])|"
    # (a square labelling its line with a province: "■ 평안남도: 성천군 12.20, 숙천군 1.8")
    r"[■□◆◇][ \t]?[가-힣]{1,6}(?:도|시):[ \t]|"
    r"\(?\d{1,2}[.)/]\s|\|[^\n]*\|[ \t]*$|[^\n]{1,80}?(?:[ \t](?:[–—|-]|--)[ \t]|\t)"
    # (cells set apart by bars with no spaces: "01|Kangdong (Pyongyang)|hospital|Thu 6 Feb|…")
    r"|[^\n|]{1,40}\|[^\n|]{1,80}\|[^\n|]{0,80}\|"
    # (cells set apart by dot leaders: "Tue  7 Jan ....... Jaeryong (S. Hwanghae) ..... KJU")
    r"|[ \t]*[^\n]{1,40}?[ \t]\.{2,}[ \t]"
    # A line labelled by its date ("26 February. Hwangju-gun (Hwanghae-bukto): factories").
    rf"|{_DATE_LABEL_ROW.pattern}"
    # (or by the day of the report that named its places: "7일 보도(6곳): 평북 구성시, …")
    r"|(?:3[01]|[12][0-9]|0?[1-9])일[ \t]?보도(?:분)?[ \t]?(?:\([0-9]{1,2}[ \t]?곳\))?[ \t]?:[ \t]"
    # (or by a Korean day alone: "15일 평양시 강동군 지방공업공장들과 종합봉사소"; or with its
    # month: "12월 15일 강동군 지방공업공장, 종합봉사소(김정은동지 참석) / 신양군, …")
    r"|(?:(?:1[0-2]|0?[1-9])월[ \t]?)?(?:3[01]|[12][0-9]|0?[1-9])일[ \t]"
    r"(?=[^\n]{0,12}?[가-힣]+(?:도|시|군|구역)[ \t,(])"
    # (or by a month.day and its weekday: "1.8(수) 평안남도 숙천군 ×")
    r"|(?:1[0-2]|0?[1-9])[./](?:3[01]|[12][0-9]|0?[1-9])\.?[ \t]?\([월화수목금토일]\)[ \t]"
    # (or by a month/day before a Korean place: "1/8 평남 숙천군")
    r"|(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])[ \t]+(?=[가-힣])"
    # The rule under the header of a table without bars at its edges ("---|---|---", or with
    # joints: "------+------+----").
    r"|:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)+[ \t]*$|-{3,}(?:\+-{3,})+[ \t]*$"
    # A line of a pasted export ("1;Sŏngch'ŏn;S.P'yŏngan;20.12.2024;Y;",
    # "Gangdong,Pyongyang,factories,12/15/2025,yes").
    # (a quoted cell may hold commas: 'Hwangju,N. Hwanghae,"factories, grain …",26 Feb,N')
    r"|(?:[^\n;]*;){3}|(?:(?:\"[^\"\n]*\"|[^\n,\"]*),(?=\S)){3}"
    # Columns set out with spaces ("Hwangju      N. Hwanghae     26 Feb     no"), or two
    # after a day ("January 8         Sukchon County, South Phyongan Province").
    r"|[^\n]{1,40}?\S(?<!\.) {2,}[^\n]{1,40}?\S(?<!\.) {2,}\S"
    r"|(?:[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2}|[0-9]{1,2}[ \t][A-Z][a-z]{2,8})[ \t]{2,}(?=\S)"
    # "02.06.25 Kangdong: hospital under construction" - a numeric date, a place and a colon.
    r"|[0-9]{1,4}[./-][0-9]{1,2}(?:[./-][0-9]{2,4})?\.?[ \t]+[^\n:]{2,40}:[ \t]"
    # "Ŭnch'ŏn (South Hwanghae): Jan. 14" - a place, a colon and a date, on a line of its own.
    r"|[^\n:]{2,50}:[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}|[0-9]{1,2}[ \t]?월)[^\n]{0,40}$)",
    re.MULTILINE,
)
# Cheap tests that a text may hold such lines at all: a sentence starting with a bullet, a
# numbered first item, or a cell separator somewhere (substrings, no scan by pattern).
# (A literal first: a fast scan.)
_BULLET_HINT = re.compile(
    r"\n[ \t]*(?:--?[ \t]|–[ \t]|[•*·▪‣▸▹➤\u2611\u2713\u2714\u3147][ \t]|\(?[0-9]{1,2}[.)/][ \t]"
    r"|[▲△]"
    r"|[■□◆◇●○][ \t]?[0-9]"
    r"|\(?[a-h]\)[ \t]|[\u2460-\u2473][ \t])"
)
# (and a fixed-width table's rule, a run of dashes under each column of its header)
_COLUMN_RULES_HINT = re.compile(r"\n[ \t]*[-=─]{3,}[ \t]+[-=─]{3,}")
_LIST_HINTS = (" – ", " — ", " | ", " - ", "\t", "): ", "....")
# A line that opens with a numeric date ("02.06.25 Kangdong: ...").
_DATED_LINE_HINT = re.compile(
    r"\n(?:[0-9]{1,4}[./-][0-9]{1,2}|[0-9]{1,2}일[ \t]|[0-9]{1,2}월[ \t]?[0-9]{1,2}일[ \t]"
    # (and English day and month before a colon: "15 Dec: Kangdong (…), Sinyang, Rangnim")
    r"|[0-9]{1,2}[ \t][A-Z][a-z]{2,8}\.?:[ \t]|[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2}:[ \t]"
    # (or before a dash: "February 1 -- Jangphung County, Kaesong City")
    r"|[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2}[ \t]+(?:--|[—–])[ \t]"
    # (or a column of days set out with spaces: "  January 8         Sukchon County, …")
    r"|[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2}|[0-9]{1,2}[ \t][A-Z][a-z]{2,8})[ \t]{2,}\S)"
)
# A line of a pasted export: three cells or more joined by tight commas or semicolons.
_EXPORT_HINT = re.compile(
    r"[^\s,;][,;][^\s,;][^\n]{0,80}?[^\s,;][,;][^\s,;][^\n]{0,80}?[^\s,;][,;]"
)
_EXPORT_HINT_SEPARATORS = 6
# The longest line that still reads as a list row rather than prose.
_LIST_ROW_MAX = 160
# A Korean log's day with its weekday ("2.28(금)", "12. 15.(월)", "2/3(월)"), and the mark
# that may head its line ("■ 2.26(수)").
_KO_MONTH_DAY_WEEKDAY = (
    r"(?:1[0-2]|0?[1-9])[./][ \t]?(?:3[01]|[12][0-9]|0?[1-9])\.?[ \t]?\([월화수목금토일]\)"
)
_HEADING_MARK = "[■□▶▷◆◇]"
# The header of a clip in a file of clippings, on a line of its own: a number in brackets,
# then the outlet and the clip's full date ("[4] 연합뉴스 2025.12.4.", "[스크랩 3] 조선중앙방송
# 2025.11.27. 저녁보도"), or no date ("[2] 〔메모〕 …", "[정리자 메모]"); or a KCNA dateline
# opening a line ("【평양 2월 26일발 조선중앙통신】…").
_CLIP_HEADER = re.compile(
    # (first, a digest's numbered item, its outlet, day and time, then the headline: "[1] KCNA,
    # 30 Jan 2026, 06:14 – "Respected Comrade … Breaks Ground …"")
    r"^\[[0-9]{1,2}\][ \t]*[A-Z][^\n\[\],]{0,30},[ \t]*"
    r"(?P<eclip>[0-3]?[0-9][ \t][A-Z][a-z]{2,8}\.?[ \t]20[0-9]{2})"
    r"(?:,[ \t]*[0-2]?[0-9]:[0-5][0-9])?[ \t]*(?:[–—-][^\n]*)?$|"
    r"^[ \t]*(?:\[(?:[가-힣A-Za-z ]{0,10}[0-9]{1,2}|[가-힣 ]{2,12})\][ \t]*"
    # (or a photo archive's caption header: "[3] 김정은, … 현지지도 | 등록 2025.09.13 06:20 |
    # 수정 2025.09.13 09:47")
    r"(?:(?:[^\n\[\]0-9]{0,24}?|[^\n\[\]|]{0,80}?\|[ \t]*(?:등록|입력|게재|작성|posted)?)[ \t,]*"
    r"(?P<year>20[0-9]{2})[./-][ \t]?(?P<month>[0-9]{1,2})[./-][ \t]?(?P<day>[0-9]{1,2})\.?"
    r"(?:[ \t]*\([월화수목금토일]\))?(?:[ \t]+[가-힣]{1,6}|[ \t]+[0-2]?[0-9]:[0-5][0-9])?"
    r"(?:[ \t]*\|[^\n]*)?[ \t]*$|(?=[^\n]*$))"
    r"|【[가-힣]+[ \t]*(?P<kmonth>[0-9]{1,2})[ \t]?월[ \t]?(?P<kday>[0-9]{1,2})[ \t]?일발)"
    # (or a chat export's line between days: "────── Thursday, 27 February 2025 ──────",
    # "--------------- 2024년 3월 7일 목요일 ---------------"; a notebook's "== Thu 7 Mar ==")
    r"|^[ \t]*(?:[─━═-]{3,}|[=—]{2,})[ \t]*(?P<day_line>[^\n─━═=—]{6,40}?)[ \t]*"
    r"(?:[─━═-]{3,}|[=—]{2,})"
    r"[ \t]*$"
    # (or a channel export's message header: "NK Regional Watch 🏭, [18.01.25 19:40]",
    # "[15.12.2025 22:41]")
    r"|^(?:[^\n\[\]]{1,60},[ \t])?\[(?P<tday>[0-3]?[0-9])\.(?P<tmonth>[01]?[0-9])\."
    r"(?P<tyear>(?:20)?[0-9]{2})[ \t][0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\][ \t]*$"
    # (or a log's entry headed by its day alone, weekday and year with it: "Fri 30 Jan 2026")
    r"|^[ \t]*(?P<entry_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+[0-9]{1,2}[ \t]"
    r"[A-Z][a-z]{2,8}\.?,?[ \t]+20[0-9]{2})[ \t]*$"
    # (or a monitoring log's numbered entry: "ENTRY 02 | Mon 13 Jan 2025 | KCTV, 20:00 news")
    r"|^(?:ENTRY|Entry|ITEM|Item)[ \t]*[0-9]{1,3}[ \t]*[|·][ \t]*(?P<label_day>(?:Mon|Tue|Wed|Thu"
    r"|Fri|Sat|Sun)[a-z]*,?[ \t]+[0-9]{1,2}[ \t][A-Z][a-z]{2,8}\.?,?[ \t]+20[0-9]{2})[ \t]*[|·]"
    # (or a desk log's line, its day and then the time it was logged: "Wed 04 Feb  06:30  KCNA
    # GB yday in …", "Sun 14 Dec 06:50 — KCNA: … inaugurated yesterday")
    r"|^(?P<logged_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+[0-9]{1,2}[ \t]+[A-Z][a-z]{2})"
    r"[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]"
    # (or with no time, a dash after its day, a stamp that dates nothing itself: "Sun 14 Dec
    # -- KCNA: … opened yesterday")
    r"|^(?P<dash_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+[0-9]{1,2}[ \t]+[A-Z][a-z]{2})"
    r"[ \t]+(?:--?|—|–)[ \t]"
    # (or its day first, the weekday after it in brackets, a stamp that dates nothing itself:
    # "13 Jan (Mon) 07:05 | KCNA | … inaugurated yesterday")
    # (or "20.11 08:40 | KCNA 20.11 | …", its day and month dotted in the order the text
    # writes them)
    r"|^(?P<stamp_dm>[0-9]{1,2}[ \t]+[A-Z][a-z]{2}[ \t]+\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)"
    r"(?=[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t])"
    r"|[0-3]?[0-9]\.[0-3]?[0-9](?=[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]+\|)"
    # (or with no weekday, a bar after its time: "06 Feb 07:15 | KCNA | … inaugurated yday")
    r"|[0-9]{1,2}[ \t]+[A-Z][a-z]{2}(?=[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]+\|))"
    r"(?:[ \t]+[0-2]?[0-9]:[0-5][0-9])?[ \t]"
    # (or with no time, its next field a word, in a log whose lines name their source with its
    # own day, _SOURCE_DAY_STAMP: "13/01 | Yonhap 13/01 | Kyongsong … opened \"Sunday\"",
    # "27/01 | tally | …")
    r"|^(?P<field_stamp>[0-3]?[0-9][./][0-3]?[0-9])(?=[ \t]+\|[ \t]*[A-Za-z가-힣])[ \t]"
    # (or a numbered line's cell naming its source with that source's day, in a log two of
    # whose lines are so, _NUMBERED_SOURCE_DAY: "01 | KCNA 07/02 | Gangdong-gun …, ground
    # broken yesterday", "c05 | same |" going on with the line above)
    r"|^(?:[0-9]{1,3}[a-z]?|[a-z]{1,3}[0-9]{0,3})[ \t]*\|[ \t]*[A-Za-z][^|\n]{0,30}?[ \t]"
    r"(?P<source_stamp>[0-3]?[0-9]/[01]?[0-9])(?=[ \t]*\|)"
    # (or a Korean log's, the source's month and day in brackets, where a note says each
    # line's "어제" counts from it, _REPORT_DAY_NOTE: "01 | 조선중앙통신(12.16) | 평양시 강동군:
    # … 준공식 '어제'.")
    # (its year too, in two digits: "01 | 조선중앙통신(24.2.29) | 성천군: 공장 착공 '어제'.")
    r"|^[0-9]{1,3}[ \t]*\|[ \t]*[가-힣A-Za-z][^|\n()]{0,20}?(?P<ko_source_stamp>\("
    r"(?:[0-9]{2}\.)?(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])\))(?=[ \t]*\|)"
    # (or its day and month in words, two spaces or a tab before the entry, in a log whose
    # entries count "yesterday" and weekdays from their day, _RELATIVE_LOG_LINE: "08 Jan  KCNA:
    # Jaeryong … inaugurated yesterday", "20 Jan  (Mon) KCNA: Hamju … opened on Saturday")
    r"|^(?P<words_stamp>[0-3]?[0-9][ \t][A-Z][a-z]{2}\.?)"
    r"(?=(?:[ \t]{2,}|\t)(?:\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)[ \t]+)?[A-Za-z])"
    # (or its weekday, day and month before the entry, in a log whose note says "yesterday"
    # counts from the day at the start of each line, _LINE_DAY_NOTE: "Sun 29 Dec. VOK: … was
    # completed in Sinpho City yesterday")
    r"|^(?P<noted_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+[0-3]?[0-9][ \t]+[A-Z][a-z]{2}\.?)"
    r"(?=[ \t]+[A-Z])"
    # (or a log's line, its day and then a tag: "2025-02-01 [MEDIA]  ORANG opened yesterday")
    r"|^(?P<log_day>20[0-9]{2}-[01][0-9]-[0-3][0-9])[ \t]+\[[A-Z]{2,8}\]"
    # (or a forum thread's post header: "#1  pyongyang_ppl  ·  14 Dec 2025, 09:03")
    r"|^#[0-9]{1,3}[ \t]+[^\n]{1,50}?[ \t][·|][ \t]*(?P<post_day>[0-9]{1,2}[ \t][A-Z][a-z]{2,8}\.?"
    r"[ \t]20[0-9]{2}|20[0-9]{2}-[01][0-9]-[0-3][0-9]),?[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]*$"
    # (or a live page's entry, the day and time it was posted on a line of their own: "Feb. 12,
    # 07:05", "12 Feb 2025, 07:05 KST")
    r"|^[ \t]*(?P<live_day>(?:[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}"
    r"|[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]+20[0-9]{2})?),?[ \t]+[0-2]?[0-9]:[0-5][0-9]"
    r"(?:[ \t]*(?:KST|UTC|GMT))?[ \t]*$"
    # (or a chat export's message stamp, its day in words: "[Mon 15 Dec 2025 08:52] ana.k: …")
    r"|^\[(?P<chat_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+[0-9]{1,2}[ \t]"
    r"[A-Z][a-z]{2,8}\.?,?[ \t]+20[0-9]{2}),?[ \t]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\]"
    # (or an app's push alert, its month-day, weekday and time: "[02-06 (목) 07:12] [속보] …")
    # (or a Korean channel's post stamp, its month.day and time: "[2.7 07:40] 김정은, 어제 …")
    r"|^\[(?P<amonth>[01]?[0-9])(?:-(?P<aday>[0-3]?[0-9])[ \t]?\([월화수목금토일]\)"
    r"|\.(?P<adot>[0-3]?[0-9])(?=[ \t]+[0-2]?[0-9]:[0-5][0-9]\][^\n]*[가-힣]))[ \t]+"
    r"[0-2]?[0-9]:[0-5][0-9]\]"
    # (or an e-mail's header in a thread: "From: Tom A. · Sent: Wednesday, 4 February 2026 09:03")
    r"|^From:[^\n]{1,80}?Sent:[ \t]*(?P<mail_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+"
    r"[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+20[0-9]{2})[^\n]*$"
    # (or a worklog's entry heading, its weekday and dotted day and month: "Thu 09.01.")
    r"|^(?P<entry_dm>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+[0-3]?[0-9]\.[01]?[0-9]\.?)[ \t]*$"
    # (or a chat export's message stamp with its date written in full: "[2025-01-29 Wed
    # 20:41] h.okafor: …")
    r"|^\[(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+)?(?P<iso_stamp>20[0-9]{2}-[01][0-9]-[0-3][0-9])"
    r"(?:[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))?"
    r"[ \t]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\](?:[ \t]|[ \t]*$)"
    # (or a digest line's stamp, its day of report and outlet: "[Sun 14 Dec | KCNA] …")
    r"|^\[(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+)?(?P<outlet_day>[0-3]?[0-9][ \t][A-Z][a-z]{2})"
    r"[ \t]*\|[ \t]*[^\]\n|]{2,30}\]"
    # (or a channel export's post stamp, its date with dots, day first: "[20.12.25 07:31]
    # Korea Ledger")
    r"|^\[(?P<dot_stamp>[0-3]?[0-9]\.[01]?[0-9]\.(?:20)?[0-9]{2})"
    r"[ \t]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\](?:[ \t]|[ \t]*$)"
    # (or a chat app's message stamp, day and month in the order its export uses:
    # "[16/12/2025, 07:52] Hannah R: …")
    # (its year in two digits too, its time with AM or PM: "[12/16/25, 8:05:11 AM] Tomás R.:")
    # (or without brackets, a dash before the sender, as a phone's export writes it:
    # "07/02/2025, 08:12 - Priya R: …")
    r"|^(?P<wopen>\[)?(?P<wfirst>[0-3]?[0-9])/(?P<wsecond>[0-3]?[0-9])/(?P<wyear>(?:20)?[0-9]{2}),"
    r"[ \t]+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?"
    r"(?(wopen)\][ \t]|[ \t]+[-–][ \t])"
    # (or a channel post's stamp on a line of its own: "📌 2026.01.30 (금) 07:02")
    # (or day first: "20.01.2025 18:10", "💬 31.01.2025 19:55 (comment)")
    r"|^[ \t]*(?:[^\w\s\[\]()]{1,2}[ \t]*)?(?P<stamp_day>20[0-9]{2}[./-][01]?[0-9][./-][0-3]?[0-9]"
    r"|[0-3]?[0-9]\.[01]?[0-9]\.20[0-9]{2})"
    r"\.?[ \t]*(?:\([월화수목금토일]\)|\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\))?[ \t]+"
    r"[0-2]?[0-9]:[0-5][0-9](?:[ \t]+\([a-z ]{1,20}\))?[ \t]*$"
    # (or the line over a quoted message in an e-mail thread: "On Mon, 10 Feb 2025 at 09:05,
    # Ha-eun Seo <…> wrote:", quoted or not)
    r"|^(?:>[ \t]?)*On[ \t]+(?P<quote_day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+"
    r"(?:[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}),?[ \t]+20[0-9]{2})"
    r"[^\n]{0,160}?wrote:[ \t]*$"
    # (or a monitoring log's item stamp, its outlet, day, page or time: "[KCNA-E 16 Dec
    # 0105] Kangdong County …", "[RS 16 Dec, p.2] Feature on …")
    r"|^\[(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t])[A-Z][A-Za-z-]{1,10}[ \t]+"
    r"(?P<wire_day>[0-3]?[0-9][ \t][A-Z][a-z]{2})"
    r"(?:,?[ \t]*p\.?[ \t]?[0-9]{1,2})?(?:[ \t]+[0-2][0-9][0-5][0-9])?\]"
    # (or a Korean log's day on a line of its own, under a heading mark too: "2.28(금)", "12.
    # 15.(월)", "2/3(월)", "■ 2.26(수)"; or a channel post's stamp, its month/day, weekday and
    # time: "📌 3/7(목) 18:20")
    rf"|^[ \t]*(?:{_HEADING_MARK}[ \t]*)?(?P<md_day>{_KO_MONTH_DAY_WEEKDAY})[ \t]*$"
    # (or a Korean log line's own day before its text, where a note says each line's day is
    # the day it was written: "2.27(목) 조선중앙통신 오늘 보도: 어제 …")
    rf"|^[ \t]*(?P<written_day>{_KO_MONTH_DAY_WEEKDAY})(?=[ \t]+[^\s])"
    r"|^[ \t]*(?:[^\w\s\[\]()]{1,2}[ \t]*)?"
    r"(?P<md_stamp>(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])\([월화수목금토일]\))"
    r"[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]*$",
    re.MULTILINE,
)


# A log's day under a heading mark with more on its line ("■ 12.19.(금) 함경남도 신포시 …",
# "▶ 12.15 (월) — 하루에 다섯 곳!").
_MARKED_DAY_WITH_TEXT = re.compile(
    rf"^[ \t]*{_HEADING_MARK}[ \t]*{_KO_MONTH_DAY_WEEKDAY}[ \t]*[^\s]", re.MULTILINE
)


_CHAT_APP_STAMP = re.compile(
    r"^\[?(?P<first>[0-3]?[0-9])/(?P<second>[0-3]?[0-9])/(?:20)?[0-9]{2},", re.MULTILINE
)


# A post's stamp on a line of its own, its date and time ("20.01.2025 18:10").
_STAMP_LINE_HINT = re.compile(r"[0-9]\.?[ \t]*(?:\([^()\n]{1,3}\))?[ \t]+[0-2]?[0-9]:[0-5][0-9]"
                              r"(?:[ \t]+\([a-z ]{1,20}\))?[ \t]*$", re.MULTILINE)


def _row_has_date(text: str, position: int) -> bool:
    """Does the line around `position` hold a date written year first ("2025-02-06")?"""
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    return _ROW_DATE.search(text, text.rfind("\n", 0, position) + 1, line_end) is not None


def _cell_opens_at(text: str, position: int) -> bool:
    """Does nothing but blanks stand between the bar or line start before `position` and it?"""
    opened = max(text.rfind("|", 0, position), text.rfind("\n", 0, position)) + 1
    return not text[opened:position].strip()


def _stamps_month_first(text: str) -> bool:
    """Whether a chat export's stamps write the month first ("[12/16/2025, 07:52]"): some
    stamp's second number is no month, and none's first."""
    pairs = [(int(m["first"]), int(m["second"])) for m in _CHAT_APP_STAMP.finditer(text)]
    return any(second > 12 for _first, second in pairs) and not any(
        first > 12 for first, _second in pairs
    )


# A table cell left empty or marked so ("--", "—", "?", "n/a", "미확인").
_EMPTY_CELL = re.compile(r"[ \t|]*(?:-{1,3}|[—–?]|n/?a|tbc|미확인|미상)?[ \t|]*", re.IGNORECASE)
# A numbered table's title ("<표 1> 2024년 대상 시군의 도별 분포", "Table 2: …").
_TABLE_TITLE = re.compile(
    r"[ \t]*(?:[<\[〈【]\s*(?:표|Table)\s*[0-9]+\s*[>\]〉】]|(?:표|Table|TABLE)\s*[0-9]+[.:]\s)"
)
# A heading of a day marked as approximate ("c. 25-26 Feb", "- ca. 26 Feb").
_CIRCA_HEADING = re.compile(r"[ \t]*(?:[-*•■▶]+[ \t]*)?(?i:c|ca|circa)\.?[ \t]*[0-9]")
# An aside on a facility's own earlier day ("a county hospital, which was opened last month").
_WHICH_WAS_BEFORE = re.compile(r", which (?:was|were|had been|has been|had already been) $")
# A speaker's verb: what follows it is what was said, not what the report tells.
_SPEAKER_SAID = re.compile(r"\b(?:said|stressed|noted|added|pledged|vowed|told)\b")


def _wiki_table_as_bars(text: str) -> str:
    """A wiki page's table markup ("{| class=…", "! County !! Province", "|-", "| A || B",
    "|}") set out as a table of bars, every character where it was (events' spans still point
    into the text as given): "!" and "!!" become bars, "||" one bar, and the row rules and the
    table's first and last lines blanks. A piped link shows only its label ("[[Songchon
    County|Songchon]]" reads "Songchon": its bar would split the cell), and an editor's hidden
    comment ("<!-- … -->") is not shown at all."""
    text = _WIKI_HIDDEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    lines = text.split("\n")
    out: list[str] = []
    in_table = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("{|"):
            in_table = True
            out.append(" " * len(line))
        elif in_table and stripped.startswith("|}"):
            in_table = False
            out.append(" " * len(line))
        elif in_table and stripped.startswith("|-") and out:
            # (joined to the row above, its line break a blank too: no blank line in the table)
            out[-1] += " " * (len(line) + 1)
        elif in_table and stripped.startswith("!"):
            first = line.index("!")
            out.append(line[:first] + "|" + line[first + 1 :].replace("!!", "| "))
        elif in_table and stripped.startswith("|"):
            out.append(line.replace("||", "| "))
        else:
            out.append(line)
    return "\n".join(out)


# What a wiki page's source holds that its reader does not see: a piped link's target with
# its bar ("[[Unsan County, North Pyongan|"), a link's closing brackets, a hidden comment.
_WIKI_HIDDEN = re.compile(r"\[\[[^\[\]|\n]*\||\[\[|\]\]|<!--.*?-->", re.DOTALL)


def _outside(positions: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """The positions that fall in none of the spans."""
    return [p for p in positions if not any(a <= p < b for a, b in spans)]


def _without_struck(text: str) -> str:
    """The text with what its writer struck through ("<s>He also attended the A opening on 24
    January.</s> Struck — I misread the source", "~~opened 30 Jan~~") blanked out, every other
    character where it was (events' spans still point into the text as given)."""
    return _STRUCK.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _without_quote_marks(text: str) -> str:
    """The text with the marks that quote an earlier message's list lines blanked ("> - Feb 6:
    Kangdong County …" in a reply reads as the list line it was), every character where it
    was."""
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)


# The marks of a quoted message at the start of its list lines ("> - ", ">> • ").
_QUOTE_MARKS = re.compile(r"^(?:>[ \t]?)+(?=[-*•][ \t])", re.MULTILINE)
# What sets apart the items of a list of places ("북창, 철원", "강동·신양").
_LIST_SEPARATOR = re.compile(r"[ \t]*[,·、][ \t]*")
# A fixed-width table's rule under its header, and where the header's columns start (its
# first character, and each word after two spaces or more).
# (or one run of dashes per column: "------------  --------  ------")
_DASH_RULE = re.compile(r"[ \t]*(?:[-=─]{10,}|[-=─]{3,}(?:[ \t]+[-=─]{3,})+)[ \t]*")
_FIXED_COLUMN_START = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=  ))[^ \n]", re.MULTILINE)
_FIXED_COLUMNS_MIN = 4
# A legend that marks the leader's attendance after each date ("After each date: Y = Kim
# Jong Un present"), and such a mark in a date's cell ("28-Feb-25 N (Premier Pak)").
_AFTER_DATE_MARKS = re.compile(
    r"\bafter (?:each|every|the) date\b[^.\n]{0,20}?\bY\s*[=:]\s*(?:Kim|KJU|the leader)\b",
    re.IGNORECASE,
)
_CELL_MARK = re.compile(r"[ \t]+(?P<mark>y|n)\b")
# A row's date written with its year first ("2025-02-06", "2024.12"), the test that a code's
# cell marks an event the row dates.
_ROW_DATE = re.compile(r"[12][0-9]{3}[-./][01]?[0-9]")
# Nothing but the bar, comma or tab between two cells of a row.
_NEXT_CELL = re.compile(r"[ \t]*[,|\t][ \t]*")
# The page an item ran on, ending the dateline's line ("-- Page 2", "| p. 3").
_PAGE_AFTER_DATELINE = re.compile(r"[ \t]*(?i:page|p\.|pp\.)[ \t]*[0-9]{1,3}[ \t]*(?:\n|$)")
# The groups of _CLIP_HEADER that hold the one day of a line heading its part.
# (the day lines that only stamp the part after them: a post's header, a message's stamp)
_STAMP_GROUPS = frozenset(
    ("post_day", "chat_day", "mail_day", "quote_day", "stamp_day", "iso_stamp", "md_stamp",
     "wire_day", "dot_stamp", "outlet_day", "stamp_dm", "field_stamp", "words_stamp",
     "source_stamp", "dash_day", "written_day", "ko_source_stamp", "noted_day")
)
# A log's entry stamped with its day in words that counts a day from it ("08 Jan  KCNA:
# Jaeryong … inaugurated yesterday").
_RELATIVE_LOG_LINE = re.compile(
    r"^[0-3]?[0-9][ \t][A-Z][a-z]{2}\.?(?:[ \t]{2,}|\t)[^\n]*?\b(?:yesterday|(?i:on|last) "
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.MULTILINE,
)
# A desk log's line dated by its weekday and day before a dash that counts a day from it ("Sun
# 14 Dec -- KCNA: … opened yesterday"), not a chronology's line of the day itself ("Thu 6 Feb
# — Kangdong County (Pyongyang): ground broken …").
_RELATIVE_DASH_LINE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+[0-9]{1,2}[ \t]+[A-Z][a-z]{2}[ \t]+(?:--?|—|–)[ \t]"
    r"[^\n]*?\b(?:yesterday|(?i:on|last) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.MULTILINE,
)
# A log's line stamped with its day and naming its source with that source's day ("13/01 |
# Yonhap 13/01 | …", "26/01 | Chosonsinbo 26/01 (summary) | …").
_SOURCE_DAY_STAMP = re.compile(
    r"^[0-3]?[0-9][./][0-3]?[0-9][ \t]+\|[ \t]*[A-Za-z가-힣][^|\n]{0,30}?[0-3]?[0-9][./][0-3]?[0-9]"
    r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?\|",
    re.MULTILINE,
)
# A numbered log line whose second cell names its source with the source's day ("01 | KCNA
# 07/02 | …", "x | Telegram 02/03 | …").
_NUMBERED_SOURCE_DAY = re.compile(
    r"^(?:[0-9]{1,3}[a-z]?|[a-z]{1,3}[0-9]{0,3})[ \t]*\|[ \t]*[A-Za-z][^|\n]{0,30}?[ \t]"
    r"[0-3]?[0-9]/[01]?[0-9][ \t]*\|",
    re.MULTILINE,
)
# A Korean log's note that each line's day is the day it was written, twice over: "각 줄 앞의
# 날짜는 그 줄을 쓴 날이며, '어제'는 그 줄의 날짜를 기준으로 한다".
_WRITTEN_DAY_NOTE = re.compile(
    r"줄[ \t]?앞의[ \t]?(?:날짜|일자)는[ \t]?(?:그[ \t]?줄을[ \t]?)?"
    r"(?:쓴|적은|기록한|작성한)[ \t]?날"
    # (or "'어제', '그저께'는 각 줄 앞의 날짜를 기준으로 한다")
    r"|['‘]?어제['’]?(?:,[ \t]?['‘]?[가-힣]{2,4}['’]?)*(?:는|은)[ \t]?(?:그|각)[ \t]?줄"
    r"(?:[ \t]?앞)?의[ \t]?(?:날짜|일자)"
)
# A log's note that its lines' relative days count from the day each line starts with:
# '"Yesterday" and "today" count from the date at the start of each line.'
_LINE_DAY_NOTE = re.compile(
    r"\b(?:counts?|are counted|is counted|run|runs)[ \t]+from[ \t]+the[ \t]+(?:date|day)[ \t]+"
    r"(?:at[ \t]+the[ \t]+(?:start|head|beginning)[ \t]+of|that[ \t]+(?:opens|begins|starts))"
    r"[ \t]+(?:each|the|its)[ \t]+(?:line|entry)",
    re.IGNORECASE,
)
# A Korean log's note that "어제" and weekdays count from each line's report day: "내용 속
# '어제', '그제', '오늘'과 요일은 그 줄의 보도일로부터 센다", "상대 날짜는 각 줄의 보도일 기준",
# "'어제'는 그 줄의 보도일 전날이다".
_REPORT_DAY_NOTE = re.compile(
    r"(?:그|각)[ \t]?줄(?:[ \t]?앞)?의[ \t]?(?:보도일|보도[ \t]?날짜)[ \t]?"
    r"(?:로부터|으로부터|을[ \t]?기준|를[ \t]?기준|기준|에서|전날)"
)
# A Korean log's line that corrects another line's report day: "09 | 정정 | 08번 줄의 보도일은
# 25.2.28이 아니라 25.2.27이다." The corrected line is read from the day it names.
_REPORT_DAY_CORRECTION = re.compile(
    r"^[0-9]{1,3}[ \t]*\|[^|\n]*\|[ \t]*(?P<line>[0-9]{1,3})[ \t]?번[ \t]?줄의[ \t]?"
    r"(?:보도일|보도[ \t]?날짜)(?:은|는)[ \t]?[(]?[0-9.]+[)]?(?:이|가)[ \t]?아니라[ \t]?"
    r"[(]?(?P<day>(?:[0-9]{2}\.)?(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9]))[)]?",
    re.MULTILINE,
)
# The loose stamps that count only where the text vouches for them: two lines of the log like
# the pattern, or the note that says so once.
_STAMPS_VOUCHED_BY = {
    "field_stamp": (_SOURCE_DAY_STAMP, 2),
    "words_stamp": (_RELATIVE_LOG_LINE, 2),
    "source_stamp": (_NUMBERED_SOURCE_DAY, 2),
    "dash_day": (_RELATIVE_DASH_LINE, 2),
    "written_day": (_WRITTEN_DAY_NOTE, 1),
    "ko_source_stamp": (_REPORT_DAY_NOTE, 1),
    "noted_day": (_LINE_DAY_NOTE, 1),
}
_DAY_LINE_GROUPS = (
    "day_line", "logged_day", "label_day", "log_day", "entry_day", "post_day", "live_day",
    "chat_day", "md_day", "mail_day", "quote_day", "stamp_day", "iso_stamp", "entry_dm",
    "md_stamp", "wire_day", "eclip", "dot_stamp", "outlet_day", "stamp_dm", "field_stamp",
    "words_stamp", "source_stamp", "dash_day", "written_day", "ko_source_stamp", "noted_day",
)
# (a cheap test that a text may hold a log's day lines, or a live page's entries)
_ENTRY_DAY_HINT = re.compile(
    r"\n[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+[0-9]"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2},?[ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]*(?:KST|UTC|GMT)?\n"
    r"|[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?(?:[ \t]+20[0-9]{2},?)?(?:[ \t]+\([A-Z][a-z]{2}\))?"
    r"[ \t]+[0-2]?[0-9]:[0-5][0-9]"
    r"|(?:[■□▶▷◆◇][ \t]*)?[0-9]{1,2}[./][ \t]?[0-9]{1,2}\.?[ \t]?\([월화수목금토일]\)[ \t]*\n"
    r"|[0-3]?[0-9]\.[0-3]?[0-9][ \t]+[0-2]?[0-9]:[0-5][0-9][ \t]+\|"
    r"|[0-3]?[0-9][./][0-3]?[0-9][ \t]+\|[ \t]*[A-Za-z가-힣][^|\n]{0,30}?[0-3]?[0-9][./]"
    r"|[0-3]?[0-9][ \t][A-Z][a-z]{2}\.?(?:[ \t]{2,}|\t))"
)


def _stamp_day(first: str, month: str, last: str, reference: date | None) -> date | None:
    """The day of a message stamp's "18.01.25" (day first) or "25.01.29" (year first, as
    Korean exports write it): the reading not after the file's day and nearest it (day first
    when nothing tells)."""
    readings = []
    if len(last) == 4 or reference is None:
        readings.append(safe_date(int(last) % 100 + 2000, int(month), int(first)))
    else:
        readings += [
            safe_date(2000 + int(last), int(month), int(first)),
            safe_date(2000 + int(first), int(month), int(last)),
        ]
    days = [day for day in readings if day is not None]
    if reference is not None:
        days = sorted(
            (day for day in days if day <= reference), key=lambda day: reference - day
        )
    return days[0] if days else None


# A table's rule line ("|---|---|", "---|---", "----+----") and a header cell of the day an
# item ran, not the day of its event ("게재일", "보도일", "report date").
_RULE_LINE = re.compile(r"[ \t|:+-]*-{3,}[ \t|:+-]*")
# A legend line that pairs abbreviations with their meanings ("착=착공식, 준=준공식"), and
# one pair on it.
_LEGEND_PAIRS_LINE = re.compile(r"^.*[=].*[=].*$", re.MULTILINE)
_LEGEND_PAIR = re.compile(
    r"(?<![^\s,;/:(·])(?P<abbr>[가-힣]{1,2}|[A-Z]{1,5}|[a-z]{2,3})[ \t]?=[ \t]?"
    # (up to the next pair when only a space sets them apart: "GRD=ground-breaking OPN=…")
    r"(?P<meaning>(?:(?![ \t](?:[가-힣]{1,2}|[A-Z]{1,5})[ \t]?=)[^,;/·=\n]){1,30})"
)
# ... or a legend line of codes, each before its meaning, set apart by middle dots ("- ms
# (milestone): BRK ground-breaking · STG construction stage · VIS Kim inspects the site").
# (or by bars: "# ev: BRK ground-breaking ceremony | OPN inauguration / opening ceremony")
_LEGEND_DOTS_LINE = re.compile(
    r"^[^\n·|:]*:[ \t]*[A-Z]{2,5}[ \t][^\n]*(?:·|[ \t]\|[ \t])[^\n]*$", re.MULTILINE
)
_LEGEND_DOT_PAIR = re.compile(
    r"(?:(?<=:)|(?<=·)|(?<=\|))[ \t]*(?P<abbr>[A-Z]{2,5})[ \t]+(?P<meaning>[^·|\n]{1,40})"
)
# ... or a legend of symbols, each before its meaning ("[범례] ▲ 착공, ■ 준공.", "Key: ▲
# ground-breaking · ■ opening"), and one pair on it.
_LEGEND_SYMBOLS = "▲△■□●○◆◇★☆▶▷◀◁♦"
_LEGEND_SYMBOLS_LINE = re.compile(
    rf"^[^\n]*[{_LEGEND_SYMBOLS}][^\n]*[{_LEGEND_SYMBOLS}][^\n]*$", re.MULTILINE
)
_LEGEND_SYMBOL_PAIR = re.compile(
    rf"(?<![^\s(\[:,;·/])(?P<abbr>[{_LEGEND_SYMBOLS}])[ \t]?(?:=[ \t]?)?"
    rf"(?P<meaning>[^,;/·=.\n{_LEGEND_SYMBOLS}]{{1,30}})"
)
# A record's field line that dates its event ("  Event: 29 Dec.", "  일시: 12월 29일").
_EVENT_FIELD = re.compile(
    r"[ \t]*(?i:event|date|when|held|ceremony|일시|날짜|행사일)[ \t]*:[ \t]*"
)
_FIELD_DATE_REACH = 30
# How many lines above a table's first row a legend of its columns may stand.
_LEGEND_HEADER_REACH = 6
# A legend line that names a table's columns ("Columns: clip date | county | …").
# (or in square brackets: "[열 설명] 보도일 | 매체 | 지역 | … | 사건일 | 구분 | 비고")
_COLUMNS_LEGEND = re.compile(
    # (or its format: "※ 형식: 보도일 | 매체 | 요지 [행사일]")
    r"^[ \t]*(?:※[ \t]*)?(?:(?i:columns?|fields?|format|열|컬럼|항목|형식)"
    # ("열 구성: 보도일 | 매체 | …")
    r"(?:[ \t]?(?:설명|구성|순서))?[ \t]*:"
    r"|\[[ \t]*(?i:columns?|fields?|열|컬럼|항목)(?:[ \t]?(?:설명|구성|순서))?[ \t]*\])[ \t]*",
    re.MULTILINE,
)
# A cell that dates its row's event by the day of the report ("(보도일 기준)", "= report date").
_BRACKETED_ID = re.compile(r"^\s*\[[^\]\n]{1,20}\]\s*")
_BY_REPORT_DAY = re.compile(r"\((?:보도일|게재일)[ \t]?기준\)|\((?i:as reported|= ?report date)\)")
_REPORT_DATE_HEADER = re.compile(
    r"(?i:게재일|게재 ?날짜|보도일|보도 ?날짜|발행일|기사 ?날짜"
    # (and an outlet's: "KCNA report")
    r"|(?:(?:kcna|vok|kctv|state media|rodong(?: sinmun)?|yonhap) )?"
    r"report(?:ed)?(?:[ _]date|[ _]day|[ _]on)?"
    r"|rep\.|rptd\.?|date reported|published|item date|kcna date|run date"
    r"|clip(?:ping)? date|src|source"
    # (and the day a row was entered: "입력일", "logged")
    r"|입력일|입력 ?날짜|등록일|entered|entry date|logged(?: on)?|date logged)"
)
# A live page's entry: its time, then a dash ("09:40 — RECAP.").
_LIVE_ENTRY = re.compile(r"[ \t]*[0-2]?[0-9]:[0-5][0-9][ \t]*[—–-][ \t]")
# The speaker and time that open a line of a chat export ("[윤민지] [오후 6:03] ", "[08:13]
# <jkwon> ").
_CHAT_PREFIX_MAX = 80
_CHAT_PREFIX = re.compile(
    r"^\s*(?:\[[^\[\]\n]{1,20}\]\s*\[(?:오전|오후|AM|PM)?\s?[0-9]{1,2}:[0-9]{2}(?:\s?[AP]M)?\]"
    r"|(?:\[[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]\s*)?<[^<>\n]{1,30}>)\s*"
)
# A word of time in a heading ("THIS WEEK", "LAST MONTH").
_TIME_WORD = re.compile(r"\b(?:week|weekend|month|day|today|yesterday|earlier|later)\b")
# How far back, in sentences, the ceremony a lead of "N more:" adds to may be told.
_MORE_OF_REACH = 6
# A list's lead that says its lines are more of the list before ("06.02 — four more:").
# ("5. SECOND BATCH: KCNA 11 MAR REPORTED 13 MORE, ALL HELD BY 10 MAR:")
_MORE_LEAD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|[0-9]{1,2}) more\b[^:\n]{0,60}:\s*$"
)
# A bracketed label of a row's own event, up to its last word ("(the "unskilled soldiers"
# visit)").
_ROW_LABEL = re.compile(r"\(the [^()\n]{0,40} ")
# A plan set out after a colon ("set out a new plan: ...", "its targets: ...").
# (or announced: "and used the occasion to announce that three hospitals — in A, B and C —
# would be completed")
_PLAN_COLON = re.compile(
    r"\b(?:plans?|targets?|goals?|blueprint|programme|program)\s*:|\bannounc(?:e|ed|es|ing) that\b"
)
# The words that make a bare ceremony one more of those just told ("a similar ceremony").
_SIMILAR_BEFORE = re.compile(r"\b(?:similar|same|like)\s+$")
# An aside that dates its place starts with the date ("(8th)", "(Jan. 24)"); one that speaks
# of another event puts words before it ("(separate from the hospital of 6 February)").
_DATE_ASIDE_LEAD = 12
# A row that goes on with the ceremony of the row above ("four more", "another two").
# A list's lead that only counts its places ("Six at once:", "Another six, per VOK:").
_COUNT_LEAD = re.compile(
    r"(?:^|(?<=[*.:—–-] ))(?:another |a further )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|[0-9]{1,2})"
    r"(?: (?:at once|on one day|in one day|the same day|together|more))?"
    r"(?:,? (?:per|according to|says|said) [^:\n]{1,30})?[ \t]*:[ \t]*$"
)
# A sentence that opens by saying it adds to the list before ("Six more, according to …").
_MORE_OPENING = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|[0-9]{1,2})"
    r" more\b(?! than)"
)
_MORE_OF_THE_SAME = re.compile(
    r"\b(?:another|(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2}) more)\b"
)
_BULLET_ROW_MAX = 480
# A paragraph of items set apart by semicolons may be a list's one long line.
_ITEMS_PARAGRAPH_MAX = 1600
_ITEMS_PARAGRAPH_SEMICOLONS = 5
# The bars of a table line set out without bars at its edges ("8 | 16/12 | Hwangju | ...").
_EDGELESS_ROW_BARS = 3


class Extractor:
    """Extracts 20x10 events from report texts. Load once, call `extract` per report."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        if gazetteer is None:
            from twentyten.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        self.gazetteer = gazetteer
        self.vocabularies = {lang: load_vocabulary(lang) for lang in LANGUAGES}
        self.gate = RelevanceGate(self.vocabularies, gazetteer)

    # ------------------------------------------------------------------ public API
    def extract(
        self,
        text: str,
        *,
        document: str,
        published: str | date | None = None,
        language: str | None = None,
    ) -> list[ExtractedEvent]:
        """Events in one report. `published` (YYYY-MM-DD) anchors a year-less dateline."""
        lang = language if language in LANGUAGES else detect_language(text)
        if isinstance(published, str):
            try:
                published_date: date | None = (
                    date.fromisoformat(published) if published else None
                )
            except ValueError as error:
                raise InputError(
                    document, f"published is not a date (YYYY-MM-DD): {published!r}",
                    key="published",
                ) from error
        else:
            published_date = published
        if not self.gate.admits(text, lang):
            return []  # provably nothing to extract (see extract/gate.py)
        view = table_view(text)
        if view is not None:
            # (a JSON export's records read as the rows of a table; each event's span is its
            # record's in the text as given)
            return [
                replace(event, span=view.source_span(*event.span))
                for event in self._extract_text(view.text, document, published_date, lang)
            ]
        return self._extract_text(text, document, published_date, lang)

    def _extract_text(
        self, text: str, document: str, published_date: date | None, lang: str
    ) -> list[ExtractedEvent]:
        if "<s>" in text or "<del>" in text or "<strike>" in text or "~~" in text:
            text = _without_struck(text)
        if "{|" in text and "\n|-" in text:
            text = _wiki_table_as_bars(text)
        if "\n>" in text:
            text = _without_quote_marks(text)
        return _DocumentRun(self, text, document, published_date, lang).run()


def extract_events(
    text: str,
    *,
    document: str,
    published: str | None = None,
    language: str | None = None,
) -> list[ExtractedEvent]:
    """Events in one report, with a shared default `Extractor`."""
    return default_extractor().extract(
        text, document=document, published=published, language=language
    )


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def _without_labels(line: str) -> str:
    """A line without its card label in brackets and its pictographs."""
    return "".join(c for c in _BRACKETED_LABEL.sub("", line) if c < "\U0001f300")


@lru_cache(maxsize=128)
def _literal_starts(pattern: re.Pattern[str]) -> LiteralStarts:
    """The first-word index of a vocabulary pattern, built once per pattern."""
    return LiteralStarts(pattern)


@lru_cache(maxsize=4)
def _change_log_line(label: re.Pattern[str]) -> re.Pattern[str]:
    """A line that opens a change log with a vocabulary's label ("Change log", "[변경 이력]",
    "Revision history: rev. 3 corrects row 15 …"): its words after a colon in `rest`."""
    return re.compile(
        # (under a heading's mark too: "■ 수정 이력", "## Change log", "-- change log --")
        rf"^[ \t]*(?:[#■□◆◇▶▷●○*=-]+[ \t]*)?[\[【]?(?:{label.pattern})[\]】]?[ \t]*"
        r"(?:[#*=-]+[ \t]*)?"
        r"(?:\([^()\n]{0,30}\))?[ \t]*"
        r"(?::[ \t]*(?P<rest>[^\n]*))?[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    )


# A weekday beside a day in a bracketed pair: "(Thu 18 Dec and Mon 15 Dec)".
_BRACKET_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?=\s)|[월화수목금토일]요일|\([월화수목금토일]\)",
    re.IGNORECASE,
)


class _DocumentRun:
    """The state of extracting one document (referents, salient county, lead date)."""

    def __init__(
        self,
        extractor: Extractor,
        text: str,
        document: str,
        published: date | None,
        language: str,
    ) -> None:
        self.text = text
        self.document = document
        self.language = language
        self.gazetteer = extractor.gazetteer
        self.vocab: LanguageVocabulary = extractor.vocabularies[language]
        self.reference, dateline = reference_date(text, published)
        self.has_dateline = dateline is not None and dateline.date is not None
        # The parts of a file of clips or posts, each from its header on, and their days.
        self.dated_parts: list[tuple[int, int, date | None]] = []
        # A lead paragraph above the dateline ("Kim inspected ... on Wednesday. | Published
        # Dec. 4"): where its own dates are (read only when an event lacks a date).
        self.standfirst_end = dateline.start if dateline is not None else 0
        self.dateline_start = dateline.start if dateline is not None else None
        self.standfirst_days: set[ResolvedDate] | None = None
        if dateline is not None:
            body_start = dateline.end
        else:
            # Without a dateline, a short first line that is not a sentence is the headline.
            first_break = text.find("\n")
            first_line = text[:first_break].strip() if first_break >= 0 else ""
            is_headline = 0 < len(first_line) <= 200 and (
                first_line[-1] not in ".!?。다"
                # (a title that ends as a sentence over a byline and a blank line: "… 정리해
                # 봤다" over "2025. 2. 15. 21:40 · 퇴근길 북한읽기")
                or (
                    first_line[-1] == "다"
                    and _BYLINE_UNDER.match(text, first_break + 1) is not None
                )
            )
            body_start = first_break + 1 if is_headline else 0
        # Skip the dash that ends a wire dateline ("(KCNA) -- "), not a list's bullet on the
        # next line ("…2032.1.10\n- 2031.6.2(월): 함주군 …").
        dash = _DATELINE_DASH.match(text, body_start)
        self.body_start = dash.end() if dash else body_start
        # (nor the page the item ran on, on the dateline's line: "… (2025) -- Page 2")
        if (page := _PAGE_AFTER_DATELINE.match(text, self.body_start)) is not None:
            self.body_start = page.end()
        elif dateline is not None and (label := self.vocab.dateline_section) is not None:
            # (nor its section: "… 16 March 2024 · Home News")
            line_end = text.find("\n", self.body_start)
            line_end = len(text) if line_end < 0 else line_end
            if label.search(text[self.body_start : line_end].lower()) is not None:
                self.body_start = line_end + 1 if line_end < len(text) else line_end
        body_start = self.body_start
        self.dates: list[DateMention] = []
        self.ahead_dates = False  # (does a date name a part of the month still to come?)
        lowered = text.lower()
        # Case-insensitive vocabularies run on a lower-cased copy (same offsets) when lower()
        # keeps the length, which it does for English and Korean text.
        self.lowered = lowered if len(lowered) == len(text) else text
        # Can anything in the report deny an event ("not", "no", "않")? A cheap test once.
        self.negatable = any(word in self.lowered for word in self.vocab.negation_words)
        self.all_triggers = self._scan_triggers()
        # A web page's "Related articles" list: other reports' headlines, not events.
        text_end = self._boilerplate_start()
        if text_end < len(text):
            self.all_triggers = [t for t in self.all_triggers if t[0] < text_end]
        self.trigger_starts = [t[0] for t in self.all_triggers]
        self.sentences = [span for span in sentence_spans(text, body_start) if span[0] < text_end]
        self.sentence_starts = [start for start, _end in self.sentences]
        # Everything after the last sentence with a trigger cannot change an event's county
        # or date, so places and dates are only looked for up to there.
        body_triggers = [t for t in self.trigger_starts if t >= body_start]
        self.active_end = body_start
        # Sentences that are lines of a list or table (index -> True), when the text has any.
        self.rows: set[int] = set()
        self.row_lines: set[int] | None = None  # sentences on list rows' lines, when asked
        # Triggers read into a sentence with no verb ("On the 18th, A and B."), by start.
        self.extra_triggers: dict[int, _Trigger] = {}
        self.is_leader_log: bool | None = None
        # A body that is only a list or table under a headline naming the ceremony ("착공
        # 현황" over "| 날짜 | 시·군 |"): the headline's event is what the lines are of.
        headline_led = not body_triggers and bool(self.trigger_starts)
        if (body_triggers or headline_led) and (
            _BULLET_HINT.search(text, body_start - 1 if body_start else 0) is not None
            or any(hint in text for hint in _LIST_HINTS)
            or _DATED_LINE_HINT.search(text, body_start - 1 if body_start else 0) is not None
            # (a fixed-width table with a run of dashes under each column of its header)
            or ("---" in text and _COLUMN_RULES_HINT.search(text, body_start) is not None)
            or (
                text.count(",", body_start) + text.count(";", body_start) >= _EXPORT_HINT_SEPARATORS
                and _EXPORT_HINT.search(text, body_start) is not None
            )
        ):
            self.rows = {
                i
                for i, (s_start, s_end) in enumerate(self.sentences)
                if (
                    s_end - s_start <= _LIST_ROW_MAX
                    # A bulleted row may run on after its place and date ("-- A County,
                    # Monday; the secretary said ...").
                    or (
                        s_end - s_start <= _BULLET_ROW_MAX
                        and (
                            _BULLET_ROW.match(text, s_start)
                            or _DATE_LABEL_ROW.match(text, s_start)
                            # (a note's numbered item: "2.5 Fri 28 Feb: A County, B (…), …",
                            # "6. 27 Feb — six counties, factories only: A (…), B …")
                            or _NUMBERED_SUBITEM.match(text, s_start)
                            or _NUMBERED_DATED_ITEM.match(text, s_start)
                        )
                    )
                    # (So may a table line with long notes: "| B2 | 19.11.2024 | ... |", also
                    # without bars at its edges: "8 | 16/12 | Hwangju-gun | ... | Ri Il Hwan; ...".)
                    or (
                        s_end - s_start <= _BULLET_ROW_MAX
                        and (
                            text.startswith("|", s_start)
                            or text.count(" | ", s_start, s_end) >= _EDGELESS_ROW_BARS
                        )
                    )
                    # (And a pasted export's line with a long quoted note.)
                    or (
                        s_end - s_start <= _BULLET_ROW_MAX
                        and export_separator(text, s_start, s_end) is not None
                    )
                    # (And a paragraph of many items set apart by semicolons: "A-gun
                    # (Hwanghae-namdo), 7 January; B-gun (P'yŏngan-namdo), 8 January; ...")
                    or (
                        s_end - s_start <= _ITEMS_PARAGRAPH_MAX
                        and text.count(";", s_start, s_end) >= _ITEMS_PARAGRAPH_SEMICOLONS
                    )
                )
                and "\n" not in text[s_start:s_end]
                and not text.endswith(":", s_start, s_end)  # a lead, not a row
                and (
                    _LIST_ROW.match(text, s_start)
                    # (a line set in under a row: "　　같은 날 평남 신양군 공장 ❌ / ...")
                    or _set_in_under_row(text, s_start)
                )
                # "3. 평가": a numbered heading ends a list, it is not one of its lines.
                and not _NUMBERED_HEADING.fullmatch(text, s_start, s_end)
                # (nor is a marked section heading: "== KIM JONG SUK (Ryanggang) -- …", nor a
                # record's heading in capitals: "JANGYON (장연군; MR Changyŏn) — cohort 2025")
                and not text.startswith(("==", "##"), s_start)
                and _CAPS_RECORD_HEADING.match(text, s_start) is None
            }
        if headline_led and self.rows:
            body_triggers = [self.sentences[min(self.rows)][0]]
        if body_triggers:
            for position, (_s_start, s_end) in enumerate(self.sentences):
                if s_end > body_triggers[-1]:
                    self.active_end = s_end
                    # A list after the last trigger ("took place in:") lists its places, also
                    # under a caption of its own ("The list below sets out each site.").
                    for gap in (1, 2, 3, 4):
                        if position + gap + 1 in self.rows and not any(
                            position + k in self.rows for k in range(1, gap + 1)
                        ):
                            position += gap
                            break
                    row_line = position in self.rows
                    while (
                        position + 1 in self.rows
                        or self._continues_row(position + 1)
                        # (The rest of a row's line, then the next day's heading: "No KJU."
                        # and "TUE 16/12" before "- Anju: ...".)
                        or (
                            row_line
                            and position + 1 < len(self.sentences)
                            and "\n" not in text[s_end : self.sentences[position + 1][0]]
                            and self._rows_go_on(position + 1)
                        )
                        or (position + 2 in self.rows and self._short_line(position + 1))
                        or self._remark_before_rows(position + 1)
                        # ("FRIDAY 28 FEB" and "Six more, according to …:" over more lines
                        # of places: the list goes on)
                        or self._more_rows_after(position)
                    ):
                        position += 1
                        s_end = self.sentences[position][1]
                        self.active_end = s_end
                        row_line = position in self.rows or row_line and "\n" not in text[
                            self.sentences[position - 1][1] : self.sentences[position][0]
                        ]
                    self._reach_plan(position + 1)
                    self._reach_dated_sequel(position + 1)
                    # (the line right after, that may list the sites of the ceremony told
                    # last: "... 오늘 착공식 기사 떴어요" / "강동군(공장), 장연군, 부령군")
                    if position + 1 < len(self.sentences):
                        n_start, n_end = self.sentences[position + 1]
                        if n_end - n_start <= _LIST_ROW_MAX and (
                            text.count(",", n_start, n_end) + text.count("·", n_start, n_end) >= 2
                            # (or under a heading that counts them: "■ 2월 28일 — 두 곳" over
                            # "평북 룡천군, 평북 철산군.")
                            or _COUNT_OF_SITES_END.search(text, *self.sentences[position])
                        ):
                            self.active_end = max(self.active_end, n_end)
                    break
        # A conversation about one kind of ceremony tells its sites in answers without verbs
        # to the end ("TO: Wednesday was Hwangju."): all of it is read.
        self.transcript_theme = self._transcript_theme() if body_triggers else None
        if self.transcript_theme is not None and self.sentences:
            self.active_end = max(self.active_end, self.sentences[-1][1])
        # So is card news: each card may list its places without a word of the ceremony.
        if (
            body_triggers
            and self.sentences
            and "/" in text
            and len(_CARD_LINE.findall(text)) >= _CARDS_MIN
        ):
            self.active_end = max(self.active_end, self.sentences[-1][1])
        # Units the text says it does not mean (the South's namesake), set by _counties.
        self.denied_units: set[str] = set()
        # Where each legend line that names a table's columns ends (found when first asked).
        self._column_legends: list[int] | None = None
        self._change_logs: list[tuple[int, int]] | None = None
        self.cancelled_entries: list[tuple[int, int]] | None = None
        places = extractor.gazetteer.find(text[: self.active_end]) if body_triggers else []
        if places and self.vocab.bare_stem is not None:
            places = self._with_bare_stems(places)
        self.counties = self._counties(places)
        # Provinces named on their own ("- Hamgyŏng-bukto: Kyŏngsŏng-gun, Ŏrang-gun").
        self.named_provinces = [p for p in places if getattr(p, "kind", "unit") == "province"]
        self.county_starts = [c.start for c in self.counties]
        vocab = self.vocab
        self.actors: dict[int, bool | None] = {}
        self.leader_sentences: dict[int, bool] = {}
        self.attendance_positions = self._positions(vocab.attendance)
        self.non_attendance_positions = self._positions(vocab.non_attendance)
        if vocab.attendance_untold is not None and (
            self.attendance_positions or self.non_attendance_positions
        ):
            # ("It did not say who attended": a word of attendance that tells nothing)
            untold = [m.span() for m in vocab.attendance_untold.finditer(self.lowered)]
            if untold:
                self.attendance_positions = _outside(self.attendance_positions, untold)
                self.non_attendance_positions = _outside(self.non_attendance_positions, untold)
        self.non_attendance_sentences = {
            self._sentence_of(p) for p in self.non_attendance_positions
        }
        if body_triggers:
            self.dates = self._find_dates(body_start)
        self.date_starts = [d.start for d in self.dates]
        self.ahead_dates = any(
            d.value.day is None and ahead_of_reference(text, d, self.reference)
            for d in self.dates
        )
        # Dates that belong to something outside the programme named in their sentence.
        self.ignored_dates: set[int] = set()
        # Places told in a Korean clause of a year only ("… 이후 올해에 들어와 A군, B군에서"),
        # by unit and where they are named.
        self.year_only: set[tuple[str, int]] = set()
        self.candidates: list[_Candidate] = []
        self.policy: list[_Candidate] = []
        # Sentences about another campaign: their counties are not what later sentences mean.
        self.excluded: set[int] = set()
        self.legend_sentences: set[int] = set()  # (explain a list's dates)
        self.attendance_marks: dict[str, bool] | None = None  # (a legend's, when read)
        self.legend_lines: set[int] = set()  # (where the legend giving them stands)
        self.lists_follow: bool | None = None  # (does a sentence say a list follows?)
        # Whether the report carries a correction notice (looked up on first need).
        self.correction: bool | None = None
        self.facility_hits: list[tuple[int, int, str]] | None = None
        self.aligned_headers: dict[int, list[int]] = {}  # (a header's offset: its columns)
        self.facility_starts: list[int] = []
        self.focus, self.focus_from_headline = self._focus()
        self.doc_type = self._leading_ceremony_type()
        # The date of the report's first ceremony (the main event), and its first day-precise
        # ceremony date (the date a "then production began" sentence continues from).
        self.lead_event_date: ResolvedDate | None = None
        self.lead_date: ResolvedDate | None = None
        self.attendance_sentences: list[tuple[int, bool, set[str]]] = []
        # (sentence index, event type, date) of every dated trigger: a narrative that names
        # the date in one sentence and the counties in the next shares it.
        self.typed_dates: list[tuple[int, str, ResolvedDate]] = []
        # Sentences that tell of ceremonies of no kind yet on one day, and that day.
        self.ceremony_days: dict[int, ResolvedDate] = {}
        # The same, by trigger start, and the triggers that got a county of their own: in
        # "On Feb. 28 Kim broke ground in A, and in early March ceremonies followed in the
        # provinces", the date of the placeless ceremony is the one the next sentence's
        # counties share.
        self.trigger_dates: dict[int, tuple[int, str, ResolvedDate]] = {}
        self.paired_triggers: set[int] = set()
        self.placed_by_lines: set[int] = set()  # (leads placed only by their list's lines)
        # Sentences with a trigger but no county: "착공식은 6일 열렸으며" dates the counties
        # the sentence before named.
        self.countyless: set[int] = set()
        # Programme-wide phrases ("20 cities and counties"), found on first use.
        self.wide_spans: list[tuple[int, int]] | None = None

    # ------------------------------------------------------------------ setup
    def _head_of(self, index: int) -> tuple[int, int]:
        """Where a sentence's leading label may stand ("MARA: ...")."""
        start = self.sentences[index][0]
        return start, min(self.sentences[index][1], start + _SOURCE_BEFORE_COLON_MAX)

    def _short_lines_after(self, last: int, since: int) -> int:
        """The last of the short lines, each of its own, that follow sentence `last` (at most
        _PLACE_LINES_MAX after sentence `since`): a list's lines of places."""
        while (
            last + 1 < len(self.sentences)
            and last - since < _PLACE_LINES_MAX
            and self.sentences[last + 1][1] - self.sentences[last + 1][0] <= _PLACES_SENTENCE_MAX
            and "\n" in self.text[self.sentences[last][1] : self.sentences[last + 1][0]]
        ):
            last += 1
        return last

    def _reach_plan(self, index: int) -> None:
        """Let the sentence after the last trigger count when it says what will be built
        there ("Each site will get a hospital.") or lists the sites: one search each."""
        pattern = self.vocab.build_statement
        if pattern is None or index >= len(self.sentences):
            return
        start, end = self.sentences[index]
        if pattern.search(self.lowered, start, end):
            self.active_end = end
        # ... or the trigger sentence says its list follows ("준공식들은 다음과 같이 련이어
        # 진행되였다.", "... as follows:"): the lines after it.
        if index > 0 and _LIST_FOLLOWS.search(self.lowered, *self.sentences[index - 1]):
            last = min(index + _LIST_FOLLOWS_REACH, len(self.sentences)) - 1
            # (and on through the short lines of places under it, one line each:
            # "평안북도: 구장군, 운산군" ...)
            last = self._short_lines_after(last, index)
            self.active_end = max(self.active_end, self.sentences[last][1])
        # ... or a sentence after it opens a list of lines with a colon ("Present were ...
        # The sites are:" over "South Phyongan Province: Sukchon County.").
        opening = self.vocab.site_list_opening
        for opener in (index, index + 1):
            if opening is None or opener >= len(self.sentences):
                break
            o_start, o_end = self.sentences[opener]
            if opening.match(self.lowered, o_start, o_end) and self.text[
                o_start:o_end
            ].rstrip().endswith(":"):
                # (through the short lines under it, each on a line of its own)
                last = self._short_lines_after(opener, opener)
                self.active_end = max(self.active_end, self.sentences[last][1])
                break
        # ... or lists the sites of the ceremony it tells ("The sites are A County, ...").
        if (
            (opening is not None and opening.match(self.lowered, start, end))
            # "By our count from KCNA: A on 24 January, B on 25 January, ...".
            or self.text.find(": ", start, start + _SOURCE_BEFORE_COLON_MAX) >= 0
            or (
                # (A Korean list of places ends with its copula: "... 경성군이다."; a run of
                # stems ends with a full stop: "은파·구장·운산(평북)·연탄.")
                end - start <= _PLACES_SENTENCE_MAX
                and (
                    self.text[start:end].rstrip(" .").endswith(_KO_COPULAS)
                    or self.text.count("·", start, end) >= 2
                )
                and self._only_places(start, end)
            )
        ):
            self.active_end = max(self.active_end, end)
            # (A talk goes on past a remark: "JIN: Mountainous place. MARA: And on Saturday it
            # was Jangphung.")
            if (
                self.language == "en"
                and self.text.find(": ", start, start + _SOURCE_BEFORE_COLON_MAX) >= 0
                and index + 1 < len(self.sentences)
                and self.text.find(": ", *self._head_of(index + 1)) >= 0
            ):
                self.active_end = max(self.active_end, self.sentences[index + 1][1])
        # ... or a question a little after it asks for more of its sites, and the answer
        # lists them ("어제 보도된 열세 곳은요?" / "평안북도 구장군과 운산군, ...입니다.").
        for asked in range(index, min(index + _SITES_LEAD_REACH, len(self.sentences) - 1)):
            if self._asks_for_sites(asked):
                self.active_end = max(self.active_end, self.sentences[asked + 1][1])
                break

    def _reach_dated_sequel(self, index: int) -> None:
        """Let the English sentences after the last trigger count while each opens with a
        day ("Saturday it was Jangphung. Friday, Orang."): a run of ceremonies told without
        verbs, past a short remark between ("ME: And Wednesday?")."""
        if self.language != "en":
            return
        remarks = 0
        while index < len(self.sentences) and self.sentences[index][0] < len(self.text):
            start, end = self.sentences[index]
            if end <= self.active_end:
                index += 1
                continue
            if opens_with_date(self.text, start, end):
                self.active_end = end
                remarks = 0
            elif self._namesake_remark(index):
                pass  # ("Not to be confused with Onch'ŏn below.")
            elif end - start > _REMARK_MAX or remarks:
                return
            else:
                remarks += 1
            index += 1

    def _triggers_between(self, start: int, end: int) -> list[tuple[int, int, Trigger]]:
        """The triggers that start in text[start:end], in order."""
        starts = self.trigger_starts
        return self.all_triggers[bisect_left(starts, start) : bisect_left(starts, end)]

    def _progress_told_after(self, position: int) -> bool:
        """Is the next trigger, in the same sentence, one of construction progress or of the
        preparations to run a unit ("reported on Oct. 22 that Kaesong was training staff")?"""
        index = bisect_left(self.trigger_starts, position)
        if index >= len(self.all_triggers):
            return False
        t_start, _t_end, spec = self.all_triggers[index]
        stop = self.text.find(".", position)
        # (Korean reports tell preparations after the report's day and the days of the
        # ceremonies before: "통신은 22일 … 운영 준비를 다그치고 있다고 보도했습니다")
        preparing = spec.before_operation and self.language == "en"
        return (spec.event_type == "construction_progress" or preparing) and (
            stop < 0 or t_start < stop
        )

    def _cell_separator(self, line_start: int, line_end: int) -> str | None:
        """What sets apart the cells of a table's line: bars, or tabs (a spreadsheet's text
        export); None for a line that is no table's row."""
        for sep in ("|", "\t"):
            if self.text.count(sep, line_start, line_end) >= 2:
                return sep
        return None

    def _table_start(self, block: list[int]) -> int:
        """Where in a block of rows a table starts whose lines set out their cells with bars
        or tabs (at least `_TABLE_ROWS_MIN` of them in a run, the same number of cells each)
        after lines that are not a table's: 0 when there is no such table."""
        shapes: list[tuple[str, int] | str | None] = []
        for row in block:
            line_start, line_end = self._line_around(self.sentences[row][0])
            sep = self._cell_separator(line_start, line_end)
            if _RULE_LINE.fullmatch(self.text, line_start, line_end):
                shapes.append("rule")  # (the rule under a header: part of the table)
            elif sep is None:
                shapes.append(None)
            else:
                shapes.append((sep, self.text.count(sep, line_start, line_end)))
        for at in range(1, len(block)):
            shape = shapes[at]
            if shape is None or shape == "rule" or shapes[at - 1] is not None:
                continue
            lines = [s for s in shapes[at:] if s != "rule"][:_TABLE_ROWS_MIN]
            if len(lines) == _TABLE_ROWS_MIN and all(s == shape for s in lines):
                return at
        # (or a table set out in fields two spaces apart, under a legend of bullets:
        # "번호  시·군      도          착공 …" over " 1   성천군     평안남도 …")
        for at in range(1, len(block)):
            if (
                shapes[at] is None
                and not self._names_a_place(block[at])
                and self._spaced_header(self._line_around(self.sentences[block[at]][0])[0])
            ):
                return at
        return 0

    def _in_report_date_column(self, position: int) -> bool:
        """Is `position` in a table cell under a header of the day the item ran ("게재일",
        "보도일", "report date"), not the day of the event?"""
        text = self.text
        line_start, line_end = self._line_around(position)
        # (or an export's: "ref;name;province;what;event_day;report_day;kim;note")
        sep = self._cell_separator(line_start, line_end) or export_separator(
            text, line_start, line_end
        )
        if sep is None:
            return False
        header_start = line_start
        above_end = line_start - 1
        while above_end > 0:
            above_start = text.rfind("\n", 0, above_end) + 1
            if text.startswith("#", above_start) and sep in ";,\t":
                above_end = above_start - 1  # (an export's comment line among its rows)
                continue
            if text.count(sep, above_start, above_end) < 2:
                break
            if not _RULE_LINE.fullmatch(text, above_start, above_end):
                header_start = above_start
            above_end = above_start - 1
        # (a legend that names the columns above the rows: "Columns: clip date | county |
        # province | ceremony | …" over "08.01 | Jaeryong | … | 07.01 | …")
        named = self._column_legend_before(line_start)
        if named is not None and text.count(sep, named, text.find("\n", named)) >= 2:
            header_start = named
        elif header_start == line_start:
            return False
        header_end = text.find("\n", header_start)
        header = text[header_start:header_end].strip(" \r").strip(sep).split(sep)
        row = text[line_start:line_end]
        lead = len(row) - len(row.lstrip(" "))
        row = row.strip(" \r")
        if row.startswith(sep):
            row, lead = row[1:], lead + 1
        column = row.count(sep, 0, max(0, position - line_start - lead))
        return (
            column < len(header)
            # (after the cell's bracketed id, if any: "[기사ID] 게재일")
            and bool(_REPORT_DATE_HEADER.fullmatch(_BRACKETED_ID.sub("", header[column]).strip()))
            # (not in a row whose event day is the report's: "… | (보도일 기준) | 공사 |")
            and _BY_REPORT_DAY.search(row) is None
        )

    def _is_reporting_date(self, mention: DateMention) -> bool:
        """The day a report was published ("state media said Tuesday", "4일 보도했다"), or a
        date a correction withdraws ("misstated the date as Feb. 5"): not an event's date."""
        if mention.relation == REPORT_DAY:
            return False  # ("KCNA 7 Mar reported GB ceremonies": their month, read already)
        text = self.text
        if self._in_report_date_column(mention.start):
            return True  # ("번호 | 게재일 | 매체 | 제목 | 행사일" over "1 | 2.1 | … | 1.31 |")
        if (
            text.startswith(" (", mention.end)
            and _WIRE_DATELINE_AFTER.match(text, mention.end) is not None
            and _WIRE_DATELINE_BEFORE.fullmatch(
                text, text.rfind("\n", 0, mention.start) + 1, mention.start
            )
            is not None
        ):
            return True  # (a wire dateline opening the body: "SEOUL, Feb. 4 (Yonhap) -- …")
        vocab = self.vocab
        before = text[max(0, mention.start - 30) : mention.start]
        after = text[mention.end : mention.end + 20]
        # A correction notice ("misstated the date as Feb. 5"): its words first, cheaply.
        window = self.lowered[max(0, mention.start - 200) : mention.end + 60]
        if any(word in window for word in vocab.superseded_words):
            if vocab.superseded_date_before and vocab.superseded_date_before.search(
                text[max(0, mention.start - 200) : mention.start]
            ):
                return True
            if vocab.superseded_date_after and vocab.superseded_date_after.match(after):
                return True
        # "said Tuesday", "reported on Monday": the verb is right before the date. (The day
        # of a progress report is the day the progress was seen: "KCNA's report of 8 July
        # said external work was nearing completion".)
        said = (
            vocab.reporting_before.search(before, len(before) - 16)
            if vocab.reporting_before is not None
            else None
        )
        # ("State media reported on July 8 that external work was nearing completion": the
        # progress was seen that day too.)
        if said is not None and not (
            said.group().split()[-1] in ("of", "dated", "on")
            and self._progress_told_after(mention.end)
        ):
            return True
        label = vocab.reporting_label_after
        if label and label.match(after) and not self._progress_told_after(mention.end):
            return True
        if vocab.reporting_after and vocab.reporting_after.match(after):
            return True
        cited = vocab.reporting_source_before
        if (
            cited is not None
            # (its words first, cheaply: the pattern is anchored at the date)
            and any(
                word in self.lowered[max(0, mention.start - 60) : mention.start]
                for word in _CITED_SOURCE_WORDS
            )
            and cited.search(text, max(0, mention.start - 60), mention.start)
            # ("According to a report released on Monday, the external work ... has entered
            # its final stage": progress is dated by the report that saw it.)
            and not self._progress_told_after(mention.end)
        ):
            return True
        subject = vocab.reporting_subject
        if (
            subject is not None
            and subject.search(text, max(0, mention.start - 12), mention.end)
            # "통신은 29일 열린 준공식에서 ...": the day the ceremony was held.
            and not _KO_HELD_ON.match(text, mention.end)
            # ("통신은 지난 8일 ... 외부공사가 마감단계에 들어섰다고 전했다": progress is dated by
            # the report that saw it.)
            and not self._progress_told_after(mention.end)
        ):
            # Unless the sentence goes on with more days, one per place ("통신은 30일 A시,
            # 29일 B군에서도 ... 준공됐다고 전했다"): then the first is A's.
            stop = text.find(".", mention.end)
            rest = text[mention.end : stop if stop >= 0 else len(text)]
            # ("매체는 지난 18일 A군에서 준공식이 열렸다고 전했다": with nothing else to date the
            # ceremony, "지난 18일" is its day; "통신은 지난 7일 ... 이달 초 착공식이 열렸다고
            # 전했다" is the report's.)
            # (or told after another report: "통신은 앞서 7일에도 … 이달 들어 착공식이 열렸다고
            # 전했다", "통신은 또 9일 … 준공식 소식도 전했지만")
            looked_back = any(
                word in text[max(0, mention.start - 6) : mention.end]
                for word in _KO_LOOKED_BACK
            )
            other_day = _KO_BARE_DAY.search(rest)
            if other_day is None and (
                not looked_back or _KO_TIME_WORD.search(rest) is not None
            ):
                return True
            # ("통신은 7일 A, B에서 진행된 착공식소식을 전한데 이어 11일에는 …": the news of
            # that day, then another day's.)
            if other_day is not None and "소식" in rest[: other_day.start()]:
                return True
            # ("조선중앙통신은 27일 개풍구역 … 준공식이 26일 열렸으며, …고 보도했다": the day
            # the ceremony was held is the other)
            if other_day is not None and _KO_HELD_AFTER.match(rest, other_day.end()):
                return True
            # ("통신은 12일 양강도 김형직군에서 11일 준공식이 열렸다고 보도했다": the places are
            # told, then the day of what happened there)
            if other_day is not None and _KO_PLACES_THEN_DAY.search(rest, 0, other_day.start()):
                return True
        # "11일에는 A군, B군 ...에서의 착공소식이 전해졌다": the day the news came, when the
        # sentence has no other day.
        if (
            self.language == "ko"
            and _KO_BARE_DAY.fullmatch(text, mention.start, mention.end)
            and "지난" not in text[max(0, mention.start - 4) : mention.start]
        ):
            stop = text.find(".", mention.end)
            rest = text[mention.end : stop if stop >= 0 else len(text)]
            if _KO_NEWS_CAME.search(rest) and _KO_BARE_DAY.search(rest) is None:
                return True
        # Korean news: "오늘(11일) ... 보도했다" names the day of the report itself.
        if (
            self.language == "ko"
            and self.reference is not None
            and mention.value.as_date() == self.reference
        ):
            line_end = text.find("\n", mention.end)
            rest = text[mention.end : line_end if line_end >= 0 else len(text)]
            return bool(vocab.reporting_sentence and vocab.reporting_sentence.search(rest))
        return False

    def _northern_abbreviations(self) -> bool:
        pattern = self.vocab.northern_abbreviations
        return pattern is not None and pattern.search(self.text) is not None

    def _find_dates(self, body_start: int) -> list[DateMention]:
        """The dates of the body, each part counted from its own dateline: a file of clips
        ("[4] 연합뉴스 2025.12.4." over the clip, "【평양 2월 26일발 조선중앙통신】") resolves
        "3일", "이달 하순" against the clip's day, not the file's."""
        sections = self._clip_datelines(body_start)
        self.dated_parts = sections
        if not sections:
            return DateResolver(self.reference).find(
                self.text, body_start, self.active_end, skip=self._is_reporting_date
            )
        found: list[DateMention] = []
        # (each part from its header, or from after a KCNA dateline, to the next header)
        bounds = [(body_start, body_start, self.reference), *sections]
        ends = [header_start for header_start, _start, _day in sections] + [self.active_end]
        for (_header, start, reference), end in zip(bounds, ends, strict=True):
            if start < end:
                found += DateResolver(reference).find(
                    self.text, start, end, skip=self._is_reporting_date
                )
        # (the file was made no earlier than its latest part: "today" there is no day ahead
        # of a dateline that is the export's first day line)
        latest = max((day for _h, _at, day in sections if day is not None), default=None)
        if latest is not None and (self.reference is None or latest > self.reference):
            self.reference = latest
        return found

    def _clip_datelines(self, body_start: int) -> list[tuple[int, int, date | None]]:
        """Where the clips of a file of clippings start (their header, and the text after it)
        and the days they are dated by: two numbered clip headers with a full date at least
        ("[1] 조선중앙통신 2025.2.28.") or two day lines of a chat export ("────── Thursday, 27
        February 2025 ──────"), or a KCNA dateline opening a line of the body ("【평양 2월
        26일발 조선중앙통신】"). A section with no date of its own ("[2] 〔메모〕", "[정리자 메모]")
        goes back to the file's."""
        text = self.text
        if (
            "[" not in text
            and "【" not in text
            and "──" not in text
            and "——" not in text
            and "-----" not in text
            and "==" not in text
            and "\n#" not in text
            and _ENTRY_DAY_HINT.search(text) is None
            and "ENTRY" not in text
            and "Entry" not in text
            and "ITEM" not in text
            and "Item" not in text
            and "Sent:" not in text
            and "wrote:" not in text
            and _STAMP_LINE_HINT.search(text) is None
            and _CHAT_APP_STAMP.search(text) is None
            and (
                "|" not in text
                or (
                    _NUMBERED_SOURCE_DAY.search(text) is None
                    and _REPORT_DAY_NOTE.search(text) is None
                )
            )
        ):
            return []
        reference = self.reference
        headers: list[tuple[int, int, date | None]] = []
        numbered = 0
        month_first: bool | None = None  # (a chat export's stamps, when it has any)
        marked_days_alone: bool | None = None
        vouched: dict[str, bool] = {}
        corrected_days: dict[int, tuple[int, int]] | None = None  # (report days corrected)
        for found in _CLIP_HEADER.finditer(text, body_start, self.active_end):
            # (a KCNA dateline is no event's date: its part starts after it; a clip's header
            # line is read with its part, its day the one a progress report is dated by)
            at = found.start()
            if found["kmonth"]:
                at = text.find("】", found.end()) + 1 or found.end()
            if found["year"]:
                day = self._header_day(found.start("year"), found.end("day"), reference)
                numbered += day is not None
            elif (line_day := next((g for g in _DAY_LINE_GROUPS if found[g]), None)) is not None:
                # (a day's line, a log's entry or line, a post's header: the one day it gives)
                day = self._header_day(*found.span(line_day), reference)
                if day is None:
                    continue  # (a rule line, or one with no single day: not a day's line)
                if (guard := _STAMPS_VOUCHED_BY.get(line_day)) is not None:
                    # (a loose stamp counts in a log that vouches for it)
                    if line_day not in vouched:
                        pattern, needed = guard
                        vouched[line_day] = len(pattern.findall(text)) >= needed
                    if not vouched[line_day]:
                        continue
                if line_day == "ko_source_stamp":
                    if corrected_days is None:
                        corrected_days = {
                            int(c["line"]): c.span("day")
                            for c in _REPORT_DAY_CORRECTION.finditer(text)
                        }
                    number = int(text[found.start() : found.start() + 3].split("|")[0])
                    if (span := corrected_days.get(number)) is not None:
                        day = self._header_day(*span, reference) or day
                if line_day in _STAMP_GROUPS:
                    at = found.end()  # (a post's header line, a message's stamp: no dates)
                elif line_day == "md_day" and text[found.start() : found.start("md_day")].strip():
                    # ("■ 2.28(금)": a log's day under its mark only when every marked day
                    # heads its part alone, not "■ 12.19.(금) 함경남도 신포시 공장 준공")
                    if marked_days_alone is None:
                        marked_days_alone = _MARKED_DAY_WITH_TEXT.search(text) is None
                    if not marked_days_alone:
                        continue
            elif found["amonth"]:
                # (an alert's day, the latest such day not after the file's: it dates nothing
                # itself)
                at = found.end()
                day = (
                    most_recent_day(
                        reference, int(found["amonth"]), int(found["aday"] or found["adot"])
                    )
                    if reference is not None
                    else None
                )
                if day is None:
                    continue
            elif found["wfirst"]:
                # (a message's day, the day first unless the export's stamps show the month
                # first: "[12/16/2025, 07:52]")
                at = found.end()
                if month_first is None:
                    month_first = _stamps_month_first(text)
                first, second = int(found["wfirst"]), int(found["wsecond"])
                day_number, month_number = (second, first) if month_first else (first, second)
                year = int(found["wyear"])
                day = safe_date(year + 2000 if year < 100 else year, month_number, day_number)
                if day is None:
                    continue
            elif found["tday"]:
                # (a message's day: its header line dates nothing itself)
                at = found.end()
                day = _stamp_day(found["tday"], found["tmonth"], found["tyear"], reference)
                if day is None:
                    continue
            elif found["kmonth"]:
                # ("2월 26일" read against the file's day: the latest such day not after it)
                day = self._header_day(found.start("kmonth"), found.end("kday") + 1, reference)
            elif _CHAT_PREFIX.match(text[found.start() : found.start() + _CHAT_PREFIX_MAX]):
                continue  # (a chat message's speaker and time, "[이지은] [오전 8:12]": no part)
            else:
                day = reference  # ("[2] 〔메모〕 신양군 착공": the file's own day again)
            headers.append((found.start(), at, day if day is not None else reference))
        # (a chat export's first day line may be its dateline: one more in the body will do)
        others = len(headers) - numbered
        if numbered < 2 and not (
            others and any(day != reference for _h, _at, day in headers)
        ):
            return []
        return headers

    def _header_day(self, start: int, end: int, reference: date | None) -> date | None:
        """The one day a clip's header or a day line gives in text[start:end], if it gives
        one (a year left out counts from `reference`)."""
        told = DateResolver(reference).find(self.text, start, end)
        return told[0].value.as_date() if len(told) == 1 else None

    def _with_bare_stems(self, places: list[Any]) -> list[Any]:
        """A Korean text that names places with their unit word ("함주군 공장 준공식") may drop
        it for the programme's counties further on ("1/8 숙천 1/10 은파", "은파는 10일"): those
        stems are the counties too. So are stems a note writes with their province in brackets
        ("성천(평남) 준공", "연탄(황북)"), everyday words among them."""
        pattern = self.vocab.bare_stem
        assert pattern is not None
        added: list[PlaceMatch] = self._stems_with_their_province(places)
        if not added and not any(
            getattr(p, "kind", "unit") == "unit" and "가" <= p.surface[-1:] <= "힣"
            for p in places
        ):
            return places
        taken = [(p.start, p.end) for p in [*places, *added]]
        # (and an everyday word's stem too, right before the programme's facility: "구성 병원")
        for stems, names in (
            (pattern, self.vocab.bare_stem_names),
            (self.vocab.facility_stem, self.vocab.bracketed_stem_names),
        ):
            for found in stems.finditer(self.text, 0, self.active_end) if stems else ():
                start, end = found.span("stem")
                if any(a < end and start < b for a, b in taken):
                    continue
                # (a phrase quoted: "'신포 준공식'을 검색했더니", "\"성천 착공 1년 안에 ...\"")
                if self._quoted_on_line(start):
                    continue
                unit = self.gazetteer.resolve(names[found["stem"]])
                if unit is not None:
                    added.append(_stem_match(found, unit))
                    taken.append((start, end))
        added.extend(self._listed_stems([*places, *added]))
        if not added:
            return places
        return sorted([*places, *added], key=lambda p: p.start)

    def _quoted_on_line(self, start: int) -> bool:
        """Is `start` inside quote marks opened on its line?"""
        line_start = self.text.rfind("\n", 0, start) + 1
        return sum(self.text.count(q, line_start, start) for q in "'\"‘“") % 2 == 1

    def _listed_stems(self, places: list[Any]) -> list[PlaceMatch]:
        """Stems left out as another place's or a person's name ("철원", "장강"), in a list
        beside a place, and so beside each other ("어제 북창, 철원, 장강도 준공했던데요"): the
        counties."""
        pattern = self.vocab.listed_stem
        if pattern is None:
            return []
        text = self.text
        found_units: list[PlaceMatch] = []
        stems = [
            found
            for found in pattern.finditer(text, 0, self.active_end)
            if not any(p.start < found.end("stem") and found.start("stem") < p.end for p in places)
        ]
        listed = [p for p in places if getattr(p, "kind", "unit") == "unit"]
        grew = True
        while grew and stems:
            grew = False
            for found in list(stems):
                start, end = found.span("stem")
                after = found.end()
                beside = any(
                    (p.end <= start and _LIST_SEPARATOR.fullmatch(text, p.end, start))
                    or (after <= p.start and _LIST_SEPARATOR.fullmatch(text, after, p.start))
                    for p in listed
                )
                if not beside:
                    continue
                stems.remove(found)
                unit = self.gazetteer.resolve(self.vocab.bracketed_stem_names[found["stem"]])
                if unit is None:
                    continue
                match = _stem_match(found, unit)
                found_units.append(match)
                listed.append(match)
                grew = True
        return found_units

    def _stems_with_their_province(self, places: list[Any]) -> list[PlaceMatch]:
        """Programme counties' stems right before a bracket that names their province
        ("성천(평남)", "구장(평북)")."""
        pattern = self.vocab.bracketed_stem
        if pattern is None:
            return []
        provinces = {
            p.start: p.province for p in places if getattr(p, "kind", "unit") == "province"
        }
        found_units: list[PlaceMatch] = []
        for found in pattern.finditer(self.text, 0, self.active_end):
            start, end = found.span("stem")
            unit = self.gazetteer.resolve(self.vocab.bracketed_stem_names[found["stem"]])
            if unit is None:
                continue
            said = provinces.get(end + 1)
            close = self.text.find(")", end, end + 8)
            if said is None and close > 0:
                # (a province-level city by its stem: "온천(남포)", "장풍(개성)")
                said = self.gazetteer.resolve_province(self.text[end + 1 : close] + "시")
            if said == unit.province:
                found_units.append(_stem_match(found, unit))
        return found_units

    def _counties(self, matches: Iterable[Any]) -> list[_County]:
        out: list[_County] = []
        text = self.text
        # Homonyms the text has said it does not mean ("Unsan, South Phyongan (not the North
        # Phyongan Unsan)"): a later bare mention is the namesake it did mean.
        denied: set[str] = set()
        denied_end = -1  # where the last place the text denies ends
        for m in matches:
            if getattr(m, "kind", "unit") != "unit":
                continue
            resolved = getattr(m, "unit", None)
            names = set() if resolved else {u.name_en for u in getattr(m, "candidates", ())}
            if resolved is None and len(names) != 1:
                continue
            before = text[max(0, m.start - 60) : m.start]
            after = text[m.end : m.end + 60]
            if m.start == denied_end + 1 and text[denied_end : m.start] == "/":
                # ("NOT Unsan/Ŭnsan in S. P'yongan": the other spelling of the place denied)
                if resolved is not None:
                    denied.add(resolved.id)
                denied_end = m.end
                continue
            if (
                self.vocab.place_reference_before
                and (found := self.vocab.place_reference_before.search(before)) is not None
                and not (found.group().startswith("강원") and self._northern_abbreviations())
                # ("Koksan is not Kosan in Kangwon, whose factories opened on 29 January":
                # the place a relative clause tells of is a site after all)
                and not (
                    found.group().lower().startswith("not") and _RELATIVE_OF_PLACE.match(after)
                )
                # (", following the first ground-breaking in A on February 28": dated, a site)
                and not (found.group().startswith(", following") and _ON_DAY_AFTER.match(after))
            ):
                if resolved is not None:
                    denied.add(resolved.id)
                denied_end = m.end
                continue
            if (
                self.vocab.place_reference_after
                and self.vocab.place_reference_after.search(after)
                # ("지난 1월 준공된 강원도 고산군과 다른 곳": the place a ceremony qualifies is a
                # site, whatever it is compared with)
                and not (
                    _KO_CEREMONY_QUALIFIES.search(before) and _KO_DAY_OR_MONTH.search(before)
                )
                # ("1월 10일 황해북도 은파군에 이어 이틀 뒤에는 …": a site with its own day)
                and not (after.startswith("에") and _KO_DAY_BEFORE_PLACE.search(before))
            ):
                continue
            if self._compared_only(m.start, text[m.end : m.end + 40]):
                continue
            southern = self.vocab.south_korean_province_after
            if (
                southern is not None
                and southern.search(after)
                and not any(m.surface.startswith(u.name_en) for u in _units_of(m))
                # ("six counties, including Pukchang in South Pyongan Province and Cheorwon in
                # Gangwon Province": named among the North's, it is the North's.)
                and not self._among_northern_provinces(m.start, m.end)
            ):
                continue
            if resolved is None:
                out.append(_County(m.start, m.end, _UnresolvedUnit(names.pop())))
                continue
            unit = resolved
            # (a spelling of its own is no bare mention: "Ŭnsan", "은산군")
            if unit.id in denied and len(getattr(m, "candidates", ())) != 1:
                namesake = next(
                    (
                        c.unit
                        for c in reversed(out)
                        if c.unit.name_en == unit.name_en and c.unit.id != unit.id
                    ),
                    None,
                )
                unit = namesake or unit
            out.append(_County(m.start, m.end, unit))
        out.sort(key=lambda c: c.start)
        self.denied_units = denied
        return out

    def _among_northern_provinces(self, start: int, end: int) -> bool:
        """Does the sentence around a place name a province only the North has?"""
        text = self.text
        s_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
        s_end = min(stops) if stops else len(text)
        return _NORTHERN_PROVINCE_EN.search(text, s_start, s_end) is not None

    def _first_sentence_end(self) -> int:
        """Where the body's first sentence ends: past a short greeting that opens its line
        ("DANA: Welcome back. It's been a busy fortnight for ground-breaking ceremonies")."""
        if not self.sentences:
            return len(self.text)
        start, end = self.sentences[0]
        if (
            self.text.startswith(("|", "·"), start)
            and len(self.sentences) > 1
            and _TURN_CUE.match(self.text, self.sentences[1][0]) is not None
        ):
            # (the rest of the dateline's line over a transcript's first turn: "Seoul, Monday,
            # January 13, 2025 | Deputy spokesperson's regular briefing | transcript …" over
            # "Q (Yonhap): North Korean media reported another factory opening this morning.")
            return self.sentences[1][1]
        if self.text.startswith(("|", "·"), start) and len(self.sentences) > 3:
            # (... or over a line or two of the transcriber's notes first: "· 10:30 KST" /
            # "Unofficial transcript from the livestream. Q = reporter, A = spokesperson." /
            # "Q: State media say ground was broken yesterday ...")
            for turn in (2, 3):
                notes_end = self.sentences[turn - 1][1]
                turn_start = self.sentences[turn][0]
                if (
                    _TURN_CUE.match(self.text, turn_start) is not None
                    and self.text.startswith("\n", turn_start - 1)
                    and not self._triggers(end, notes_end)
                    and not self._units_between(end, notes_end)
                ):
                    return self.sentences[turn][1]
        if (
            end - start <= _GREETING_MAX
            and _SPEAKER_CUE.match(self.text, start) is not None
            and len(self.sentences) > 1
            and "\n" not in self.text[end : self.sentences[1][0]]
        ):
            return self.sentences[1][1]
        return end

    def _units_between(self, start: int, end: int) -> list[Any]:
        first = bisect_left(self.county_starts, start)
        last = bisect_left(self.county_starts, end)
        seen: dict[str, Any] = {}
        for c in self.counties[first:last]:
            seen.setdefault(c.unit.id, c.unit)
        return list(seen.values())

    def _focus(self) -> tuple[Any | None, bool]:
        """The county the report is about (headline, else lead) and whether the headline said so."""
        headline = self._units_between(0, self.body_start)
        # "철원군, 의료원 착공" over "강원 철원군은 ...": the headline's county is the one the
        # body says is not meant (the South's namesake).
        # (Not when the headline names its province too: "County card: Kangdong (강동군),
        # Pyongyang" over "Not Gangdong-gu in Seoul".)
        named = self.text[: self.body_start]
        headline = [
            unit
            for unit in headline
            if unit.id not in self.denied_units or (unit.province and unit.province in named)
        ]
        if self._tells_other_campaign(0, self.body_start):
            # ("Another 10,000 flats ready in Hwasong District": another campaign's place)
            headline = []
        if len(headline) == 1:
            return headline[0], True
        lead_end = self._first_sentence_end()
        lead = self._units_between(self.body_start, lead_end)
        if self._tells_other_campaign(self.body_start, lead_end):
            lead = []
        if len(lead) == 1 and not headline:
            return lead[0], False
        return None, False

    def _tells_other_campaign(self, start: int, end: int) -> bool:
        """Does the text between `start` and `end` tell of another campaign's construction
        (flats, flood recovery)? A sentence that does yields no event."""
        out_hard = self.vocab.out_hard
        return out_hard is not None and out_hard.search(self.text, start, end) is not None

    def _of_other_campaign(self, index: int) -> bool:
        """Is sentence `index` set aside, or about another campaign's construction (flats)?"""
        return index in self.excluded or self._tells_other_campaign(*self.sentences[index])

    def _sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def _unit_word_of_focus(self, start: int) -> bool:
        """Does the sentence at `start` say "the city" (or "the county", "the district") of the
        kind of unit the headline's place is?"""
        s_start, s_end = self.sentences[self._sentence_of(start)]
        word = getattr(self.focus, "unit_type", "")
        return word in _UNIT_WORDS_EN and self.lowered.find(f"the {word}", s_start, s_end) >= 0

    def _current_unit(self, start: int) -> Any | None:
        """The county a sentence starting at `start` refers to when it names none.

        It is the county of the last earlier sentence that named exactly one; after a
        sentence that enumerates several it is unknown, unless the headline names the county
        the whole report is about.
        """
        index = bisect_left(self.county_starts, start) - 1
        # (nor a place told only as another campaign's: "Apartment blocks have risen in
        # Hwasong District" before "The new street includes ... a polyclinic")
        while index >= 0 and self._of_other_campaign(
            self._sentence_of(self.counties[index].start)
        ):
            index -= 1
        # A table row names its own place or none ("| 3 | 2024. 8. 24. | 여러 지역 | ... |"):
        # not the row above's.
        if (
            index >= 0
            and self.text.startswith("|", start)
            and self.text.find("\n", self.counties[index].end, start) >= 0
        ):
            return None
        if (
            self.language == "ko"
            and index >= 0
            and self._southern_place_of_its_own(start, self.counties[index].end)
        ):
            # ("경기 이천시는 4일 … 준공식을 개최했다": a place of the South's, not the county the
            # sentence before named)
            return None
        if index >= 0 and self._card_row(self.counties[index], start):
            # (a row under a section heading that names its one county: "2. 염주군" over "-
            # 지방공업공장 착공: 2025.2.27.", whatever county the headline names)
            return self.counties[index].unit
        if (
            self.focus_from_headline
            and index >= 0
            and (
                _BULLET_ROW.match(self.text, start)
                # (or a numbered item's, "2. Start A. Thu 6 Feb 2025: county hospital. KJU
                # broke the first ground.")
                or NUMBERED_ITEM.match(self.text, self.text.rfind("\n", 0, start) + 1)
            )
            and self.text.find("\n", self.counties[index].end, start) >= 0
        ):
            # (a line of a timeline under a headline about one county, naming no place of its
            # own: "County card: Kusong" over "- 2025-06-09 (Mon) — Kim Jong Un inspects the
            # hospital site", whatever the line above compared it with)
            return self.focus
        if (
            self.focus_from_headline
            and index >= 0
            and _COMPARED_NEIGHBOUR_BEFORE.search(
                self.text, max(0, self.counties[index].start - 40), self.counties[index].start
            )
        ):
            return self.focus
        if (
            self.focus_from_headline
            and self.focus is not None
            and index >= 0
            and self.language == "en"
            and self._unit_word_of_focus(start)
            and getattr(self.counties[index].unit, "unit_type", None)
            != getattr(self.focus, "unit_type", None)
        ):
            # ("… in Jangyon County the day before. He then visited the aquaculture base in
            # the city": the city is the headline's, not the county named last)
            return self.focus
        demonstrative = self.vocab.demonstrative_subject
        if self.focus_from_headline and demonstrative is not None:
            s_start, s_end = self.sentences[self._sentence_of(start)]
            if demonstrative.search(self.text, s_start, s_end):
                return self.focus
        # A sentence about the whole programme since ("20 cities and counties", "the remaining
        # sites") ends the talk about one county.
        wide = self._programme_wide()
        if wide:
            since = max(self.counties[index].end if index >= 0 else 0, self.body_start)
            # In its own sentence only as the place of the event ("in 20 cities and
            # counties", "20개 시·군에서"), not in a comparison ("the last of the 20 sites").
            _s_start, s_end = self.sentences[self._sentence_of(start)]
            for position in range(bisect_left(wide, (start, 0)), len(wide)):
                w_start, w_end = wide[position]
                if w_start >= s_end:
                    break
                before = self.lowered[max(start, w_start - 8) : w_start]
                # What the policy is ("the policy, which aims to build factories in 20
                # cities"), not where this sentence's event was; a description with a date
                # of its own ("which Kim set forth on January 15, calling for ...") is about
                # that event.
                described = self.vocab.policy_description
                found = described.search(self.lowered, start, w_start) if described else None
                if found is not None and not self._dates_in(found.start(), w_start):
                    continue
                if _PLACE_BEFORE.search(before) or self.text.startswith(("에서", "의"), w_end):
                    return None
            # (A headline about one county brings the talk back to it.)
            if self._wide_between(since, start):
                if index >= 0 and self._card_row(self.counties[index], start):
                    return self.counties[index].unit
                return self.focus if self.focus_from_headline else None
        if index < 0 or self.counties[index].start < self.body_start:
            return self.focus
        sentence = self._sentence_of(self.counties[index].start)
        s_start, s_end = self.sentences[sentence]
        # "factories now stood in twenty cities and counties less than a year after the first
        # spade went into the ground at Songchon": a county named in a sentence about the
        # whole programme is background; the headline's county is still the subject.
        if (
            self.focus_from_headline
            and wide
            and self._wide_between(s_start, self.counties[index].start)
        ):
            return self.focus
        first = bisect_left(self.county_starts, s_start)
        units = {c.unit.id for c in self.counties[first : index + 1]}
        if len(units) == 1:
            return self.counties[index].unit
        return self.focus if self.focus_from_headline else None

    def _southern_place_of_its_own(self, start: int, since: int) -> bool:
        """Does the Korean sentence starting at `start` name a South Korean city, county or
        district as its subject or setting (after offset `since`)?"""
        s_start, s_end = self.sentences[self._sentence_of(start)]
        return _KO_SOUTHERN_UNIT.search(self.text, max(s_start, since), s_end) is not None

    def _compared_only(self, start: int, after: str) -> bool:
        """Is a place named only as what the sentence's facility is compared with ("강동군병원에
        이어 두 번째로 완공된")? Not when an event of its own is told before it ("지난달 문을
        연 강동군병원에 이어")."""
        compared = self.vocab.place_compared_after
        if compared is None or not compared.search(after):
            return False
        s_start = self.sentences[self._sentence_of(start)][0]
        # Only this place's own clause counts ("A군 공장은 지난해 3월 착공했으며, B군에 이어
        # 준공됐다": the groundbreaking is A's).
        clause_start = max(s_start, self.text.rfind(", ", s_start, start) + 1)
        first = bisect_left(self.trigger_starts, clause_start)
        if first < len(self.trigger_starts) and self.trigger_starts[first] < start:
            return False
        s_start = clause_start
        # "지난달 ... 강동군병원에 이어": a time of its own also tells its event. (Counties are
        # read before dates, so the date is looked for here.)
        return _KO_TIME_WORD.search(self.text, s_start, start) is None

    def _programme_wide(self) -> list[tuple[int, int]]:
        """Spans of programme-wide phrases in the active body (one pass, on first use)."""
        if self.wide_spans is None:
            pattern = self.vocab.programme_wide
            before = self.vocab.programme_wide_before
            self.wide_spans = []
            if pattern is not None:
                lowered = self.lowered
                for m in pattern.finditer(lowered, self.body_start, self.active_end):
                    if before is None:
                        self.wide_spans.append(m.span())
                        continue
                    # The span takes in its qualifier: "in | 20 cities and counties".
                    qualifier = before.search(lowered, max(0, m.start() - 30), m.start())
                    if qualifier is not None:
                        self.wide_spans.append((qualifier.start(), m.end()))
            counts = self.vocab.programme_wide_counts
            lowered = self.lowered
            if counts is not None and ("other " in lowered or "remaining " in lowered):
                found = counts.finditer(lowered, self.body_start, self.active_end)
                self.wide_spans.extend(m.span() for m in found)
                self.wide_spans.sort()
            if self.language == "ko":
                # (not in a row's bracketed aside: "- 착공: 2024년 3월 (일자 미확인, 3월 11일 보도
                # 13곳에 포함)" still speaks of the county above)
                self.wide_spans = [
                    span for span in self.wide_spans if not self._in_row_aside(span[0])
                ]
        return self.wide_spans

    def _in_row_aside(self, at: int) -> bool:
        """Is `at` inside a bracketed aside of a list line ("- 착공: … (…, 13곳에 포함)")?"""
        line_start = self.text.rfind("\n", 0, at) + 1
        if not _BULLET_ROW.match(self.text, line_start):
            return False
        opened = self.text.rfind("(", line_start, at)
        return opened >= 0 and self.text.find(")", opened, at) < 0

    def _wide_between(self, start: int, end: int) -> bool:
        wide = self.wide_spans if self.wide_spans is not None else self._programme_wide()
        index = bisect_left(wide, (start, 0))
        return index < len(wide) and wide[index][0] < end

    def _wide_only_alongside(self, start: int, end: int) -> bool:
        """Are the programme-wide phrases between start and end only others the event was
        held with ("whose ground was broken on 28 February together with several 2025-cohort
        counties")? The event is still the place's."""
        wide = self.wide_spans if self.wide_spans is not None else self._programme_wide()
        spans = [span for span in wide[bisect_left(wide, (start, 0)) :] if span[0] < end]
        return bool(spans) and all(
            _ALONGSIDE_BEFORE.search(self.lowered, max(start, w_start - 40), w_start)
            for w_start, _w_end in spans
        )

    def _ceremony_before(self, near: ResolvedDate | None = None) -> str | None:
        """The type of the last ceremony event found so far: "ceremonies followed in A and
        B" are more of the ceremonies just told of; with a day `near`, the one of the last few
        told nearest that day."""
        if near is not None and (when := near.as_date()) is not None:
            recent = [
                (abs((day - when).days), -position, cand.event_type)
                for position, cand in enumerate(self.candidates[-_CEREMONIES_WEIGHED:])
                if cand.event_type in CEREMONY_TYPES
                and cand.date is not None
                and (day := cand.date.as_date()) is not None
            ]
            if recent:
                return min(recent)[2]
        # (A dated one first: "... within a year of the ground-breaking in B" told no event of
        # its own time.)
        for dated in (True, False):
            for cand in reversed(self.candidates):
                if cand.event_type in CEREMONY_TYPES and (cand.date is not None or not dated):
                    return cand.event_type
        return None

    def _leading_ceremony_type(self) -> str | None:
        for trig in self._triggers(0, min(len(self.text), self._first_sentence_end())):
            if trig.event_type in CEREMONY_TYPES:
                return trig.event_type
        return None

    # ------------------------------------------------------------------ matching helpers
    def _scan_triggers(self) -> list[tuple[int, int, Trigger]]:
        """Every trigger in the text, with overlaps resolved."""
        text = self.text
        lowered = self.lowered
        specs = self.vocab.triggers
        if lowered is text:
            matches = self.vocab.trigger_scan_nocase.finditer(text)
            return [
                (m.start(), m.end(), specs[int(m.lastgroup[1:])]) for m in matches if m.lastgroup
            ]
        # Overlaps keep the earlier, then the specific, then the longer match.
        found = [(m.start, m.end, specs[m.key]) for m in self.vocab.trigger_scanner.scan(lowered)]
        if ("=" in text or "·" in text or " | " in text) and (
            marks := self._legend_abbreviations(found)
        ):
            # (a mark says what its legend says, over what its word would say alone: "VISIT
            # = Kim Jong Un on site" makes "…,VISIT,2025-06-02" his visit)
            marked = {start for start, _end, _spec in marks}
            found = [t for t in found if t[0] not in marked] + marks
        found.sort(key=lambda t: (t[0], t[2].generic, t[0] - t[1]))
        return leftmost_non_overlapping(found)

    def _legend_abbreviations(
        self, found: list[tuple[int, int, Trigger]]
    ) -> list[tuple[int, int, Trigger]]:
        """A legend's abbreviations of the ceremonies ("착=착공식, 준=준공식", "GB = ground-
        breaking; OP = opening") before the dates they mark elsewhere ("| 착 2024.3. | 준
        2025.1.18.(토) |"): triggers of the ceremonies they stand for."""
        text = self.text
        vocab = self.vocab
        meaning: dict[str, Trigger] = {}
        legend_lines: list[tuple[int, int]] = []
        lines = [
            (line, list(_LEGEND_PAIR.finditer(text, line.start(), line.end())))
            for line in _LEGEND_PAIRS_LINE.finditer(text)
        ]
        if "·" in text or " | " in text:
            # ("- ms (milestone): BRK ground-breaking · VIS Kim inspects the site · INA …")
            lines += [
                (line, list(_LEGEND_DOT_PAIR.finditer(text, line.start(), line.end())))
                for line in _LEGEND_DOTS_LINE.finditer(text)
            ]
        if any(symbol in text for symbol in _LEGEND_SYMBOLS):
            # ("[범례] ▲ 착공, ■ 준공. … ● 김정은 참석, ○ 김정은 불참")
            symbol_lines = [
                (line, list(_LEGEND_SYMBOL_PAIR.finditer(text, line.start(), line.end())))
                for line in _LEGEND_SYMBOLS_LINE.finditer(text)
            ]
            lines += symbol_lines
        else:
            symbol_lines = []
        for line, pairs in lines:
            kinds: dict[str, Trigger] = {}
            for pair in pairs:
                said = [
                    spec
                    for t_start, _t_end, spec in found
                    if pair.start("meaning") <= t_start < pair.end("meaning")
                    and not spec.generic
                    and spec.event_type in CEREMONY_TYPES | {"production_start", "leader_visit"}
                ]
                if not said and (
                    told := vocab.table_event_columns.get(pair["meaning"].strip().lower())
                ):
                    # ("RUN=production start": a table header's words for the event)
                    said = [Trigger(told, re.compile(re.escape(pair["meaning"].strip())))]
                if len({spec.event_type for spec in said}) == 1:
                    spec = said[0]
                    leader = vocab.leader
                    if spec.leader and leader is not None and leader.search(
                        text, pair.start("meaning"), pair.end("meaning")
                    ):
                        # ("VISIT = Kim Jong Un on site": the mark says who visited)
                        spec = replace(spec, leader=False)
                    kinds[pair["abbr"]] = spec
            if any(line is symbol_line for symbol_line, _pairs in symbol_lines) and (
                len({spec.event_type for spec in kinds.values()}) < 2
                or not any(spec.event_type in CEREMONY_TYPES for spec in kinds.values())
            ):
                # (symbols mark attendance too: "● 김정은 참석 보도 / ○ … / △ 참석자 보도 없음";
                # a legend of symbols names two events at least, a ceremony among them)
                continue
            if len(kinds) >= 2 or (kinds and len(pairs) >= 2):
                meaning.update(kinds)
                legend_lines.append(line.span())
        if not meaning:
            return []
        marks = re.compile(
            r"(?<![^\s|(,;])(?P<abbr>"
            + "|".join(re.escape(a) for a in sorted(meaning, key=len, reverse=True))
            # (before a date, "착 2.28"; or a table's cell of its own, "| 준 | ● |"; or an
            # export's before its date cell, "Kusong,H,OPEN,2025-12-13", or a cell of its own
            # there too, with a date on the row, "E02,착,강동군,평양시,병+봉,2025-02-06", or a
            # tab-separated one's, "07<TAB>2024-12-20<TAB>Songchon<TAB>S.Phyongan<TAB>OP")
            + r")(?=[ \t]{0,8}'?[0-9]|(?P<cell>[ \t]*\|)|[,;][ \t]*[0-9]"
            + r"|(?P<csv>[,\t])"
            # (or a cell's first word before its places: "06 Thu | gb Kangdong (Pyongyang)")
            + r"|(?P<place>[ \t]+[A-Z]))"
        )
        return [
            (m.start(), m.end(), meaning[m["abbr"]])
            for m in marks.finditer(text)
            if not any(start <= m.start() < end for start, end in legend_lines)
            # (a cell's own, not the end of a note's: "| KJU toured F, skipped OP |")
            and (m["cell"] is None or _cell_opens_at(text, m.start()))
            and (
                m["csv"] is None
                or (text[m.start() - 1 : m.start()] == m["csv"] and _row_has_date(text, m.start()))
            )
            and (m["place"] is None or text.endswith("| ", 0, m.start()))
        ]

    def _triggers(self, start: int, end: int) -> list[_Trigger]:
        found: list[_Trigger] = []
        index = bisect_left(self.trigger_starts, start)
        while index < len(self.all_triggers) and self.all_triggers[index][0] < end:
            t_start, t_end, spec = self.all_triggers[index]
            index += 1
            # What is announced is naturally future ("announced that hospitals would be
            # built"): for an announcement only the words before it can make it a plan.
            after = spec.event_type != "policy_announcement"
            if t_end > end or self._is_future(t_start, t_end, start, end, after=after):
                continue
            if after and self._dated_ahead(t_end, end):
                continue
            if self._is_negated(t_start, t_end, start, end):
                continue
            if spec.figurative and self._is_figurative(t_start, start, t_end):
                continue
            if spec.event_type in CEREMONY_TYPES and self._tells_a_places_past(t_start, start):
                continue
            found.append(_Trigger(t_start, t_end, spec, spec.event_type))
        if self.extra_triggers:
            found += [
                _Trigger(t.start, t.end, t.spec, t.event_type)
                for t in self.extra_triggers.values()
                if start <= t.start < end
            ]
        return found

    def _wrapped_cells(self, index: int) -> bool:
        """Is sentence `index` a line of cells wrapped from the wide fixed-width row above it
        ("Kangdong (1)   Pyongyang   hospital; general   2025-02-06   …   yes / yes" over
        "                   service centre                 (hospital)")?"""
        text = self.text
        start, end = self.sentences[index]
        line_start = text.rfind("\n", 0, start) + 1
        if (
            line_start < 2
            or start - line_start < ROW_INDENT_MIN
            or text[line_start:start].strip()
            or "\n" in text[start:end]
        ):
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        first = above_start + len(above) - len(above.lstrip(" \t"))
        return (
            self._sentence_of(first) == index - 1
            and len(_COLUMN_GAP.findall(text, above_start, line_start - 1)) >= _WIDE_ROW_GAPS
        )

    def _sub_items_under(self, index: int) -> list[tuple[int, str]]:
        """The indented items under a list item that tells one kind of ceremony and names no
        place ("○ 12.15(월)~12.29(월): 준공식 집중 기간" over "  - 12.15: A군 …(김정은 참석),
        B군 …" and "  - 12.16: C군 …"): each item's places had that ceremony on its day."""
        text = self.text
        start, _end = self.sentences[index]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if line_end < 0 or not (
            _BULLET_ROW.match(text, line_start) or text.startswith(_LIST_ITEM_MARKS, line_start)
        ):
            return []
        if self._units_between(line_start, line_end):
            return []
        # (of one kind only: not "■ 김정은 현장 방문(준공 전)", visits before the openings)
        kinds = {
            spec.event_type
            for _s, _e, spec in self._triggers_between(*self.sentences[index])
            if not spec.generic
        }
        if len(kinds) != 1 or not kinds <= CEREMONY_TYPES:
            return []
        kind = kinds.pop()
        indent = len(text[line_start:start]) - len(text[line_start:start].lstrip(" \t"))
        items: list[tuple[int, str]] = []
        at = line_end + 1
        while at < len(text):
            item = _SUB_ITEM.match(text, at)
            if item is None or len(item["indent"].expandtabs(4)) <= indent:
                break
            sub = self._sentence_of(item.end())
            # (each item opens with its own day: "  - 12.16: 황주군 …")
            if not self._units_between(*self.sentences[sub]) or not any(
                d.start == item.end() for d in self._dates_in(item.end(), item.end() + 16)
            ):
                break
            if not self._ceremony_triggers(sub):
                # (an item with a verb of another kind is read in its turn, this ceremony
                # with it: "- 12.19: 신포시 지방공업공장(김정은 참석, 인근 해상양식기지도 둘러봄)")
                items.append((sub, kind))
            next_line = text.find("\n", at)
            if next_line < 0:
                break
            at = next_line + 1
        return items

    def _past_remarks(self, index: int, told: set[int]) -> int:
        """The first sentence from `index` on that is not a remark naming no place and
        telling no event ("JIN: Mountainous place."), a few at most."""
        if self.language != "en":
            return index
        probe = index
        while (
            probe < index + _ELLIPSIS_REACH - 1
            and probe + 1 < len(self.sentences)
            and probe not in told
            and (
                not self._units_between(*self.sentences[probe])
                or self._namesake_remark(probe)
            )
            and not any(
                t.event_type in CEREMONY_TYPES for t in self._triggers(*self.sentences[probe])
            )
            # (nor past a turn that moves the talk on to a day of its own: "HOST: And then
            # Friday." after "GUEST: It opened on Sunday the 2nd.")
            and not (
                self.transcript_theme is not None
                and _SPEAKER_LABEL.match(self.text, self.sentences[probe][0])
                and self._dates_in(*self.sentences[probe])
            )
        ):
            probe += 1
        return probe

    def _namesake_remark(self, index: int) -> bool:
        """Is sentence `index` only a note that tells a place from its namesake ("Not to be
        confused with Onch'ŏn below.")?"""
        pattern = self.vocab.namesake_remark
        start, end = self.sentences[index]
        return pattern is not None and pattern.match(self.text[start:end]) is not None

    def _elliptical(self, index: int) -> str | None:
        """The ceremony a sentence with no verb goes on with ("On the 18th, Jangyon,
        Pukchang and Cholwon."): the one the sentence before it told, when the sentence is
        only places, a date and linking words."""
        if self.language != "en" or index >= len(self.sentences):
            return None
        start, end = self.sentences[index]
        if index in self.rows and self._line_tells_its_event(index):
            return None  # ("- December 3: A and B. He tours both ..."): its line tells its event
        if self._caption_told_after(index):
            return None  # ("Ryonggang-gun, Namp'o, 12 Sep 2025. Kim Jong Un inspects …")
        if index in self.rows and self._planned_row(start, end):
            return None  # ("- Still pending this month, according to earlier reports: A, B")
        previous = [c for c in self.candidates if c.sentence_index == index - 1]
        if not previous:
            # A remark between ("JIN: Mountainous place.") that names no place and tells no
            # event does not end the run of ceremonies.
            back = index - 1
            while (
                back > index - _ELLIPSIS_REACH
                and back > 0
                and (
                    not self._units_between(*self.sentences[back])
                    or self._namesake_remark(back)
                )
                and not any(
                    t.event_type in CEREMONY_TYPES for t in self._triggers(*self.sentences[back])
                )
            ):
                back -= 1
            previous = [c for c in self.candidates if c.sentence_index == back]
        kinds = {c.event_type for c in previous}
        if len(kinds) > 1 and all(c.date is not None for c in previous):
            # ("... work began on A, and on B, whose factories had been opened in January.":
            # the sentence's own ceremony is told first, the one of its aside after it)
            first = min(previous, key=lambda c: c.span[0])
            if all(c.date != first.date for c in previous if c.event_type != first.event_type):
                kinds = {first.event_type}
        if not kinds and index > 0:
            # "The last of the sites have now opened. By our count: A on 24 January, B on
            # 25 January.": the ceremony the sentence before told without places.
            p_start, p_end = self.sentences[index - 1]
            kinds = {
                spec.event_type
                for t_start, _t_end, spec in self._triggers_between(p_start, p_end)
                if t_start not in self.paired_triggers
                and not spec.generic
                and not self._reference_point(p_start, t_start)
            }
            placeless_day = False
            if not kinds and any(
                spec.generic
                for _t_start, _t_end, spec in self._triggers_between(p_start, p_end)
            ):
                # ("<jkwon> six counties, ceremonies held YESTERDAY (27th)" over "<jkwon>
                # Pukchang (S.Pyongan), Yomju (N.Pyongan), …": the report's ceremonies, of the
                # kind it names next, "another one. factory ground-breakings TODAY")
                named_next = next(
                    (
                        spec.event_type
                        for _t_start, _t_end, spec in self.all_triggers[
                            bisect_left(self.trigger_starts, p_end) :
                        ]
                        if not spec.generic and spec.event_type in CEREMONY_TYPES
                    ),
                    None,
                )
                kind = self.doc_type or named_next
                placeless_day = not self._units_between(p_start, p_end) and any(
                    d.value.precision == "day" for d in self._dates_in(p_start, p_end)
                )
                kinds = {kind} if kind and placeless_day else set()
        else:
            placeless_day = False
        if len(kinds) != 1 or not kinds <= CEREMONY_TYPES:
            return None
        dates = [d for d in self._dates_in(start, end) if d.value.precision != "year"]
        # (an aside in brackets, "(North Korea's Kangnam County should not be confused …)",
        # lists no sites)
        # ("Kangdong: factories …, KJU cut the tape. Also Sinyang (S. Phyongan), Rangnim
        # (Jagang) and Taegwan": more sites of the event just told, on its day)
        added = bool(previous) and self.lowered.startswith(("also ", "and also ", "plus "), start)
        # ("[12/16/25, 8:07:40 AM] Tomás R.: same day four more: A, B, C": more sites of the
        # event just told, on its day)
        same_day = bool(previous) and _SAME_DAY_OPENING.match(self.lowered, start) is not None
        added = added or same_day
        if (
            not dates and not (placeless_day and self.text[start] != "(") and not added
        ) or bisect_left(self.county_starts, start) == bisect_left(self.county_starts, end):
            return None
        sentence = self.text[start:end]
        if any(word in self.lowered[start:end] for word in self.vocab.tally_words):
            return None  # "Running total since Jaeryong (7 Jan): A, B, C" is a count
        pending = self.vocab.pending_list
        if pending is not None and pending.search(self.text, start, end):
            return None  # "Still to come in February: A, B, C" has had no ceremony yet
        spans = [(d.start - start, d.end - start) for d in dates] + [
            (m.start, m.end) for m in self.gazetteer.find(sentence)
        ]
        for s_start, s_end in sorted(spans, reverse=True):
            sentence = sentence[:s_start] + " " + sentence[s_end:]
        # A source before a colon ("By our count from KCNA: A on 24 January, ...") is no verb;
        # after it, a run of three or more dated places is a list, asides and all.
        colon = sentence.find(": ")
        if 0 < colon <= _SOURCE_BEFORE_COLON_MAX:
            label = sentence[:colon]
            sentence = sentence[colon + 1 :]
            places = bisect_left(self.county_starts, end) - bisect_left(self.county_starts, start)
            if len(dates) >= _DATED_RUN_MIN and places >= _DATED_RUN_MIN:
                return next(iter(kinds))
            # ("On Friday (28 Feb) the last batch: the factories of A, B and C; ...")
            batch = self.vocab.batch_label
            if places >= 2 and batch is not None and batch.search(label):
                return next(iter(kinds))
        # Asides in brackets ("Rangrim (Jagang; Pak Jong Chon spoke)") are no verb of its own;
        # nor is a chat line's time and nick ("[08:13] <jkwon> ").
        sentence = _CHAT_PREFIX.sub(" ", sentence, count=1)
        words = _WORD.findall(_BRACKETED.sub(" ", sentence).lower())
        return kinds.pop() if all(w in self.vocab.ellipsis_words for w in words) else None

    def _tells_a_places_past(self, start: int, lo: int) -> bool:
        """Is the ceremony told in a clause that says what a place is ("a site he had opened")?
        (A visit told so is one: "Recalling the factories he had looked round in Kujang".)"""
        pattern = self.vocab.place_past_before
        return (
            pattern is not None
            and " had " in self.lowered[max(lo, start - 12) : start]
            and pattern.search(self.lowered, max(lo, start - 70), start) is not None
        )

    def _is_figurative(self, start: int, lo: int, end: int) -> bool:
        """Is the subject of "opened" a period or an event ("the third year of the policy
        opened", "a sports festival opened"), or its object one ("opened the third year of
        the policy"), not a facility?"""
        after = self.vocab.figurative_after
        if after is not None and after.match(self.lowered, end, end + 60):
            return True
        pattern = self.vocab.figurative_before
        if pattern is None:
            return False
        found = pattern.search(self.lowered, max(lo, start - 90), start)
        # "the meeting hall of the new factory opened": a facility in between is the subject.
        return found is not None and not self._facilities(found.end(), start)

    def _is_future(self, start: int, end: int, lo: int, hi: int, *, after: bool = True) -> bool:
        """Is the trigger planned rather than done ("will be inaugurated", "준공을 앞두고")?"""
        vocab = self.vocab
        words = vocab.future_words
        before = self.lowered[max(lo, start - 40) : start]
        # The full patterns only run where one of their key words is near the trigger.
        if (
            vocab.future_before
            and (not words or any(w in words for w in before.split()[-4:]))
            and vocab.future_before.search(before)
            and not (
                self.language == "en"
                and _PAST_RANK_BEFORE.search(self.lowered, max(lo, start - 90), start)
            )
        ):
            return True
        # "Kim will attend the Kusong and Ryonggang hospital openings and a few factory
        # ceremonies": the ceremonies of a verb in the future.
        if " will " in self.lowered[max(lo, start - 120) : start] and _FUTURE_ATTENDANCE.search(
            self.lowered, max(lo, start - 120), start
        ):
            return True
        if vocab.future_after is None or not after:
            return False
        following = self.lowered[end : min(hi, end + 40)]
        if (
            following.startswith((",", " in ", " at ", " of ", " for "))
            # (a trigger that ends on its preposition: "Openings in A, B and several other
            # counties are expected later this week")
            or self.lowered.endswith((" in", " at", " of"), start, end)
        ):
            # ("ceremonies, including one for factories in A, were expected on Friday", "The
            # ceremony in A, where factories stand ready, is expected to be the last": the
            # verb after an aside)
            aside = self.lowered[end : min(hi, end + _FUTURE_ASIDE_MAX)]
            # (", which KCNA says will begin this month")
            # ("Ceremonies for the factories in A and in B are to take place in the days ahead")
            if any(
                word in aside
                for word in (" expected", " scheduled", " planned", " will ", " are to ", " is to ")
            ):
                return bool(vocab.future_after.search(aside))
        if words and not any(w in words for w in following.split()[:5]):
            return False
        return bool(vocab.future_after.search(following))

    def _dated_ahead(self, t_end: int, end: int) -> bool:
        """Is the trigger dated by a part of the report's month still to come ("Then the
        ground-breakings start in late Feb." on 10 February)?"""
        if not self.ahead_dates:
            return False
        following = self._dates_in(t_end, min(end, t_end + _AHEAD_DATE_REACH))
        # (in the trigger's clause: "준공한 데 이어, 이달 중순부터 ..." dates what follows)
        return (
            bool(following)
            and not _CLAUSE_BREAK.search(self.text, t_end, following[0].start)
            and ahead_of_reference(self.text, following[0], self.reference)
        )

    def _is_negated(self, start: int, end: int, lo: int, hi: int) -> bool:
        """Does the text deny the trigger's event ("did not report inaugurations", "no
        inauguration has been reported", "준공식은 진행되지 않았다")?"""
        if not self.negatable:
            return False
        vocab = self.vocab
        lowered = self.lowered
        if vocab.negated_before is not None and vocab.negated_before.search(
            lowered[max(lo, start - 50) : start]
        ):
            return True
        return vocab.negated_after is not None and bool(
            vocab.negated_after.match(lowered[end : min(hi, end + 40)])
        )

    def _facilities(self, start: int, end: int) -> set[str]:
        """Facility types named in text[start:end]."""
        return {kind for _start, _end, kind in self._facility_hits_in(start, end)}

    def _facility_hits_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The facility mentions (start, end, type) within text[start:end]."""
        if self.facility_hits is None:
            self.facility_hits = self._find_facilities()
            self.facility_starts = [hit[0] for hit in self.facility_hits]
        first = bisect_left(self.facility_starts, start)
        last = bisect_left(self.facility_starts, end)
        return [hit for hit in self.facility_hits[first:last] if hit[1] <= end]

    def _find_facilities(self) -> list[tuple[int, int, str]]:
        """Every facility mention up to the last sentence with a trigger, overlaps resolved."""
        stop = max(self.active_end, self._first_sentence_end())
        types = self.vocab.facility_types
        found = [
            (m.start, m.end, types[m.key])
            for m in self.vocab.facility_scanner.scan(self.lowered[:stop])
        ]
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        kept = leftmost_non_overlapping(found)
        # "the Sinuiju Combined Greenhouse Farm": a capitalised name of such a facility is a
        # place, not the thing being built.
        places = self.vocab.proper_name_is_place
        return [hit for hit in kept if not (hit[2] in places and self._proper_name(hit[0]))]

    def _proper_name(self, start: int) -> bool:
        """Is the facility word part of a name: "Greenhouse Farm", "신의주온실종합농장",
        "the Sinuiju combined greenhouse farm"?"""
        text = self.text
        if self.language == "ko":
            return start > 0 and "\uac00" <= text[start - 1] <= "\ud7a3"
        if text[start].isupper():
            return True
        return _EN_NAMED_BEFORE.search(text, max(0, start - 40), start) is not None

    def _positions(self, pattern: re.Pattern[str] | None, end: int | None = None) -> list[int]:
        """Start offsets of every match of a lower-case pattern in the body (one pass)."""
        if pattern is None:
            return []
        stop = len(self.text) if end is None else end
        return _literal_starts(pattern).starts(self.lowered, self.body_start, stop)

    @staticmethod
    def _first_in(positions: list[int], start: int, end: int) -> int | None:
        index = bisect_left(positions, start)
        if index < len(positions) and positions[index] < end:
            return positions[index]
        return None

    def _actor(self, index: int) -> bool | None:
        """Who a sentence makes the actor: the leader (True), someone else (False), or None."""
        if index in self.actors:
            return self.actors[index]
        start, end = self.sentences[index]
        leader = self.vocab.leader
        found = leader.search(self.text, start, end) if leader is not None else None
        other = self.vocab.other_person_subject
        actor: bool | None
        if found is not None and found.start() - start < 40:
            actor = True
        elif other is not None and (
            other.match(self.text, start, end)
            or (
                (intro := _INTRO_CLAUSE.match(self.text, start, end)) is not None
                and other.match(self.text, intro.end(), end)
            )
        ):
            actor = False
        else:
            actor = True if found is not None else None
        self.actors[index] = actor
        return actor

    def _has_pronoun(self, start: int, end: int) -> bool:
        pronoun = self.vocab.pronoun_subject
        if pronoun is None:
            return False
        # "he" inside "the" or "she" is no pronoun.
        return any(
            m.start() == 0 or not self.text[m.start() - 1].isalpha()
            for m in pronoun.finditer(self.text, start, end)
        )

    def _leader_later_on_dated_line(self, index: int) -> bool:
        """Does a chronology's dated line that sentence `index` opens name the leader as the
        actor of a later sentence on it ("31 Aug — Consultative meeting on regional
        development. Kim adds hospitals … to the policy.")?"""
        if index not in self.rows or not self._dated_line(self.sentences[index][0]):
            return False
        return any(self._actor(i) for i in range(index + 1, self._row_end(index) + 1))

    def _leader_in(self, index: int) -> bool:
        """Is Kim Jong Un the actor of this sentence (by name, or by a pronoun for him)?"""
        known = self.leader_sentences.get(index)
        if known is None:
            known = self.leader_sentences[index] = self._find_leader(index)
        return known

    def _find_leader(self, index: int) -> bool:
        actor = self._actor(index)
        if actor is not None:
            return actor
        start, end = self.sentences[index]
        # ("2024/11/19 - Songchon again - inspects the factories."; "- 19 Nov 2024 — Songchon.
        # Inspection of the factories …", a sentence after the place on the dated line)
        if self._leader_log() and self._dated_line(self.text.rfind("\n", 0, start) + 1):
            return True
        if self._marked_present(start):
            return True  # ("10/2024 — Inspection of factories ... Kujang County. [K]")
        if not self._has_pronoun(start, end):
            return False
        for earlier in range(index - 1, -1, -1):
            actor = self._actor(earlier)
            if actor is not None:
                return actor
        return False

    def _carried_leader(self, index: int) -> bool:
        """Does a Korean sentence without a subject go on with the leader a sentence or two
        before named ("김 위원장이 ... 첫 삽을 떴고요. ... 6월 9일에는 구성시 병원 현장에
        갔습니다.")? One with its own subject ("조선중앙통신은 ...") does not. (Only his visits
        and speeches need him named; a ceremony's attendance is not carried over.)"""
        if self.language != "ko" or self._actor(index) is not None:
            return False
        start, end = self.sentences[index]
        head = self.text[start : min(end, start + _KO_SUBJECT_HEAD)]
        if any(
            word.endswith(_KO_SUBJECT_PARTICLES) and not word.endswith(_KO_ADVERBIAL_TOPICS)
            for word in head.split()[:-1]
        ):
            return False
        for earlier in range(index - 1, max(-1, index - 1 - _KO_SUBJECT_REACH), -1):
            actor = self._actor(earlier)
            if actor is not None:
                return actor
        return False

    def _on_site_visit_noted(self, index: int, trig: _Trigger) -> bool:
        """Is a Korean "현지 방문" (on-site visit) noted in a table row without its subject
        the leader's, in a table whose report names him above it ("※ 김정은 참석 여부: ○" …
        "| 6.9 건설장 현지 방문 |")? One whose row names someone else is not."""
        if self.language != "ko" or not _ON_SITE.search(
            self.text, max(0, trig.start - 4), trig.start
        ):
            return False
        start, _end = self.sentences[index]
        line_start = self.text.rfind("\n", 0, start) + 1
        if not self.text.startswith("|", line_start) or self._actor(index) is not None:
            return False
        leader = self.vocab.leader
        return leader is not None and leader.search(self.text, 0, line_start) is not None

    # ------------------------------------------------------------------ main loop
    def run(self) -> list[ExtractedEvent]:
        # Only sentences with a trigger can yield events; the others are consulted lazily
        # (for the county or the actor a sentence refers back to).
        indices = sorted(
            {self._sentence_of(t) for t in self.trigger_starts if t >= self.body_start}
        )
        if self.rows and self._leader_log():
            indices = sorted(set(indices) | set(self._log_site_lines(set(indices))))
        told = set(indices)
        for index in indices:
            if index >= 0:
                s_start, s_end = self.sentences[index]
                self._sentence(index, s_start, s_end)
                for sub, kind in self._sub_items_under(index):
                    e_start, e_end = self.sentences[sub]
                    at = e_end - 1 if self.language == "ko" else e_start
                    self.extra_triggers[sub] = _Trigger(at, at, Trigger(kind, _ELLIPSIS), kind)
                    if sub not in told:
                        self._sentence(sub, e_start, e_end)
                        told.add(sub)
                # "... were held in A on the 15th. On the 18th, B and C.": sentences without a
                # verb after it go on with its ceremony.
                after = self._past_remarks(index + 1, told)
                while after not in told and (kind := self._elliptical(after)) is not None:
                    e_start, e_end = self.sentences[after]
                    spec = Trigger(kind, _ELLIPSIS, continuation=True)
                    self.extra_triggers[after] = _Trigger(e_start, e_start, spec, kind)
                    self._sentence(after, e_start, e_end)
                    if after == index + 1:
                        self._date_site_list(after)
                    after = self._past_remarks(after + 1, told)
                # "... 나머지 시·군에서도 착공식이 이어졌습니다. 어제 전한 13곳은 A군, B군, ...
                # 입니다.": the sites of the ceremony the sentence before placed nowhere.
                if (
                    after + 1 < len(self.sentences)
                    and after not in told
                    and after + 1 not in told
                    and not self._units_between(*self.sentences[after])
                    and _LIST_FOLLOWS.search(self.lowered, *self.sentences[after])
                ):
                    after += 1  # ("11일에 보도된 군들은 다음과 같다." over its list)
                for _list in range(_SITE_LISTS_MAX):
                    if (
                        after + 1 < len(self.sentences)
                        and after + 1 not in told
                        and self._asks_for_sites(after)
                    ):
                        after += 1  # (the answer to "어제 보도된 열세 곳은요?")
                    if after in told or after >= len(self.sentences):
                        break
                    if (kind := self._sites_of_before(after)) is None:
                        listed = self._units_between(*self.sentences[after])
                        taken = {c.unit.id for c in self.candidates if c.unit is not None}
                        if not listed or any(unit.id not in taken for unit in listed):
                            break
                        after += 1  # (a list read already: "7일 보도된 곳은 A, B …입니다.")
                        continue
                    e_start, e_end = self.sentences[after]
                    # (Where a verb would stand: at the end in Korean, at the start in English.)
                    at = e_end - 1 if self.language == "ko" else e_start
                    self.extra_triggers[after] = _Trigger(at, at, Trigger(kind, _ELLIPSIS), kind)
                    before_answer = len(self.candidates)
                    self._sentence(after, e_start, e_end)
                    if self._asks_for_sites(after - 1):
                        # ("28일에는 어디였습니까?" / "평양 강동군, 황해남도 장연군 ...": the day
                        # the question asked about)
                        asked_days = {
                            d.value
                            for d in self._dates_in(*self.sentences[after - 1])
                            if d.value.precision == "day"
                        }
                        if len(asked_days) == 1:
                            day = asked_days.pop()
                            for cand in self.candidates[before_answer:]:
                                if cand.date is None:
                                    cand.date = day
                    self._date_site_list(after)
                    # (and the dated lines of places that go on with it: "1월 8일 A군, 10일
                    # B군, ... 31일 C군." then "2월 1일 D군, 3일 E군, ..."; or, undated, the
                    # next lines of places each under its province: "평안북도: 구장군, 운산군"
                    # then "황해북도: 은파군, 연탄군")
                    undated = not self._dates_in(e_start, e_end)
                    after += 1
                    while (
                        after < len(self.sentences)
                        and after not in told
                        and (
                            (
                                self._dates_in(*self.sentences[after])
                                and len(self._units_between(*self.sentences[after])) >= 2
                                and self._only_places(*self.sentences[after], dated=True)
                            )
                            or (
                                undated
                                and self.text[self.sentences[after][0] - 1] == "\n"
                                and not self._dates_in(*self.sentences[after])
                                and self._units_between(*self.sentences[after])
                                and self._only_places(*self.sentences[after])
                            )
                        )
                    ):
                        e_start, e_end = self.sentences[after]
                        at = e_end - 1 if self.language == "ko" else e_start
                        spec = Trigger(kind, _ELLIPSIS)
                        self.extra_triggers[after] = _Trigger(at, at, spec, kind)
                        self._sentence(after, e_start, e_end)
                        after += 1
        if self.transcript_theme is not None:
            self._transcript_turns(self.transcript_theme, told)
        if self.rows:
            self._list_rows(set(indices))
            # "- Mon (15th): Kangdong ... Same day, without him: Sinyang, Rangrim and
            # Puryong.": a sentence without a verb after a list line goes on with its event.
            for index in sorted({c.sentence_index for c in self.candidates}):
                after = index + 1
                if after in told or after in self.extra_triggers:
                    continue
                if (kind := self._elliptical(after)) is not None:
                    e_start, e_end = self.sentences[after]
                    spec = Trigger(kind, _ELLIPSIS, continuation=True)
                    self.extra_triggers[after] = _Trigger(e_start, e_start, spec, kind)
                    self._sentence(after, e_start, e_end)
        self._segmented_rows()
        self._sub_rows()
        self._card_rows(told)
        self._same_day_as()
        self._collect_attendance()
        return self._finish()

    def _card_rows(self, told: set[int]) -> None:
        """Card news: a card dated to one day ("▶ 3/8 — 12월 15일 (월)") over lines of places
        without a word of the ceremony or a date of their own ("신양군 · 낭림군 · 부령군
        공장"): the sites of the headline's ceremony on the card's day."""
        cards = [
            index
            for index, (start, _end) in enumerate(self.sentences)
            if _CARD_COUNTER.match(self.text, start)
        ]
        if len(cards) < _CARDS_MIN or (headline := self._headline_trigger()) is None:
            return
        kind = headline.event_type
        placed = {c.sentence_index for c in self.candidates}
        for number, card in enumerate(cards):
            c_start, c_end = self.sentences[card]
            counter = _CARD_COUNTER.match(self.text, c_start)
            assert counter is not None
            days = [
                d
                for d in self._dates_in(counter.end(), c_end)
                if d.value.precision == "day" and d.start >= counter.end()
            ]
            if len(days) != 1:
                continue  # (a card of no one day: "▶ 8/8 — 아직 안 보인 곳")
            last = cards[number + 1] if number + 1 < len(cards) else len(self.sentences)
            for index in range(card + 1, last):
                start, end = self.sentences[index]
                if (
                    index in told
                    or index in placed
                    or index in self.extra_triggers
                    or self.text[start] in "※*"  # (a note on the card)
                    or self._dates_in(start, end)
                    or not self._units_between(start, end)
                    or any(not t.spec.generic for t in self._triggers(start, end))
                ):
                    continue
                at = end - 1 if self.language == "ko" else start
                self.extra_triggers[index] = _Trigger(at, at, Trigger(kind, _ELLIPSIS), kind)
                before = len(self.candidates)
                self._sentence(index, start, end)
                for cand in self.candidates[before:]:
                    if cand.date is None:
                        cand.date = days[0].value

    def _transcript_theme(self) -> str | None:
        """The ceremony a conversation is about ("TO: ... the busiest week for ground-breaking
        ceremonies"), when the report is a transcript of speakers' turns and its headline or
        first turn names one kind of ceremony only."""
        if (
            self.text.count(": ", self.body_start) < _TRANSCRIPT_TURNS_MIN
            and self.text.count("] ", self.body_start) < _TRANSCRIPT_TURNS_MIN
        ):
            return None  # (a cheap test first: most reports are no transcript)
        labels = Counter(
            m.group(1) or m.group(2) for m in _SPEAKER_LABEL.finditer(self.text, self.body_start)
        )
        repeated = [label for label, count in labels.items() if count >= 2]
        if len(repeated) < 2:
            return None
        if all(label.lower() in _RECORD_FIELDS for label in repeated):
            return None  # (a record's fields, "SHOT: …" / "CAPTION: …" / "CREDIT: …", no turns)
        # The headline and the first turn; failing that, the first answer too ("HOST: ... So,
        # it's done?" / "CORRESPONDENT: ... The last set of factories opened on Tuesday").
        turns = [m.start() for m in _SPEAKER_LABEL.finditer(self.text, self.body_start)]
        for count in range(1, _THEME_TURNS + 1):
            turn_end = turns[count] if len(turns) > count else len(self.text)
            opening = self.all_triggers[: bisect_left(self.trigger_starts, turn_end)]
            kinds = {
                spec.event_type
                for t_start, _t_end, spec in opening
                if not spec.generic
                and spec.event_type in CEREMONY_TYPES
                and not self._reference_point(0, t_start)
                # ("Last year's twenty counties all broke ground in the spring, and now they're
                # opening one after another": the year before is background)
                and not self._of_last_year(t_start)
            }
            if kinds:
                return kinds.pop() if len(kinds) == 1 else None
        return None

    def _of_last_year(self, position: int) -> bool:
        """Does the clause around `position` speak of last year ("last year's twenty counties
        all broke ground")?"""
        start = max(0, self.lowered.rfind(",", 0, position) + 1, position - _LAST_YEAR_REACH)
        return any(
            word in self.lowered[start:position] for word in ("last year", "지난해", "작년")
        )

    def _transcript_turns(self, theme: str, told: set[int]) -> None:
        """Answers in a transcript that name places and a day without a verb ("JH: Yesterday,
        Thursday, six counties at once. Pukchang in South Phyongan, ..."; "TO: Wednesday was
        Hwangju."): the sites of the ceremony the conversation is about."""
        not_held = self.vocab.turn_not_held
        # The day a turn's sentence named without places ("Yesterday, Thursday, six counties
        # at once."), for the places of the sentence after it.
        day_before: ResolvedDate | None = None
        for index, (start, end) in enumerate(self.sentences):
            # (not the speaker's name: "[23/12/2025, 19:46] Jun: Kilju = Punggye-ri county")
            label = _SPEAKER_LABEL.match(self.text, start)
            after_label = label.end() if label is not None and label.end() <= end else start
            days = {
                d.value
                for d in self._dates_in(after_label, end)
                if d.value.precision != "year"
            }
            named = bool(self._units_between(start, end))
            if (
                start >= self.body_start
                and named
                and (days or day_before is not None)
                and index not in told
                # (a sentence with words for an event, denied or planned, says its own:
                # "He hasn't been to a single opening since Jaeryong on January 7.")
                and bisect_left(self.trigger_starts, start) == bisect_left(self.trigger_starts, end)
                and index not in self.extra_triggers
                and index not in self.excluded
                # (not a question, nor a sentence cut off: "And on Wednesday, Koksan -")
                and not self.text[start:end].rstrip().endswith(("?", "-", "—", "–"))
                and not (not_held is not None and not_held.search(self.text, start, end))
                and (
                    self.language != "ko"
                    or _KO_SPOKEN_COPULA_END.search(self.text, start, end) is not None
                )
            ):
                at = start if self.language == "en" else end - 1
                self.extra_triggers[index] = _Trigger(at, at, Trigger(theme, _ELLIPSIS), theme)
                before = len(self.candidates)
                self._sentence(index, start, end)
                if not days:
                    for cand in self.candidates[before:]:
                        cand.date = cand.date or day_before
                    # (and the places of the next sentence too, while no other day is said:
                    # "Four more: Musan County ... Then Songhwa County, Taean District ...")
                    continue
            sites_asked = self._asks_for_sites(index) or (
                len(self.text[start:end].split()) <= _SHORT_TURN_WORDS
                and _SITES_COUNTED.search(self.lowered, start, end) is not None
            )
            if days or named or not sites_asked:
                day_before = days.pop() if len(days) == 1 and not named else None
            # (a question or a few words between, "Where were they?" / "Four places.", keep
            # the day said: "Friday brought another round of ground-breaking ceremonies.")

    def _body_lines(self) -> Iterator[tuple[int, int]]:
        """Where each line of the body starts and ends."""
        text = self.text
        at = self.body_start
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            yield at, end
            at = end + 1

    def _segmented_rows(self) -> None:
        """Lines that tell one place's events a segment each, set apart by slashes ("① 강동군
        (평양): 병원·종합봉사소 착공 2.6.(●) / 공장 착공 2.28.(○) / 병원 준공 11.19.(●)"): each
        segment is one event, of its own ceremony word and the date after it. What else was
        read on such a line (its dates given to the wrong words) gives way to them."""
        text = self.text
        if " / " not in text:
            return
        marks = self._attendance_marks()
        claimed: list[tuple[int, int, str]] = []
        made: list[_Candidate] = []
        for start, line_end in self._body_lines():
            if text.count(" / ", start, line_end) < 1:
                continue
            cuts = [start] + [m.end() for m in _SEGMENT_CUT.finditer(text, start, line_end)]
            segments = list(zip(cuts, [*cuts[1:], line_end], strict=True))
            found = []
            for s_start, s_end in segments:
                trigs = [
                    t
                    for t in self._triggers(s_start, s_end)
                    if t.event_type in CEREMONY_TYPES and not t.spec.generic
                ]
                found.append((s_start, s_end, trigs[0] if trigs else None))
            first_trig = found[0][2]
            if first_trig is None or any(trig is None for _s, _e, trig in found):
                continue
            units = self._units_between(start, first_trig.start)
            if len(units) != 1:
                continue
            (unit,) = units
            events = []
            for s_start, s_end, trig in found:
                dates = [
                    d
                    for d in self._dates_in(trig.end, s_end)
                    if d.value.precision != "year"
                ]
                if dates:
                    events.append((s_start, s_end, trig, dates[0]))
            if not events:
                continue
            # (up to the last segment's date and its mark: a sentence may follow on the line)
            claimed.append((start, max(when.end for *_, when in events) + 4, unit.id))
            for s_start, s_end, trig, when in events:
                before = len(self.candidates)
                self._add(
                    self._sentence_of(trig.start), unit, trig, when, (s_start, s_end), False,
                    inherited=False,
                )
                for cand in self.candidates[before:]:
                    mark = text[when.end : min(s_end, when.end + 3)]
                    answer = next((v for m, v in marks.items() if m in mark), None)
                    if answer is not None:
                        cand.leader_attended = answer
                    made.append(cand)
        if not claimed:
            return
        self.candidates = [
            c
            for c in self.candidates
            if any(c is m for m in made)
            or c.unit is None
            or not any(
                c.unit.id == unit_id and c.span[0] < c_end and c.span[1] > c_start
                for c_start, c_end, unit_id in claimed
            )
        ]

    def _sub_rows(self) -> None:
        """Indented lines under a log's line that tells a ceremony without its places ("■ 3월
        상순 나머지 19개 군 지방공업공장 착공식" over " - 3.7(목) 보도 6곳: 평안북도 구성시,
        평안남도 숙천군, ..."): their places are that ceremony's sites, on its date (the day a
        sub-line gives is the report's)."""
        text = self.text
        if "\n " not in text and "\n\t" not in text:
            return
        parent: tuple[_Trigger, DateMention] | None = None
        for start, end in self._body_lines():
            line = text[start:end]
            if not line.strip():
                continue
            if not _SUB_ROW.match(line):
                parent = self._untold_ceremony(start, end)
                continue
            # (the day of the report a sub-line names is no date of its own: " - 3.7(목) 보도
            # 6곳: …")
            if parent is None or any(
                d.relation != REPORT_DAY for d in self._dates_in(start, end)
            ):
                continue
            if any(c.span[0] < end and c.span[1] > start for c in self.candidates):
                continue
            trig, when = parent
            for unit in self._units_between(start, end):
                self._add(
                    self._sentence_of(start), unit, trig, when, (start, end), False,
                    inherited=False,
                )

    def _untold_ceremony(self, start: int, end: int) -> tuple[_Trigger, DateMention] | None:
        """The ceremony and date a line tells without naming its places, if it does."""
        if self._units_between(start, end):
            return None
        trigs = [
            t for t in self._triggers(start, end)
            if t.event_type in CEREMONY_TYPES and not t.spec.generic
        ]
        dates = [d for d in self._dates_in(start, end) if d.value.precision != "year"]
        return (trigs[0], dates[0]) if trigs and dates else None

    def _marked_present(self, start: int) -> bool:
        """Does the line at `start` carry the mark a legend gives the leader's presence ("...
        Kujang County. [K]")? (Not the legend's own line.)"""
        present = [mark for mark, attended in self._attendance_marks().items() if attended]
        if not present:
            return False
        line_start, line_end = self._line_around(start)
        line = self.text[line_start:line_end]
        return any(
            _BRACKETED_NAME_MARK.search(line) is not None
            if mark.startswith("(")
            else mark in line
            for mark in present
        ) and line_start not in self.legend_lines

    def _attendance_marks(self) -> dict[str, bool]:
        """The marks a legend gives the leader's attendance ("●는 김정은 참석, ○는 불참")."""
        if self.attendance_marks is not None:
            return self.attendance_marks
        vocab = self.vocab
        marks: dict[str, bool] = {}
        if not any(mark in self.text for mark in _ATTENDANCE_MARK_HINTS):
            self.attendance_marks = marks  # (no mark a legend could give: a cheap test)
            return marks
        if vocab.attendance_mark_absent is not None:
            for m in vocab.attendance_mark_absent.finditer(self.text):
                marks.setdefault(m["mark"], False)
        if vocab.attendance_mark_present is not None:
            for m in vocab.attendance_mark_present.finditer(self.text):
                # (a name the legend puts in brackets: "'김'은 김정은의 참석" marks "(김)")
                named = m.groupdict().get("bracketed")
                marks.setdefault(m["mark"] or f"({named}", True)
                self.legend_lines.add(self._line_around(m.start())[0])
        self.attendance_marks = marks
        return marks

    def _same_day_as(self) -> None:
        """"Ceremonies in A, B and C took place the same day as the one in D": their day is
        D's, whatever the date before it."""
        if self.language != "en" or "same day as" not in self.lowered:
            return
        for m in _SAME_DAY_AS.finditer(self.lowered, self.body_start):
            # (The place is named only as that comparison, so it is not among the counties.)
            named = [
                p for p in self.gazetteer.find(self.text[m.end() : m.end() + 40])
                if p.start <= 2 and getattr(p, "unit", None) is not None
            ]
            unit = named[0].unit if named else None
            if unit is None:
                continue
            theirs = [
                c.date
                for c in self.candidates
                if c.unit is not None and c.unit.id == unit.id and c.date is not None
                and c.date.precision == "day"
            ]
            if not theirs:
                continue
            index = self._sentence_of(m.start())
            s_start, s_end = self.sentences[index]
            # (Only the events of its own clause: not "..., although he had inspected B on
            # Dec. 3".)
            cut = CONCESSIVE_EN.search(self.text, m.end(), s_end)
            semicolon = self.text.find(";", m.end(), s_end)
            clause_end = min(
                [s_end]
                + ([cut.start()] if cut is not None else [])
                + ([semicolon] if semicolon >= 0 else [])
            )
            for cand in self.candidates:
                if (
                    cand.sentence_index == index
                    and cand.event_type in CEREMONY_TYPES
                    and cand.span[0] < clause_end
                    and (cand.unit is None or cand.unit.id != unit.id)
                ):
                    cand.date = theirs[0]

    def _with_place_anaphor(
        self,
        counties: list[_County],
        clause_counties: list[_County],
        clause_triggers: list[_Trigger],
        c_start: int,
    ) -> list[_County]:
        """"he had toured the factories there and in Sinyang County": "there" is the county
        named last before the clause, and shares the clause's event with the county named."""
        anaphor = self.vocab.place_anaphora
        if anaphor is None:
            return clause_counties
        found = anaphor.search(self.lowered, clause_triggers[0].end, clause_counties[0].start)
        earlier = [c for c in counties if c.start < c_start]
        if found is None or not earlier:
            return clause_counties
        there = earlier[-1]
        if any(c.unit.id == there.unit.id for c in clause_counties):
            return clause_counties
        return [_County(found.start(), found.end(), there.unit), *clause_counties]

    def _plural_ceremony_at(self, trig: _Trigger) -> bool:
        """Is the trigger a plural ceremony ("held their own inauguration ceremonies")?"""
        plural = self.vocab.plural_ceremonies
        if plural is None or self.language != "en":
            return False
        # In the trigger or the word after it ("inauguration ceremonies").
        return plural.search(self.lowered, trig.start, trig.end + 12) is not None

    def _boilerplate_start(self) -> int:
        """Where a web page's "Related articles" list starts (the text's end if none): the
        first short line of the body that is such a heading."""
        heading = self.vocab.boilerplate_heading
        text = self.text
        if heading is None:
            return len(text)
        start = self.body_start
        while True:
            newline = text.find("\n", start)
            end = len(text) if newline < 0 else newline
            if end - start <= _HEADING_MAX and heading.match(text, start, end) is not None:
                return start
            if newline < 0:
                return len(text)
            start = newline + 1

    def _retracted(self, sentence: str) -> bool:
        """Is this the sentence of a correction notice that repeats what was wrongly said?"""
        retracted = self.vocab.retracted_sentence
        if retracted is None:
            return False
        if self.correction is None:
            self.correction = any(word in self.lowered for word in self.vocab.correction_words)
        return self.correction and retracted.search(sentence) is not None

    def _absent_in_bare_clause(self, index: int) -> bool:
        """Does a clause of the sentence that tells nothing else say the leader was absent
        ("Ground is broken for A's factories; Kim does not attend.")?"""
        start, end = self.sentences[index]
        position = self._first_in(self.non_attendance_positions, start, end)
        if position is None:
            return False
        c_start, c_end = self._attendance_reach(start, end, position)
        if self.language == "ko":
            return False
        return not self._triggers(c_start, c_end) and not self._names_county(c_start, c_end)

    def _names_county(self, start: int, end: int) -> bool:
        first = bisect_left(self.county_starts, start)
        return first < len(self.counties) and self.counties[first].start < end

    def _attendance_reach(self, start: int, end: int, position: int) -> tuple[int, int]:
        """The part of a sentence an attendance word speaks of: its clause, and in Korean
        (verb-final) only the words before it."""
        for c_start, c_end in clause_spans(self.text, start, end, self.language):
            if c_start <= position < c_end:
                return (c_start, position) if self.language == "ko" else (c_start, c_end)
        return start, end

    def _list_rows(self, with_triggers: set[int]) -> None:
        """Lines of a list or table after a lead ("The ceremonies took place in:", "the
        following list of inaugurations (Province – County – Date):"): each line names the
        place of one event of the ceremony the lead names, dated by its own cell if it has
        one, else by the lead's date."""
        index = 0
        count = len(self.sentences)
        # Dated section headings, each over a paragraph of its own ("■ 금요일 – 평안북도
        # 구장군"): the sites of the headline's ceremony, when there are two at least.
        marked: list[int] = []
        # Dated lines between the groups of a list that name no place ("Thursday (27th) —
        # six counties, speeches by ..." over "- Bukchang County, ..."): each heads its group.
        sub_heads: set[int] = set()
        last_lead: tuple[_Trigger, DateMention | None] | None = None  # the list above's
        while index < count:
            if index not in self.rows:
                index += 1
                continue
            head = index - 1  # -1: a table that opens the body, led by its header row
            if index in sub_heads:
                head = index
                index += 1
            block = []
            while index < count and index in self.rows:
                block.append(index)
                index += 1
                if index + 1 < count and index + 1 in self.rows and self._wrapped_cells(index):
                    index += 1  # (a wide row's cells wrapped onto the next line)
                if self._heads_sub_list(block, index):
                    sub_heads.add(index)
                    break
                index = self._past_export_comment(block[-1], index)
                # More sentences on the row's own line ("- A (X Province): Jan. 24. Kim had
                # visited the site in October. No Kim.") do not end the list.
                row_start = self.sentences[block[-1]][0]
                probe = index
                while (
                    probe < count
                    and probe not in self.rows
                    and self.text.find("\n", row_start, self.sentences[probe][0]) < 0
                ):
                    probe += 1
                # (Not past a lead of its own at the line's end: "... opened in:" over "•
                # Sinyang".)
                if (
                    probe > index
                    and probe in self.rows
                    and not self.text[slice(*self.sentences[probe - 1])].rstrip().endswith(":")
                    # (nor past a live page's entry, placeless, that leads a list of its own:
                    # "09:40 — RECAP. Every December ceremony we could source. (K) = Kim
                    # present." over "- 13 Dec: Kusong city hospital (K)")
                    and not (
                        _LIVE_ENTRY.match(self.text, self.sentences[block[-1]][0])
                        and not self._names_a_place(block[-1])
                        and any(
                            spec.generic or spec.event_type in CEREMONY_TYPES
                            for _s, _e, spec in self._triggers_between(
                                self.sentences[index][0], self.sentences[probe - 1][1]
                            )
                        )
                    )
                    # (nor past the title of the list after a remark: "📌 주간 정리 들어갑니다.
                    # 지방공업공장 준공 (지난주~이번주)" over "- 구장군(평북) 24일(금)")
                    and not (
                        self._remark_row(block[-1])
                        and not self._names_a_place(probe - 1)
                        and self._ceremony_words_of(*self.sentences[probe - 1], other_than="")
                    )
                ):
                    index = probe
                    # (the next day's heading after a remark on the row's line: "- Hwangju
                    # (NHw): factories. First grain facility." over "Thu — batch of six, …")
                    # (not a chronology's next dated paragraph: a heading's rows are bulleted)
                    if (
                        index + 1 < count
                        and _BULLET_ROW.match(self.text, self.sentences[index + 1][0])
                        and self._heads_sub_list(block, index)
                    ):
                        sub_heads.add(index)
                        break
            if len(block) == 1 and self._counts_places_below(block[0]):
                marked.append(block[0])  # ("■ 2월 27일 — 여섯 곳" over the line of its places)
                continue
            # A table's header and rule lines ("| Date | County | Kim present |", "|---|")
            # name no place: the lead is the caption above them, or the header itself
            # ("| Facilities opened |").
            # (a line set out with semicolons above a table, "Legend: a Y after a date = …; N =
            # …", is no row of the table under it)
            bars = [r for r in block if self.text.startswith("|", self.sentences[r][0])]
            table_title: int | None = None
            if len(bars) >= _TABLE_ROWS_MIN and bars[0] != block[0]:
                block = block[block.index(bars[0]) :]
                # (a numbered section's title right above the bars is the table's caption: "2.
                # Leader's site visits in 2025 (to date)" over "| Date | Site | Facility |")
                title = bars[0] - 1
                if NUMBERED_ITEM.match(
                    self.text, self.sentences[title][0]
                ) is not None and self._heading_line(title, longest=_SECTION_TITLE_MAX):
                    table_title = title
            else:
                # (nor is a legend of bullets above a table whose lines have no bars at their
                # edges: "- 착공 란: …" over "번호 | 시·군 | 도 | 착공 | 준공 | 김")
                block = block[self._table_start(block) :]
            header: list[int] = []
            while (
                block
                and not self._names_a_place(block[0])
                # (not the dated lines of a card under a heading that names its county: "1.
                # 성천군 — …" over "- 2024.2.28. 착공 | ○ | …")
                and not (
                    _BULLET_ROW.match(self.text, self.sentences[block[0]][0])
                    and self._dates_in(*self.sentences[block[0]])
                    and self._current_unit(self.sentences[block[0]][0]) is not None
                )
            ):
                header.insert(0, block.pop(0))
            # ("4. Sinyang and Pukchang (South Pyongan). Kim toured the factories in both
            # counties on 3 December, ...": a numbered paragraph's heading, whose own line
            # tells its events, is no line of a list)
            block = [
                row
                for row in block
                if self._row_dated(row)
                # (a numbered paragraph's heading: "4. Sinyang and Pukchang (South Pyongan).")
                or not NUMBERED_ITEM.match(self.text, self.sentences[row][0])
                or not self._line_tells_its_event(row)
            ]
            if (
                len(header) == 1
                and block
                and "|" not in self.text[slice(*self.sentences[header[0]])]
                and self._date_heading(header[0]) is not None
            ):
                # ("🔹 26일(수)" over "- 황북 황주군: 공장 + 양곡관리소."): a day's heading
                # in the list heads the rows under it.
                head = header.pop()
                sub_heads.add(head)
            if (
                head > 1
                and head not in self.rows
                and (
                    head - 1 in self.rows
                    # (or a header of bars after a label: "Columns: # | county | opened |")
                    or self.text.count(" | ", *self.sentences[head - 1]) >= _EDGELESS_ROW_BARS
                )
                and _DASH_RULE.fullmatch(self.text, *self._line_around(self.sentences[head][0]))
            ):
                head -= 1  # (the rule under a fixed-width table's header: the header above it)
            while (
                head > 0
                and head in self.rows
                and head not in sub_heads
                and not self._names_a_place(head)
            ):
                header.append(head)
                head -= 1
            table = self._table_header(header) if header else None
            if table is not None and block and self._numbered_under_legend(header[0], block[0]):
                table = _shifted(table)
            if table is None and block and not header:
                # ("# columns: row_id;county;province;event;date;KJU" over more comment lines
                # and the export's rows: the header among the comments above)
                table = self._commented_header(block[0]) or self._legend_header(block[0])
            if table is not None and table.attendance is not None:
                # Rows that say their own event ("| A | ground broken | 28/02/25 | N |") take
                # the leader's attendance from the column too, over a note that names him.
                in_block = set(block)
                for cand in self.candidates:
                    if cand.sentence_index in in_block:
                        answer = self._attendance_cell(cand.sentence_index, table, cand.event_type)
                        if answer is not None:
                            cand.leader_attended = answer
            if table is not None and len({t.event_type for t in table.columns.values()}) == 1:
                self._type_by_column(block, table)
            if table is not None and len({t.event_type for t in table.columns.values()}) > 1:
                # "| 시·군 | 착공 | 준공 |": each row tells one event per dated column.
                self._table_rows(block, table)
                continue
            if table is not None and table.stage is not None and not table.columns:
                # "stage;county;province;date" over "gb;Unryul;South Hwanghae;2026-01-29".
                self._stage_rows(block, table)
                continue
            if (
                not block
                or (
                    head in self.rows
                    and head not in sub_heads
                    # (the body's first line over a table whose header names the event:
                    # "Maintainer: …" over "Columns: # | county | … | opened" and its rule)
                    and not (head == 0 and table is not None and table.columns)
                )
                or head in self.excluded
            ):
                continue
            watch = self.vocab.watch_heading
            if head >= 0 and watch and watch.match(self.lowered, self.sentences[head][0]):
                continue  # "앞으로 볼 것:" over "1) 준공식 몰아서 할 듯 — 12월 중순부터"
            if watch and any(watch.match(self.lowered, self.sentences[h][0]) for h in header):
                continue  # (one marked like the rows: "📌 앞으로 남은 것 (보도 예정 추정)")
            if head >= 0 and header and self.sentences[head][1] <= self.body_start + 1:
                head = -1  # the dateline's line stands above the table: it opens the body
            if head < 0 and not header:
                # Dated lines that open the body ("2/ Mon 15th: ...", "5/ Fri 19th: Sinpho
                # City. Kim + daughter."): the headline's ceremony, if it names one.
                r_start = self.sentences[block[0]][0]
                self._headline_rows(block, r_start, r_start, table, with_triggers)
                continue
            if head < 0:
                # "| 시·군 | 도 | 착공일 |" opening the body: the header names the ceremony.
                if not header or len(block) < 2:
                    continue
                h_start, h_end = self.sentences[header[0]]
                candidates = list(header)
            else:
                h_start, h_end = self.sentences[head]
                if h_end <= self.body_start:
                    # Dated lines right under the dateline ("2/ Mon 15th: ...", "5/ Fri 19th:
                    # Sinpho City. Kim + daughter."): the headline's ceremony, if it names one.
                    self._headline_rows(block, h_start, h_end, table, with_triggers)
                    continue
                # A lone line with a dash in it may be prose ("The B plant - a garment factory
                # - is next."): a list is announced by a colon or has several lines.
                # (So is one under a day's heading: "TUE 16/12" over "- Anju: factories.")
                # A heading that only names a year or month ("2024년", "2025년 1월") over the
                # rows: the lead is above it and the lists under such headings before it.
                period = self._period_heading(head)
                if period:
                    head = self._above_period_headings(head, block)
                    h_start, h_end = self.sentences[head]
                if (
                    len(block) < 2
                    and not period
                    and not self.text[h_start:h_end].rstrip().endswith(":")
                    # ("준공식은 다음과 같은 순서로 진행되였다." over one line of marked items)
                    and not _LIST_FOLLOWS.search(self.lowered, h_start, h_end)
                    and self._date_heading(head) is None
                    # (nor one of items marked one by one after the sentence that counts them:
                    # "… 준공식은 모두 7차례다. ▲11월 19일 강동군병원 ▲12월 13일 구성시병원 …")
                    and sum(
                        self.text.count(mark, *self.sentences[block[0]]) for mark in _ITEM_MARKS
                    )
                    < 2
                ):
                    r_start, r_end = self.sentences[block[0]]
                    if _SECTION_MARK.match(self.text, r_start) and self._dates_in(r_start, r_end):
                        marked.append(block[0])
                    continue
                # The nearest line above the rows that names the ceremony: a header line, the
                # caption, or the sentence before the caption.
                # A caption that says what the list is without naming the ceremony ("The list
                # below sets out what state media reported for each site.") leaves it to the
                # sentence before; a lead ending in a colon ("Delegations came from:") does
                # not.
                h_text = self.text[h_start:h_end].rstrip()
                # (A bare connective, "정리하면:", "They are:", leaves it to the sentence before.)
                # (So does one that only points at the sites: "Here they are, by province:".)
                sites = self.vocab.list_of_sites
                look_back = (
                    head > 0
                    and not self._section_heading(head)
                    # (a numbered table's title says what its rows are: "<표 1> 2024년 대상
                    # 시군의 도별 분포" takes no ceremony from the paragraph above it)
                    and _TABLE_TITLE.match(self.text, h_start) is None
                ) and (
                    bool(header)
                    or not h_text.endswith(":")
                    or (
                        (
                            len(h_text) <= _CONNECTIVE_LEAD_MAX
                            or (sites is not None and sites.search(h_text.lower()) is not None)
                        )
                        and not self._names_a_place(head)
                    )
                )
                candidates = [*header, head] + (
                    self._lines_back(head) if look_back else []
                )
                if table_title is not None and table_title not in candidates:
                    candidates.insert(len(header), table_title)
            lead = None
            # Lines that each carry a date are the dated sites of the ceremony the report is
            # about, whatever their colon lead says ("Our log, as state media dated it:").
            dated_rows = self._dated_rows(block)
            # A caption nearer the list that names no ceremony of its own but dates it ("The
            # following ceremonies were held on Thursday.") dates the lead's ceremony.
            caption_date: DateMention | None = None
            not_listed = False  # (a line above says another ceremony's days are left out)
            caption = -1
            if (
                table is not None
                and dated_rows
                and len({t.event_type for t in table.columns.values()}) == 1
                and (above := [c for c in candidates if c not in header])
                and self._on_comment_line(above[0])
            ):
                # ("row,county,province,facilities,gb_date,…" under comment lines, one of them a
                # change note that tells of an opening): the dated column names the rows' event.
                candidates = list(header)
            for candidate in candidates:
                # (A numbered heading above the caption, "2. 12월 준공 일지", names no place: it
                # may be the lead; a line of an earlier list does.)
                if candidate < head and (
                    (candidate in self.rows and self._names_a_place(candidate))
                    or candidate in self.excluded
                    # (nor a line of the numbered item before: "- 2월 26일 착공 때 …" over "2)
                    # 그저께(15일) 5곳 동시" and its rows)
                    or (
                        self._sentence_of(self._line_around(self.sentences[candidate][0])[0])
                        in self.rows
                        and NUMBERED_ITEM.match(self.text, self.sentences[head][0]) is not None
                    )
                ):
                    break
                if (
                    candidate < head
                    and block
                    and self._log_entries_alike(candidate, block[0])
                ):
                    break  # (an entry of the same log above, no caption of the entries below)
                lead = self._list_lead(candidate, dated_rows)
                if lead is None and _LETTERED_HEADING.fullmatch(
                    self.text, *self.sentences[candidate]
                ):
                    break  # (a lettered section starts anew: "B. Site inspections (no ceremony)")
                if lead is None and candidate >= 0 and _NOT_LISTED.search(
                    self.lowered, *self.sentences[candidate]
                ):
                    # ("나머지 19곳 착공 날짜는 … 생략했어요." over the dated list: its ceremony is
                    # not the list's, nor is one told before it)
                    not_listed = True
                    break
                if lead is not None:
                    if caption_date is not None:
                        lead = (lead[0], caption_date)
                    elif (
                        candidate < head
                        and lead[1] is not None
                        and not self._dated_rows(block)
                        and self._own_place_day(candidate, lead[1])
                    ):
                        # ("After the opening in Songchon County … on 20 December, …" above
                        # "Then came:": that day is its own place's, not the list's)
                        lead = (lead[0], None)
                    break
                if caption_date is None and candidate >= 0:
                    caption_date = self._generic_caption_date(candidate)
                    caption = candidate
            if (
                lead is not None
                and head >= 0
                and not self._triggers(*self.sentences[head])
                and (
                    (day_heading := self._date_heading(head)) is not None
                    # (or a group's heading: "2) 3월 7일(목) 보도분 — 6개 시·군")
                    or (
                        head in sub_heads
                        and (day_heading := self._dated_sub_heading(head)) is not None
                    )
                )
            ):
                # ("이번 주 착공 몰아서 정리함." ... "🔨 어제(6일) 4곳" over its lines: the day of
                # the heading right above the rows, not the lead's week.)
                lead = (lead[0], day_heading)
            if lead is None and caption_date is not None:
                # The second of two lists, each under such a caption: the headline's ceremony.
                found = self._headline_trigger()
                lead = (found, caption_date) if found is not None else None
            if lead is not None and caption_date is not None:
                # (The caption's bare ceremony is the list's, not one of the place above it.)
                self.candidates = [
                    c
                    for c in self.candidates
                    if not (c.sentence_index == caption and c.inherited_county)
                ]
            if lead is None and (
                (heading := self._date_heading(head)) is not None
                or (head in sub_heads and (heading := self._dated_sub_heading(head)) is not None)
            ):
                # Rows under a day's heading in a log whose headline names the ceremony
                # ("TUE 16/12" over "- Anju (S. Phyongan): factories + grain facility.").
                found = self._headline_trigger()
                if found is None and (theme := self._theme()) is not None:
                    # ("Week 51: the ribbon week ... twelve openings in six days." over "MON"
                    # and its lines: the openings the report is about)
                    kind, at = theme
                    found = _Trigger(at, at, Trigger(kind, _ELLIPSIS), kind)
                lead = (found, heading) if found is not None else None
            if lead is None and table is not None and table.columns and dated_rows:
                # "| Site | ... | Ground broken | Kim |": the column that dates the rows names
                # their event.
                lead = (next(iter(table.columns.values())), None)
            if lead is None and dated_rows and (visits := self._headline_visits()) is not None:
                lead = (visits, None)  # a table of the leader's visits the headline names
            if (
                lead is None
                and dated_rows
                and not_listed
                and (found := self._headline_trigger()) is not None
            ):
                # (a dated list under a remark that the other ceremony's days are left out:
                # the ceremony the headline names, "20곳 준공 날짜 총정리")
                lead = (found, None)
            if (
                lead is None
                and last_lead is not None
                and dated_rows
                and head >= 0
                and self._short_line(head)
                and not self._names_a_place(head)
                # (not a section of another topic set in capitals: "GROUND-BREAKING" … then
                # "PROGRESS" over its own dated lines)
                and (
                    not self.text[slice(*self.sentences[head])].isupper()
                    or _TIME_WORD.search(self.lowered, *self.sentences[head]) is not None
                )
            ):
                # ("This week" over dated lines, then "Last week" over more: the same list
                # under a second heading)
                lead = (last_lead[0], None)
            if (
                lead is None
                and last_lead is not None
                and head >= 0
                and self._more_lead(head)
            ):
                # ("06.02 — four more:" under the list of "03.02 — three ceremonies, ...:": more
                # of the same ceremony, on the day the lead gives)
                # (its day, else its month: "13 MORE, ALL HELD BY 10 MAR:")
                told = self._dates_in(*self.sentences[head])
                more_days = sorted(
                    (d for d in told if d.value.precision != "year"),
                    key=lambda d: d.value.precision != "day",
                )
                lead = (last_lead[0], more_days[0] if more_days else None)
            if (
                lead is None
                and last_lead is not None
                and head >= 0
                and self.text[slice(*self.sentences[head])].rstrip().endswith(":")
                and h_end - h_start <= _DATE_LEAD_MAX
                and not self._names_a_place(head)
                and (day := self._dated_sub_heading(head)) is not None
                and day.value.precision == "day"
            ):
                # ("Thu 18 Dec — four counties on one day:" over bullets after "Tue 16 Dec —
                # HWANGJU …" in "THE WEEK IN OPENINGS": the same ceremony, on its day)
                lead = (last_lead[0], day)
            if (
                lead is None
                and last_lead is None
                and head >= 0
                and self._more_lead(head)
                and (told := self._more_of(head)) is not None
            ):
                # ("KCNA reported ground-breaking ceremonies at six further sites: A, B … This
                # morning's item adds thirteen more, without exact dates:" over lines of
                # places): more of the ceremonies just told, in their month
                lead = told
            if (
                lead is None
                and table is not None
                and not table.columns
                and dated_rows
                and (found := self._headline_trigger()) is not None
            ):
                # (a dated table whose header names no ceremony under a headline that does,
                # after a note on its scope: "… 착공 현황" over "범위: …" and "| 날짜 | 시·군 |")
                lead = (found, None)
            if (
                lead is None
                and dated_rows
                and head >= 0
                and self.text[slice(*self.sentences[head])].rstrip().endswith(":")
                and (first := self._row_line_ceremony(block[0])) is not None
            ):
                # ("What happened so far (as reported by KCNA):" over "29 January — Unryul
                # County. The first ground-breaking of the year, …" and "3 February — A and B.
                # … attended both ceremonies.": the ceremony its first line tells)
                lead = (first, None)
            if lead is None and self._no_event_before(head):
                # A dated table that opens the body under a headline naming the ceremony
                # ("착공 현황" over "| 날짜 | 시·군 | ..."); of a looser list, its dated lines
                # ("5/ Fri 19th: Sinpho City. Kim + daughter.").
                self._headline_rows(block, h_start, h_end, table, with_triggers)
                continue
            if lead is None and table is None and (shared := self._rows_shared_ceremony(block)):
                # ("■ 2/26(수) 황북 황주군 — 공장 + 양곡관리시설 착공" … "■ 2/28(금) 평양
                # 강동군(공장) X, 황남 장연군, …": the lines that name a ceremony all name the
                # same one, and it is the list's)
                lead, block = (shared[0], None), shared[1]
            if lead is None:
                continue
            if (
                self.transcript_theme is not None
                and lead[0].event_type != self.transcript_theme
                and block[0] in self.extra_triggers
            ):
                # (an answer's places the conversation's theme already told, "Friday was four
                # at once: Musan …; Songhwa …", take no other ceremony from a turn above: "It
                # opened on Sunday the 1st")
                continue
            if self._paragraphs_told_already(block, head):
                continue
            last_lead = lead
            self._rows_of(block, lead, h_start, h_end, table, with_triggers)
        if len(marked) >= 2 and (lead := self._headline_lead() or self._theme_lead()):
            self._rows_of(marked, lead, 0, self.body_start, None, with_triggers)
            self._places_under_marked(marked, lead[0], with_triggers)

    def _places_under_marked(
        self, marked: list[int], trig: _Trigger, with_triggers: set[int]
    ) -> None:
        """The line of places under a dated section heading that counts its sites without
        naming them ("■ 2월 27일 — 여섯 곳" over "평남 북창군, 평북 염주군, …"): the sites of
        the headline's ceremony on the heading's date."""
        for head in marked:
            if head + 1 in with_triggers or not self._counts_places_below(head):
                continue
            days = [
                d for d in self._dates_in(*self.sentences[head]) if d.value.precision != "year"
            ]
            n_start, n_end = self.sentences[head + 1]
            # (its last date: "▶ 3/8 — 12월 15일 (월)" is card 3 of 8)
            for unit in self._units_between(n_start, n_end):
                self._add(head + 1, unit, trig, days[-1], (n_start, n_end), False, inherited=False)

    def _counts_places_below(self, head: int) -> bool:
        """Is sentence `head` a dated section heading that counts its sites and names none,
        over a line of places only ("■ 2월 27일 — 여섯 곳" over "평남 북창군, 평북 염주군,
        …")? (Not a card of no one day: "▶ 5/5 — 아직 안 보인 곳".)"""
        start, end = self.sentences[head]
        if (
            head + 1 >= len(self.sentences)
            or not _SECTION_MARK.match(self.text, start)
            or not _COUNT_OF_SITES_END.search(self.text, start, end)
            or self._names_a_place(head)
            or not any(d.value.precision != "year" for d in self._dates_in(start, end))
        ):
            return False
        n_start, n_end = self.sentences[head + 1]
        return (
            self.text.find("\n", end, n_start) >= 0
            and self._names_a_place(head + 1)
            and self._only_places(n_start, n_end)
        )

    def _more_lead(self, head: int) -> bool:
        """Does the lead say its lines are more of the list before: "06.02 — four more:", or
        "Six more, according to Voice of Korea. Officials attended …:" (its first sentence)?"""
        start, end = self.sentences[head]
        if _MORE_LEAD.search(self.lowered, start, end):
            return True
        if head == 0 or not self.text[start:end].rstrip().endswith(":"):
            return False
        p_start, p_end = self.sentences[head - 1]
        return "\n" not in self.text[p_end:start] and bool(
            _MORE_OPENING.match(self.lowered, p_start, p_end)
        )

    def _more_rows_after(self, position: int) -> bool:
        """Do lines of places follow sentence `position` after a few lines whose last says
        they are more of the list before ("FRIDAY 28 FEB" / "Six more, …:")?"""
        for gap in (1, 2, 3):
            lead = position + gap
            if any(position + k in self.rows for k in range(1, gap + 1)):
                return False
            if lead + 1 in self.rows and lead < len(self.sentences) and self._more_lead(lead):
                return True
        return False

    def _more_of(self, head: int) -> tuple[_Trigger, DateMention | None] | None:
        """The ceremony a lead of "N more:" adds to: the one told with places in the few
        sentences above it, and its month when the lead gives no day of its own."""
        told = [
            c
            for c in self.candidates
            if head - _MORE_OF_REACH <= c.sentence_index < head
            and c.event_type in CEREMONY_TYPES
            and c.unit is not None
        ]
        if not told or len({c.event_type for c in told}) != 1:
            return None
        last = told[-1]
        start, end = self.sentences[head]
        trig = _Trigger(start, start, Trigger(last.event_type, _ELLIPSIS), last.event_type)
        days = [d for d in self._dates_in(start, end) if d.value.precision != "year"]
        if days or last.date is None or last.date.month is None:
            return trig, None
        month = ResolvedDate(last.date.year, last.date.month)
        return trig, DateMention(start, start, "", month, "relative", None)

    def _past_export_comment(self, last_row: int, index: int) -> int:
        """The next row's index past a comment line among an export's rows ("# R07 corrected 3
        Mar: the province had been keyed as S. Phyongan" between "R07;…" and "R08;…"), which
        does not end the export; `index` itself where no such line stands there."""
        if index >= len(self.sentences) or index in self.rows:
            return index
        start = self.sentences[index][0]
        if not self.text.startswith("#", start) or self.text[start - 1 : start] != "\n":
            return index
        line_end = self.text.find("\n", start)
        if line_end < 0:
            return index
        probe = index
        while probe < len(self.sentences) and self.sentences[probe][0] < line_end:
            probe += 1
        row_line = self._line_around(self.sentences[last_row][0])
        if (
            probe < len(self.sentences)
            and probe in self.rows
            and export_separator(self.text, *row_line) is not None
            and export_separator(self.text, *self._line_around(self.sentences[probe][0]))
            is not None
        ):
            return probe
        return index

    def _struck_row(self, index: int) -> bool:
        """Is sentence `index` on a table row its writer marks as deleted or as outside the
        programme ("[삭제] 운산군(평북) 아님", "지방발전 사업 아님(범위 외)")?"""
        struck = self.vocab.struck_row
        if struck is None or index not in self.rows:
            return False
        line_start, line_end = self._line_around(self.sentences[index][0])
        return (
            self._cell_separator(line_start, line_end) is not None
            # (or a comma-separated export's: "32,Kilju,…,OPEN,2025-12-22,0,retracted,")
            or export_separator(self.text, line_start, line_end) is not None
        ) and struck.search(self.lowered, line_start, line_end) is not None

    def _in_cancelled_entry(self, start: int) -> bool:
        """Is the position inside a calendar export's entry marked cancelled ("BEGIN:VEVENT" …
        "STATUS:CANCELLED" … "END:VEVENT")? (Such entries are found once per text.)"""
        if self.cancelled_entries is None:
            self.cancelled_entries = (
                [
                    (m.start(), m.end())
                    for m in _ICS_ENTRY.finditer(self.text)
                    if "\nSTATUS:CANCELLED" in m.group()
                ]
                if "STATUS:CANCELLED" in self.text
                else []
            )
        return any(a <= start < b for a, b in self.cancelled_entries)

    def _on_comment_line(self, index: int) -> bool:
        """Is sentence `index` on a line commented out with "#" (an export's notes)?"""
        start = self.sentences[index][0]
        return self.text.startswith("#", self.text.rfind("\n", 0, start) + 1)

    def _lines_back(self, index: int) -> list[int]:
        """The two sentences above sentence `index`, nearest first, not counting those of a
        note's line ("※ 날짜는 … (요일). ● 표시는 … 보도."): the caption may stand above it."""
        back: list[int] = []
        counted = 0
        earlier = index - 1
        while earlier >= 0 and counted < _LEAD_SENTENCES_BACK:
            back.append(earlier)
            start, end = self.sentences[earlier]
            line_start = self.text.rfind("\n", 0, start) + 1
            # (nor a legend's, 'Column "Kim": Y = …', nor one that says what the list leaves
            # out, "All ground-breakings … are not listed here.")
            if not (
                self.text.startswith(_NOTE_MARKS, line_start)
                or _LEGEND_LINE.match(self.text, line_start)
                or _NOT_LISTED.search(self.lowered, start, end)
            ):
                counted += 1
            earlier -= 1
        return back

    def _without_places(
        self, text: str, start: int, end: int, counties: Iterable[_County]
    ) -> str:
        """text[start:end] without the given counties and the provinces named there."""
        spans = [(c.start, c.end) for c in counties] + [
            (p.start, p.end) for p in self.named_provinces if start <= p.start < end
        ]
        kept, at = [], start
        for s_start, s_end in sorted(spans):
            kept.append(text[at : max(at, s_start)])
            at = max(at, s_end)
        kept.append(text[at:end])
        return "".join(kept)

    def _places_only(self, start: int, end: int, first: int, last: int) -> bool:
        """Is a list line no more than its places ("- Unpha County and Yonthan County, North
        Hwanghae Province")?"""
        counties = self.counties[first:last]
        colon = self.text.find(": ", start, end)
        if colon > 0 and counties and counties[-1].start < colon:
            end = colon  # (a remark after its places: "A, B and C: addresses by officials …")
        elif self.language == "en" and colon > 0 and counties and counties[0].start > colon:
            start = colon + 2  # (a label before them: "- Six counties, factories: A, B, C")
        rest = _BRACKETED.sub("", self._without_places(self.text, start, end, counties))
        # (asides: "강동군(이번엔 공장)")
        # (a label after a dash: "... 김정숙군 – 지방공장")
        rest = _LABEL_AFTER_DASH.sub("", rest)
        return len(_PLACE_WORDS.sub("", rest)) <= _PLACES_ROW_REST_MAX

    def _headline_rows(
        self,
        block: list[int],
        h_start: int,
        h_end: int,
        table: _TableHeader | None,
        with_triggers: set[int],
    ) -> None:
        """The dated lines of a list no lead names the ceremony of, when the headline does
        and two lines at least carry a date."""
        dated = [row for row in block if self._row_dated(row)]
        lead = self._headline_lead() if len(dated) >= 2 else None
        all_dated = self._dated_rows(block)
        if lead is None and all_dated:
            # ("Completion Dates of the 2025 Projects" over a legend and dated lines: the
            # events the report names as its subject)
            theme = self._theme()
            if theme is not None:
                kind, at = theme
                lead = (_Trigger(at, at, Trigger(kind, _ELLIPSIS), kind), None)
        if lead is not None:
            rows = block if all_dated else self._dated_or_under_day(block)
            self._rows_of(rows, lead, h_start, h_end, table, with_triggers)

    def _dated_or_under_day(self, block: list[int]) -> list[int]:
        """A list's dated lines, and those under a day's heading among them ("📌 15일(월) —
        다섯 곳 동시" over "• 평남 신양군 — 공장 ❔")."""
        rows: list[int] = []
        under_day = False
        for row in block:
            if self._date_heading(row) is not None:
                under_day = True
            if under_day or self._row_dated(row):
                rows.append(row)
        return rows

    def _dated_rows(self, block: list[int]) -> bool:
        """Do two thirds or more of a list's lines (two at least) carry a date?"""
        with_dates = sum(1 for row in block if self._row_dated(row))
        return len(block) >= 2 and with_dates * 3 >= len(block) * 2

    def _row_dated(self, row: int) -> bool:
        """Does a list line carry a date, or a ditto mark for the date above ("| 〃 |")?"""
        start, end = self.sentences[row]
        return bool(self._dates_in(start, end)) or _DITTO.search(self.text, start, end) is not None

    def _parent_line_units(self, start: int) -> set[str]:
        """The places of the line a list line is set in under (the nearest line above set
        in less deep, when the line at `start` is set in at all): "ㅇ 2.6.(금) 함북 무산군, …
        착공식" over "  - 무산군: 최동명 당 비서 … 참석"."""
        parent = self._parent_line(start)
        return {c.unit.id for c in self._counties_in(*parent)} if parent else set()

    def _parent_line(self, start: int) -> tuple[int, int] | None:
        """The span of the line the line at `start` is set in under, if it is set in."""
        line_start = self.text.rfind("\n", 0, start) + 1
        indent = len(self.text[line_start:start]) - len(
            self.text[line_start:start].lstrip(" \t\u3000")
        )
        if indent == 0 or line_start == 0:
            return None
        above = line_start - 1
        while above > 0:
            above_start = self.text.rfind("\n", 0, above) + 1
            line = self.text[above_start:above]
            if not line.strip():
                return None  # (a blank line: no row above it is this line's)
            if len(line) - len(line.lstrip(" \t\u3000")) < indent:
                return above_start, above
            above = above_start - 1
        return None

    def _counties_in(self, start: int, end: int) -> list[_County]:
        first = bisect_left(self.county_starts, start)
        last = bisect_left(self.county_starts, end)
        return self.counties[first:last]

    def _untold_parent_places(self, start: int) -> list[_County]:
        """The places of a line of places that tells no event, above a line set in under it
        that tells one without a place ("○ 평북 구성시, 평남 숙천군, …" over "  - 착공식 일자는
        미공개이나 모두 3월 상순 개최"): the event is theirs."""
        parent = self._parent_line(start)
        if parent is None:
            return []
        places = self._counties_in(*parent)
        if len(places) < 2 or any(not t.spec.generic for t in self._triggers(*parent)):
            return []
        return places

    def _rows_of(
        self,
        block: list[int],
        lead: tuple[_Trigger, DateMention | None],
        h_start: int,
        h_end: int,
        table: _TableHeader | None,
        with_triggers: set[int],
    ) -> None:
        """The events of a list's lines (see `_list_lines`). A lead placed only by its lines
        still dates a line that tells its own event without a date ("… four more openings
        yesterday:" over "- Jangyon County: Kim Jong Un cut the ribbon.")."""
        placed = lead[0].start in self.paired_triggers
        self._list_lines(block, lead, h_start, h_end, table, with_triggers)
        if not placed and lead[0].start in self.paired_triggers:
            self.placed_by_lines.add(lead[0].start)

    def _list_lines(
        self,
        block: list[int],
        lead: tuple[_Trigger, DateMention | None],
        h_start: int,
        h_end: int,
        table: _TableHeader | None,
        with_triggers: set[int],
    ) -> None:
        """The events of a list's lines: each names the place of one event of the lead's
        ceremony, dated by its own date if it has one, else by the lead's."""
        trig, when = lead
        # What is built: the lead's words, or those of the sentence that named the event.
        # (A headline's trigger stands before the body's first sentence: the headline's.)
        told_in = self._sentence_of(trig.start)
        head_facilities = self._facilities(h_start, h_end) or self._facilities(
            *(self.sentences[told_in] if told_in >= 0 else (0, self.body_start))
        )
        row_date: DateMention | None = None  # the last row's, for a ditto mark ("〃")
        # In a list whose lines are dated, a line without a date tells no event of its own
        # ("Anju,Pyeongannam-do,factories,,unk,no opening report found").
        dated_list = self._dated_rows(block)
        told_before: str | None = None  # the ceremony the row above told in its own words
        section: DateMention | None = None  # the time of a heading line among the rows
        for row in block:
            r_start, r_end = self.sentences[row]
            kind, told_before = told_before, None
            if self._struck_row(row):
                continue  # ("| 2 | … | [삭제] 운산군(평북) 아님 |")
            # A line that says what happened there speaks for itself ("- A: opened on
            # 3 May"); an aside after a semicolon ("- A: 24 January; Kim had visited the
            # site in October") leaves the line the lead's.
            semicolon = self.text.find(";", r_start, r_end)
            own_part = (r_start, semicolon if semicolon >= 0 else r_end)
            # (So does one that denies it or puts it off: "4. 김정숙군, 염주군은 준공
            # 보도가 확인되지 않음.")
            # (In a table of the leader's visits, a row's "tour" is his: it needs the lead.)
            visits = trig.event_type == "leader_visit"
            own_triggers = [
                spec
                for t_start, _t_end, spec in self.all_triggers[
                    bisect_left(self.trigger_starts, own_part[0]) :
                ][:_ROW_TRIGGERS_MAX]
                if own_part[0] <= t_start < own_part[1]
                and not spec.generic
                and spec.event_type in CEREMONY_TYPES
            ]
            # (not a note set in under a row, "└ 착공: 2024.2.28": it tells of the row above)
            if row in with_triggers and own_triggers and self.text[r_start] not in "└↳":
                told_before = own_triggers[0].event_type
            if self._caption_told_after(row):
                continue  # ("Ryonggang-gun, Namp'o, 12 Sep 2025. Kim Jong Un inspects …")
            if row in with_triggers and any(
                not spec.generic
                and not (visits and spec.leader)
                # ("Kim attended ... and also walked round the aquaculture base": a visit
                # told as an addition leaves the row the lead's ceremony.)
                and not (
                    spec.event_type == "leader_visit"
                    and (
                        self.lowered.endswith("also ", max(0, t_start - 5), t_start)
                        # ("Kim again, at the Sinpho City factories, followed by a tour of the
                        # aquaculture base": a tour after the row's ceremony)
                        or _VISIT_AFTER_CEREMONY.search(
                            self.lowered, max(0, t_start - _VISIT_AFTER_SPAN), t_start
                        )
                        is not None
                        # ("Kim attended and toured the factories": the ceremony's tour)
                        or self.lowered.endswith("attended and ", max(0, t_start - 13), t_start)
                        # ("양식사업소도 둘러봄": he toured the farm too)
                        or self.text.endswith(("도 ", "도"), max(0, t_start - 2), t_start)
                    )
                    # ("Kim also inspected the site on 19 Nov, between the two ceremonies": a
                    # visit of its own day, the ceremonies a point it is placed by)
                    and not any(
                        other.generic and self._reference_point(own_part[0], other_start)
                        for other_start, _other_end, other in self._triggers_between(*own_part)
                    )
                )
                and own_part[0] <= t_start < own_part[1]
                # (not words quoted on the line: '함주군 : "성천군 착공 후 1년 안에" 언급')
                and not self._quoted(own_part[0], t_start)
                # (nor an aside about another place: "Onchon County (NOT Unchon, which opened
                # Tue 14th)"; an aside that names the row's own event is its: "hospital site
                # (the "unskilled soldiers" visit)")
                and (
                    not self._in_aside(r_start, t_start)
                    or self._labels_its_row(r_start, t_start, t_end)
                )
                # (nor a remark: "| 12.19(금) | 함남 신포시 | ○ | 바다가두리양식사업소 시찰 |")
                and not self._in_remarks(r_start, r_end, t_start, table)
                # (nor a note in a cell with a date of its own: "| 1.24(금) | 구장군 | × |
                # 2024.10 김정은 건설현장 방문 |")
                and not self._in_dated_note_cell(r_start, r_end, t_start)
                for t_start, t_end, spec in self.all_triggers[
                    bisect_left(self.trigger_starts, own_part[0]) :
                ][:_ROW_TRIGGERS_MAX]
            ):
                # (Its date is still the one a ditto mark below repeats.)
                said = [d for d in self._dates_in(r_start, r_end) if d.value.precision == "day"]
                row_date = self._nearest(r_start, r_start, said) or row_date
                continue
            if (
                row not in with_triggers
                and self._leader_log()
                and self._told_after_on_line(row)
            ):
                continue  # (his log: "- 19 Nov 2024 — Songchon. Inspection of the factories …")
            planned = self.vocab.planned_row
            if planned is not None and planned.search(self.lowered, r_start, r_end):
                continue  # "- Kilju, Kaephung: expected before 31 Dec"
            remark = self.vocab.remark_row
            if remark is not None and remark.match(self.lowered, r_start, r_end):
                continue  # "7/ Attendance: KJU has not been at a single opening since ..."
            if self.text.startswith("~~", r_start):
                continue  # (a row struck through: "~~Unsan | N Phyongan | …~~ DELETED")
            extra = self.extra_triggers.get(row)
            if extra is not None and extra.event_type == "leader_visit":
                continue  # ("- 6월 2일: 강동군 병원 건설현장" in his log: his visit, told already)
            first = bisect_left(self.county_starts, r_start)
            last = bisect_left(self.county_starts, r_end)
            units = {
                c.unit.id: c.unit
                for c in self.counties[first:last]
                if not self._quoted(r_start, c.start)  # (a place in a quoted remark)
            }
            if (
                units
                and not self._dates_in(r_start, r_end)
                and set(units) <= self._parent_line_units(r_start)
            ):
                continue  # (a note set in under its row, on the row's places: "  - 무산군: …")
            if table is not None and table.remarks:
                # (a place named only in the row's remarks: "Kangdong (H+S) | … | announced 3
                # pilot hospitals (Kangdong, Kusong, Ryonggang) same day")
                cells = self._line_cells(row)
                noted = [cells[column] for column in table.remarks if column < len(cells)]
                own = {
                    c.unit.id
                    for c in self.counties[first:last]
                    if not any(c_start <= c.start < c_end for c_start, c_end in noted)
                }
                if own:
                    units = {key: unit for key, unit in units.items() if key in own}
            # (A place in an aside that tells its own event, "Onchon County (NOT Unchon, which
            # opened Tue 14th)", is not the row's.)
            in_aside = {
                c.unit.id
                for c in self.counties[first:last]
                if self._in_aside(r_start, c.start)
            }
            if in_aside and len(in_aside) < len(units) and any(
                self._in_aside(r_start, t_start)
                for t_start, _t_end, _spec in self._triggers_between(r_start, r_end)
            ):
                units = {key: unit for key, unit in units.items() if key not in in_aside}
            dates = [d for d in self._dates_in(r_start, r_end) if d.value.precision != "year"]
            if table is not None and table.columns and dates:
                # (the cell of the column that names the event, not the day the item ran: "번호
                # | 게재일 | … | 준공일" over "2 | 1.8 | 조선중앙통신 | 황남 재령군 | 1.7 |")
                # (nor, with that cell empty, a note's day of another event: "Yomju | … |
                # -- | ? | GB 27 Feb, no opening seen" under "OPENED")
                cells = self._line_cells(row)
                in_column = [
                    d
                    for d in dates
                    if any(
                        column < len(cells) and cells[column][0] <= d.start < cells[column][1]
                        for column in table.columns
                    )
                ]
                if in_column:
                    dates = in_column
                elif (
                    len(dates) == 1
                    and any(
                        column < len(cells) and _EMPTY_CELL.fullmatch(self.text, *cells[column])
                        for column in table.columns
                    )
                    and self._cell_tells_other_event(cells, dates[0], table)
                ):
                    dates = []
            if len(dates) > 1 and table is None:
                # (not the day the item ran, in a column a legend names: "Columns: clip date
                # | county | … | ceremony" over "08.01 | Jaeryong | … | 07.01 | …")
                of_event = [d for d in dates if not self._in_report_date_column(d.start)]
                if of_event and len(of_event) < len(dates):
                    dates = of_event
            # (A date in an aside, "Kangdong-gun (the factory set, separate from the hospital
            # of 6 February)", is not the line's, when the line has one of its own.)
            outside = [d for d in dates if not self._in_aside(r_start, d.start)]
            if outside and len(outside) < len(dates) and not self._row_items_dated(outside):
                dates = outside
            # ("지난주 월요일(20일)": the day, not the week's month.)
            days = {(d.value.year, d.value.month) for d in dates if d.value.precision == "day"}
            dates = [
                d
                for d in dates
                if d.value.precision == "day" or (d.value.year, d.value.month) not in days
            ]
            # One place per line, or several sharing the line's one date ("- Dec. 15:
            # Sinyang, Rangnim and Puryong"), or the lead's on a short line of places
            # only ("- 함북 경성군, 어랑군").
            shared = len({d.value for d in dates}) == 1 or (
                not dates
                and (
                    r_end - r_start <= _PLACES_ROW_MAX
                    or self._places_only(r_start, r_end, first, last)
                )
            )
            if len(units) > 1 and not shared:
                # "▲1월 8일 숙천군 ▲10일 은파군 ▲12일 경성군": items of their own.
                self._row_items(row, trig, when, head_facilities)
                continue
            if not units:
                # ("📌 이번 주 초 (날짜 안 밝힘)" over "- 평남 신양군, 황북 곡산군 → 공장": a
                # heading's time for the lines under it)
                section = self._date_heading(row)
                continue
            own = self._nearest(r_start, r_start, dates)
            if own is not None:
                section = None
            elif section is not None:
                own = section
            if own is None and _DITTO.search(self.text, r_start, r_end):
                own = row_date
            if own is None and dated_list:
                continue
            row_date = own or row_date
            facilities = self._facilities(r_start, r_end) | head_facilities
            # ("- 03/02: three ground-breakings ..." over "- 06/02: four more, ...": more of
            # the row above's ceremony.)
            row_trig = trig
            if (
                kind is not None
                and kind != trig.event_type
                and trig.event_type in CEREMONY_TYPES
                and _MORE_OF_THE_SAME.search(self.lowered, r_start, min(r_end, r_start + 40))
            ):
                row_trig = _Trigger(r_start, r_start, Trigger(kind, _ELLIPSIS), kind)
            answer = self._attendance_cell(row, table, row_trig.event_type)
            # (Not in a table: a cell's "?" ends a sentence, and a status cell after it tells
            # no dated event: "| 26.02.25 | ? | opened".)
            last_on_line = row if table is not None else self._row_end(row)
            told_on_line = {
                (c.unit.id, c.date)
                for c in self.candidates
                if c.unit is not None
                and row < c.sentence_index <= last_on_line
                and c.event_type in CEREMONY_TYPES
                and c.event_type != row_trig.event_type
            }
            if told_on_line and not self._ceremony_words_of(
                r_end, self.sentences[last_on_line][1], row_trig.event_type
            ):
                told_on_line = set()  # ("... addressed the ceremony": a bare word tells none)
            for unit in units.values():
                # ("- 29/01: Ullyul (Hwanghae-namdo). KJU broke ground himself ...": the rest
                # of the line tells the row's ceremony, another than the lead's.)
                # (Its date may be settled later: an undated one counts.)
                row_mention = own or when
                row_day = row_mention.value if row_mention else None
                if (unit.id, row_day) in told_on_line or (unit.id, None) in told_on_line:
                    continue
                self._add(
                    row,
                    unit,
                    row_trig,
                    own or when,
                    (r_start, r_end),
                    False,
                    inherited=False,
                    facilities=facilities,
                )
                if answer is not None:
                    self.candidates[-1].leader_attended = answer
                elif row_trig.event_type == "leader_visit":
                    self.candidates[-1].leader_attended = True  # (a visit is his)

    def _cell_tells_other_event(
        self, cells: list[tuple[int, int]], mention: DateMention, table: _TableHeader
    ) -> bool:
        """Does the cell of `mention` name a ceremony of its own, of another kind than the
        table's columns name ("GB 27 Feb, no opening seen" in the notes of "OPENED")?"""
        kinds = {trig.event_type for trig in table.columns.values()}
        cell = next(((a, b) for a, b in cells if a <= mention.start < b), None)
        return cell is not None and any(
            not spec.generic and spec.event_type in CEREMONY_TYPES - kinds
            for _start, _end, spec in self._triggers_between(*cell)
        )

    def _in_remarks(
        self, start: int, end: int, position: int, table: _TableHeader | None
    ) -> bool:
        """Is `position` in a remarks cell of a table row?"""
        if table is None or not table.remarks:
            return False
        return any(
            c_start <= position < c_end and column in table.remarks
            for column, (c_start, c_end) in enumerate(self._cells(start, end))
        )

    def _in_aside(self, start: int, position: int) -> bool:
        """Is `position` inside a bracketed aside opened after `start` and not a bracket of
        a date alone ("Sukch'ŏn (8th)")?"""
        text = self.text
        opening = text.rfind("(", start, position)
        if opening < 0 or text.rfind(")", start, position) > opening:
            return False
        return position - opening > _DATE_ASIDE_LEAD

    def _labels_its_row(self, start: int, t_start: int, t_end: int) -> bool:
        """Is the trigger at `t_start` the last word of a bracketed label of the row's own
        event ("(the "unskilled soldiers" visit)")?"""
        opening = self.text.rfind("(", start, t_start)
        return self.text.startswith(")", t_end) and _ROW_LABEL.fullmatch(
            self.lowered, opening, t_start
        ) is not None

    @staticmethod
    def _row_items_dated(dates: list[DateMention]) -> bool:
        """Do the dates outside asides date items of their own (more than one)?"""
        return len({d.value for d in dates}) > 1

    def _note_cell_date(self, start: int, end: int, trig: _Trigger) -> DateMention | None:
        """The date of a table row's later cell that tells an event of its own (a visit noted
        beside the opening), for the trigger in it."""
        if not self._in_dated_note_cell(start, end, trig.start):
            return None
        cell = next(
            (c for c in self._cells(start, end) if c[0] <= trig.start < c[1]), None
        )
        if cell is None:
            return None
        before = [d for d in self._dates_in(cell[0], trig.start) if d.value.precision != "year"]
        if before:
            return before[-1]
        # (an export's notes say the date after the event: "Kim inspected the site 2025-06-02")
        # (and not another event's told between: "broke ground at GB; he also inspected the
        # site on 2024-11-19")
        after = [d for d in self._dates_in(trig.end, cell[1]) if d.value.precision != "year"]
        if (
            not after
            or self.language != "en"
            or cell[1] - cell[0] > _NOTE_CELL_MAX
            or export_separator(self.text, start, end) is None
            or any(
                # ("Kim toured before opening 2025-12-03": the opening only times the tour)
                not self.lowered.endswith(("before ", "before the ", "before its "), trig.end, t)
                for t, _end, _spec in self._triggers_between(trig.end, after[0].start)
            )
        ):
            return None
        return after[0]

    def _in_dated_note_cell(self, start: int, end: int, position: int) -> bool:
        """Is `position` in a later cell of a table row that gives a date of its own?"""
        if "|" not in self.text[start:end] and not (
            # (an export's notes: "…,y,Kim inspected the site 2025-06-02")
            self._sentence_of(start) in self.rows
            and export_separator(self.text, start, end) is not None
        ):
            return False
        cells = self._cells(start, end)
        if len(cells) < 2:
            return False
        at = next((i for i, (c_start, c_end) in enumerate(cells) if c_start <= position < c_end), 0)
        if at == 0:
            return False
        first_dated = next(
            (i for i, cell in enumerate(cells) if self._dates_in(*cell)), None
        )
        return first_dated is not None and first_dated < at and bool(self._dates_in(*cells[at]))

    def _ceremony_just_named(self, index: int, *, across: bool = False) -> str | None:
        """The one kind of ceremony a sentence or two before names in words of its own, with
        no place, in the same paragraph ('Report on ground-breaking ceremonies "in various
        parts of the country." 28 Feb. 2025.' over "Ceremonies held the same day for …"), or
        in the paragraph before when `across` (words that only point back: "소개한 곳은")."""
        for back in range(index - 1, max(-1, index - 1 - _CEREMONY_NAMED_BACK), -1):
            end = self.sentences[back][1]
            if (
                "\n\n" in self.text[end : self.sentences[back + 1][0]] and not across
            ) or self._names_a_place(back):
                return None
            start = self.sentences[back][0]
            kinds = {
                t.event_type
                for t in self._ceremony_triggers(back)
                if not t.spec.generic
                # (not words a speaker said: "He said the factories had been finished in the
                # very year construction began")
                and not (
                    self.language == "en"
                    and _SPEAKER_SAID.search(self.lowered, start, t.start) is not None
                )
            }
            if kinds:
                return kinds.pop() if len(kinds) == 1 else None
        return None

    def _lone_sentence_paragraph(self, index: int) -> bool:
        """Is sentence `index` a paragraph of its own (a wire's lead)?"""
        if index < 1:
            return False
        start, end = self.sentences[index]
        after = self.sentences[index + 1][0] if index + 1 < len(self.sentences) else len(self.text)
        return (
            "\n\n" in self.text[self.sentences[index - 1][1] : start]
            and "\n\n" in self.text[end:after]
        )

    def _remark_row(self, index: int) -> bool:
        """Is the row a marked remark of its own, naming no place, date or event ("📌 주간
        정리 들어갑니다.")?"""
        start, end = self.sentences[index]
        return (
            # (a marked line, not an item of the list: "- 지방공업공장 + 양곡관리소.")
            not _BULLET_ROW.match(self.text, start)
            and not self._names_a_place(index)
            and not self._dates_in(start, end)
            and bisect_left(self.trigger_starts, start) == bisect_left(self.trigger_starts, end)
        )

    def _ceremony_words_of(self, start: int, end: int, other_than: str) -> bool:
        """Does text[start:end] name a ceremony of another type in words of its own (not a
        bare "ceremony")?"""
        return any(
            not spec.generic and spec.event_type in CEREMONY_TYPES and spec.event_type != other_than
            for t_start, _t_end, spec in self._triggers_between(start, end)
        )

    def _line_cells(self, index: int) -> list[tuple[int, int]]:
        """The cells of the table line a sentence starts: to the end of its line, for a cell
        with a question mark ends the sentence ("| Kim? |")."""
        start, end = self.sentences[index]
        line_end = self.text.find("\n", end)
        return self._cells(start, len(self.text) if line_end < 0 else line_end)

    def _fixed_width_cells(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cells of a line of a table set out in fixed-width columns under a header
        ("#   County / city   Prov.   Scope   GB   KJU@GB   Opened" over a rule of dashes):
        cut where the header's columns start, so an empty cell keeps its place. None when the
        lines above give no such header."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        # (the header: the top line of the run of lines the table is, over a rule of dashes)
        header = -1
        probe = line_start
        while probe > 0:
            above_start = text.rfind("\n", 0, probe - 1) + 1
            above = text[above_start : probe - 1]
            if not above.strip() or above.lstrip().startswith("```"):
                break
            if _DASH_RULE.fullmatch(above) is not None:
                header = text.rfind("\n", 0, above_start - 1) + 1
                break
            probe = above_start
        if header < 0 or header >= line_start:
            # (the header line itself: the rule is right below it)
            below = text.find("\n", line_end + 1)
            rule = text[line_end + 1 : len(text) if below < 0 else below]
            if _DASH_RULE.fullmatch(rule) is None:
                # (or no rule: the top line of the run, whose words start where the cells of
                # the lines below start, "#  County   Prov GB   KJU OPEN" over "1  Songchon
                # SP   2024-02-28 Y   2024-12-20")
                starts = self._aligned_header(probe)
                if len(starts) < _FIXED_COLUMNS_MIN:
                    # (or out of line, as wide Korean letters put a table typed by eye:
                    # "번호  시·군      도    착공 …" over " 1   성천군     평안남도 …": each
                    # line's fields in the header's order, when every line has as many)
                    fields = [m.start() for m in _SPACED_FIELD.finditer(text, line_start, line_end)]
                    if len(fields) == self._spaced_header(probe):
                        return list(zip(fields, [*fields[1:], line_end], strict=True))
                    # (or under a legend with no blank line between: "Legend. … F = factories"
                    # over "#   KCNA / RR   Province   Start   Opened": the first line down
                    # from the top of the run that heads aligned columns)
                    starts = self._aligned_header_below(probe, line_start)
                    if len(starts) < _FIXED_COLUMNS_MIN:
                        return []
                cuts = [line_start + offset for offset in starts if line_start + offset < line_end]
                return list(zip(cuts, [*cuts[1:], line_end], strict=True))
            header = line_start
        header_end = text.find("\n", header)
        starts = [
            m.start() - header
            for m in _FIXED_COLUMN_START.finditer(text, header, header_end)
        ]
        if len(starts) < _FIXED_COLUMNS_MIN:
            return []
        if _WIDE_LETTER.search(text, header, header_end) or _WIDE_LETTER.search(
            text, line_start, line_end
        ):
            # (typed by eye with wide Korean letters two columns each: "  도      시·군    착공"
            # over "  평남    성천군   2024.2.28": the columns where the eye sees them)
            cuts = _cuts_at_columns(
                text, line_start, line_end, [_columns(text, header, header + o) for o in starts]
            )
        else:
            cuts = [line_start + offset for offset in starts if line_start + offset < line_end]
        return list(zip(cuts, [*cuts[1:], line_end], strict=True))

    def _aligned_header_below(self, top: int, line_start: int) -> list[int]:
        """The column starts of the first line from `top` down to the line at `line_start`
        that heads aligned columns (empty when none does)."""
        text = self.text
        at = text.find("\n", top) + 1
        while 0 < at <= line_start:
            starts = self._aligned_header(at)
            if len(starts) >= _FIXED_COLUMNS_MIN:
                return starts
            at = text.find("\n", at) + 1
        return []

    def _spaced_header(self, top: int) -> int:
        """How many fields, set apart by two spaces or more, the line at `top` and each of the
        lines below it have, if they all have as many (four at least) and the top line is a
        header (no digits): 0 when they are no such table."""
        text = self.text
        header_end = text.find("\n", top)
        if header_end < 0 or _DIGIT.search(text, top, header_end):
            return 0
        count = len(_SPACED_FIELD.findall(text, top, header_end))
        rows = 0
        at = header_end + 1
        while 0 < at < len(text) and rows < _ALIGNED_ROWS_CHECKED:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if not text[at:end].strip():
                break
            if len(_SPACED_FIELD.findall(text, at, end)) != count:
                return 0
            rows += 1
            at = end + 1
        return count if count >= _FIXED_COLUMNS_MIN and rows >= _ALIGNED_ROWS_MIN else 0

    def _aligned_header(self, top: int) -> list[int]:
        """Where the columns of a table set out in fixed width without a rule start, if the
        line at `top` is its header: the header's words that start where a cell starts on each
        of the lines below it (three at least). Empty when it is no such header."""
        if top in self.aligned_headers:
            return self.aligned_headers[top]
        text = self.text
        header_end = text.find("\n", top)
        header = text[top : len(text) if header_end < 0 else header_end]
        rows: list[str] = []
        at = header_end + 1
        while header_end >= 0 and 0 < at < len(text) and len(rows) < _ALIGNED_ROWS_CHECKED:
            end = text.find("\n", at)
            line = text[at : len(text) if end < 0 else end]
            if not line.strip():
                break
            rows.append(line)
            at = end + 1 if end >= 0 else len(text)
        starts: list[int] = []
        if (
            len(rows) >= _ALIGNED_ROWS_MIN
            and "  " in header
            and not _DIGIT.search(header)
        ):
            # (the first column always; the others where every line's cell starts too)
            # (or where no row's text runs across it and most rows' cells start there: a
            # blank cell, "Mar-24       07-01-25" under "Start     K  Opening", or a line
            # that ends before a last column of notes)
            starts = [
                m.start()
                for m in _WORD_START.finditer(header)
                if m.start() == 0
                or all(
                    len(row) > m.start() and row[m.start()] != " " and row[m.start() - 1] == " "
                    for row in rows
                )
                or (
                    all(len(row) <= m.start() or row[m.start() - 1] == " " for row in rows)
                    and 2 * sum(
                        len(row) > m.start() and row[m.start()] != " " for row in rows
                    ) > len(rows)
                )
            ]
        self.aligned_headers[top] = starts
        return starts

    def _cells(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the cells of a table line ("| A | B |"), or of a line of a pasted
        semicolon-separated export ("1;Hamju;S.Hamgyong;18.01.2025;N;")."""
        text = self.text
        bars = [i for i in range(start, end) if text[i] == "|"]
        separator = export_separator(text, start, end) if len(bars) < 2 else None
        if len(bars) < 2 and separator is None and "  " in text[start:end]:
            return self._fixed_width_cells(start, end)
        if separator is not None:
            # (A separator inside a quoted cell is part of it: '..., "Pak spoke, twice", ...'.)
            cuts = []
            quoted = False
            for i in range(start, end):
                if text[i] == '"':
                    quoted = not quoted
                elif text[i] == separator and not quoted:
                    cuts.append(i)
            return list(zip([start] + [c + 1 for c in cuts], cuts + [end], strict=True))
        cells = [(bars[k] + 1, bars[k + 1]) for k in range(len(bars) - 1)]
        # A table set out without bars at its edges ("2. 6. | 평양 강동군 | ... | ○"): the
        # cells before the first bar and after the last are cells too.
        if bars and text[start:bars[0]].strip():
            cells.insert(0, (start, bars[0]))
        if bars and text[bars[-1] + 1 : end].strip():
            cells.append((bars[-1] + 1, end))
        return cells

    def _table_header(self, header: list[int]) -> _TableHeader | None:
        """The columns a table's header row names an event for ("| 착공 | 준공 |"), and its
        column of the leader's attendance ("| 김정은 참석(준공) |"), if any."""
        vocab = self.vocab
        for index in header:
            cells = self._line_cells(index)
            columns: dict[int, _Trigger] = {}
            attendance: tuple[int, frozenset[str] | None] | None = None
            more: list[tuple[int, frozenset[str] | None]] = []
            remarks: set[int] = set()
            stage: int | None = None
            for column, (c_start, c_end) in enumerate(cells):
                cell = self.lowered[c_start:c_end]
                said = (
                    _COLUMN_BRACKETS.findall(cell)
                    + _COLUMN_AT.findall(cell)
                    + _COLUMN_SUFFIX.findall(cell)
                    + _COLUMN_PREFIX.findall(cell)
                )
                word = _COLUMN_TAIL.sub("", _COLUMN_BRACKETS.sub("", cell).strip()).strip()
                asked = vocab.table_attendance_header
                if asked is not None and asked.search(cell):
                    named = {
                        vocab.table_event_columns[w]
                        for w in (_COLUMN_TAIL.sub("", b.strip("()[] ")) for b in said)
                        if w in vocab.table_event_columns
                    }
                    if attendance is not None and attendance[1] is not None and named:
                        more.append(attendance)
                    attendance = (column, frozenset(named) or None)
                elif (event_type := vocab.table_event_columns.get(word)) is not None or (
                    # (a header in words of its own that tell one ceremony: "| Broken ground
                    # |", "| Date of first spade |")
                    len(word) <= _HEADER_CELL_MAX
                    and (event_type := self._cell_ceremony(c_start, c_end)) is not None
                ):
                    spec = Trigger(event_type, re.compile(re.escape(word)))
                    columns[column] = _Trigger(c_start, c_end, spec, event_type)
                elif word in vocab.table_remarks_columns or any(
                    # ("| 준공사·비고 |", "| Speaker / notes |")
                    part.strip() in vocab.table_remarks_columns
                    for part in _HEADER_PARTS.split(word)
                ):
                    remarks.add(column)
                elif _COLUMN_BRACKETS.sub("", cell).strip() in vocab.table_stage_columns:
                    # (the whole cell: "| Event date |" is a column of dates)
                    stage = column
            if columns or attendance is not None or stage is not None:
                return _TableHeader(columns, attendance, more, frozenset(remarks), stage)
        return None

    def _cell_ceremony(self, start: int, end: int) -> str | None:
        """The one ceremony a header cell's words tell, if they tell exactly one."""
        kinds = {
            t.event_type
            for t in self._triggers(start, end)
            if not t.spec.generic and t.event_type in CEREMONY_TYPES
        }
        return kinds.pop() if len(kinds) == 1 else None

    def _attendance_cell(
        self, row: int, table: _TableHeader | None, event_type: str
    ) -> bool | None:
        """The row's answer in the table's attendance column for an event of this type."""
        if table is None or table.attendance is None:
            return None
        chosen = next(
            (
                (column, types)
                for column, types in [table.attendance, *table.more_attendance]
                if types is None or event_type in types
            ),
            None,
        )
        if chosen is None:
            return None
        column, _types = chosen
        cells = self._line_cells(row)
        if column >= len(cells):
            return None
        c_start, c_end = cells[column]
        answers = self.vocab.table_attendance_answers
        said = self.lowered[c_start:c_end].strip()
        # (a mark the report's legend gives: "● 김정은 참석 / ○ 불참" makes "○" an absence)
        if said in (marks := self._attendance_marks()):
            return marks[said]
        # An answer with a note after it: "× (리히용 비서)", "no - premier spoke".
        return answers.get(said, answers.get(_CELL_ANSWER.split(said, maxsplit=1)[0]))

    def _type_by_column(self, block: list[int], table: _TableHeader) -> None:
        """A row's ceremony dated by the table's one event column is that column's event,
        whatever another cell says ("| Ground broken | Status |" over "| 27.02.25 | opened
        |": ground was broken on the 27th; the opening is undated)."""
        rows = set(block)
        for cand in self.candidates:
            if cand.sentence_index not in rows or cand.event_type not in CEREMONY_TYPES:
                continue
            cells = self._line_cells(cand.sentence_index)
            for column, trigger in table.columns.items():
                if (
                    trigger.event_type != cand.event_type
                    and column < len(cells)
                    and any(d.value == cand.date for d in self._dates_in(*cells[column]))
                ):
                    cand.event_type = trigger.event_type
                    break

    def _table_rows(self, block: list[int], table: _TableHeader) -> None:
        """Rows of a table with a column per event ("| A군 | 2024.3 | 2025.1.12 | × |"): one
        event per column the row dates, attendance from the row's answer."""
        above: dict[int, DateMention] = {}  # each column's date on the row above
        for row in block:
            r_start, r_end = self.sentences[row]
            first = bisect_left(self.county_starts, r_start)
            last = bisect_left(self.county_starts, r_end)
            cells = self._cells(r_start, r_end)
            # (the place of the row's own cells, not one a note compares it with: "| Unsan
            # County | ... | Not to be confused with Ŭnsan County (은산군) |")
            dated_from = min(
                (cells[column][0] for column in table.columns if column < len(cells)),
                default=r_end,
            )
            units = {
                c.unit.id: c.unit for c in self.counties[first:last] if c.start < dated_from
            }
            if len(units) != 1 or self.text.startswith("~~", r_start):
                continue  # (nor a row struck through: "~~Unsan | N Phyongan | …~~ DELETED")
            (unit,) = units.values()
            facilities = self._facilities(r_start, r_end)
            # (a place its note names is not the row's: "Kangdong (H+S) | … | announced 3
            # pilot hospitals (Kangdong, Kusong, Ryonggang) same day")
            self.candidates = [
                c
                for c in self.candidates
                if not (
                    c.sentence_index == row
                    and c.event_type in CEREMONY_TYPES
                    and c.unit is not None
                    and c.unit.id != unit.id
                )
            ]
            # What the row's sentence gave a column's date under another column's event (a
            # note's "Inauguration address by ..." read with the row's first date) is not so.
            typed = {
                (trig.event_type, d.value)
                for column, trig in table.columns.items()
                if column < len(cells)
                for d in self._dates_in(*cells[column])
            }
            dated = {value for _kind, value in typed}
            self.candidates = [
                c
                for c in self.candidates
                if not (
                    c.sentence_index == row
                    and c.event_type in CEREMONY_TYPES
                    and c.date in dated
                    and (c.event_type, c.date) not in typed
                )
            ]
            for column, trig in table.columns.items():
                if column >= len(cells):
                    continue
                dates = [
                    d for d in self._dates_in(*cells[column]) if d.value.precision != "year"
                ]
                if not dates and column in above and _DITTO.search(self.text, *cells[column]):
                    dates = [above[column]]  # ("| 〃 |": the date above)
                if not dates:
                    continue
                above[column] = dates[0]
                self._add(
                    row,
                    unit,
                    trig,
                    dates[0],
                    (r_start, r_end),
                    False,
                    inherited=False,
                    facilities=facilities,
                )
                answer = self._attendance_cell(row, table, trig.event_type)
                if answer is None:
                    answer = self._mark_after_date(dates[0], cells[column][1])
                if answer is not None:
                    self.candidates[-1].leader_attended = answer

    def _mark_after_date(self, mention: DateMention, cell_end: int) -> bool | None:
        """The leader's attendance marked right after a cell's date, where a legend says so
        ("After each date: Y = Kim Jong Un present; N = …" over "| 28-Feb-25 N |")."""
        if _AFTER_DATE_MARKS.search(self.text) is None:
            return None
        mark = _CELL_MARK.match(self.lowered, mention.end, cell_end)
        if mark is None:
            return None
        return self.vocab.table_attendance_answers.get(mark["mark"])

    def _commented_header(self, first_row: int) -> _TableHeader | None:
        """The header of an export given among the comment lines right above its first row
        ("# columns: row_id;county;province;event;date;KJU;…")."""
        index = first_row - 1
        while index >= 0 and index >= first_row - _COMMENT_LINES_MAX:
            if not self._on_comment_line(index):
                return None
            start, _end = self.sentences[index]
            line_start, line_end = self._line_around(start)
            if start == line_start and export_separator(self.text, line_start, line_end):
                return self._table_header([index])
            index -= 1
        return None

    def _in_change_log(self, position: int) -> bool:
        """Is `position` in a change log's entries ("Change log" over "- 20 Dec: Pukchang
        opening added", "[변경 이력] 2/3 은천·온천 행 교체 / …")? They tell edits to the record,
        not events."""
        if self._change_logs is None:
            self._change_logs = []
            label = self.vocab.change_log_label
            if label is not None and label.search(self.text) is not None:
                text = self.text
                for line in _change_log_line(label).finditer(text):
                    if line["rest"] and text[line.start() : line.end()].lstrip().startswith(
                        "# "
                    ):
                        # (a comment line of an export, "# changelog: row 7 fixed", over its
                        # rows: the line only)
                        self._change_logs.append((line.start(), line.end()))
                        continue
                    # (from the label to the first blank line after an entry)
                    entry = text.find("\n", line.end()) if not line["rest"] else line.end()
                    end = text.find("\n\n", max(entry, line.end()))
                    while end >= 0 and end + 2 < len(text) and not text[line.end() : end].strip():
                        end = text.find("\n\n", end + 2)
                    self._change_logs.append((line.start(), end if end >= 0 else len(text)))
        return any(start <= position < end for start, end in self._change_logs)

    def _column_legend_before(self, position: int) -> int | None:
        """Where the last legend line naming a table's columns before `position` ends its
        label ("Columns: " in "Columns: clip date | county | …"), if there is one."""
        if self._column_legends is None:
            self._column_legends = [m.end() for m in _COLUMNS_LEGEND.finditer(self.text)]
        before = bisect_left(self._column_legends, position)
        return self._column_legends[before - 1] if before else None

    def _legend_header(self, first_row: int) -> _TableHeader | None:
        """The header a legend line above the rows gives them ("Columns: county (KCNA) | alt.
        spelling | province | ground broken | … | inaugurated | …"), when it has as many
        cells as the first row."""
        r_start = self.sentences[first_row][0]
        named = self._column_legend_before(r_start)
        if named is None:
            return None
        if self.text.count("\n", named, r_start) > _LEGEND_HEADER_REACH:
            return None
        legend = self._sentence_of(named - 1)
        if self._numbered_under_legend(legend, first_row):
            header = self._table_header([legend])
            return _shifted(header) if header is not None else None
        if len(self._line_cells(legend)) != len(self._line_cells(first_row)):
            return None
        return self._table_header([legend])

    def _numbered_under_legend(self, legend: int, first_row: int) -> bool:
        """Do a column legend's rows open with a number in a cell it does not name
        ("Columns: site | province | … | opening | …" over "01 | Kyongsong County | …")?"""
        l_start = self.sentences[legend][0]
        return (
            _COLUMNS_LEGEND.match(self.text, self.text.rfind("\n", 0, l_start) + 1) is not None
            and _ROW_NUMBER_CELL.match(self.text, self.sentences[first_row][0]) is not None
            and len(self._line_cells(first_row)) == len(self._line_cells(legend)) + 1
        )

    def _stage_rows(self, block: list[int], table: _TableHeader) -> None:
        """Rows of a table whose stage column names each row's event ("gb;Unryul;South
        Hwanghae;F+H+S;2026-01-29;Y"): one event per row whose stage names one, dated by the
        row's first date outside its remarks, attendance from the row's answer. A row whose
        stage names no event ("excl;Sinuiju;…;greenhouse farm") keeps what its words tell."""
        if table.stage is None:
            return
        columns = self.vocab.table_event_columns
        for row in block:
            if self._struck_row(row):
                continue
            r_start, r_end = self.sentences[row]
            cells = self._line_cells(row)
            if table.stage >= len(cells):
                continue
            word = _COLUMN_TAIL.sub("", self.lowered[slice(*cells[table.stage])].strip()).strip()
            event_type = columns.get(word)
            if event_type is None and word.split(" ", 1)[0] in _SERIES_PLACES:
                # (the stage with the ceremony's place in the series: "첫 착공", "마지막 준공",
                # "first opening"; not "greenhouse farm opening")
                word = word.split(" ", 1)[1]
                event_type = columns.get(word)
            own = [
                cell
                for column, cell in enumerate(cells)
                if column != table.stage and column not in table.remarks
            ]
            units = {
                c.unit.id: c.unit
                for c in self.counties[
                    bisect_left(self.county_starts, r_start) : bisect_left(
                        self.county_starts, r_end
                    )
                ]
                if any(c_start <= c.start < c_end for c_start, c_end in own)
            }
            dates = [
                d
                for c_start, c_end in own
                for d in self._dates_in(c_start, c_end)
                if d.value.precision != "year"
            ]
            if event_type is None:
                continue
            # (what the row's words gave it is replaced by what its cells say: nothing, for a
            # row without a day or place, or one its note withdraws, "DUPLICATE of r02 - delete")
            self.candidates = [
                c
                for c in self.candidates
                if not (c.sentence_index == row and c.event_type in CEREMONY_TYPES)
            ]
            withdrawn = any(
                _WITHDRAWN_ROW.search(self.lowered, *cells[column])
                for column in table.remarks
                if column < len(cells)
            )
            if not units or not dates or withdrawn:
                continue
            spec = Trigger(event_type, re.compile(re.escape(word)))
            trig = _Trigger(cells[table.stage][0], cells[table.stage][1], spec, event_type)
            answer = self._attendance_cell(row, table, event_type)
            # (one event for each place of the row: "2026 | 착공 | 2026.2.6 | 함북 무산군, 황남
            # 송화군 | …")
            for unit in units.values():
                self._add(row, unit, trig, dates[0], (r_start, r_end), False, inherited=False)
                if answer is not None:
                    self.candidates[-1].leader_attended = answer

    def _row_items(
        self, row: int, trig: _Trigger, when: DateMention | None, facilities: set[str]
    ) -> None:
        """Items of a list line marked one by one ("▲1월 8일 숙천군(평안남도) ▲10일 은파군"):
        one event per item that names one place, dated by its own date."""
        r_start, r_end = self.sentences[row]
        text = self.text
        marks = [i for i in range(r_start, r_end) if text[i] in _ITEM_MARKS]
        if len(marks) < 2:
            # Items run on with commas or arrows ("10일 은파군(황북), 12일 경성군(함북)",
            # "16일 연탄군 → 18일 함주군"), each with its own date.
            marks = [r_start, *self._item_breaks(r_start, r_end)]
            days = {d.value for d in self._dates_in(r_start, r_end) if d.value.precision != "year"}
            if len(marks) < 2 or len(days) < 2:
                return
            when = None  # (each item dated by its own date, or by the one before it)
        last: DateMention | None = None
        for at, stop in zip(marks, [*marks[1:], r_end], strict=True):
            units = self._units_between(at, stop)
            dates = [d for d in self._dates_in(at, stop) if d.value.precision != "year"]
            # ("어제(18일)": one day, twice.)
            dates = [d for k, d in enumerate(dates) if d.value not in {e.value for e in dates[:k]}]
            if len(dates) == 1:
                last = dates[0]
            if len(units) != 1 or len(dates) > 1:
                continue
            own = dates[0] if dates else (last or when)
            self._add(
                row,
                units[0],
                trig,
                own,
                (at, stop),
                False,
                inherited=False,
                facilities=self._facilities(at, stop) | facilities,
            )

    def _quoted(self, start: int, position: int) -> bool:
        """Is `position` inside quotation marks opened after `start`?"""
        text = self.text
        straight = text.count('"', start, position)
        if straight % 2 == 1 and (ditto := _DITTO.search(text, start, position)) is not None:
            straight -= ditto.group().count('"')  # ('| 2 | " | Sinyang |': a ditto cell)
        return straight % 2 == 1 or text.count("“", start, position) > text.count(
            "”", start, position
        )

    def _item_breaks(self, start: int, end: int) -> list[int]:
        """Where the items of a run-on list line start: after each comma, semicolon or arrow
        outside brackets."""
        breaks = []
        semicolons = []
        depth = 0
        for i in range(start, end):
            char = self.text[i]
            if char in "([":
                depth += 1
            elif char in ")]":
                depth = max(0, depth - 1)
            elif depth == 0 and (
                char in _ITEM_BREAKS
                # (or a slash set apart by spaces: "1.10. 은파군 / 1.12. 경성군")
                or (char == "/" and self.text[i - 1] == " " and self.text[i + 1 : i + 2] == " ")
            ):
                breaks.append(i + 1)
                if char == ";":
                    semicolons.append(i + 1)
        # (Items set apart by semicolons keep their commas: "A-gun (Hwanghae-namdo), 7
        # January; B-gun (P'yŏngan-namdo), 8 January; ...".)
        return semicolons if len(semicolons) >= _SEMICOLON_ITEMS_MIN else breaks

    def _no_event_before(self, head: int) -> bool:
        """Does the body tell no event of a place up to sentence `head` (a plenary's decision
        does not count)?"""
        if head < 0:
            return True
        end = self.sentences[head][1]
        # (A legend's words, "N = others led the ceremony", name no place.)
        return not any(
            self.body_start <= t_start < end
            and spec.event_type != "policy_announcement"
            and self._names_a_place(self._sentence_of(t_start))
            for t_start, _t_end, spec in self.all_triggers
        )

    def _under_watch_heading(self, position: int) -> bool:
        """Is `position` on a bulleted line of a list under a heading of what is to come ("What
        to watch in the next quarter" over "- A leader visit to Ryonggang.")?"""
        watch = self.vocab.ahead_heading
        if watch is None:
            return False
        line_start, _line_end = self._line_around(position)
        if not _BULLET_ROW.match(self.text, line_start):
            return False
        while line_start > 0:
            line_start, _line_end = self._line_around(line_start - 1)
            if not _BULLET_ROW.match(self.text, line_start):
                return watch.match(self.lowered, line_start) is not None
        return False

    def _line_around(self, position: int) -> tuple[int, int]:
        """Where the line holding `position` starts and ends."""
        line_start = self.text.rfind("\n", 0, position) + 1
        line_end = self.text.find("\n", position)
        return line_start, len(self.text) if line_end < 0 else line_end

    def _date_heading(self, index: int) -> DateMention | None:
        """The day a short line of its own gives ("MON 15/12", "■ 12월 16일(화)"), if the line
        is nothing but that date and names no place."""
        if index < 0 or self._names_a_place(index):
            return None
        start, _end = self.sentences[index]
        line_start, line_end = self._line_around(start)
        if start < self.body_start or (
            line_end - line_start > _DATE_HEADING_MAX
            # (a card's label and pictographs aside: "[3/8] 🏭 12월 15일 (월) 하루에만 5곳")
            and len(_without_labels(self.text[line_start:line_end])) > _DATE_HEADING_MAX
            # (or a note in brackets: "c. 25-26 Feb (exact day not seen; one report only)")
            and len(_BRACKETED.sub("", self.text[line_start:line_end])) > _DATE_HEADING_MAX
        ):
            return None
        dates = self._dates_in(line_start, line_end)
        if dates:
            # (nothing but the date: "오늘 자 노동신문 보고 정리함." is a remark, not a heading)
            rest = self.text[line_start : dates[0].start] + self.text[dates[-1].end : line_end]
            # (marks and dashes are no words: "📌 15일(월) — 다섯 곳 동시")
            rest = _BRACKETED_LABEL.sub("", _BRACKETED.sub("", rest))
            words = [w for w in rest.split() if any(c.isalnum() for c in w)]
            if len(words) > _DATE_HEADING_REST:
                return None
        days = [d for d in dates if d.value.precision == "day"]
        if not days:
            # (A week told without its days, "📌 이번 주 초 (날짜 안 밝힘)": its month.)
            weeks = [d for d in dates if d.kind == "relative" and d.value.precision == "month"]
            # (nor the day of a report, read for its ceremonies' month: "2) 3월 7일(목)
            # 보도분 — 6개 시·군" over the line of its places)
            reported = [d for d in dates if d.relation == REPORT_DAY]
            # (nor a day marked as approximate, "c. 26 Feb": its month)
            circa = [
                d
                for d in dates
                if d.value.precision == "month" and _CIRCA_HEADING.match(self.text, line_start)
            ]
            if len(weeks) + len(reported) + len(circa) == 1:
                return (weeks or reported or circa)[0]
            return None
        # (The weekday and its date name one day: "MON 15/12".)
        return days[-1] if all(d.value == days[0].value for d in days) else None

    def _period_heading(self, index: int) -> bool:
        """Is sentence `index` a line of its own that only names a year or a month ("2024년",
        "2025년 1월", "January 2025")?"""
        if index < 0 or self._names_a_place(index):
            return False
        start, end = self.sentences[index]
        line_start, line_end = self._line_around(start)
        if line_end - line_start > _DATE_HEADING_MAX or line_end > end + 1:
            return False
        dates = self._dates_in(line_start, line_end)
        # (written out, with its year: not "This week" / "Last week", which head lists of
        # their own days)
        if not dates or any(d.value.precision == "day" or d.kind != "explicit" for d in dates):
            return False
        rest = self.text[line_start : dates[0].start] + self.text[dates[-1].end : line_end]
        # (not one that names the event of its rows: "2025 — openings")
        return len(rest.strip(" \t#*■:-")) <= _PERIOD_HEADING_REST and not self._triggers(
            line_start, line_end
        )

    def _above_period_headings(self, head: int, block: list[int]) -> int:
        """The sentence above a run of period headings and the rows under them; for verbless
        rows, the nearest row above that tells a ceremony of its own."""
        verbless = not any(
            spec.event_type in CEREMONY_TYPES and not spec.generic
            for row in block
            for _start, _end, spec in self._triggers_between(*self.sentences[row])
        )
        probe = head
        while probe > 0 and (probe in self.rows or self._period_heading(probe)):
            if verbless and probe in self.rows and any(
                t.event_type in CEREMONY_TYPES and not t.spec.generic
                for t in self._triggers(*self.sentences[probe])
            ):
                # (a row of an earlier period that tells a ceremony of its own, "- 20: Songchon
                # factories inaugurated, with Kim." under "December 2024": the verbless rows of
                # the periods below go on with it, not with a lead above it)
                return probe
            probe -= 1
        return probe

    def _heads_sub_list(self, block: list[int], index: int) -> bool:
        """Does line `index`, after a list's row that names a place, head the next group of
        rows with a day of its own ("Thursday (27th) — six counties, …")?"""
        return (
            index + 1 in self.rows
            and index in self.rows
            # (after a remark among them: "• all: regional-industry factories")
            and any(self._names_a_place(row) for row in block)
            # (a table line is a row, even one whose place is not read: "| 18/12 |
            # Cheorwon County | Gangwon-do |"; so is a pasted export's, "3,2024-08-24,VISIT,
            # (several sites),-,F,Y,ok,…")
            and not self.text.startswith("|", self.sentences[index][0])
            and export_separator(self.text, *self._line_around(self.sentences[index][0])) is None
            # (nor an item of the list, marked like its rows: "○ 2024.7월 하순 통일부, …")
            and (
                (marked := _MARKED_ITEM.match(self.text, self.sentences[index][0])) is None
                # (a section's heading marked otherwise than the rows: "■ 2025년 (지방공업공장
                # 준공식)" among "- 1.7. 재령군(김): …")
                or (
                    (row_mark := _MARKED_ITEM.match(self.text, self.sentences[block[-1]][0]))
                    is not None
                    and row_mark.group().strip() != marked.group().strip()
                    and self._event_heading(index)
                )
            )
            and (self._dated_sub_heading(index) is not None or self._event_heading(index))
        )

    def _event_heading(self, index: int) -> bool:
        """Is line `index` a short heading of its own that names the ceremony of the rows
        under it and no place ("2025 — openings" after the lines of the ground-breakings)?"""
        if index >= len(self.sentences) or self._names_a_place(index):
            return False
        start, end = self.sentences[index]
        line_start, line_end = self._line_around(start)
        return (
            line_start == start
            and line_end <= end + 1
            and end - start <= _EVENT_HEADING_MAX
            # (not a table's header row: "번호 | 시·군 | 도 | 착공 | 준공 | 김")
            and self.text.count("|", start, end) < 2
            and not _BULLET_ROW.match(self.text, start)
            and any(
                not spec.generic and spec.event_type in CEREMONY_TYPES
                for _s, _e, spec in self._triggers_between(start, end)
            )
        )

    def _dated_sub_heading(self, index: int) -> DateMention | None:
        """The day a list line that names no place opens with ("Thursday (27th) — six
        counties, speakers ..."), if it is the first sentence of its line."""
        if self._names_a_place(index):
            return None
        start, end = self.sentences[index]
        # (A bulleted line is one of the list's own: "- '25.12.9~11 전원회의에서 ...".)
        if (start > 0 and self.text[start - 1] != "\n") or _BULLET_ROW.match(self.text, start):
            return None
        # (or the day of a report, read for its ceremonies' month: "2) 3월 7일(목) 보도분 —
        # 6개 시·군")
        days = [
            d
            for d in self._dates_in(start, end)
            if d.value.precision == "day" or d.relation == REPORT_DAY
        ]
        return days[0] if days and days[0].start - start <= _SUB_HEADING_DATE_AT else None

    def _headline_trigger(self) -> _Trigger | None:
        """The headline's trigger of the report's leading ceremony ("착공 현황")."""
        if self.doc_type is None:
            return None
        end = self.body_start
        if self.dateline_start is not None:
            # (not a word of a record's fields on the dateline's line below the title: "SITE
            # LOG: … | Analyst: … | opened 2024-03-14 | last entry …" opened the log)
            line_start = self.text.rfind("\n", 0, self.dateline_start) + 1
            if line_start > 0 and "|" in self.text[line_start:end]:
                end = line_start
        return next(
            (t for t in self._triggers(0, end) if t.event_type == self.doc_type),
            None,
        )

    def _headline_lead(self) -> tuple[_Trigger, DateMention | None] | None:
        found = self._headline_trigger() or self._headline_visits()
        return (found, None) if found is not None else None

    def _theme_lead(self) -> tuple[_Trigger, DateMention | None] | None:
        """The ceremony the first sentence of the body tells of ("이번 주도 ... 준공 소식이
        이어졌다"), when the headline names none: the theme of a digest."""
        if self.doc_type is None or not self.sentences:
            return None
        first = max(0, self._sentence_of(self.body_start))
        if first >= len(self.sentences):
            return None
        found = next(
            (t for t in self._triggers(*self.sentences[first]) if t.event_type == self.doc_type),
            None,
        )
        return (found, None) if found is not None else None

    def _log_site_lines(self, told: set[int]) -> list[int]:
        """In a log of the leader's appearances, dated lines that name a place and a site and
        no event ("- 12 Sep — Ryonggang County Hospital construction site."): his visits."""
        found = []
        for index in sorted(self.rows):
            if index in told:
                continue
            start, end = self.sentences[index]
            # (the site may be told in a sentence after the place on the row's line: "- 2 Jun
            # 2025 — Kangdong. Hospital and leisure complex under construction.")
            line_end = self.sentences[self._row_end(index)][1]
            if (
                self._dated_line(start)
                and any(word in self.lowered[start:line_end] for word in _SITE_WORDS)
                and self._names_a_place(index)
                and (line_end == end or not self._line_tells_its_event(index))
            ):
                spec = Trigger("leader_visit", _ELLIPSIS)
                # (where a verb would stand: at the end in Korean, at the start in English)
                at = end - 1 if self.language == "ko" else start
                self.extra_triggers[index] = _Trigger(at, at, spec, "leader_visit")
                found.append(index)
        return found

    def _dated_line(self, start: int) -> bool:
        """Does a line of its own open with a date at `start` ("2024/11/19 - Songchon ...",
        "- 12 Feb: ...")?"""
        if start > 0 and self.text[start - 1] != "\n":
            return False
        at = bisect_left(self.date_starts, start)
        if at >= len(self.dates):
            return False
        if self.text.startswith("|", start):
            # (A table row dated in its first cells: "| 6 | 2024. 11. 19. | 평남 성천군 |".)
            second = self.text.find("|", self.text.find("|", start + 1) + 1)
            line_end = self.text.find("\n", start)
            return 0 <= self.dates[at].start < second and (line_end < 0 or second < line_end)
        if (number := _ROW_NUMBER_CELL.match(self.text, start)) is not None:
            return self.dates[at].start == number.end()  # ("11 | 2025-06-09 (Mon) | Kusong …")
        return self.dates[at].start - start <= _LINE_MARK_MAX

    def _leader_log(self) -> bool:
        """Is the report a log of the leader's appearances (its headline says so)?"""
        if self.is_leader_log is None:
            log = self.vocab.leader_log
            # (its headline, or the note that opens it: "This list records every public
            # appearance of Kim Jong Un ...")
            reach = self.body_start + _LEADER_LOG_REACH
            found = log.search(self.text, 0, reach) if log is not None else None
            self.is_leader_log = found is not None
        return self.is_leader_log

    def _headline_visits(self) -> _Trigger | None:
        """The leader's visits a headline names ("Kim Jong Un's on-site visits to 20x10
        construction sites"): what the dated lines under it tell, one visit each."""
        leader = self.vocab.leader
        if leader is None or leader.search(self.text, 0, self.body_start) is None:
            return None
        return next(
            (t for t in self._triggers(0, self.body_start) if t.event_type == "leader_visit"),
            None,
        )

    def _rows_go_on(self, index: int) -> bool:
        """Does a list go on after the line of sentence `index`, past a date heading?"""
        last = index
        while last + 1 < len(self.sentences) and "\n" not in self.text[
            self.sentences[last][1] : self.sentences[last + 1][0]
        ]:
            last += 1
        return last + 1 in self.rows or (last + 2 in self.rows and self._short_line(last + 1))

    def _section_heading(self, index: int) -> bool:
        """Is sentence `index` a bare section heading after a blank line ("Caveats", "Notes",
        "메모"), naming no ceremony, place or date? The list under it starts anew: its lead
        is not above the heading."""
        start, end = self.sentences[index]
        return (
            _BARE_HEADING.fullmatch(self.text, start, end) is not None
            and self.text.endswith("\n\n", 0, start)
            and not self._triggers(start, end)
            and not self._names_a_place(index)
        )

    def _facility_heading(self, index: int) -> bool:
        """Is sentence `index` a line of its own after a blank line that names only the
        kind of facility the lines under it are of ("Hospitals", "Regional-industry
        factories (foodstuff, daily necessities, garments), December")?"""
        start, end = self.sentences[index]
        line_start, line_end = self._line_around(start)
        title = self.text[line_start:line_end].rstrip()
        return (
            (line_start == 0 or self.text.endswith("\n\n", 0, line_start))
            and self._line_around(end)[1] == line_end
            and len(title) <= _SECTION_TITLE_MAX
            and not title.endswith((".", ":"))
            and not self._triggers(start, end)
            and not self._names_a_place(index)
            and bool(self._facilities(start, end))
        )

    def _paragraphs_told_already(self, block: list[int], head: int) -> bool:
        """Are the dated "rows" under `head` a chronology's paragraphs that told their own
        events in the sentence pass ("February 27. Six ceremonies in one day: Pukchang, …"
        after a paragraph ending "Kusong, whose three factories opened on Jan. 30, …")? A
        prose sentence above them, no lead ending in a colon, gives them no ceremony."""
        if head < 0 or head in self.rows or self._short_line(head):
            return False
        h_start, h_end = self.sentences[head]
        if self.text[h_start:h_end].rstrip().endswith(":"):
            return False
        told = {c.sentence_index for c in self.candidates}
        return all(
            row in told
            # (a paragraph: more sentences follow on the row's line)
            and row + 1 < len(self.sentences)
            and self.text.find("\n", self.sentences[row][1], self.sentences[row + 1][0]) < 0
            for row in block
        )

    def _short_line(self, index: int) -> bool:
        """Is sentence `index` a line of its own short enough to be a date heading?"""
        start, end = self.sentences[index]
        text = self.text
        return (
            end - start <= _DATE_HEADING_MAX
            and (start == 0 or text[start - 1] == "\n")
            and (end == len(text) or text[end] == "\n")
        )

    def _remark_before_rows(self, index: int) -> bool:
        """Is sentence `index` a remark line between a list's groups ("👉 전부 공장. 김정은
        ❌" before "🔹 26일(수)" and its lines): a line of its own that names no place and
        tells no event, with the list going on right after it?"""
        count = len(self.sentences)
        if index >= count or index in self.rows:
            return False
        text = self.text
        last = index
        while True:
            start, end = self.sentences[last]
            # (read before the places are: the gazetteer on the sentence itself)
            if self._triggers(start, end) or any(
                getattr(p, "kind", "unit") == "unit" for p in self.gazetteer.find(text[start:end])
            ):
                return False
            if last + 1 >= count or "\n" in text[end : self.sentences[last + 1][0]]:
                break
            last += 1
            if last - index >= _REMARK_SENTENCES_MAX:
                return False
        return last + 1 in self.rows

    def _heading_line(self, index: int, longest: int = _DATE_HEADING_MAX) -> bool:
        """Does sentence `index` end a short line without a full stop ("Ⅲ. 김정은 현지 방문
        (준공식 외)"): a heading?"""
        start, end = self.sentences[index]
        text = self.text
        line_start = self._line_around(start)[0]
        line_end = self._line_around(end)[1]
        line = text[line_start:line_end].rstrip()
        return (
            len(line) <= longest
            and not text[end:line_end].strip()
            and not line.endswith(".")
        )

    def _row_lines(self) -> set[int]:
        """The sentences on the lines of list rows."""
        if self.row_lines is None:
            self.row_lines = {
                i for row in self.rows for i in range(row, self._row_end(row) + 1)
            }
        return self.row_lines

    def _row_end(self, row: int) -> int:
        """The last sentence on the line of list row `row`."""
        line_end = self.text.find("\n", self.sentences[row][0])
        if line_end < 0:
            return len(self.sentences) - 1
        last = row
        while last + 1 < len(self.sentences) and self.sentences[last + 1][0] < line_end:
            last += 1
        return last

    def _row_line_ceremony(self, row: int) -> _Trigger | None:
        """The ceremony a list row's own line tells, in the row or a sentence after it on the
        line ("29 January — Unryul County. The first ground-breaking of the year, …")."""
        for index in range(row, self._row_end(row) + 1):
            for trig in self._triggers(*self.sentences[index]):
                if not trig.spec.generic and trig.event_type in CEREMONY_TYPES:
                    return trig
        return None

    def _cited_titles_told_again(self) -> None:
        """An event read from a cited item's title and its day of publication ('1. KCNA,
        "Kim Jong Un attends ground-breaking of Kangdong County Hospital", 7 Feb 2025.') gives
        way to the same place's same event told with a day of its own ("Note: ceremony on the
        previous day, i.e. 6 Feb, …")."""
        if '"' not in self.text or len(self.candidates) < 2:
            return
        cited = [
            cand
            for cand in self.candidates
            if _CITED_TITLE_LINE.fullmatch(
                self.text, *self._line_around(self.sentences[cand.sentence_index][0])
            )
        ]
        if not cited:
            return
        cited_ids = {id(cand) for cand in cited}
        dropped = {
            id(cand)
            for cand in cited
            if cand.unit is not None
            and any(
                id(other) not in cited_ids
                and other.unit is not None
                and other.unit.id == cand.unit.id
                and other.event_type == cand.event_type
                and other.date is not None
                and other.date != cand.date
                for other in self.candidates
            )
        }
        self.candidates = [c for c in self.candidates if id(c) not in dropped]

    def _stamps_of_undated_reports(self) -> None:
        """Events of a log entry that says its report gave no day keep the month of the
        entry's stamp only ("2024-03-07 | KCNA: ground broken at six more sites — A, B, …
        Ceremonies held earlier this month, no day(s) given.")."""
        pattern = self.vocab.day_not_given
        if pattern is None or not self.candidates:
            return
        for cand in self.candidates:
            date = cand.date
            if date is None or date.day is None:
                continue
            line_start, line_end = self._line_around(self.sentences[cand.sentence_index][0])
            stamp = _ENTRY_STAMP.match(self.text, line_start)
            month = ResolvedDate(date.year, date.month)
            if stamp is None:
                # (a sentence that gives the month and says the day was not seen: "Late
                # February, day not seen (relayed by a foreign outlet on the 26th): gb Sinyang …")
                # (not "Yomju on 27 February, … Jongphyong in late February (no day given)":
                # the words come before the day they deny)
                s_start, s_end = self.sentences[cand.sentence_index]
                told = self._dates_in(s_start, s_end)
                if any(d.value == month for d in told) and any(
                    pattern.search(self.lowered, s_start, d.start) is not None
                    for d in told
                    if d.value == date
                ):
                    cand.date = month
                continue
            after_stamp = self._dates_in(stamp.end(), line_end)
            if (
                pattern.search(self.lowered, stamp.end(), line_end) is None
                # (or the entry gives their month itself: "Ceremonies this month, …")
                and all(d.value != month for d in after_stamp)
            ) or any(d.value == date for d in after_stamp):
                continue  # (nor when the day is said again after the stamp: "… on 28 Feb.")
            cand.date = month

    def _log_entries_alike(self, above: int, row: int) -> bool:
        """Do sentences `above` and `row` open lines stamped alike, as a log's entries are
        ("2024-02-29 | KCNA/Rodong: first ground-breaking at …" over "2024-03-05 | Daily NK:
        …")?"""
        stamps = []
        for index in (above, row):
            line_start = self.text.rfind("\n", 0, self.sentences[index][0]) + 1
            stamp = _ENTRY_STAMP.match(self.text, line_start)
            if stamp is None:
                return False
            stamps.append(_DIGIT.sub("0", stamp.group()))
        return stamps[0] == stamps[1]

    def _own_place_day(self, index: int, day: DateMention) -> bool:
        """Is `day` written right after a place sentence `index` names, as that place's own
        ("in Songchon County, South Phyongan Province, on February 28")?"""
        return any(
            0 <= day.start - c.end <= _OWN_PLACE_DAY_REACH
            for c in self._counties_in(*self.sentences[index])
        )

    def _rows_shared_ceremony(self, block: list[int]) -> tuple[_Trigger, list[int]] | None:
        """The one ceremony that the lines of a list that name one all name, two lines at
        least (and a list of three at least), with the lines it is the ceremony of: those
        that name it and those no more than their dates, places and what is built there
        (not a log's notes, "2024-11-08 [IMG] Tongsin: scaffolding down; yard being
        paved.")."""
        if len(block) < _SHARED_CEREMONY_ROWS_MIN + 1:
            return None
        triggers = {row: self._triggers(*self.sentences[row]) for row in block}
        told = [trig for row in block for trig in triggers[row] if not trig.spec.generic]
        kinds = {t.event_type for t in told}
        if len(told) < _SHARED_CEREMONY_ROWS_MIN or len(kinds) != 1 or kinds - CEREMONY_TYPES:
            return None
        rows = [
            row
            for row in block
            if triggers[row] or self._only_places(*self.sentences[row], dated=True, built=True)
        ]
        return told[0], rows

    def _planned_row(self, start: int, end: int) -> bool:
        """Does a list line say its sites' ceremonies are still to come ("- Still pending this
        month: A, B", "- A, B: ceremonies not yet reported")? (Not a namesake told apart:
        "06  Unchon  S Hwanghae  14/01  ≠ Onchon".)"""
        planned = self.vocab.planned_row
        plan = planned.search(self.lowered, start, end) if planned is not None else None
        return plan is not None and plan.group() != "≠"

    def _clip_header_day(self, mention: DateMention) -> bool:
        """Is `mention` the day a digest's numbered item header gives ("[1] KCNA, 30 Jan 2026,
        06:14 – …"), on the header's own line?"""
        for header, _at, day in self.dated_parts:
            if header <= mention.start and day is not None and mention.value.as_date() == day:
                line_end = self.text.find("\n", header)
                if (
                    (line_end < 0 or mention.start < line_end)
                    and (found := _CLIP_HEADER.match(self.text, header)) is not None
                    and found["eclip"]
                ):
                    return True
        return False

    def _told_after_on_line(self, row: int) -> bool:
        """Does a sentence after list row `row` on its line tell the row's event, undated
        ("- 19 Nov 2024 — Songchon. Inspection of the factories under construction.")? (Not
        one with a date of its own: "Kim had visited the site in October.")"""
        return any(
            any(not t.spec.generic for t in self._triggers(*self.sentences[i]))
            and not self._dates_in(*self.sentences[i])
            for i in range(row + 1, self._row_end(row) + 1)
        )

    def _line_tells_its_event(self, row: int) -> bool:
        """Do the sentences after list row `row` on its own line hold a trigger?"""
        return any(
            self._triggers(*self.sentences[i]) for i in range(row + 1, self._row_end(row) + 1)
        )

    def _continues_row(self, index: int) -> bool:
        """Is sentence `index` more of a list row's own line, with another row after it
        ("- A (X Province): Jan. 24. Kim had visited the site in October.")?"""
        if index in self.rows or index >= len(self.sentences):
            return False
        text, sentences = self.text, self.sentences
        line_start = text.rfind("\n", 0, sentences[index][0]) + 1
        row = index - 1
        while row >= 0 and row not in self.rows and sentences[row][0] >= line_start:
            row -= 1
        if row < 0 or row not in self.rows or sentences[row][0] < line_start:
            return False
        ahead = index + 1
        while (
            ahead < len(sentences)
            and ahead not in self.rows
            and text.find("\n", line_start, sentences[ahead][0]) < 0
        ):
            ahead += 1
        return ahead in self.rows

    def _names_a_place(self, index: int) -> bool:
        return self._names_county(*self.sentences[index])

    def _looks_back_past(self, s_start: int, trig: _Trigger, county: _County) -> bool:
        """Is the trigger in a relative look-back clause before `county` ("A, where he had
        broken ground ..., and B")?"""
        return trig.start < county.start and self._in_relative_look_back(s_start, trig.start)

    def _concession_with_event(self, s_start: int, s_end: int) -> bool:
        """Does the sentence hold a concession that tells an event of its own ("..., even though
        he had toured the site on Dec. 3")? Not one that only qualifies ("..., though state
        media did not give exact dates for those ceremonies")."""
        found = CONCESSIVE_EN.search(self.text, s_start, s_end)
        if found is None:
            return False
        first = bisect_left(self.trigger_starts, found.end())
        last = bisect_left(self.trigger_starts, s_end)
        return any(not spec.generic for _start, _end, spec in self.all_triggers[first:last])

    def _look_back_date(
        self, s_start: int, trig: _Trigger, dates: list[DateMention]
    ) -> DateMention | None:
        """The date right after a trigger in a relative look-back clause, its own."""
        if self.language != "en" or not self._in_relative_look_back(s_start, trig.start):
            return None
        return next(
            (
                d
                for d in dates
                if 0 <= d.start - trig.end <= _LOOK_BACK_DATE_REACH
                and d.value.precision != "year"
                and not any(c in self.text[trig.end : d.start] for c in ",;")
            ),
            None,
        )

    def _ceremony_still_to_come(self, trig: _Trigger, end: int) -> bool:
        """Is the ceremony timed in its own clause by a time still ahead ("Inauguration
        ceremonies for the factories in A and in B are to be held in the coming days", "A's
        own ceremony is set for later this week")? A day told between is its own time
        ("Ground was broken in late February, and their openings are expected later this
        month")."""
        if trig.event_type not in CEREMONY_TYPES and not trig.spec.generic:
            return False
        ahead = _TIME_AHEAD.search(self.lowered, trig.end, min(end, trig.end + _TIME_AHEAD_REACH))
        if ahead is None:
            return False
        between = self.lowered[trig.end : ahead.start()]
        return not (
            self._dates_in(trig.end, ahead.start())
            or ";" in between
            or ", and " in between
            or ", but " in between
        )

    def _reference_point(self, start: int, position: int) -> bool:
        """Is the trigger at `position` a point that time is counted from ("within a year of
        the first ground-breaking", "from first spade to ribbon")?"""
        window_start = max(start, position - _REFERENCE_POINT_REACH)
        if _REFERENCE_POINT.search(self.lowered, window_start, position) is not None:
            return True
        return _SPAN_AFTER_ACT.search(self.lowered, window_start, position) is not None and not (
            self._dates_in(position, self.sentences[self._sentence_of(position)][1])
        )

    def _without_earlier_stages(self, triggers: list[_Trigger]) -> list[_Trigger]:
        """Korean ceremonies in the adnominal form that qualify the noun of the sentence's own
        ceremony ("이천군에서는 지난해에 착공한 지방공업공장들이 준공되였다": the factories
        opened; their ground-breaking is background)."""
        text = self.text
        kept = []
        for trig in triggers:
            if trig.event_type in CEREMONY_TYPES and text[trig.end - 1] in "한된" and any(
                later.start > trig.end
                and later.event_type in CEREMONY_TYPES
                and later.event_type != trig.event_type
                and _KO_EARLIER_STAGE.fullmatch(text, trig.end, later.start)
                for later in triggers
            ):
                continue
            kept.append(trig)
        return kept

    def _in_relative_look_back(self, start: int, position: int) -> bool:
        """Is `position` in a relative clause in the past perfect ("..., where he had also
        broken the first ground on 28 February")?"""
        if self.language != "en":
            return False
        clause = max(self.text.rfind(",", start, position), start)
        return _RELATIVE_LOOK_BACK.search(self.text, clause, position) is not None

    def _generic_caption_date(self, index: int) -> DateMention | None:
        """The one day a sentence with a bare ceremony word gives ("The following ceremonies
        were held on Thursday."), if it names no place."""
        start, end = self.sentences[index]
        if self._names_a_place(index) or not any(
            t.spec.generic for t in self._triggers(start, end)
        ):
            return None
        days = [d for d in self._dates_in(start, end) if d.value.precision == "day"]
        return days[0] if len(days) == 1 else None

    def _first_of_numbered_items(self, start: int) -> bool:
        """Does a numbered item open at `start` ("1. …") with the next one on the next line
        ("2. …")? Then it is one of a list's items, not the lead of the others."""
        number = _ITEM_NUMBER.match(self.text, start)
        if number is None or (start > 0 and self.text[start - 1] != "\n"):
            return False
        line_end = self.text.find("\n", start)
        if line_end < 0:
            return False
        following = _NEXT_LINE_ITEM.match(self.text, line_end)
        return following is not None and int(following[1]) == int(number[1]) + 1

    def _list_lead(
        self, head: int, dated_rows: bool = False
    ) -> tuple[_Trigger, DateMention | None] | None:
        """The ceremony a list's lead names (its own trigger, else the report's leading
        ceremony when the lead ends with a colon) and the lead's date, if any."""
        h_start, h_end = self.sentences[head]
        if self._first_of_numbered_items(h_start):
            return None  # ("1. Songchon … broke ground …" over "2. The Unsan row is …")
        if _NOT_LISTED.search(self.lowered, h_start, h_end):
            return None  # ("All ground-breakings took place in March and are not listed here.")
        colon = self.text[h_start:h_end].rstrip().endswith(":")
        # (a line's own start, for words quoted on it: '"성천군 착공 이후 1년 안에 …"고 언급')
        line_start = self.text.rfind("\n", 0, h_start) + 1
        triggers = [
            t
            for t in self._triggers(h_start, h_end)
            if not self._quoted(line_start, t.start)
            and (
                t.event_type in CEREMONY_TYPES | {"production_start"}
                # ("Leader visits (KJU on site):" over dated lines of places: his visits; so
                # does a heading, "김정은 현지 방문(준공식 외)".)
                or (
                    t.event_type == "leader_visit"
                    and (
                        colon
                        or self._heading_line(head)
                        # (a numbered section's title over a table: "2. Leader's site visits
                        # in 2025 (to date)")
                        or (
                            NUMBERED_ITEM.match(self.text, h_start) is not None
                            and self._heading_line(head, longest=_SECTION_TITLE_MAX)
                        )
                    )
                    and dated_rows
                )
                # ("Site inspections (no ceremony)" over dated lines, in a log of his
                # appearances: his visits)
                # (or, led with a colon by his name: "Kim also made a series of on-site
                # inspections that were not ceremonies:")
                or (
                    t.spec.by_leader == "leader_visit"
                    and dated_rows
                    and (
                        (
                            self._leader_log()
                            and (colon or self._heading_line(head, longest=_SECTION_TITLE_MAX))
                        )
                        or (colon and self._leader_in(head))
                    )
                )
            )
            and not t.spec.generic
        ]
        triggers = [
            _Trigger(t.start, t.end, t.spec, "leader_visit")
            if t.spec.by_leader == "leader_visit"
            else t
            for t in triggers
        ]
        if (
            not triggers
            and colon
            and self.doc_type is None
            and _COUNT_LEAD.search(self.lowered, h_start, h_end)
            and (theme := self._theme()) is not None
        ):
            # ("**Thu 27 Feb.** Six at once:", "Another six, per VOK:" over lines of places, in
            # a log of the ceremonies its opening names: those ceremonies, on the line's day)
            kind, at = theme
            days = [d for d in self._dates_in(line_start, h_end) if d.value.precision == "day"]
            return _Trigger(at, at, Trigger(kind, _ELLIPSIS), kind), days[-1] if days else None
        if not triggers and colon and not dated_rows and self.doc_type is None:
            # ("03.02 — three ceremonies, CC secretary Ri Hi Yong at all three:" over lines of
            # places, in a log whose headline names none: the ceremonies just told of)
            bare = next((t for t in self._triggers(h_start, h_end) if t.spec.generic), None)
            kind = self._ceremony_before() if bare is not None else None
            if bare is not None and kind is not None:
                triggers = [_Trigger(bare.start, bare.end, bare.spec, kind)]
        if not triggers and dated_rows and _LETTERED_HEADING.fullmatch(self.text, h_start, h_end):
            # ("B. Openings" over a table of dated lines: the events the section is of)
            themes = self.vocab.report_themes
            told = themes.search(self.lowered, h_start, h_end) if themes is not None else None
            if told is not None and told.lastgroup is not None:
                kind = told.lastgroup
                return _Trigger(told.start(), told.start(), Trigger(kind, _ELLIPSIS), kind), None
        if not triggers:
            generic = [t for t in self._triggers(h_start, h_end) if t.spec.generic]
            # "Delegations came from:" lists no ceremony's places; "The ceremonies took
            # place in:" does, and so does "For the record, the ones he skipped:" after a
            # sentence about the openings.
            sites = self.vocab.list_of_sites
            of_sites = sites is not None and sites.search(self.lowered, h_start, h_end)
            if self.doc_type is None and dated_rows:
                # "Openings logged this week ... Recap:" or "our record of the openings we
                # could date." over dated lines: the events the report names as its subject,
                # in a plural noun near its top.
                theme = self._theme()
                if theme is None and generic and colon:
                    # ("A chronology of the February ceremonies:" after "The ground-breaking
                    # ceremonies of February 2025 show ...": the ceremonies just named)
                    named = [
                        t
                        for before in range(head - 1, max(-1, head - 1 - _LEAD_SENTENCES_BACK), -1)
                        for t in self._triggers(*self.sentences[before])
                        if t.event_type in CEREMONY_TYPES and not t.spec.generic
                    ]
                    if len({t.event_type for t in named}) == 1:
                        return named[0], None
                if (
                    theme is None
                    and generic
                    and _LIVE_ENTRY.match(self.text, line_start)
                    and (kind := self._ceremony_before()) is not None
                ):
                    # ("09:40 — RECAP. Every December ceremony we could source." over dated
                    # lines, on a live page whose entries told of openings: those ceremonies)
                    return _Trigger(generic[0].start, generic[0].end, generic[0].spec, kind), None
                if theme is None:
                    return None
                kind, at = theme
                return _Trigger(at, at, Trigger(kind, _ELLIPSIS), kind), None
            # ("None of the other ceremonies listed below was attended by Kim." over dated
            # lines: a bare ceremony word leads them without a colon too.)
            # (nor does a section's heading over dated lines, "Hospitals" over "- Kangdong
            # County Hospital (Pyongyang) — Nov. 19 — Kim Jong Un", in a report of openings)
            if self.doc_type is None or not (
                ((generic or of_sites or dated_rows) and colon)
                or (dated_rows and (generic or self._facility_heading(head)))
            ):
                return None
            # The lead sentence before a bare "took place in:" carries the ceremony's trigger.
            found = None
            for before in range(head, -1, -1):
                b_start, b_end = self.sentences[before]
                found = next(
                    (t for t in self._triggers(b_start, b_end) if t.event_type == self.doc_type),
                    None,
                )
                if (
                    found is not None
                    and not dated_rows
                    and before > 0
                    and b_start > self.body_start
                    and any(
                        self._own_place_day(before, d) for d in self._dates_in(b_start, b_end)
                    )
                ):
                    # (not a sentence of one place's own ceremony and day, "Following the
                    # first ceremony in Songchon County … on February 28, …", over the lead
                    # that tells the list's, "… took place in the first ten days of March in
                    # thirteen more cities and counties")
                    found = None
                    continue
                if found is not None or b_end <= self.body_start:
                    break
            if found is None and dated_rows:
                # "February's ground-breakings" over "In order:" and dated lines: the headline.
                found = self._headline_trigger()
            if found is None:
                return None
            triggers = [found]
        trig = triggers[0]
        if self.lowered.startswith(("after ", "following "), h_start):
            # ("After the ground-breaking in A on February 28 ..., ground was broken in the
            # first ten days of March in thirteen more counties. They are:": the main clause's)
            trig = triggers[-1]
        if len({t.event_type for t in triggers}) > 1:
            # "지난해 착공한 공장들의 준공 소식이 이어졌다": Korean ends on its main event; the
            # others qualify its nouns.
            # (A table header naming both, "| 착공 | 준공 |", gives each row two events.)
            if self.language != "ko" or head in self.rows:
                return None
            trig = triggers[-1]
        # The lead's date: its own, else the date the text gave that ceremony just before.
        lead_index = self._sentence_of(trig.start)
        lead_dates = self._dates_in(*self.sentences[lead_index])
        when = self._nearest(trig.start, trig.end, lead_dates)
        if self.language == "en":
            # (English dates its verb after it, in its clause: "…, on February 28, ground was
            # broken in the first ten days of March …")
            after = next(
                (
                    d
                    for d in lead_dates
                    if d.start >= trig.end
                    and d.value.precision != "year"
                    and not any(mark in self.text[trig.end : d.start] for mark in ",;")
                ),
                None,
            )
            when = after or when
        sites = self.vocab.list_of_sites
        lead_start, lead_end = self.sentences[lead_index]
        if (
            when is None
            and lead_index > 0
            and (
                (sites is not None and sites.search(self.lowered, lead_start, lead_end))
                # ("2024년 3월 상순에 아래 19개 시·군에서 착공식이 열렸다. 착공식마다 …
                # 참석했으며 …" over the list: the ceremonies just dated)
                or not self.text[lead_start : trig.start].strip()
            )
        ):
            # "27일 여러 군들에서 ... 착공식이 진행되였다. 착공식이 진행된 곳은 다음과 같다:"
            p_start, p_end = self.sentences[lead_index - 1]
            told = [
                t for t in self._triggers(p_start, p_end) if t.event_type == trig.event_type
            ]
            if told:
                when = self._nearest(told[0].start, told[0].end, self._dates_in(p_start, p_end))
        return trig, when

    def _theme(self) -> tuple[str, int] | None:
        """The ceremony a report without one in its headline is about, from a plural noun in
        its headline or first lines ("Running count of openings", "2024 ground-breakings")."""
        themes = self.vocab.report_themes
        if themes is None:
            return None
        found = themes.search(self.lowered, 0, self.body_start + _THEME_REACH)
        if found is None:
            return None
        kind = next(k for k, v in found.groupdict().items() if v is not None)
        return kind, found.start()

    def _collect_attendance(self) -> None:
        seen: set[int] = set()
        for position in self.attendance_positions:
            index = self._sentence_of(position)
            if index < 0 or index in seen:
                continue
            seen.add(index)
            start, end = self.sentences[index]
            leader = self._leader_in(index)
            if leader:
                # The leader attended where the clause of the attendance word says: "Kim
                # attended the ceremony in A", "A군 ... 준공식에 참석하시여"; not B named later
                # in the sentence ("..., calling on B to follow suit").
                start, end = self._attendance_reach(start, end, position)
            first = bisect_left(self.county_starts, start)
            last = bisect_left(self.county_starts, end)
            units = {c.unit.id for c in self.counties[first:last]}
            self.attendance_sentences.append((index, leader, units))
        # Someone else named performing the ceremony ("Premier Pak Thae Song cut the ribbon")
        # was there; the leader performing it is read from the ceremony's own clause.
        for t_start, _t_end, spec in self.all_triggers:
            if not spec.action or t_start < self.body_start:
                continue
            index = self._sentence_of(t_start)
            if index < 0 or index in seen:
                continue
            seen.add(index)
            if self._actor(index) is False:
                start, end = self.sentences[index]
                first = bisect_left(self.county_starts, start)
                last = bisect_left(self.county_starts, end)
                units = {c.unit.id for c in self.counties[first:last]}
                self.attendance_sentences.append((index, False, units))
        self.attendance_sentences.sort(key=lambda item: item[0])

    def _sentence(self, index: int, start: int, end: int) -> None:
        text = self.text
        vocab = self.vocab
        leader = self._leader_in(index)
        first = bisect_left(self.county_starts, start)
        last = bisect_left(self.county_starts, end)
        counties = self.counties[first:last]
        units = {c.unit.id for c in counties}
        sentence = text[start:end]
        if self._tells_other_campaign(start, end):
            self.excluded.add(index)
            return
        if vocab.south_korea_sentence and vocab.south_korea_sentence.search(sentence):
            self.excluded.add(index)
            return
        if self._retracted(sentence) or self._in_cancelled_entry(start) or self._struck_row(index):
            self.excluded.add(index)
            return
        if self._under_watch_heading(start):
            self.excluded.add(index)
            return  # ("4. What to watch in the next quarter" over "- A leader visit to Ryonggang.")
        untold = vocab.untold_row
        if index in self.rows and untold is not None and untold.search(self.lowered, start, end):
            return  # ("- Pukchang, Cholwon: ceremonies not yet reported; watch 18-19 Dec.")
        legend = vocab.date_legend
        if not units and legend is not None and legend.match(self.lowered, start, end):
            # "(a) All dates are those of the ceremonies, not ...": no place's event (it may
            # still name the ceremony of the list below it: "Dates are ceremony dates.")
            self.legend_sentences.add(index)
        # Facilities of another campaign (a greenhouse farm) named in the sentence.
        farms = list(vocab.out_soft.finditer(sentence)) if vocab.out_soft else []
        site_only = False
        if (
            farms
            and len(units) <= 1
            and not (vocab.in_scope and vocab.in_scope.search(sentence))
        ):
            if not self._other_campaign_is_a_site(sentence, farms):
                self.excluded.add(index)
                return
            site_only = True

        triggers = self._triggers(start, end)
        if (
            start >= self.body_start
            and vocab.imagery_sentence
            and (seen := vocab.imagery_sentence.search(sentence)) is not None
        ):
            # ("Commercial imagery … shows the compounds structurally complete", "Based on
            # imagery alone, we assess … that exterior work … is complete": an assessment of
            # the works after it, no event; what the sentence told before it stays, "The
            # factories were inaugurated on January 30, and imagery from mid-February shows …")
            triggers = [
                t
                for t in triggers
                if t.event_type not in _SEEN_FROM_ABOVE or t.start < start + seen.start()
            ]
            if not triggers:
                return
        if self.language == "en" and any(t.spec.generic for t in triggers):
            # ("Monday's batch covered A …", "The first batch, reported by KCNA on March 7,
            # covered …", "The 13 sites named on Monday were …": the day of the report that
            # listed them, not of their ceremonies)
            for listed in _LISTED_ON.finditer(self.lowered, start, end):
                self.ignored_dates.update(d.start for d in self._dates_in(*listed.span()))
        if self.language == "en" and self.lowered.find("not the ", start, end) >= 0:
            # "... in Unsan County, S. Phyongan (은산; not the Unsan of N. Phyongan, whose
            # factories opened on 7 Feb)": what the aside tells is the namesake's, not the
            # sentence's.
            for aside in _NAMESAKE_ASIDE.finditer(self.lowered, start, end):
                self.ignored_dates.update(d.start for d in self._dates_in(*aside.span()))
                triggers = [t for t in triggers if not aside.start() <= t.start < aside.end()]
        if self.language == "ko" and len(triggers) > 1:
            triggers = self._without_earlier_stages(triggers)
        if self.language == "en" and triggers:
            # ("ten months from first spade to ribbon", "within a year of the first
            # ground-breaking": a point time is counted from, no event of the sentence's)
            triggers = [
                t
                for t in triggers
                if not self._reference_point(start, t.start)
                # ("The opening came days after a plenary meeting, which ended on Thursday,
                # …": the opening told already, timed by another event)
                # (but "The ceremony came a day after a similar event in A" tells A's)
                and not (
                    _CAME_AFTER.match(self.lowered, t.end) is not None
                    and not self._units_between(start, end)
                )
                and not self._ceremony_still_to_come(t, end)
            ]
        elif triggers:
            # ("성천 착공 후 1년 안에", "준공식 다음날인 12일부터", "착공으로부터 280일만에": a
            # point time is counted from; not one the sentence dates, "지난 2월 27일 착공한 이후
            # 10개월 만에")
            triggers = [
                t
                for t in triggers
                if _KO_COUNTED_FROM.match(self.text, t.end) is None
                or self.text[t.end - 1] not in "공식"  # (a noun: "착공", "준공식")
                or self._dates_in(max(start, t.start - _KO_COUNTED_FROM_DATED), t.start)
            ]
        if len(triggers) > 1 and any(t.spec.generic for t in triggers):
            # ("after the ceremony KJU also went round the aquaculture base": a tour that is
            # part of the ceremony told, no visit of its own)
            triggers = [
                t
                for t in triggers
                if not (
                    t.event_type == "leader_visit"
                    and self.lowered.endswith("also ", max(0, t.start - 5), t.start)
                )
            ]
        # (A look back in a relative clause, "..., where he had also broken the first ground",
        # does not say what the sentence's ceremonies were.)
        types = {
            t.event_type
            for t in triggers
            if not t.spec.generic and not self._in_relative_look_back(start, t.start)
        }
        has_ceremony = bool(types & (CEREMONY_TYPES | {"production_start"}))
        valid: list[_Trigger] = []
        for trig in triggers:
            spec = trig.spec
            if spec.generic:
                if _NOT_BEFORE.search(self.lowered, max(start, trig.start - 6), trig.start):
                    continue  # ("These are visits, not ceremonies")
                if self._ceremony_as_setting(trig, triggers, start, end):
                    continue
                # ("a string of such ceremonies": the ones the report is about)
                such = self.lowered.endswith(_SUCH, max(start, trig.start - 9), trig.start)
                # ("… 착공식이 진행됐다고 보도했습니다. ¶ 통신이 소개한 곳은 A군, B군 등입니다":
                # the places of the ceremonies the paragraph before told)
                pointing_back = (
                    self.text.startswith("곳", trig.start)
                    if self.language == "ko"
                    # (a wire's paragraph of one sentence: "North Korea held groundbreaking
                    # ceremonies … in three areas on Tuesday. ¶ Ceremonies took place in A, B
                    # and …": the places of the lead's ceremonies)
                    else (
                        trig.start == start
                        or (trig.start == start + 4 and self.lowered.startswith("the ", start))
                    )
                    and self._lone_sentence_paragraph(index - 1)
                )
                kind = (
                    None
                    if has_ceremony
                    else (
                        None
                        if such
                        else self._ceremony_just_named(index, across=pointing_back)
                    )
                    or self.doc_type
                    or self._ceremony_before()
                )
                # ("A similar ceremony was held on Saturday in B, where ... the first
                # ground-breaking": more of the ceremony just told.)
                if _SIMILAR_BEFORE.search(self.lowered, max(start, trig.start - 10), trig.start):
                    kind = self.doc_type or self._ceremony_before()
                if kind is None:
                    if not has_ceremony:
                        # "Last Tuesday there were three ceremonies.": the day of the ones
                        # the next sentence names ("In A and in B, ground was broken").
                        days = {
                            d.value
                            for d in self._dates_in(start, end)
                            if d.value.precision != "year"
                        }
                        if len(days) == 1:
                            self.ceremony_days[index] = days.pop()
                    continue
                trig.event_type = kind
            if spec.continuation:
                # "A broke ground on Feb. 6; B followed on Feb. 26": the sentence's own event
                # before it, else the last one found.
                told = [
                    t.event_type
                    for t in triggers
                    if t.start < trig.start
                    and not t.spec.generic
                    and not t.spec.continuation
                    # (not a leader's visit or speech: those need him named, as their own
                    # words do)
                    and t.event_type in CEREMONY_TYPES | {"production_start"}
                ]
                if told:
                    trig.event_type = told[-1]
                elif spec.pattern is _ELLIPSIS:
                    pass  # (one read into a sentence without a verb has its type already)
                elif self.candidates:
                    # A sequence of ceremonies goes on past an aside about a visit ("... Kim had
                    # visited Kujang in October. Tongsin followed on 5 February."), and past a
                    # look back ("..., a 2024 county whose factories opened on 29 January. On
                    # 27 February six counties followed:"): the ceremony told nearest its day.
                    days = [d.value for d in self._dates_in(start, end) if d.value.day]
                    trig.event_type = (
                        self._ceremony_before(days[0] if days else None)
                        or self.candidates[-1].event_type
                    )
                elif self.doc_type is not None:
                    # ("North Korea has held inauguration ceremonies at nine of the 20 sites
                    # ... The latest were in A on Monday and in B on Saturday": the ceremonies
                    # the report is about, told without a place before)
                    trig.event_type = self.doc_type
                else:
                    continue
            if spec.by_leader and (leader or self._leader_visits_before(index, trig.end, end)):
                trig.event_type = spec.by_leader
            if spec.with_ceremony and self._ceremony_without_opening():
                trig.event_type = spec.with_ceremony
            if spec.leader and not (
                leader
                or self._leader_just_before(trig.start, start)
                or self._carried_leader(index)
                or self._on_site_visit_noted(index, trig)
                or self._leader_later_on_dated_line(index)
            ):
                continue
            if trig.event_type == "leader_visit" and has_ceremony and self._ceremony_alongside(
                trig, triggers, start, end
            ):
                continue
            valid.append(trig)
        if self.language == "en" and ", which " in self.lowered[start:end]:
            # "Kim visited the factories in A and B, which are due to be formally opened this
            # month": the time of what is to come dates nothing told before it.
            for clause in _FUTURE_RELATIVE.finditer(self.lowered, start, end):
                self.ignored_dates.update(d.start for d in self._dates_in(*clause.span()))
        if site_only:
            # Ground broken "in the area of" another campaign's farm: an opening told in the
            # sentence is the farm's own, and so is a date after the farm's name ("..., which
            # was inaugurated on Sunday").
            valid = [t for t in valid if t.event_type == "groundbreaking"]
        if farms:
            farm_end = start + farms[-1].end()
            if _EN_RELATIVE_AFTER.match(self.text, farm_end):
                self.ignored_dates.update(d.start for d in self._dates_in(farm_end, end))
        if farms and valid and not site_only:
            # "The greenhouse farm itself had been inaugurated two days earlier" (in a sentence
            # kept for its talk of the programme): an opening after the farm is the farm's.
            first_farm = start + farms[0].start()
            valid = [
                t
                for t in valid
                if t.event_type not in ("completion", "production_start") or t.start < first_farm
            ]
        if self.language == "ko" and len(valid) > 1:
            valid = self._without_interval_anchors(valid)
        plan_end = vocab.plan_sentence_end
        # (The patterns end at the sentence's end: its last words are enough.)
        if valid and plan_end is not None and plan_end.search(sentence, len(sentence) - 16):
            # "... 마감공사를 끝내기 위해 투쟁하게 될것이다": work that is to be done.
            valid = [t for t in valid if t.event_type not in STATE_TYPES]
        has_visit = any(t.event_type == "leader_visit" for t in valid)
        if has_visit:
            # "12.3 A군과 B군을 현지 지도했으나 두 지역 준공식에는 참석하지 않았다": the ceremony
            # he missed is another day's; the day told is the visit's.
            valid = [
                t
                for t in valid
                if t.event_type not in CEREMONY_TYPES or not self._skipped_ceremony(t)
            ]
        if has_visit or leader:
            valid = [
                t
                for t in valid
                if t.event_type != "construction_progress"
                or self._progress_of_its_own(t, valid, start, end)
            ]
        if has_ceremony or has_visit:
            valid = [t for t in valid if t.event_type != "other"]

        sentence_dates = [d for d in self._dates_in(start, end) if d.value.precision != "year"]
        # (Korean only: "put into operation on Tuesday, with an inauguration ceremony" tells
        # one day of two kinds of event.)
        several_types = self.language == "ko" and len({t.event_type for t in valid}) > 1
        # (", following the start of work on the hospital earlier this month": that date is
        # the earlier event's alone)
        earlier_events = (
            [
                (a, b)
                for a, b in clause_spans(self.text, start, end, "en")
                if a > start and self._opens_earlier_event(a)
            ]
            if self.language == "en" and "following the" in sentence
            else []
        )
        for trig in valid:
            near = self._nearest(trig.start, trig.end, sentence_dates)
            if near is None:
                continue
            if any((a <= near.start < b) != (a <= trig.start < b) for a, b in earlier_events):
                continue
            self.trigger_dates[trig.start] = (index, trig.event_type, near.value)
            # "지난해 3월 착공한 지 10개월 만에 완공됐다": a date told with one kind of event is
            # not the date a later sentence's other kind takes from this one.
            if several_types and self._nearest_trigger(near, valid).event_type != trig.event_type:
                continue
            if any(a <= trig.start < b for a, b in earlier_events):
                continue  # (nor is it the date the next sentences' ceremonies take)
            if (
                self.language == "en"
                and _WHICH_WAS_BEFORE.search(self.lowered, max(start, trig.start - 24), trig.start)
                is not None
            ):
                # (nor the day of an aside: "a modern county hospital, which was opened last
                # month": the ceremonies told next are not of that month)
                continue
            self.typed_dates.append((index, trig.event_type, near.value))
        if not counties:
            self.countyless.add(index)
        policy = [t for t in valid if t.event_type == "policy_announcement"]
        county_triggers = [t for t in valid if t.event_type != "policy_announcement"]
        if policy:
            for group in self._policy_clauses(start, end, policy):
                self._policy(index, start, end, group, leader)

        if county_triggers and counties:
            # ("Kim broke ground ... and set out a new plan: three pilot hospitals in 2025
            # (A, B and C)": the places of the plan after the colon are not the event's)
            plan = _PLAN_COLON.search(self.lowered, county_triggers[-1].end, end)
            if plan is not None:
                counties = [c for c in counties if c.start < plan.start()]
        if county_triggers:
            if counties:
                self._pair_counties(index, start, end, counties, county_triggers, leader)
            elif parent := self._untold_parent_places(start):
                for unit in {c.unit.id: c.unit for c in parent}.values():
                    self._pair_salient(index, start, end, unit, county_triggers, leader)
            elif vocab.plural_anaphora and (anaphor := vocab.plural_anaphora.search(sentence)):
                before = len(self.candidates)
                for unit in self._places_just_named(start, anaphor.group()):
                    self._pair_salient(index, start, end, unit, county_triggers, leader)
                # ("어제는 한꺼번에 여섯 곳입니다. A군, B군, C군. 전부 착공식이고 ...": the day
                # the count was told with, a sentence or two before)
                count_days = [
                    d
                    for d in self._dates_in(self.sentences[max(0, index - 2)][0], start)
                    if d.value.precision != "year"
                ]
                if count_days and anaphor.group().startswith(("전부", "모두")):
                    for cand in self.candidates[before:]:
                        if cand.date is None:
                            cand.date = count_days[-1].value
            elif sites := self._sites_listed_next(index):
                # "... ceremonies on Thursday in six cities and counties. The sites are A, B ..."
                before = len(self.candidates)
                for unit in sites:
                    self._pair_salient(index, start, end, unit, county_triggers, leader)
                # ("Between March 1 and 10 ground-breaking ceremonies followed in the other 19
                # ...": ceremonies over a span of days, each on a day not given, are of the
                # month.)
                days = {d.value for d in sentence_dates if d.value.precision == "day"}
                if len(days) >= 2 and len({(d.year, d.month) for d in days}) == 1:
                    span = next(iter(days))
                    for cand in self.candidates[before:]:
                        cand.date = ResolvedDate(span.year, span.month)
            elif not (
                self._is_section_heading(start, end)
                # "On the same Monday factories opened in:" over a list: the rows' places.
                or (self.text[start:end].rstrip().endswith(":") and index + 1 in self.rows)
                # "나머지 19개 시·군 착공": the programme's other places, not the one before.
                or self._wide_between(start, county_triggers[0].start)
                # "North Korea has been holding opening ceremonies almost every other day since
                # Jan. 7": a run of ceremonies, not one more of the place before.
                # (in Korean with no plural: "북한은 이달 들어 연일 지방공장 준공식을 열고 있다")
                or (
                    self.vocab.ceremony_run is not None
                    and (
                        self.language != "en"
                        or all(self._plural_ceremony_at(t) for t in county_triggers)
                    )
                    and self.vocab.ceremony_run.search(self.lowered, start, end) is not None
                )
                # "tours several sites (sites not named)", "현지지도(해당 군 미공개)": no place.
                or (
                    self.vocab.places_not_named is not None
                    and self.vocab.places_not_named.search(self.text, start, end) is not None
                )
                # "준공식이 진행된 날자는 다음과 같다.": the places follow, not the one before.
                or (
                    any(word in self.lowered[start:end] for word in _LIST_FOLLOWS_WORDS)
                    and _LIST_FOLLOWS.search(self.lowered, start, end) is not None
                )
            ):
                # (A heading, "2. 2월 3일 착공", tells what the section below it tells, place
                # by place: not an event of the place named before it.)
                unit = self._current_unit(start)
                if unit is not None:
                    self._pair_salient(index, start, end, unit, county_triggers, leader)

    def _ceremony_as_setting(
        self, trig: _Trigger, triggers: list[_Trigger], start: int, end: int
    ) -> bool:
        """Is a bare "ceremony" only where something else happened ("In a speech at the
        ceremony, Kim said that the hospitals in A, B and C would ...", "at the A ceremony
        (row 7) Kim announced three pilot hospitals")? It tells of no ceremony for the places
        and days the sentence names; with none, it is still that of the place the text is
        about. (Not one that names its own: "at the ceremony in A".)"""
        lowered = self.lowered
        before = max(start, trig.start - 30)
        setting = _SPEECH_AT_BEFORE.search(lowered, before, trig.start) or (
            _AT_THE_BEFORE.search(lowered, before, trig.start)
            and any(t.event_type == "policy_announcement" for t in triggers)
        )
        return (
            bool(setting)
            and not _OWN_PLACE_AFTER.match(lowered, trig.end)
            and bool(self._units_between(start, end) or self._dates_in(start, end))
        )

    def _is_section_heading(self, start: int, end: int) -> bool:
        """Is the sentence a short numbered or marked line of its own ("2. 2월 3일 착공")?"""
        text = self.text
        line_start, _ = self._line_around(start)
        _, line_end = self._line_around(end)
        return (
            line_end - line_start <= _DATE_HEADING_MAX
            and text[start:line_end].strip() == text[start:end].strip()
            and _SECTION_MARK.match(text, line_start) is not None
        )

    def _sites_of_before(self, index: int) -> str | None:
        """The ceremony whose sites a sentence without a verb of its own lists ("The sites
        are A, B and C.", "13곳은 A군, B군 ...입니다."), when the sentence before told it
        without placing it."""
        opening = self.vocab.site_list_opening
        if not 0 < index < len(self.sentences):
            return None
        start, end = self.sentences[index]
        if len(self._units_between(start, end)) < 2:
            return None
        opened = opening is not None and opening.match(self.lowered, start, end) is not None
        # (An answer that lists the sites a question asked for: "어제 보도된 열세 곳은요?" /
        # "평안북도 구장군과 운산군, ... 개성시 장풍군입니다.")
        asked = (
            not opened
            and self._asks_for_sites(index - 1)
            # (not an answer of sites still to come: "... 정도가 남았는데요, 이달 중순까지는
            # 모두 끝날 것으로 보입니다")
            and not (
                self.vocab.turn_not_held is not None
                and self.vocab.turn_not_held.search(self.lowered, start, end) is not None
            )
        )
        opened = opened or asked
        if not opened and not self._only_places(start, end, dated=True):
            return None
        told = self._ceremony_triggers(index - 1)
        # ("착공식들은 이달 상순에 진행되였다. 11일에 보도된 군들은 다음과 같다. A군, B군, ...": the
        # sentence before says a list follows.)
        follows = not told and _LIST_FOLLOWS.search(self.lowered, *self.sentences[index - 1])
        if (opened or follows) and not told:
            # ("1/ ... ground broken in 13 more cities & counties. Ceremonies were held in the
            # first ten days of March. ... 2/ The 13: A, B, ...": a few sentences back)
            for back in range(2, _SITES_LEAD_REACH + 1):
                if index - back < 0:
                    break
                told = self._ceremony_triggers(index - back)
                if told:
                    break
        unplaced = [t for t in told if t.start not in self.paired_triggers]
        # "Kilju was one of the six where ground was broken ... The others that day were
        # A, B and C.": more places of the ceremony just placed.
        # (So are the sites a question asks for after the first were told: "어제 보도된 열세
        # 곳은요?")
        if not unplaced and opened and (asked or "other" in self.lowered[start : start + 12]):
            unplaced = told
        if not unplaced:
            return None
        return unplaced[-1].event_type

    def _asks_for_sites(self, index: int) -> bool:
        """Is sentence `index` a question that asks for the sites of the news ("어제 보도된
        열세 곳은요?")?"""
        opening = self.vocab.site_list_opening
        q_start, q_end = self.sentences[index]
        return (
            opening is not None
            and self.text[q_start:q_end].rstrip().endswith("?")
            and opening.search(self.lowered, q_start, q_end) is not None
        )

    def _ceremony_triggers(self, index: int) -> list[_Trigger]:
        """The ceremony triggers of sentence `index`, before any check of their context."""
        p_start, p_end = self.sentences[index]
        return [
            _Trigger(t_start, t_end, spec, spec.event_type)
            for t_start, t_end, spec in self._triggers_between(p_start, p_end)
            if spec.event_type in CEREMONY_TYPES
        ]

    def _unplaced_date(self, index: int) -> DateMention | None:
        """The date of the ceremony a sentence told without placing it, beside one it placed
        ("Following the ceremony in A on February 28, ceremonies have taken place in 19 more
        counties this month."): the sites the next sentence lists take it."""
        if index < 0:
            return None
        p_start, p_end = self.sentences[index]
        told = self._ceremony_triggers(index)
        unplaced = [t for t in told if t.start not in self.paired_triggers]
        if not unplaced or len(unplaced) == len(told):
            return None
        last = unplaced[-1]
        # (The dates nearer that ceremony's words than the other's.)
        dates = [
            d
            for d in self._dates_in(p_start, p_end)
            if d.value.precision != "year" and self._nearest_trigger(d, told).start == last.start
        ]
        return self._nearest(last.start, last.end, dates)

    def _date_site_list(self, index: int) -> None:
        """Date the sites a sentence without dates of its own lists by the ceremony the
        sentence before told without placing them."""
        start, end = self.sentences[index]
        if self._dates_in(start, end):
            return
        listed = self._unplaced_date(index - 1)
        when = listed.value if listed is not None else None
        if when is None and self._asks_for_sites(index - 1):
            # (The answer to "어제 보도된 열세 곳은요?": the date of the sites told before it.)
            kinds = {c.event_type for c in self.candidates if c.sentence_index == index}
            told = [
                c.date
                for c in self.candidates
                if c.event_type in kinds
                and index - _SITES_LEAD_REACH <= c.sentence_index < index
                and c.date is not None
            ]
            when = told[-1] if told else None
        if when is None:
            return
        for cand in self.candidates:
            if cand.sentence_index == index:
                cand.date = when

    def _only_places(
        self, start: int, end: int, *, dated: bool = False, built: bool = False
    ) -> bool:
        """Is the sentence only places, with their asides in brackets and the words that
        join them ("구성시(Guseong), 숙천군, 경성군이다."), and, if `dated`, their dates ("1월
        8일 평안남도 숙천군, 10일 황해북도 은파군, ... 그리고 11일 량강도 김형직군."), and, if
        `built`, what is built there ("- 26 Feb — Hwangju: factories + grain management
        facility.")?"""
        sentence = self.text[start:end]
        spans = [(m.start, m.end) for m in self.gazetteer.find(sentence)]
        if dated:
            spans += [(d.start - start, d.end - start) for d in self._dates_in(start, end)]
        if built:
            spans += [
                (f_start - start, f_end - start)
                for f_start, f_end, _kind in self._facility_hits_in(start, end)
            ]
        for s_start, s_end in sorted(spans, reverse=True):
            sentence = sentence[:s_start] + " " + sentence[s_end:]
        # (a chat export's speaker and time: "[윤민지] [오후 6:03] 강동군(공장), 장연군, ...")
        sentence = _CHAT_PREFIX.sub(" ", sentence, count=1)
        words = _WORDS_ANY.findall(_BRACKETED.sub(" ", sentence).lower())
        if self.language == "ko":
            # (a facility's word with its particle or copula: "공장과", "제지공장입니다")
            words = [_KO_WORD_ENDING.sub("", w) or w for w in words]
            # (and the province the gazetteer leaves to its context: "강원: 고산군, 이천군")
            words = [w for w in words if w not in _KO_PARTICLES_ALONE and w != _KANGWON_SHORT]
        if built:
            words = [w for w in words if w not in _BUILT_WORDS]
        return all(w in self.vocab.ellipsis_words for w in words)

    def _sites_listed_next(self, index: int) -> list[Any]:
        """The places the next sentence lists as this one's sites ("The sites are A County,
        B County and C County.")."""
        opening = self.vocab.site_list_opening
        if opening is None or index + 1 >= len(self.sentences):
            return []
        s_start, s_end = self.sentences[index]
        if self.text[s_start:s_end].rstrip().endswith(":"):
            # ("Ground-breaking ceremonies take place in the other 19 cities and counties, all
            # of them by March 10:" over "South Phyongan Province: Sukchon County" ...)
            lines = self._place_lines_after(index)
            if lines:
                return lines
        n_start, n_end = self.sentences[index + 1]
        if opening.match(self.lowered, n_start, n_end):
            found = self._units_between(n_start, n_end)
            if found or not self.text[n_start:n_end].rstrip().endswith(":"):
                return found
            return self._place_lines_after(index + 1)
        # ("... ceremonies followed in the other 19 cities and counties. Present were ...
        # The sites are:" over lines of places: past a sentence that names no place.)
        if index + 2 < len(self.sentences) and not self._units_between(n_start, n_end):
            o_start, o_end = self.sentences[index + 2]
            if opening.match(self.lowered, o_start, o_end) and self.text[
                o_start:o_end
            ].rstrip().endswith(":") and not self._units_between(o_start, o_end):
                return self._place_lines_after(index + 2)
        return []

    def _place_lines_after(self, opener: int) -> list[Any]:
        """The places of the short lines under a colon opener ("The sites are:" over "South
        Phyongan Province: Sukchon County." and "North Phyongan Province: Kusong City, Kujang
        County and Unsan County."), each line only places."""
        units: dict[str, Any] = {}
        index = opener + 1
        while index < len(self.sentences):
            start, end = self.sentences[index]
            if self.text.find("\n", self.sentences[index - 1][1], start) < 0:
                break  # (a line of its own)
            named = self._units_between(start, end)
            first = bisect_left(self.county_starts, start)
            last = bisect_left(self.county_starts, end)
            if (
                not named
                # (per line: two lines without a stop between them are one sentence)
                or end - start > _PLACES_ROW_MAX * 3 * (1 + self.text.count("\n", start, end))
                or not self._places_only(start, end, first, last)
                # (a line with a day of its own is a dated row: "- 3 February: Kŭmya-gun")
                or any(d.value.precision == "day" for d in self._dates_in(start, end))
            ):
                break
            units.update((unit.id, unit) for unit in named)
            index += 1
        return list(units.values()) if len(units) >= 2 else []

    def _places_just_named(self, start: int, anaphor: str = "") -> list[Any]:
        """The counties of the last sentence before `start` that named several ("both
        counties", "두 군" refer back to them); none when the anaphor counts otherwise ("이어
        6일에도 네 곳에서" after three places are four other places)."""
        index = bisect_left(self.county_starts, start) - 1
        count = _plural_count(anaphor)
        # (past a sentence that names only one of them: "... attended the ceremony in Kujang,
        # and the secretary spoke in Usi." is read with "Both sites broke ground ...")
        for _step in range(_PLACES_NAMED_REACH):
            if index < 0:
                return []
            s_start, _s_end = self.sentences[self._sentence_of(self.counties[index].start)]
            first = bisect_left(self.county_starts, s_start)
            named = {c.unit.id: c.unit for c in self.counties[first : index + 1]}
            if len(named) >= 2:
                break
            index = first - 1
        if len(named) < 2 or (count is not None and count != len(named)):
            return []
        return list(named.values())

    def _leader_just_before(self, position: int, start: int) -> bool:
        """Is the leader the subject right before a trigger ("..., and Kim visited the site
        in September") in a sentence whose first actor is someone else?"""
        pattern = self.vocab.leader
        if pattern is None or self.language != "en":
            return False
        window = self.text[max(start, position - 30) : position]
        # (not a name run into the word after it: "Kim Jong Unvisited")
        joined = position < len(self.text) and self.text[position].isalnum()
        ends = [
            m.end()
            for m in pattern.finditer(window)
            if not (joined and m.end() == len(window))
        ]
        if not ends:
            return False
        between = window[ends[-1] :]
        return len(between) <= 12 and not any(mark in between for mark in ",;:.")

    def _other_campaign_is_a_site(self, sentence: str, farms: list[re.Match[str]]) -> bool:
        """Is every mention of another campaign's facility in the sentence the place of a
        ceremony ("in the area of the Sinuiju Combined Greenhouse Farm", "온실농장 지구에서")?"""
        vocab = self.vocab
        before, after = vocab.out_soft_place_before, vocab.out_soft_place_after
        if before is None and after is None:
            return False
        for found in farms:
            start, end = found.span()
            at_site = (
                before is not None and before.search(sentence[max(0, start - 60) : start])
            ) or (after is not None and after.match(sentence, end))
            if not at_site:
                return False
        return True

    def _ceremony_alongside(
        self, visit: _Trigger, triggers: list[_Trigger], start: int, end: int
    ) -> bool:
        """Is a ceremony named in the clause of a visit ("Kim visited A and attended the
        ceremony")? Then the visit is the ceremony. In another clause ("He inspected A in
        October, and cut the ribbon in B in December") it is a visit of its own."""
        clauses = clause_spans(self.text, start, end, self.language)
        for position, (c_start, c_end) in enumerate(clauses):
            if c_start <= visit.start < c_end:
                # ("visited Sinpho City, South Hamgyong Province, and attended the inauguration
                # of its factories": the next clause goes on with his own verb)
                if (
                    position + 1 < len(clauses)
                    and _AND_HIS_CEREMONY.match(self.lowered, clauses[position + 1][0])
                    # (not one with a day of its own: "..., and cut the ribbon there on
                    # December 20"; nor after a look back: "Recalling that he had inspected
                    # the site in June ..., he ... cut the inauguration tape")
                    and not self._dates_in(*clauses[position + 1])
                    and not self.lowered.endswith("had ", c_start, visit.start)
                ):
                    c_end = clauses[position + 1][1]
                return any(
                    c_start <= t.start < c_end
                    and not self._relative_clause_between(visit, t)
                    and not self._skipped_ceremony(t)
                    and not self._dated_apart(visit, t, c_start, c_end)
                    for t in triggers
                    if t.event_type in CEREMONY_TYPES | {"production_start"}
                    and not t.spec.generic
                )
        return True

    def _dated_apart(self, one: _Trigger, other: _Trigger, start: int, end: int) -> bool:
        """Does each of two triggers have a day of its own, the nearest to it, in the span
        ("visited Songchon on November 19 and, on December 20, cut the tape")?"""
        told = self._dates_in(start, end)
        days = [d for d in told if d.value.precision == "day"]
        nearest = {id(self._nearest_trigger(d, [one, other])) for d in days}
        if len({d.value for d in days}) < 2:
            # ("Recalling that he had visited the construction site on June 9 …, he said …
            # the hospital had now been completed": a visit looked back on, with its own day)
            return (
                bool(days)
                and nearest == {id(one)}
                and self.lowered.endswith("had ", max(start, one.start - 4), one.start)
            )
        if len(nearest) == 2:
            return True
        # ("broke the ground in late Feb …, inspected the site on 2025-06-09": dates of two
        # months, each nearest one of the two, a month's among them)
        dated = [d for d in told if d.value.precision in ("day", "month")]
        months = {(d.value.year, d.value.month) for d in dated}
        told_by = {id(self._nearest_trigger(d, [one, other])) for d in dated}
        return len(months) >= 2 and len(told_by) == 2

    def _skipped_ceremony(self, ceremony: _Trigger) -> bool:
        """"현지지도했다(준공식은 불참)", "toured the site (he skipped the opening)": a ceremony
        said in brackets, said to be missed or set aside ("준공식 외에도"), is not what the visit
        was."""
        text = self.text
        line_start = text.rfind("\n", 0, ceremony.start) + 1
        opened = text.count("(", line_start, ceremony.start)
        if opened > text.count(")", line_start, ceremony.start):
            return True
        set_aside = self.vocab.ceremony_set_aside
        if set_aside is not None and (
            set_aside.search(self.lowered, max(line_start, ceremony.start - 40), ceremony.start)
            if self.language == "en"
            else set_aside.match(self.lowered, ceremony.end)
        ):
            return True  # ("준공식 외에도 … 건설장을 찾는 등", "besides the openings, he toured …")
        missed = self.vocab.non_attendance
        after = ceremony.end
        if text.startswith("(", after):
            # (past the ceremony's bracketed days: "준공식(12.15, 12.18)에는 참석하지 않음")
            close = text.find(")", after, after + _ASIDE_AFTER_MAX)
            after = close + 1 if close > 0 else after
        window = self.lowered[after : after + _MISSED_REACH]
        return missed is not None and missed.search(window) is not None

    def _progress_of_its_own(
        self, progress: _Trigger, triggers: list[_Trigger], start: int, end: int
    ) -> bool:
        """Progress told in a clause of its own, with its own place and day and no visit or
        leader in it, is not what the leader saw ("KCNA's July 8 report said work in Usi was
        nearing completion, and in October Kim inspected the site in Kujang")."""
        for c_start, c_end in clause_spans(self.text, start, end, self.language):
            if c_start <= progress.start < c_end:
                break
        else:
            return False
        if (c_start, c_end) == (start, end) or any(
            c_start <= t.start < c_end for t in triggers if t.event_type == "leader_visit"
        ):
            return False
        leader = self.vocab.leader
        if leader is not None and leader.search(self.text, c_start, c_end):
            return False
        if not any(d.value.precision != "year" for d in self._dates_in(c_start, c_end)):
            return False
        return bisect_left(self.county_starts, c_start) < bisect_left(self.county_starts, c_end)

    def _relative_clause_between(self, one: _Trigger, other: _Trigger) -> bool:
        """"The hospital, which Kim had inspected on June 2, was completed in 280 days": a
        relative clause between them tells another event."""
        text = self.text
        lo, hi = sorted((one.start, other.start))
        if self.language == "ko":
            # "김정은이 지난해 10월 찾았던 구장군 공장들은 1월 24일 준공됐다": a verb in the
            # retrospective adnominal (-던) tells an event of its own, with its own time after.
            first = one if one.start < other.start else other
            return (
                _KO_RETROSPECTIVE.match(text, first.end) is not None
                and bool(self._dates_in(first.end, hi))
            )
        if self.language != "en":
            return False
        if _EN_RELATIVE_OPENING.search(text, lo, hi) is not None:
            return True  # "A was completed, which Kim had inspected"
        # "A, which Kim had inspected on June 2, was completed": the first is inside it.
        s_start = self.sentences[self._sentence_of(lo)][0]
        openings = list(_EN_RELATIVE_OPENING.finditer(text, s_start, lo))
        opening = openings[-1] if openings else None
        return (
            opening is not None
            and text.find(",", opening.end(), lo) < 0
            and text.find(",", lo, hi) >= 0
        )

    def _leader_visits_before(self, index: int, after: int, end: int) -> bool:
        """Has the report told of the leader's visits, and does this sentence name no other
        actor ("Last week's inspection of the Kangdong site ...", not "an inspection ... by
        the ministry")?"""
        if self._actor(index) is not None:
            return False
        agent = self.vocab.other_agent_after
        if agent is not None and agent.match(self.text[after:end]):
            return False
        return not self._other_agent_before(index, after) and any(
            c.event_type == "leader_visit" for c in self.candidates
        )

    def _other_agent_before(self, index: int, after: int) -> bool:
        """Does someone other than the leader do what the trigger ending at `after` names,
        told just before it ("Ryanggang prosecutors began an inspection")?"""
        agent = self.vocab.other_agent_before
        if agent is None:
            return False
        start = self.sentences[index][0]
        word = self.text.rfind(" ", start, after - 1) + 1
        return agent.search(self.lowered, max(start, word - _AGENT_BEFORE_SPAN), word) is not None

    # ------------------------------------------------------------------ pairing
    def _dates_in(self, start: int, end: int) -> list[DateMention]:
        first = bisect_left(self.date_starts, start)
        last = bisect_left(self.date_starts, end)
        if self.ignored_dates:
            return [d for d in self.dates[first:last] if d.start not in self.ignored_dates]
        return self.dates[first:last]

    def _place_clauses_joined(
        self,
        clauses: list[tuple[int, int]],
        counties: list[_County],
        triggers: list[_Trigger],
    ) -> list[tuple[int, int]]:
        """Clauses that only name a place joined to the next, which goes on with another ("In
        A, X Province, | and in B, Y Province, ground was broken", "The builders in A County,
        X Province, | and B County, Y Province, are finishing ..."): one predicate for both."""
        joined = [clauses[0]]
        starts = {c.start for c in counties}
        for c_start, c_end in clauses[1:]:
            p_start, p_end = joined[-1]
            if (
                any(p_start <= c.start < p_end for c in counties)
                and not any(p_start <= t.start < p_end for t in triggers)
                and (
                    _EN_PLACE_CLAUSE.match(self.text, c_start)
                    or (
                        _AND_BEFORE.match(self.text, c_start).end() in starts
                        and self._only_a_place_after_in(p_start, p_end)
                    )
                )
            ):
                joined[-1] = (p_start, c_end)
            else:
                joined.append((c_start, c_end))
        return joined

    def _only_a_place_after_in(self, start: int, end: int) -> bool:
        """Does text[start:end] end with "in" and its places, and no more words ("The builders
        in A County, X Province")?"""
        first = next((c for c in self.counties if start <= c.start < end), None)
        if first is None or not _IN_BEFORE_PLACE.search(self.lowered, start, first.start):
            return False
        counties = [c for c in self.counties if first.start <= c.start < end]
        rest = self._without_places(self.lowered, first.start, end, counties)
        return all(word in _UNIT_WORDS for word in _WORDS_ANY.findall(rest))

    def _pair_counties(
        self,
        index: int,
        s_start: int,
        s_end: int,
        counties: list[_County],
        triggers: list[_Trigger],
        leader: bool,
    ) -> None:
        clauses = clause_spans(self.text, s_start, s_end, self.language)
        if self.language == "en" and len(clauses) > 1:
            clauses = self._place_clauses_joined(clauses, counties, triggers)
        sentence_dates = self._dates_in(s_start, s_end)
        if self.language == "en" and len(clauses) > 1:
            # (the date of ", following the start of work on the hospital earlier this month"
            # is that earlier event's, not the sentence's)
            sentence_dates = [
                d
                for d in sentence_dates
                if not any(
                    a <= d.start < b and a > s_start and self._opens_earlier_event(a)
                    for a, b in clauses
                )
            ]
        # "in A, X Province, and B on Jan. 18 and 19 respectively": the order holds across
        # the clauses the coordination splits the places into.
        across = self._respective_dates(s_start, s_end, counties, sentence_dates)
        # Clauses with counties of their own: a trigger in one of them does not reach back to
        # a county of an earlier clause ("The A ceremony came | a day after B was opened").
        owned: list[tuple[int, int]] | None = None
        for c_start, c_end in clauses:
            clause_counties = [c for c in counties if c_start <= c.start < c_end]
            clause_triggers = [t for t in triggers if c_start <= t.start < c_end]
            if clause_counties and clause_triggers:
                clause_counties = self._with_place_anaphor(
                    counties, clause_counties, clause_triggers, c_start
                )
            if not clause_counties:
                # "..., and on the 7th ceremonies were reported from six more sites": a
                # clause about many places is not the earlier county's.
                earlier = [c for c in counties if c.start < c_start]
                plural = self.vocab.plural_anaphora
                found = (
                    plural.search(self.text, c_start, c_end) if plural and clause_triggers else None
                )
                # ("Ground was broken in the three counties in March, along with 16 other
                # sites": the three just named, whatever the programme count beside them)
                anaphoric = found is not None and not earlier
                if clause_triggers and (
                    anaphoric
                    or not self._wide_between(c_start, c_end)
                    or self._wide_only_alongside(c_start, c_end)
                ):
                    if anaphoric and found is not None:
                        units = self._places_just_named(s_start, found.group())
                    else:
                        unit = earlier[-1].unit if earlier else self._current_unit(s_start)
                        units = [unit] if unit is not None else []
                    clause_dates = self._dates_in(c_start, c_end)
                    kinds = list({t.event_type: t for t in clause_triggers}.values())
                    # (A list line's date at its head dates the clause after its place: "- Sun
                    # 9 Feb: Ryonggang (Nampho), factories; Premier Pak led the ceremony."; or
                    # after its place: "1. Unryul -- Thu 29 Jan. Kim present; first spadeful")
                    line_date = (
                        next(
                            (
                                d
                                for d in reversed(sentence_dates)
                                if d.value.precision != "year"
                                and (
                                    d.end <= earlier[-1].start
                                    or (d.end <= c_start and self._heads_the_line(earlier[-1], d))
                                )
                            ),
                            None,
                        )
                        if earlier and index in self.rows
                        else None
                    )
                    # ("..., a day after he cut the ribbon at similar factories in South
                    # Hwanghae Province": the clause's event is in a province of its own.)
                    elsewhere = {
                        p.province
                        for p in self.named_provinces
                        if c_start <= p.start < c_end
                        and self.lowered.endswith((" in ", " at "), c_start, p.start)
                    }
                    if elsewhere:
                        units = [u for u in units if u.province in elsewhere]
                    for unit in units:
                        for trig in kinds:
                            when = self._own_date(trig, kinds, clause_dates) or line_date
                            self._add(
                                index, unit, trig, when, (c_start, c_end), leader, inherited=True
                            )
                continue
            # "..., nine months after ground was broken in B": B's date is not the sentence's.
            # "The A ceremony follows | openings in B last month": A's date is not B's.
            own_time = (
                self.language == "en"
                and (
                    INTERVAL_CLAUSE_EN.match(self.text, c_start)
                    or COMPARED_AFTER_EN.search(self.text, c_start, c_end)
                    or self._concession_with_event(s_start, s_end)
                )
            ) or (
                # "7일 A군 준공식에는 참석했지만, 말씀드린 B군, C군 준공식에는 참석하지 않았다":
                # the clause after the contrast tells other days.
                self.language == "ko"
                and c_start > s_start
                and _KO_CONTRAST_BEFORE.search(self.text, max(s_start, c_start - 6), c_start)
                is not None
            )
            clause_dates = self._dates_in(c_start, c_end)
            # (Several places with one date between kinds of event: "the builders in A and B,
            # who broke the ground in early March, are pushing ahead": the date is one kind's.)
            multi_type = len({t.event_type for t in clause_triggers}) > 1 and (
                len({c.unit.id for c in clause_counties}) == 1
                or len(clause_dates) == 1
            )
            respective = across or self._respective_dates(
                c_start, c_end, clause_counties, clause_dates
            )
            paired: set[int] = set()
            for county in clause_counties:
                if not clause_triggers and owned is None:
                    owned = [(a, b) for a, b in clauses if any(a <= c.start < b for c in counties)]
                # Not forward across a semicolon: "A: 24 January; Kim had visited the site in
                # October" tells another event with its own date (a semicolon list of places
                # after the trigger is one enumeration).
                reachable = clause_triggers or [
                    t
                    for t in triggers
                    if t.start < county.end
                    or (
                        (
                            not any(a <= t.start < b and a > county.start for a, b in owned or ())
                            # "A, where X spoke, and B ... held their own ceremonies": one
                            # predicate for the places coordinated before it.
                            or self._plural_ceremony_at(t)
                        )
                        and ";" not in self.text[county.end : t.start]
                        # (nor into a concession: "..., although Pyongyang says all twenty
                        # were completed")
                        and not (
                            self.language == "en"
                            and CONCESSIVE_EN.search(self.text, county.end, t.start)
                        )
                    )
                ]
                # (A look back in a relative clause is its antecedent's alone: "A on 20
                # December, where he had broken ground in February, and B on 7 January".)
                reachable = [t for t in reachable if not self._looks_back_past(s_start, t, county)]
                chosen = self._triggers_for(county, clause_counties, clause_triggers, reachable)
                paired.update(t.start for t in chosen)
                for trig in chosen:
                    if (told := self._look_back_date(s_start, trig, sentence_dates)) is not None:
                        when = told  # ("..., where he had broken the first ground on Feb. 28")
                    elif (noted := self._note_cell_date(s_start, s_end, trig)) is not None:
                        when = noted  # ("| 12.15(목) | 신양군 | × | 12.3 김정은 현지 방문 |")
                    elif respective is not None:
                        when = respective[county.unit.id]
                    elif multi_type:
                        # Each date belongs to the trigger nearest to it ("11일 준공된 ...
                        # 12일부터 생산이 시작"); a trigger left without one is undated.
                        own = [
                            d
                            for d in clause_dates
                            if self._nearest_trigger(d, clause_triggers).event_type
                            == trig.event_type
                            and d.value.precision != "year"
                            # (nor another place's: "..., beginning with B, whose factories
                            # he inaugurated on December 20")
                            and not (
                                self.language == "en"
                                and self._in_relative_clause_of_other(county, d)
                            )
                        ]
                        when = self._nearest(trig.start, trig.end, own)
                    else:
                        when = self._date_for(
                            county,
                            clause_dates,
                            [] if own_time else sentence_dates,
                            clause_counties,
                        )
                    self._add(
                        index,
                        county.unit,
                        trig,
                        when,
                        (c_start, c_end),
                        leader,
                        inherited=False,
                        facilities=self._county_facilities(county, clause_counties, c_start, c_end),
                    )
            if self.language == "en" and len(paired) < len(clause_triggers):
                unpaired = [t for t in clause_triggers if t.start not in paired]
                clause = (c_start, c_end)
                self._pair_before_plan(index, s_start, clause, clause_counties, unpaired, leader)

    def _pair_before_plan(
        self,
        index: int,
        s_start: int,
        clause: tuple[int, int],
        clause_counties: list[_County],
        unpaired: list[_Trigger],
        leader: bool,
    ) -> None:
        """A trigger whose clause names only the places of a plan after it ("Kim broke ground
        on Feb. 6, when he said hospitals would be built in A, B and C") happened at the
        county the text is about."""
        if self.language != "en" or not unpaired:
            return
        first = clause_counties[0]
        for trig in unpaired:
            if trig.start > first.start or trig.event_type == "policy_announcement":
                continue
            if not _EN_PLANNED.search(self.text, trig.end, first.start):
                continue
            unit = self._current_unit(s_start)
            if unit is None:
                return
            when = self._nearest(trig.start, trig.end, self._dates_in(clause[0], first.start))
            self._add(index, unit, trig, when, (clause[0], first.start), leader, inherited=True)

    def _triggers_for(
        self,
        county: _County,
        clause_counties: list[_County],
        clause_triggers: list[_Trigger],
        sentence_triggers: list[_Trigger],
    ) -> list[_Trigger]:
        """The triggers that govern this county: by word order, relative clauses, distance."""
        text = self.text
        pool = clause_triggers or sentence_triggers
        if self.language == "en":
            # "Kim broke ground in A and announced pilot hospitals for B and C": places after
            # an announcement are what it announced, not sites of the ceremony before it.
            s_start = self.sentences[self._sentence_of(county.start)][0]
            announced = [
                t_start
                for t_start, t_end, spec in self._triggers_between(s_start, county.start)
                if spec.event_type == "policy_announcement" and t_end <= county.start
            ]
            if announced:
                pool = [t for t in pool if t.start >= announced[-1]]
        usable: list[_Trigger] = []
        for trig in pool:
            # (The verb a sentence of places is read with stands at its end in Korean, on
            # its last character: the place that ends the sentence is before it too.)
            if trig.start >= county.end or (
                trig.spec.pattern is _ELLIPSIS and trig.start >= county.start
            ):
                between = [c for c in clause_counties if county.end <= c.start < trig.start]
                gap = text[county.end : trig.start]
                if (
                    self.language == "ko"
                    and text[trig.end - 1 : trig.end] in ("된", "한")
                    and any(
                        trig.end < c.start <= trig.end + _KO_QUALIFIED_PLACE_REACH
                        for c in clause_counties
                    )
                ):
                    continue  # ("곡산군은 ... 준공된 강원도 고산군과 다른 곳": 고산군's)
                if (
                    self.language == "en"
                    and between
                    and re.search(
                        r"\b(?:which|whose|that|where|who)\b", text[between[-1].end : trig.start]
                    )
                    # "A (province) and B, where ground was broken": coordinated, shared.
                    and not _EN_COORDINATED.match(text, county.end, between[0].start)
                ):
                    continue  # a relative clause belongs to the county right before it
                if any(county.end <= t.start < trig.start for t in pool) and self._wide_between(
                    county.end, trig.start
                ):
                    # "성천군에서 첫 삽을 뜬 이후 ... 20개 시·군의 공장이 모두 준공됐다", "A's
                    # factories were completed, bringing the number of counties where they have
                    # been put into operation to 20": after the county's own event, the whole
                    # programme's, not the county's.
                    continue
                if (
                    self.language == "ko"
                    and any(county.end <= t.start < trig.start for t in pool)
                    and self.text.endswith(("모두 ", "전부 "), county.end, trig.start)
                    and self._wide_between(
                        self.sentences[self._sentence_of(county.start)][0], county.start
                    )
                ):
                    # ("20개 시, 군 공장건설은 … 성천군에서 시작되여 불과 1년만에 모두
                    # 완공되였다": the place's start, then all the programme's places done)
                    continue
                if self.language == "ko" and any(
                    c.start > trig.end and _KO_QUALIFIES_PLACE.fullmatch(text, trig.end, c.start)
                    for c in clause_counties
                ):
                    # ("은산군은 지난 2월 지방공업공장이 준공된 평안북도 운산군과는 다른 곳이다":
                    # the ceremony in the adnominal form is the place's after it)
                    continue
                usable.append(trig)
            else:
                gap = text[trig.end : county.start]
                # Korean is verb-final: a trigger before the county only governs it as an
                # adnominal modifier ("11일 준공된 김형직군", "착공한 용강군병원") of the next
                # place, or as the subject of the sentence ("착공식들이 3일 A군과 B군에서
                # 진행되였다").
                nearer = any(trig.end <= c.start < county.start for c in clause_counties)
                adnominal = (
                    not nearer and len(gap) <= 25 and (
                        _KO_ADNOMINAL.match(gap) is not None
                        or (not gap.strip() and text[trig.start : trig.end].endswith(_KO_ENDINGS))
                    )
                ) or (
                    # ("올해 1월 준공된 경성군과 어랑군": places joined under the one form)
                    nearer and _KO_QUALIFIES_JOINED.fullmatch(gap) is not None
                )
                said = _KO_SUBJECT.match(gap)
                subject = trig.event_type in CEREMONY_TYPES and (
                    (
                        said is not None
                        # (however long the list of places after it: "착공식들은 평안남도
                        # 숙천군, 평안북도 구성시, ... 개성시 장풍군에서 진행되였다")
                        and (
                            len(gap) <= 60
                            # (and its date first: "착공식들이 이달 상순 황해북도 은파군, ...")
                            or self._only_places(trig.end + said.end(), county.start, dated=True)
                        )
                    )
                    # "착공식이 열린 곳은 A군, B군, ... C구역입니다": every place it lists; so
                    # does "여섯 곳 동시 착공: A군, B군, ...".
                    or _KO_SITES_OF.match(gap) is not None
                    # (and "통신이 소개한 곳은 A군과 B군 등입니다", the places of the ceremonies
                    # told before)
                    or (
                        trig.spec.generic
                        and text.startswith("곳", trig.start)
                        and self._only_places(trig.end, county.start, dated=True)
                    )
                    or gap.lstrip().startswith((":", "—", "–"))
                    # ("6개 시·군 착공 보도: 평북 구성시, …": the report's list)
                    or _KO_NOUN_BEFORE_LIST.match(gap) is not None
                    or (
                        (aside := _KO_ASIDE_BEFORE_LIST.match(gap)) is not None
                        # (its places right after the colon, not a plan told after it:
                        # "착공식(김정은 참석): 시범병원 3곳(강동·구성·용강) 건설 발표")
                        and self._only_places(
                            trig.end + aside.end(),
                            next(
                                (
                                    c.start
                                    for c in clause_counties
                                    if c.start >= trig.end + aside.end()
                                ),
                                county.start,
                            ),
                            dated=True,
                        )
                    )
                    or (
                        "\n" not in gap
                        and "다." not in gap
                        and _KO_SLASHED_ITEM.search(gap) is not None
                    )
                    # ("20곳의 공장 준공을 11일 양강도 김형직군을 끝으로 모두 마쳤다": the last)
                    or (
                        text.startswith(_KO_AS_THE_LAST, county.end)
                        and (
                            gap.startswith(("을 ", "를 "))
                            or text[trig.end - 1 : trig.end] in ("을", "를")
                        )
                        and self._only_places(trig.end + 1, county.start, dated=True)
                    )
                )
                # (a register's cell of its own before the place's cell, any event's code:
                # "E02,착,강동군,…", "E10,현,강동군,…", "| 준 | 신포시 |")
                in_cells = _NEXT_CELL.fullmatch(gap) is not None
                # ("도 검찰소 검열성원들이 이달 12일부터 김형직군 공장에 내려와": the
                # inspectors, the subject, came to the place)
                inspectors = (
                    trig.event_type == "other" and _KO_INSPECTORS_TO.fullmatch(gap) is not None
                )
                if self.language == "ko" and not (adnominal or subject or in_cells or inspectors):
                    continue
                # "..., when he announced that hospitals would be built in A, B and C": the
                # places of a plan are not where the earlier trigger happened.
                if self.language == "en" and _EN_PLANNED.search(gap):
                    continue
                usable.append(trig)
        if not usable:
            return []
        by_type: dict[str, _Trigger] = {}
        for trig in usable:
            distance = min(abs(trig.start - county.end), abs(county.start - trig.end))
            best = by_type.get(trig.event_type)
            if best is None or distance < min(
                abs(best.start - county.end), abs(county.start - best.end)
            ):
                by_type[trig.event_type] = trig
        # A weak trigger ("was completed") yields to a construction stage in the same place.
        if "construction_progress" in by_type and "completion" in by_type and by_type[
            "completion"
        ].spec.weak:
            del by_type["completion"]
        return list(by_type.values())

    def _pair_salient(
        self,
        index: int,
        s_start: int,
        s_end: int,
        unit: Any,
        triggers: list[_Trigger],
        leader: bool,
    ) -> None:
        dates = self._dates_in(s_start, s_end)
        # "The hospital opened on Nov. 19; the factories were inaugurated on Dec. 15": the
        # same kind of event in clauses of its own, each with its own date, is two events.
        told_apart: set[str] = set()
        clauses = clause_spans(self.text, s_start, s_end, self.language)
        if len(clauses) > 1 and len(triggers) > 1:
            dated_clauses: dict[str, list[tuple[_Trigger, DateMention]]] = {}
            for c_start, c_end in clauses:
                own = [
                    d for d in dates if c_start <= d.start < c_end and d.value.precision != "year"
                ]
                kinds = {t.event_type: t for t in reversed(triggers) if c_start <= t.start < c_end}
                for etype, trig in kinds.items():
                    near = self._nearest(trig.start, trig.end, own)
                    if near is not None and len(kinds) == 1:
                        dated_clauses.setdefault(etype, []).append((trig, near))
            for etype, pairs in dated_clauses.items():
                if len({near.value for _trig, near in pairs}) < 2:
                    continue
                told_apart.add(etype)
                for trig, near in pairs:
                    self._add(index, unit, trig, near, (s_start, s_end), leader, inherited=True)
        by_type: dict[str, _Trigger] = {}
        for trig in triggers:
            if trig.event_type not in told_apart:
                by_type.setdefault(trig.event_type, trig)
        for trig in by_type.values():
            when = self._own_date(trig, list(by_type.values()), dates)
            if trig.spec.generic and when is not None and self._date_of_other(when, trig):
                # ("The ceremony is the first of this year under the policy, launched in
                # January 2024": the day is the policy's; the ceremony is the one just told)
                continue
            self._add(index, unit, trig, when, (s_start, s_end), leader, inherited=True)

    def _day_before_report(self, index: int) -> ResolvedDate | None:
        """The day before the one a Korean sentence says state media reported it, where the
        sentence gives no day of its own ("… 둘러봤다고 조선중앙통신이 4일 보도했다": state media
        report the leader's visits the next day; a ceremony so reported keeps the report's
        month, read elsewhere)."""
        start, end = self.sentences[index]
        reported = _KO_REPORTED_ON.search(self.text, start, end)
        if reported is None or self.reference is None:
            return None
        day = most_recent_day(self.reference, None, int(reported["day"]))
        return ResolvedDate.of(day - timedelta(days=1)) if day is not None else None

    def _date_of_other(self, mention: DateMention, trig: _Trigger) -> bool:
        """Is the date nearest another kind of event told in its sentence than `trig`'s?"""
        others = [
            t
            for t in self._triggers(*self.sentences[self._sentence_of(mention.start)])
            if not t.spec.generic and t.event_type != trig.event_type
        ]
        return bool(others) and self._nearest_trigger(mention, [trig, *others]) is not trig

    def _own_date(
        self, trig: _Trigger, triggers: list[_Trigger], dates: list[DateMention]
    ) -> DateMention | None:
        """The date of one of several kinds of event told together ("whose ground was broken
        on Feb. 26, had been completed in ten months"): each date belongs to the trigger
        nearest to it, and a trigger left without one is undated."""
        if len({t.event_type for t in triggers}) < 2:
            return self._nearest(trig.start, trig.end, dates)
        own = [
            d
            for d in dates
            if d.value.precision != "year"
            and self._nearest_trigger(d, triggers).event_type == trig.event_type
        ]
        return self._nearest(trig.start, trig.end, own)

    def _county_facilities(
        self, county: _County, clause_counties: list[_County], start: int, end: int
    ) -> set[str]:
        """What a clause says is built in one of its counties.

        The county's own phrase ("강동군의 지방공업공장과 종합봉사소", "Unsan Paper Mill in Unsan
        County") decides; an enumeration shares what is said before its first county or after
        its last ("ceremonies of regional-industry factories in A, B and C").
        """
        later = [
            c.start for c in clause_counties if c.start > county.start and c.unit is not county.unit
        ]
        if self.language == "en":
            # "..., declaring this year's programme of hospitals, service centres and
            # factories complete": what the aside names is the programme's, not the county's.
            aside = _EN_ASIDE.search(self.text, county.end, end)
            if aside is not None:
                end = aside.start()
        stop = min(later[0], end) if later else end
        own = self._facilities(county.start, stop)
        if own:
            return own
        first, last = clause_counties[0], clause_counties[-1]
        if self.language == "en" and county is not first:
            # A facility named just before the county: "..., and a paper mill in Unsan County".
            before = self.text[max(start, county.start - 60) : county.start]
            lead_in = re.search(r"[^,;]*\b(?:in|at)\s+(?:the\s+)?$", before)
            if lead_in is not None:
                own = self._facilities(county.start - len(before) + lead_in.start(), county.start)
                if own:
                    return own
        return self._facilities(start, first.start) | self._facilities(last.start, end)

    def _respective_dates(
        self,
        start: int,
        end: int,
        counties: list[_County],
        dates: list[DateMention],
    ) -> dict[str, DateMention] | None:
        """"in A and B on the 24th and 25th respectively" / "각각 24일과 25일": in order."""
        told_respectively = self.vocab.respectively is not None and bool(
            self.vocab.respectively.search(self.lowered, start, end)
        )
        if not told_respectively and not counties:
            return None
        order: list[str] = []
        for county in counties:
            if county.unit.id not in order:
                order.append(county.unit.id)
        usable = [d for d in dates if d.value.precision != "year"]
        if not told_respectively:
            # (only the days in a bracket right after the places pair off; others stay)
            usable = [d for d in usable if d.start > counties[-1].end][: len(order)]
            if len(usable) == len(order) and not self._dates_bracketed_after(
                counties[-1].end, usable
            ):
                return None
        if len(usable) != len(order) or len(order) < 2:
            return None
        return dict(zip(order, usable, strict=True))

    def _dates_bracketed_after(self, place_end: int, dates: list[DateMention]) -> bool:
        """"the A and B inaugurations (Thu 18 Dec and Mon 15 Dec)": the bracket holds only the
        days, one per place, right after the places' own words; that is an order too."""
        opening = self.text.rfind("(", place_end, dates[0].start)
        if opening < 0 or dates[0].start - opening > 5:
            return False
        if len(self.text[place_end:opening].split()) > 2:
            return False
        closing = self.text.find(")", dates[-1].end, dates[-1].end + 2)
        if closing < 0 or "(" in self.text[opening + 1 : dates[-1].end]:
            return False
        between = [
            _BRACKET_WEEKDAY.sub("", self.text[a.end : b.start]).strip(" ,;/·").lower()
            for a, b in itertools.pairwise(dates)
        ]
        return all(gap in {"", "and", "와", "과", "및", "&"} for gap in between)

    def _nearest_trigger(self, mention: DateMention, triggers: list[_Trigger]) -> _Trigger:
        def distance(trig: _Trigger) -> int:
            if trig.start >= mention.end:
                gap = trig.start - mention.end
                # Korean puts the date before its verb; English usually after ("opened on ...").
                if self.language == "ko":
                    return gap
                # An English date closes its own phrase: "who broke ground in February, cut
                # the ribbon" / "broke ground in A on 28 February and inaugurated the
                # factories on 20 December" date the groundbreaking.
                between = self.text[mention.end : trig.start]
                # (further past "and" with a verb of its own: "broke ground in A, B Province,
                # on February 28 last year and returned to cut the tape there")
                return gap + 5 + (60 if " and " in between else 30 if "," in between else 0)
            if (
                self.language == "ko"
                and self.text[trig.end - 1 : trig.end] in "공식업"
                and not self.text[trig.end : mention.start].strip(" \t:")
                and _LABEL_DATE_END.match(self.text, mention.end)
            ):
                # (a note's label and its date: "착공 2.28, 준공 12.28")
                return -1
            return mention.start - trig.end + (5 if self.language == "ko" else 0)

        return min(triggers, key=distance)

    def _policy_clauses(
        self, start: int, end: int, policy: list[_Trigger]
    ) -> list[list[_Trigger]]:
        """The sentence's decisions, one per day told nearest each ("2024년 8월 31일 협의회에서
        …을 지시했고, 같은 해 12월 하순 전원회의가 … 과업에 넣었다": two), or one for all."""
        if len(policy) < 2:
            return [policy]
        dates = [d for d in self._dates_in(start, end) if d.value.precision != "year"]
        nearest = []
        for trig in policy:
            pool = dates
            if self.language == "ko":
                pool = [d for d in dates if d.end <= trig.start] or dates
            nearest.append(self._nearest(trig.start, trig.end, pool))
        if any(n is None for n in nearest) or len({n.value for n in nearest if n}) < 2:
            return [policy]
        return [[trig] for trig in policy]

    @staticmethod
    def _nearest(start: int, end: int, dates: list[DateMention]) -> DateMention | None:
        usable = [d for d in dates if d.value.precision != "year"]
        if not usable:
            return None
        return min(usable, key=lambda d: d.start - end if d.start >= end else start - d.end)

    def _last_of_dotted_group(self, county: _County) -> _County:
        """The last place of a group joined by middle dots that `county` opens or is part of
        ("장연군·평안남도 북창군·강원도 철원군"), or `county` itself."""
        at = bisect_left(self.county_starts, county.start)
        last = county
        while at + 1 < len(self.counties):
            following = self.counties[at + 1]
            if not _DOTTED_JOIN.fullmatch(self.text, last.end, following.start):
                break
            last, at = following, at + 1
        return last

    def _date_for(
        self,
        county: _County,
        clause_dates: list[DateMention],
        sentence_dates: list[DateMention],
        clause_counties: list[_County],
    ) -> DateMention | None:
        # (nor a date of another place's aside that tells an event of its own)
        others = {
            d.start
            for d in {d.start: d for d in (*clause_dates, *sentence_dates)}.values()
            if self._in_aside_of_other(d, county)
        }
        if self.language == "ko":
            # ("지난해 12월 성천군을 시작으로 재령군, 숙천군 … 온천군에서도 준공됨으로써": the
            # month is the first place's; those after "시작으로" are not dated by it)
            others |= {
                d.start
                for d in (*clause_dates, *sentence_dates)
                if d.end <= county.start
                and d.value.precision == "month"
                and (begun := self.text.find("시작으로", d.end, county.start)) >= 0
                and any(
                    d.end <= c.start < begun and c.start - d.end <= _KO_FIRST_PLACE_REACH
                    for c in self.counties
                )
            }
        year_told = any(d.value.precision == "year" for d in clause_dates)
        clause_dates = [
            d for d in clause_dates if d.value.precision != "year" and d.start not in others
        ]
        sentence_dates = [
            d for d in sentence_dates if d.value.precision != "year" and d.start not in others
        ]
        if year_told and not clause_dates and not sentence_dates and self.language == "en":
            # ("A, B and C also held inaugurations this year": its time is a year; no month
            # of the sentence before is its)
            self.year_only.add((county.unit.id, county.start))
            return None
        # A date in brackets right after the name: "강동군(15일)"; or after what was built there,
        # before the next place: "구성시 병원(13일), 강동군 지방공업공장·종합봉사소(15일)".
        # (or after the last of places joined by middle dots: "황해남도 장연군·평안남도 북창군·
        # 강원도 철원군·자강도 장강군(18일)")
        last = self._last_of_dotted_group(county)
        for d in clause_dates:
            if (
                0 <= d.start - last.end <= _BRACKETED_DATE_REACH
                and self.text[d.start - 1 : d.start] == "("
                and not any(mark in self.text[last.end : d.start - 1] for mark in "(,")
                and not any(last.end <= c.start < d.start for c in self.counties)
                # (a group's bracket holds only its day: not "우시·은파 … (3/11 일괄 보도분)")
                and (last is county or self.text.startswith(")", d.end))
            ):
                return d
        # English names the date after the place it belongs to: "in Kujang County on Jan. 24
        # and in Usi County on Jan. 25". A date that closes the county's own phrase (no other
        # county in between) is its date.
        if self.language == "en":
            # "on Tuesday the 14th in A, on Thursday the 16th in B": a date right before "in"
            # and the place is that place's.
            for d in clause_dates or sentence_dates:
                if 0 <= county.start - d.end <= 8 and _DATE_IN_PLACE.fullmatch(
                    self.text, d.end, county.start
                ):
                    return d
            # "Ryonggang County (Nampho), where ground was broken for factories and the third
            # pilot hospital on Sunday 9 Feb": the date of the place's own relative clause.
            for d in sentence_dates:
                if (
                    0 <= d.start - county.end <= _WHERE_CLAUSE_REACH
                    and _WHERE_CLAUSE.fullmatch(self.text, county.end, d.start)
                    and not any(county.end <= c.start < d.start for c in self.counties)
                ):
                    return d
            # An elliptical clause shares the verb but keeps its own date: "A's plants were
            # inaugurated on Dec. 23, and B, with its factories, on Dec. 26".
            # (The same place spelled again in brackets is no other: "Ŭnp'a (Unpha) on Jan. 10".)
            reach = 60 if clause_dates else 80
            for d in clause_dates or sentence_dates:
                if 0 <= d.start - county.end <= reach and not any(
                    county.end <= c.start < d.start and c.unit is not county.unit
                    for c in self.counties
                ):
                    return d
        elif self._dates_follow_places(clause_dates, clause_counties):
            # Korean pairs each place with the date of its own phrase when an enumeration
            # gives several after their places: "A군 ... 준공식은 1월 30일에, B군 ... 31일에"
            # (but "19일에는 A시, 20일에는 B군에서": before them).
            for d in clause_dates:
                if 0 <= d.start - county.end <= 40 and not any(
                    county.end <= c.start < d.start for c in self.counties
                ):
                    return d
        for pool in (clause_dates, sentence_dates):
            # (a date in brackets right after another place is that place's alone:
            # "황주군(2.26.)에 이어 신양군, 곡산군이 2월 하순 착공")
            pool = [d for d in pool if not self._bracketed_after_other(d, county)]
            before = [d for d in pool if d.end <= county.start]
            if self.language == "en":
                # ("…, the factories in A, whose hospital Kim had broken ground for on 6
                # February; factories in B …": A's relative clause keeps its day.)
                before = [d for d in before if not self._in_closed_relative_clause(d, county)]
            if before:
                if self.language == "ko" and (
                    self._year_clause_between(before[-1].end, county.start)
                    # ("1월 7일 재령군, 이후 숙천·은파 등에서 순차적으로 준공식을 열어 왔다": the
                    # places after "이후" came later, on days not given)
                    or _KO_THEREAFTER.search(self.text, before[-1].end, county.start)
                ):
                    self.year_only.add((county.unit.id, county.start))
                    return None
                return before[-1]
            after = [d for d in pool if d.start >= county.end]
            if self.language == "en":
                # ("The inauguration of A, the second after B, which was inaugurated on
                # November 19, took place on December 13": B's relative clause keeps its day.)
                after = [d for d in after if not self._in_relative_clause_of_other(county, d)]
            if after:
                return after[0]
        return None

    def _bracketed_after_other(self, mention: DateMention, county: _County) -> bool:
        """Is the date in brackets right after another place's name ("황주군(2.26., …)")?"""
        if self.text[mention.start - 1 : mention.start] != "(":
            return False
        return any(
            0 <= mention.start - 1 - other.end <= 1 and other.unit.id != county.unit.id
            for other in self.counties
        )

    def _in_aside_of_other(self, mention: DateMention, county: _County) -> bool:
        """Is the date in a bracketed aside after another place that tells an event of its
        own ("Kangdong (factories only this time; the hospital was started 6 Feb with Kim),
        Jangyon, Puryong": the 6 Feb is the hospital's, not Jangyon's)? An aside is the
        place's it follows ("Kosan (opened 29 Jan)" is Kosan's)."""
        text = self.text
        opening = text.rfind("(", max(0, mention.start - _ASIDE_REACH), mention.start)
        closing = text.find(")", mention.end, mention.end + _ASIDE_REACH)
        if (
            opening < 0
            or closing < 0
            or ")" in text[opening : mention.start]
            or "\n" in text[opening:closing]
            or opening <= county.start < closing
            or not any(not t.spec.generic for t in self._triggers(opening, closing))
        ):
            return False
        before = bisect_left(self.county_starts, opening) - 1
        return not (before >= 0 and self.counties[before].unit.id == county.unit.id)

    def _in_closed_relative_clause(self, mention: DateMention, county: _County) -> bool:
        """Is the date, before `county`, inside a relative clause ("…, whose … on 6 February")
        of another place, closed by a semicolon before `county`?"""
        if ";" not in self.text[mention.end : county.start]:
            return False
        return any(
            other.end <= mention.start
            and other.unit.id != county.unit.id
            and _RELATIVE_CLAUSE_BEFORE.fullmatch(self.text, other.end, mention.start) is not None
            for other in self.counties
        )

    def _in_relative_clause_of_other(self, county: _County, mention: DateMention) -> bool:
        """Is the date inside a relative clause ("…, which was inaugurated on …") that
        qualifies another place named between `county` and the date?"""
        return any(
            county.end <= other.start
            and other.end <= mention.start
            and other.unit.id != county.unit.id
            and _RELATIVE_CLAUSE_TO.fullmatch(self.text, other.end, mention.start) is not None
            # ("Kyongsong and Orang counties, where construction began": both places')
            and _COORDINATED_WITH.fullmatch(self.text, county.end, other.start) is None
            for other in self.counties
        )

    def _year_clause_between(self, start: int, end: int) -> bool:
        """Does a Korean clause that opens after an earlier one ("… 진행된 이후") and names
        only a year ("올해에 들어와") stand between a date and a place? The place is of that
        year, not of the day before it."""
        boundary = _KO_AFTER_CLAUSE.search(self.text, start, end)
        return (
            boundary is not None
            and _KO_YEAR_WORD.search(self.text, boundary.end(), end) is not None
            and not self._dates_in(boundary.end(), end)
        )

    def _days_lead_places(self, dates: list[DateMention], places: list[_County]) -> int:
        """How many more dates stand right before a place than right after one ("1일 개성시
        장풍군, 3일 금야군" against "장풍군 1일, 금야군 3일"), a comma never between."""
        def close(start: int, end: int) -> bool:
            return 0 < end - start <= _DAY_PLACE_REACH and not _CLAUSE_BREAK.search(
                self.text, start, end
            )

        leading = sum(1 for d in dates if any(close(d.end, c.start) for c in places))
        trailing = sum(1 for d in dates if any(close(c.end, d.start) for c in places))
        return leading - trailing

    def _dates_follow_places(self, clause_dates: list[DateMention], places: list[_County]) -> bool:
        """Does a clause enumerate several places, each followed by its own date?"""
        text = self.text
        if len(clause_dates) < 2 or not places:
            return False
        if len({c.unit.id for c in places}) < 2:
            return False
        if places[0].start < clause_dates[0].start:
            # (not when the days are topics that lead their places: "A군 준공 이틀 뒤에는 B군이,
            # 7일에는 C군이, 9일에는 D군이 뒤를 이었고": A is where the count starts)
            led = sum(
                1
                for d in clause_dates
                if _KO_DAY_TOPIC.match(text, d.end)
                and any(0 < c.start - d.end <= _KO_DAY_TOPIC_PLACE_REACH for c in places)
            )
            if led >= 2:
                return False
            # (nor when each day leads its place after undated ones: "A군에서, B군에서… 이달에
            # 들어와서도 1일 개성시 C군, 3일 함경남도 D군 …": C's day is the 1st)
            return self._days_lead_places(clause_dates, places) < 2
        # (A date before them all is another event's when each place is the topic of its
        # own date: "세 곳 모두 작년 3월에 착공해 구장군은 1월 24일, 구성시는 1월 30일 ...")
        after = [d for d in clause_dates if d.start > places[0].start]
        return (
            len(after) >= 2
            and _KO_TOPIC.match(text, places[0].end) is not None
            and any(0 <= d.start - places[0].end <= _KO_TOPIC_DATE_REACH for d in after)
        )

    def _policy(
        self, index: int, start: int, end: int, triggers: list[_Trigger], leader: bool
    ) -> None:
        told = self._dates_in(start, end)
        trig = triggers[0]
        dates = [
            d
            for d in told
            if d.value.precision != "year"
            # (not a time named after the decision as another's: "… decided that hospitals
            # would be built, converting February's announcement into a plan")
            and not (d.start >= trig.end and self.text.startswith(("'s", "’s"), d.end))
        ]
        if not leader and any(t.spec.leader for t in triggers):
            # (A trigger that needs the leader as its actor passed only with him found before
            # the sentence: "[he broke ground.] 그 자리에서 … 구상을 밝혔습니다." is his; the
            # year's quota said again after his ceremony is no new step.)
            restated = self.vocab.policy_restated
            if restated is not None and restated.search(self.text, start, end):
                return
            leader = True
        vague = self.vocab.vague_time
        # (the year of what is to be built, "would be built in 2025", is not the decision's)
        # (and so is the year after the hospitals announced: "three pilot hospitals in 2025")
        to_come = _TO_BE_BUILT.search(
            self.text, trig.start, trig.end
        ) is not None or self.lowered.endswith("hospitals", trig.start, trig.end)
        # (a year before the pilots named in Korean is theirs: "올해 시범병원 3곳 … 발표")
        pilots_named = self.language == "ko" and self.text.startswith("시범", trig.start)
        time_not_given = not dates and (
            # ("the policy unveiled in 2024", "which he unveiled in early 2024")
            any(
                (0 <= d.start - trig.end <= _YEAR_NEXT_TO_TRIGGER and not to_come)
                or (0 <= trig.start - d.end <= _YEAR_NEXT_TO_TRIGGER and not pilots_named)
                for d in told
            )
            or (vague is not None and vague.search(self.text, start, end) is not None)
        )
        if not dates and all(t.spec.own_time for t in triggers):
            time_not_given = True
        if self.language == "ko" and any(d.end <= trig.start for d in dates):
            # Korean tells the date before its verb: "2. 6. … 구상 발표 / 2. 9. …" is the 6th.
            dates = [d for d in dates if d.end <= trig.start]
        when = self._nearest(trig.start, trig.end, dates)
        facilities = self._facilities(start, end)
        if not facilities and index + 1 < len(self.sentences):
            # "He said the Party had decided to add public health to the policy. Hospitals
            # will be built ...": what is announced may follow in the next sentence.
            facilities = self._facilities(*self.sentences[index + 1])
        cand = _Candidate(
            unit=None,
            event_type="policy_announcement",
            date=when.value if when else None,
            span=(start, end),
            facilities=facilities,
            leader_in_sentence=leader,
            sentence_index=index,
            confidence=0.75 if when else 0.55,
            leader_attended=True if leader else None,
            adoption=not trig.spec.leader,
            time_not_given=time_not_given,
        )
        cand.sentences.add(index)
        self.policy.append(cand)

    def _previous_policy_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The day of the decision told in the sentence before, when this one goes on with it
        ("In his speech he made public the Party's decision to build modern hospitals. He said
        that hospitals would be built this year in …": the same speech). Not one that told
        its own, older time ("… had decided at the plenary in December last year"): the
        speech goes on to what is new."""
        return next(
            (
                p.date
                for p in self.policy
                if p is not cand
                and p.date is not None
                and p.sentence_index == cand.sentence_index - 1
                and not any(
                    d.value.precision != "year"
                    for d in self._dates_in(*self.sentences[p.sentence_index])
                )
            ),
            None,
        )

    def _add(
        self,
        index: int,
        unit: Any,
        trig: _Trigger,
        when: DateMention | None,
        span: tuple[int, int],
        leader: bool,
        *,
        inherited: bool,
        facilities: set[str] | None = None,
    ) -> None:
        if inherited and (index in self.legend_sentences or trig.spec.placed):
            return
        if self._in_change_log(span[0]):
            return  # ("Change log: v2 moved Kusong from 14 Dec (report date) to 13 Dec")
        if when is not None and trig.event_type in CEREMONY_TYPES and self._clip_header_day(when):
            # ("[1] KCNA, 30 Jan 2026, 06:14 – "… Breaks Ground … in Unryul County"": the day
            # the item ran, not of the ceremony its body dates)
            when = None
        if facilities is None:
            facilities = self._facilities(span[0], span[1])
        value = when.value if when is not None else None
        if (
            when is not None
            and when.relation in ("same", "then", "+1")
            and trig.event_type == "production_start"
        ):
            # "The factories went into operation the same day" ("that same day", "on that
            # day", "the following morning"): counted from their own inauguration, not from
            # whatever ceremony elsewhere the report named last.
            inauguration = next(
                (
                    c.date
                    for c in reversed(self.candidates)
                    if c.event_type == "completion"
                    and c.unit is not None
                    and c.unit.id == unit.id
                    and c.date is not None
                    and c.date.precision == "day"
                ),
                None,
            )
            if inauguration is not None and when.relation == "+1":
                inauguration = ResolvedDate.of(inauguration.as_date() + timedelta(days=1))
            value = inauguration or value
        if value is None and self.language == "ko" and trig.event_type == "leader_visit":
            value = self._day_before_report(index)
        confidence = 0.9
        if when is None:
            confidence -= 0.2
        elif when.value.precision == "month":
            confidence -= 0.05
        if inherited:
            confidence -= 0.1
        if trig.spec.generic or trig.spec.continuation or trig.spec.weak:
            confidence -= 0.1
        leader_attended: bool | None = None
        if leader and (
            trig.event_type == "leader_visit"
            # (A line of a log of his appearances is his: "- 15 Dec — A: factories opening.")
            or (
                trig.event_type in CEREMONY_TYPES
                and self._leader_log()
                and self._dated_line(self.sentences[index][0])
            )
            or (
                trig.event_type in CEREMONY_TYPES
                # "Kim did not attend the inauguration": the ceremony without him.
                and self._first_in(self.non_attendance_positions, span[0], span[1]) is None
                and not self._absent_in_bare_clause(index)
                and self._leader_attends(span, trig)
            )
        ):
            leader_attended = True
        cand = _Candidate(
            unit=unit,
            event_type=trig.event_type,
            date=value,
            span=span,
            facilities=facilities,
            leader_in_sentence=leader,
            sentence_index=index,
            confidence=confidence,
            inherited_county=inherited,
            leader_attended=leader_attended,
            before_operation=trig.spec.before_operation,
        )
        cand.sentences.add(index)
        self.candidates.append(cand)
        self.paired_triggers.add(trig.start)
        if when is not None and trig.event_type in CEREMONY_TYPES:
            if self.lead_event_date is None:
                self.lead_event_date = when.value
            if self.lead_date is None and when.value.precision == "day":
                self.lead_date = when.value

    def _leader_attends(self, span: tuple[int, int], trig: _Trigger) -> bool:
        """Does the clause of a ceremony say the leader (named in its sentence) attended it?

        Yes when the clause says someone attended ("attended", "참석하시였다"), has someone
        perform it ("cut the tape", "broke ground"), or names him before the ceremony
        ("Kim opened the factories"). A ceremony merely mentioned in his speech does not count.
        """
        start, end = span
        if self._first_in(self.attendance_positions, start, end) is not None:
            return True
        index = bisect_left(self.trigger_starts, start)
        while index < len(self.all_triggers) and self.all_triggers[index][0] < end:
            spec = self.all_triggers[index][2]
            # Breaking ground makes him attend the groundbreaking, not a completion.
            if spec.action and spec.event_type == trig.event_type:
                return True
            index += 1
        leader = self.vocab.leader
        named = leader.search(self.text, start, trig.start) if leader is not None else None
        return named is not None

    # ------------------------------------------------------------------ finishing
    def _without_interval_anchors(self, triggers: list[_Trigger]) -> list[_Trigger]:
        """"구장군: 착공 약 10개월 만의 준공": an event told only as the start of an interval
        before another ("착공 ... 만의") is not the line's event, unless a date of its own
        stands right before it ("지난해 3월 착공한 지 10개월 만에")."""
        kept = []
        for trig in triggers:
            later = [t for t in triggers if t.start > trig.end]
            # "지난해 착공한 공장이 올해 2월 문을 연 곳이다": an earlier stage said of the
            # facility whose event the clause tells ("착공한" before its noun), dated no
            # nearer than its year.
            stage = (
                later
                and trig.event_type == "groundbreaking"
                and any(t.event_type in ("completion", "production_start") for t in later)
                and _KO_ADNOMINAL_STAGE.match(self.text, trig.end) is not None
            )
            if (
                stage
                or (later and _KO_INTERVAL_AFTER.match(self.text, trig.end))
                # ("착공부터 준공까지 열 달 정도 걸린 셈": the two ends of a span)
                or (later and _KO_SPAN_FROM.match(self.text, trig.end))
                or _KO_SPAN_TO.match(self.text, trig.end)
            ):
                own = [
                    d
                    for d in self.dates
                    if 0 <= trig.start - d.end <= 3 and d.value.precision != "year"
                ]
                if not own:
                    continue
            kept.append(trig)
        return kept

    def _ceremony_without_opening(self) -> bool:
        """Does the report tell of a ceremony ("Ceremonies were attended by ...", "with an
        inauguration ceremony") but name no completion of its own?"""
        body = [t for t in self.all_triggers if t[0] >= self.body_start]
        # ("Present at the inauguration ceremony were ...": a ceremony told without a place
        # of its own is the one the operation was started with.)
        ceremony = any(
            spec.generic
            or (spec.event_type == "completion" and not self._tells_its_own(at))
            for at, _end, spec in body
        )
        # (An opening to come elsewhere, "Inauguration ceremonies are to be held in B", is not
        # one of its own.)
        opening = any(
            spec.event_type == "completion"
            and not spec.generic
            and not spec.weak
            and self._tells_its_own(at)
            and not self._is_future(at, end, *self.sentences[self._sentence_of(at)])
            for at, end, spec in body
        )
        return ceremony and not opening

    def _tells_its_own(self, position: int) -> bool:
        """Does the sentence of the trigger at `position` place or date what it tells ("An
        inauguration ceremony took place on January 29"), unlike an aside about who attended?"""
        index = self._sentence_of(position)
        return self._names_a_place(index) or bool(self._dates_in(*self.sentences[index]))

    def _says_recently(self, cand: _Candidate) -> bool:
        words = self.vocab.recent_words
        start, end = self.sentences[cand.sentence_index]
        sentence = self.lowered[start:end]
        if any(word in sentence for word in words):
            return True
        summing_up = self.vocab.summing_up_openings
        if (
            summing_up
            and sentence.lstrip().startswith(summing_up)
            # (work still going on in a county it names is today's: "이로써 김형직군만이 남게
            # 되였는데 이 군에서도 ... 마감공사가 한창이다")
            and (cand.event_type in CEREMONY_TYPES or not self._names_county(start, end))
        ):
            return True
        if not sentence.lstrip().startswith(self.vocab.earlier_openings):
            return False
        # ("앞서 6개 시, 군에서 … 진행된데 이어 A군에서 착공식들이 있었다": the earlier
        # clause names no place, so the places are the news)
        ends = [at for mark in self.vocab.earlier_clause_ends if (at := sentence.find(mark)) > 0]
        return not ends or self._names_county(start, start + min(ends))

    def _line_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The date at the start of the line a sentence continues ("- Nov. 19: Kangdong
        County Hospital. Kim Jong Un cut the tape."), when the line is a dated row."""
        s_start = self.sentences[cand.sentence_index][0]
        line_start = self.text.rfind("\n", 0, s_start) + 1
        if line_start >= s_start:
            return None
        on_line = [
            d for d in self._dates_in(line_start, s_start) if d.value.precision != "year"
        ]
        if not on_line:
            return None
        first = on_line[0]
        if _ROW_DATE_START.match(self.text, line_start) or (
            # (a review's paragraph that opens with its month: "March. The remaining 19 sites
            # broke ground …")
            first.value.precision == "month"
            and first.start == line_start
            and MONTH_OPENS_PARAGRAPH_AFTER.match(self.text, first.end) is not None
        ):
            return first.value
        return None

    def _sentences_back(self, index: int, count: int) -> int:
        """The index `count` sentences before `index`, not counting a script's cue lines
        ("[리포트]", "ANCHOR:")."""
        back = index
        while count > 0 and back > 0:
            back -= 1
            start, end = self.sentences[back]
            if not _CUE_LINE.fullmatch(self.text, start, end):
                count -= 1
        return back

    def _day_told_next(self, cand: _Candidate) -> ResolvedDate | None:
        """The day the sentence after a lead gives the lead's ceremony ("… 첫 삽을 떴다고
        조선중앙통신이 7일 보도했다." over "통신에 따르면 김 총비서는 전날(6일) 열린
        착공식에서 …"): the report told first, the day next."""
        first = bisect_left(self.sentence_starts, self.body_start)
        if cand.event_type not in CEREMONY_TYPES or cand.sentence_index > first + 1:
            return None
        start, end = self.sentences[cand.sentence_index]
        reporting = self.vocab.reporting_sentence
        # (a lead about one place that cites its report, not a round-up of several)
        if (
            reporting is None
            or reporting.search(self.lowered, start, end) is None
            or len(self._units_between(start, end)) != 1
        ):
            return None
        days = [
            when
            for index, event_type, when in self.trigger_dates.values()
            if index == cand.sentence_index + 1
            and event_type == cand.event_type
            and when.precision == "day"
        ]
        return days[0] if len(set(days)) == 1 else None

    def _visit_day_told_next(self, cand: _Candidate) -> ResolvedDate | None:
        """The day the sentence right after a visit cited from its report gives the visit
        ("… 공장들을 돌아봤다고 노동신문이 4일 보도했다." over "현지 방문은 3일 이뤄졌다.", "…,
        KCNA said Thursday. The visit took place on Wednesday.")."""
        if cand.event_type != "leader_visit" or cand.sentence_index + 1 >= len(self.sentences):
            return None
        start, end = self.sentences[cand.sentence_index]
        reporting = self.vocab.reporting_sentence
        if reporting is None or reporting.search(self.lowered, start, end) is None:
            return None
        n_start, n_end = self.sentences[cand.sentence_index + 1]
        if _VISIT_TOLD_NEXT.match(self.text, n_start, n_end) is None:
            return None
        days = {d.value for d in self._dates_in(n_start, n_end) if d.value.precision == "day"}
        return days.pop() if len(days) == 1 else None

    def _heading_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The date a short heading line gives the bullet rows under it ("■ 월" over "- 평양
        강동군: ... 준공식.", "Tuesday:" over "- Anju: factories opened")."""
        text = self.text
        s_start = self.sentences[cand.sentence_index][0]
        line_start = text.rfind("\n", 0, s_start) + 1
        if not _BULLET_ROW.match(text, line_start):
            return None
        # The last date before the line that is not in a bullet row above it ("(Hospital
        # there already opened Nov 19)" in the row before is that row's aside).
        heading = None
        for mention in reversed(self.dates[: bisect_left(self.date_starts, line_start)]):
            m_start = text.rfind("\n", 0, mention.start) + 1
            if not _BULLET_ROW.match(text, m_start) or self._bare_date_line(mention, m_start):
                # (or a bulleted line that is nothing but its date: " ㅇ 12.15.(월)" over
                # "  - 평양시 강동군 … 준공식 : …" and the rows after it)
                heading = mention
                break
        if heading is None or heading.value.precision == "year":
            return None
        h_start = text.rfind("\n", 0, heading.start) + 1
        h_end = text.find("\n", heading.end)
        if h_end < 0:
            return None
        if heading.value.precision == "month":
            # (a part of a month, nothing else on its line: "LATE FEBRUARY, DAY NOT GIVEN"
            # over "- KCNA's round-up mentioned ground-breakings in A, B and C.")
            rest = text[h_start : heading.start] + text[heading.end : h_end]
            if _DAY_NOT_GIVEN.sub("", rest).strip(" \t#*■:-—–"):
                return None
        elif h_end - h_start > _DATE_HEADING_MAX and not (
            # (a day's lead over its lettered items: "09/02 (Sun)  two items on one day:")
            h_end - h_start <= _DATE_LEAD_MAX and text[h_start:h_end].rstrip().endswith(":")
        ):
            return None
        # Only bullet rows (and blank lines) between the heading and this line, and the
        # list's lead right under the heading ("THURSDAY 27 FEB" over "Six ceremonies on one
        # day, …:" over "• Pukchang County").
        lines = [line for line in text[h_end + 1 : line_start].splitlines() if line.strip()]
        if lines and not _BULLET_ROW.match(lines[0]) and lines[0].rstrip().endswith(":"):
            lines = lines[1:]
        if any(not _BULLET_ROW.match(line) for line in lines):
            return None
        return heading.value

    def _field_date_below(self, cand: _Candidate) -> ResolvedDate | None:
        """The date a record's field line right under its title gives ("[Card] Ryonggang —
        factories + pilot hospital opened" over "  Event: 29 Dec. Kim Jong Un attended")."""
        text = self.text
        s_start = self.sentences[cand.sentence_index][0]
        line_end = text.find("\n", s_start)
        if line_end < 0:
            return None
        field = _EVENT_FIELD.match(text, line_end + 1)
        if field is None:
            return None
        told = self._dates_in(field.end(), field.end() + _FIELD_DATE_REACH)
        if not told or told[0].start != field.end() or told[0].value.precision == "year":
            return None
        return told[0].value

    def _bare_date_line(self, mention: DateMention, line_start: int) -> bool:
        """Is the line of `mention` nothing but its date and marks (" ㅇ 12.15.(월)")?"""
        line_end = self.text.find("\n", mention.end)
        if line_end < 0:
            line_end = len(self.text)
        rest = self.text[line_start : mention.start] + self.text[mention.end : line_end]
        return _HEADING_MARKS.fullmatch(rest.replace("\u3147", "")) is not None

    def _date_line_above(self, cand: _Candidate) -> ResolvedDate | None:
        """The date of a line of its own over the paragraph of the sentence, a chronicle's
        heading ("주체113(2024)년 2월 28일" over "... 착공식에 참석하시여 ...")."""
        text = self.text
        pos = text.rfind("\n", 0, self.sentences[cand.sentence_index][0]) + 1
        for _ in range(_PARAGRAPH_LINES_MAX):
            if pos <= self.body_start:
                return None
            line_start = text.rfind("\n", 0, pos - 1) + 1
            line = text[line_start : pos - 1]
            if not line.strip():
                return None  # the paragraph has no heading
            dates = self._dates_in(line_start, pos - 1)
            if dates and len(line) <= _DATE_LINE_MAX:
                rest = line
                for d in reversed(dates):
                    rest = rest[: d.start - line_start] + rest[d.end - line_start :]
                if _HEADING_MARKS.fullmatch(rest) and dates[-1].value.precision != "year":
                    return dates[-1].value
                return None
            pos = line_start
        return None

    def _named_day(self, cand: _Candidate) -> ResolvedDate | None:
        """The day of the sentence just before that named the county an undated event took
        from it, when that sentence tells nothing else ("그다음 화요일엔 황북 황주군. 공장에
        량곡관리소까지 같이 준공했어요.")."""
        if not cand.inherited_county or cand.event_type not in CEREMONY_TYPES:
            return None
        s_start = self.sentences[cand.sentence_index][0]
        index = bisect_left(self.county_starts, s_start) - 1
        if index < 0 or self.counties[index].unit.id != cand.unit.id:
            return None
        # (the nearest of its last two mentions that gives a day: "Kim opened the season on
        # Thursday the 29th in Unryul County. Yonhap spells it 'Unnyul'. He dug the first
        # spadeful ...")
        earliest = self._sentences_back(cand.sentence_index, 2)
        while index >= 0 and self.counties[index].unit.id == cand.unit.id:
            named = self._sentence_of(self.counties[index].start)
            if named < earliest:
                return None
            start, end = self.sentences[named]
            days = {d.value for d in self._dates_in(start, end) if d.value.precision == "day"}
            if days:
                if len(days) != 1 or self._triggers(start, end):
                    return None
                return days.pop()
            index -= 1
        return None

    def _caption_told_after(self, row: int) -> bool:
        """Is the row a caption's opening, only the place and the day, with the sentence after
        it on its line telling the event in words of its own?"""
        if row + 1 >= len(self.sentences) or row in self.rows:
            return False  # (a list's row, "- Hamju -- Jan. 18. The speaker said …", is not one)
        r_start, r_end = self.sentences[row]
        n_start, n_end = self.sentences[row + 1]
        if (
            "\n" in self.text[r_end:n_start]
            # (one place: "FRIDAY — another six: Kangdong, Jangyon, …" is a list's line)
            or len(self._units_between(r_start, r_end)) != 1
            or not self._only_places(r_start, r_end, dated=True)
        ):
            return False
        return any(
            not t.spec.generic
            and not t.spec.continuation
            and not self._reference_point(n_start, t.start)
            for t in self._triggers(n_start, n_end)
        )

    def _caption_day(self, cand: _Candidate) -> ResolvedDate | None:
        """The day of a caption's opening line, when it is only the place and the day and the
        sentence right after tells the event there ("Sŏngch'ŏn-gun, P'yŏngan-namdo, 20 Dec
        2024. Kim Jong Un speaks at the inauguration of the factories in Sŏngch'ŏn ...")."""
        index = cand.sentence_index
        if index < 1 or cand.event_type not in CEREMONY_TYPES | {"leader_visit"}:
            return None
        start, end = self.sentences[index - 1]
        if start > 0 and self.text[start - 1] != "\n":
            return None  # (the place and the day open their line)
        # (the cheap tests first: this is asked of every undated event)
        days = {d.value for d in self._dates_in(start, end) if d.value.precision == "day"}
        if len(days) != 1 or cand.unit is None:
            return None
        first = bisect_left(self.trigger_starts, start)
        if first < len(self.trigger_starts) and self.trigger_starts[first] < end:
            return None  # (a line that tells an event of its own)
        if cand.unit.id not in {u.id for u in self._units_between(start, end)}:
            return None
        if not self._only_places(start, end, dated=True):
            return None
        return days.pop()

    def _gathering_day(self, cand: _Candidate) -> ResolvedDate | None:
        """The one day the first sentence of a report about a ceremony gives, when it names
        the county and tells of nothing else ("the working people of Yonthan County gathered
        on Thursday in front of the new factories. The completion was declared by ...")."""
        if cand.event_type not in CEREMONY_TYPES or self.doc_type not in (None, cand.event_type):
            return None
        # The first sentence that names the county, among the report's first few.
        body = max(0, self._sentence_of(self.body_start))
        first = next(
            (
                i
                for i in range(body, min(body + _GATHERING_REACH, cand.sentence_index))
                if cand.unit.id in {u.id for u in self._units_between(*self.sentences[i])}
            ),
            None,
        )
        if first is None:
            return None
        start, end = self.sentences[first]
        days = [d.value for d in self._dates_in(start, end) if d.value.precision == "day"]
        earlier = [
            d for d in self._dates_in(end, self.sentences[cand.sentence_index][0])
            if d.value.precision != "year"
        ]
        if len(set(days)) != 1 or earlier or self._triggers(start, end):
            return None
        return days[0]

    def _news_month(self, cand: _Candidate) -> ResolvedDate | None:
        """The dateline's month for the ceremonies of a dated news item that gives no date
        at all ("【평양 2월 26일발】 ... 착공식들이 진행되였다"): state media report a ceremony
        within days, so the month is known, the day is not. Not in the first days of a
        month, when the ceremony may have been in the month before."""
        ref = self.reference
        if (
            ref is None
            or not self.has_dateline
            or ref.day <= 2
            or cand.event_type not in CEREMONY_TYPES
            or self.doc_type not in (None, cand.event_type)
        ):
            return None
        start, end = self.sentences[cand.sentence_index]
        # A date up to the ceremony's sentence, or in any sentence about such a ceremony,
        # would have dated it (a weather item's "today" after it does not).
        told = {
            self._sentence_of(t[0]) for t in self.all_triggers if t[2].event_type == cand.event_type
        }
        # (A later sentence that dates another place's ceremony, "앞서 ... 지난달 28일 성천군
        # 착공식", says nothing of these.)
        if any(
            d.value.precision != "year"
            and (
                d.start < end
                or (
                    self._sentence_of(d.start) in told
                    and not self._names_a_place(self._sentence_of(d.start))
                )
            )
            for d in self.dates
        ):
            return None
        held = self.vocab.ceremony_held
        if held is None or held.search(self.text, start, end) is None:
            return None
        return ResolvedDate(ref.year, ref.month)

    def _reported_month(self, cand: _Candidate) -> ResolvedDate | None:
        """The month of the day an outlet reported ceremonies it gave no day for ("The Korean
        Central News Agency said Monday that ground-breaking ceremonies had been held in 13
        cities and counties: …"): state media report a ceremony within days, so the month is
        known, the day is not (not in the first days of a month)."""
        if (
            self.language != "en"
            or cand.event_type not in CEREMONY_TYPES
            or self.reference is None
        ):
            return None
        start, end = self.sentences[cand.sentence_index]
        told = DateResolver(self.reference).find(self.text, start, end)
        if len(told) != 1 or told[0].value.precision != "day":
            return None
        day = told[0].value
        if (day.day or 0) <= 2 or not self._is_reporting_date(told[0]):
            return None
        sentence = self.lowered[start:end]
        if any(word in sentence for word in self.vocab.superseded_words):
            return None  # ("An earlier version … said the ceremony took place on Friday")
        held = self.vocab.ceremony_held
        if held is None or held.search(self.text, start, end) is None:
            return None
        return ResolvedDate(day.year, day.month)

    def _post_month(self, cand: _Candidate) -> ResolvedDate | None:
        """The month of a channel post's stamp for the ceremonies it passes on from an outlet
        with no date at all ("📌 3/7(목) 18:20" over "[속보] 조선중앙통신: … 6곳 착공" and the
        list of its sites): the news of that day, the ceremonies some day of its month (not in
        its first days, when they may have been in the month before)."""
        s_start, s_end = self.sentences[cand.sentence_index]
        part = next(
            (
                (at, day)
                for _header, at, day in reversed(self.dated_parts)
                if at <= s_start
            ),
            None,
        )
        if part is None or part[1] is None or part[1].day <= 2:
            return None
        start, day = part
        if cand.event_type not in CEREMONY_TYPES or self._told_date_between(start, s_end):
            return None
        outlet = self.vocab.outlet_report
        if outlet is None or outlet.search(self.text, start, s_end) is None:
            return None
        return ResolvedDate(day.year, day.month)

    def _told_date_between(self, start: int, end: int) -> bool:
        """Does any date finer than a year stand in text[start:end] (ignored ones too)?"""
        first = bisect_left(self.date_starts, start)
        last = bisect_left(self.date_starts, end)
        return any(d.value.precision != "year" for d in self.dates[first:last])

    def _chat_day(self, cand: _Candidate) -> ResolvedDate | None:
        """The day of a chat export's day line for a ceremony a message under it tells as
        news with no date ("--- Monday, December 15, 2025 ---" over "[18:02] minji.k: KCNA
        evening batch is out. Kangdong County: factories … inaugurated."), when nothing in the
        day's messages before it gives a date."""
        if cand.event_type not in CEREMONY_TYPES or "[" not in self.text:
            return None
        s_start, s_end = self.sentences[cand.sentence_index]
        line_start = self.text.rfind("\n", 0, s_start) + 1
        if _CHAT_MESSAGE.match(self.text, line_start) is None:
            return None
        day_line = None
        for found in _CLIP_HEADER.finditer(self.text, 0, line_start):
            if found["day_line"]:
                day_line = found
        if day_line is None or self._told_date_between(day_line.end(), s_end):
            return None
        day = self._header_day(*day_line.span("day_line"), self.reference)
        return ResolvedDate.of(day) if day is not None else None

    def _opens_earlier_event(self, position: int) -> bool:
        """Does an English clause telling an earlier event with its own date start at
        `position` (", following the start of work on the hospital earlier this month")?"""
        return self.language == "en" and FOLLOWING_EVENT_EN.match(self.text, position) is not None

    def _over_a_span(self, index: int) -> bool:
        """Does sentence `index` date its events only by a span of days that runs into another
        month ("2025.01.08~02.09"), read as its year alone?"""
        dates = self._dates_in(*self.sentences[index])
        return any("~" in d.surface or "∼" in d.surface for d in dates) and all(
            d.value.precision == "year" for d in dates
        )

    def _inherited_date(self, cand: _Candidate) -> ResolvedDate | None:
        if self.lead_date is not None:
            return self.lead_date
        day_dates = [
            d for d in self.dates if d.value.precision == "day" and d.start < cand.span[0]
        ]
        return day_dates[-1].value if day_dates else None

    def _placeless_date(self, index: int, event_type: str) -> list[ResolvedDate]:
        """The one date sentence `index` gives a ceremony of this type that it places
        nowhere (its other dates went to the counties it names)."""
        loose = {
            when
            for start, (i, etype, when) in self.trigger_dates.items()
            if i == index
            and etype == event_type
            and (start not in self.paired_triggers or start in self.placed_by_lines)
        }
        return list(loose) if len(loose) == 1 else []

    def _standfirst_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The one day a lead paragraph above the dateline gives an event of this type ("Kim
        inspected factories in two counties on Wednesday, state media said Thursday")."""
        end = self.standfirst_end
        if end <= 0 or cand.event_type in STATE_TYPES | {"policy_announcement"}:
            return None
        last = bisect_left(self.trigger_starts, end)
        if not any(spec.event_type == cand.event_type for *_, spec in self.all_triggers[:last]):
            return None
        # The lead's dates are the same for every event: resolved once per report.
        if self.standfirst_days is None:
            found = DateResolver(self.reference).find(
                self.text, 0, end, skip=self._is_reporting_date
            )
            self.standfirst_days = {d.value for d in found if d.value.precision == "day"}
        days = self.standfirst_days
        return next(iter(days)) if len(days) == 1 else None

    def _lead_ceremony_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The date the lead gives the ceremonies a report then tells place by place ("The
        ceremonies were held on Friday. ... In A Province, the ground was broken in B County."):
        when the lead dated that ceremony and no sentence since gave it another date."""
        if cand.event_type not in CEREMONY_TYPES or cand.event_type != self.doc_type:
            return None
        # Only a sentence that tells one place and no time of its own ("the ceremony was held
        # in A County"), not a tally ("the third after A and B") nor "last year's ceremonies".
        start, end = self.sentences[cand.sentence_index]
        first = bisect_left(self.county_starts, start)
        last = bisect_left(self.county_starts, end)
        if len({c.unit.id for c in self.counties[first:last]}) != 1 or self._dates_in(start, end):
            return None
        earlier = [
            (i, when)
            for i, etype, when in self.typed_dates
            if etype == cand.event_type and i < cand.sentence_index
        ]
        if not earlier or len({when for _i, when in earlier}) != 1:
            return None
        lead_index = next(
            (i for i, (_s, end) in enumerate(self.sentences) if end > self.body_start), None
        )
        if earlier[0][0] != lead_index or not self._one_date(lead_index):
            return None
        return earlier[0][1]

    def _among_those_told(self) -> None:
        """A sentence that picks out some of the ceremonies told before it ("김 위원장은 이
        가운데 강동군병원(11월 19일), 구성시병원 ... 7곳의 준공식에 직접 참석했다") says who
        attended them: its places' ceremonies are those, with the leader, not new ones."""
        pattern = self.vocab.among_those_told
        if pattern is None:
            return
        picked = {
            c.sentence_index
            for c in self.candidates
            if c.event_type in CEREMONY_TYPES
            and pattern.match(self.text, self.sentences[c.sentence_index][0])
        }
        if not picked:
            return
        kept: list[_Candidate] = []
        for cand in self.candidates:
            told = (
                [
                    c
                    for c in self.candidates
                    if c.sentence_index < cand.sentence_index
                    and c.unit is cand.unit
                    and c.event_type == cand.event_type
                ]
                if cand.sentence_index in picked and cand.unit is not None
                else []
            )
            if not told:
                kept.append(cand)
                continue
            if cand.leader_attended:
                for c in told:
                    c.leader_attended = True
        self.candidates = kept

    def _listed_after_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The date of ceremonies told without their places just before "... as follows"
        ("이어 3월 상순에 나머지 19개 시, 군에서 착공식이 련이어 진행되였다. ... 도별로 보면 다음과
        같다."), for the undated sentences after it that name the places."""
        if self.lists_follow is None:
            # (its words first, cheaply: literal searches, not the pattern's)
            body = self.lowered[self.body_start :]
            self.lists_follow = any(word in body for word in _LIST_FOLLOWS_WORDS)
        if not self.lists_follow:
            return None
        index = cand.sentence_index
        reach = _LIST_FOLLOWS_REACH
        j = index - 1
        while j >= 0 and reach > 0:
            start, end = self.sentences[j]
            if _LIST_FOLLOWS.search(self.lowered, start, end):
                break
            if self._dates_in(start, end):
                return None
            # (the list's other lines of places do not count: "평안북도: 구장군, 운산군")
            if not (self._units_between(start, end) and self._only_places(start, end)):
                reach -= 1
            j -= 1
        else:
            return None
        told = [
            when
            for i, etype, when in self.typed_dates
            if etype == cand.event_type and j - 2 <= i <= j and i in self.countyless
        ]
        return told[-1] if told else None

    def _said_undated(self, cand: _Candidate) -> ResolvedDate | None | bool:
        """False when neither the candidate's sentence nor the next says its day was not
        given; else the month either names, if any (None: no date at all)."""
        index = cand.sentence_index
        span = range(index, min(index + 2, len(self.sentences)))
        if not any(_NO_EXACT_DATE.search(self.lowered, *self.sentences[i]) for i in span):
            return False
        months = [
            d.value
            for i in span
            for d in self._dates_in(*self.sentences[i])
            if d.value.precision == "month"
        ]
        return months[0] if months else None

    def _definite_ceremonies_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The date of the ceremonies a sentence opening "The ceremonies ..." refers back to:
        the last told, a few sentences before, without places of their own."""
        start, _end = self.sentences[cand.sentence_index]
        if cand.event_type not in CEREMONY_TYPES or not _DEFINITE_CEREMONIES.match(
            self.lowered, start
        ):
            return None
        for back in range(1, _DEFINITE_CEREMONIES_REACH + 1):
            index = cand.sentence_index - back
            if index < 0:
                break
            loose = self._placeless_date(index, cand.event_type)
            if loose:
                return loose[0]
        return None

    def _one_date(self, index: int) -> bool:
        """Does the sentence name one date only? A sentence that dates several events ("in A
        on Feb. 1, in B on Jan. 31") cannot date a later, undated mention."""
        start, end = self.sentences[index]
        values = {d.value for d in self._dates_in(start, end) if d.value.precision != "year"}
        return len(values) <= 1

    def _reported_meeting_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The day of the meeting the report's lead tells of ("A consultative meeting ... was
        held on August 31."), for a decision told after it without a date."""
        meeting = self.vocab.reported_meeting
        if meeting is None:
            return None
        for index, (start, end) in enumerate(self.sentences[:_LEAD_SENTENCES]):
            if index >= cand.sentence_index:
                break
            if meeting.search(self.text, start, end):
                days = [d for d in self._dates_in(start, end) if d.value.precision == "day"]
                return days[-1].value if days else None  # (the closing day)
        return None

    def _meeting_date(self, cand: _Candidate) -> ResolvedDate | None:
        """The day named in the sentences just before a decision ("held from 9 to 11
        December", then "김정은동지께서 회의를 지도하시였다")."""
        for back in range(1, _MEETING_REACH + 1):
            index = cand.sentence_index - back
            if index < 0:
                break
            day_dates = [
                d
                for d in self._dates_in(self.sentences[index][0], cand.span[0])
                if d.value.precision == "day"
            ]
            if day_dates:
                return day_dates[-1].value
        return None

    def _leader_guided(self, cand: _Candidate) -> bool:
        """Did the leader guide the meeting that decided ("under the guidance of Kim Jong Un",
        "김정은동지께서 회의를 지도하시였다"), in the decision's sentence or the few before?"""
        guidance = self.vocab.meeting_guidance
        leader = self.vocab.leader
        if guidance is None or leader is None:
            return False
        for index in range(max(0, cand.sentence_index - 3), cand.sentence_index + 1):
            start, end = self.sentences[index]
            if guidance.search(self.text, start, end) and leader.search(self.text, start, end):
                return True
        return False

    def _before_programme(self, when: ResolvedDate | None) -> bool:
        start = self.vocab.programme_start
        if when is None or start is None:
            return False
        return (when.year, when.month or 12) < start

    def _about_south_korea(self, events_end: int) -> bool:
        """Does the report speak of South Korea's own counties, and of the North at most
        after all its events ("한편 북한에서도 ..." in a closing comparison)?"""
        south = self.vocab.south_korea_context
        if south is None:
            return False
        north = self.vocab.north_korea_context
        # The North is usually named in the dateline: that search ends early.
        named = north.search(self.text) if north is not None else None
        if named is None:
            return south.search(self.text) is not None
        return named.start() >= events_end and south.search(self.text, 0, named.start()) is not None

    def _about_a_renovation(self) -> bool:
        """Is the report about renovating a plant outside the programme (its headline or lead
        says so, and it never names the programme or one of its facilities)?"""
        lead = self.lowered[: max(self.body_start, self._first_sentence_end())]
        if not any(word in lead for word in self.vocab.renovation_words):
            return False
        markers = self.vocab.programme_markers
        return markers is None or markers.search(self.text) is None

    def _after_reference(self, when: ResolvedDate | None) -> bool:
        ref = self.reference
        if when is None or ref is None:
            return False
        if when.precision == "day":
            return (when.year, when.month or 0, when.day or 0) > (ref.year, ref.month, ref.day)
        if when.precision == "month":
            return (when.year, when.month or 0) > (ref.year, ref.month)
        return when.year > ref.year

    def _day_said_before(self, cand: _Candidate) -> DateMention | None:
        """The day the sentence right before the candidate's says and nothing else ("Monday
        the fifteenth.", "December the third.", "먼저 그저께, 6일 금요일이죠.")."""
        index = cand.sentence_index - 1
        if index < 0 or cand.unit is None:
            return None
        start, end = self.sentences[index]
        days = [d for d in self._dates_in(start, end) if d.value.precision == "day"]
        if not days or self._triggers(start, end) or self._units_between(start, end):
            return None
        if days[-1].value.as_date() == self.reference:
            return None  # (the report's own day: its dateline)
        rest = self.text[start : days[0].start] + self.text[days[-1].end : end]
        words = (_WORD if self.language == "en" else _WORDS_ANY).findall(
            _SPEAKER_LABEL.sub(" ", rest)
        )
        most = _DAY_SENTENCE_WORDS if self.language == "en" else _DAY_SENTENCE_WORDS_KO
        if len(words) > most or len({d.value for d in days}) > 1:
            return None
        return days[-1]

    def _finish(self) -> list[ExtractedEvent]:
        self._among_those_told()
        self._stamps_of_undated_reports()
        self._cited_titles_told_again()
        dated: list[_Candidate] = []
        undated: list[_Candidate] = []
        for cand in self.candidates:
            (dated if cand.date is not None else undated).append(cand)
        told_own_date = {id(c) for c in dated}
        # (a place told in a clause of a year only: no day of the report's is its day)
        undated = [
            c
            for c in undated
            if not any(
                unit == c.unit.id and c.span[0] <= at < c.span[1] for unit, at in self.year_only
            )
            # (nor one told over a span of weeks, "2025.01.08~02.09 숙천·은파·… 순차 준공":
            # each on a day of its own the text does not give)
            and not self._over_a_span(c.sentence_index)
        ]
        for cand in undated:
            if (field_day := self._field_date_below(cand)) is not None:
                # ("[Card] A — factories opened" over "  Event: 29 Dec.": the record's own)
                cand.date = field_day
                dated.append(cand)
                continue
            if (said_before := self._day_said_before(cand)) is not None:
                # ("A week ago today. Monday the fifteenth. Kim Jong Un opened the factories
                # in Kangdong.": the day a sentence of its own said just before.)
                cand.date = said_before.value
                dated.append(cand)
                continue
            same = [
                d
                for d in dated
                if d.unit.id == cand.unit.id
                and d.event_type == cand.event_type
                # (not the earlier event of its own sentence's ", following the start of work on
                # the hospital earlier this month")
                and not (
                    d.sentence_index == cand.sentence_index
                    and self._opens_earlier_event(d.span[0])
                )
                # (nor a later sentence's project of another kind: "In A, work began on
                # factories. Its hospital has been under construction since February 6")
                and not (
                    d.sentence_index > cand.sentence_index
                    and cand.facilities
                    and d.facilities
                    and cand.facilities.isdisjoint(d.facilities)
                )
            ]
            if (
                same
                and self._leader_log()
                and self._dated_line(self._line_around(self.sentences[cand.sentence_index][0])[0])
                and (line_day := self._line_date(cand)) is not None
                and all(d.date != line_day for d in same)
            ):
                # (his log: "08  Mon 15 Dec  Kangdong County. Factories … inaugurated." after
                # the line of the county's hospital opening: the day its own line opens with)
                cand.date = line_day
                dated.append(cand)
                continue
            if same:
                target = same[0]
                target.facilities |= cand.facilities
                if cand.leader_attended:
                    target.leader_attended = True
                continue
            # "- Dec. 16: Hwangju's factories. Ri Il Hwan cut the tape.": the date that opens
            # the sentence's own line.
            if (
                line_date := self._line_date(cand)
                or self._heading_date(cand)
                or self._date_line_above(cand)
            ) is not None:
                cand.date = line_date
                dated.append(cand)
                continue
            if self._says_recently(cand):
                # "최근 A군 등에서도 ... 열고 있다", "앞서 A군에서 시작된 공사는": some day lately
                # or before, not the day told.
                continue
            if self.language == "en" and not isinstance(
                dateless := self._said_undated(cand), bool
            ):
                # ("construction had begun in A and B; those reports gave no exact dates but
                # said the ceremonies had been held this month": that month, no other day)
                if dateless is not None:
                    cand.date = dateless
                    cand.confidence -= 0.15
                    dated.append(cand)
                continue
            if (placeless := self._definite_ceremonies_date(cand)) is not None:
                # ("Ground-breaking ceremonies were held in early March in nineteen counties.
                # They followed the one in A on February 28. ... The ceremonies were held in
                # B, C, ...": the day of the ceremonies told without places)
                cand.date = placeless
                cand.confidence -= 0.1
                dated.append(cand)
                continue
            told = [
                (i, when)
                for i, etype, when in self.typed_dates
                if etype == cand.event_type
                and self._sentences_back(cand.sentence_index, 2) <= i < cand.sentence_index
                and etype not in STATE_TYPES
            ]
            narrative = [
                when for i, when in told if told[-1][0] == i and self._one_date(i)
            ] or [
                when
                for i, etype, when in self.typed_dates
                if etype == cand.event_type
                and i == cand.sentence_index + 1
                and i in self.countyless
                and etype not in STATE_TYPES
            ][:1]
            if not narrative and told:
                narrative = self._placeless_date(told[-1][0], cand.event_type)
            if (
                not narrative
                and self.language == "en"
                and _ALSO_TOLD.search(self.lowered, *self.sentences[cand.sentence_index])
                # (not "whose factories were also opened this winter": a time of its own)
                and not _SEASON_OR_YEAR.search(self.lowered, *self.sentences[cand.sentence_index])
            ):
                # ("Factories were also inaugurated in A and in B.": more of the ceremonies
                # just told, on their day)
                narrative = [
                    c.date
                    for c in dated
                    if c.event_type == cand.event_type
                    and c.date is not None
                    and c.date.precision == "day"
                    and self._sentences_back(cand.sentence_index, _ALSO_REACH)
                    <= c.sentence_index
                    < cand.sentence_index
                ][-1:]
            if narrative:
                cand.date = narrative[-1]
                cand.confidence -= 0.1
            elif (
                cand.event_type in CEREMONY_TYPES
                and (day := self.ceremony_days.get(self._sentences_back(cand.sentence_index, 1)))
                is not None
            ):
                cand.date = day
                cand.confidence -= 0.1
            elif (
                lead := self._lead_ceremony_date(cand)
                or self._standfirst_date(cand)
                or self._listed_after_date(cand)
                or self._day_told_next(cand)
                or self._visit_day_told_next(cand)
            ):
                cand.date = lead
                cand.confidence -= 0.15
            elif (
                day := self._named_day(cand)
                or self._caption_day(cand)
                or self._gathering_day(cand)
            ) is not None:
                cand.date = day
                cand.confidence -= 0.2
            elif (
                month := self._news_month(cand)
                or self._reported_month(cand)
                or self._post_month(cand)
                or self._chat_day(cand)
            ) is not None:
                cand.date = month
                cand.confidence -= 0.2
            elif cand.event_type in NARRATIVE_DATED_TYPES:
                cand.date = self._inherited_date(cand)
                cand.confidence -= 0.1
            elif cand.event_type in STATE_TYPES and self.reference is not None:
                cand.date = ResolvedDate.of(self.reference)
            if cand.date is not None:
                dated.append(cand)
            elif self.reference is None:
                # Nothing anchors the report in time (a KCNA dateline without a year and no
                # publication date): the event stays, its date unknown.
                cand.confidence -= UNDATED_PENALTY
                dated.append(cand)
        # Training or preparations before an opening the report tells are part of that story
        # unless told with a time of their own before it ("staff were sent to Pyongyang in
        # October" in a December opening report).
        opened: dict[str, list[ResolvedDate]] = {}
        for c in dated:
            if c.event_type in ("completion", "production_start") and c.date is not None:
                opened.setdefault(c.unit.id, []).append(c.date)
        dated = [
            c
            for c in dated
            if not (
                c.before_operation
                and c.unit.id in opened
                and not (id(c) in told_own_date and _before_all(c.date, opened[c.unit.id]))
            )
        ]
        for cand in self.policy:
            if (
                cand.date is None
                and (cand.leader_in_sentence or cand.adoption)
                and not cand.time_not_given
            ):
                cand.date = (
                    self._previous_policy_date(cand)
                    or self._reported_meeting_date(cand)
                    or self._meeting_date(cand)
                    or self._line_date(cand)
                    or self._inherited_date(cand)
                )
            if cand.adoption and cand.leader_attended is None and self._leader_guided(cand):
                cand.leader_attended = True
        # An event dated after the report is a plan, not something that happened; one dated
        # before the programme began is not one of its events.
        dated = [
            c
            for c in dated
            if not self._after_reference(c.date) and not self._before_programme(c.date)
        ]
        if dated and (
            self._about_south_korea(max(c.span[1] for c in dated)) or self._about_a_renovation()
        ):
            return []
        policy = [
            p
            for p in self.policy
            if (p.date is not None and not self._before_programme(p.date))
            or (self.reference is None and (p.leader_in_sentence or p.adoption))
        ]
        events: dict[tuple[str | None, str, str | None], _Candidate] = {}
        for cand in dated + policy:
            if cand.date is not None and cand.date.precision == "year":
                continue
            unit_id = cand.unit.id if cand.unit is not None else None
            key = (unit_id, cand.event_type, cand.date.iso() if cand.date else None)
            existing = events.get(key)
            if existing is None:
                events[key] = cand
                continue
            existing.facilities |= cand.facilities
            existing.sentences |= cand.sentences
            existing.confidence = max(existing.confidence, cand.confidence)
            if cand.leader_attended or existing.leader_attended is None:
                existing.leader_attended = cand.leader_attended or existing.leader_attended
        # "completed in December" beside "completed on Dec. 19": the same event, told twice.
        for key, cand in list(events.items()):
            if cand.date is None or cand.date.precision != "month":
                continue
            prefix = f"{key[2]}-"
            same = [
                other
                for other_key, other in events.items()
                if other_key[:2] == key[:2] and (other_key[2] or "").startswith(prefix)
                # ("a hospital and a general service centre began to rise earlier this
                # month" beside the factories' ground-breaking today: another project's)
                and not (
                    cand.facilities
                    and other.facilities
                    and cand.facilities.isdisjoint(other.facilities)
                    and (
                        (
                            not cand.inherited_county
                            # (", following the start of work on the county hospital earlier
                            # this month": the hospital's, the clause's place the sentence's)
                            or self._opens_earlier_event(cand.span[0])
                        )
                        and len(self._units_between(*self.sentences[cand.sentence_index])) == 1
                        # ("Factory construction in the same county began separately at the
                        # end of February": the place said again, another project)
                        or _SAME_PLACE.search(
                            self.text, *self.sentences[cand.sentence_index]
                        ) is not None
                    )
                )
            ]
            if same:
                same[0].facilities |= cand.facilities
                same[0].sentences |= cand.sentences
                if cand.leader_attended:
                    same[0].leader_attended = True
                del events[key]
        # The progress the leader saw on a visit days ago is what the visit report tells,
        # not a separate event ("he inspected the site yesterday ... the frame is finished").
        visits = [
            c.date.as_date()
            for c in events.values()
            if c.event_type == "leader_visit" and c.date is not None
        ]
        if visits:
            for key, cand in list(events.items()):
                seen = cand.date.as_date() if cand.date is not None else None
                if cand.event_type != "construction_progress" or seen is None:
                    continue
                if any(
                    visit is not None
                    and 0 <= (seen - visit).days <= VISIT_PROGRESS_DAYS
                    and (cand.unit.id, "leader_visit", visit.isoformat()) in events
                    for visit in visits
                ):
                    del events[key]
        # A visit on the day of a ceremony the leader attended is the ceremony itself.
        for key, cand in list(events.items()):
            if cand.event_type != "leader_visit" or cand.unit is None:
                continue
            same_day = [
                other
                for ceremony in sorted(CEREMONY_TYPES)
                if (other := events.get((cand.unit.id, ceremony, key[2]))) is not None
            ]
            if same_day:
                # (both a ground-breaking and an opening that day: the one told nearest)
                nearest = min(same_day, key=lambda other: abs(other.span[0] - cand.span[0]))
                nearest.leader_attended = True
                del events[key]
        self._attendance(list(events.values()))
        self._planned_facilities(list(events.values()))
        self._specialised_factories(list(events.values()))
        return [self._event(c) for c in events.values()]

    def _attendance(self, cands: list[_Candidate]) -> None:
        """Fill leader_attended for ceremonies from the sentences that say who attended.

        Such a sentence ("Present at the ceremony were ...", "착공식에는 ... 참가하였다")
        speaks of the report's main ceremony and of day-dated ceremonies reported just before
        it (ATTENDANCE_REACH sentences); in the plural ("At all these ceremonies", "착공식들에는")
        of every ceremony before it. Passing mentions elsewhere stay unknown (None).
        """
        plural = self.vocab.plural_ceremonies
        ceremonies = [c for c in cands if c.event_type in CEREMONY_TYPES]
        dated = [c for c in ceremonies if c.date is not None]
        first = min(dated, key=lambda c: c.sentence_index) if dated else None
        lead = first.date if first is not None else None
        # The leader attends one ceremony at a time: an attendance sentence that names no
        # county speaks of the ceremonies of the first report, not of others that day.
        lead_sentences = first.sentences if first is not None else set()
        with_leader = [(i, named) for i, leader, named in self.attendance_sentences if leader]
        # (not one whose clause of attendance is dated to another month only: "the policy
        # Kim set forth in his speech in January", background to March's ceremonies)
        leader_unnamed = not any(named for _, named in with_leader) and any(
            lead is None or not self._attended_elsewhen(i, lead) for i, _named in with_leader
        )
        for cand in ceremonies:
            if cand.leader_attended is not None:
                continue
            # A ceremony of another kind told as background ("construction began on Feb. 26"
            # in a report of the inauguration): who attended today says nothing of it.
            # (Its own clause may still have said so when it was found: "Kim broke ground".)
            if (
                self.doc_type is not None
                and cand.event_type != self.doc_type
                and lead is not None
                and cand.date != lead
            ):
                continue

            def near(
                indices: Iterable[int], cand: _Candidate = cand, named: bool = False
            ) -> bool:
                first = cand.sentence_index
                day = cand.date is not None and cand.date.precision == "day"
                # A list row's attendance is on its own line ("- A: opened. Kim present."),
                # not on the rows after it; a line after the list may speak of them all.
                # (A line that names the county speaks of it wherever it stands.)
                row_end = self._row_end(first) if first in self.rows and not named else None
                for i in indices:
                    start, end = self.sentences[i]
                    if i >= first and plural is not None and plural.search(
                        self.lowered, start, end
                    ):
                        return True
                    if (
                        day
                        and first <= i <= first + ATTENDANCE_REACH
                        and (row_end is None or i <= row_end or i not in self._row_lines())
                    ):
                        return True
                return False

            main_event = lead is not None and cand.date == lead
            unit_id = cand.unit.id if cand.unit is not None else None
            # "At the A County ceremony, the chairman spoke" is about A only; the leader's
            # attendance of one named ceremony says nothing about the others reported with it.
            others = [
                i
                for i, leader, named in self.attendance_sentences
                if not leader and (not named or unit_id in named)
            ]
            if near(self.non_attendance_sentences):
                cand.leader_attended = False
            elif near((i for i, named in with_leader if unit_id in named), named=True) or (
                main_event and leader_unnamed and bool(cand.sentences & lead_sentences)
            ):
                cand.leader_attended = True
            # An attendance sentence before a ceremony first told of later ("Present were
            # ... . Similar ceremonies were held the same day in B") is not about it.
            elif near(others) or (
                main_event
                and any(
                    i >= cand.sentence_index or i in cand.sentences & lead_sentences
                    for i in others
                )
            ):
                cand.leader_attended = False

    def _card_row(self, place: _County, start: int) -> bool:
        """Is `start` a bulleted line of the section a heading naming `place` opens, with no
        blank line between ("□ 구성시 (2024년)" over "- 공장 준공: 2025.1.30.", whatever a line
        between says of "6개 시·군")?"""
        line_start, line_end = self._line_around(place.start)
        if not _SECTION_MARK.match(self.text, line_start) or "\n\n" in self.text[line_end:start]:
            return False
        first = bisect_left(self.county_starts, line_start)
        last = bisect_left(self.county_starts, line_end)
        if any(c.unit is not place.unit for c in self.counties[first:last]):
            return False  # (a heading naming two places heads no one place's rows)
        return _BULLET_ROW.match(self.text, start) is not None

    def _heads_the_line(self, place: _County, mention: DateMention) -> bool:
        """Does the date close the head of a list line after its place, set off by a dash
        ("1. Unryul [Ŭllyul], South Hwanghae -- Thu 29 Jan. Kim present; …")?"""
        between = self.text[place.end : mention.start]
        return (
            self.text.startswith(".", mention.end)
            and "\n" not in between
            and any(dash in between for dash in (" -- ", " — ", " – "))
        )

    def _attended_elsewhen(self, index: int, day: ResolvedDate) -> bool:
        """Is each word of attendance in a sentence in a clause dated, and to months other
        than that of `day` only?"""
        start, end = self.sentences[index]
        clauses = clause_spans(self.text, start, end, self.language)
        at = bisect_left(self.attendance_positions, start)
        positions = self.attendance_positions[at : bisect_left(self.attendance_positions, end)]
        for position in positions:
            c_start, c_end = next(
                ((a, b) for a, b in clauses if a <= position < b), (start, end)
            )
            told = [m.value for m in self._dates_in(c_start, c_end)]
            if not told or any((d.year, d.month) == (day.year, day.month) for d in told):
                return False
        return bool(positions)

    def _specialised_factories(self, cands: list[_Candidate]) -> None:
        """"The factory" in a sentence that refers back to a county (no county of its own)
        whose plant the report names as a paper mill is that mill."""
        kinds = self.vocab.specialised_factory
        generic = {"regional_industry_factory"}
        for cand in cands:
            if not (cand.inherited_county and cand.facilities == generic and cand.unit):
                continue
            named = [
                other.facilities
                for other in cands
                if other is not cand and other.unit is cand.unit and not other.inherited_county
            ]
            special = set().union(*named) & kinds if named else set()
            if special and not any("regional_industry_factory" in f for f in named):
                cand.facilities = special

    def _headline_facilities(self, unit: Any) -> set[str]:
        """What the headline and the lead say is built, each for the counties it names (or
        for all when it names none): a headline about A says nothing of B reported later."""
        found: set[str] = set()
        for start, end in ((0, self.body_start), (self.body_start, self._first_sentence_end())):
            named = self._units_between(start, end)
            if not named or any(u.id == unit.id for u in named):
                found |= self._facilities(start, end)
        return found

    def _planned_facilities(self, cands: list[_Candidate]) -> None:
        """Add what a sentence says will be built at a groundbreaking's county ("A군에서는
        공장들과 병원을 건설하게 된다", "each site will get ...")."""
        pattern = self.vocab.build_statement
        started = [c for c in cands if c.event_type == "groundbreaking" and c.unit is not None]
        if pattern is None or not started:
            return
        distributive = self.vocab.distributive
        done: set[int] = set()
        # Such a sentence follows the report of the ceremony closely.
        first = min(c.sentence_index for c in started)
        last = min(max(c.sentence_index for c in started) + 4, len(self.sentences) - 1)
        region = (self.sentences[first][0], min(self.sentences[last][1], self.active_end))
        for m in pattern.finditer(self.lowered, *region):
            index = self._sentence_of(m.start())
            if index in done or index in self.excluded:
                continue
            done.add(index)
            start, end = self.sentences[index]
            facilities = self._facilities(start, end)
            if not facilities or self._wide_between(start, end):
                continue
            named = {u.id for u in self._units_between(start, end)}
            for cand in started:
                if cand.unit.id in named or (
                    not named
                    and distributive is not None
                    and distributive.search(self.text, start, end)
                    and index - 3 <= cand.sentence_index < index
                ):
                    cand.facilities |= facilities

    def _county_profile(self, unit: Any) -> set[str]:
        """What the report says is built in a county anywhere (own phrases of its mentions)."""
        found: set[str] = set()
        for county in self.counties:
            if county.unit is not unit or county.start < self.body_start:
                continue
            start, end = self.sentences[self._sentence_of(county.start)]
            # "the plan for hospitals and factories in 20 cities and counties" is no county's.
            if self._wide_between(start, end):
                continue
            first = bisect_left(self.county_starts, start)
            last = bisect_left(self.county_starts, end)
            found |= self._county_facilities(county, self.counties[first:last], start, end)
        return found

    def _event(self, cand: _Candidate) -> ExtractedEvent:
        facilities = cand.facilities
        if not facilities and cand.unit is not None:
            facilities = self._county_profile(cand.unit) or self._headline_facilities(cand.unit)
        facilities.discard("greenhouse_farm") if cand.unit is not None and len(
            facilities
        ) > 1 else None
        unit = cand.unit
        return ExtractedEvent(
            document=self.document,
            event_type=cand.event_type,
            county=unit.name_en if unit is not None else None,
            province=unit.province if unit is not None else None,
            date=cand.date.iso() if cand.date is not None else None,
            facility_types=ordered_facilities(facilities),
            # (a visit of the leader's is one he attended, whatever the sentence said)
            leader_attended=True
            if cand.event_type == "leader_visit"
            else cand.leader_attended
            if cand.event_type not in ("construction_progress", "other")
            else None,
            span=cand.span,
            confidence=max(0.05, min(0.99, cand.confidence)),
            unit_id=str(unit.id) if unit is not None and unit.province is not None else None,
            date_precision=cand.date.precision if cand.date is not None else None,
        )
