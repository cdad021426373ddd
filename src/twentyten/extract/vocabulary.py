"""Load the extraction vocabularies (triggers, facilities, scope) from package data files."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from twentyten.extract.anchored import AnchoredScanner
from twentyten.gazetteer.hangul import north_to_south

LANGUAGES = ("en", "ko")


@dataclass(frozen=True)
class Trigger:
    event_type: str
    pattern: re.Pattern[str]
    weak: bool = False
    generic: bool = False
    leader: bool = False
    continuation: bool = False
    before_operation: bool = False
    action: bool = False
    # "opened": also said of a period ("the third year opened"); see figurative_before.
    figurative: bool = False
    # The type the trigger takes when the leader is its actor ("an inspection" by Kim Jong
    # Un is his visit), or when the report has told of his visits and names no other actor.
    by_leader: str | None = None
    # The type the trigger takes in a report that tells of a ceremony and of no opening by
    # name ("went into operation ... Ceremonies were attended by ..." is the opening).
    with_ceremony: str | None = None
    # A decision recalled by its maker ("the plenary ... added health facilities to the
    # tasks"): an event only with its own time told in the sentence ("held in late
    # December"); without one it is a speaker's reference, not dated by the speech.
    own_time: bool = False
    # Said of one place only when its sentence names it ("Kaesong … was training the people
    # who will run the factories in A"); with the place taken from a sentence before, it is
    # said of the programme at large ("… and future workers are being trained").
    placed: bool = False


@dataclass(frozen=True)
class LanguageVocabulary:
    triggers: tuple[Trigger, ...]
    # A scanner for all trigger patterns on lower-cased text, and all of them in one
    # case-insensitive alternation (group t<i> is triggers[i]) for the rare text whose length
    # lower() would change.
    trigger_scanner: AnchoredScanner
    trigger_scan_nocase: re.Pattern[str]
    # Facility types and a scanner whose pattern i names facility_types[i] (lower-cased text).
    facility_types: tuple[str, ...]
    facility_scanner: AnchoredScanner
    # Facility types whose capitalised mention names a place ("Jungphyong Greenhouse Farm").
    proper_name_is_place: frozenset[str]
    # Factories of one kind ("paper_mill"): a bare "factory" referring back to one is it.
    specialised_factory: frozenset[str]
    out_hard: re.Pattern[str] | None
    out_soft: re.Pattern[str] | None
    # Ceremonies told as a run ("almost every other day since Jan. 7", "연일"): no one place's.
    ceremony_run: re.Pattern[str] | None
    # A ceremony in a clause saying what a place is ("a site he had opened"): not the event.
    place_past_before: re.Pattern[str] | None
    in_scope: re.Pattern[str] | None
    # Words without which no future pattern can match (a quick test before the patterns);
    # empty means always run the patterns.
    future_words: frozenset[str]
    future_before: re.Pattern[str] | None
    future_after: re.Pattern[str] | None
    # Words that deny the event of a trigger ("did not report inaugurations").
    negation_words: tuple[str, ...]
    negated_before: re.Pattern[str] | None
    negated_after: re.Pattern[str] | None
    place_reference_before: re.Pattern[str] | None
    place_reference_after: re.Pattern[str] | None
    leader: re.Pattern[str] | None
    other_person_subject: re.Pattern[str] | None
    pronoun_subject: re.Pattern[str] | None
    other_agent_after: re.Pattern[str] | None
    other_agent_before: re.Pattern[str] | None  # (lower-case, searched before the trigger)
    attendance: re.Pattern[str] | None
    non_attendance: re.Pattern[str] | None
    # Words that say who attended is not known ("did not say who attended", "참석자 소개도 없음").
    attendance_untold: re.Pattern[str] | None
    # "ceremonies" / "식들": an attendance sentence about all the ceremonies reported.
    plural_ceremonies: re.Pattern[str] | None
    # "respectively" / "각각": the dates of a clause go to its counties in order.
    respectively: re.Pattern[str] | None
    reporting_before: re.Pattern[str] | None
    reporting_after: re.Pattern[str] | None
    reporting_label_after: re.Pattern[str] | None
    reporting_sentence: re.Pattern[str] | None
    # The outlet as the subject right before a bare day ("통신은 7일"): the report's day.
    reporting_subject: re.Pattern[str] | None
    reporting_source_before: re.Pattern[str] | None
    # A date a correction notice withdraws ("misstated the date as Feb. 5").
    superseded_words: tuple[str, ...]
    superseded_date_before: re.Pattern[str] | None
    superseded_date_after: re.Pattern[str] | None
    # What will be built at a site ("will be built", "건설하게 된다"), and words that spread a
    # sentence over every site just reported ("each site", "각 지역").
    build_statement: re.Pattern[str] | None
    distributive: re.Pattern[str] | None
    # The leader guiding a meeting whose decision is a policy announcement.
    meeting_guidance: re.Pattern[str] | None
    # A meeting a report's lead tells of: the day its undated decisions were taken.
    reported_meeting: re.Pattern[str] | None
    # Time told vaguely ("a few days ago", "recently"): no date to borrow from elsewhere.
    vague_time: re.Pattern[str] | None
    # A log entry that says its report gave no day ("no day(s) given"): its stamp is the day
    # of the report, not of the events.
    day_not_given: re.Pattern[str] | None
    # The section an item ran in, after its dateline on the same line ("· Home News").
    dateline_section: re.Pattern[str] | None
    # A sentence that says its places were not named: no place told before is its place.
    places_not_named: re.Pattern[str] | None
    # "this hospital", "이 병원": the site the report (its headline) is about.
    demonstrative_subject: re.Pattern[str] | None
    # "both counties", "두 군에서": the several places just named.
    plural_anaphora: re.Pattern[str] | None
    # "20 cities and counties", "the remaining sites": a sentence about the whole programme.
    programme_wide: re.Pattern[str] | None
    programme_wide_before: re.Pattern[str] | None
    programme_wide_counts: re.Pattern[str] | None
    # Before a figurative trigger: its subject is a period ("the third year ... opened").
    figurative_before: re.Pattern[str] | None
    # After it: what was opened is a period or a prospect ("opened the third year of").
    figurative_after: re.Pattern[str] | None
    # (year, month) the programme began: ceremonies dated earlier are not its events.
    programme_start: tuple[int, int] | None
    # After a place in South Korean romanisation: a South Korean province ("Cheorwon County,
    # Gangwon Province").
    south_korean_province_after: re.Pattern[str] | None
    # A headline of a log of the leader's appearances: its lines are his.
    leader_log: re.Pattern[str] | None
    # The North's provinces written short ("평남", "함북"): a text that writes them so writes
    # the North's Kangwon short too ("강원 철원군" is then the North's Cholwon).
    northern_abbreviations: re.Pattern[str] | None
    # A report on South Korea's own counties: its words, and the words that name the North.
    south_korea_context: re.Pattern[str] | None
    # In the event's own sentence: South Korean local government.
    south_korea_sentence: re.Pattern[str] | None
    imagery_sentence: re.Pattern[str] | None
    north_korea_context: re.Pattern[str] | None
    # A report on renovating a plant, and the words that tie a report to the programme.
    summing_up_openings: tuple[str, ...]
    renovation_words: tuple[str, ...]
    # An out_soft facility named as a ceremony's place ("in the area of the ... Farm").
    out_soft_place_before: re.Pattern[str] | None
    out_soft_place_after: re.Pattern[str] | None
    programme_markers: re.Pattern[str] | None
    ceremony_held: re.Pattern[str] | None
    # An outlet's news passed on in a post ("[속보] 조선중앙통신: … 6곳 착공").
    outlet_report: re.Pattern[str] | None
    # A list line whose sites' ceremonies are not reported yet ("ceremonies not yet reported").
    untold_row: re.Pattern[str] | None
    # The label of a change log ("Change log", "[변경 이력]").
    change_log_label: re.Pattern[str] | None
    policy_description: re.Pattern[str] | None
    # The year's quota said again ("올해도 20개 지역에 …"): no announcement of anything new.
    policy_restated: re.Pattern[str] | None
    place_compared_after: re.Pattern[str] | None
    namesake_remark: re.Pattern[str] | None
    pending_list: re.Pattern[str] | None
    # Words that set a ceremony aside from what the sentence tells ("besides the openings, he
    # toured …", "준공식 외에도 … 찾았다"): before it in English, after it in Korean.
    ceremony_set_aside: re.Pattern[str] | None
    boilerplate_heading: re.Pattern[str] | None
    correction_words: tuple[str, ...]
    retracted_sentence: re.Pattern[str] | None
    place_anaphora: re.Pattern[str] | None
    plan_sentence_end: re.Pattern[str] | None
    list_of_sites: re.Pattern[str] | None
    recent_words: tuple[str, ...]
    turn_not_held: re.Pattern[str] | None
    batch_label: re.Pattern[str] | None
    table_remarks_columns: frozenset[str]
    # Header cells of a column whose cells name each row's event ("stage" over "gb", "opening").
    table_stage_columns: frozenset[str]
    earlier_openings: tuple[str, ...]
    earlier_clause_ends: tuple[str, ...]
    ellipsis_words: frozenset[str]
    tally_words: tuple[str, ...]
    # Plural nouns that name a report's subject, one named group per event type.
    report_themes: re.Pattern[str] | None
    planned_row: re.Pattern[str] | None  # (lower-case)
    struck_row: re.Pattern[str] | None  # (lower-case)
    remark_row: re.Pattern[str] | None  # (lower-case)
    watch_heading: re.Pattern[str] | None  # (lower-case)
    ahead_heading: re.Pattern[str] | None  # (lower-case)
    date_legend: re.Pattern[str] | None  # (lower-case)
    among_those_told: re.Pattern[str] | None
    # A legend's marks for the leader's attendance ("●는 김정은 참석, ○는 불참"): group "mark".
    attendance_mark_present: re.Pattern[str] | None
    attendance_mark_absent: re.Pattern[str] | None
    # A table header cell's words -> the event of its column; attendance headers and answers.
    table_event_columns: dict[str, str]
    table_attendance_header: re.Pattern[str] | None
    table_attendance_answers: dict[str, bool]
    site_list_opening: re.Pattern[str] | None
    # A programme county's stem without its unit word, with a particle (group "stem"), and
    # the unit's Hangul name for each stem ("재령" -> "재령군"); None where not used.
    bare_stem: re.Pattern[str] | None
    bare_stem_names: dict[str, str]
    # Every programme county's stem, everyday words too, right before a bracket (group
    # "stem"): a note's "연탄(황북)", "구장(평북)", read as the county with its province.
    bracketed_stem: re.Pattern[str] | None
    bracketed_stem_names: dict[str, str]
    # The stems left out of `bare_stem` that are another place's or a person's name ("철원",
    # "장강", "강동"), with a particle (group "stem"): read only in a list beside a place
    # ("북창, 철원, 장강도").
    listed_stem: re.Pattern[str] | None
    # Every programme county's stem, everyday words too, right before a facility of the
    # programme or a bracket that opens with one (group "stem"): a memo's "강동 병원", "구성
    # 병원(12.13)", "강동(공장·종합봉사소, 김정은 참석)".
    facility_stem: re.Pattern[str] | None


def _read(name: str) -> Any:
    path = resources.files("twentyten").joinpath(f"data/extract/{name}")
    return yaml.safe_load(path.read_text("utf-8"))


def _combine(
    patterns: list[str] | None, *, ignore_case: bool = True, flags: int | None = None
) -> re.Pattern[str] | None:
    if not patterns:
        return None
    if flags is None:
        flags = re.IGNORECASE if ignore_case else 0
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=2)
def load_vocabulary(language: str) -> LanguageVocabulary:
    """The compiled vocabulary for one language ("en" or "ko")."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
    triggers_raw = _read("triggers.yaml")[language]
    facilities_raw = dict(_read("facilities.yaml"))
    facilities_meta = facilities_raw.pop("rules", {})
    scope = _read("scope.yaml")
    triggers = tuple(
        Trigger(
            event_type=t["type"],
            pattern=re.compile(t["pattern"], re.IGNORECASE),
            weak=bool(t.get("weak", False)),
            generic=bool(t.get("generic", False)),
            leader=bool(t.get("leader", False)),
            continuation=bool(t.get("continuation", False)),
            placed=bool(t.get("placed", False)),
            before_operation=bool(t.get("before_operation", False)),
            action=bool(t.get("action", False)),
            figurative=bool(t.get("figurative", False)),
            by_leader=t.get("by_leader"),
            with_ceremony=t.get("with_ceremony"),
            own_time=bool(t.get("own_time", False)),
        )
        for t in triggers_raw
    )
    combined = "|".join(f"(?P<t{i}>{t['pattern']})" for i, t in enumerate(triggers_raw))
    facility_types = tuple(
        ftype for ftype, by_lang in facilities_raw.items() if by_lang.get(language)
    )
    facility_scanner = AnchoredScanner(
        ["|".join(facilities_raw[ftype][language]) for ftype in facility_types]
    )

    def section(key: str, *, ignore_case: bool = True) -> re.Pattern[str] | None:
        return _combine(scope.get(key, {}).get(language), ignore_case=ignore_case)

    return LanguageVocabulary(
        triggers=triggers,
        trigger_scanner=AnchoredScanner([t["pattern"] for t in triggers_raw]),
        trigger_scan_nocase=re.compile(combined, re.IGNORECASE),
        facility_types=facility_types,
        facility_scanner=facility_scanner,
        proper_name_is_place=frozenset(facilities_meta.get("proper_name_is_place", ())),
        specialised_factory=frozenset(facilities_meta.get("specialised_factory", ())),
        # English capitalisation matters here ("Street" as part of a name).
        out_hard=section("out_hard", ignore_case=language != "en"),
        out_soft=section("out_soft"),
        ceremony_run=section("ceremony_run", ignore_case=False),
        place_past_before=section("place_past_before", ignore_case=False),
        in_scope=section("in_scope"),
        future_words=frozenset(scope.get("future_words", {}).get(language) or ()),
        future_before=section("future_before"),
        future_after=section("future_after"),
        negation_words=tuple(scope.get("negation_words", {}).get(language) or ()),
        negated_before=section("negated_before", ignore_case=False),
        negated_after=section("negated_after", ignore_case=False),
        place_reference_before=section("place_reference_before"),
        place_reference_after=section("place_reference_after"),
        south_korean_province_after=section("south_korean_province_after"),
        leader_log=section("leader_log"),
        northern_abbreviations=section("northern_abbreviations", ignore_case=False),
        leader=section("leader", ignore_case=False),
        other_person_subject=section("other_person_subject", ignore_case=False),
        pronoun_subject=section("pronoun_subject", ignore_case=False),
        other_agent_after=section("other_agent_after", ignore_case=False),
        other_agent_before=section("other_agent_before"),
        # Matched on lower-cased text.
        attendance=section("attendance", ignore_case=False),
        non_attendance=section("non_attendance", ignore_case=False),
        attendance_untold=section("attendance_untold", ignore_case=False),
        respectively=section("respectively", ignore_case=False),
        plural_ceremonies=section("plural_ceremonies", ignore_case=False),
        reporting_before=section("reporting_before"),
        reporting_after=section("reporting_after"),
        reporting_label_after=section("reporting_label_after"),
        reporting_sentence=section("reporting_sentence"),
        reporting_subject=section("reporting_subject", ignore_case=False),
        reporting_source_before=section("reporting_source_before"),
        superseded_words=tuple(scope.get("superseded_words", {}).get(language) or ()),
        superseded_date_before=section("superseded_date_before"),
        superseded_date_after=section("superseded_date_after"),
        meeting_guidance=section("meeting_guidance"),
        reported_meeting=section("reported_meeting"),
        vague_time=section("vague_time"),
        day_not_given=section("day_not_given"),
        dateline_section=section("dateline_section"),
        places_not_named=section("places_not_named"),
        build_statement=section("build_statement", ignore_case=False),
        distributive=section("distributive"),
        # Matched on lower-cased text.
        plural_anaphora=section("plural_anaphora"),
        demonstrative_subject=section("demonstrative_subject"),
        programme_wide=section("programme_wide", ignore_case=False),
        programme_wide_before=section("programme_wide_before", ignore_case=False),
        programme_wide_counts=section("programme_wide_counts", ignore_case=False),
        figurative_before=section("figurative_before", ignore_case=False),
        figurative_after=section("figurative_after", ignore_case=False),
        programme_start=_year_month(scope.get("programme_start")),
        south_korea_context=section("south_korea_context", ignore_case=False),
        south_korea_sentence=section("south_korea_sentence"),
        imagery_sentence=section("imagery_sentence"),
        north_korea_context=section("north_korea_context", ignore_case=False),
        summing_up_openings=tuple(scope.get("summing_up_openings", {}).get(language) or ()),
        renovation_words=tuple(scope.get("renovation_words", {}).get(language) or ()),
        out_soft_place_before=section("out_soft_place_before", ignore_case=False),
        out_soft_place_after=section("out_soft_place_after", ignore_case=False),
        programme_markers=section("programme_markers"),
        ceremony_held=section("ceremony_held"),
        outlet_report=section("outlet_report"),
        change_log_label=section("change_log_label"),
        untold_row=section("untold_row"),
        policy_description=section("policy_description"),
        policy_restated=section("policy_restated"),
        place_compared_after=section("place_compared_after"),
        namesake_remark=section("namesake_remark"),
        pending_list=section("pending_list"),
        ceremony_set_aside=section("ceremony_set_aside"),
        correction_words=tuple(scope.get("correction_notice", {}).get(language) or ()),
        retracted_sentence=section("retracted_sentence"),
        place_anaphora=section("place_anaphora"),
        plan_sentence_end=section("plan_sentence_end"),
        list_of_sites=section("list_of_sites"),
        recent_words=tuple(scope.get("recent_words", {}).get(language) or ()),
        turn_not_held=section("turn_not_held"),
        batch_label=section("batch_label"),
        table_remarks_columns=frozenset(
            word.lower() for word in scope.get("table_remarks_columns", {}).get(language) or ()
        ),
        table_stage_columns=frozenset(
            word.lower() for word in scope.get("table_stage_columns", {}).get(language) or ()
        ),
        earlier_openings=tuple(scope.get("earlier_openings", {}).get(language) or ()),
        earlier_clause_ends=tuple(scope.get("earlier_clause_ends", {}).get(language) or ()),
        ellipsis_words=frozenset(scope.get("ellipsis_words", {}).get(language) or ()),
        tally_words=tuple(scope.get("tally_words", {}).get(language) or ()),
        report_themes=_themes(scope.get("report_themes", {}).get(language)),
        planned_row=section("planned_row", ignore_case=False),
        struck_row=section("struck_row", ignore_case=False),
        remark_row=section("remark_row", ignore_case=False),
        watch_heading=_combine(
            [
                *(scope.get("ahead_heading", {}).get(language) or []),
                *(scope.get("uncounted_heading", {}).get(language) or []),
            ],
            ignore_case=False,
        ),
        ahead_heading=section("ahead_heading", ignore_case=False),
        date_legend=section("date_legend", ignore_case=False),
        among_those_told=section("among_those_told"),
        attendance_mark_present=_combine(scope.get("attendance_mark_legend", {}).get("present")),
        attendance_mark_absent=_combine(scope.get("attendance_mark_legend", {}).get("absent")),
        table_event_columns={
            word: event_type
            for event_type, words in (
                scope.get("table_event_columns", {}).get(language) or {}
            ).items()
            for word in words
        },
        # Matched on lower-cased text.
        table_attendance_header=section("table_attendance_header", ignore_case=False),
        table_attendance_answers={
            answer: said == "attended"
            for said, answers in (scope.get("table_attendance_answers") or {}).items()
            for answer in answers
        },
        site_list_opening=section("site_list_opening"),
        bare_stem=_bare_stem_pattern(
            bare_stems := _bare_stems(scope, language),
            scope.get("bare_stem_particles", {}).get(language),
        ),
        bare_stem_names=bare_stems,
        bracketed_stem=_bracketed_stem_pattern(
            bracketed_stems := _bare_stems(scope, language, with_common_words=True)
        ),
        bracketed_stem_names=bracketed_stems,
        listed_stem=_bare_stem_pattern(
            {
                stem: name
                for stem, name in bracketed_stems.items()
                if stem in (scope.get("bare_stem_listed", {}).get(language) or ())
            },
            scope.get("bare_stem_particles", {}).get(language),
        ),
        facility_stem=_facility_stem_pattern(
            bracketed_stems,
            set(bare_stems) | set(scope.get("bare_stem_listed", {}).get(language) or ()),
            scope.get("bare_stem_facility_nouns", {}).get(language),
        ),
        boilerplate_heading=_combine(
            scope.get("boilerplate_heading", {}).get(language), flags=re.IGNORECASE | re.MULTILINE
        ),
    )


