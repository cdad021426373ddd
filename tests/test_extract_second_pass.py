"""Second generalisation pass: lists and tables of counties, construction starts, numeric and
anaphoric dates, correction notices, negations, inspections, policy decisions, facility names.

The reports are short texts written for these tests (invented places-and-dates combinations,
real county names); none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from extract_support import keys, run
from twentyten.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()



# ------------------------------------------------------------------ construction starts
def test_construction_of_an_enumeration_started_in_several_counties(
    extractor: Extractor,
) -> None:
    text = (
        "Building Begins in Three Counties\n"
        "Pyongyang, April 9 (KCNA) -- Construction of regional-industry factories, hospitals "
        "and service complexes started on Monday in Hoeryong City, Sakju County and Anak "
        "County.\n"
    )
    events = run(extractor, text, "2031-04-09", "en")
    assert keys(events) == {
        ("Hoeryong", "groundbreaking", "2031-04-07"),
        ("Sakju", "groundbreaking", "2031-04-07"),
        ("Anak", "groundbreaking", "2031-04-07"),
    }


def test_work_got_under_way_is_a_start(extractor: Extractor) -> None:
    text = (
        "Pyongyang, April 9 (KCNA) -- Work got under way on Monday on new regional-industry "
        "factories in Sakju County.\n"
    )
    assert keys(run(extractor, text, "2031-04-09", "en")) == {
        ("Sakju", "groundbreaking", "2031-04-07")
    }


# ------------------------------------------------------------------ lists and tables
def test_bullet_list_after_a_lead_gives_one_event_per_line(extractor: Extractor) -> None:
    text = (
        "Factories Open in Several Counties\n"
        "Pyongyang, May 20 (KCNA) -- Regional-industry factories were inaugurated on Sunday "
        "across the country.\n"
        "The ceremonies were held in:\n"
        "- Sakju County, North Phyongan Province;\n"
        "- Hamju County of South Hamgyong Province;\n"
        "- Anak County.\n"
        "Officials of the provinces attended.\n"
    )
    events = run(extractor, text, "2031-05-20", "en")
    assert keys(events) == {
        ("Sakju", "completion", "2031-05-18"),
        ("Hamju", "completion", "2031-05-18"),
        ("Anak", "completion", "2031-05-18"),
    }


def test_table_rows_take_their_own_dates(extractor: Extractor) -> None:
    text = (
        "A tally of this month's openings\n"
        "Our list of the inauguration ceremonies state media covered (Province | County | "
        "Date):\n"
        "North Phyongan | Sakju | 2031-05-03\n"
        "South Hamgyong – Hamju – May 9th\n"
        "South Hwanghae - Anak - 2031.05.12\n"
        "Analysts expect more before the year ends.\n"
    )
    events = run(extractor, text, "2031-05-20", "en")
    assert keys(events) == {
        ("Sakju", "completion", "2031-05-03"),
        ("Hamju", "completion", "2031-05-09"),
        ("Anak", "completion", "2031-05-12"),
    }


def test_a_list_without_a_ceremony_lead_yields_nothing(extractor: Extractor) -> None:
    text = (
        "Pyongyang, May 20 (KCNA) -- Factories were inaugurated in Sakju County on Sunday.\n"
        "Delegations came from:\n"
        "- Hamju County;\n"
        "- Anak County.\n"
    )
    events = run(extractor, text, "2031-05-20", "en")
    assert keys(events) == {("Sakju", "completion", "2031-05-18")}


# ------------------------------------------------------------------ "the same day"
def test_the_same_day_is_the_day_of_the_event_before_not_the_report(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, June 4 (KCNA) -- Ground-breaking ceremonies for regional-industry "
        "factories took place on May 30 in Hoeryong City.\n"
        "Ground was also broken the same day for a paper mill in Hamju County.\n"
    )
    events = run(extractor, text, "2031-06-04", "en")
    assert keys(events) == {
        ("Hoeryong", "groundbreaking", "2031-05-30"),
        ("Hamju", "groundbreaking", "2031-05-30"),
    }
    hamju = next(e for e in events if e.county == "Hamju")
    assert hamju.facility_types == ["paper_mill"]


# ------------------------------------------------------------------ corrections
def test_a_correction_keeps_only_the_corrected_date(extractor: Extractor) -> None:
    text = (
        "Pyongyang, July 9 -- An inauguration ceremony for regional-industry factories was "
        "held in Hamju County on July 4.\n"
        "Correction: a previous version of this article misstated the date of the Hamju "
        "ceremony as July 3. It took place on July 4.\n"
    )
    assert keys(run(extractor, text, "2031-07-09", "en")) == {
        ("Hamju", "completion", "2031-07-04")
    }


def test_a_korean_correction_keeps_only_the_corrected_date(extractor: Extractor) -> None:
    text = (
        "(서울=뉴스1) 2031.07.09 -- 북한이 함주군에서 지방공업공장 준공식을 지난 4일 열었다.\n"
        "앞선 기사에서 준공식 날짜를 3일로 잘못 표기했다.\n"
    )
    assert keys(run(extractor, text, "2031-07-09", "ko")) == {
        ("Hamju", "completion", "2031-07-04")
    }


# ------------------------------------------------------------------ leader inspections
def test_an_inspection_by_the_leader_is_his_visit(extractor: Extractor) -> None:
    text = (
        "Kim Jong Un faults builders at new hospital\n"
        "Kim Jong Un criticised builders at the hospital in Sakju County during an inspection "
        "of the construction site on Thursday, state media said on Friday.\n"
        "His earlier inspection of the Hamju County hospital, on Aug. 1, went better.\n"
        "An inspection of the Anak County site by the state construction control bureau "
        "found no faults, a report said.\n"
    )
    events = run(extractor, text, "2031-08-09", "en")
    assert ("Sakju", "leader_visit", "2031-08-07") in keys(events)
    assert ("Hamju", "leader_visit", "2031-08-01") in keys(events)
    assert not any(e.county == "Anak" and e.event_type == "leader_visit" for e in events)


def test_an_inspection_without_the_leader_is_not_his_visit(extractor: Extractor) -> None:
    text = (
        "Pyongyang, Aug. 9 (KCNA) -- An inspection of the hospital construction site in Sakju "
        "County was carried out by officials of the ministry on Thursday.\n"
    )
    events = run(extractor, text, "2031-08-09", "en")
    assert all(e.event_type != "leader_visit" for e in events)


# ------------------------------------------------------------------ undated side remarks
def test_an_undated_remark_after_several_dates_takes_none_of_them(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, Sept. 5 (Yonhap) -- North Korea opened regional-industry factories in Hamju "
        "County on Sept. 1 and in Anak County on Aug. 29, state media said.\n"
        "Kim was absent from both ceremonies; he had gone to the inaugurations in Sakju "
        "County.\n"
    )
    events = run(extractor, text, "2031-09-05", "en")
    assert keys(events) == {
        ("Hamju", "completion", "2031-09-01"),
        ("Anak", "completion", "2031-08-29"),
    }


# ------------------------------------------------------------------ negations
def test_a_denied_or_unreported_ceremony_is_no_event(extractor: Extractor) -> None:
    text = (
        "SEOUL, Oct. 20 (Yonhap) -- Ground was broken for regional-industry factories in Hamju "
        "County in March, but state media have not reported an inauguration there.\n"
        "In Anak County, where work started in April, no inauguration has been reported "
        "either.\n"
    )
    events = run(extractor, text, "2031-10-20", "en")
    assert ("Hamju", "groundbreaking", "2031-03") in keys(events)
    assert all(e.event_type != "completion" for e in events)


def test_absence_from_a_ceremony_does_not_deny_it(extractor: Extractor) -> None:
    text = (
        "SEOUL, Oct. 20 (Yonhap) -- Kim did not attend the inauguration of the factories in "
        "Hamju County on Saturday, state media said.\n"
    )
    events = run(extractor, text, "2031-10-20", "en")
    assert keys(events) == {("Hamju", "completion", "2031-10-18")}
    assert events[0].leader_attended is False


def test_a_korean_ceremony_that_was_not_held_is_no_event(extractor: Extractor) -> None:
    text = (
        "(서울=뉴스1) 2031.10.20 -- 북한 함주군에서는 지난 3월 지방공업공장 착공식이 열렸지만 "
        "준공식은 아직 열리지 않았다.\n"
    )
    events = run(extractor, text, "2031-10-20", "ko")
    assert keys(events) == {("Hamju", "groundbreaking", "2031-03")}


# ------------------------------------------------------------------ policy announcements
def test_a_plenary_deciding_what_will_be_built_is_a_policy_announcement(
    extractor: Extractor,
) -> None:
    text = (
        "Commentary | March 2, 2032\n"
        "The enlarged plenary meeting held from Dec. 27 to 30, 2031 decided that grain "
        "management stations would be built in every county from this year.\n"
    )
    events = run(extractor, text, "2032-03-02", "en")
    assert keys(events) == {(None, "policy_announcement", "2031-12-30")}
    assert events[0].facility_types == ["grain_management"]


def test_the_leader_saying_he_will_build_is_a_policy_announcement(
    extractor: Extractor,
) -> None:
    text = (
        "(서울=뉴스1) 2032.03.10 -- 김정은 위원장은 지난 8일 함주군 병원 착공식에 참석해 "
        "내년에 모든 군에 병원을 건설하겠다고 밝혔다.\n"
    )
    events = run(extractor, text, "2032-03-10", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2032-03-08"),
        (None, "policy_announcement", "2032-03-08"),
    }


def test_someone_else_saying_it_is_no_announcement(extractor: Extractor) -> None:
    text = (
        "(서울=뉴스1) 2032.03.10 -- 한 전문가는 북한이 모든 군에 병원을 건설하겠다고 밝혔지만 "
        "어려울 것이라고 말했다.\n"
    )
    assert run(extractor, text, "2032-03-10", "ko") == []


# ------------------------------------------------------------------ leader attendance
def test_the_leader_at_another_countys_ceremony_is_not_present_here(
    extractor: Extractor,
) -> None:
    text = (
        "함주군 지방공업공장 준공\n"
        "로동신문 주체120(2031)년 5월 9일\n"
        "함경남도 함주군에서 지방공업공장 준공식이 8일에 진행되였다.\n"
        "그는 김정은동지께서 6일 안악군 지방공업공장 준공식에 참석하시여 주신 말씀을 "
        "전하면서 함주군의 공장들도 생산을 정상화하여야 한다고 말하였다.\n"
        "준공식에는 도와 군의 일군들이 참가하였다.\n"
    )
    by_county = {e.county: e for e in run(extractor, text, "2031-05-09", "ko")}
    assert by_county["Hamju"].leader_attended is False
    assert by_county["Anak"].leader_attended is True


def test_a_passing_mention_after_the_attendance_sentence_stays_unknown(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, May 9 (KCNA) -- Regional-industry factories were inaugurated in Hamju "
        "County on Thursday.\n"
        "Present there were officials of the province and builders.\n"
        "Similar ceremonies were held the same day in Anak County and Sakju County.\n"
    )
    by_county = {e.county: e for e in run(extractor, text, "2031-05-09", "en")}
    assert by_county["Hamju"].leader_attended is False
    assert by_county["Anak"].leader_attended is None
    assert by_county["Sakju"].date == "2031-05-08"


def test_who_attended_the_inauguration_says_nothing_of_the_groundbreaking(
    extractor: Extractor,
) -> None:
    text = (
        "Pyongyang, May 9 (KCNA) -- Regional-industry factories were inaugurated in Hamju "
        "County on Thursday.\n"
        "Their construction began on March 3, 2030.\n"
        "Present at the ceremony were officials of the province and builders.\n"
    )
    by_type = {e.event_type: e for e in run(extractor, text, "2031-05-09", "en")}
    assert by_type["completion"].leader_attended is False
    assert by_type["groundbreaking"].date == "2030-03-03"
    assert by_type["groundbreaking"].leader_attended is None


# ------------------------------------------------------------------ facility types
def test_the_factory_that_refers_back_to_a_paper_mill_is_the_mill(extractor: Extractor) -> None:
    text = (
        "함주제지공장 준공\n"
        "【평양 6월 3일발 조선중앙통신】 함경남도 함주군에 건설된 함주제지공장 준공식이 "
        "2일 진행되였다.\n"
        "공장은 지난해 7월 5일 착공의 첫삽을 뜬 후 도의 건설자들이 건설하였다.\n"
    )
    events = {e.event_type: e for e in run(extractor, text, "2031-06-03", "ko")}
    assert events["completion"].facility_types == ["paper_mill"]
    assert events["groundbreaking"].date == "2030-07-05"
    assert events["groundbreaking"].facility_types == ["paper_mill"]


def test_an_aside_about_the_programme_adds_no_facility(extractor: Extractor) -> None:
    text = (
        "Pyongyang, Dec. 30 (KCNA) -- Kim Jong Un attended the inauguration of a hospital in "
        "Hamju County on Monday, declaring the year's programme of factories, service centres "
        "and leisure complexes complete.\n"
    )
    events = run(extractor, text, "2031-12-30", "en")
    assert [e.facility_types for e in events] == [["hospital"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "함주군에서 지방공업공장 건설공사가 1일 시작되였다.",
        "함주군에서 병원건설이 지난 1일 시작되었다.",
        "함주군에서 지방공업공장건설을 1일 착공하였다.",
    ],
)
def test_korean_construction_start_with_its_day_in_between(
    extractor: Extractor, sentence: str
) -> None:
    text = f"【평양 3월 2일발 조선중앙통신】 {sentence}\n"
    assert keys(run(extractor, text, "2031-03-02", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03-01")
    }


def test_numbered_and_korean_lists(extractor: Extractor) -> None:
    english = (
        "Pyongyang, March 4 (KCNA) -- Factories were inaugurated on March 2 in the following "
        "counties:\n"
        "1. Hamju County, South Hamgyong Province\n"
        "2. Anak County, South Hwanghae Province\n"
    )
    assert keys(run(extractor, english, "2031-03-04", "en")) == {
        ("Hamju", "completion", "2031-03-02"),
        ("Anak", "completion", "2031-03-02"),
    }
    korean = (
        "【평양 3월 2일발 조선중앙통신】 지방공업공장 착공식들이 1일 다음과 같은 지역들에서 "
        "진행되였다.\n"
        "- 함경남도 함주군\n"
        "- 황해남도 안악군\n"
    )
    assert keys(run(extractor, korean, "2031-03-02", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03-01"),
        ("Anak", "groundbreaking", "2031-03-01"),
    }


def test_a_lone_sentence_with_dashes_is_prose_not_a_list(extractor: Extractor) -> None:
    text = (
        "Pyongyang, March 4 (KCNA) -- Factories were inaugurated on March 2 in Hamju County.\n"
        "The Anak plant - a garment factory - is next in line.\n"
    )
    assert keys(run(extractor, text, "2031-03-04", "en")) == {
        ("Hamju", "completion", "2031-03-02")
    }
