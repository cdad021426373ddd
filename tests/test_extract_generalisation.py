"""Extraction of the phrasings real reports use beyond the tuning corpus.

Each test covers one class of phrasing with short reports written for it (dates anchored to
relative expressions, Korean clause orders, background mentions, programme-wide statements,
homonyms, meetings). None is taken from a corpus.
"""

from __future__ import annotations

import pytest

from extract_support import keys, run
from twentyten.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()



# ------------------------------------------------------------------ relative dates
def test_a_day_earlier_counts_from_the_date_before(extractor: Extractor) -> None:
    text = (
        "Hospital Opens in Sakju County\n"
        "Pyongyang, March 12 (KCNA) -- The Sakju County Hospital was inaugurated on Tuesday.\n"
        "A day earlier the tape was cut at the new factories in Hamju County.\n"
    )
    events = run(extractor, text, "2031-03-12", "en")
    assert keys(events) == {
        ("Sakju", "completion", "2031-03-11"),
        ("Hamju", "completion", "2031-03-10"),
    }


def test_came_a_day_after_dates_the_other_event_a_day_before(extractor: Extractor) -> None:
    text = (
        "Factories Open in Anju City\n"
        "Pyongyang, March 12 (KCNA) -- Regional-industry factories were inaugurated in Anju City "
        "on Tuesday.\n"
        "The Anju ceremony came a day after the factories in Hamju County were inaugurated.\n"
    )
    events = run(extractor, text, "2031-03-12", "en")
    assert keys(events) == {
        ("Anju", "completion", "2031-03-11"),
        ("Hamju", "completion", "2031-03-10"),
    }


def test_a_bare_day_after_is_not_guessed(extractor: Extractor) -> None:
    text = (
        "Pyongyang, March 12 (KCNA) -- A day after the meeting, the new factories in Hamju "
        "County were inaugurated.\n"
    )
    assert keys(run(extractor, text, "2031-03-12", "en")) == set()


# ------------------------------------------------------------------ Korean clause orders
def test_korean_places_each_followed_by_its_own_date(extractor: Extractor) -> None:
    text = (
        "【평양 3월 2일발 조선중앙통신】\n"
        "회령시 지방공업공장 준공식은 2월 27일에, 벽성군 지방공업공장 준공식은 28일에 "
        "진행되였다.\n"
    )
    events = run(extractor, text, "2031-03-02", "ko")
    assert keys(events) == {
        ("Hoeryong", "completion", "2031-02-27"),
        ("Pyoksong", "completion", "2031-02-28"),
    }


def test_korean_ceremony_as_subject_before_its_places(extractor: Extractor) -> None:
    text = (
        "【평양 4월 6일발 조선중앙통신】\n"
        "지방공업공장 건설 착공식들이 5일 평안북도 창성군과 삭주군에서 진행되였다.\n"
    )
    events = run(extractor, text, "2031-04-06", "ko")
    assert keys(events) == {
        ("Changsong", "groundbreaking", "2031-04-05"),
        ("Sakju", "groundbreaking", "2031-04-05"),
    }


def test_korean_date_in_the_sentence_after_the_places(extractor: Extractor) -> None:
    text = (
        "(서울=연합뉴스) 2031년 4월 9일 -- 북한이 평안북도 창성군과 삭주군에서 지방발전 "
        "정책에 따른 착공식을 진행했다고 조선중앙통신이 9일 보도했다.\n"
        "착공식은 8일 열렸으며 당 비서가 참석했다.\n"
    )
    events = run(extractor, text, None, "ko")
    assert keys(events) == {
        ("Changsong", "groundbreaking", "2031-04-08"),
        ("Sakju", "groundbreaking", "2031-04-08"),
    }


def test_korean_work_that_began_in_a_month_is_the_groundbreaking(extractor: Extractor) -> None:
    text = (
        "【평양 11월 20일발 조선중앙통신】\n"
        "평안남도 안주시 지방공업공장 준공식이 19일 진행되였다.\n"
        "연설자는 올해 3월에 시작된 공사를 끝낸 건설자들을 치하하였다.\n"
    )
    events = run(extractor, text, "2031-11-20", "ko")
    assert keys(events) == {
        ("Anju", "completion", "2031-11-19"),
        ("Anju", "groundbreaking", "2031-03"),
    }