def _bare_stems(
    scope: dict[str, Any], language: str, *, with_common_words: bool = False
) -> dict[str, str]:
    """The programme counties' stems a writer may drop the unit word from ("재령" for 재령군):
    the Korean names in the bundled cohort facts, less the stems that are everyday words
    (unless `with_common_words`)."""
    common = set(scope.get("bare_stem_common_words", {}).get(language) or ())
    if with_common_words:
        common = set()
    if not scope.get("bare_stem_particles", {}).get(language):
        return {}
    path = resources.files("twentyten").joinpath("data/register/cohorts.csv")
    stems: dict[str, str] = {}
    with path.open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("county_ko") or "").strip()
            stem = name[:-1]
            if name[-1:] in ("군", "시") and len(stem) >= 2:
                # (and the South's spelling of its first syllable: 룡강 -> 용강, 랑림 -> 낭림)
                for spelling in {stem, north_to_south(stem[0]) + stem[1:]}:
                    if spelling not in common:
                        stems[spelling] = name
    return stems


def _facility_stem_pattern(
    stems: dict[str, str], names_only: set[str], nouns: list[str] | None
) -> re.Pattern[str] | None:
    """Any stem before a space and a facility ("구성 병원"); before a bracket that opens with
    one ("강동(공장·종합봉사소)") only a stem that is no everyday word ("사업 구성(공장·병원)" is
    the project's make-up)."""
    if not stems or not nouns:
        return None
    facility = "|".join(nouns)
    every = "|".join(sorted(stems, key=len, reverse=True))
    named = "|".join(sorted(names_only, key=len, reverse=True))
    return re.compile(
        rf"(?<![가-힣])(?P<stem>(?:{every})(?=[ \t](?:{facility}))"
        rf"|(?:{named})(?=\((?:{facility})))"
    )


def _bracketed_stem_pattern(stems: dict[str, str]) -> re.Pattern[str] | None:
    if not stems:
        return None
    names = "|".join(sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?P<stem>{names})(?=\()")


def _bare_stem_pattern(
    stems: dict[str, str], particles: list[str] | None
) -> re.Pattern[str] | None:
    if not stems or not particles:
        return None
    names = "|".join(sorted(stems, key=len, reverse=True))
    return re.compile(
        rf"(?<![가-힣])(?P<stem>{names})(?=(?:{'|'.join(particles)})?(?![가-힣]))"
    )


def _themes(themes: dict[str, list[str]] | None) -> re.Pattern[str] | None:
    """One pattern with a named group per event type ("(?P<completion>openings|...)")."""
    if not themes:
        return None
    return re.compile(
        "|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in themes.items())
    )


def _year_month(value: Any) -> tuple[int, int] | None:
    """Read "2024-01" as (2024, 1); absent stays None."""
    if not value:
        return None
    year, month = str(value).split("-")[:2]
    return int(year), int(month)
