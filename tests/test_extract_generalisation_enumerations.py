"""Reports that tell one ceremony place by place, dated once in their lead.

Short reports written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from extract_support import keys, run
from twentyten.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_places_told_one_a_line_share_the_leads_date(extractor: Extractor) -> None:
    text = (
        "Work Starts on Local Factories\n"
        "Pyongyang, May 4 (KCNA) -- Ceremonies for starting the construction of local "
        "factories took place on Thursday across the country.\n"
        "In North Hwanghae Province, construction started on the factories of Yonthan County.\n"
        "In South Hamgyong Province, work began on the new factories in Hamju County.\n"
        "In Ryanggang Province, the ceremony was held in Kim Hyong Jik County.\n"
        "In Nampho City, the builders broke ground for a hospital in Ryonggang County.\n"
        "Officials of the provinces attended the ceremonies.\n"
    )
    events = run(extractor, text, "2031-05-04", "en")
    assert keys(events) == {
        ("Yonthan", "groundbreaking", "2031-05-01"),
        ("Hamju", "groundbreaking", "2031-05-01"),
        ("Kim Hyong Jik", "groundbreaking", "2031-05-01"),
        ("Ryonggang", "groundbreaking", "2031-05-01"),
    }


def test_a_tally_of_earlier_places_takes_no_lead_date(extractor: Extractor) -> None:
    text = (
        "Factories Inaugurated\n"
        "Pyongyang, June 9 (KCNA) -- A ceremony of inaugurating local factories took place "
        "on Sunday in Hamju County.\n"
        "The tape was cut at the ceremony.\n"
        "The speaker praised the builders.\n"
        "The participants then looked round the production floors.\n"
        "The province has now inaugurated factories in three counties, after Kowon County "
        "and Jongphyong County.\n"
    )
    events = run(extractor, text, "2031-06-09", "en")
    assert keys(events) == {("Hamju", "completion", "2031-06-08")}


def test_a_second_date_for_the_ceremony_stops_the_lead_date(extractor: Extractor) -> None:
    text = (
        "Ground Broken\n"
        "Pyongyang, May 4 (KCNA) -- Ground was broken for local factories on Thursday in "
        "Yonthan County.\n"
        "In Hamju County the ground was broken on Tuesday.\n"
        "In South Hamgyong Province, construction started on the factories of Kowon County.\n"
    )
    events = run(extractor, text, "2031-05-04", "en")
    assert ("Kowon", "groundbreaking", "2031-05-01") not in keys(events)
    assert ("Yonthan", "groundbreaking", "2031-05-01") in keys(events)


def test_korean_provinces_listing_counties_take_the_placeless_ceremonys_date(
    extractor: Extractor,
) -> None:
    text = (
        "여러 군들에서 공장건설 착공\n"
        "【평양 4월 20일발 조선중앙통신】 지방공업공장건설이 힘있게 진행되고있다.\n"
        "4월 2일 함경남도 함주군에서 착공식이 진행된데 이어 여러 도의 군들에서도 4월 중순 "
        "착공식들이 있었다.\n"
        "평안북도에서는 구장군, 자강도에서는 우시군에서 공장건설이 시작되였다.\n"
    )
    events = run(extractor, text, "2031-04-20", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-04-02"),
        ("Kujang", "groundbreaking", "2031-04"),
        ("Usi", "groundbreaking", "2031-04"),
    }


def test_a_lead_above_the_dateline_dates_the_visits(extractor: Extractor) -> None:
    text = (
        "Kim Jong Un looks round factories before their opening\n"
        "Kim Jong Un inspected new regional factories in two North Hamgyong counties on "
        "Sunday, state media said Monday.\n"
        "Published March 10, 2031\n"
        "Kim visited the factories in Kyongsong County and Myongchon County, which are due "
        "to open later this month, the agency said.\n"
    )
    events = run(extractor, text, "2031-03-10", "en")
    assert keys(events) == {
        ("Kyongsong", "leader_visit", "2031-03-09"),
        ("Myongchon", "leader_visit", "2031-03-09"),
    }


def test_korean_adnominal_honorific_visit(extractor: Extractor) -> None:
    text = (
        "공장 준공\n"
        "【평양 6월 21일발 조선중앙통신】 함경남도 함주군에서 20일 지방공업공장 준공식이 "
        "진행되였다.\n"
        "함주군의 공장들은 이달 5일 경애하는 김정은동지께서 몸소 돌아보신 공장들이다.\n"
    )
    events = run(extractor, text, "2031-06-21", "ko")
    assert keys(events) == {
        ("Hamju", "completion", "2031-06-20"),
        ("Hamju", "leader_visit", "2031-06-05"),
    }


def test_note_style_ceremony_lines(extractor: Extractor) -> None:
    text = (
        "Tracker note (internal, 12 April 2031)\n"
        "Ceremonies logged so far:\n"
        "- Hamju County (South Hamgyong): factories, ground broken 3 Apr.\n"
        "- Unsan County, South Phyongan (not the North Phyongan Unsan): the county's paper "
        "mill was started on 5 Apr, together with the Unsan food factory.\n"
        "- Kowon County: production was started on 7 Apr at the old textile mill.\n"
    )
    events = run(extractor, text, "2031-04-12", "en")
    found = {(e.county, e.province, e.event_type, e.date) for e in events}
    assert ("Hamju", "South Hamgyong", "groundbreaking", "2031-04-03") in found
    assert ("Unsan", "South Phyongan", "groundbreaking", "2031-04-05") in found
    assert not any(e.province == "North Phyongan" for e in events)
    assert ("Kowon", "South Hamgyong", "groundbreaking", "2031-04-07") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan, announced in March, calls for new factories in every county.", "2031-03"),
        (
            "The party plenary that ended on 9 April decided to build clinics in all counties.",
            "2031-04-09",
        ),
        ("At a meeting in early April, Kim widened its scope to include clinics.", "2031-04"),
    ],
)
def test_policy_announcements_dated_in_their_sentence(
    extractor: Extractor, sentence: str, expected: str | None
) -> None:
    text = (
        "Factories Open\n"
        "SEOUL, June 3 (Reuters) - North Korea opened new factories in Hamju County on "
        "Monday under its regional development policy, state media said.\n" + sentence + "\n"
    )
    events = run(extractor, text, "2031-06-03", "en")
    policy = {e.date for e in events if e.event_type == "policy_announcement"}
    assert policy == ({expected} if expected else set())


def test_korean_meeting_decision_to_build(extractor: Extractor) -> None:
    text = (
        "병원건설 착공\n"
        "【평양 2월 4일발 조선중앙통신】 함경남도 함주군에서 병원건설 착공식이 3일에 진행되였다.\n"
        "연설자는 지난해 11월에 진행된 전원회의에서 군마다 병원을 건설할것을 결정하였다고 "
        "말하였다.\n"
    )
    events = run(extractor, text, "2031-02-04", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-02-03"),
        (None, "policy_announcement", "2030-11"),
    }


def test_progress_report_with_the_start_in_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "Factory Projects Advance\n"
        "Pyongyang, August 20 (Pyongyang Times) -- Work on the regional factories is going "
        "well.\n"
        "In Hamju County, South Hamgyong Province, where the ground for the factories was "
        "broken in April, the external work is almost over.\n"
        "In Kowon County, whose factories went under construction in June, builders are "
        "painting the facades.\n"
    )
    events = run(extractor, text, "2031-08-20", "en")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-04"),
        ("Hamju", "construction_progress", "2031-08-20"),
        ("Kowon", "groundbreaking", "2031-06"),
        ("Kowon", "construction_progress", "2031-08-20"),
    }


def test_korean_start_dated_by_part_of_month_and_on_site_guidance(extractor: Extractor) -> None:
    text = (
        "공장건설 진행\n"
        "로동신문 주체120(2031)년 5월 30일\n"
        "함경남도 함주군에서는 병원건설이 이달 중순에 시작되였다.\n"
        "경애하는 김정은동지께서 29일 함경남도 고원군 지방공업공장건설장을 현지에서 "
        "지도하시였다.\n"
    )
    events = run(extractor, text, "2031-05-30", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-05"),
        ("Kowon", "leader_visit", "2031-05-29"),
    }


def test_preparing_to_operate_is_the_before_operation_stage(extractor: Extractor) -> None:
    text = (
        "Hamju Readies New Factories\n"
        "Pyongyang, September 9 (KCNA) -- Hamju County is preparing to put into operation "
        "the regional-industry factories being built there.\n"
    )
    events = run(extractor, text, "2031-09-09", "en")
    assert keys(events) == {("Hamju", "other", "2031-09-09")}


def test_progress_seen_on_a_visit_is_the_visit(extractor: Extractor) -> None:
    visit = (
        "Kim Jong Un Inspects Hospital Construction\n"
        "Pyongyang, July 8 (KCNA) -- Kim Jong Un inspected the construction site of the "
        "Hamju County Hospital yesterday.\n"
        "The frame of the hospital has been finished, and the builders are doing the interior "
        "work.\n"
    )
    assert keys(run(extractor, visit, "2031-07-08", "en")) == {
        ("Hamju", "leader_visit", "2031-07-07")
    }
    progress = (
        "Hospital Construction Advances\n"
        "Pyongyang, July 8 (KCNA) -- The frame of the Hamju County Hospital has been "
        "finished, and the builders are doing the interior work.\n"
    )
    assert keys(run(extractor, progress, "2031-07-08", "en")) == {
        ("Hamju", "construction_progress", "2031-07-08")
    }


def test_a_place_that_followed_later_takes_the_day_counted_from_the_last(
    extractor: Extractor,
) -> None:
    english = (
        "Regional-industry factories were inaugurated in Hoeyang County, Kangwon Province, "
        "on March 3. "
        "Pakchon followed the next day. Hyesan's factories were inaugurated on March 9, "
        "and Kowon County followed two days later.\n"
    )
    assert keys(run(extractor, english, "2031-03-20", "en")) == {
        ("Hoeyang", "completion", "2031-03-03"),
        ("Pakchon", "completion", "2031-03-04"),
        ("Hyesan", "completion", "2031-03-09"),
        ("Kowon", "completion", "2031-03-11"),
    }


def test_korean_days_that_lead_their_places_after_a_place_counted_from(
    extractor: Extractor,
) -> None:
    # The first place only sets the day the count starts from ("A군 준공 이틀 뒤에는").
    text = (
        "3일 강원도 회양군에서 지방공업공장 준공식이 열렸다. 회양군 준공 이틀 뒤에는 "
        "평안북도 박천군이, 8일에는 함경남도 고원군이, 10일에는 자강도 희천시가 뒤를 이었다.\n"
    )
    assert keys(run(extractor, text, "2031-03-20", "ko")) == {
        ("Hoeyang", "completion", "2031-03-03"),
        ("Pakchon", "completion", "2031-03-05"),
        ("Kowon", "completion", "2031-03-08"),
        ("Huichon", "completion", "2031-03-10"),
    }


def test_korean_report_day_before_the_place_and_the_event_day_after_it(
    extractor: Extractor,
) -> None:
    text = "조선중앙통신은 14일 함경남도 고원군에서 13일 지방공업공장 준공식이 열렸다고 보도했다.\n"
    assert keys(run(extractor, text, "2031-03-15", "ko")) == {
        ("Kowon", "completion", "2031-03-13")
    }


def test_korean_works_entered_late_last_month_is_their_ground_breaking(
    extractor: Extractor,
) -> None:
    text = "함경남도 고원군의 공장과 자강도 희천시의 병원도 지난달 하순 공사에 들어갔다.\n"
    assert keys(run(extractor, text, "2031-03-02", "ko")) == {
        ("Kowon", "groundbreaking", "2031-02"),
        ("Huichon", "groundbreaking", "2031-02"),
    }


def test_a_blog_title_that_ends_as_a_sentence_over_its_byline_names_the_list(
    extractor: Extractor,
) -> None:
    text = (
        "지방공장 준공 날짜를 정리해 봤다\n"
        "2031. 3. 20. 22:10 · 북한 읽기\n"
        "\n"
        "요즘 매일 하나씩 올라와서 묶어 본다. 날짜는 모두 북한 매체 기준이다.\n"
        "\n"
        "- 고원군(함남): 3월 3일.\n"
        "- 박천군(평북): 3월 5일.\n"
        "- 희천시(자강): 3월 9일.\n"
    )
    assert keys(run(extractor, text, "2031-03-20", "ko")) == {
        ("Kowon", "completion", "2031-03-03"),
        ("Pakchon", "completion", "2031-03-05"),
        ("Huichon", "completion", "2031-03-09"),
    }


def test_korean_the_leader_went_ahead_of_the_opening_is_a_visit(extractor: Extractor) -> None:
    text = (
        "고원군은 김 위원장이 이달 4일 준공을 앞두고 미리 찾은 곳이다.\n"
        "박천군도 김 위원장이 이달 6일 준공 전에 미리 찾아가 관계자들을 질책했던 곳이다.\n"
    )
    assert keys(run(extractor, text, "2031-03-20", "ko")) == {
        ("Kowon", "leader_visit", "2031-03-04"),
        ("Pakchon", "leader_visit", "2031-03-06"),
    }


def test_korean_inspectors_who_came_to_a_place_from_a_day_date_the_inspection(
    extractor: Extractor,
) -> None:
    text = (
        "고원군 지방공장에 검찰 검열\n\n"
        "소식통은 \"도 검찰소 검열성원들이 이달 12일부터 고원군 지방공업공장에 내려와 "
        "생산 실태를 따지고 있다\"고 말했다.\n"
    )
    assert keys(run(extractor, text, "2031-08-25", "ko")) == {("Kowon", "other", "2031-08-12")}


@pytest.mark.parametrize(
    "said",
    [
        "도 검찰소 검사들이 지난 12일부터 고원군 지방공장들에 내려가 따져보고 있다",
        "도 검찰소 검열 그루빠가 지난 12일부터 고원군 지방공업공장들에 내려와 따지고 있다",
        "도 검찰소가 지난 12일부터 고원군 지방공업공장에 대한 검열을 하고 있다",
        "이달 12일부터 도 검찰 일꾼들이 고원군 공장들에 내려와 따지고 있다",
    ],
)
def test_korean_inspectors_told_in_other_words(extractor: Extractor, said: str) -> None:
    text = f"고원군 지방공장에 검찰 검열\n\n소식통은 \"{said}\"고 말했다.\n"
    assert keys(run(extractor, text, "2031-08-25", "ko")) == {("Kowon", "other", "2031-08-12")}


@pytest.mark.parametrize(
    "announced",
    [
        "그 자리에서 올해 세 곳에 시범 병원, 래년부터는 매년 병원 20개씩 짓는다고 발표했다.",
        "같은 자리에서 올해 3개 시·군에 병원을 시범 건설하겠다는 구상 발표.",
        "이 자리에서 올해 시범병원 3곳을 짓고 래년부터는 병원 20개씩 짓겠다고 처음 발표했다.",
        "그는 이 자리에서 시범 병원 3곳 건설 계획을 발표했다.",
    ],
)
def test_korean_plan_the_leader_announced_at_the_ceremony(
    extractor: Extractor, announced: str
) -> None:
    text = f"메모\n\n김정은은 6일 고원군 병원 착공식에 참석해 첫 삽을 떴다. {announced}\n"
    assert keys(run(extractor, text, "2031-02-10", "ko")) == {
        ("Kowon", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
    }


@pytest.mark.parametrize(
    "told",
    [
        "북한은 2031년 1월 이 정책을 처음 내놓은 뒤 해마다 공장을 지었다고 주장한다.",
        "이 정책은 김정은 총비서가 2031년 1월 발표한 것으로, 해마다 공장을 짓는 계획이다.",
    ],
)
def test_korean_launch_told_in_passing_with_its_month(extractor: Extractor, told: str) -> None:
    assert (None, "policy_announcement", "2031-01") in keys(
        run(extractor, f"메모\n\n{told}\n", "2032-05-10", "ko")
    )