# ------------------------------------------------------------------ background mentions
def test_coordinated_places_share_a_relative_clause_and_negation_names_no_event(
    extractor: Extractor,
) -> None:
    text = (
        "Analysis note, November 30, 2031\n"
        "Hamju (South Hamgyong) and Sakju (North Phyongan), where ground was broken on March 3, "
        "have not been reported finished, nor has Anju City.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-03-03"),
        ("Sakju", "groundbreaking", "2031-03-03"),
    }


def test_an_elliptical_clause_keeps_its_own_date(extractor: Extractor) -> None:
    text = (
        "Analysis note, December 31, 2031\n"
        "Hamju County's plants were inaugurated on Dec. 20, and Sakju County, with its "
        "factories and service centre, on Dec. 22.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {
        ("Hamju", "completion", "2031-12-20"),
        ("Sakju", "completion", "2031-12-22"),
    }


# ------------------------------------------------------------------ what is not an event
def test_places_of_a_plan_named_with_a_ceremony_are_not_its_sites(extractor: Extractor) -> None:
    text = (
        "NK News, May 2, 2031\n"
        "Kim broke ground for a hospital in Hamju County on Feb. 9, when he said that two more "
        "hospitals would be built this year in Anju and Sakju.\n"
    )
    events = run(extractor, text, None, "en")
    assert ("Hamju", "groundbreaking", "2031-02-09") in keys(events)
    assert not {e.county for e in events} & {"Anju", "Sakju"}


def test_a_programme_wide_sentence_takes_no_county_from_before(extractor: Extractor) -> None:
    text = (
        "(서울=연합뉴스) 2031년 12월 19일 -- 북한 평안남도 안주시에서 지방공업공장이 "
        "18일 준공됐다고 조선중앙통신이 19일 보도했다.\n"
        "북한은 올해 2월 20개 시·군에서 착공식을 열었다.\n"
    )
    events = run(extractor, text, None, "ko")
    assert keys(events) == {("Anju", "completion", "2031-12-18")}


def test_remaining_sites_end_the_talk_about_one_county(extractor: Extractor) -> None:
    text = (
        "Analysis note, March 5, 2031\n"
        "The first ground was broken in Hamju County on Feb. 20, 2030. The remaining sites "
        "followed within a month. Roofing was reported done by July.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {("Hamju", "groundbreaking", "2030-02-20")}


def test_a_ceremony_before_the_programme_began_is_not_its_event(extractor: Extractor) -> None:
    text = (
        "Analysis note, March 5, 2031\n"
        "The model for the programme was the factory complex in Hamju County, opened in "
        "June 2021.\n"
    )
    assert keys(run(extractor, text, None, "en")) == set()


def test_a_year_that_opens_is_no_completion(extractor: Extractor) -> None:
    text = (
        "Analysis note, February 10, 2031\n"
        "The second year of the policy opened on Jan. 20, 2031, when Kim Jong Un attended the "
        "groundbreaking for factories in Hamju County.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {("Hamju", "groundbreaking", "2031-01-20")}


def test_south_korean_counties_of_the_same_name_are_not_north_korean(
    extractor: Extractor,
) -> None:
    text = (
        "(서울=뉴스1) 2031년 5월 14일 -- 강원 철원군이 국비와 도비를 들여 짓는 주민센터 "
        "착공식을 13일 개최했다.\n"
        "착공식에는 군수와 군의회 의장이 참석했다.\n"
    )
    assert keys(run(extractor, text, None, "ko")) == set()
    # The same ceremony reported from the North keeps its event.
    north = text.replace("강원 철원군이", "북한 강원도 철원군이")
    assert ("Cholwon", "groundbreaking", "2031-05-13") in keys(run(extractor, north, None, "ko"))


# ------------------------------------------------------------------ event types
def test_a_meeting_decision_is_dated_by_the_meeting(extractor: Extractor) -> None:
    text = (
        "Pyongyang, June 22 (KCNA) -- The plenary meeting of the Central Committee, held from "
        "June 18 to 21, closed.\n"
        "The meeting decided to build modern hospitals in 20 cities and counties every year.\n"
    )
    events = run(extractor, text, "2031-06-22", "en")
    assert keys(events) == {(None, "policy_announcement", "2031-06-21")}


def test_decided_at_a_plenary_meeting_takes_the_sentence_date(extractor: Extractor) -> None:
    text = (
        "NK News, June 24, 2031\n"
        "North Korea decided at a party plenary meeting that closed on Saturday to build "
        "hospitals in every county.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {(None, "policy_announcement", "2031-06-21")}


def test_preparing_staff_to_run_the_factories_is_other(extractor: Extractor) -> None:
    text = (
        "Pyongyang, October 2 (KCNA) -- Preparations are being pushed ahead in Hamju County to "
        "operate the regional-industry factories under construction there.\n"
    )
    events = run(extractor, text, "2031-10-02", "en")
    assert keys(events) == {("Hamju", "other", "2031-10-02")}


def test_an_announcement_of_future_sites_is_a_policy_event(extractor: Extractor) -> None:
    text = (
        "NK News, May 2, 2031\n"
        "Kim Jong Un inspected the hospital site in Hamju County on Monday, state media said.\n"
        "Kim broke ground for the hospital himself on Feb. 9, when he announced that two more "
        "hospitals would be built this year in Anju and Sakju.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {
        ("Hamju", "leader_visit", "2031-04-28"),
        ("Hamju", "groundbreaking", "2031-02-09"),
        (None, "policy_announcement", "2031-02-09"),
    }
    groundbreaking = next(e for e in events if e.event_type == "groundbreaking")
    assert groundbreaking.leader_attended is True


def test_a_county_that_followed_on_a_date_repeats_the_event(extractor: Extractor) -> None:
    text = (
        "Analysis note, December 31, 2031\n"
        "The factories in Hamju County were inaugurated on Dec. 15. Sakju County followed on "
        "Dec. 16 with its factories.\n"
    )
    events = run(extractor, text, None, "en")
    assert keys(events) == {
        ("Hamju", "completion", "2031-12-15"),
        ("Sakju", "completion", "2031-12-16"),
    }


# ------------------------------------------------------------------ leader attendance
def test_a_named_speaker_at_one_ceremony_says_nothing_of_the_others(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, March 20 (KCNA) -- Factories were inaugurated in Hamju County on March 14 "
        "and in Sakju County on March 16.\n"
        "At the Sakju County ceremony, the chief secretary of the provincial party committee "
        "delivered a speech.\n"
    )
    events = {e.county: e for e in run(extractor, text, "2031-03-20", "en")}
    assert events["Sakju"].leader_attended is False
    assert events["Hamju"].leader_attended is None


def test_speeches_by_others_at_all_ceremonies_mean_the_leader_was_absent(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, March 20 (KCNA) -- Ground-breaking ceremonies took place on Thursday in "
        "Hamju County and Sakju County.\n"
        "Speeches were made at the ceremonies by the chief secretaries of the county committees.\n"
    )
    events = run(extractor, text, "2031-03-20", "en")
    assert {e.county for e in events} == {"Hamju", "Sakju"}
    assert all(e.leader_attended is False for e in events)


def test_the_leader_at_one_ceremony_leaves_the_others_of_that_day_unknown(
    extractor: Extractor,
) -> None:
    text = (
        "(서울=연합뉴스) 2031년 12월 19일 -- 김정은 국무위원장이 평안남도 안주시의 "
        "지방공업공장 준공식에 참석했다고 조선중앙통신이 19일 보도했다.\n"
        "준공식은 18일 열렸다.\n"
        "같은 날 함경남도 함주군에서도 지방공업공장이 준공됐다고 통신은 전했다.\n"
    )
    events = {e.county: e for e in run(extractor, text, None, "ko")}
    assert events["Anju"].leader_attended is True
    assert events["Hamju"].date == "2031-12-18"
    assert events["Hamju"].leader_attended is None


def test_a_decision_of_a_meeting_the_leader_guided(extractor: Extractor) -> None:
    text = (
        "Pyongyang, June 22 (KCNA) -- The plenary meeting, held from June 18 to 21 under the "
        "guidance of Kim Jong Un, closed.\n"
        "The meeting decided to build hospitals in every county.\n"
    )
    (event,) = run(extractor, text, "2031-06-22", "en")
    assert (event.event_type, event.date, event.leader_attended) == (
        "policy_announcement",
        "2031-06-21",
        True,
    )


# ------------------------------------------------------------------ facility types
def test_a_headline_about_one_county_lends_no_facilities_to_another(
    extractor: Extractor,
) -> None:
    text = (
        "안주시에서 지방공업공장과 량곡관리소 착공\n"
        "【평양 3월 28일발 조선중앙통신】\n"
        "평안남도 안주시에서 지방공업공장들과 량곡관리소 건설의 착공식이 27일 진행되였다.\n"
        "이에 앞서 이달 하순 함경남도 함주군에서도 착공식이 있었다.\n"
    )
    events = {e.county: e for e in run(extractor, text, "2031-03-28", "ko")}
    assert events["Anju"].facility_types == ["regional_industry_factory", "grain_management"]
    assert events["Hamju"].date == "2031-03"
    assert events["Hamju"].facility_types == []


def test_what_will_be_built_at_a_site_names_its_facilities(extractor: Extractor) -> None:
    text = (
        "【평양 3월 2일발 조선중앙통신】\n"
        "평안북도 창성군과 삭주군에서 지방발전 20×10 정책에 따르는 착공식이 1일 진행되였다.\n"
        "삭주군에서는 공장들과 함께 병원이 건설된다.\n"
    )
    events = {e.county: e for e in run(extractor, text, "2031-03-02", "ko")}
    assert events["Sakju"].facility_types == ["regional_industry_factory", "hospital"]
    assert events["Changsong"].facility_types == []


def test_each_site_spreads_what_will_be_built_over_the_sites_reported(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, March 2 (KCNA) -- Ground was broken on Saturday in Changsong County and "
        "Sakju County.\n"
        "Each site will get a hospital and a general service centre.\n"
    )
    events = run(extractor, text, "2031-03-02", "en")
    assert {e.county for e in events} == {"Changsong", "Sakju"}
    for event in events:
        assert event.facility_types == ["hospital", "general_service_centre"]


def test_a_farm_named_as_the_place_of_work_is_no_facility(extractor: Extractor) -> None:
    text = (
        "Analysis note, March 5, 2031\n"
        "On Feb. 3, construction began in Changsong County, and work also started in the area "
        "of the Sakju combined greenhouse farm.\n"
    )
    events = run(extractor, text, None, "en")
    assert ("Changsong", "groundbreaking", "2031-02-03") in keys(events)
    assert all("greenhouse_farm" not in e.facility_types for e in events)


def test_its_plants_are_regional_industry_factories(extractor: Extractor) -> None:
    text = "Analysis note, March 5, 2031\nHamju County opened its plants on Jan. 29, 2031.\n"
    (event,) = run(extractor, text, None, "en")
    assert event.facility_types == ["regional_industry_factory"]


def test_an_announcement_names_what_the_next_sentence_says_is_built(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, February 7 (KCNA) -- In his speech on Thursday, Kim Jong Un announced that "
        "the Party had decided to add public health to the policy. Modern wards will be built "
        "at county hospitals.\n"
    )
    events = [e for e in run(extractor, text, "2031-02-07", "en")]
    assert [(e.event_type, e.facility_types) for e in events] == [
        ("policy_announcement", ["hospital"])
    ]


def test_twenty_counties_as_the_place_of_an_event_but_not_in_a_comparison(
    extractor: Extractor,
) -> None:
    place = (
        "Pyongyang, December 30 (KCNA) -- The factories in Hamju County were inaugurated on "
        "Monday.\n"
        "An official said that ceremonies were held in 20 cities and counties this year.\n"
    )
    assert keys(run(extractor, place, "2031-12-30", "en")) == {
        ("Hamju", "completion", "2031-12-29")
    }
    comparison = (
        "Analysis note, August 20, 2031\n"
        "The factories in Hamju County are short of raw materials.\n"
        "The factories were opened in February as the last of the 20 sites of the year.\n"
    )
    assert keys(run(extractor, comparison, None, "en")) == {("Hamju", "completion", "2031-02")}


def test_the_leader_at_the_first_ceremony_says_nothing_of_others_that_day(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, March 2 (KCNA) -- A groundbreaking ceremony for a county hospital was held "
        "in Hamju County on Sunday.\n"
        "Kim Jong Un attended the ceremony.\n"
        "Also on Sunday, ground was broken in Anju City and Sakju County.\n"
    )
    events = {e.county: e for e in run(extractor, text, "2031-03-02", "en")}
    assert events["Hamju"].leader_attended is True
    assert events["Anju"].date == events["Hamju"].date
    assert events["Anju"].leader_attended is None
    assert events["Sakju"].leader_attended is None


def test_another_official_performing_the_ceremony_means_the_leader_was_absent(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, Dec. 22 (Yonhap) -- North Korea held a ceremony on Sunday to mark the "
        "completion of regional factories in Hamju County, state media reported Monday.\n"
        "Premier Ri Chol Man cut the ribbon, the agency said.\n"
    )
    (event,) = run(extractor, text, "2031-12-22", "en")
    assert (event.county, event.event_type, event.leader_attended) == ("Hamju", "completion", False)


def test_completed_last_month_as_a_participle_is_a_completion(extractor: Extractor) -> None:
    text = (
        "Pyongyang, December 1 (KCNA) -- The Hamju County Hospital, completed last month, has "
        "started receiving patients.\n"
    )
    assert keys(run(extractor, text, "2031-12-01", "en")) == {("Hamju", "completion", "2031-11")}


def test_a_ceremony_to_mark_the_completion_is_no_plan(extractor: Extractor) -> None:
    text = (
        "SEOUL, Dec. 22 (Yonhap) -- North Korea held a ceremony on Sunday to mark the "
        "completion of a hospital in Hamju County, state media reported Monday.\n"
    )
    assert keys(run(extractor, text, "2031-12-22", "en")) == {("Hamju", "completion", "2031-12-21")}


def test_a_festival_that_opened_is_no_completion(extractor: Extractor) -> None:
    text = (
        "Pyongyang, August 10 (KCNA) -- A sports festival of schoolchildren opened in Hamju "
        "County on Friday.\n"
    )
    assert keys(run(extractor, text, "2031-08-10", "en")) == set()
    factory = text.replace("A sports festival of schoolchildren", "A new factory")
    assert keys(run(extractor, factory, "2031-08-10", "en")) == {
        ("Hamju", "completion", "2031-08-08")
    }


def test_construction_which_began_in_a_month_is_its_groundbreaking(extractor: Extractor) -> None:
    text = (
        "NK News, November 3, 2031\n"
        "Satellite imagery shows that construction of the Hamju County hospital, which began in "
        "March, is nearing completion.\n"
    )
    # (what the imagery shows of the works is an assessment, no event of its own: the
    # annotation rules leave satellite reviews out)
    assert keys(run(extractor, text, None, "en")) == {
        ("Hamju", "groundbreaking", "2031-03"),
    }


def test_the_same_day_counts_from_the_event_not_from_the_report(extractor: Extractor) -> None:
    text = (
        "(서울=연합뉴스) 2031년 12월 28일 -- 북한 조선중앙통신은 함경남도 함주군 "
        "지방공업공장 준공식이 26일 진행됐다고 27일 보도했다.\n"
        "같은 날 평안북도 삭주군에서도 공장이 준공됐다.\n"
    )
    assert keys(run(extractor, text, None, "ko")) == {
        ("Hamju", "completion", "2031-12-26"),
        ("Sakju", "completion", "2031-12-26"),
    }


def test_month_day_and_day_respectively(extractor: Extractor) -> None:
    text = (
        "SEOUL, Jan. 8 (Yonhap) -- North Korea held completion ceremonies for regional "
        "factories in Hamju and Sakju counties on Dec. 28 and 29, respectively, state media "
        "said.\n"
    )
    assert keys(run(extractor, text, "2031-01-08", "en")) == {
        ("Hamju", "completion", "2030-12-28"),
        ("Sakju", "completion", "2030-12-29"),
    }


def test_breaking_ground_earlier_is_no_attendance_of_the_completion(
    extractor: Extractor,
) -> None:
    text = (
        "NK News, June 10, 2031\n"
        "North Korea inaugurated regional factories in Hamju last month, months after Kim Jong "
        "Un broke ground there in February.\n"
    )
    events = {e.event_type: e for e in run(extractor, text, None, "en")}
    assert events["completion"].date == "2031-05"
    assert events["completion"].leader_attended is None
    assert events["groundbreaking"].date == "2031-02"
    assert events["groundbreaking"].leader_attended is True


def test_months_after_names_another_time_not_the_sentence_date(extractor: Extractor) -> None:
    text = (
        "Pyongyang, December 20 (KCNA) -- The factories in Hamju County were inaugurated on "
        "Friday, nine months after ground was broken in Anju City and Sakju County.\n"
    )
    assert keys(run(extractor, text, "2031-12-20", "en")) == {
        ("Hamju", "completion", "2031-12-19")
    }
    dated = text.replace("Sakju County.", "Sakju County on March 3.")
    assert keys(run(extractor, dated, "2031-12-20", "en")) == {
        ("Hamju", "completion", "2031-12-19"),
        ("Anju", "groundbreaking", "2031-03-03"),
        ("Sakju", "groundbreaking", "2031-03-03"),
    }


def test_last_week_is_a_month_when_the_week_lies_in_one(extractor: Extractor) -> None:
    text = (
        "(서울=연합뉴스) 2031년 6월 11일 -- 북한이 지난주 함경남도 함주군에서 지방공업공장 "
        "준공식을 열었다고 조선중앙통신이 11일 보도했다.\n"
    )
    assert keys(run(extractor, text, None, "ko")) == {("Hamju", "completion", "2031-06")}
    # 1 July 2031 is a Tuesday: last week ran from 23 to 29 June.
    july = text.replace("2031년 6월 11일", "2031년 7월 1일").replace("11일 보도", "1일 보도")
    assert keys(run(extractor, july, None, "ko")) == {("Hamju", "completion", "2031-06")}


def test_a_month_told_beside_the_day_is_the_same_event(extractor: Extractor) -> None:
    text = (
        "SEOUL, Dec. 20 (Yonhap) -- Kim Jong Un attended the inauguration of regional factories "
        "in Hamju County on Friday, state media said.\n"
        "It was the third such ceremony Kim has attended this month.\n"
    )
    assert keys(run(extractor, text, "2031-12-20", "en")) == {
        ("Hamju", "completion", "2031-12-19")
    }


def test_active_completed_is_a_completion_unless_a_stage_was_completed(
    extractor: Extractor,
) -> None:
    done = (
        "Pyongyang, June 10 (KCNA) -- Soldier-builders completed the construction of the Hamju "
        "County Hospital on Monday.\n"
    )
    assert keys(run(extractor, done, "2031-06-10", "en")) == {("Hamju", "completion", "2031-06-09")}
    stage = (
        "Pyongyang, June 10 (KCNA) -- The builders in Hamju County have completed the framework "
        "of the factories.\n"
    )
    assert keys(run(extractor, stage, "2031-06-10", "en")) == {
        ("Hamju", "construction_progress", "2031-06-10")
    }


def test_party_decisions_to_build_and_korean_declarations(extractor: Extractor) -> None:
    wire = (
        "SEOUL, Dec. 13 (Yonhap) -- North Korea's ruling party has decided to build modern "
        "hospitals in every county, state media reported Friday, after a plenary meeting that "
        "ended Wednesday.\n"
    )
    # 13 December 2030 is a Friday: the meeting ended on Wednesday the 11th.
    assert keys(run(extractor, wire, "2030-12-13", "en")) == {
        (None, "policy_announcement", "2030-12-11")
    }
    restated = wire.replace("has decided to build modern hospitals in every county", (
        "has decided to carry out the policy without fail"
    ))
    assert keys(run(extractor, restated, "2030-12-13", "en")) == set()
    korean = (
        "【평양 2월 7일발 조선중앙통신】\n"
        "김정은동지께서 6일 연설에서 지방에 현대적인 병원을 건설할데 대한 당의 결심을 "
        "천명하시였다.\n"
    )
    (event,) = run(extractor, korean, "2031-02-07", "ko")
    assert (event.event_type, event.date, event.leader_attended) == (
        "policy_announcement",
        "2031-02-06",
        True,
    )


def test_south_korean_gangwon_counties_even_where_the_north_is_mentioned(
    extractor: Extractor,
) -> None:
    english = (
        "SEOUL, May 14 (Yonhap) -- Cheorwon County, Gangwon Province, held a groundbreaking "
        "ceremony on Tuesday for a welfare centre near the border with North Korea.\n"
    )
    korean = (
        "(서울=뉴스1) 2031년 5월 14일 -- 북한과 맞닿은 강원 철원군이 주민센터 착공식을 13일 "
        "개최했다.\n"
    )
    assert keys(run(extractor, english, "2031-05-14", "en")) == set()
    assert keys(run(extractor, korean, None, "ko")) == set()
    north = (
        "【평양 5월 14일발 조선중앙통신】 강원도 철원군에서 지방공업공장 착공식이 13일 "
        "진행되였다.\n"
    )
    assert keys(run(extractor, north, "2031-05-14", "ko")) == {
        ("Cholwon", "groundbreaking", "2031-05-13")
    }
