"""Wire and state-media phrasings of the three ceremonies that the vocabulary must know.

One short report per phrasing (written for these tests): determiners in "a ceremony for
their completion", foundation-laying and "got underway" for groundbreakings, "finished
construction" for completions, "commenced production" and "가동에 들어갔다" for production
starts, and South Korean 기공식 / 완공식 / 착수.
"""

from __future__ import annotations

import pytest

from extract_support import keys, run
from twentyten.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


EN_HEAD = "Pyongyang, March 12 (KCNA) -- "
YONHAP_HEAD = "SEOUL, March 12 (Yonhap) -- "

ENGLISH = [
    (EN_HEAD + "New factories were built in Hamju County. A ceremony for their completion "
     "took place on Tuesday.", ("Hamju", "completion", "2031-03-11")),
    (YONHAP_HEAD + "North Korea held a ceremony on Tuesday to mark the completion of regional "
     "factories in Hamju County, state media said.", ("Hamju", "completion", "2031-03-11")),
    (EN_HEAD + "The dedication ceremony of the regional-industry factories in Hamju County "
     "took place on Tuesday.", ("Hamju", "completion", "2031-03-11")),
    (YONHAP_HEAD + "North Korea finished construction of regional factories in Hamju County "
     "on Tuesday, state media said.", ("Hamju", "completion", "2031-03-11")),
    (EN_HEAD + "Hamju County began building regional-industry factories on March 10.",
     ("Hamju", "groundbreaking", "2031-03-10")),
    (YONHAP_HEAD + "Construction of regional factories got underway in Hamju County on "
     "Tuesday.", ("Hamju", "groundbreaking", "2031-03-11")),
    (YONHAP_HEAD + "North Korea held a foundation-laying ceremony for regional factories in "
     "Hamju County on Tuesday.", ("Hamju", "groundbreaking", "2031-03-11")),
    (YONHAP_HEAD + "Construction kicked off on Tuesday for regional factories in Hamju County.",
     ("Hamju", "groundbreaking", "2031-03-11")),
    (YONHAP_HEAD + "A relay of Korean reports says ground also broken in early March in Hamju "
     "County, no exact day.", ("Hamju", "groundbreaking", "2031-03")),
    (YONHAP_HEAD + "A second KCNA dispatch reported 13 more sites started this month, among them "
     "Hamju County.", ("Hamju", "groundbreaking", "2031-03")),
    (YONHAP_HEAD + "Construction on regional factories in Hamju County commenced on Tuesday.",
     ("Hamju", "groundbreaking", "2031-03-11")),
    (EN_HEAD + "Builders launched into the construction of regional-industry factories in Hamju "
     "County on Tuesday.", ("Hamju", "groundbreaking", "2031-03-11")),
    # State media say the buildings "sprang up" or "were built", then date the ceremony.
    (EN_HEAD + "Modern regional-industry factories sprang up in Hamju County.\nA ceremony took "
     "place on the spot on Tuesday.", ("Hamju", "completion", "2031-03-11")),
    (EN_HEAD + "Regional-industry factories were built in Hamju County.\nA ceremony was held on "
     "Tuesday to celebrate the event.", ("Hamju", "completion", "2031-03-11")),
    (EN_HEAD + "Regional-industry factories in Hamju County were put into commission on "
     "Tuesday.", ("Hamju", "completion", "2031-03-11")),
]

KOREAN = [
    ("(서울=연합뉴스) 2031년 3월 12일 -- 북한이 함경남도 함주군에서 지방공장 기공식을 "
     "지난 10일 열었다고 조선중앙통신이 12일 보도했다.", ("Hamju", "groundbreaking", "2031-03-10")),
    ("【평양 3월 12일발 조선중앙통신】 함주군에서 지방공업공장건설에 착수하였다. "
     "착공식은 10일에 진행되였다.", ("Hamju", "groundbreaking", "2031-03-10")),
    ("【평양 3월 12일발 조선중앙통신】 함주군 지방공업공장들이 11일부터 생산에 들어갔다.",
     ("Hamju", "production_start", "2031-03-11")),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_phrasing(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert keys(run(extractor, text, "2031-03-12", "en")) == {expected}


@pytest.mark.parametrize(("text", "expected"), KOREAN)
def test_korean_phrasing(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {expected}


def test_completion_ceremony_then_operation_are_two_events(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 3월 12일 -- 북한 함경남도 함주군의 지방공장이 10일 "
            "완공식을 갖고 가동에 들어갔다고 조선중앙통신이 12일 보도했다.")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Hamju", "production_start", "2031-03-10"),
    }


def test_commenced_production_after_the_completion(extractor: Extractor) -> None:
    text = (EN_HEAD + "The regional-industry factories in Hamju County, completed on March 9, "
            "commenced production on Tuesday.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-09"),
        ("Hamju", "production_start", "2031-03-11"),
    }


def test_a_present_perfect_programme_summary_is_no_county_event(extractor: Extractor) -> None:
    text = (EN_HEAD + "Regional-industry factories were inaugurated in Hamju County on Tuesday. "
            "The speaker said that since the first ground was broken in Anju City, factories "
            "have been built in 20 cities and counties.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {("Hamju", "completion", "2031-03-11")}


def test_electrical_work_is_no_groundbreaking(extractor: Extractor) -> None:
    text = ("【평양 3월 12일발 조선중앙통신】 함주군에서 전기공사가 11일에 끝났다.")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == set()


def test_respectively_holds_across_a_coordinated_place_list(extractor: Extractor) -> None:
    text = (EN_HEAD + "Regional-industry factories were completed in Hamju County, South Hamgyong "
            "Province, and Anju City on March 9 and 10 respectively.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-09"),
        ("Anju", "completion", "2031-03-10"),
    }


def test_a_homonym_no_province_decides_keeps_its_name_and_no_province(
    extractor: Extractor,
) -> None:
    # Unsan is a county of North Phyongan and of South Phyongan; nothing here says which.
    text = EN_HEAD + "Regional-industry factories in Unsan County were inaugurated on Tuesday."
    (event,) = run(extractor, text, "2031-03-12", "en")
    assert (event.county, event.province, event.unit_id) == ("Unsan", None, None)
    assert (event.event_type, event.date) == ("completion", "2031-03-11")
    named = run(extractor, text.replace("Unsan County", "Unsan County, South Phyongan Province"),
                "2031-03-12", "en")
    assert [(e.county, e.province) for e in named] == [("Unsan", "South Phyongan")]
    assert named[0].unit_id is not None


def test_opening_a_year_of_the_policy_is_no_completion(extractor: Extractor) -> None:
    text = (EN_HEAD + "North Korea opened the fifth year of its policy with groundbreaking "
            "ceremonies, following the ceremony in Hamju County on March 9.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-09")
    }


def test_ceremonies_that_follow_are_of_the_kind_just_told(extractor: Extractor) -> None:
    text = ("Assessment note\nMarch 12, 2031\n\n"
            "On March 3, ground was broken in Hamju County for regional factories.\n"
            "On March 6, ceremonies followed in Anju City and Kyongsong County.\n")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-03"),
        ("Anju", "groundbreaking", "2031-03-06"),
        ("Kyongsong", "groundbreaking", "2031-03-06"),
    }


def test_operation_the_same_day_is_the_day_of_its_own_inauguration(
    extractor: Extractor,
) -> None:
    text = ("Factories Inaugurated in Hamju County\n" + EN_HEAD + "Regional-industry "
            "factories were inaugurated in Hamju County on Tuesday.\n"
            "The speaker said they were inaugurated after those in Kyongsong County last "
            "month and in Anju City on Monday.\n"
            "The factories went into operation the same day.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Kyongsong", "completion", "2031-02"),
        ("Anju", "completion", "2031-03-10"),
        ("Hamju", "production_start", "2031-03-11"),
    }


def test_a_visit_in_one_clause_and_a_ceremony_in_another_are_two_events(
    extractor: Extractor,
) -> None:
    text = ("Assessment note\nMarch 12, 2031\n\nKim Jong Un has kept the policy close. He "
            "inspected construction in Hamju County in October, and cut the ribbon in Anju "
            "City on December 20, when the first complex was inaugurated.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "leader_visit", "2030-10"),
        ("Anju", "completion", "2030-12-20"),
    }


def test_a_headline_county_is_talked_of_again_after_a_programme_wide_sentence(
    extractor: Extractor,
) -> None:
    text = ("Lights Burn Late in Hamju County\n" + EN_HEAD + "The county's new factories "
            "were inaugurated on Tuesday.\nModern factories now stand in all twenty cities "
            "and counties chosen last year.\nConstruction of the factories began in March "
            "last year.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Hamju", "groundbreaking", "2030-03"),
    }


def test_a_groundbreaking_date_told_beside_a_completion_is_not_its_date(
    extractor: Extractor,
) -> None:
    text = ("Factories Inaugurated in Hamju County\n" + EN_HEAD + "Regional-industry "
            "factories were inaugurated in Hamju County on Tuesday.\nThe speaker said that the "
            "factories, whose ground was broken on February 26 last year, had been completed "
            "in ten months.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Hamju", "groundbreaking", "2030-02-26"),
    }


def test_korean_background_groundbreaking_before_the_place_it_modifies(
    extractor: Extractor,
) -> None:
    text = ("【평양 11월 20일발 조선중앙통신】 함주군병원 준공식이 19일 진행되였다.\n"
            "지난 2월 착공의 첫삽을 뜨신 함주군병원은 불과 280여일만에 완공되였다.")
    assert keys(run(extractor, text, "2031-11-20", "ko")) == {
        ("Hamju", "completion", "2031-11-19"),
        ("Hamju", "groundbreaking", "2031-02"),
    }


def test_the_date_of_a_report_is_not_the_date_of_an_event(extractor: Extractor) -> None:
    text = (YONHAP_HEAD + "An earlier report of March 10 misstated the date of the opening of "
            "regional factories in Hamju County. The factories were inaugurated on March 6, "
            "not March 7.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-06")
    }


def test_the_leader_named_as_subject_of_a_later_clause_visits(extractor: Extractor) -> None:
    text = ("SEOUL, Dec. 12 (Yonhap) -- Premier Pak Thae Song led the groundbreaking ceremony "
            "for the Hamju "
            "hospital in February, and Kim visited the hospital construction site in September.")
    assert keys(run(extractor, text, "2031-12-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-02"),
        ("Hamju", "leader_visit", "2031-09"),
    }


def test_korean_news_on_progress_and_a_visit_to_the_site(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 7월 23일\n함주군은 지난 3월 착공식을 연 뒤 공사가 빠르게 "
            "진행돼 현재 외부 공사가 대부분 끝난 상태라고 북한 매체는 전했다.\n"
            "김 총비서는 지난 6월 건설 현장을 찾아 시공 질을 질책했다.")
    assert keys(run(extractor, text, "2031-07-23", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Hamju", "construction_progress", "2031-07-23"),
        ("Hamju", "leader_visit", "2031-06"),
    }


def test_a_report_carried_on_a_weekday_dates_no_progress(extractor: Extractor) -> None:
    text = ("Kim inspects new factories\nPublished : Mar. 13, 2031 - 10:12\nA separate KCNA "
            "report carried Thursday said builders of the Hamju County Hospital were in the "
            "final stage of interior finishing.")
    assert keys(run(extractor, text, "2031-03-13", "en")) == {
        ("Hamju", "construction_progress", "2031-03-13")
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_HEAD + "The Hamju Shoe Factory has been remodelled into a modern base.\n"
         "An inauguration ceremony was held on the spot on Tuesday.", "en"),
        ("【평양 3월 12일발 조선중앙통신】 함주군에 있는 신발공장이 현대적으로 개건되였다.\n"
         "완공식이 11일 현지에서 진행되였다.", "ko"),
    ],
)
def test_renovating_a_plant_outside_the_programme_is_no_event(
    extractor: Extractor, text: str, language: str
) -> None:
    assert keys(run(extractor, text, "2031-03-12", language)) == set()
    # The same report tied to the programme is one of its events.
    tied = text + ("\nIt is part of the Regional Development 20x10 Policy." if language == "en"
                   else "\n지방발전 20×10 정책에 따른 사업이다.")
    assert len(keys(run(extractor, tied, "2031-03-12", language))) == 1


def test_a_completion_that_will_be_finished_is_a_plan(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 1월 15일 -- 통일부는 북한이 2월 중순까지 함주군 공장들의 "
            "준공을 마무리할 것으로 보고 있다.")
    assert keys(run(extractor, text, "2031-01-15", "ko")) == set()


def test_as_of_a_weekday_is_the_time_of_reporting(extractor: Extractor) -> None:
    text = (YONHAP_HEAD + "The factories in Hamju County opened Sunday. State media had not "
            "carried a report on the Hamju ceremony as of Monday afternoon.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-09")
    }


def test_a_list_line_with_an_aside_after_a_semicolon(extractor: Extractor) -> None:
    text = ("Assessment note\nMarch 12, 2031\n\n"
            "The factories were inaugurated on these dates:\n"
            "- Hamju County (South Hamgyong): 24 January; Kim had visited the site in October.\n"
            "- Anju City (South Phyongan): 9 February.\n")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-01-24"),
        ("Hamju", "leader_visit", "2030-10"),
        ("Anju", "completion", "2031-02-09"),
    }


def test_korean_adnominal_governs_the_next_place_only(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 9월 13일\n"
            "지난 2월 착공한 함주군병원은 안주시병원과 함께 올해 건설되는 시범 병원이다.")
    expected = {("Hamju", "groundbreaking", "2031-02")}
    assert keys(run(extractor, text, "2031-09-13", "ko")) == expected


def test_korean_news_attribution_date_is_not_the_event_date(extractor: Extractor) -> None:
    text = ("(서울=뉴스1) 2031년 1월 27일\n27일 조선중앙통신 등에 따르면 함경남도 함주군에서 "
            "12일 지방공업공장 준공식이 열렸다.")
    assert keys(run(extractor, text, "2031-01-27", "ko")) == {("Hamju", "completion", "2031-01-12")}


def test_korean_visit_before_the_completion_is_a_visit(extractor: Extractor) -> None:
    text = ("(서울=뉴스1) 2031년 12월 16일\n김 총비서는 지난 3일 함주군 공장들을 준공 전에 "
            "미리 둘러본 바 있다.")
    expected = {("Hamju", "leader_visit", "2031-12-03")}
    assert keys(run(extractor, text, "2031-12-16", "ko")) == expected


def test_korean_background_completion_in_an_adnominal(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 12월 20일\n김 위원장은 함주군 양식사업소를 찾았다. "
            "이 양식사업소는 지난해 12월 28일 완공된 양식기지이다.")
    assert ("Hamju", "completion", "2030-12-28") in keys(run(extractor, text, "2031-12-20", "ko"))


def test_gangwon_after_a_kcna_spelling_is_the_norths_kangwon(extractor: Extractor) -> None:
    head = "SEOUL, Dec. 19 (Yonhap) -- North Korea opened regional factories on Thursday in "
    north = keys(run(extractor, head + "Cholwon County, Gangwon Province.", "2031-12-19", "en"))
    assert north == {("Cholwon", "completion", "2031-12-18")}
    # Written the South Korean way, with a South Korean province, it is the South's county.
    south = keys(run(extractor, head + "Cheorwon County, Gangwon Province.", "2031-12-19", "en"))
    assert south == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(서울=연합뉴스) 2031년 3월 3일\n28일 함주군에서는 제지공장 건설이 시작됐다.",
         {("Hamju", "groundbreaking", "2031-02-28")}),
        ("(서울=뉴스1) 2031년 12월 4일\n김정은 총비서가 준공을 앞둔 함주군의 지방공업공장을 "
         "지난 3일 찾아 건설 실태를 점검했다고 노동신문이 4일 보도했다.",
         {("Hamju", "leader_visit", "2031-12-03")}),
        ("데일리NK | 2031년 4월 18일\n1월 24일 공장 준공식을 가진 함주군 상황도 비슷하다고 한다.",
         {("Hamju", "completion", "2031-01-24")}),
        ("데일리NK | 2031년 4월 18일\n함주군 공장은 2월 7일 준공식을 했다. 일부 매체는 함주군 공장 "
         "준공일을 3월 7일로 보도했으나 사실이 아니다.",
         {("Hamju", "completion", "2031-02-07")}),
        ("(서울=연합뉴스) 2031년 2월 7일\n함주군 지방공업공장 준공식이 6일 열렸다. 북한은 지난해 "
         "20개 시·군에 공장 건설을 시작해 이날 현재 19곳의 준공을 마쳤다.",
         {("Hamju", "completion", "2031-02-06")}),
    ],
)
def test_korean_news_phrasings(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert keys(run(extractor, text, None, "ko")) == expected


def test_news_digest_phrasings(extractor: Extractor) -> None:
    text = ("Weekly digest\nMarch 12, 2031\n\n"
            "- Hamju County (South Hamgyong): factories inaugurated Friday, March 7. The "
            "foodstuff factory began producing canned fish the same day.\n"
            "Kim has been attending openings in Anju City and Kyongsong County earlier this "
            "month.\n"
            "The construction season opened on March 1, when ground was broken in Sinpho City.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-07"),
        ("Hamju", "production_start", "2031-03-07"),
        ("Anju", "completion", "2031-03"),
        ("Kyongsong", "completion", "2031-03"),
        ("Sinpho", "groundbreaking", "2031-03-01"),
    }


def test_have_not_yet_announced_is_no_announcement(extractor: Extractor) -> None:
    text = (YONHAP_HEAD + "The editorial did not mention Kim Jong Un, and state media have not "
            "yet announced the first sites of the year.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == set()


def test_the_same_day_after_a_look_back_to_last_month(extractor: Extractor) -> None:
    text = ("(서울=뉴스1) 2031년 12월 16일 -- 노동신문은 16일 김정은 총비서가 전날(15일) 함주군 "
            "지방공업공장 준공식에 참석했다고 보도했다. 함주군에서는 지난달 19일 병원이 먼저 "
            "문을 열었다.\n신문은 같은 날 안주시에서도 지방공업공장 준공식이 열렸다고 전했다.")
    assert keys(run(extractor, text, "2031-12-16", "ko")) == {
        ("Hamju", "completion", "2031-12-15"),
        ("Hamju", "completion", "2031-11-19"),
        ("Anju", "completion", "2031-12-15"),
    }


def test_the_day_after_the_reporting_outlet_is_the_report_day(extractor: Extractor) -> None:
    text = ("(서울=뉴스1) 2031년 3월 8일 -- 조선중앙통신은 7일 함경남도 함주군 등에서 이달 초 "
            "지방공업공장 건설 착공식이 진행됐다고 보도했다.")
    month = {("Hamju", "groundbreaking", "2031-03")}
    assert keys(run(extractor, text, "2031-03-08", "ko")) == month
    dated = text.replace("조선중앙통신은 7일 함경남도 함주군 등에서 이달 초", "조선중앙통신은 지난 "
                         "3일 함경남도 함주군 등에서")
    assert keys(run(extractor, dated, "2031-03-08", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03-03")
    }


def test_modernising_other_plants_later_in_a_report_is_no_renovation(
    extractor: Extractor,
) -> None:
    text = ("함주제지공장 준공\n민주조선 주체120(2031)년 12월 29일\n함경남도 함주군에 현대적인 "
            "제지공장이 건설되였다.\n28일 준공식이 진행되였다.\n이 공장은 각 도의 제지공장들을 "
            "현대화하는데서 본보기로 된다.")
    assert keys(run(extractor, text, None, "ko")) == {("Hamju", "completion", "2031-12-28")}


def test_a_place_a_report_misstated_is_no_event_place(extractor: Extractor) -> None:
    text = (YONHAP_HEAD + "Factories opened in Hamju County on Tuesday. The Hamju ceremony was "
            "earlier misreported as having taken place in Anju City.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {("Hamju", "completion", "2031-03-11")}


def test_a_markdown_table_under_a_caption(extractor: Extractor) -> None:
    text = ("Issue Brief\nCentre for Regional Studies | 22 March 2031\n"
            "Summary. Three sites broke ground this month.\n"
            "Table 1. Ground-breaking ceremonies reported by KCNA\n"
            "| Date | County | Province | Kim present |\n"
            "|---|---|---|---|\n"
            "| 3 Mar | Hamju | South Hamgyong | yes |\n"
            "| 6 Mar | Anju | South Phyongan | no |\n"
            "The pace is the same as last year.\n")
    assert keys(run(extractor, text, "2031-03-22", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-03"),
        ("Anju", "groundbreaking", "2031-03-06"),
    }


def test_a_table_whose_header_names_the_ceremony(extractor: Extractor) -> None:
    text = ("Scorecard\nRegional Policy Forum\nMarch 22, 2031\n"
            "The table below lists what we could date.\n"
            "| County | Date | Facilities opened | Kim present |\n"
            "| Hamju | 2031-03-03 | factories | yes |\n"
            "| Anju | 2031-03-06 | hospital | no |\n")
    assert keys(run(extractor, text, "2031-03-22", "en")) == {
        ("Hamju", "completion", "2031-03-03"),
        ("Anju", "completion", "2031-03-06"),
    }


def test_days_one_per_place_after_the_reporting_outlet(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 2월 1일 -- 앞서 통신은 30일 함경남도 함주군, 29일 평안남도 "
            "안주시에서도 지방공업공장이 준공됐다고 전했다.")
    assert keys(run(extractor, text, "2031-02-01", "ko")) == {
        ("Hamju", "completion", "2031-01-30"),
        ("Anju", "completion", "2031-01-29"),
    }


def test_a_clause_about_many_sites_is_not_the_earlier_countys(extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2031년 3월 10일 -- 지난달 28일 함경남도 함주군에서 첫 착공식이 "
            "열렸고, 이달 7일에는 6개 지역의 착공 소식이 전해졌다.")
    assert keys(run(extractor, text, "2031-03-10", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-28")
    }


def test_his_trip_to_a_site_is_a_visit(extractor: Extractor) -> None:
    text = ("SEOUL, June 10 (Yonhap) -- North Korean leader Kim Jong-un inspected a hospital "
            "under construction in Hamju on Monday. The visit follows his trip last week to the "
            "hospital under construction in Anju City.")
    assert keys(run(extractor, text, "2031-06-10", "en")) == {
        ("Hamju", "leader_visit", "2031-06-09"),
        ("Anju", "leader_visit", "2031-06"),
    }



def test_work_that_started_on_a_date(extractor: Extractor) -> None:
    text = (EN_HEAD + "The factories in Hamju County, on which work started on February 28, "
            "are to be completed by the end of the year.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-28"),
    }


def test_a_bulleted_list_under_a_summary_and_a_caption(extractor: Extractor) -> None:
    text = ("Issue Brief\nInstitute for Studies | 22 March 2031\n"
            "Summary. The season opened with three ground-breaking ceremonies. Kim attended "
            "only the first. The list below sets out what state media reported for each site.\n"
            "- Hamju County (South Hamgyong): 3 March; factories; Kim present: yes.\n"
            "- Anju City (South Phyongan): 6 March; factories and a hospital; Kim present: no.\n"
            "Assessment. The pace is the same as last year.\n")
    assert keys(run(extractor, text, "2031-03-22", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-03"),
        ("Anju", "groundbreaking", "2031-03-06"),
    }


def test_a_date_closing_an_aside_belongs_to_the_aside(extractor: Extractor) -> None:
    text = ("SEOUL, Nov 20 (Reuters) - Kim Jong Un attended the opening of a new hospital in "
            "Hamju County on Wednesday. Kim, who broke ground on the hospital in February, cut "
            "the ribbon and toured the wards.")
    assert keys(run(extractor, text, "2031-11-20", "en")) == {
        ("Hamju", "completion", "2031-11-19"),
        ("Hamju", "groundbreaking", "2031-02"),
    }


def test_korean_construction_began_on_a_month_and_day_and_he_visited(
    extractor: Extractor,
) -> None:
    text = ("【평양 12월 30일발 조선중앙통신】 경애하는 김정은동지께서 29일 함주군병원 준공식에 "
            "참석하시였다.\n함주군병원의 건설은 지난 2월 9일에 시작되였다.\n"
            "김 위원장은 이날 연설했다. 그는 지난 2일에는 안주시 병원 건설장을 찾아 "
            "건설을 평가했다.")
    assert keys(run(extractor, text, "2031-12-30", "ko")) == {
        ("Hamju", "completion", "2031-12-29"),
        ("Hamju", "groundbreaking", "2031-02-09"),
        ("Anju", "leader_visit", "2031-12-02"),
    }


def test_construction_also_started_and_foundations_were_laid(extractor: Extractor) -> None:
    text = ("SEOUL, South Korea (AP) — March 12, 2031\nGround was broken on Tuesday in Hamju "
            "County.\nConstruction also started this week in Anju City, and work on a city "
            "hospital in Kyongsong began this week as well.\nThe factories in Sinpho City, whose "
            "foundations were laid in late February, were completed in ten months.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-11"),
        ("Anju", "groundbreaking", "2031-03"),
        ("Kyongsong", "groundbreaking", "2031-03"),
        ("Sinpho", "groundbreaking", "2031-02"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_HEAD + "In North Phyongan Province, the ground was broken on March 10 in the area of "
         "the Sinuiju Combined Greenhouse Farm, which was inaugurated on Sunday.", "en"),
        ("(서울=연합뉴스) 2031년 3월 12일 -- 이날 평안북도 신의주시에서는 "
         "신의주온실종합농장지구에서 10일 착공식이 있었다.", "ko"),
    ],
)
def test_ground_broken_in_the_area_of_another_campaigns_farm(
    extractor: Extractor, text: str, language: str
) -> None:
    assert keys(run(extractor, text, "2031-03-12", language)) == {
        ("Sinuiju", "groundbreaking", "2031-03-10")
    }


def test_the_farms_own_opening_is_no_programme_event(extractor: Extractor) -> None:
    text = (EN_HEAD + "A ceremony was held on March 10 \"in the area of the Sinuiju Combined "
            "Greenhouse Farm,\" without saying what will be built there. The greenhouse farm "
            "itself had been inaugurated two days earlier; it is not part of the 20x10 list.")
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert not any(event_type == "completion" for _, event_type, _ in found)


def test_korean_clauses_joined_by_past_tense_myeo(extractor: Extractor) -> None:
    text = ("【평양 12월 21일발 조선중앙통신】 함주군 지방공업공장 준공식이 20일에 진행되였다.\n"
            "경애하는 김정은동지께서는 올해 2월 28일 함주군에서 몸소 착공의 첫삽을 뜨시였으며 "
            "11월 19일에도 건설장을 찾으시여 공사를 지도하시였다.")
    assert keys(run(extractor, text, "2031-12-21", "ko")) == {
        ("Hamju", "completion", "2031-12-20"),
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Hamju", "leader_visit", "2031-11-19"),
    }


def test_builders_completed_the_frame_is_progress(extractor: Extractor) -> None:
    text = (EN_HEAD + "Builders in Hamju County have completed the frame and walls of the "
            "factory buildings and begun installing window frames.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "construction_progress", "2031-03-12")
    }


def test_the_headline_county_after_a_remark_on_twenty_sites(extractor: Extractor) -> None:
    text = ("北, 함주군 지방공장 준공\n(서울=연합뉴스) 2031년 1월 19일 -- 함주군 지방공업공장 "
            "준공식이 18일 진행됐다.\n연설자는 안주시 착공 이후 1년도 안 돼 20개 시·군에 공장이 "
            "일떠섰다고 강조했다.\n준공식에는 도·군 간부들이 참석했다.")
    assert keys(run(extractor, text, "2031-01-19", "ko")) == {("Hamju", "completion", "2031-01-18")}


def test_south_korean_local_government_in_the_sentence_is_the_souths_county(
    extractor: Extractor,
) -> None:
    text = ("(서울=뉴스1) 2031년 4월 16일 -- 북한 접경지인 철원군에 산업단지가 들어선다. "
            "군에 따르면 전날 열린 착공식에는 군수와 군의회 의원 등 100여 명이 참석했다.")
    assert keys(run(extractor, text, "2031-04-16", "ko")) == set()


def test_south_korean_spelling_of_an_inspection_and_preparations(extractor: Extractor) -> None:
    text = ("(서울=뉴스1) 2031년 12월 4일 -- 김정은 총비서가 준공을 앞둔 함주군 지방공업공장을 "
            "현지 요해했다고 노동신문이 4일 보도했다.\n신문에 따르면 김 총비서는 전날(3일) "
            "공장들을 돌아봤다.")
    assert keys(run(extractor, text, "2031-12-04", "ko")) == {
        ("Hamju", "leader_visit", "2031-12-03")
    }
    english = (EN_HEAD + "Preparations for operating the regional-industry factories in Hamju "
               "County are being pushed ahead.\nGround for the factories and the leisure "
               "complex in the county was broken on February 28 last.")
    assert keys(run(extractor, english, "2031-03-12", "en")) == {
        ("Hamju", "other", "2031-03-12"),
        ("Hamju", "groundbreaking", "2031-02-28"),
    }


def test_elliptical_and_those_of_and_reversed_ground_breaking(extractor: Extractor) -> None:
    text = (EN_HEAD + "The factories of Anju City were inaugurated on March 3, and those of "
            "Hamju County, South Hamgyong Province, on March 4.\nKim inspected the Kyongsong "
            "County Hospital on Tuesday. The hospital, whose ground he broke on February 6, is "
            "to become a standard.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Anju", "completion", "2031-03-03"),
        ("Hamju", "completion", "2031-03-04"),
        ("Kyongsong", "leader_visit", "2031-03-11"),
        ("Kyongsong", "groundbreaking", "2031-02-06"),
    }


def test_korean_adnominal_tteun(extractor: Extractor) -> None:
    text = ("【평양 9월 13일발 조선중앙통신】 경애하는 김정은동지께서 12일 함주군병원건설장을 "
            "현지지도하시였다.\n올해 2월 9일 내각총리가 착공의 첫삽을 뜬 함주군병원은 시범적으로 "
            "건설되는 지방병원이다.")
    assert keys(run(extractor, text, "2031-09-13", "ko")) == {
        ("Hamju", "leader_visit", "2031-09-12"),
        ("Hamju", "groundbreaking", "2031-02-09"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_HEAD + "Regional factories will be built in Hamju County and Anju City. Ground was "
         "broken in both counties on Tuesday.", "en"),
        ("(서울=연합뉴스) 2031년 3월 12일 -- 북한이 함경남도 함주군과 평안남도 안주시에서 "
         "공장 건설을 시작했다. 조선중앙통신은 지난 11일 두 곳에서 착공식이 열렸다고 보도했다.",
         "ko"),
    ],
)
def test_both_counties_refers_back_to_the_places_just_named(
    extractor: Extractor, text: str, language: str
) -> None:
    found = keys(run(extractor, text, "2031-03-12", language))
    both = {("Hamju", "groundbreaking", "2031-03-11"), ("Anju", "groundbreaking", "2031-03-11")}
    assert both <= found


def test_this_hospital_is_the_headline_countys(extractor: Extractor) -> None:
    text = ("북한 함주군병원 준공\nKBS 뉴스 | 2031.12.14\n"
            "북한이 함경남도 함주군에 병원을 완공했습니다.\n"
            "지난달 안주시병원에 이어 두 번째 지방병원입니다.\n"
            "김 위원장은 지난 6월 9일 이 병원 건설장을 찾아 시공을 질책한 바 있습니다.")
    assert ("Hamju", "leader_visit", "2031-06-09") in keys(run(extractor, text, "2031-12-14", "ko"))


def test_a_day_later_counts_from_the_day_just_named_not_the_dateline(
    extractor: Extractor,
) -> None:
    text = ("Where the 2031 sites stand\nMonitoring Desk, Note No. 3 | 10 March 2032\n"
            "This note follows two sites.\nHamju and Anju broke ground for factories on "
            "Feb. 27, 2031, and Kusong City broke ground a day later.")
    assert keys(run(extractor, text, "2032-03-10", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-27"),
        ("Kusong", "groundbreaking", "2031-02-28"),
    }


def test_a_day_without_its_year_after_one_with_it_in_the_same_sentence(
    extractor: Extractor,
) -> None:
    text = ("Two sites\nMonitoring Desk | 10 March 2032\nThis note follows two sites.\n"
            "Hamju County broke ground on Feb. 27, 2031, and Anju City broke ground on Feb. 28.")
    assert keys(run(extractor, text, "2032-03-10", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-28"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("여러 군에서 착공\n【평양 3월 20일발 조선중앙통신】\n"
         "함경남도 함주군과 평안남도 안주시에서 지방공업공장 건설착공식들이 진행되였다.", "ko"),
        ("Ground broken in two places\nPyongyang, March 20 (KCNA) -- Ground-breaking ceremonies "
         "for regional-industry factories took place in Hamju County and Anju City.", "en"),
    ],
)
def test_an_undated_ceremony_in_a_dated_news_item_takes_the_datelines_month(
    extractor: Extractor, text: str, language: str
) -> None:
    assert keys(run(extractor, text, "2031-03-20", language)) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Anju", "groundbreaking", "2031-03"),
    }


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A completion recalled, not a ceremony held.
        ("함주군의 공장들\n로동신문 주체120(2031)년 6월 21일\n함경남도 함주군의 지방공업공장들이 "
         "준공된 때로부터 두해가 지났다.", "2031-06-21"),
        # Reported on the 1st: the ceremony may have been in the month before.
        ("여러 군에서 착공\n【평양 4월 1일발 조선중앙통신】\n함경남도 함주군에서 지방공업공장 "
         "건설착공식이 진행되였다.", "2031-04-01"),
    ],
)
def test_no_month_for_a_recalled_ceremony_or_early_in_the_month(
    extractor: Extractor, text: str, published: str
) -> None:
    assert keys(run(extractor, text, published, "ko")) == set()


def test_a_description_of_the_policy_does_not_end_the_talk_about_the_county(
    extractor: Extractor,
) -> None:
    text = (YONHAP_HEAD + "North Korea held a ceremony on Tuesday to open regional factories "
            "in Hamju County, state media said.\nWork on the factories began in late February "
            "under Kim's 20x10 policy, which aims to build factories in 20 cities and counties "
            "a year.")
    assert ("Hamju", "groundbreaking", "2031-02") in keys(run(extractor, text, "2031-03-12", "en"))


def test_a_dated_policy_speech_in_the_sentence_is_what_it_is_about(
    extractor: Extractor,
) -> None:
    text = (YONHAP_HEAD + "North Korea broke ground for regional factories in Hamju County "
            "on Tuesday.\nThe project is the first under the 20x10 policy, which Kim set forth "
            "in a speech on January 15, calling for factories in 20 cities and counties a year.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-11"),
    }


def test_a_hospital_compared_with_is_not_the_one_completed(extractor: Extractor) -> None:
    text = ("김정은, 함주군병원 준공식 참석\n(서울=연합뉴스) 2031.12.14 --\n"
            "북한 김정은 국무위원장이 함주군병원 준공식에 참석했다고 조선중앙통신이 14일 "
            "보도했다. 준공식은 13일 열렸다.\n"
            "함주군병원은 안주시병원에 이어 두 번째로 완공된 지방병원이다.")
    assert keys(run(extractor, text, "2031-12-14", "ko")) == {
        ("Hamju", "completion", "2031-12-13"),
    }


def test_ground_broken_at_a_farm_named_after_its_city(extractor: Extractor) -> None:
    text = ("새해 건설 착공\n【평양 2월 4일발 조선중앙통신】\n3일 함경남도 함주군과 "
            "신의주온실종합농장지구에서 건설착공식들이 진행되였다.")
    assert keys(run(extractor, text, "2032-02-04", "ko")) == {
        ("Hamju", "groundbreaking", "2032-02-03"),
        ("Sinuiju", "groundbreaking", "2032-02-03"),
    }


def test_the_ceremony_compared_with_earlier_openings_keeps_its_own_date(
    extractor: Extractor,
) -> None:
    text = (YONHAP_HEAD + "North Korea opened regional factories in Hamju County on Tuesday, "
            "state media said.\nThe Hamju ceremony follows openings in Anju City and Kusong "
            "City last month.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Anju", "completion", "2031-02"),
        ("Kusong", "completion", "2031-02"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kim Jong Un was at the construction site of the Hamju County hospital on March 2.",
         ("Hamju", "leader_visit", "2031-03-02")),
        ("Kim broke ground in Hamju County in January. On February 28, he returned to inspect "
         "the site.", ("Hamju", "leader_visit", "2031-02-28")),
    ],
)
def test_the_leader_at_a_site_or_returning_to_it_is_a_visit(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in keys(run(extractor, YONHAP_HEAD + sentence, "2031-03-12", "en"))


def test_the_date_an_earlier_version_gave_is_withdrawn(extractor: Extractor) -> None:
    text = ("Hamju residents wait for goods\nApril 24, 2031 | Weekly Desk\n"
            "CORRECTION (April 25): An earlier version of this article said the factories in "
            "Hamju County were inaugurated on March 7. State media dated the ceremony Feb. 7.\n\n"
            "The factories in Hamju County opened on Feb. 7 with a ceremony.")
    assert keys(run(extractor, text, "2031-04-24", "en")) == {
        ("Hamju", "completion", "2031-02-07"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_HEAD + "Regional-industry factories in Hamju County were inaugurated on Tuesday.\n"
         "Share: Facebook | Email\nRelated articles\n- Factories inaugurated in Anju City\n"
         "- Ground broken in Kusong City", "en"),
        ("【평양 3월 12일발 조선중앙통신】\n함주군 지방공업공장들의 준공식이 11일에 진행되였다.\n"
         "관련기사\n- 안주시 지방공업공장 준공\n- 구성시에서 착공식 진행", "ko"),
    ],
)
def test_a_related_articles_list_is_not_the_reports_events(
    extractor: Extractor, text: str, language: str
) -> None:
    assert keys(run(extractor, text, "2031-03-12", language)) == {
        ("Hamju", "completion", "2031-03-11"),
    }


def test_an_undated_ceremony_in_a_bulletin_with_a_weather_item_after_it(
    extractor: Extractor,
) -> None:
    text = ("방송 청취기록\n주체120(2031)년 3월 11일 / 중앙방송 보도\n"
            "함경남도 함주군과 평안남도 안주시에서 지방공업공장 건설착공식들이 진행되였습니다.\n"
            "착공식들에서는 일군들이 연설하였습니다.\n다음은 날씨입니다. 오늘 북부에는 눈이 "
            "내리겠습니다.")
    assert keys(run(extractor, text, "2031-03-11", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Anju", "groundbreaking", "2031-03"),
    }


def test_a_chronology_in_the_present_tense(extractor: Extractor) -> None:
    text = ("Chronology: Hamju County\nTracker | compiled 22 December 2031 | Reference\n"
            "- 6 February 2031 -- Kim Jong Un breaks ground for the Hamju County Hospital. At "
            "the same ceremony he announces that three hospitals will be built this year.\n"
            "- 28 February 2031 -- Ground is broken for Hamju's regional industry factories; "
            "Kim does not attend.")
    found = run(extractor, text, "2031-12-22", "en")
    assert keys(found) == {
        ("Hamju", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
        ("Hamju", "groundbreaking", "2031-02-28"),
    }
    later = next(e for e in found if e.date == "2031-02-28")
    assert later.leader_attended is False


def test_a_plenary_meeting_that_closed_on_an_abbreviated_date_decided_to_build(
    extractor: Extractor,
) -> None:
    text = ("Weekly\nMonday, December 22, 2031 | Newsletter\nHamju County opened its factories "
            "on Monday.\nRecall that the party plenary meeting that closed on Dec. 11 decided to "
            "build hospitals in 20 cities and counties at the same time from next year.")
    assert (None, "policy_announcement", "2031-12-11") in keys(
        run(extractor, text, "2031-12-22", "en")
    )


def test_coming_back_to_inspect_and_to_open(extractor: Extractor) -> None:
    text = ("Long read\nLong read | February 20, 2032 | By A. Writer\nSEOUL -- Kim Jong Un broke "
            "ground in Hamju County on Feb. 28 last year.\nKim returned on Nov. 19 to inspect "
            "the factories under construction, and on Dec. 20 he came back a third time to "
            "open them.")
    assert keys(run(extractor, text, "2032-02-20", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Hamju", "leader_visit", "2031-11-19"),
        ("Hamju", "completion", "2031-12-20"),
    }


def test_a_korean_correction_notice_withdraws_what_the_paper_said(
    extractor: Extractor,
) -> None:
    text = ("[바로잡습니다] 12월 19일자 '함주군 공장 준공식' 기사\n한반도신문 | 2031년 12월 22일\n"
            "본지는 12월 19일자 기사에서 김정은 위원장이 같은 날 안주시 지방공업공장 준공식에도 "
            "참석했다고 보도했습니다.\n확인 결과, 안주시 준공식은 18일에 열렸지만 김 위원장은 "
            "참석하지 않았습니다.")
    found = run(extractor, text, "2031-12-22", "ko")
    assert keys(found) == {("Anju", "completion", "2031-12-18")}
    assert found[0].leader_attended is False


def test_houses_for_flood_victims_are_not_the_programmes(extractor: Extractor) -> None:
    text = (EN_HEAD + "New houses for the people who lost their homes in last summer's rains "
            "have been completed in Hamju County, and families moved in on Wednesday.\n"
            "Ceremonies to hand over the dwellings were held in several villages.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == set()


def test_became_another_county_to_have_modern_factories(extractor: Extractor) -> None:
    text = ("Hamju gets its new factories\nPyongyang Times, December 27, Juche 120 (2031) | "
            "Economy\nHamju County became another county of the country to have modern "
            "regional industry factories.\nAt the ceremony held on December 20, a party "
            "secretary made a speech.")
    assert keys(run(extractor, text, "2031-12-27", "en")) == {
        ("Hamju", "completion", "2031-12-20"),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (YONHAP_HEAD + "On Feb. 6, Kim broke ground for a hospital in Hamju County and said "
         "three such hospitals would be built this year.", "en", "2031-02-06"),
        ("(서울=연합뉴스) 2031년 3월 12일 -- 북한은 지난해 12월 전원회의에서 올해부터 해마다 "
         "20개 시·군에 병원을 짓기로 결정했다.", "ko", "2030-12"),
    ],
)
def test_a_number_of_sites_to_be_built_is_a_policy_announcement(
    extractor: Extractor, text: str, language: str, expected: str
) -> None:
    assert (None, "policy_announcement", expected) in keys(
        run(extractor, text, "2031-03-12", language)
    )


def test_places_with_relative_clauses_coordinated_before_plural_ceremonies(
    extractor: Extractor,
) -> None:
    text = (EN_HEAD + "Hamju County, where a party secretary gave the speech, and Anju City, "
            "where a department director spoke, held their own inauguration ceremonies for "
            "regional industry factories on Tuesday.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Anju", "completion", "2031-03-11"),
    }


def test_no_report_of_completion_confirmed_is_no_completion(extractor: Extractor) -> None:
    text = ("추진 현황\n국회 제출 자료 (2032. 1. 12.)\n1. 12월 29일 함경남도 함주군 지방공업공장 "
            "준공식이 열렸음.\n2. 안주시, 구성시는 준공 보도가 확인되지 않음.")
    assert keys(run(extractor, text, "2032-01-12", "ko")) == {
        ("Hamju", "completion", "2031-12-29"),
    }


def test_a_visit_told_in_an_even_though_clause(extractor: Extractor) -> None:
    text = ("SEOUL, Dec. 19 (AP) -- Factories opened on Thursday in Hamju County, state media "
            "said. Kim did not attend the Hamju ceremony, even though he had toured the "
            "factories there and in neighbouring Anju City on Dec. 3.")
    assert keys(run(extractor, text, "2031-12-19", "en")) == {
        ("Hamju", "completion", "2031-12-18"),
        ("Hamju", "leader_visit", "2031-12-03"),
        ("Anju", "leader_visit", "2031-12-03"),
    }


def test_two_openings_in_clauses_of_their_own_with_their_own_dates(
    extractor: Extractor,
) -> None:
    text = ("Hamju: a template\nThe Ledger — Research Note, January 15, 2032\n"
            "Hamju County is where every new element was tried first.\n"
            "The hospital opened on Nov. 19, with Kim present; the factories were inaugurated, "
            "again with Kim, on Dec. 15.")
    assert keys(run(extractor, text, "2032-01-15", "en")) == {
        ("Hamju", "completion", "2031-11-19"),
        ("Hamju", "completion", "2031-12-15"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("【평양 2월 7일발 조선중앙통신】함주군병원 착공식이 6일 진행되였다.\n김정은동지께서는 "
         "연설에서 다음해부터는 해마다 20개 시, 군에 병원을 일떠세우겠다고 선언하시였다.",
         (None, "policy_announcement", "2031-02-06")),
        ("(서울=연합뉴스) 2031년 2월 7일 -- 북한은 지난해 12월 말 열린 당 전원회의에서 올해부터 "
         "지방발전 사업에 병원 건설을 추가하기로 결정했다.",
         (None, "policy_announcement", "2030-12")),
    ],
)
def test_korean_decisions_and_pledges_to_build(
    extractor: Extractor, text: str, expected: tuple[str | None, str, str]
) -> None:
    assert expected in keys(run(extractor, text, "2031-02-07", "ko"))


def test_all_twenty_completed_after_the_countys_own_groundbreaking(
    extractor: Extractor,
) -> None:
    text = ("(서울=연합뉴스) 2032년 2월 12일 -- 북한 매체는 함주군에서 전날 지방공업공장 준공식이 "
            "열렸다고 보도했다.\n이로써 김 위원장이 지난해 2월 28일 평안남도 안주시에서 첫 삽을 "
            "뜬 이후 1년 만에 20개 시·군의 공장이 모두 준공됐다.")
    assert keys(run(extractor, text, "2032-02-12", "ko")) == {
        ("Hamju", "completion", "2032-02-11"),
        ("Anju", "groundbreaking", "2031-02-28"),
    }


def test_a_visit_in_a_relative_clause_keeps_its_date(extractor: Extractor) -> None:
    text = (EN_HEAD + "Hamju County Hospital was inaugurated on Tuesday.\nThe hospital, which "
            "Kim Jong Un had inspected while it was under construction on June 2, was completed "
            "in about 280 days.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Hamju", "leader_visit", "2030-06-02"),
    }


def test_a_headline_county_the_body_places_in_the_south(extractor: Extractor) -> None:
    text = ("철원군, 의료원 착공\n시사강원 | 2031년 1월 21일\n강원 철원군은 20일 군립 "
            "의료원 착공식을 열었다고 밝혔다.\n군은 내년 말까지 공사를 마칠 계획이다.")
    assert keys(run(extractor, text, "2031-01-21", "ko")) == set()


def test_work_a_korean_sentence_says_is_still_to_come(extractor: Extractor) -> None:
    text = ("새해 과업\n로동신문 주체120(2031)년 1월 5일\n준공을 앞둔 함주군의 건설자들은 "
            "마감공사를 질적으로 끝내기 위해 힘차게 투쟁하게 될것이다.")
    assert keys(run(extractor, text, "2031-01-05", "ko")) == set()


def test_a_bulleted_list_whose_rows_carry_more_sentences(extractor: Extractor) -> None:
    text = ("Tracker: openings\nWeekly briefing | February 1, 2032\n\nThree more counties "
            "inaugurated their regional industry factories in late January. Kim Jong Un attended "
            "none of these ceremonies.\n\n- Hamju County (South Hamgyong): Jan. 24. Kim had "
            "visited the site in October.\n- Anju City (South Phyongan): Jan. 25.\n"
            "- Kusong City (North Phyongan): Jan. 30. The secretary praised the food line.\n")
    found = keys(run(extractor, text, "2032-02-01", "en"))
    assert {
        ("Hamju", "completion", "2032-01-24"),
        ("Anju", "completion", "2032-01-25"),
        ("Kusong", "completion", "2032-01-30"),
    } <= found


def test_factories_started_in_a_month(extractor: Extractor) -> None:
    text = ("SEOUL, Dec. 24 (Korea Herald) -- North Korea inaugurated factories in Hamju County "
            "on Tuesday.\nIts factories were started in February along with those in five other "
            "counties.")
    assert ("Hamju", "groundbreaking", "2031-02") in keys(run(extractor, text, "2031-12-24", "en"))


def test_bare_days_under_month_headings(extractor: Extractor) -> None:
    text = ("월별 정리\n연구노트 | 2032년 1월 5일\n북한 매체 보도를 월별로 정리했다.\n2월\n"
            "- 6일: 함경남도 함주군병원 착공.\n- 하순: 평안남도 안주시병원 착공.\n6월\n"
            "- 9일: 김 위원장, 함주군병원 건설현장 현지지도.\n")
    assert keys(run(extractor, text, "2032-01-05", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-06"),
        ("Anju", "groundbreaking", "2031-02"),
        ("Hamju", "leader_visit", "2031-06-09"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_HEAD + "Kim recalled that on February 6 he had broken the ground for the Hamju County "
         "Hospital and declared on that day that three pilot hospitals would go up this year.",
         "en"),
        ("【평양 2월 7일발 조선중앙통신】 함주군병원 건설착공식이 6일에 진행되였다.\n"
         "김정은동지께서는 다음해부터는 해마다 20개 시, 군에 병원을 건설하여야 한다고 "
         "밝히시였다.", "ko"),
    ],
)
def test_a_leader_declaring_how_many_hospitals_will_go_up(
    extractor: Extractor, text: str, language: str
) -> None:
    found = keys(run(extractor, text, "2031-03-12" if language == "en" else "2031-02-07",
                     language))
    assert ("Hamju", "groundbreaking", "2031-02-06") in found
    assert (None, "policy_announcement", "2031-02-06") in found


def test_where_he_had_broken_the_first_ground(extractor: Extractor) -> None:
    text = (EN_HEAD + "Kim Jong Un inspected the factories under construction in Hamju County "
            "on Tuesday.\nTouring the food factory, where he had broken the first ground for "
            "the new factories on February 28, he expressed satisfaction.")
    assert ("Hamju", "groundbreaking", "2031-02-28") in keys(
        run(extractor, text, "2031-03-12", "en")
    )


def test_followed_takes_the_event_told_before_it_in_the_sentence(extractor: Extractor) -> None:
    text = ("Review\nAnalysis | January 5, 2032\nThis review covers two cohorts.\n"
            "Hamju's factories were also the first to open, on Dec. 20, 2030, again with Kim. "
            "On Feb. 6, 2031, Kim broke ground for a hospital in Anju City; the factories of "
            "Kusong City followed on Feb. 26.")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        ("Hamju", "completion", "2030-12-20"),
        ("Anju", "groundbreaking", "2031-02-06"),
        ("Kusong", "groundbreaking", "2031-02-26"),
    }


def test_a_note_line_ending_in_wangong(extractor: Extractor) -> None:
    text = ("월별 정리\n연구노트 | 2032년 1월 5일\n북한 매체 보도를 정리했다.\n"
            "• 12월 28일: 함경남도 함주군 지방공업공장 완공.\n")
    assert keys(run(extractor, text, "2032-01-05", "ko")) == {
        ("Hamju", "completion", "2031-12-28"),
    }


def test_a_call_to_build_to_the_design_is_no_policy(extractor: Extractor) -> None:
    text = ("【평양 12월 19일발 조선중앙통신】 함주군 지방공업공장들의 준공식이 18일에 "
            "진행되였다.\n김정은동지께서는 모든 공장을 설계대로 완벽하게 건설하여야 한다고 "
            "강조하시였다.")
    assert keys(run(extractor, text, "2031-12-19", "ko")) == {
        ("Hamju", "completion", "2031-12-18"),
    }


def test_a_day_after_he_opened_dates_the_place_after_it(extractor: Extractor) -> None:
    text = ("SEOUL, South Korea (AP) -- Kim Jong Un attended the opening of factories in Hamju "
            "County on Friday, a day after he opened factories in Anju City, state media said "
            "Saturday.")
    assert keys(run(extractor, text, "2031-03-15", "en")) == {
        ("Hamju", "completion", "2031-03-14"),
        ("Anju", "completion", "2031-03-13"),
    }


def test_a_plenary_meeting_earlier_this_month_decided_to_build(extractor: Extractor) -> None:
    text = ("SEOUL, Dec 30 (Reuters) - Kim Jong Un opened factories in Hamju county on Monday.\n"
            "The ruling party's plenary meeting earlier this month decided to build hospitals in "
            "20 cities and counties from next year.")
    assert (None, "policy_announcement", "2031-12") in keys(
        run(extractor, text, "2031-12-30", "en")
    )


def test_the_farms_own_opening_date_in_a_multi_site_sentence(extractor: Extractor) -> None:
    text = (EN_HEAD + "Ground-breaking ceremonies were held in Hamju County and Anju City on "
            "Tuesday, and construction started the same day in the area of the Sinuiju Combined "
            "Greenhouse Farm, which had been inaugurated on Sunday.")
    assert ("Sinuiju", "groundbreaking", "2031-03-11") in keys(
        run(extractor, text, "2031-03-12", "en")
    )


def test_a_dated_row_whose_event_is_told_in_its_second_sentence(extractor: Extractor) -> None:
    text = ("THE LEDGER: openings\nFriday, 2 January 2032\nOur record of the openings.\n"
            "- Nov. 19: Hamju County Hospital. Kim Jong Un cut the tape.\n"
            "- Dec. 16: Anju City's factories. Ri Il Hwan cut the tape.\n")
    assert keys(run(extractor, text, "2032-01-02", "en")) == {
        ("Hamju", "completion", "2031-11-19"),
        ("Anju", "completion", "2031-12-16"),
    }


def test_the_headline_county_after_a_programme_wide_aside(extractor: Extractor) -> None:
    text = ("Hamju County marks opening of new factories\nPyongyang, January 19 (KCNA) -- The "
            "people of Hamju County gathered on Saturday to see their new factories handed "
            "over.\nThe secretary said that factories now stood in twenty cities and counties "
            "less than a year after the first spade went into the ground at Anju.\nAfter the "
            "ribbon was cut, participants looked round the factories.")
    assert keys(run(extractor, text, "2031-01-19", "en")) == {
        ("Hamju", "completion", "2031-01-18"),
    }


def test_a_table_that_opens_the_body_led_by_its_header(extractor: Extractor) -> None:
    text = ("[통계] 착공 현황\n| 시·군 | 도 | 착공일 |\n|---|---|---|\n"
            "| 함주군 | 함경남도 | 2월 27일 |\n| 안주시 | 평안남도 | 2월 28일 |\n")
    assert keys(run(extractor, text, "2031-03-03", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-28"),
    }


def test_korean_last_year_and_the_day_before_yesterday(extractor: Extractor) -> None:
    text = ("[결산] 2년차 마무리\n(서울=연합뉴스) 2031년 12월 31일 -- 북한이 2년차 사업을 "
            "마무리했다.\n그저께 함경남도 함주군에서 열린 지방공업공장 준공식에는 김정은 위원장이 "
            "참석했다.\n작년 말 첫 준공 사례였던 평안남도 안주시(12월 20일) 때도 김 위원장이 "
            "참석했다.\n다만 구성시의 준공 보도는 아직 확인되지 않았다.")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Hamju", "completion", "2031-12-29"),
        ("Anju", "completion", "2030-12-20"),
    }


def test_ribbons_cut_at_several_sites_and_yesterdays_inauguration(extractor: Extractor) -> None:
    text = ("SEOUL, South Korea (AP) -- Kim Jong Un cut the ribbon at new factories in Hamju "
            "county on Thursday, KCNA said Friday.\nThe agency said ribbons were also cut the "
            "same day at regional factories in Anju and Kusong.")
    assert keys(run(extractor, text, "2031-03-14", "en")) == {
        ("Hamju", "completion", "2031-03-13"),
        ("Anju", "completion", "2031-03-13"),
        ("Kusong", "completion", "2031-03-13"),
    }


def test_the_chairman_at_yesterdays_inauguration(extractor: Extractor) -> None:
    text = ("Transcript: briefing\nTuesday, 30 December 2031\nQ: Did the leader attend?\nA: Yes. "
            "The chairman attended yesterday's inauguration of the factories in Hamju County, "
            "and we note the decision of the party plenary meeting earlier this month to build "
            "hospitals in 20 cities and counties every year.")
    found = keys(run(extractor, text, "2031-12-30", "en"))
    assert ("Hamju", "completion", "2031-12-29") in found
    assert (None, "policy_announcement", "2031-12") in found


def test_wonsunim_is_the_leader(extractor: Extractor) -> None:
    text = ("함주군 공장 준공식\n로동신문 주체120(2031)년 12월 21일\n경애하는 김정은동지께서 20일 "
            "함주군 지방공업공장 준공식에 참석하시였다.\n원수님께서는 지난 11월 19일 건설중인 "
            "공장들을 현지지도하시면서 마감공사를 잘 끝낼데 대하여 가르치시였다.")
    assert keys(run(extractor, text, "2031-12-21", "ko")) == {
        ("Hamju", "completion", "2031-12-20"),
        ("Hamju", "leader_visit", "2031-11-19"),
    }


def test_the_opening_was_on_a_weekday(extractor: Extractor) -> None:
    text = ("Kim opens hospital\nSEOUL, South Korea -- Kim Jong Un cut the ribbon at a new "
            "hospital in Hamju County, state media said Thursday.\nThe opening was on Wednesday.")
    assert ("Hamju", "completion", "2031-11-19") in keys(
        run(extractor, text, "2031-11-20", "en")
    )


def test_sites_that_joined_when_work_began(extractor: Extractor) -> None:
    text = (EN_HEAD + "Hamju County and Anju City joined the ranks of this year's building "
            "sites on March 6, when work began in each of them on modern regional industry "
            "factories.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-06"),
        ("Anju", "groundbreaking", "2031-03-06"),
    }


def test_the_ones_he_skipped_list_with_several_places_a_line(extractor: Extractor) -> None:
    text = ("THE LEDGER -- how the 2031 cohort was opened\n5 January 2032\nKim cut ribbons at "
            "a handful of sites. Most of the year's openings went ahead without him. For the "
            "record, the ones he skipped:\n- Dec. 15: Hamju (South Hamgyong) and Anju (South "
            "Phyongan).\n- Dec. 16: Kusong (North Phyongan), factories plus a grain management "
            "facility.\n")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        ("Hamju", "completion", "2031-12-15"),
        ("Anju", "completion", "2031-12-15"),
        ("Kusong", "completion", "2031-12-16"),
    }


def test_a_table_of_the_five_openings_reported(extractor: Extractor) -> None:
    text = ("Research note\nEconomic Desk, Seoul | 14 February 2032\nThe table lists the five "
            "openings reported in February.\n| date | county | province |\n|---|---|---|\n"
            "| Feb. 3 | Hamju | South Hamgyong |\n| Feb. 5 | Anju | South Phyongan |\n")
    assert keys(run(extractor, text, "2032-02-14", "en")) == {
        ("Hamju", "completion", "2032-02-03"),
        ("Anju", "completion", "2032-02-05"),
    }


def test_ditto_marks_repeat_the_date_of_the_row_above(extractor: Extractor) -> None:
    text = ("[결산] 준공식 일지\n북한경제 주간동향 | 2031년 12월 31일\n12월 하순 북한 매체가 "
            "전한 준공식을 정리했다.\n| 날짜 | 지역 | 대상 |\n|---|---|---|\n"
            "| 12월 18일 | 함경남도 함주군 | 지방공업공장 |\n| 〃 | 평안남도 안주시 | 〃 |\n")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Hamju", "completion", "2031-12-18"),
        ("Anju", "completion", "2031-12-18"),
    }


def test_turned_the_first_earth(extractor: Extractor) -> None:
    text = (EN_HEAD + "Kim Jong Un gave the opening speech in Hamju County and turned the first "
            "earth on Feb. 28.")
    assert ("Hamju", "groundbreaking", "2031-02-28") in keys(
        run(extractor, text, "2031-03-12", "en")
    )


def test_a_colon_lead_over_dated_rows_of_the_reports_ceremony(extractor: Extractor) -> None:
    text = ("Year-one factories: the calendar\nRegional Monitor — weekly note, 12 February 2032\n"
            "With Hamju County yesterday, all twenty sites have held their openings. Our log of "
            "the last stretch, as state media dated it:\n- Anju City (South Phyongan): Jan. 25\n"
            "- Kusong City (North Phyongan): Jan. 29\n")
    assert keys(run(extractor, text, "2032-02-12", "en")) == {
        ("Hamju", "completion", "2032-02-11"),
        ("Anju", "completion", "2032-01-25"),
        ("Kusong", "completion", "2032-01-29"),
    }


def test_reports_not_yet_carried_and_a_korean_wrong_date_notice(extractor: Extractor) -> None:
    text = (YONHAP_HEAD + "Kim opened factories in Hamju County on Tuesday.\nState media have not "
            "yet carried inauguration reports for Anju and Kusong.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
    }
    korean = ("[바로잡습니다] 함주군 기사\n(서울=연합뉴스) 2031.12.19 -- 19일 오전 송고한 '함주군 "
              "지방공장 준공식' 기사에서 준공식이 열린 날짜를 '17일'로 잘못 적었습니다.\n"
              "조선중앙통신 보도에 따르면 준공식은 18일 열렸기에 바로잡습니다.")
    assert keys(run(extractor, korean, "2031-12-19", "ko")) == {
        ("Hamju", "completion", "2031-12-18"),
    }


def test_the_general_secretary_came_to_the_site_and_factories_declared_open(
    extractor: Extractor,
) -> None:
    text = (EN_HEAD + "The Hamju County Hospital was inaugurated on Saturday in the presence of "
            "the respected Comrade General Secretary.\nThe respected General Secretary recalled "
            "that when he had come to the building site in June, the work had been behind.\n"
            "The regional-industry factories in Anju City were declared open on Tuesday.")
    found = run(extractor, text, "2031-03-12", "en")
    assert keys(found) == {
        ("Hamju", "completion", "2031-03-08"),
        ("Hamju", "leader_visit", "2030-06"),
        ("Anju", "completion", "2031-03-11"),
    }


def test_a_korean_date_told_with_a_groundbreaking_is_not_the_next_sentences(
    extractor: Extractor,
) -> None:
    text = ("(서울=연합뉴스) 2031년 1월 25일 -- 조선중앙통신은 함주군 지방공업공장 준공식이 전날 "
            "진행됐다고 보도했다.\n함주군 공장은 지난해 3월 착공한 지 약 10개월 만에 완공됐다.\n"
            "북한은 최근 안주시 등에서도 잇달아 공장 준공식을 열고 있다.")
    assert keys(run(extractor, text, "2031-01-25", "ko")) == {
        ("Hamju", "completion", "2031-01-24"),
        ("Hamju", "groundbreaking", "2030-03"),
    }


def test_korean_expected_ceremonies_and_an_interval_anchor(extractor: Extractor) -> None:
    text = ("주간 동향\n북한경제 동향 브리프 | 2031년 1월 27일\n지난주 북한 매체는 준공 소식을 "
            "전했다.\n- 1월 24일 평안북도 구성시: 착공 약 10개월 만의 준공.\n"
            "- 1월 25일 함경남도 함주군.\n안주시 등 남은 곳들은 이달 말부터 차례로 준공식을 열 "
            "전망이다.")
    assert keys(run(extractor, text, "2031-01-27", "ko")) == {
        ("Kusong", "completion", "2031-01-24"),
        ("Hamju", "completion", "2031-01-25"),
    }


def test_construction_of_a_long_list_got_under_way_yesterday(extractor: Extractor) -> None:
    text = ("Kim breaks ground\nPyongyang, January 30 (KCNA) -- Construction of regional-industry "
            "factories, a county hospital and a general service complex in Hamju County, South "
            "Hamgyong Province, got under way yesterday, the first of the projects this year.")
    assert ("Hamju", "groundbreaking", "2031-01-29") in keys(
        run(extractor, text, "2031-01-30", "en")
    )


def test_lines_of_place_colon_date_under_a_lead(extractor: Extractor) -> None:
    text = ("Mapping the first cohort\n(blog post, 15 Feb 2032)\nThis part is about the "
            "openings he did not attend. Each of these factory trios was inaugurated by local "
            "party bosses.\nHamju (South Hamgyŏng): Jan. 14\nAnju (South P'yŏngan): Jan. 10\n")
    assert keys(run(extractor, text, "2032-02-15", "en")) == {
        ("Hamju", "completion", "2032-01-14"),
        ("Anju", "completion", "2032-01-10"),
    }


def test_a_korean_notice_of_a_date_written_wrongly_without_jalmot(extractor: Extractor) -> None:
    text = ("[바로잡습니다] 안주시 착공 날짜\n2031년 2월 8일\n어제 보도한 '북, 함주군 등 2곳 "
            "착공' 기사에서 평안남도 안주시 착공식 날짜를 5일로 적었으나, 6일이 맞기에 "
            "바로잡습니다.\n북한은 6일 함경남도 함주군과 평안남도 안주시에서 착공식을 했다.")
    assert keys(run(extractor, text, "2031-02-08", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-06"),
        ("Anju", "groundbreaking", "2031-02-06"),
    }


def test_the_agency_yesterday_is_the_report_not_the_ceremony(extractor: Extractor) -> None:
    text = ("[KBS 라디오 뉴스] 북, 착공 완료\n북한이 지방공업공장 착공을 모두 마쳤습니다.\n"
            "조선중앙통신은 어제, 함경남도 함주군 등 13개 시·군에서 지방공업공장 착공식이 "
            "열렸다고 전했습니다.")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert ("Hamju", "groundbreaking", "2031-03-11") not in found


def test_month_day_cells_of_a_korean_table_and_ceremonies_to_be_held(
    extractor: Extractor,
) -> None:
    text = ("2032년 착공 현황\n정세분석 자료 | 2032년 2월 8일\n올해 착공식을 정리했다.\n\n"
            "| 지역 | 도 | 착공 |\n|---|---|---|\n| 함주군 | 함경남도 | 1.29 |\n"
            "| 안주시 | 평안남도 | 2.3 |\n\n구성시 등 남은 곳의 착공식도 이번 주부터 잇따라 "
            "열릴 예정입니다.")
    assert keys(run(extractor, text, "2032-02-08", "ko")) == {
        ("Hamju", "groundbreaking", "2032-01-29"),
        ("Anju", "groundbreaking", "2032-02-03"),
    }


def test_korean_weekday_bullets_under_a_lead_that_ends_on_completion(
    extractor: Extractor,
) -> None:
    text = ("[주간 브리핑] 1월 넷째 주\n2032년 1월 26일(월) 발행 | 편집자 정리\n지난주에도 지난해 "
            "착공한 지방공업공장들의 준공 소식이 이어졌다.\n· 월요일: 함남 함주군 — 도당 책임비서 "
            "연설\n· 금요일: 평남 안주시\n")
    assert keys(run(extractor, text, "2032-01-26", "ko")) == {
        ("Hamju", "completion", "2032-01-19"),
        ("Anju", "completion", "2032-01-23"),
    }


def test_an_earlier_version_of_this_explainer(extractor: Extractor) -> None:
    text = ("Q&A: the new factories\nRegional desk explainer, April 22, 2031 (updated)\n"
            "Correction: An earlier version of this explainer gave the date of the Hamju County "
            "inauguration as March 7. State media dated it Feb. 7.\nHamju's factories opened on "
            "Feb. 7.")
    assert keys(run(extractor, text, "2031-04-22", "en")) == {
        ("Hamju", "completion", "2031-02-07"),
    }


def test_a_weekly_list_whose_rows_run_on_past_the_last_trigger(extractor: Extractor) -> None:
    text = ("THE PROVINCES WEEKLY\nMonday, 27 January 2031 · newsletter desk\nState media "
            "logged these openings of regional-industry factories:\n- Last Saturday (18th): "
            "Hamju County, South Hamgyong. The speaker boasted of the pace.\n- Friday: Anju "
            "City, South Phyongan.\n- Saturday: Kusong City, North Phyongan.\n")
    assert keys(run(extractor, text, "2031-01-27", "en")) == {
        ("Hamju", "completion", "2031-01-18"),
        ("Anju", "completion", "2031-01-24"),
        ("Kusong", "completion", "2031-01-25"),
    }


def test_no_report_yet_and_a_day_after_he_cut_the_ribbon(extractor: Extractor) -> None:
    korean = ("[분석] 함주군 공장\n2031년 12월 24일 | 기고\n함경남도 함주군에서 23일 지방공업공장 "
              "준공식이 열렸다.\n같은 도 안주시와 구성시는 아직 준공 보도가 없다.")
    assert keys(run(extractor, korean, "2031-12-24", "ko")) == {
        ("Hamju", "completion", "2031-12-23"),
    }
    english = ("Kim attends openings\nKorea JoongAng Daily | December 21, 2031\nKim Jong Un "
               "attended the opening of new factories in Hamju County on Friday, a day after he "
               "cut the ribbon at new factories in Anju City, state media reported Sunday.")
    assert keys(run(extractor, english, "2031-12-21", "en")) == {
        ("Hamju", "completion", "2031-12-19"),
        ("Anju", "completion", "2031-12-18"),
    }


def test_numbered_dated_lines_under_a_headline_about_ground_breakings(
    extractor: Extractor,
) -> None:
    text = ("The Provinces Letter: February's ground-breakings\nMarch 3, 2032 - a monthly "
            "newsletter\nFebruary was the busiest month yet. In order:\n1. Feb 6 - Sinpho "
            "(S. Hamgyong). Kim himself broke ground for a hospital.\n2. Feb 26 - Hamju (S. "
            "Hamgyong): factories plus a grain management facility.\n3. Feb 27 - Anju and Kusong "
            "among six counties starting factories the same day.\n")
    assert keys(run(extractor, text, "2032-03-03", "en")) == {
        ("Sinpho", "groundbreaking", "2032-02-06"),
        ("Hamju", "groundbreaking", "2032-02-26"),
        ("Anju", "groundbreaking", "2032-02-27"),
        ("Kusong", "groundbreaking", "2032-02-27"),
    }


def test_a_blog_log_with_day_slash_month_lines(extractor: Extractor) -> None:
    text = ("20x10 in 2031: my running log\n31 Dec 2031 - personal blog\n28/2 - First spade for "
            "Hamju's factories, Kim present and speaking.\n20/12 - Hamju's three factories open, "
            "Kim cuts the ribbon.\n")
    assert keys(run(extractor, text, "2031-12-31", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Hamju", "completion", "2031-12-20"),
    }


def test_held_their_own_openings_and_this_years_day_after_last_years_month(
    extractor: Extractor,
) -> None:
    english = ("KBS World Radio - transcript\nBroadcast December 20, 2031\nANCHOR: On Thursday, "
               "three more counties, Hamju, Anju and Kusong, held their own openings, but "
               "without Kim; party officials cut the tapes there.")
    assert keys(run(extractor, english, "2031-12-20", "en")) == {
        ("Hamju", "completion", "2031-12-18"),
        ("Anju", "completion", "2031-12-18"),
        ("Kusong", "completion", "2031-12-18"),
    }
    korean = ("주민들 불만\n데일리NK 2031년 4월 22일\n함주군 공장은 지난해 3월 착공해 올해 2월 "
              "7일 준공됐다.")
    assert keys(run(extractor, korean, "2031-04-22", "ko")) == {
        ("Hamju", "groundbreaking", "2030-03"),
        ("Hamju", "completion", "2031-02-07"),
    }


def test_a_dated_table_under_a_headline_that_names_the_ceremony(extractor: Extractor) -> None:
    text = ("2032년 착공 현황 (2월)\n작성 2032년 3월 5일 | 정책연구실\n| 날짜 | 시·군 | 도 |\n"
            "|---|---|---|\n| 2월 6일 | 함주군 | 함경남도 |\n| 2월 9일 | 안주시 | 평안남도 |\n")
    assert keys(run(extractor, text, "2032-03-05", "ko")) == {
        ("Hamju", "groundbreaking", "2032-02-06"),
        ("Anju", "groundbreaking", "2032-02-09"),
    }


def test_work_began_in_several_places_on_factories(extractor: Extractor) -> None:
    text = ("Year three\nAnalyst's note | 10 February 2032\nThe third year opened on 29 January. "
            "Three days later, on 1 February, work began in Hamju, Anju and Kusong on "
            "factories, hospitals and service centres.")
    assert {
        ("Hamju", "groundbreaking", "2032-02-01"),
        ("Anju", "groundbreaking", "2032-02-01"),
        ("Kusong", "groundbreaking", "2032-02-01"),
    } <= keys(run(extractor, text, "2032-02-10", "en"))


def test_places_completed_before_and_a_tour_ahead_of_the_opening(extractor: Extractor) -> None:
    text = ("北 함주군 지방공장 준공\n(서울=연합뉴스) 2031년 1월 11일 -- 북한 함경남도 함주군에서 "
            "지방공업공장 준공식이 10일 열렸다.\n함주군 공장은 지난해 3월 착공했으며, "
            "안주시·구성시에 이어 준공됐다.\n* 안주시: 김 총비서가 준공에 앞서 12월 3일 공장들을 "
            "돌아봄.")
    assert keys(run(extractor, text, "2031-01-11", "ko")) == {
        ("Hamju", "completion", "2031-01-10"),
        ("Hamju", "groundbreaking", "2030-03"),
        ("Anju", "leader_visit", "2030-12-03"),
    }


def test_an_undated_batch_with_an_earlier_ceremony_dated_after_it(extractor: Extractor) -> None:
    text = ("북한, 6곳 추가 착공\n(서울=연합뉴스) 2031년 3월 8일 -- 북한이 함주군, 안주시에서 "
            "지방공업공장 착공식을 진행했다고 조선중앙통신이 7일 보도했다.\n앞서 김 위원장은 "
            "지난달 28일 구성시 착공식에서 첫 삽을 떴다.")
    assert keys(run(extractor, text, "2031-03-08", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Anju", "groundbreaking", "2031-03"),
        ("Kusong", "groundbreaking", "2031-02-28"),
    }


def test_declared_finished_and_no_ceremony_since_a_place(extractor: Extractor) -> None:
    text = ("Week in review\nDesk note, posted Monday, January 20, 2031\nThree more county "
            "complexes were declared finished last week, none with Kim Jong Un, who has not "
            "returned to a ceremony since Anju.\n- Tuesday: Hamju County (South Hamgyong).\n"
            "- Thursday: Kusong City (North Phyongan).\n")
    assert keys(run(extractor, text, "2031-01-20", "en")) == {
        ("Hamju", "completion", "2031-01-14"),
        ("Kusong", "completion", "2031-01-16"),
    }


def test_four_other_places_and_last_years_plenary(extractor: Extractor) -> None:
    text = ("[정책브리프] 3년차\n2032년 2월 10일 | 통일연구소\n1. 2월 3일에는 함경남도 함주군과 "
            "평안남도 안주시, 평안북도 구성시에서 착공식이 열렸다.\n2. 이어 6일에도 네 곳에서 "
            "착공식이 열렸다고 북한 매체가 전했다.\n3. 지난해 12월 9~11일 당중앙위원회 전원회의는 "
            "올해부터 20개 시·군에 병원을 동시에 건설하기로 결정했다.")
    assert keys(run(extractor, text, "2032-02-10", "ko")) == {
        ("Hamju", "groundbreaking", "2032-02-03"),
        ("Anju", "groundbreaking", "2032-02-03"),
        ("Kusong", "groundbreaking", "2032-02-03"),
        (None, "policy_announcement", "2031-12-11"),
    }


def test_four_more_followed_in_places(extractor: Extractor) -> None:
    text = ("Briefing\nSeoul, 9 February 2032 -- press briefing\nA: North Korea reported that on "
            "Tuesday ground was broken in Hamju County for regional industry factories. On "
            "Friday two more followed, in Anju and Kusong, for factories and hospitals.")
    assert keys(run(extractor, text, "2032-02-09", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-03"),
        ("Anju", "groundbreaking", "2032-02-06"),
        ("Kusong", "groundbreaking", "2032-02-06"),
    }


def test_the_sites_are_listed_in_the_next_sentence(extractor: Extractor) -> None:
    text = ("N. Korea breaks ground in two more counties\nSEOUL, Feb. 28 (Yonhap) -- North Korea "
            "held ground-breaking ceremonies on Thursday for regional-industry factories in two "
            "cities and counties, KCNA said Friday.\nThe sites are Hamju County in South Hamgyong "
            "Province and Anju City in South Phyongan.\nLeader Kim Jong Un was not reported to "
            "have attended.")
    found = run(extractor, text, "2031-02-28", "en")
    assert keys(found) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-27"),
    }
    assert all(e.leader_attended is not True for e in found)


def test_went_into_operation_with_ceremonies_is_the_opening(extractor: Extractor) -> None:
    opening = ("More counties get factories\nPyongyang, February 8 (Pyongyang Times) -- Modern "
               "regional industry factories went into operation in Hamju County on February 5.\n"
               "Ceremonies were attended by officials and residents.")
    assert keys(run(extractor, opening, "2031-02-08", "en")) == {
        ("Hamju", "completion", "2031-02-05"),
    }
    separate = (EN_HEAD + "Regional-industry factories in Hamju County were inaugurated on "
                "March 3. They went into operation on March 5.")
    assert keys(run(extractor, separate, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-03"),
        ("Hamju", "production_start", "2031-03-05"),
    }


def test_the_agency_on_the_29th_held_is_the_ceremony_day(extractor: Extractor) -> None:
    text = ("북한 함주군에도 지방공장\n(서울=뉴스1) 2031년 1월 31일 -- 북한 함경남도 함주군에 "
            "지방공업공장이 준공됐다고 조선중앙통신이 31일 보도했다.\n통신은 29일 열린 "
            "준공식에서 도당 책임비서가 연설했다고 전했다.")
    assert keys(run(extractor, text, "2031-01-31", "ko")) == {
        ("Hamju", "completion", "2031-01-29"),
    }


def test_counties_where_ceremonies_were_held_in_an_undated_kcna_batch(
    extractor: Extractor,
) -> None:
    text = ("여러 시, 군들에서 착공식 진행\n【평양 3월 11일발 조선중앙통신】착공식들이 여러 시, "
            "군들에서 진행되였다.\n함경남도 함주군, 평안남도 안주시에서 진행된 착공식들에는 "
            "일군들이 참가하였다.")
    assert keys(run(extractor, text, "2031-03-11", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Anju", "groundbreaking", "2031-03"),
    }


def test_several_places_another_opened_after(extractor: Extractor) -> None:
    text = ("北 함주군 공장 준공\n(서울=뉴스1) 2031년 1월 11일 -- 조선중앙통신은 11일 함주군 "
            "지방공업공장 준공식이 10일 진행됐다고 전했다.\n함주군 공장은 안주시와 구성시, "
            "숙천군에 이어 네 번째로 문을 열었다.")
    assert keys(run(extractor, text, "2031-01-11", "ko")) == {
        ("Hamju", "completion", "2031-01-10"),
    }


def test_unopened_factories_a_return_visit_and_a_speech_in_a_relative_clause(
    extractor: Extractor,
) -> None:
    text = ("Looking back\nAnalyst note, 20 March 2031\nOn March 4 Kim went back to the factory "
            "construction site in Hamju, the county where the work began with his "
            "ground-breaking speech on Feb. 2. On March 9 he toured the unopened factories in "
            "Anju.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Hamju", "leader_visit", "2031-03-04"),
        ("Hamju", "groundbreaking", "2031-02-02"),
        ("Anju", "leader_visit", "2031-03-09"),
    }


def test_places_with_no_reports_of_an_opening(extractor: Extractor) -> None:
    text = ("Round-up\nAnalyst note, 20 March 2031\nFactories opened in Hamju on March 4. We "
            "found no opening reports for Anju, Kusong or Sukchon, though all were said to be "
            "completed.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Hamju", "completion", "2031-03-04"),
    }


def test_progress_in_its_own_clause_beside_a_visit(extractor: Extractor) -> None:
    text = ("Looking back\nAnalyst note, 20 March 2031\nA March 2 state-media report said "
            "exterior work on the factories in Anju was nearing completion, and on March 9 Kim "
            "inspected the construction site in Hamju.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Anju", "construction_progress", "2031-03-02"),
        ("Hamju", "leader_visit", "2031-03-09"),
    }
    seen = ("Looking back\nAnalyst note, 20 March 2031\nOn March 9 Kim inspected the "
            "construction site in Hamju, where exterior work was nearing completion.")
    assert keys(run(extractor, seen, "2031-03-20", "en")) == {
        ("Hamju", "leader_visit", "2031-03-09"),
    }


def test_a_tally_of_counties_after_the_countys_own_opening(extractor: Extractor) -> None:
    text = (EN_HEAD + "Regional-industry factories in Hamju County were completed on March 10, "
            "bringing the number of counties where such factories have been put into operation "
            "to twelve.")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hamju", "completion", "2031-03-10"),
    }


def test_a_county_scheduled_to_hold_its_own_inauguration(extractor: Extractor) -> None:
    text = ("News at noon\nSaturday, March 15, 2031\nFactories in Hamju County were opened on "
            "Thursday. Anju is scheduled to hold its own inauguration today.")
    assert keys(run(extractor, text, "2031-03-15", "en")) == {
        ("Hamju", "completion", "2031-03-13"),
    }


def test_korean_background_work_begun_earlier_and_a_nickname(extractor: Extractor) -> None:
    text = ("지방공업공장건설 착공\n로동신문 2031년 3월 12일\n이달 상순 함주군, 안주시에서 "
            "지방공업공장건설 착공식들이 진행되였다.\n앞서 구성시에서 시작된 공사는 이제 여러 "
            "시, 군으로 확대되였다.")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Anju", "groundbreaking", "2031-03"),
    }
    nickname = ("北 공장 준공\n뉴스1 2031.01.31\n29일에는 과일군으로 알려진 강원도 고산군에서도 "
                "지방공업공장이 준공됐다.")
    assert keys(run(extractor, nickname, "2031-01-31", "ko")) == {
        ("Kosan", "completion", "2031-01-29"),
    }


def test_korean_work_begun_alongside_and_no_word_of_attendance(extractor: Extractor) -> None:
    text = ("北 지방공장 착공\n연합뉴스 2031-03-01\n북한이 전날 함경남도 함주군에서 지방공업공장 "
            "착공식을 열었다고 조선중앙통신이 1일 보도했다.\n평안남도 은산군에서는 제지공장 "
            "건설도 함께 시작됐다.\n김정은 국무위원장의 참석 소식은 없었다.")
    events = run(extractor, text, "2031-03-01", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Unsan", "groundbreaking", "2031-02-28"),
    }
    assert {e.province for e in events if e.county == "Unsan"} == {"South Phyongan"}
    assert all(e.leader_attended is False for e in events if e.county == "Hamju")


def test_korean_plans_to_go_on_and_a_ceremony_beside_a_greenhouse_farm(
    extractor: Extractor,
) -> None:
    text = ("북 착공\n(서울=연합뉴스) 2031년 2월 4일 --\n북한이 어제(3일) 함경남도 함주군에서 "
            "공장 착공식을 열었습니다. 김정은 위원장의 모습은 보이지 않았습니다. 신의주 "
            "온실농장 일대에서도 같은 날 착공식이 있었습니다.\n북한은 이달 중 다른 "
            "지역에서도 착공식을 이어갈 예정입니다. 내년에는 20개 병원 착공이 예정돼 있다.")
    events = run(extractor, text, "2031-02-04", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2031-02-03"),
        ("Sinuiju", "groundbreaking", "2031-02-03"),
    }
    assert {e.leader_attended for e in events if e.county == "Hamju"} == {False}


def test_a_desk_log_of_weekday_rows_under_an_openings_heading(extractor: Extractor) -> None:
    text = ("DESK LOG, week 9\nCompiled Sunday, March 16, 2031. Internal.\n\nOpenings logged "
            "this week:\n\n- Wed: Hamju County. Provincial secretary spoke. No Kim.\n- Thu: "
            "Anju. Only a short summary so far. Check the English service.\n- Fri: Kusong "
            "City. Kim absent.\n\nBack-fill:\n- Sukchon County: the inauguration reported last "
            "weekend happened Saturday, March 8.\n")
    events = run(extractor, text, "2031-03-16", "en")
    assert keys(events) == {
        ("Hamju", "completion", "2031-03-12"),
        ("Anju", "completion", "2031-03-13"),
        ("Kusong", "completion", "2031-03-14"),
        ("Sukchon", "completion", "2031-03-08"),
    }
    assert {e.county: e.leader_attended for e in events}["Hamju"] is False


def test_a_sequence_of_openings_goes_on_past_an_aside_about_a_visit(
    extractor: Extractor,
) -> None:
    text = ("Notes on the openings\nSpecialist note | 20 March 2031\nFactories in Hamju opened "
            "on 4 March. Kim had visited the site in Hamju in October 2030. Anju followed on "
            "9 March.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Hamju", "completion", "2031-03-04"),
        ("Hamju", "leader_visit", "2030-10"),
        ("Anju", "completion", "2031-03-09"),
    }


def test_a_table_with_a_column_per_event_and_an_attendance_column(
    extractor: Extractor,
) -> None:
    text = ("북한 지방공장 착공·준공 일지\n(서울=연합뉴스) 2031-02-14 15:02 KST\n북한 매체 보도를 "
            "토대로 세 곳의 착공·준공 시기를 정리했다.\n\n| 시·군 | 도 | 착공일 | 준공일 | 김정은 "
            "참석(준공) |\n|---|---|---|---|---|\n| 함주군 | 함경남도 | 2030.3 | 2031.1.12 | × "
            "|\n| 안주시 | 평안남도 | 2030.3 | 1.20 | ○ |\n| 구성시 | 평안북도 | 2030.3 | | |\n")
    events = run(extractor, text, "2031-02-14", "ko")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2030-03"),
        ("Hamju", "completion", "2031-01-12"),
        ("Anju", "groundbreaking", "2030-03"),
        ("Anju", "completion", "2031-01-20"),
        ("Kusong", "groundbreaking", "2030-03"),
    }
    attended = {(e.county, e.event_type): e.leader_attended for e in events}
    assert attended[("Hamju", "completion")] is False
    assert attended[("Anju", "completion")] is True
    # The column speaks of the openings only.
    assert attended[("Anju", "groundbreaking")] is None
    english = ("Tracker\nAnalysis | 14 February 2031\nWhat state media reported, site by site.\n\n"
               "| County | Ground broken | Opened | Kim present |\n|---|---|---|---|\n"
               "| Hamju | 2030-03 | 12 Jan | no |\n| Anju | 2030-03 | 20 Jan | yes |\n")
    events = run(extractor, english, "2031-02-14", "en")
    assert keys(events) == {
        ("Hamju", "groundbreaking", "2030-03"),
        ("Hamju", "completion", "2031-01-12"),
        ("Anju", "groundbreaking", "2030-03"),
        ("Anju", "completion", "2031-01-20"),
    }
    assert {(e.county, e.event_type): e.leader_attended for e in events} == {
        ("Hamju", "groundbreaking"): False,
        ("Hamju", "completion"): False,
        ("Anju", "groundbreaking"): True,
        ("Anju", "completion"): True,
    }


def test_a_one_event_table_reads_its_attendance_column(extractor: Extractor) -> None:
    text = ("준공 현황\n(서울=뉴스1) 2031.02.14 --\n지난달 준공식이 열린 곳은 다음과 같다.\n\n"
            "| 날짜 | 시·군 | 김정은 참석 |\n|---|---|---|\n| 1.12 | 함주군 | × |\n"
            "| 1.20 | 안주시 | ○ |\n")
    events = run(extractor, text, "2031-02-14", "ko")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2031-01-12", False),
        ("Anju", "completion", "2031-01-20", True),
    }


def test_rows_under_weekday_headings_of_a_weekly_memo(extractor: Extractor) -> None:
    text = ("[주간 메모] 준공 1주차\n작성: 2031년 3월 16일(일) 북한팀\n\n■ 월\n- 함경남도 함주군: "
            "지방공업공장 준공식. 김 불참.\n- 같은 날 안주시 공장 준공.\n\n■ 수\n"
            "- 특이사항 없음.\n\n■ 목\n- 구성시: 공장 준공.\n")
    assert keys(run(extractor, text, "2031-03-16", "ko")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Anju", "completion", "2031-03-10"),
        ("Kusong", "completion", "2031-03-13"),
    }
    english = ("Weekly log\nCompiled Sunday, March 16, 2031.\n\nTuesday:\n- Hamju County: "
               "factories inaugurated.\n- Anju: opening ceremony, no Kim.\n\nThursday:\n- Kusong "
               "City: factories opened.\n")
    assert keys(run(extractor, english, "2031-03-16", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
        ("Anju", "completion", "2031-03-11"),
        ("Kusong", "completion", "2031-03-13"),
    }


def test_a_numbered_table_with_day_month_year_cells(extractor: Extractor) -> None:
    text = ("Counting the openings\nWorking paper, 15 March 2031\n\nTable 2. Inaugurations of "
            "regional-industry factories\n\n| No. | Site | Province | Inaugurated | Kim present |\n"
            "|---|---|---|---|---|\n| 1 | Hamju | South Hamgyong | 20-12-2030 | yes |\n"
            "| 2 | Anju | South Phyongan | 07-01-2031 | no |\n| 3 | Kusong | North Phyongan | "
            "24-01-2031 | — |\n")
    events = run(extractor, text, "2031-03-15", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2030-12-20", True),
        ("Anju", "completion", "2031-01-07", False),
        ("Kusong", "completion", "2031-01-24", None),
    }


def test_a_briefing_tells_openings_day_by_day_some_without_a_verb(
    extractor: Extractor,
) -> None:
    text = ("Briefing transcript\nSeoul, Monday, 17 March 2031\nSpokesperson: State media "
            "reported a wave of openings last week. Inauguration ceremonies were held in Hamju "
            "and Anju on the 10th. On the 11th there was Kusong, where a hospital was also "
            "completed. On the 13th, Sukchon and Onchon. Kujang followed on the 14th.")
    assert keys(run(extractor, text, "2031-03-17", "en")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Anju", "completion", "2031-03-10"),
        ("Kusong", "completion", "2031-03-11"),
        ("Sukchon", "completion", "2031-03-13"),
        ("Onchon", "completion", "2031-03-13"),
        ("Kujang", "completion", "2031-03-14"),
    }
    # A sentence with a verb of its own is not one of them.
    other = ("Briefing transcript\nSeoul, Monday, 17 March 2031\nInauguration ceremonies were "
             "held in Hamju on the 10th. On the 13th, officials from Sukchon visited Pyongyang. "
             "Kujang followed on the 14th.")
    assert keys(run(extractor, other, "2031-03-17", "en")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Kujang", "completion", "2031-03-14"),
    }


def test_state_media_reported_openings_on_the_same_day(extractor: Extractor) -> None:
    text = ("Kim opens Hamju factories\nKorea JoongAng Daily | March 14, 2031\nKim Jong Un on "
            "Thursday attended the inauguration of regional factories in Hamju County. State "
            "media also reported openings on the same day in Anju and Kusong.")
    assert keys(run(extractor, text, "2031-03-14", "en")) == {
        ("Hamju", "completion", "2031-03-13"),
        ("Anju", "completion", "2031-03-13"),
        ("Kusong", "completion", "2031-03-13"),
    }


def test_korean_blog_bullets_dated_with_weekdays_under_a_lead(extractor: Extractor) -> None:
    text = ("[북한 읽기] 착공 시즌 정리\n2031.3.16(일) | 개인 블로그\n\n올해 착공 소식을 날짜별로 "
            "모아 둔다. 올해부터는 공장과 병원을 한꺼번에 짓는다고 한다.\n\n- 3.4(화) 함경남도 "
            "함주군 — 원수님이 직접 첫 삽.\n- 3.7(금) 평양 강남군, 평남 안주시. 비서 참석.\n"
            "- 3.11(화) 평북 구성시.\n")
    assert keys(run(extractor, text, "2031-03-16", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03-04"),
        ("Kangnam", "groundbreaking", "2031-03-07"),
        ("Anju", "groundbreaking", "2031-03-07"),
        ("Kusong", "groundbreaking", "2031-03-11"),
    }


def test_a_cable_lists_the_weeks_openings_after_double_dashes(extractor: Extractor) -> None:
    text = ("SUBJECT: DPRK: MORE REGIONAL FACTORY OPENINGS\nEmbassy cable (summary), Seoul, 16 "
            "March 2031\n\n1. According to state media, openings this week were:\n -- Hamju "
            "County (South Hamgyong), Monday; the provincial secretary said the factories had "
            "been finished in under a year and tied them to the coming party congress, which "
            "officials expect to review the programme;\n -- Anju City (South Phyongan), Friday;"
            "\n -- Kusong City (North Phyongan), Saturday.\n\n2. The only ceremony the leader "
            "attended this month was the opening in Sukchon on 3 March.")
    assert keys(run(extractor, text, "2031-03-16", "en")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Anju", "completion", "2031-03-14"),
        ("Kusong", "completion", "2031-03-15"),
        ("Sukchon", "completion", "2031-03-03"),
    }


def test_a_progress_report_is_dated_by_its_day(extractor: Extractor) -> None:
    text = ("From above\nImagery note — 26 July 2031\nKCNA's progress report of 8 July said "
            "external work on the factories in Hamju County was nearing completion.")
    assert keys(run(extractor, text, "2031-07-26", "en")) == {
        ("Hamju", "construction_progress", "2031-07-08"),
    }


def test_korean_sites_with_no_report_found_are_left_out(extractor: Extractor) -> None:
    text = ("착공 일람\n데이터 노트 | 2031년 3월 5일\n\n| 날짜 | 지역 | 김정은 |\n|---|---|---|\n"
            "| 2.27 | 함주군 | × |\n| 2.28 | 안주시 | × |\n\n주: 구성시, 숙천군은 착공 보도를 찾지 "
            "못해 표에서 뺐다.\n")
    assert keys(run(extractor, text, "2031-03-05", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-28"),
    }


def test_korean_section_headings_plans_and_a_quoted_correction(extractor: Extractor) -> None:
    text = ("착공 동향 정리\n분석노트 | 2031년 3월 9일\n1. 개관\n올해 착공식이 3월 2일 함경남도 "
            "함주군에서 시작됐다.\n\n2. 3월 5일 착공\n평안남도 안주시에서 착공식이 열렸다.\n\n"
            "3. 전망\n남은 곳의 착공식은 이달 하순께 시작될 것으로 예상된다.\n\n<바로잡습니다>\n"
            "3월 9일 송고한 기사에서 '착공식은 4일 열렸으며'를 '착공식은 5일 열렸으며'로 "
            "바로잡습니다.\n")
    assert keys(run(extractor, text, "2031-03-09", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03-02"),
        ("Anju", "groundbreaking", "2031-03-05"),
    }


def test_a_colon_lead_over_bullets_names_no_event_of_the_place_before_it(
    extractor: Extractor,
) -> None:
    text = ("Thread: openings\n@tracker · Mar 20, 2031\n\n2/ Mon 17th was the big day. Hamju: "
            "factories opened, and Kim was there. On the same Monday factories opened in:\n"
            "• Anju (S. Phyongan) - speech by a CC secretary\n• Kusong (N. Phyongan) - no "
            "attendee list\n\n3/ Thu 13th: factory openings in Sukchon and Onchon.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Hamju", "completion", "2031-03-17"),
        ("Anju", "completion", "2031-03-17"),
        ("Kusong", "completion", "2031-03-17"),
        ("Sukchon", "completion", "2031-03-13"),
        ("Onchon", "completion", "2031-03-13"),
    }


def test_korean_places_listed_after_a_connective_colon(extractor: Extractor) -> None:
    text = ("착공 소식\n블로그 | 2031년 3월 8일\n이달 들어 여섯 곳에서 지방공업공장 착공식이 "
            "열렸단다. 정리하면:\n- 평북 구성시\n- 평남 숙천군\n- 함북 경성군, 어랑군 (두 곳)\n"
            "- 남포 온천군\n문제는 날짜를 안 준다는 것.")
    events = run(extractor, text, "2031-03-08", "ko")
    assert keys(events) == {
        ("Kusong", "groundbreaking", "2031-03"),
        ("Sukchon", "groundbreaking", "2031-03"),
        ("Kyongsong", "groundbreaking", "2031-03"),
        ("Orang", "groundbreaking", "2031-03"),
        ("Onchon", "groundbreaking", "2031-03"),
    }
    assert all(e.facility_types == ["regional_industry_factory"] for e in events)


def test_a_numbered_line_that_denies_the_event_is_not_a_site(extractor: Extractor) -> None:
    text = ("추진 현황\n제출 자료 (2031. 1. 12.)\n1. 북한은 지난해 12월 하순 준공식을 집중적으로 "
            "개최함.\n2. 12월 20일 황해북도 곡산군에서 준공식이 열렸음.\n3. 김정숙군, 염주군은 "
            "준공 보도가 확인되지 않음.\n")
    assert keys(run(extractor, text, "2031-01-12", "ko")) == {
        ("Koksan", "completion", "2030-12-20"),
    }


def test_shovels_went_into_the_ground_and_a_speech_tells_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("SEOUL, March 5 (AFP) - Shovels went into the ground on Tuesday for regional "
            "factories in Hamju County.")
    assert keys(run(extractor, text, "2031-03-05", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-04"),
    }
    korean = ("[팟캐스트 녹취]\n2031년 3월 17일(월) 녹음\n진행자: 월요일인 10일부터 볼게요. 이날 "
              "함북 부령군에서는 당 부장이 준공사를 했습니다.")
    assert keys(run(extractor, korean, "2031-03-17", "ko")) == {
        ("Puryong", "completion", "2031-03-10"),
    }


def test_korean_script_lists_the_sites_after_its_cue_lines(extractor: Extractor) -> None:
    text = ("북한, 여러 곳서 착공식\nKBS 뉴스 | 2031.03.01\n[앵커]\n북한이 어제(28일) 함경남도 "
            "함주군 등 여러 지역에서 지방공업공장 착공식을 열었습니다. 평안남도 은산군의 "
            "제지공장도 함께 첫 삽을 떴습니다.\n[리포트]\n조선중앙통신 보도에 따르면 착공식이 "
            "열린 곳은 함경남도 함주군, 평안남도 안주시, 그리고 평안북도 구성시입니다.")
    assert keys(run(extractor, text, "2031-03-01", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Unsan", "groundbreaking", "2031-02-28"),
        ("Anju", "groundbreaking", "2031-02-28"),
        ("Kusong", "groundbreaking", "2031-02-28"),
    }


def test_a_numbered_heading_ends_a_timeline_and_the_rest_are_programme_wide(
    extractor: Extractor,
) -> None:
    text = ("1년 차 점검\n연구원 | 2031년 2월 15일\n2. 주요 일지\n- 2030년 2월 28일: 함경남도 "
            "함주군 지방공업공장 착공식.\n- 2030년 3월: 나머지 19개 시·군 착공 (7일, 11일 두 "
            "차례 보도).\n- 2030년 12월 20일: 함주군 공장 준공식.\n3. 평가\n- 통일부는 지난해 7월 "
            "위성사진 분석에서 안주시·구성시의 원료기지가 보이지 않는다고 밝혔다.\n")
    assert keys(run(extractor, text, "2031-02-15", "ko")) == {
        ("Hamju", "groundbreaking", "2030-02-28"),
        ("Hamju", "completion", "2030-12-20"),
    }


def test_the_day_the_people_gathered_dates_the_ceremony_told_after(
    extractor: Extractor,
) -> None:
    text = ("Hamju County Celebrates Completion of Its New Factories\nPyongyang, March 14 (KCNA) "
            "-- Brimming with joy, the working people of Hamju County gathered on Thursday in "
            "front of the new factories.\nThe completion of the factories was declared by the "
            "chief secretary of the provincial party committee.")
    assert keys(run(extractor, text, "2031-03-14", "en")) == {
        ("Hamju", "completion", "2031-03-13"),
    }
    radio = ("Another County Gains Factories\nVoice of Korea, Pyongyang, March 14, Juche 120 "
             "(2031)\nDear listeners, here is the news of the day.\nHamju County has welcomed "
             "yesterday a day of great joy. The ceremony marking the inauguration of regional "
             "industry factories built in the county was held there.")
    assert keys(run(extractor, radio, "2031-03-14", "en")) == {
        ("Hamju", "completion", "2031-03-13"),
    }


def test_a_south_korean_report_that_mentions_the_north_only_at_its_end(
    extractor: Extractor,
) -> None:
    text = ("철원·이천서 공공시설 착공\n(서울=연합뉴스) 2031년 2월 5일\n강원 철원군과 경기 "
            "이천시에서 주민 편의시설 공사가 시작됐다.\n철원군은 지난 3일 갈말읍에서 "
            "복합커뮤니티센터 착공식을 열었다. 군수와 주민 등 200여 명이 참석했다.\n한편 "
            "북한에서도 지방에 병원과 공장을 짓는 사업이 진행되고 있지만 이번 사업과는 관련이 "
            "없다.")
    assert run(extractor, text, "2031-02-05", "ko") == []


def test_korean_talk_both_were_openings_and_a_verbless_day_line(extractor: Extractor) -> None:
    text = ("[팟캐스트 녹취]\n2031년 3월 17일(월) 녹음\n진행자 B: 월요일인 10일부터 볼게요. "
            "이날 함북 부령군에서는 당 부장이 준공사를 했고, 자강도 랑림군에서는 비서가 연설을 "
            "했습니다. 둘 다 지방공업공장 준공식입니다.\n진행자 B: 그다음 화요일엔 황북 황주군. "
            "공장에 량곡관리소까지 같이 준공했어요.")
    assert keys(run(extractor, text, "2031-03-17", "ko")) == {
        ("Puryong", "completion", "2031-03-10"),
        ("Rangnim", "completion", "2031-03-10"),
        ("Hwangju", "completion", "2031-03-11"),
    }


def test_korean_sites_listed_after_a_ceremony_told_without_places(
    extractor: Extractor,
) -> None:
    text = ("[라디오 북한 소식] 북, 지방공장 착공 잇따라\nKBS 한민족방송 | 2031년 3월 12일 (수) "
            "방송 원고\n(기자) 네, 지난달 28일 평안남도 성천군 착공식에서 김정은 위원장이 직접 "
            "첫 삽을 뜬 데 이어, 이달 들어 10일까지 나머지 시·군에서도 착공식이 이어졌습니다. "
            "어제 조선중앙통신이 추가로 전한 3곳은 함주군, 안주시, 구성시입니다.")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Hamju", "groundbreaking", "2031-03"),
        ("Anju", "groundbreaking", "2031-03"),
        ("Kusong", "groundbreaking", "2031-03"),
    }


def test_opened_its_doors_and_came_again_to_open(extractor: Extractor) -> None:
    text = ("Year of change\nPyongyang, January 3 (Pyongyang Times) -- On November 19 the Hamju "
            "County Hospital opened its doors in the presence of Kim Jong Un. He came again on "
            "December 13 to open the Anju City Hospital.")
    events = run(extractor, text, "2032-01-03", "en")
    assert keys(events) == {
        ("Hamju", "completion", "2031-11-19"),
        ("Anju", "completion", "2031-12-13"),
    }
    assert all(e.leader_attended for e in events)
    # A plan is still a plan.
    plan = ("Plans\nPyongyang, January 3 (KCNA) -- Kim Jong Un is expected to open the Anju "
            "City Hospital.")
    assert run(extractor, plan, "2032-01-03", "en") == []


def test_a_look_back_years_ago_today_is_not_this_years_event(extractor: Extractor) -> None:
    text = ("A model county\nPyongyang Times | June 21, 2031\nThree years ago today, remodelled "
            "factories opened their doors in Kimhwa County, Kangwon Province.")
    assert run(extractor, text, "2031-06-21", "en") == []


def test_a_korean_paper_mill_named_by_its_stem(extractor: Extractor) -> None:
    text = ("준공\n조선중앙방송 주체120(2031)년 12월 30일 보도\n김정은동지께서 어제 룡강군 "
            "지방공업공장 준공식에 참석하시였습니다. 앞서 28일에는 김정은동지께서 은산제지공장 "
            "준공식에 참석하시였습니다.")
    events = run(extractor, text, "2031-12-30", "ko")
    assert {(e.county, e.province, e.event_type, e.date) for e in events} == {
        ("Ryonggang", "Nampho", "completion", "2031-12-29"),
        ("Unsan", "South Phyongan", "completion", "2031-12-28"),
    }


def test_a_verbless_same_day_sentence_after_a_list_line(extractor: Extractor) -> None:
    text = ("THE WATCH - weekly note, Monday 17 March 2031\nOpenings, 10-15 March\n- Mon (10th): "
            "Hamju, S. Hamgyong - factories and the service centre; Kim Jong Un attended. Same "
            "day, without him: Anju (S. Phyongan; a CC secretary spoke) and Kusong (N. "
            "Phyongan).\n- Tue (11th): Sukchon - factories; the provincial secretary spoke.\n")
    assert keys(run(extractor, text, "2031-03-17", "en")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Anju", "completion", "2031-03-10"),
        ("Kusong", "completion", "2031-03-10"),
        ("Sukchon", "completion", "2031-03-11"),
    }


def test_korean_items_marked_one_by_one_on_a_line(extractor: Extractor) -> None:
    text = ("준공 일지\n조선신보 | 2031.2.12\n첫해 대상들이 모두 준공되였다. 각지의 "
            "지방공업공장 준공식 날자는 다음과 같다.\n▲12월 20일 성천군(평안남도) — "
            "김정은원수님께서 참석\n▲1월 8일 숙천군(평안남도) ▲10일 은파군(황해북도) ▲12일 "
            "경성군(함경북도)\n▲2월 1일 장풍군(개성시) ▲3일 금야군(함경남도)\n")
    assert keys(run(extractor, text, "2031-02-12", "ko")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
        ("Kyongsong", "completion", "2031-01-12"),
        ("Jangphung", "completion", "2031-02-01"),
        ("Kumya", "completion", "2031-02-03"),
    }


def test_a_table_led_by_a_numbered_heading_above_its_legend(extractor: Extractor) -> None:
    text = ("준공 일지와 평가\n현안 메모 | 2031. 1. 15.\n1. 개관\n김정은 위원장은 11월 19일 "
            "함주군병원 준공식에 참석했다.\n2. 12월 준공 일지 (북한 매체 종합)\n범례: ○ 김정은 "
            "참석 / × 불참\n| 날짜 | 시·군 | 도 | 대상 | 참석 |\n| 12.15 | 안주시 | 평남 | 공장 "
            "| ○ |\n| 12.16 | 구성시 | 평북 | 공장 | × |\n3. 평가\n정책이 바뀌고 있다.\n")
    assert keys(run(extractor, text, "2031-01-15", "ko")) == {
        ("Hamju", "completion", "2030-11-19"),
        ("Anju", "completion", "2030-12-15"),
        ("Kusong", "completion", "2030-12-16"),
    }


def test_a_numbered_thread_of_days_under_a_headline_naming_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("A thread on this week's ground-breaking spree (1/4)\n@pixels · Mar 16, 2031\n1/ Busy "
            "week for shovels. Let me walk through it, day by day.\n2/ Wednesday: Hamju County "
            "(S. Hamgyong). Factories plus a grain management facility.\n3/ Thursday: three "
            "counties at once — Anju, Kusong, Sukchon. No Kim.\n4/ That's it. /end\n")
    assert keys(run(extractor, text, "2031-03-16", "en")) == {
        ("Hamju", "groundbreaking", "2031-03-12"),
        ("Anju", "groundbreaking", "2031-03-13"),
        ("Kusong", "groundbreaking", "2031-03-13"),
        ("Sukchon", "groundbreaking", "2031-03-13"),
    }


def test_a_tracker_table_under_an_updated_line_with_notes_on_the_south(
    extractor: Extractor,
) -> None:
    text = ("Tracker: openings, March 2031\nShared sheet export, updated 20 Mar 2031 (analyst's "
            "copy; Markdown)\n| # | County / city | Province | Opened | Kim present | Notes |\n"
            "|---|---|---|---|---|---|\n| 1 | Hamju | South Hamgyong | 10 Mar 2031 | no | prov. "
            "party secretary spoke |\n| 2 | Anju | South Phyongan | 12 Mar 2031 | n/a | summary "
            "only |\nNotes\n- Ichon here is the Kangwon county, not Icheon in South Korea's "
            "Gyeonggi Province.\n")
    events = run(extractor, text, "2031-03-20", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2031-03-10", False),
        ("Anju", "completion", "2031-03-12", None),
    }


def test_pilot_hospitals_announced_at_a_ceremony(extractor: Extractor) -> None:
    text = ("Year two\nAnalyst note | 20 March 2031\nOn 6 February Kim broke ground for a county "
            "hospital in Hamju and used the occasion to announce pilot hospitals for this year "
            "and twenty a year from 2032.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
    }
    korean = ("병원 착공\n(서울=연합뉴스) 2031년 2월 7일 --\n김정은 위원장은 6일 함주군병원 "
              "착공식에서 직접 첫 삽을 뜨며 시범 병원 3곳 건설을 발표했다.")
    assert keys(run(extractor, korean, "2031-02-07", "ko")) == {
        ("Hamju", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
    }


def test_a_plenary_that_closed_on_a_day_decided_to_build_hospitals(extractor: Extractor) -> None:
    text = ("Briefing\nSeoul, December 15, 2031 - Regular briefing\nQ: How does the ministry read "
            "the party plenary meeting?\nA: The plenary meeting of the ruling party's Central "
            "Committee that closed on Thursday decided to build hospitals in 20 cities and "
            "counties at the same time from next year.")
    assert keys(run(extractor, text, "2031-12-15", "en")) == {
        (None, "policy_announcement", "2031-12-11"),
    }


def test_a_dated_list_under_a_headline_starts_with_a_plenary_decision(
    extractor: Extractor,
) -> None:
    text = ("December in review: the inauguration season\nMonthly newsletter, issue dated 5 "
            "January 2032\n- Dec 11: the Central Committee plenary closes with a decision to "
            "build hospitals in 20 cities and counties at once.\n- Dec 13: Kim opens the Anju "
            "City Hospital.\n- Dec 19: Kim, with his daughter, at the Hamju factories.\n"
            "- Dec 20: Kusong factories; a party secretary speaks.\n")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        (None, "policy_announcement", "2031-12-11"),
        ("Anju", "completion", "2031-12-13"),
        ("Hamju", "completion", "2031-12-19"),
        ("Kusong", "completion", "2031-12-20"),
    }


def test_the_speech_to_the_supreme_peoples_assembly_that_set_out_the_policy(
    extractor: Extractor,
) -> None:
    text = ("Background\nAnalyst note | 20 March 2031\nKim Jong Un set out the policy in his "
            "speech to the Supreme People's Assembly on 15 January 2031: modern regional-industry "
            "factories in 20 counties a year for ten years.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        (None, "policy_announcement", "2031-01-15"),
    }


def test_a_decision_before_the_programme_began_is_not_one_of_its_events(
    extractor: Extractor,
) -> None:
    text = ("Background\nAnalyst note | 20 March 2031\nAt the December 2023 plenary meeting Kim "
            "Jong Un set out the task of building regional factories.")
    assert run(extractor, text, "2031-03-20", "en") == []


def test_a_visit_with_the_skipped_ceremony_in_brackets(extractor: Extractor) -> None:
    text = ("1년 차 정리\n연구원 메모 | 2031년 2월 15일\n* 구장군: 김정은은 2030년 10월 공사 중인 "
            "구장군 공장을 현지지도했다(준공식은 불참).\n")
    assert keys(run(extractor, text, "2031-02-15", "ko")) == {
        ("Kujang", "leader_visit", "2030-10"),
    }


def test_korean_an_earlier_stage_said_of_a_facility_that_opened(extractor: Extractor) -> None:
    text = ("제지공장 준공\n(서울=뉴스1) 2031년 12월 29일 -- 김정은 위원장이 은산제지공장 "
            "준공식에 참석했다고 조선중앙통신이 29일 보도했다.\n김 위원장은 28일 열린 준공식에서 "
            "테이프를 끊었다. 평북 운산군은 지난해 착공한 지방공업공장이 올해 2월 문을 연 "
            "곳이다.")
    events = run(extractor, text, "2031-12-29", "ko")
    assert {(e.county, e.province, e.event_type, e.date) for e in events} == {
        ("Unsan", "South Phyongan", "completion", "2031-12-28"),
        ("Unsan", "North Phyongan", "completion", "2031-02"),
    }


def test_the_others_that_day_and_a_korean_sentence_of_places_only(extractor: Extractor) -> None:
    text = ("Kilju gets its factories\nPosted by notes | 24 December 2031\nSome context: Hamju "
            "was one of the counties where ground was broken for factories back on 27 February. "
            "The others that day were Anju, Kusong and Sukchon.")
    assert keys(run(extractor, text, "2031-12-24", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-27"),
        ("Kusong", "groundbreaking", "2031-02-27"),
        ("Sukchon", "groundbreaking", "2031-02-27"),
    }
    korean = ("착공 현황\n(서울=연합뉴스) 2031년 3월 12일 --\n지난 10일 여러 시·군에서 착공식이 "
              "열렸다. 구성시(Guseong), 숙천군(Sukcheon), 경성군(Gyeongseong)이다.")
    assert keys(run(extractor, korean, "2031-03-12", "ko")) == {
        ("Kusong", "groundbreaking", "2031-03-10"),
        ("Sukchon", "groundbreaking", "2031-03-10"),
        ("Kyongsong", "groundbreaking", "2031-03-10"),
    }


def test_dated_log_lines_under_a_report_about_openings(extractor: Extractor) -> None:
    text = ("DPRK desk log -- regional factories, week 12\nSun 23 Mar 2031 | internal | compiled "
            "by the duty analyst\n"
            "Running count of openings: 8 of 20 by Saturday night, all from KCNA's "
            "inauguration reports.\nThis week:\n- Tue: Hamju "
            "(S. Hamgyong). Prov. party secretary spoke at the ceremony; Kim absent.\n- Thu: Anju. "
            "Products on display. No Kim.\n- Wed/Fri: nothing on the wire.\n")
    assert keys(run(extractor, text, "2031-03-23", "en")) == {
        ("Hamju", "completion", "2031-03-18"),
        ("Anju", "completion", "2031-03-20"),
    }


def test_a_run_of_dated_places_after_a_source_and_a_colon(extractor: Extractor) -> None:
    text = ("Memo: the cohort closes out\nInternal memo, regional desk, 14 March 2031\n1. The last "
            "of the first-year sites have now opened, one at a time. By our count from KCNA: "
            "Hamju (South Hamgyong) on 24 February, Anju on 25 February, Kusong on 1 March, built "
            "by an army regiment, and Sukchon on 3 March, the last. Kim attended none of them.")
    assert keys(run(extractor, text, "2031-03-14", "en")) == {
        ("Hamju", "completion", "2031-02-24"),
        ("Anju", "completion", "2031-02-25"),
        ("Kusong", "completion", "2031-03-01"),
        ("Sukchon", "completion", "2031-03-03"),
    }


def test_dated_lines_under_a_record_of_openings(extractor: Extractor) -> None:
    text = ("THE COUNTY LEDGER: openings, the short list\nFriday, 2 January 2032\nOur "
            "month-by-month record of the openings we could date.\n- Dec. 13: Anju City Hospital, "
            "again with Kim.\n- Dec. 15: Kim back in Hamju for the factories.\n- Dec. 16: Kusong's "
            "factories. Officials cut the tape.\n")
    assert keys(run(extractor, text, "2032-01-02", "en")) == {
        ("Anju", "completion", "2031-12-13"),
        ("Hamju", "completion", "2031-12-15"),
        ("Kusong", "completion", "2031-12-16"),
    }


def test_a_plain_text_table_with_bars_and_a_plus_rule(extractor: Extractor) -> None:
    text = ("Tracker: ground-breakings (end-February batch)\nPrepared 3 March 2031 from KCNA; "
            "internal use\ndate    | site                          | province        | Kim\n"
            "--------+-------------------------------+-----------------+-----\n"
            "27 Feb  | Hamju County                  | South Hamgyong  | no\n"
            "28 Feb  | Anju City                     | South Phyongan  | no\n"
            "Notes\n(1) Speakers were regiment commanders.\n")
    assert keys(run(extractor, text, "2031-03-03", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-28"),
    }


def test_a_desk_log_with_weekday_headings_and_a_watch_list(extractor: Extractor) -> None:
    text = ("DESK LOG — regional development / week 11\nCompiled Sat 15 Mar 2031, 07:40 KST. "
            "Sources: KCNA.\nThu\n- Hamju (S. Hamgyong): factories opened, KIM PRESENT.\n"
            "- Anju, Kusong: openings same day, Kim absent.\nWatch\n- Sukchon: opening due today."
            "\n- Onchon, Kujang: expected before 31 Mar.\n")
    assert keys(run(extractor, text, "2031-03-15", "en")) == {
        ("Hamju", "completion", "2031-03-13"),
        ("Anju", "completion", "2031-03-13"),
        ("Kusong", "completion", "2031-03-13"),
    }


def test_thread_posts_dated_by_weekday_under_a_headline_naming_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Inauguration season, week one. A thread on every opening (1/4)\n@watch · posted 24 "
            "Dec 2031\n2/ Mon 15th was the biggest day so far.\n3/ Anju's speech was by a CC "
            "department director.\n4/ Fri 19th: Hamju City (South Hamgyong). Kim + daughter. He "
            "toured the new factories.\n5/ Sat 20th: Kusong's factories. No Kim.\n")
    found = keys(run(extractor, text, "2031-12-24", "en"))
    assert {("Hamju", "completion", "2031-12-19"), ("Kusong", "completion", "2031-12-20")} <= found
    assert {k for k in found if k[1] == "completion"} == {
        ("Hamju", "completion", "2031-12-19"),
        ("Kusong", "completion", "2031-12-20"),
    }


def test_a_ledger_table_with_day_month_cells_ending_in_a_dot(extractor: Extractor) -> None:
    text = ("Openings ledger, January 2031 (regional-industry factories)\nCompiled for our "
            "subscribers | issued 01.02.2031 | dates day.month\nCounty | Province | Ceremony | "
            "Date | KJU\n--------|----------|----------|--------|----\nHamju | South Hamgyong | "
            "inauguration | 07.01. | Y\nAnju | South Phyongan | inauguration | 18.01. | N\n")
    assert keys(run(extractor, text, "2031-02-01", "en")) == {
        ("Hamju", "completion", "2031-01-07"),
        ("Anju", "completion", "2031-01-18"),
    }


def test_a_count_of_openings_is_programme_wide(extractor: Extractor) -> None:
    text = ("Seven months on\nInternal note, desk — 20 September 2031\nFactories in Hamju were "
            "inaugurated on Feb. 11. State media went on to report twenty openings that year.\n"
            "Prosecutors began inspecting a factory complex on Aug. 12 over poor output.")
    assert keys(run(extractor, text, "2031-09-20", "en")) == {
        ("Hamju", "completion", "2031-02-11"),
    }


def test_the_assembly_speech_named_with_its_session(extractor: Extractor) -> None:
    text = ("Widening scope\nWorking paper | circulated 20 January 2032\n2.1 The policy was "
            "announced by Kim Jong Un in his speech to the Tenth Session of the Fourteenth Supreme "
            "People's Assembly on 15 January 2031, which set the target of modern "
            "regional-industry factories in twenty cities and counties each year.")
    assert keys(run(extractor, text, "2032-01-20", "en")) == {
        (None, "policy_announcement", "2031-01-15"),
    }


def test_a_kcna_list_of_sites_dated_by_the_sentence_before_its_lead(extractor: Extractor) -> None:
    text = ("여러 군들에서 착공식 진행\n(평양 3월 12일발 조선중앙통신)\n11일 여러 군들에서 "
            "지방공업공장건설 착공식이 진행되였다.\n착공식이 진행된 곳은 다음과 같다.\n- 함경남도 "
            "함주군\n- 평안남도 안주시\n- 평안북도 구성시\n착공식들에는 일군들이 참가하였다.\n")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03-11"),
        ("Anju", "groundbreaking", "2031-03-11"),
        ("Kusong", "groundbreaking", "2031-03-11"),
    }


def test_korean_list_lines_that_open_with_a_one_digit_day(extractor: Extractor) -> None:
    text = ("준공 잇따라\n(서울=연합뉴스) 2031년 1월 31일\n첫해 공장들의 준공식이 이어지고 있다.\n"
            "◇ 준공 일지 (북한 매체 보도 기준)\n- 2030.12.20 함주군(함경남도) — 김정은 "
            "위원장 참석\n"
            "- 1.7 안주시(평안남도)\n- 1.8 숙천군(평안남도)\n- 1.30 구성시(평안북도)\n"
            "◇ 월별 메모\n- 12.3 김 총비서, 평남 신양군 지방공업공장 준공 전 현지 료해.\n")
    assert keys(run(extractor, text, "2031-01-31", "ko")) == {
        ("Hamju", "completion", "2030-12-20"),
        ("Anju", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Kusong", "completion", "2031-01-30"),
        ("Sinyang", "leader_visit", "2030-12-03"),
    }


def test_the_marshal_turned_up_at_a_hospital_site(extractor: Extractor) -> None:
    text = ("Two hospitals\nPosted Tuesday 10 June 2031 · a personal blog\nOn Monday the Marshal — "
            "state media never tires of the title — turned up at the hospital going up in Anju, "
            "South Phyongan. Contrast that with June 2, when he walked through the Hamju County "
            "hospital project.")
    assert keys(run(extractor, text, "2031-06-10", "en")) == {
        ("Anju", "leader_visit", "2031-06-09"),
        ("Hamju", "leader_visit", "2031-06-02"),
    }


def test_a_timeline_in_the_present_tense_and_ground_likewise_broken(
    extractor: Extractor,
) -> None:
    text = ("The year in review\nYear-end explainer | Seoul | 31 December 2031\nA timeline:\n"
            "Dec. 15 — Kim Jong Un opens the factories in Hamju County. On the same day factories "
            "open in Anju and Kusong.\nThis month, ground was likewise broken for factories in "
            "Sukchon and Onchon counties.")
    assert keys(run(extractor, text, "2031-12-31", "en")) == {
        ("Hamju", "completion", "2031-12-15"),
        ("Anju", "completion", "2031-12-15"),
        ("Kusong", "completion", "2031-12-15"),
        ("Sukchon", "groundbreaking", "2031-12"),
        ("Onchon", "groundbreaking", "2031-12"),
    }


def test_the_day_after_and_places_that_got_theirs(extractor: Extractor) -> None:
    text = ("NORTH KOREA WEEK\nSunday, March 16, 2031\nPRESENTER: Last Monday, the chairman "
            "himself opened factories in Hamju county. The same day, Anju and Kusong -- Guseong "
            "in the South's spelling -- got theirs, with party secretaries doing the talking.\n"
            "PRESENTER: The day after, it was Sukchon's turn.")
    assert keys(run(extractor, text, "2031-03-16", "en")) == {
        ("Hamju", "completion", "2031-03-10"),
        ("Anju", "completion", "2031-03-10"),
        ("Kusong", "completion", "2031-03-10"),
        ("Sukchon", "completion", "2031-03-11"),
    }


def test_a_running_total_is_no_list_of_new_events_and_a_week_span_is_its_month(
    extractor: Extractor,
) -> None:
    text = ("DESK LOG -- openings, week to Sun 16 Mar 2031\nCompiled Sunday 16 March 2031, desk\n"
            "* Tue: Hamju, S. Hamgyong -- opened; no Kim.\nRunning total since Anju (Kim "
            "present, 7 Mar): Anju, Kusong, Sukchon, Hamju.\n")
    assert keys(run(extractor, text, "2031-03-16", "en")) == {
        ("Hamju", "completion", "2031-03-11"),
    }
    korean = ("준공 소식 정리\n(서울=연합뉴스) 2031년 3월 30일\n지난주(3월 20~26일)에는 "
              "함주군, 안주시 등이 지방공업공장 준공식을 열었다.")
    assert keys(run(extractor, korean, "2031-03-30", "ko")) == {
        ("Hamju", "completion", "2031-03"),
        ("Anju", "completion", "2031-03"),
    }


def test_a_place_named_to_tell_it_apart_is_no_event_site(extractor: Extractor) -> None:
    text = ("준공 현황\n연구소 | 2031년 2월 12일 발행\n| 준공일 | 시·군 | 도 | 김정은 참석 | "
            "비고 |\n"
            "|---|---|---|---|---|\n| 2.7 | 운산군 | 평안북도 | × | 평남 은산군과 구별 |\n"
            "| 2.9 | 이천군 | 강원도 | 미상 | 참석자 보도 없음 |\n")
    events = run(extractor, text, "2031-02-12", "ko")
    assert {(e.county, e.province, e.date) for e in events} == {
        ("Unsan", "North Phyongan", "2031-02-07"),
        ("Ichon", "Kangwon", "2031-02-09"),
    }


def test_upper_case_weekday_headings_over_rows_with_dated_asides(extractor: Extractor) -> None:
    text = ("DESK LOG -- openings, week to Sun 16 Mar 2031\nCompiled Sunday 16 Mar 2031 by the "
            "desk (internal)\nMON\n- Hamju (S. Hamgyong): factories opened. Kim present. "
            "(Hospital there already opened Feb 19.)\n- Anju (S. Phyongan): factories opened. "
            "Attendance not reported.\nTUE\n- Kusong (N. Phyongan): factories opened. No Kim.\n")
    found = keys(run(extractor, text, "2031-03-16", "en"))
    assert {("Anju", "completion", "2031-03-10"), ("Kusong", "completion", "2031-03-11")} <= found


def test_korean_thread_a_colon_list_after_the_event_and_the_next_day(
    extractor: Extractor,
) -> None:
    text = ("🧵 작년 2월 말 착공 러시 정리 (1/3)\n@notes · 2032년 1월 6일\n2/ 2031년 2월 27일(목) "
            "하루에 세 곳 동시 착공: 평남 안주시, 평북 구성시, 함남 함주군. 전부 지방공업공장.\n"
            "3/ 다음 날 28일에는 평남 숙천군에서 공장 착공.\n")
    assert keys(run(extractor, text, "2032-01-06", "ko")) == {
        ("Anju", "groundbreaking", "2031-02-27"),
        ("Kusong", "groundbreaking", "2031-02-27"),
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Sukchon", "groundbreaking", "2031-02-28"),
    }


def test_a_series_of_ceremonies_is_programme_wide(extractor: Extractor) -> None:
    text = ("Leader opens hospital\nSEOUL, Dec 15 (Wire) - Kim Jong Un opened a hospital in "
            "Hamju County on Sunday, state media said.\nThe county should not be confused with "
            "Kumya County, where factories "
            "opened earlier this year.\nThe country has held a series of "
            "inauguration ceremonies this month ahead of a party meeting.")
    assert keys(run(extractor, text, "2031-12-15", "en")) == {
        ("Hamju", "completion", "2031-12-14"),
    }


def test_a_table_column_headed_by_the_leader_alone_answers_his_attendance(
    extractor: Extractor,
) -> None:
    text = ("Openings at the year's end\nData note | 31 Dec 2031\nThe table lists the openings "
            "of regional-industry factories this month.\n\n| County | Province | Opened | Kim? |\n"
            "|---|---|---|---|\n| Hamju | South Hamgyong | 15 Dec 2031 | yes |\n"
            "| Kumya | South Hamgyong | 18 Dec 2031 | no (premier spoke) |\n")
    found = {(e.county, e.leader_attended) for e in run(extractor, text, "2031-12-31", "en")}
    assert found == {("Hamju", True), ("Kumya", False)}
    text = ("12월 준공 일지\n2031년 12월 31일\n지방공업공장 준공식 일지.\n\n"
            "| 날짜 | 시·군 | 도 | 참석 |\n| 12.15 | 함주군 | 함남 | ○ |\n"
            "| 12.18 | 금야군 | 함남 | × (도당 책임비서) |\n")
    found = {(e.county, e.leader_attended) for e in run(extractor, text, "2031-12-31", "ko")}
    assert found == {("Hamju", True), ("Kumya", False)}


def test_someone_else_performing_the_ceremony_after_an_opening_phrase_of_time(
    extractor: Extractor,
) -> None:
    reports = [
        ("On Friday, Premier Pak Thae Song cut the tape at regional industry factories in Hamju "
         "County.", ("Hamju", "completion", False)),
        ("And on Sunday, Premier Pak Thae Song led a ground-breaking for a hospital in Kumya "
         "County.", ("Kumya", "groundbreaking", False)),
        ("Anju County broke ground for factories on Feb. 27, 2031, at a ceremony addressed by "
         "commanders of the construction regiments.", ("Anju", "groundbreaking", False)),
    ]
    for body, expected in reports:
        text = f"Provincial news\nSEOUL, March 9 (Wire) -- {body}"
        events = run(extractor, text, "2031-03-09", "en")
        assert {(e.county, e.event_type, e.leader_attended) for e in events} == {expected}


def test_an_opening_phrase_of_place_is_no_actor(extractor: Extractor) -> None:
    text = ("Factories opened\nPyongyang, March 9 (KCNA) -- Inauguration ceremonies of regional "
            "industry factories were held on Saturday in Hamju County and Kumya County.\nIn Hamju, "
            "the speaker noted the changes made at the request of Kim Jong Un, who looked round "
            "the factories on March 1 before their completion.")
    assert ("Hamju", "leader_visit", "2031-03-01") in keys(run(extractor, text, "2031-03-09", "en"))


def test_ceremonies_led_not_by_the_leader_or_whose_attendance_was_not_reported(
    extractor: Extractor,
) -> None:
    text = ("Second round\nSEOUL, March 9 (Wire) -- The Hamju project began with a ceremony on "
            "March 2, led not by Kim but by the premier, who broke ground for the factories.")
    assert {(e.county, e.leader_attended) for e in run(extractor, text, "2031-03-09", "en")} == {
        ("Hamju", False)
    }
    text = ("북한, 함주군 공장 준공\n2031.03.09\n북한이 함경남도 함주군에 지은 지방공업공장의 "
            "준공식을 어제(8일) 열었다고 조선중앙통신이 보도했습니다.\n준공사는 도당 책임비서가 "
            "했고, 김정은 국무위원장의 참석은 보도되지 않았습니다.")
    assert {(e.county, e.leader_attended) for e in run(extractor, text, "2031-03-09", "ko")} == {
        ("Hamju", False)
    }


def test_a_desk_log_by_day_headings_with_rows_that_name_no_ceremony(
    extractor: Extractor,
) -> None:
    text = ("DESK LOG - inauguration season, week of 15-21/12/2031\nInternal notes, compiled "
            "Sun 21/12/2031 (dates day/month)\n\nMON 15/12\n- Hamju (S. Hamgyong): factories "
            "opened. KJU present.\n- Also 15/12: Kumya (S. Hamgyong; Pak spoke) factories. No "
            "KJU.\n\nTUE 16/12\n- Anju (S. Phyongan): factories + grain management facility. Ri "
            "spoke. KJU absent.\n")
    events = run(extractor, text, "2031-12-21", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2031-12-15", True),
        ("Kumya", "completion", "2031-12-15", False),
        ("Anju", "completion", "2031-12-16", False),
    }


def test_factories_that_were_started_broke_ground(extractor: Extractor) -> None:
    text = ("Research note\nSEOUL, March 10 (Wire) -- Last Thursday, regional-industry factories "
            "were started in two more counties: Hamju (South Hamgyong) and Kumya (South "
            "Hamgyong). Production was started at the Anju factories in January.")
    found = keys(run(extractor, text, "2031-03-10", "en"))
    assert {
        ("Hamju", "groundbreaking", "2031-03-06"),
        ("Kumya", "groundbreaking", "2031-03-06"),
    } <= found
    assert ("Anju", "groundbreaking", "2031-01") not in found


def test_thread_posts_with_dated_places_run_on_with_commas_and_arrows(
    extractor: Extractor,
) -> None:
    text = ("🧵 새해 공장 준공 정리 스레드\n@notes — 2031년 1월 19일\n\n"
            "1/ 첫해 대상 군 공장 준공이 새해 들어 이어지고 있어 정리합니다.\n"
            "2/ 10일 함주군(함남), 12일 금야군(함남), 14일 안주시(평남). 온천군(남포)은 아직 "
            "준공 소식 없음.\n3/ 16일 숙천군(평남) → 어제(18일) 구성시(평북).\n"
            "4/ 아직 소식 없는 곳: 어랑군, 경성군.\n")
    assert keys(run(extractor, text, "2031-01-19", "ko")) == {
        ("Hamju", "completion", "2031-01-10"),
        ("Kumya", "completion", "2031-01-12"),
        ("Anju", "completion", "2031-01-14"),
        ("Sukchon", "completion", "2031-01-16"),
        ("Kusong", "completion", "2031-01-18"),
    }


def test_a_chronology_of_ground_broken_lines(extractor: Extractor) -> None:
    text = ("Year two at a glance\nResearch group chronology, 05/03/2031\n\n27/02 — ground broken "
            "for regional-industry factories in three counties: Hamju (Hamju), South Hamgyong; "
            "Anju (Anju), South Phyongan; Kusong (Kusŏng), North Phyongan.\n\nc. 25–26/02 (no "
            "exact day published) — ground broken for factories in Sukchon County.\n")
    assert keys(run(extractor, text, "2031-03-05", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-27"),
        ("Anju", "groundbreaking", "2031-02-27"),
        ("Kusong", "groundbreaking", "2031-02-27"),
        ("Sukchon", "groundbreaking", "2031-02"),
    }


def test_places_coordinated_with_and_in_share_the_predicate_after_them(
    extractor: Extractor,
) -> None:
    text = ("Panel\nPosted Monday, February 9, 2031\n\nLast Tuesday, in Hamju County, South "
            "Hamgyong, and in Maengsan County, South Phyongan, ground was broken for factories. "
            "Ground was broken in Anju on Feb. 2, and in Kusong three days later.")
    assert keys(run(extractor, text, "2031-02-09", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-04"),
        ("Maengsan", "groundbreaking", "2031-02-04"),
        ("Anju", "groundbreaking", "2031-02-02"),
        ("Kusong", "groundbreaking", "2031-02-05"),
    }


def test_the_day_of_ceremonies_told_before_the_places_they_were_held(
    extractor: Extractor,
) -> None:
    text = ("Panel\nPosted Monday, February 9, 2031\n\nSOPHIE: Last Tuesday there were two "
            "ceremonies. In Hamju County and in Maengsan County, ground was broken for "
            "factories and hospitals.\n")
    assert keys(run(extractor, text, "2031-02-09", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-04"),
        ("Maengsan", "groundbreaking", "2031-02-04"),
    }


def test_a_chronicle_with_a_date_line_over_each_paragraph(extractor: Extractor) -> None:
    text = ("로고의 나날을 더듬어\n우리 민족끼리 | 주체120(2031)년 2월 16일\n\n"
            "경애하는 김정은동지의 로고의 자욱을 날자별로 더듬어본다.\n\n"
            "주체119(2030)년 2월 28일\n함경남도 함주군 지방공업공장건설 착공식에 참석하시여 "
            "착공의 첫 삽을 뜨시였다.\n\n주체119(2030)년 10월\n평안북도 구장군의 "
            "지방공업공장건설장을 현지에서 지도하시였다.\n\n"
            "주체119(2030)년 12월 20일\n함주군 지방공업공장 준공식에 참석하시여 준공테프를 "
            "끊으시였다.\n")
    events = run(extractor, text, "2031-02-16", "ko")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "groundbreaking", "2030-02-28", True),
        ("Kujang", "leader_visit", "2030-10", True),
        ("Hamju", "completion", "2030-12-20", True),
    }


def test_dated_section_headings_over_paragraphs_are_the_headline_ceremonys_sites(
    extractor: Extractor,
) -> None:
    text = ("[주간 정리] 지난주 지방공장 준공식, 요일별로 정리\n블로그 | 2031년 1월 27일 월요일\n\n"
            "매주 올리는 정리 글입니다.\n\n■ 지난주 월요일(20일) – 함경남도 함주군\n"
            "도당 책임비서가 연설.\n\n■ 금요일 – 평안남도 안주시\n참석자 보도는 못 찾았습니다. "
            "작년 10월 김정은이 공장 건설 현장을 다녀간 곳이라 준공식에도 올지 관심이었습니다.\n")
    assert keys(run(extractor, text, "2031-01-27", "ko")) == {
        ("Hamju", "completion", "2031-01-20"),
        ("Anju", "completion", "2031-01-24"),
        ("Anju", "leader_visit", "2030-10"),
    }


def test_a_table_of_the_leaders_visits_the_headline_names(extractor: Extractor) -> None:
    text = ("Appendix B. Kim Jong Un's on-site visits to 20x10 construction sites\nWorking paper, "
            "15 January 2032\n\nDates are DD.MM.YYYY. Ceremonies are listed in Appendix A.\n\n"
            "| No. | Date | Site | Remarks |\n|---|---|---|---|\n"
            "| B1 | 10.2030 (day not given) | Kujang County, N. Phyongan | part of a tour |\n"
            "| B2 | 02.06.2031 | Hamju County, S. Hamgyong | calls it a revolution; counted by "
            "a news site as his seventh public site visit of the year; referred forward to the "
            "plenary meeting held later in the year |\n"
            "| B3 | 12.09.2031 | Anju City, S. Phyongan | demands machines |\n")
    events = run(extractor, text, "2032-01-15", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Kujang", "leader_visit", "2030-10", True),
        ("Hamju", "leader_visit", "2031-06-02", True),
        ("Anju", "leader_visit", "2031-09-12", True),
    }


def test_a_table_with_columns_set_out_by_spaces(extractor: Extractor) -> None:
    text = ("TRACKER - ground-breakings logged so far\nNewsletter, issue of Monday, 3 March "
            "2031\n\nRows added since the last issue, with their dates as reported; \"late "
            "Feb\" where the\nreport we saw gave no day.\n\n"
            "County            Province        Facilities                   Ground broken  Kim\n"
            "----------------  --------------  ---------------------------  -------------  ---\n"
            "Hamju             S. Hamgyong     factories + grain facility   26 Feb         no\n"
            "Anju              S. Phyongan     factories                    late Feb       n/a\n"
            "Unsan (S. Ph.)    S. Phyongan     paper mill                   28 Feb         no\n")
    assert keys(run(extractor, text, "2031-03-03", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-26"),
        ("Anju", "groundbreaking", "2031-02"),
        ("Unsan", "groundbreaking", "2031-02-28"),
    }


def test_a_briefing_list_with_run_on_items_and_a_quoted_remark(extractor: Extractor) -> None:
    text = ("주간 북한 동향\n정세분석국, 2031년 1월 27일(월) 배포\n\n"
            "1. 지방공업공장 준공 잇따라\n\n○ 지난주에도 지방공업공장 준공이 이어짐\n"
            " - 1.20(월) 남포시 온천군 : 책임비서 연설\n"
            " - 1.18(토) 함남 함주군 : \"성천군 착공 후 1년 안에 공장\" 언급, 연설자 미상\n\n"
            "○ 1월 초 준공분\n - 1.8 평남 숙천군, 1.10 황북 은파군, 1.16 황북 연탄군\n")
    found = keys(run(extractor, text, "2031-01-27", "ko"))
    assert {
        ("Onchon", "completion", "2031-01-20"),
        ("Hamju", "completion", "2031-01-18"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
        ("Yonthan", "completion", "2031-01-16"),
    } <= found
    assert ("Songchon", "completion", "2031-01-18") not in found


def test_a_korean_table_with_short_province_names_and_its_notes(extractor: Extractor) -> None:
    text = ("[표] 준공 일지\n(서울=연합뉴스) 2031년 12월 30일 --\n\n"
            "다음은 하반기 준공 일지다.\n\n"
            "| 날짜 | 지역 | 시설 | 김정은 |\n|---|---|---|---|\n"
            "| 12.15 | 평남 신양군 | 지방공업공장 | × |\n"
            "| 12.18 | 강원 철원군 | 지방공업공장 | ? |\n\n"
            "주1) 김 위원장은 12.3 평남 신양군과 북창군의 공장을 준공 전에 "
            "현지 지도했으나 두 지역 준공식에는 참석하지 않았다.\n"
            "주2) 김 위원장은 1.7 황남 재령군 준공식에 참석했다. "
            "1.8 이후 준공식들에 대해서는 참석 여부가 보도되지 않았다.\n")
    assert keys(run(extractor, text, "2031-12-30", "ko")) == {
        ("Sinyang", "completion", "2031-12-15"),
        ("Cholwon", "completion", "2031-12-18"),
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
        ("Jaeryong", "completion", "2031-01-07"),
    }


def test_a_river_or_estuary_of_a_counties_name_is_no_county(extractor: Extractor) -> None:
    text = ("Letters\nReview, Thursday 23 January 2031\n\nAnju's factories had already been "
            "opened on the 14th, across the Taedong estuary from the capital.")
    assert keys(run(extractor, text, "2031-01-23", "en")) == {("Anju", "completion", "2031-01-14")}


def test_places_after_an_announcement_are_what_it_announced(extractor: Extractor) -> None:
    text = ("Chronology\nCentre, 05/03/2031\n\n06/02 — Kim Jong Un broke ground for a hospital "
            "in Hamju County and announced three pilot hospitals for this year (Hamju, Kusong, "
            "Anju), with twenty hospitals a year to follow.\n")
    assert keys(run(extractor, text, "2031-03-05", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
    }


def test_a_concession_after_places_without_reports_is_no_event_of_theirs(
    extractor: Extractor,
) -> None:
    text = ("Factories opened in a rush\nNGO newsletter — 5 January 2031\n\nThe ceremony in "
            "Kilju on Dec. 23 was addressed by a secretary. For other sites — Hamju County, "
            "Anju, Kumya — we saw no opening reports at all, although Pyongyang says all twenty "
            "were completed.\n")
    assert keys(run(extractor, text, "2031-01-05", "en")) == {("Kilju", "completion", "2030-12-23")}


def test_a_pasted_semicolon_separated_export(extractor: Extractor) -> None:
    text = ("Tracker - cohort inaugurations (export of sheet)\nAnalyst working file, exported "
            "14.02.2031\nDates dd.mm.yyyy = date of the ceremony. KJU column: Y = present; N = "
            "not present; ? = not reported.\n\nno;county;prov;opened;KJU;notes\n"
            "1;Hamju;S.Hamgyŏng;18.01.2031;Y;first of cohort\n"
            "2;Kŭmya;S.Hamgyŏng;20.01.2031;N;prov. party chief secretary; fruit county\n"
            "3;Anju;S.P'yŏngan;24.01.2031;?;\n")
    events = run(extractor, text, "2031-02-14", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2031-01-18", True),
        ("Kumya", "completion", "2031-01-20", False),
        ("Anju", "completion", "2031-01-24", None),
    }


def test_a_talk_goes_on_with_its_ceremonies_past_a_remark(extractor: Extractor) -> None:
    text = ("Podcast, ep. 12: \"Opening season\" (transcript)\nPosted February 4, 2031\n"
            "MARA: Yesterday, Kumya in South Hamgyong opened its three factories.\n\n"
            "JIN: Heavy on fishery products, which makes sense for that coast.\n\n"
            "MARA: And on Saturday it was Anju, down in South Phyongan.\n")
    assert keys(run(extractor, text, "2031-02-04", "en")) == {
        ("Kumya", "completion", "2031-02-03"),
        ("Anju", "completion", "2031-02-01"),
    }


def test_a_dated_opening_and_the_campaigns_first_factories(extractor: Extractor) -> None:
    text = ("N. Korea opens factories\nSEOUL, Jan. 17 (Yonhap) --\nKim attended the Jan. 7 "
            "opening in Hamju County, South Hamgyong, the first of this year, and had opened the "
            "campaign's first factories in Anju on Dec. 20. Sunday's opening in Kumya followed.")
    assert {("Hamju", "completion", "2031-01-07"), ("Anju", "completion", "2030-12-20")} <= keys(
        run(extractor, text, "2031-01-17", "en")
    )


def test_an_opening_follows_those_in_other_counties(extractor: Extractor) -> None:
    text = ("N. Korea opens factories\nSEOUL, Jan. 17 (Wire) --\nNorth Korea inaugurated "
            "factories in Hamju County on Thursday, state media said. Work on them began in "
            "March last year.\n\nThe Hamju opening follows those in Kumya County, South "
            "Hamgyong, last Friday and Anju, South Phyongan Province, on Sunday.\n")
    assert keys(run(extractor, text, "2031-01-17", "en")) == {
        ("Hamju", "completion", "2031-01-16"),
        ("Hamju", "groundbreaking", "2030-03"),
        ("Kumya", "completion", "2031-01-10"),
        ("Anju", "completion", "2031-01-12"),
    }


def test_a_visit_beside_a_ceremony_he_did_not_show_up_at(extractor: Extractor) -> None:
    text = ("주간 정리\n블로그 | 2031. 1. 26.\n\n구장군은 작년 10월 김정은이 공장 건설 현장을 직접 "
            "둘러본 곳이라 관심이 갔는데 이번 준공식엔 모습을 보이지 않았다.\n")
    assert keys(run(extractor, text, "2031-01-26", "ko")) == {
        ("Kujang", "leader_visit", "2030-10"),
    }


def test_dated_section_headings_take_the_ceremony_the_body_opens_with(
    extractor: Extractor,
) -> None:
    text = ("[주간 정리] 지난주 북한 소식, 요일별로\n블로그 | 2031년 1월 27일 월요일\n\n"
            "지난주도 북한 매체는 지방공업공장 준공 소식을 내보냈습니다.\n\n"
            "■ 지난주 월요일(20일) – 함경남도 함주군\n도당 책임비서가 연설.\n\n"
            "■ 금요일 – 평안남도 안주시\n참석자 보도는 못 찾았습니다.\n")
    assert keys(run(extractor, text, "2031-01-27", "ko")) == {
        ("Hamju", "completion", "2031-01-20"),
        ("Anju", "completion", "2031-01-24"),
    }


def test_a_dated_row_whose_line_tells_its_own_event_does_not_go_on_with_the_last(
    extractor: Extractor,
) -> None:
    text = ("Kim's year on the trail: a date list\nPosted 2 January 2032\nEvery public appearance "
            "Kim Jong Un made at a site.\n\n- November 19: Hamju County Hospital opens with Kim.\n"
            "- December 3: Anju, South Phyongan. He tours the factories before their opening.\n")
    assert keys(run(extractor, text, "2032-01-02", "en")) == {
        ("Hamju", "completion", "2031-11-19"),
        ("Anju", "leader_visit", "2031-12-03"),
    }


def test_a_table_whose_one_event_column_dates_its_rows(extractor: Extractor) -> None:
    text = ("DPRK Tracker: Year-2 Ground-breakings (status as of 10.03.2031)\nAdvisory | Client "
            "note | 10.03.2031\nScope: ground-breaking ceremonies for the second cohort as "
            "reported by KCNA. All dates are day/month/year. \"Kim\" column: Y = present; N = "
            "others named; ? = not reported.\n\n"
            "| # | Site | Province | Scope | Ground broken | Kim |\n|---|---|---|---|---|---|\n"
            "| 1 | Hamju-gun | S. Hamgyeong | factories | 26/02/2031 | ? |\n"
            "| 2 | Geumya-gun | S. Hamgyeong | factories | 02/2031 (day n/k) | ? |\n"
            "| 3 | Anju-si | S. Pyeongan | factories | 27/02/2031 | N |\n")
    assert keys(run(extractor, text, "2031-03-10", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-26"),
        ("Kumya", "groundbreaking", "2031-02"),
        ("Anju", "groundbreaking", "2031-02-27"),
    }


def test_list_lines_that_open_with_the_day_as_an_ordinal(extractor: Extractor) -> None:
    text = ("Notes from the Map Room: January's factory openings\nPosted Saturday, 1 February "
            "2031\nJanuary's inaugurations, all of them regional-industry factory sets.\n\n"
            "- the 7th: Hamju, South Hamgyong\n- the 8th: Kumya, South Hamgyong\n")
    assert keys(run(extractor, text, "2031-02-01", "en")) == {
        ("Hamju", "completion", "2031-01-07"),
        ("Kumya", "completion", "2031-01-08"),
    }


def test_a_korean_ceremony_subject_over_a_long_list_of_places(extractor: Extractor) -> None:
    places = ("평안남도 숙천군, 평안북도 구성시, 구장군, 운산군, 황해남도 재령군, 은천군, "
              "황해북도 은파군, 연탄군, 강원도 고산군, 이천군, 자강도 우시군, 동신군")
    text = ("각지에서 지방공업공장건설 착공\n【평양 3월 11일발 조선중앙통신】\n이달 상순 각지에서 "
            f"착공식들이 진행되였다.\n\n착공식들은 {places}에서 진행되였다.\n")
    found = keys(run(extractor, text, "2031-03-11", "ko"))
    assert len(found) == 12
    assert ("Tongsin", "groundbreaking", "2031-03") in found


def test_a_korean_clause_after_a_contrast_does_not_take_the_day_before_it(
    extractor: Extractor,
) -> None:
    text = ("정례브리핑\n2031년 1월 27일(월)\n[부대변인] 지난주에는 16일 함경남도 함주군, 18일 "
            "함경남도 금야군에서 지방공업공장 준공식이 있었습니다.\n[부대변인] 김 위원장은 이달 "
            "7일 평안남도 안주시 준공식에는 직접 참석했지만, 말씀드린 함주군, 금야군 준공식에는 "
            "참석하지 않았습니다.\n")
    assert keys(run(extractor, text, "2031-01-27", "ko")) == {
        ("Hamju", "completion", "2031-01-16"),
        ("Kumya", "completion", "2031-01-18"),
        ("Anju", "completion", "2031-01-07"),
    }


def test_korean_sites_whose_reports_were_not_found_are_no_events(extractor: Extractor) -> None:
    text = ("정례브리핑\n2031년 12월 30일(화)\n[부대변인] 김정은 위원장이 어제(29일) 남포시 "
            "룡강군의 지방공업공장 준공식에 참석했습니다. 다만 김정숙군, 염주군은 준공 보도를 "
            "저희가 확인하지 못했습니다.\n주: 함경북도 부령군도 12.28 공장 준공 보도가 있었으나 "
            "참석자는 확인하지 못했다.\n")
    assert keys(run(extractor, text, "2031-12-30", "ko")) == {
        ("Ryonggang", "completion", "2031-12-29"),
        ("Puryong", "completion", "2031-12-28"),
    }


def test_the_places_where_ground_was_broken_listed_after_the_korean_verb(
    extractor: Extractor,
) -> None:
    text = ("북한, 착공\n(서울=연합뉴스) 2031-03-12\n지난 7일 착공한 곳은 함경남도 함주군, 금야군, "
            "평안남도 안주시, 숙천군이다.\n")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        (county, "groundbreaking", "2031-03-07") for county in ("Hamju", "Kumya", "Anju", "Sukchon")
    }


def test_a_table_under_its_headline_with_ditto_marks_for_the_date(extractor: Extractor) -> None:
    text = ("[표] 2031년 준공식 일지\n(서울=뉴스1) 2031년 12월 31일 -- 북한 매체 보도를 토대로 "
            "정리했다.\n\n| 날짜 | 지역 | 시설 | 김정은 참석 | 비고 |\n|---|---|---|---|---|\n"
            "| 12.15 | 함남 함주군 | 공장 | ○ | |\n| 〃 | 함남 금야군 | 공장 | × | 연설 |\n"
            "| 〃 | 평남 안주시 | 〃 | - | |\n")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        (county, "completion", "2031-12-15") for county in ("Hamju", "Kumya", "Anju")
    }


def test_korean_dated_places_then_the_turn_of_the_last(extractor: Extractor) -> None:
    text = ("방송 원고\nKBS | 2031년 1월 25일(토)\n\n[기자] 올해 첫 준공식은 지난 7일 황해남도 "
            "재령군이었습니다.\n\n이어서 14일 황해남도 은천군, 16일 황해북도 연탄군, 20일에는 "
            "남포시 온천군 차례였습니다.\n")
    assert keys(run(extractor, text, "2031-01-25", "ko")) == {
        ("Jaeryong", "completion", "2031-01-07"),
        ("Unchon", "completion", "2031-01-14"),
        ("Yonthan", "completion", "2031-01-16"),
        ("Onchon", "completion", "2031-01-20"),
    }


def test_the_leader_named_in_mccune_reischauer(extractor: Extractor) -> None:
    text = ("Ground-breakings: a note on names\nPosted Sunday, 8 February 2032\n"
            "1. Hamju-gun [Hamju], South Hamgyŏng. On 29 January Kim Jŏng-ŭn himself turned "
            "the first spadeful for the county's new factories.\n")
    events = run(extractor, text, "2032-02-08", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "groundbreaking", "2032-01-29", True),
    }


def test_the_second_hospital_after_the_one_in_another_county(extractor: Extractor) -> None:
    text = ("Kim opens hospital\nSEOUL, Dec. 19 (Wire) -- Last Saturday, Kim attended the opening "
            "of the Kusong City Hospital, the second modern regional hospital after the one in "
            "Kangdong County near Pyongyang.")
    assert keys(run(extractor, text, "2031-12-19", "en")) == {
        ("Kusong", "completion", "2031-12-13"),
    }


def test_korean_sites_not_yet_completed_and_expected_to_be(extractor: Extractor) -> None:
    text = ("일일 모니터링\n정보센터 | 2031. 2. 4.(화) 배포\n○ (평가) 2030년 착공 20개 시·군 중 "
            "미준공: 동신군(자강도), 이천군(강원) → 2월 중순까지 준공 예상\n")
    assert keys(run(extractor, text, "2031-02-04", "ko")) == set()


def test_korean_ceremonies_that_followed_take_no_date_from_the_one_before(
    extractor: Extractor,
) -> None:
    text = ("김형직군에서 지방공업공장 준공\n【조선신보】 2031.02.12\n량강도 김형직군에서 11일 "
            "지방공업공장들의 준공식이 진행되였다.\n\n준공의 첫 테프는 지난해 12월 20일 평안남도 "
            "성천군에서 끊어졌다. 해가 바뀌여 1월 7일에는 황해남도 재령군 준공식에 총비서께서 "
            "또다시 참석하시였다. 그 뒤를 이어 숙천군, 은파군을 비롯한 시, 군들에서 준공식이 "
            "련이어 진행되였다.\n")
    found = keys(run(extractor, text, "2031-02-12", "ko"))
    assert ("Jaeryong", "completion", "2031-01-07") in found
    assert not {county for county, _, _ in found} & {"Sukchon", "Unpha"}


def test_a_pasted_comma_separated_export(extractor: Extractor) -> None:
    text = ("Appendix B: cohort openings as reported (data file)\nObservatory | Posted January 6, "
            "2032\n\nDates are MM/DD/YYYY. kim: yes = attended; no = reported absent; unk = not "
            "stated.\n\ncounty,province,facilities,opened,kim,note\n"
            "Hamju,Hamgyeongnam-do,factories,12/15/2031,yes,\"Kim cut the ribbon, smiling\"\n"
            "Geumya,Hamgyeongnam-do,factories; general service center,12/18/2031,no,\"Pak spoke\"\n"
            "Anju,Pyeongannam-do,factories,,unk,\"no opening report found\"\n")
    events = run(extractor, text, "2032-01-06", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2031-12-15", True),
        ("Kumya", "completion", "2031-12-18", False),
    }


def test_a_radio_log_line_dated_by_its_broadcast(extractor: Extractor) -> None:
    text = ("방송 청취 일지\n모니터링팀 | 2031.1.27.\n② 1.21.(화) 06:00 평양방송 — 「온천군 "
            "지방공업공장 준공」. 남포시 온천군 공장들의 준공식이 \"20일\" 진행됨.\n")
    assert keys(run(extractor, text, "2031-01-27", "ko")) == {
        ("Onchon", "completion", "2031-01-20"),
    }


def test_an_english_table_with_broke_ground_and_opened_columns(extractor: Extractor) -> None:
    text = ("Regional monitor\nResearch notes, posted 5 January 2032\n\n| # | County | Province | "
            "Broke ground | Opened | Kim at opening |\n|---|---|---|---|---|---|\n"
            "| 1 | Hamju | Hamgyŏng-namdo | 26 Feb 2031 | 16 Dec 2031 | no |\n")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        ("Hamju", "groundbreaking", "2031-02-26"),
        ("Hamju", "completion", "2031-12-16"),
    }


def test_table_rows_that_say_their_own_event_take_the_attendance_column(
    extractor: Extractor,
) -> None:
    text = ("Site tracker\nInternal tracker, last updated 10 February 2032\n\n"
            "| County | Prov. | Event | Date | KJU | Note |\n|---|---|---|---|---|---|\n"
            "| Hamju | S. Hamgyong | ground broken | 26/02/31 | N | |\n"
            "| Hamju | S. Hamgyong | opened | 16/12/31 | Y | KJU: speech |\n"
            "| Kumya | S. Hamgyong | opened | 18/12/31 | - | KJU absent? unclear |\n")
    events = run(extractor, text, "2032-02-10", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "groundbreaking", "2031-02-26", False),
        ("Hamju", "completion", "2031-12-16", True),
        ("Kumya", "completion", "2031-12-18", None),
    }


def test_two_lists_each_dated_by_a_caption_without_a_ceremony_word(
    extractor: Extractor,
) -> None:
    text = ("Ground Broken for Regional Factories in Five Areas\nPyongyang, March 1 --\n\n"
            "Ground-breaking ceremonies took place in different parts of the country on "
            "Thursday and Friday.\n\nThe following ceremonies were held on Thursday.\n\n"
            "  1. Hamju County, South Hamgyong Province - regional industry factories\n"
            "  2. Kumya County, South Hamgyong Province - regional industry factories\n\n"
            "The following ceremonies were held on Friday in the presence of officials.\n\n"
            "  1. Anju City, South Phyongan Province - regional industry factories\n"
            "  2. Kilju County, North Hamgyong Province - regional industry factories\n")
    assert keys(run(extractor, text, "2032-03-01", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-26"),
        ("Kumya", "groundbreaking", "2032-02-26"),
        ("Anju", "groundbreaking", "2032-02-27"),
        ("Kilju", "groundbreaking", "2032-02-27"),
    }


def test_two_days_for_several_places_date_them_to_the_month(extractor: Extractor) -> None:
    text = ("착공식 진행\n【평양 3월 1일발 조선중앙통신】\n이에 앞서 25일과 26일에는 함경남도 "
            "함주군과 금야군에서 지방공업공장건설 착공식이 진행되였다.\n")
    assert keys(run(extractor, text, "2032-03-01", "ko")) == {
        ("Hamju", "groundbreaking", "2032-02"),
        ("Kumya", "groundbreaking", "2032-02"),
    }
    table = ("착공 현황\n연구원 | 2032년 3월 10일\n\n| 일자 | 지역 | 시설 |\n|---|---|---|\n"
             "| '32.2.26 | 함주군(함남) | 지방공업공장 착공 |\n"
             "| '32.2월 하순(일자 미상) | 금야군(함남) | 지방공업공장 착공 |\n")
    assert keys(run(extractor, table, "2032-03-10", "ko")) == {
        ("Hamju", "groundbreaking", "2032-02-26"),
        ("Kumya", "groundbreaking", "2032-02"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hospital ground broken\nPyongyang, February 10 (KCNA) -- He noted that the ground was "
         "broken for Kangdong County Hospital on February 6 in the presence of Kim Jong Un, who "
         "declared at the time that modern hospitals would be built on a trial basis this "
         "year.", "en"),
        ("The weekly\nMonday, 10 February 2032 · a newsletter\n\nOn February 6 Kim Jong Un broke "
         "ground for a hospital in Kangdong County, Pyongyang, and said three \"pilot\" "
         "hospitals (Kangdong, Kusong, Ryonggang) would go up this year.", "en"),
        ("한 해를 돌아보며\n조선신보 2032.12.31 【평양발 본사기자】\n전환은 2월 6일에 시작되였다. "
         "이날 원수님께서는 평양시 강동군에서 강동군병원 건설착공식에 참석하시여 첫삽을 뜨시고 "
         "해마다 20개 시, 군에 현대적인 병원을 일떠세울 구상을 밝히시였다.", "ko"),
    ],
)
def test_the_leader_announcing_hospitals_at_a_ground_breaking(
    extractor: Extractor, text: str, language: str
) -> None:
    published = "2032-12-31" if language == "ko" else "2032-02-10"
    found = keys(run(extractor, text, published, language))
    assert ("Kangdong", "groundbreaking", "2032-02-06") in found
    assert (None, "policy_announcement", "2032-02-06") in found


def test_list_lines_of_two_places_and_their_province(extractor: Extractor) -> None:
    text = ("Ground-breaking ceremonies held in five counties\nPyongyang, March 11 (KCNA) --\n"
            "Ground-breaking ceremonies for regional industry factories took place in five "
            "counties in the first ten days of March.\n\nThe ceremonies were held in the "
            "following counties:\n\n- Hamju County and Kumya County, South Hamgyong Province\n"
            "- Kosan County and Ichon County, Kangwon Province\n- Kilju County, North Hamgyong "
            "Province\n")
    assert keys(run(extractor, text, "2032-03-11", "en")) == {
        (county, "groundbreaking", "2032-03")
        for county in ("Hamju", "Kumya", "Kosan", "Ichon", "Kilju")
    }


def test_a_list_lines_date_dates_the_clause_after_its_place(extractor: Extractor) -> None:
    text = ("Notes No. 52\nMonday 3 March 2032\n\nEARLIER IN FEBRUARY, FOR THE RECORD\n"
            "- Fri 6 Feb: KJU broke ground for the Hamju County Hospital.\n"
            "- Mon 9 Feb: Kumya (S. Hamgyong), factories plus a hospital; Premier Pak Thae Song "
            "led the ceremony.\n")
    assert keys(run(extractor, text, "2032-03-03", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-06"),
        ("Kumya", "groundbreaking", "2032-02-09"),
    }


def test_a_newsletters_dated_list_under_a_theme_of_sites_in_the_ground(
    extractor: Extractor,
) -> None:
    text = ("REGIONAL WATCH - weekly notes, No. 52\nMonday 3 March 2032\nTHE WEEK IN ONE LINE: "
            "the 2032 cohort is in the ground. Eight ceremonies in four days.\n\n"
            "WHAT HAPPENED (dates are ceremony dates)\n\n"
            "- Tue 24 / Wed 25: Hamju (S. Hamgyong) and Kumya (S. Hamgyong). KCNA bundled these.\n"
            "- Thu 26: factories in Kilju (N. Hamgyong) and Orang (N. Hamgyong).\n\n"
            "EARLIER\n- Fri 6 Feb: Kim Jong Un broke ground for the Anju City Hospital.\n")
    assert keys(run(extractor, text, "2032-03-03", "en")) == {
        ("Anju", "groundbreaking", "2032-02-06"),
        ("Hamju", "groundbreaking", "2032-02"),
        ("Kumya", "groundbreaking", "2032-02"),
        ("Kilju", "groundbreaking", "2032-02-26"),
        ("Orang", "groundbreaking", "2032-02-26"),
    }


def test_an_attendance_column_about_one_event(extractor: Extractor) -> None:
    text = ("Opening tracker\nInternal working file, last updated 12 Feb 2032 (all dates "
            "DD.MM.YY)\n\n| County | Province | Ground broken | Opened | KJU at opening |\n"
            "|---|---|---|---|---|\n| Hamju | S. Hamgyong | 03.31 | 18.01.32 | N |\n"
            "| Kumya | S. Hamgyong | 03.31 | 03.02.32 | Y |\n")
    events = run(extractor, text, "2032-02-12", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "groundbreaking", "2031-03", None),
        ("Hamju", "completion", "2032-01-18", False),
        ("Kumya", "groundbreaking", "2031-03", None),
        ("Kumya", "completion", "2032-02-03", True),
    }


def test_sites_listed_after_a_sentence_that_placed_one_ceremony_and_not_the_other(
    extractor: Extractor,
) -> None:
    text = ("Ground broken across the country\nPyongyang, March 16 (Pyongyang Times) -- Following "
            "the ground-breaking ceremony held in Hamju County on February 28 with the "
            "participation of Kim Jong Un, ground-breaking ceremonies for regional industry "
            "factories have taken place in three more counties this month.\n\nThey are Kumya "
            "County in South Hamgyong Province and Kilju and Orang counties in North Hamgyong "
            "Province.\n")
    assert keys(run(extractor, text, "2032-03-16", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-28"),
        ("Kumya", "groundbreaking", "2032-03"),
        ("Kilju", "groundbreaking", "2032-03"),
        ("Orang", "groundbreaking", "2032-03"),
    }


def test_a_wire_storys_other_sites_and_a_plan_unveiled(extractor: Extractor) -> None:
    text = ("N. Korea breaks ground in four counties\nSEOUL, Feb. 28 (Yonhap) -- North Korea "
            "held ground-breaking ceremonies Thursday for regional industrial factories in four "
            "counties, including Pukchang in South Pyongan Province and Cheorwon in Gangwon "
            "Province, state media reported Friday.\n\nThe other two sites are Yomju in North "
            "Pyongan Province and Kilju in North Hamgyong Province, according to the Korean "
            "Central News Agency (KCNA).\n\nKim broke ground for a hospital in Kangdong County on "
            "Feb. 6, unveiling a plan to build three pilot hospitals this year.\n")
    assert keys(run(extractor, text, "2032-02-28", "en")) == {
        ("Pukchang", "groundbreaking", "2032-02-26"),
        ("Cholwon", "groundbreaking", "2032-02-26"),
        ("Yomju", "groundbreaking", "2032-02-26"),
        ("Kilju", "groundbreaking", "2032-02-26"),
        ("Kangdong", "groundbreaking", "2032-02-06"),
        (None, "policy_announcement", "2032-02-06"),
    }


def test_a_log_of_the_leaders_appearances(extractor: Extractor) -> None:
    text = ("Kim and the 20x10 sites: a running log of his appearances\nnotes.blog - posted "
            "2032/12/05\n\nFormat: date - place - what.\n\n"
            "2031/01/15 - Supreme People's Assembly, Pyongyang - policy speech launching the "
            "policy.\n2031/10 - Hamju County (S. Hamgyong) - tours the factories under "
            "construction.\n2031/11/19 - Hamju again - inspects the almost finished factories.\n"
            "2031/12/20 - Hamju - cuts the ribbon at the three factories.\n\n"
            "What to expect next: if the pattern holds Kim will attend the Kumya and Kilju "
            "openings and a few factory ceremonies.\n")
    events = run(extractor, text, "2032-12-05", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        (None, "policy_announcement", "2031-01-15", True),
        ("Hamju", "leader_visit", "2031-10", True),
        ("Hamju", "leader_visit", "2031-11-19", True),
        ("Hamju", "completion", "2031-12-20", True),
    }


def test_a_look_back_in_a_relative_clause_does_not_type_the_ceremonies(
    extractor: Extractor,
) -> None:
    text = ("Year one, done: the twenty openings of the first cohort\nResearch note · 10 March "
            "2032\n\nKim Jong Un attended only two of the twenty ceremonies: Hamju County on 20 "
            "December 2031, where he had also broken the first ground on 28 February 2031, and "
            "Kumya County on 7 January 2032.\n")
    assert keys(run(extractor, text, "2032-03-10", "en")) == {
        ("Hamju", "completion", "2031-12-20"),
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Kumya", "completion", "2032-01-07"),
    }


def test_a_csv_export_under_a_legend_with_long_notes_and_an_excluded_row(
    extractor: Extractor,
) -> None:
    text = ("2032 cohort tracker: ground-breakings reported so far (CSV export)\nData Desk · "
            "updated 2032.02.09 (Mon) 09:30 KST\n# kim_present: Y = attended; N = reported "
            "absent or others led the ceremony; ? = no attendee information\n"
            "date,county,province,facilities,kim_present,notes\n"
            "2032.01.29,Hamju-gun,Hamgyeongnam-do,factories,Y,\"First of the year; Kim turned the "
            "first spadeful\"\n"
            "2032.02.01,Sinuiju-si,Pyeonganbuk-do,greenhouse farm,-,\"EXCLUDED: opening of the "
            "Sinuiju Combined Greenhouse Farm, not a 20x10 project\"\n"
            "2032.02.03,Geumya-gun,Hamgyeongnam-do,factories+hospital+service centre,N,\"KCNA: "
            "Kumya County. In South Hamgyong, not anywhere in the South. CC secretary Ri Hi-yong "
            "attended\"\n")
    assert keys(run(extractor, text, "2032-02-09", "en")) == {
        ("Hamju", "groundbreaking", "2032-01-29"),
        ("Kumya", "groundbreaking", "2032-02-03"),
    }


def test_a_day_line_of_another_six_with_asides_goes_on_with_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Ledger Weekly: ground-breakings in two days\nThe Ledger · Monday, 3 March 2032\n\n"
            "THURSDAY — Hamju County (South Hamgyong) broke ground for regional industry "
            "factories.\n\nFRIDAY — another two: Kumya (South Hamgyong; factories this time, the "
            "hospital came earlier) and the Anju Paper Mill.\n")
    assert keys(run(extractor, text, "2032-03-03", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-26"),
        ("Kumya", "groundbreaking", "2032-02-27"),
        ("Anju", "groundbreaking", "2032-02-27"),
    }


def test_ceremonies_on_a_date_in_a_place_each(extractor: Extractor) -> None:
    text = ("Briefing\nSeoul, Monday, January 27, 2032 — Deputy spokesperson\n\nA: The week "
            "before, opening ceremonies were held on Tuesday the 13th in Hamju County, South "
            "Hamgyong, on Thursday the 15th in Kumya County, South Hamgyong, and on Saturday the "
            "17th in Kilju County, North Hamgyong. Factories opened in Orang County on Jan. 20, "
            "in Anju City on Jan. 22 and in Sinpho City on Jan. 24.\n")
    assert keys(run(extractor, text, "2032-01-27", "en")) == {
        ("Hamju", "completion", "2032-01-13"),
        ("Kumya", "completion", "2032-01-15"),
        ("Kilju", "completion", "2032-01-17"),
        ("Orang", "completion", "2032-01-20"),
        ("Anju", "completion", "2032-01-22"),
        ("Sinpho", "completion", "2032-01-24"),
    }


def test_a_csv_export_with_a_year_month_column_and_attendance_per_event(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker: ground-breakings and openings (CSV export)\nData Lab | export "
            "generated 2032-02-14 | compiled by R. O.\n\n# kim_gb / kim_open: Y = present, N = "
            "others named, ? = not reported.\n"
            "id,county,province,groundbreaking,kim_gb,opened,kim_open\n"
            "1,Hamju-gun,Hamgyeongnam-do,2031-02-28,Y,2031-12-20,Y\n"
            "2,Geumya-gun,Hamgyeongnam-do,2031-03,?,2032-01-07,N\n")
    events = run(extractor, text, "2032-02-14", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "groundbreaking", "2031-02-28", True),
        ("Hamju", "completion", "2031-12-20", True),
        ("Kumya", "groundbreaking", "2031-03", None),
        ("Kumya", "completion", "2032-01-07", False),
    }


def test_long_dated_list_lines_under_a_bare_ceremony_word_without_a_colon(
    extractor: Extractor,
) -> None:
    filler = "regional-industry factories, as the provincial papers and the radio also reported"
    text = ("Research Note: Who Broke Ground Where?\nResearch Note No. 14 | 20 March 2032 | E. V."
            "\n\nKim Jong Un attended one ground-breaking this season, in Anju City on 6 February."
            "\n\nNone of the other ceremonies listed below was attended by Kim. They were "
            "conducted by provincial party officials.\n\n"
            f"- 26 February: Hamju-gun (Hamgyŏng-namdo), {filler}; Kumya-gun (Hamgyŏng-namdo), "
            f"{filler}; and Kilju-gun (Hamgyŏng-bukto), {filler}.\n"
            "- 27 February: Orang-gun (Hamgyŏng-bukto), factories.\n")
    assert keys(run(extractor, text, "2032-03-20", "en")) == {
        ("Anju", "groundbreaking", "2032-02-06"),
        ("Hamju", "groundbreaking", "2032-02-26"),
        ("Kumya", "groundbreaking", "2032-02-26"),
        ("Kilju", "groundbreaking", "2032-02-26"),
        ("Orang", "groundbreaking", "2032-02-27"),
    }


def test_a_place_named_as_what_another_site_is_the_same_as(extractor: Extractor) -> None:
    text = ("Year three: a running log\nblog | posted 08/02/2032\n\nDates are day/month.\n"
            "- 03/02: two ground-breakings: Kangnam (P'yongyang) and Maengsan (P'yongan-namdo), "
            "both the same trio as Hamju.\n")
    assert keys(run(extractor, text, "2032-02-08", "en")) == {
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
    }


def test_a_table_without_edge_bars_whose_rows_open_with_a_spaced_month_and_day(
    extractor: Extractor,
) -> None:
    text = ("[부록 표] 착공·준공 일지\n연구원 리뷰 부록 | 2032. 1. 12.\n날짜는 모두 2031년이다.\n\n"
            "날짜 | 지역 | 시설 | 구분 | 김정은\n---|---|---|---|---\n"
            "2. 6. | 함남 함주군 | 병원 | 착공 | ○\n"
            "2. 27. | 함남 금야군 | 지방공업공장 | 착공 | ×\n"
            "12. 15. | 함남 함주군 | 병원 | 준공 | ○\n")
    events = run(extractor, text, "2032-01-12", "ko")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "groundbreaking", "2031-02-06", True),
        ("Kumya", "groundbreaking", "2031-02-27", False),
        ("Hamju", "completion", "2031-12-15", True),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2030. 12. 하순 열린 당 중앙위원회 전원회의에서 보건시설 건설을 정책 과제에 추가했다.",
         (None, "policy_announcement", "2030-12")),
        ("김정은 총비서는 2031. 2. 6. 함주군병원 착공식에 참석해 매년 20개 시·군에 병원을 "
         "짓겠다는 방침을 발표했다.", (None, "policy_announcement", "2031-02-06")),
    ],
)
def test_seoul_briefs_on_the_policy_widening(
    extractor: Extractor, sentence: str, expected: tuple[str | None, str, str]
) -> None:
    text = "[이슈브리프] 병원 건설의 1년\n포럼 이슈브리프 | 2031. 12. 31.\n" + sentence + "\n"
    assert expected in keys(run(extractor, text, "2031-12-31", "ko"))


def test_a_ditto_mark_in_a_tables_event_column(extractor: Extractor) -> None:
    text = ("[이슈 브리프] 1년 차 공장 준공 현황\n포럼 이슈 브리프 | 2032. 2. 14.(금)\n"
            "※ 준공일 가운데 연도 표기가 없는 것은 모두 2032년.\n\n"
            "| 연번 | 시·군 | 소속 도 | 착공 | 준공 | 김정은 |\n|---|---|---|---|---|---|\n"
            "| 1 | 함주군 | 함경남도 | '31.3월 상순 | '32.1.8 | × |\n"
            "| 2 | 금야군 | 함경남도 | 〃 | 1.30 | × |\n")
    assert keys(run(extractor, text, "2032-02-14", "ko")) == {
        ("Hamju", "groundbreaking", "2031-03"),
        ("Hamju", "completion", "2032-01-08"),
        ("Kumya", "groundbreaking", "2031-03"),
        ("Kumya", "completion", "2032-01-30"),
    }


def test_a_day_headed_log_with_asides_and_a_list_of_names_not_to_confuse(
    extractor: Extractor,
) -> None:
    text = ("북한 착공 주간 정리\n2031.03.02 (일) | 블로그\n\n이번 주는 착공식이 몰린 주였다.\n\n"
            "■ 금요일\n- 함경남도 함주군(이번엔 병원이 아니라 공장), 함경남도 금야군, 함경북도 "
            "길주군 – 지방공장\n- 평안남도 안주시: 공장 + 휴양시설\n\n■ 헷갈리지 말 것\n"
            "- 은산군(평남) ≠ 운산군(평북, 1년 차).\n- 철원군은 남쪽에도 있다.\n")
    assert keys(run(extractor, text, "2031-03-02", "ko")) == {
        (county, "groundbreaking", "2031-02-28")
        for county in ("Hamju", "Kumya", "Kilju", "Anju")
    }


def test_a_return_visit_and_the_ground_it_looks_back_on(extractor: Extractor) -> None:
    text = ("Year one: what imagery shows\nOverhead Korea, analysis, December 5, 2031\n"
            "Kim Jong Un returned to Hamju County, South Hamgyong, on November 19 to inspect the "
            "regional industry factories where he had broken the first ground on February 28. "
            "State media reported on July 8 that external work was nearing completion at the "
            "factory site in Kumya County.\n")
    events = run(extractor, text, "2031-12-05", "en")
    assert keys(events) == {
        ("Hamju", "leader_visit", "2031-11-19"),
        ("Hamju", "groundbreaking", "2031-02-28"),
        ("Kumya", "construction_progress", "2031-07-08"),
    }


def test_a_visit_told_after_a_dash_and_a_ceremony_before_it(extractor: Extractor) -> None:
    text = ("Ribbon season\nPosted Monday, December 22, 2031\nJAE: The same day, Thursday, Hamju "
            "opened — and that is the interesting one, because Kim had been to Hamju on the 3rd, "
            "before it opened, and criticised the food factory.\n")
    assert keys(run(extractor, text, "2031-12-22", "en")) == {
        ("Hamju", "completion", "2031-12-18"),
        ("Hamju", "leader_visit", "2031-12-03"),
    }


def test_a_korean_visit_in_the_retrospective_adnominal_before_its_ceremony(
    extractor: Extractor,
) -> None:
    text = ("공장은 섰는데\n데일리NK 2032.04.24 기자\n구장군도 마찬가지다. 김정은 국무위원장이 "
            "지난해 10월 직접 건설 현장을 찾았던 함주군 공장들은 1월 24일 준공됐다.\n")
    assert keys(run(extractor, text, "2032-04-24", "ko")) == {
        ("Hamju", "leader_visit", "2031-10"),
        ("Hamju", "completion", "2032-01-24"),
    }


def test_a_months_log_of_weekday_days_under_its_month_heading(extractor: Extractor) -> None:
    text = ("The Tracker — December in review\nMonday 19 January 2032\n\nAll December openings "
            "below are openings of regional-industry factories.\n\nDECEMBER 2031\n"
            "Wed 3 — KJU walks round the finished factories in Hamju.\n"
            "Mon 15 — Kumya (KJU). Same day: Kilju.\n"
            "Fri 19 — Sinpho City (KJU), who also toured the offshore aquaculture base.\n")
    assert keys(run(extractor, text, "2032-01-19", "en")) == {
        ("Hamju", "leader_visit", "2031-12-03"),
        ("Kumya", "completion", "2031-12-15"),
        ("Kilju", "completion", "2031-12-15"),
        ("Sinpho", "completion", "2031-12-19"),
    }


def test_the_other_nineteen_counties_are_the_programme_not_the_place_before(
    extractor: Extractor,
) -> None:
    text = ("Twenty sites\nNotes (blog) — Tuesday, 12 March 2032\n\nHamju County went first, on "
            "Wednesday 28 February, with Kim Jong Un breaking the first ground himself. The "
            "nineteen counties that followed broke ground earlier this month.\n")
    assert keys(run(extractor, text, "2032-03-12", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-28"),
    }


def test_a_reverse_chronology_of_the_leaders_appearances_under_year_headings(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un at the 20x10 sites: a reverse chronology\nPolicy Lab — research aid, 2 "
            "February 2032\n\nThis list records every public appearance of Kim Jong Un "
            "connected with the policy, newest first. Dates are day-first; the year is given in "
            "the section heading.\n\n2031\n- 15 Dec — Hamju County, South Hamgyong: factories "
            "opening.\n- 12 Sep — Kumya County Hospital construction site.\n\n2030\n"
            "- 20 Dec — Kilju County, North Hamgyong: first factory opening of the policy.\n"
            "- 19 Nov — Kilju: factory construction site.\n\nNot on the list, because Kim was "
            "absent: the factory opening in Orang (16 Dec 2031).\n")
    events = run(extractor, text, "2032-02-02", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Hamju", "completion", "2031-12-15", True),
        ("Kumya", "leader_visit", "2031-09-12", True),
        ("Kilju", "completion", "2030-12-20", True),
        ("Kilju", "leader_visit", "2030-11-19", True),
        ("Orang", "completion", "2031-12-16", False),
    }


def test_ceremonies_the_same_day_as_the_one_in_another_county(extractor: Extractor) -> None:
    text = ("Kim opens factories\nSEOUL, Dec. 21 (Yonhap) -- Kim Jong Un cut the ribbon at new "
            "regional factories in Hamju County on Thursday and opened another set in Sinpho on "
            "Friday, state media reported.\n\nCeremonies in two other counties -- Kumya and "
            "Kilju -- took place the same day as the one in Hamju, without Kim, although he had "
            "visited Kumya on Dec. 3.\n")
    assert keys(run(extractor, text, "2031-12-21", "en")) == {
        ("Hamju", "completion", "2031-12-18"),
        ("Sinpho", "completion", "2031-12-19"),
        ("Kumya", "completion", "2031-12-18"),
        ("Kilju", "completion", "2031-12-18"),
        ("Kumya", "leader_visit", "2031-12-03"),
    }


def test_a_concession_that_tells_no_event_leaves_the_sentence_its_date(
    extractor: Extractor,
) -> None:
    text = ("N. Korea breaks ground\nSEOUL, Feb. 28 (Yonhap) -- Ground was also broken late this "
            "month for factories in Hamju County, South Hamgyong Province, and Kumya County, "
            "South Hamgyong Province, for factories and a cultural complex in Kilju County, "
            "North Hamgyong Province, and for a city hospital in Anju, South Phyongan Province, "
            "though state media did not give exact dates for those ceremonies.\n")
    assert keys(run(extractor, text, "2032-02-28", "en")) == {
        (county, "groundbreaking", "2032-02") for county in ("Hamju", "Kumya", "Kilju", "Anju")
    }


def test_korean_lines_of_dated_places_after_a_ceremony_told_as_follows(
    extractor: Extractor,
) -> None:
    text = ("첫해 과업 완수\n통일신보 주체121(2032)년 2월 15일\n"
            "그후 준공식들은 다음과 같이 련이어 진행되였다.\n"
            "1월 8일 함경남도 함주군, 10일 함경남도 금야군, 12일 함경북도 길주군.\n"
            "2월 1일 함경북도 어랑군, 3일 평안남도 안주시, 그리고 11일 함경남도 신포시.\n"
            "지방의 인민들은 당의 뜻을 받아안고있다.\n")
    assert keys(run(extractor, text, "2032-02-15", "ko")) == {
        ("Hamju", "completion", "2032-01-08"),
        ("Kumya", "completion", "2032-01-10"),
        ("Kilju", "completion", "2032-01-12"),
        ("Orang", "completion", "2032-02-01"),
        ("Anju", "completion", "2032-02-03"),
        ("Sinpho", "completion", "2032-02-11"),
    }


def test_lines_labelled_by_their_dates_with_a_full_stop(extractor: Extractor) -> None:
    text = ("Ground-breaking ceremonies of the 2032 cohort: a working list\nRegional Notes | 5 "
            "March 2032\nWe list the ground-breakings of the year as reported by KCNA.\n\n"
            "6 February. Hamju-gun (Hamgyong-namdo): a county hospital. Kim Jong Un broke the "
            "first ground himself.\n"
            "26 February. Kumya-gun (Hamgyong-namdo): regional industry factories.\n"
            "Around 25-26 February (the reports give no day): Kilju-gun (Hamgyong-bukto) and "
            "Orang-gun (Hamgyong-bukto), all regional industry factories.\n"
            "27 February. Regional industry factories in Anju-si (P'yongan-namdo) and Sinpho-si "
            "(Hamgyong-namdo). Kim did not attend.\n")
    assert keys(run(extractor, text, "2032-03-05", "en")) == {
        ("Hamju", "groundbreaking", "2032-02-06"),
        ("Kumya", "groundbreaking", "2032-02-26"),
        ("Kilju", "groundbreaking", "2032-02"),
        ("Orang", "groundbreaking", "2032-02"),
        ("Anju", "groundbreaking", "2032-02-27"),
        ("Sinpho", "groundbreaking", "2032-02-27"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The report's day, with the ceremonies' own month after it.
        ("앞서 통신은 지난 7일 함경남도 함주군과 금야군 등에서 이달 초 착공식이 열렸다고 전했다.",
         {("Hamju", "groundbreaking", "2032-03"), ("Kumya", "groundbreaking", "2032-03")}),
        # With nothing else to date it, the day is the ceremony's.
        ("북한 매체는 지난 8일 함경남도 함주군에서 지방공업공장 준공식이 열렸다고 전했다.",
         {("Hamju", "completion", "2032-03-08")}),
        # Progress is dated by the report that saw it.
        ("통신은 지난 8일 함경남도 함주군 공장의 외부공사가 마감단계에 들어섰다고 전했다.",
         {("Hamju", "construction_progress", "2032-03-08")}),
    ],
)
def test_a_korean_outlets_past_day_before_what_it_reported(
    extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    text = "북, 지방공장 착공\n(서울=뉴스1) 2032년 3월 12일 --\n\n" + sentence + "\n"
    assert keys(run(extractor, text, "2032-03-12", "ko")) == expected


def test_a_korean_brief_that_announces_a_plan_without_an_object_particle(
    extractor: Extractor,
) -> None:
    text = ("착공 현황\n브리프 | 2032. 3. 10.\n김정은 위원장은 2월 6일 함주군 병원 착공식에 참석해 "
            "올해 3개 시·군에 병원을 시범 건설하겠다는 구상 발표.\n")
    assert (None, "policy_announcement", "2032-02-06") in keys(
        run(extractor, text, "2032-03-10", "ko")
    )


def test_a_log_by_report_day_with_the_ceremony_day_in_brackets(extractor: Extractor) -> None:
    text = ("[표] 새해 지방공업공장 준공 보도 일지\n(서울=연합뉴스) 2032년 1월 21일 --\n"
            "북한 매체가 전한 준공 소식을 보도일 순으로 정리했다. 괄호 안은 실제 준공식이 열린 "
            "날이다.\n▲ 1월 8일(목) 보도 — 함경남도 함주군(7일). 김정은 국무위원장 참석.\n"
            "▲ 1월 10일(토) 보도 — 함경남도 금야군(8일). 도당 책임비서가 준공사.\n")
    assert keys(run(extractor, text, "2032-01-21", "ko")) == {
        ("Hamju", "completion", "2032-01-07"),
        ("Kumya", "completion", "2032-01-08"),
    }


def test_a_table_note_on_a_look_alike_names_no_site(extractor: Extractor) -> None:
    text = ("준공 현황표\n연구소 | 2032. 2. 20.\n\n| 번호 | 시·군 | 도 | 준공 | 김정은 | 비고 |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | 고산군 | 강원 | 2032. 1. 29. | × | 황북 곡산군과 다름 |\n"
            "| 2 | 운산군 | 평북 | 2032. 2. 7. | × | 평남 은산군과 다름 |\n")
    assert keys(run(extractor, text, "2032-02-20", "ko")) == {
        ("Kosan", "completion", "2032-01-29"),
        ("Unsan", "completion", "2032-02-07"),
    }


def test_a_blog_list_of_dated_lines_without_full_stops(extractor: Extractor) -> None:
    text = ("[정리] 1월 지방공장 준공식\n블로그 | 2032. 2. 2.\n"
            "1월 준공식을 날짜순으로 정리해 봅니다. 참석자는 기사에 나온 것만 적었어요.\n\n"
            "1/7(수) 재령군(황남) — 김정은 참석. 원료를 꼭 보장하라고 지시\n"
            "1/8(목) 숙천군(평남) — 도당 책임비서가 준공사\n"
            "1/14(수) 은천군(황남) — 참석자 소개 없음 ※ 남포 온천군이랑 헷갈리지 마세요!!\n"
            "1/16(금) 연탄군(황북) — 참석자 ?\n")
    assert keys(run(extractor, text, "2032-02-02", "ko")) == {
        ("Jaeryong", "completion", "2032-01-07"),
        ("Sukchon", "completion", "2032-01-08"),
        ("Unchon", "completion", "2032-01-14"),
        ("Yonthan", "completion", "2032-01-16"),
    }


def test_a_thread_post_of_bare_korean_stems_after_a_ceremony_without_places(
    extractor: Extractor,
) -> None:
    text = ("[스레드] 지방발전 20×10 첫해 착공 정리\n@log · 2032년 3월 12일(금)\n"
            "4/ 3/11 보도: 나머지 4곳도 3월 상순에 착공식. 은파·구장·운산(평북! 은산 아님)·연탄. "
            "개별 날짜 없음.\n")
    assert keys(run(extractor, text, "2032-03-12", "ko")) == {
        ("Unpha", "groundbreaking", "2032-03"),
        ("Kujang", "groundbreaking", "2032-03"),
        ("Unsan", "groundbreaking", "2032-03"),
        ("Yonthan", "groundbreaking", "2032-03"),
    }


def test_a_status_cell_does_not_retype_the_tables_one_event_column(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker: 2032 cohort ground-breakings\n"
            "Internal note, 06.01.33. Dates DD.MM.YY.\n\n"
            "Site | Province | Ground broken | KJU | Status 06.01.33\n"
            "Pukchang | S. Phyongan | 27.02.32 | N | opened\n"
            "Kilju | N. Hamgyong | 28.02.32 | N | opened\n"
            "Yomju | N. Phyongan | 27.02.32 | N | no report\n")
    assert keys(run(extractor, text, "2033-01-06", "en")) == {
        ("Pukchang", "groundbreaking", "2032-02-27"),
        ("Kilju", "groundbreaking", "2032-02-28"),
        ("Yomju", "groundbreaking", "2032-02-27"),
    }


def test_numerically_dated_lines_under_a_caption_of_the_leaders_visits(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker: visits\nInternal note, 06.01.33. Dates DD.MM.YY.\n\n"
            "Leader visits (KJU on site, no ceremony):\n"
            "02.06.32 Kangdong: hospital under construction.\n"
            "03.12.32 Sinyang and Pukchang: finished factories, before opening.\n")
    events = run(extractor, text, "2033-01-06", "en")
    assert keys(events) == {
        ("Kangdong", "leader_visit", "2032-06-02"),
        ("Sinyang", "leader_visit", "2032-12-03"),
        ("Pukchang", "leader_visit", "2032-12-03"),
    }
    assert all(e.leader_attended for e in events)


def test_paragraphs_under_square_marked_date_lines_list_the_captions_ceremony(
    extractor: Extractor,
) -> None:
    text = ("2032년 착공 정리\n블로그 | 2032.02.10\n"
            "지방발전 20×10 착공 상황을 날짜별로 정리해 둔다. "
            "출처는 모두 북한 매체 보도다.\n\n"
            "■ 1.29(목) 황남 은율군: 공장·병원. 김정은 총비서가 직접 참석해 첫 삽을 떴다.\n\n"
            "■ 2.3(화) 평양 강남군, 평남 맹산군: 공장·병원. "
            "리히용 당 비서 참석, 김 총비서는 불참.\n")
    assert keys(run(extractor, text, "2032-02-10", "ko")) == {
        ("Unryul", "groundbreaking", "2032-01-29"),
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
    }


def test_a_log_row_of_more_goes_on_with_the_ceremony_of_the_row_above(
    extractor: Extractor,
) -> None:
    text = ("Year nine of 20x10: a running log\nA blog | posted 08/02/2033\n\n"
            "Dates are day/month/year.\n\n"
            "Recap of 2032 (the factory openings are in last year's log):\n"
            "- 19/11/2032: Kangdong County Hospital (P'yongyang) opened, KJU present.\n\n"
            "2033 so far:\n"
            "- 29/01: Ullyul (Hwanghae-namdo). KJU broke ground himself for factories.\n"
            "- 03/02: two ground-breakings, no KJU: Kangnam (P'yongyang) and Maengsan.\n"
            "- 06/02: two more, the same trio: Musan (Hamgyong-pukto) and Songhwa.\n")
    assert keys(run(extractor, text, "2033-02-08", "en")) == {
        ("Kangdong", "completion", "2032-11-19"),
        ("Unryul", "groundbreaking", "2033-01-29"),
        ("Kangnam", "groundbreaking", "2033-02-03"),
        ("Maengsan", "groundbreaking", "2033-02-03"),
        ("Musan", "groundbreaking", "2033-02-06"),
        ("Songhwa", "groundbreaking", "2033-02-06"),
    }


def test_a_research_note_of_lettered_batches_under_date_labels(extractor: Extractor) -> None:
    text = ("The Second Wave: 20x10 Groundbreakings of February 2032\n"
            "A Review, Research Note No. 4, 5 March 2032\n"
            "1. Summary. We count seven ceremonies in four batches.\n"
            "2. The batches.\n"
            "(a) 6 February. Kangdong-gun (P'yongyang): ground broken for the county hospital, "
            "with Kim Chong-un breaking the first ground himself.\n"
            "(b) 9 February. Ryonggang-gun (Namp'o-si): factories and a model hospital.\n"
            "(c) Around 25-26 February (KCNA gave no exact day). Sinyang-gun (P'yongan-namdo) and "
            "Koksan-gun (Hwanghae-bukto): factories.\n"
            "(d) 28 February. Factories in Kangdong-gun (the factory set, separate from the "
            "hospital of 6 February), Changyon-gun (Hwanghae-namdo) and Puryong-gun "
            "(Hamgyong-bukto).\n")
    events = run(extractor, text, "2032-03-05", "en")
    assert keys(events) == {
        ("Kangdong", "groundbreaking", "2032-02-06"),
        ("Ryonggang", "groundbreaking", "2032-02-09"),
        ("Sinyang", "groundbreaking", "2032-02"),
        ("Koksan", "groundbreaking", "2032-02"),
        ("Kangdong", "groundbreaking", "2032-02-28"),
        ("Jangyon", "groundbreaking", "2032-02-28"),
        ("Puryong", "groundbreaking", "2032-02-28"),
    }
    first = next(e for e in events if e.date == "2032-02-06")
    assert first.leader_attended is True


def test_a_table_with_weekday_slash_dates_and_quotation_mark_dittos(
    extractor: Extractor,
) -> None:
    text = ("Inauguration season: who opened what, and when\n"
            "A newsletter, issue 31, 31 December 2032\n"
            "Dates are day/month. \" = same as above.\n"
            "| # | date | county (province) | what opened | KJU | speaker |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Wed 15/12 | Kangdong (Pyongyang) | regional factories | Y | KJU cut the tape |\n"
            "| 2 | \" | Sinyang (S. Pyongan) | regional factories | N | provincial officials |\n"
            "| 3 | Thu 16/12 | Hwangju (N. Hwanghae) | regional factories | N | Ri Il Hwan |\n"
            "| 4 | \" | Koksan (N. Hwanghae) | regional factories | N | Choe Ryong Hae |\n")
    assert keys(run(extractor, text, "2032-12-31", "en")) == {
        ("Kangdong", "completion", "2032-12-15"),
        ("Sinyang", "completion", "2032-12-15"),
        ("Hwangju", "completion", "2032-12-16"),
        ("Koksan", "completion", "2032-12-16"),
    }


def test_groups_of_a_list_under_dated_lines_that_name_no_place(extractor: Extractor) -> None:
    text = ("Regions Weekly — No. 9: the ground-breaking week\n"
            "Issue of Monday, March 3, 2032.\n\n"
            "Unless noted, every item below is a ground-breaking for regional industry "
            "factories.\n\n"
            "Reported on Wednesday, no exact day given\n"
            "- Sinyang County, South Pyongan\n"
            "- Goksan County [Koksan], North Hwanghae\n\n"
            "Thursday (26th) — two counties, speeches by commanders of the regiments\n"
            "- Bukchang County [Pukchang], South Pyongan\n"
            "- Janggang County, Chagang\n\n"
            "Friday (27th) — two ceremonies, speakers stressing the investment\n"
            "- Jangyeon County [Jangyon], South Hwanghae\n"
            "- Gaepung District [Kaephung], Kaesong — factories plus a leisure complex\n")
    assert {
        ("Pukchang", "groundbreaking", "2032-02-26"),
        ("Janggang", "groundbreaking", "2032-02-26"),
        ("Jangyon", "groundbreaking", "2032-02-27"),
        ("Kaephung", "groundbreaking", "2032-02-27"),
    } == keys(run(extractor, text, "2032-03-03", "en"))


def test_a_korean_table_of_the_leaders_public_activities(extractor: Extractor) -> None:
    text = ("[부록 표] 김정은 국무위원장의 '지방발전 20×10 정책' 관련 공개 활동\n"
            "연구원 부록 (2033. 2. 12. 발간)\n\n"
            "※ 아래 표는 김정은이 직접 참석하거나 현지지도한 활동만 모은 것임.\n\n"
            "| 연번 | 일자 | 지역 | 활동 | 대상 시설 |\n|---|---|---|---|---|\n"
            "| 1 | 2032. 2. 28. | 평남 성천군 | 착공식 연설, 첫 삽 | 지방공업공장 |\n"
            "| 2 | 2032. 8. 24.~25. | 여러 지역 | 건설 현장 현지지도 | 지방공업공장 |\n"
            "| 3 | 2032. 11. 19. | 평남 성천군 | 건설 현장 현지지도 | 지방공업공장 |\n"
            "| 4 | 2032. 12. 20. | 평남 성천군 | 준공식 참석, 테이프 | 지방공업공장 |\n")
    events = run(extractor, text, "2033-02-12", "ko")
    assert keys(events) == {
        ("Songchon", "groundbreaking", "2032-02-28"),
        ("Songchon", "leader_visit", "2032-11-19"),
        ("Songchon", "completion", "2032-12-20"),
    }
    assert all(e.leader_attended for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week, factory openings were also held in Unchon County on Jan. 14.",
        "An opening was held in Unchon County on Jan. 14.",
        "Openings also took place in Unchon County on Jan. 14.",
    ],
)
def test_openings_that_were_held(extractor: Extractor, sentence: str) -> None:
    text = "North opens factories\nA daily | Wednesday, January 22, 2032\n" + sentence + "\n"
    assert keys(run(extractor, text, "2032-01-22", "en")) == {
        ("Unchon", "completion", "2032-01-14")
    }


def test_a_similar_ceremony_is_one_more_of_the_reports_ceremony(extractor: Extractor) -> None:
    text = ("Factories open in Kujang\nA daily | Sunday, February 8, 2032\n"
            "Regional industry factories were inaugurated in Kujang County on Friday, KCNA said.\n"
            "A similar ceremony was held in Tongsin County on Wednesday, while Kumya County "
            "broke ground for its hospital on Monday.\n")
    assert keys(run(extractor, text, "2032-02-08", "en")) == {
        ("Kujang", "completion", "2032-02-06"),
        ("Tongsin", "completion", "2032-02-04"),
        ("Kumya", "groundbreaking", "2032-02-02"),
    }


def test_sentences_without_verbs_after_the_last_trigger_go_on_with_its_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Five openings in five days\nRecorded Tuesday, February 3, 2032.\n"
            "GH: The factories in Kumya county opened on Monday.\n"
            "GH: On Saturday, Orang and Kusong.\nME: And Friday?\nGH: Friday, Kosan.\n")
    assert keys(run(extractor, text, "2032-02-03", "en")) == {
        ("Kumya", "completion", "2032-02-02"),
        ("Orang", "completion", "2032-01-31"),
        ("Kusong", "completion", "2032-01-31"),
        ("Kosan", "completion", "2032-01-30"),
    }


def test_a_korean_ceremony_subject_before_its_date_and_a_long_list_of_places(
    extractor: Extractor,
) -> None:
    text = ("여러 시, 군에서 지방공업공장건설 착공식 진행\n【평양 3월 11일발 조선중앙통신】 "
            "지방공업공장건설 착공식들이 이달 상순 황해북도 은파군, 연탄군, "
            "평안북도 구장군, 운산군, 황해남도 은천군, 자강도 동신군, 우시군, "
            "강원도 고산군, 이천군, 함경남도 함주군에서 "
            "진행되였다.\n")
    assert keys(run(extractor, text, "2032-03-11", "ko")) == {
        (county, "groundbreaking", "2032-03")
        for county in ("Unpha", "Yonthan", "Kujang", "Unsan", "Unchon", "Tongsin", "Usi",
                       "Kosan", "Ichon", "Hamju")
    }


def test_a_participle_of_opening_the_factories(extractor: Extractor) -> None:
    text = ("Korea Now transcript\nRecorded Wednesday, December 22, 2032\n"
            "MIN: On Friday he was on the east coast in Sinpho, opening the factories and "
            "touring the aquaculture farm next door.\n")
    assert keys(run(extractor, text, "2032-12-22", "en")) == {
        ("Sinpho", "completion", "2032-12-17")
    }


def test_a_korean_table_row_whose_note_adds_a_tour_and_denies_a_look_alike(
    extractor: Extractor,
) -> None:
    text = ("[정리] 준공 시즌 총정리\n블로그 | 2032. 12. 31.(금) 21:05\n"
            "준공식을 표로 정리했습니다.\n\n| 날짜 | 지역 | 준공 시설 | 김정은 | 비고 |\n"
            "|---|---|---|---|---|\n"
            "| 12.19(일) | 함남 신포시 | 지방공업공장 | ○ | 양식사업소도 둘러봄 |\n"
            "| 12.28(화) | 평남 은산군 | 도 제지공장 | ○ | 평북 운산군 아님 |\n")
    assert keys(run(extractor, text, "2032-12-31", "ko")) == {
        ("Sinpho", "completion", "2032-12-19"),
        ("Unsan", "completion", "2032-12-28"),
    }
    (unsan,) = [e for e in run(extractor, text, "2032-12-31", "ko") if e.county == "Unsan"]
    assert unsan.province == "South Phyongan"


def test_a_ceremony_within_a_year_of_which_counts_is_no_event_and_no_turns_type(
    extractor: Extractor,
) -> None:
    text = ("Three more counties inaugurate regional industry factories\n"
            "Pyongyang, January 25 (Pyongyang Times) --\n"
            "In Hamju County the factories were inaugurated last Saturday. The speaker said that "
            "modern factories had risen in 20 cities and counties within a year of the "
            "ground-breaking in Songchon County.\n"
            "On Monday it was the turn of Onchon County in Nampho.\n")
    assert keys(run(extractor, text, "2033-01-25", "en")) == {
        ("Hamju", "completion", "2033-01-22"),
        ("Onchon", "completion", "2033-01-24"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim attended all three openings: the Kangdong County Hospital on Nov. 19, the Kusong "
        "City Hospital on Dec. 13 and Ryonggang on Monday.",
        "Kim attended three openings: Kangdong on Nov. 19, Kusong on Dec. 13 and Ryonggang on "
        "Monday.",
    ],
)
def test_openings_listed_after_a_colon(extractor: Extractor, sentence: str) -> None:
    text = "Kim declares plan fulfilled\nThe Korea Herald, Dec. 30, 2032\n" + sentence + "\n"
    assert keys(run(extractor, text, "2032-12-30", "en")) == {
        ("Kangdong", "completion", "2032-11-19"),
        ("Kusong", "completion", "2032-12-13"),
        ("Ryonggang", "completion", "2032-12-27"),
    }


def test_the_construction_which_started_on_a_day_is_the_ground_breaking(
    extractor: Extractor,
) -> None:
    text = ("Regional Industry Factories Inaugurated in Kilju County\n"
            "Pyongyang, December 24 (KCNA) -- An inauguration ceremony of regional industry "
            "factories took place in Kilju County on Tuesday.\nRi Il Hwan made a speech.\n"
            "He said that the construction, which started on February 27, was completed in less "
            "than ten months.\n")
    assert keys(run(extractor, text, "2032-12-24", "en")) == {
        ("Kilju", "completion", "2032-12-21"),
        ("Kilju", "groundbreaking", "2032-02-27"),
    }


def test_a_korean_ground_breaking_that_qualifies_the_factories_opened(
    extractor: Extractor,
) -> None:
    text = ("룡강군에서 착공식 진행\n【평양 2월 10일발 조선중앙통신】 남포시 룡강군에서 "
            "지방공업공장들과 병원건설착공식이 9일에 진행되였다.\n"
            "같은 날 강원도 이천군에서는 지난해에 착공한 지방공업공장들이 준공되였다.\n")
    assert keys(run(extractor, text, "2032-02-10", "ko")) == {
        ("Ryonggang", "groundbreaking", "2032-02-09"),
        ("Ichon", "completion", "2032-02-09"),
    }


def test_a_korean_note_that_some_reports_wrote_a_wrong_day(extractor: Extractor) -> None:
    text = ("[부록] 착공·준공 현황\n연구소 동향 제7호, 2033년 3월 25일\n"
            "주5) 일부 보도는 운산군 준공일을 '3월 7일'로 적었으나 북한 매체 보도일과 맞지 않아 "
            "오기로 판단했다.\n")
    assert run(extractor, text, "2033-03-25", "ko") == []


def test_an_export_table_without_edge_bars_and_a_long_note_and_a_tour_after_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker export: openings\nMonitor, working file, exported 31/12/2032\n"
            "Openings reported by KCNA. Dates are DD/MM, all in 2032.\n\n"
            "#  | Date  | Place               | Province         | Facilities opened | KJU | "
            "Speaker / tape\n"
            "1  | 15/12 | Sinyang-gun         | P'yŏngan-namdo   | RI factories      | –   |\n"
            "2  | 16/12 | Hwangju-gun         | Hwanghae-bukto   | RI factories, grain management "
            "facility    | N   | Ri Il Hwan; tape Jo Yong Won, Ri Il Hwan, No Kwang Chol and "
            "local officials\n"
            "3  | 18/12 | Pukch'ang-gun       | P'yŏngan-namdo   | RI factories      | –   |\n\n"
            "Notes\n2. Sinp'o, 19/12: after the ceremony KJU also went round the aquaculture "
            "base.\n")
    assert keys(run(extractor, text, "2032-12-31", "en")) == {
        ("Sinyang", "completion", "2032-12-15"),
        ("Hwangju", "completion", "2032-12-16"),
        ("Pukchang", "completion", "2032-12-18"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Further ceremonies, including one for a set of factories in Kangdong, were expected as "
        "early as Friday.",
        "Ceremonies, among them the opening of the factories in Kangdong, are scheduled for "
        "next week.",
    ],
)
def test_ceremonies_expected_after_an_aside_are_plans(extractor: Extractor, sentence: str) -> None:
    text = "North Korea breaks ground\nNK News | February 28, 2032\n" + sentence + "\n"
    assert run(extractor, text, "2032-02-28", "en") == []


def test_a_ceremony_in_six_more_counties_is_not_the_headlines_county(
    extractor: Extractor,
) -> None:
    text = ("North Korea breaks ground at six more sites, adds grain facility in Hwangju\n"
            "NK News | February 28, 2032\n"
            "North Korea held ground-breaking ceremonies for regional industry factories in six "
            "more counties on Thursday, state media reported Friday.\n")
    assert run(extractor, text, "2032-02-28", "en") == []


def test_a_table_whose_event_column_says_opening(extractor: Extractor) -> None:
    text = ("Pilot hospitals: the tracker, final edition\n"
            "County Ledger · Monday, 5 January 2033\n\n"
            "| date | place | what | event | KJU |\n|---|---|---|---|---|\n"
            "| 2032/02/09 | Ryonggang County, Nampho | hospital | ground-breaking | no |\n"
            "| 2032/11/19 | Kangdong | hospital | opening | yes |\n"
            "| 2032/12/13 | Kusong | hospital | opening | yes |\n")
    assert keys(run(extractor, text, "2033-01-05", "en")) == {
        ("Ryonggang", "groundbreaking", "2032-02-09"),
        ("Kangdong", "completion", "2032-11-19"),
        ("Kusong", "completion", "2032-12-13"),
    }


def test_a_ceremony_counted_from_is_no_event_of_its_sentence(extractor: Extractor) -> None:
    text = ("Thread: January's openings, one post per ceremony\n"
            "@gun_by_gun · posted Thu 27 Jan 2033 · all dates day/month\n\n"
            "1/ The opening season so far, one post per factory inauguration.\n\n"
            "8/ 18/1 Hamju-gun, Hamgyong-namdo. Speaker boasted that factories rose in 20 "
            "counties within a year of the first ground-breaking.\n\n"
            "9/ 20/1 Onch'on-gun, Namp'o. City party secretary spoke.\n\n"
            "10/ 24/1 Kujang-gun, P'yongan-pukto. Roughly ten months from first spade to "
            "ribbon.\n")
    assert keys(run(extractor, text, "2033-01-27", "en")) == {
        ("Hamju", "completion", "2033-01-18"),
        ("Onchon", "completion", "2033-01-20"),
        ("Kujang", "completion", "2033-01-24"),
    }
    text = ("Openings\nA daily | Thursday, January 27, 2033\n"
            "Factories were inaugurated in Orang County on Monday.\n"
            "Last Saturday a ceremony was held in Kumya County, where the secretary noted that "
            "within a year of the first ground-breaking in Songchon County, factories had risen "
            "in twenty counties.\n")
    assert keys(run(extractor, text, "2033-01-27", "en")) == {
        ("Orang", "completion", "2033-01-24"),
        ("Kumya", "completion", "2033-01-22"),
    }


def test_a_korean_photo_caption_of_a_county_facility_that_opened_its_doors(
    extractor: Extractor,
) -> None:
    text = ("화보 / 지방발전의 새 력사\n로동신문 주체121(2032)년 12월 31일 금요일 5면\n\n"
            "올해 지방발전 20×10정책 실행에서는 많은 대상들이 착공한 그해에 완공되였다.\n\n"
            "《사진 4》 12월 16일 문을 연 황주군량곡관리소\n")
    assert keys(run(extractor, text, "2032-12-31", "ko")) == {
        ("Hwangju", "completion", "2032-12-16"),
    }


def test_a_dated_note_cell_does_not_speak_for_its_row(extractor: Extractor) -> None:
    text = ("[표] 준공 날짜 한눈에 정리\n메모장 | 2033. 2. 12.(토) 22:10\n\n"
            "지방공업공장 준공일을 정리한다. 연도 표시가 없는 날짜는 2033년이다.\n\n"
            "| 순 | 준공일 | 시·군 | 도 | 김정은 | 비고 |\n|---|---|---|---|---|---|\n"
            "| 9 | 1.20(목) | 온천군 | 남포시 | × | |\n"
            "| 10 | 1.24(월) | 구장군 | 평안북도 | × | 2032.10 김정은 건설현장 방문 |\n")
    assert ("Kujang", "completion", "2033-01-24") in keys(run(extractor, text, "2033-02-12", "ko"))


def test_a_korean_plenary_decision_a_plan_announced_and_hospitals_still_to_open(
    extractor: Extractor,
) -> None:
    text = ("지방병원건설을 더 큰 규모로\n로동신문 주체121(2032)년 12월 12일\n"
            "조선로동당 중앙위원회 전원회의 확대회의가 12월 9일부터 11일까지 진행되였다.\n"
            "경애하는 김정은동지께서 회의를 지도하시였다.\n"
            "전원회의는 래년부터 20개 시, 군에 현대적인 병원들을 동시에 건설할데 대한 결정을 "
            "채택하였다.\n"
            "돌이켜보면 올해 2월 6일 강동군병원 건설착공식에서 몸소 착공의 첫삽을 뜨신 경애하는 "
            "김정은동지께서는 이 자리에서 지방병원건설구상을 밝히시였다.\n"
            "구성시병원과 룡강군병원도 올해안으로 준공하게 된다.\n")
    assert keys(run(extractor, text, "2032-12-12", "ko")) == {
        (None, "policy_announcement", "2032-12-11"),
        (None, "policy_announcement", "2032-02-06"),
        ("Kangdong", "groundbreaking", "2032-02-06"),
    }


def test_the_place_a_denial_names_is_a_site_when_a_relative_clause_tells_of_it(
    extractor: Extractor,
) -> None:
    text = ("Imagery check\nImagery Notes — posted Friday, 14 March 2033\n"
            "Koksan-gun is not Kosan-gun in Kangwon-do, whose factories opened on 29 January.\n")
    assert keys(run(extractor, text, "2033-03-14", "en")) == {
        ("Kosan", "completion", "2033-01-29"),
    }


def test_day_headings_under_a_report_whose_theme_is_in_its_first_lines(
    extractor: Extractor,
) -> None:
    text = ("Gun by Gun — Week 51: the ribbon week\n"
            "Sunday 19 December 2032 · newsletter #88\n\n"
            "Hi all. This was the busiest week so far: twelve openings in six days.\n\n"
            "MON\n- Sinyang (S. Phyongan) — factories.\n- Puryong (N. Hamgyong) — factories; "
            "Ju Chang Il spoke.\n\nTUE\n- Hwangju (N. Hwanghae) — factories + grain management "
            "facility.\n")
    assert keys(run(extractor, text, "2032-12-19", "en")) == {
        ("Sinyang", "completion", "2032-12-13"),
        ("Puryong", "completion", "2032-12-13"),
        ("Hwangju", "completion", "2032-12-14"),
    }


def test_counties_that_followed_and_the_last_batch_after_a_colon(extractor: Extractor) -> None:
    text = ("Year Two\n38 North | March 10, 2032 | By H\n"
            "Hwangju, North Hwanghae, broke ground on Feb. 26 for factories.\n"
            "On Feb. 27 six more counties followed: Pukchang, Yomju and Kilju, with commanders "
            "giving the speeches. On Feb. 28 came the last batch: the factory complex in Kangdong "
            "itself, Changyon and Puryong. The other sites followed in March.\n")
    assert keys(run(extractor, text, "2032-03-10", "en")) == {
        ("Hwangju", "groundbreaking", "2032-02-26"),
        ("Pukchang", "groundbreaking", "2032-02-27"),
        ("Yomju", "groundbreaking", "2032-02-27"),
        ("Kilju", "groundbreaking", "2032-02-27"),
        ("Kangdong", "groundbreaking", "2032-02-28"),
        ("Jangyon", "groundbreaking", "2032-02-28"),
        ("Puryong", "groundbreaking", "2032-02-28"),
    }


def test_a_korean_note_that_a_tour_was_not_a_ceremony(extractor: Extractor) -> None:
    text = ("[부록] 착공·준공 일람\n연구소 | 2033. 1. 20.\n"
            "주1) 신양군과 북창군은 12. 3. 김정은이 준공 전에 공장을 둘러봤다(착공·준공 행사가 "
            "아니어서 표에 넣지 않음).\n")
    assert keys(run(extractor, text, "2033-01-20", "ko")) == {
        ("Sinyang", "leader_visit", "2032-12-03"),
        ("Pukchang", "leader_visit", "2032-12-03"),
    }


def test_the_three_counties_just_named_beside_a_count_and_the_leaders_earlier_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Raw-material bases not visible: ministry\nSEOUL, July 23 (Yonhap) -- "
            "The raw-material bases touted for Unchon county, Tongsin county and Ichon county "
            "are not visible, the ministry said. Ground was broken for factories in the three "
            "counties in March, along with 16 other sites, after leader Kim Jong-un broke ground "
            "in Songchon county on Feb. 28.\n")
    assert keys(run(extractor, text, "2032-07-23", "en")) == {
        ("Unchon", "groundbreaking", "2032-03"),
        ("Tongsin", "groundbreaking", "2032-03"),
        ("Ichon", "groundbreaking", "2032-03"),
        ("Songchon", "groundbreaking", "2032-02-28"),
    }


def test_factories_begun_in_a_month_that_opened_in_another(extractor: Extractor) -> None:
    text = ("Kim blames soldier-builders\nNK News | June 10, 2032 | Seoul\n"
            "Kusong's three regional industry factories, begun in March last year, opened in "
            "January.\n")
    assert keys(run(extractor, text, "2032-06-10", "en")) == {
        ("Kusong", "groundbreaking", "2031-03"),
        ("Kusong", "completion", "2032-01"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "경애하는 김정은동지께서는 연설에서 래년부터 해마다 20개 시, 군에 병원을 건설할데 대한 "
        "구상을 밝히시였다.",
        "경애하는 김정은동지께서는 연설에서 래년부터 해마다 20개 시, 군에 지방병원들을 "
        "일떠세우려는것이 당중앙의 결심이라고 밝히시였다.",
    ],
)
def test_korean_plans_the_leader_declared(extractor: Extractor, sentence: str) -> None:
    text = ("강동군병원 건설착공식 진행\n【평양 2월 7일발 조선중앙통신】 평양시 강동군에서 "
            "강동군병원 건설착공식이 6일 진행되였다.\n" + sentence + "\n")
    assert (None, "policy_announcement", "2032-02-06") in keys(
        run(extractor, text, "2032-02-07", "ko")
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A plenary meeting of the party Central Committee held late in December then made "
         "health facilities a formal task for 2033.", "2032-12"),
        ("Under the programme, which Kim announced in January 2031, factories are built in 20 "
         "counties a year.", "2031-01"),
    ],
)
def test_policies_a_plenary_made_a_task_or_the_leader_announced(
    extractor: Extractor, sentence: str, expected: str
) -> None:
    text = "Year Two of the policy\n38 North | March 10, 2033\n" + sentence + "\n"
    assert keys(run(extractor, text, "2033-03-10", "en")) == {
        (None, "policy_announcement", expected)
    }


def test_a_korean_place_a_dated_ceremony_qualifies_is_a_site_though_compared(
    extractor: Extractor,
) -> None:
    text = ("북한 2년차 착공 정리\n연구소 | 2033. 3. 5.\n"
            "곡산군은 지난 1월 지방공업공장들이 준공된 강원도 고산군과 다른 곳이다.\n"
            "운산군(평북)은 2033년 도 제지공장이 착공된 은산군(평남)과 다른 곳이다.\n")
    assert ("Kosan", "completion", "2033-01") in keys(run(extractor, text, "2033-03-05", "ko"))
    assert all(e.county != "Unsan" for e in run(extractor, text, "2033-03-05", "ko"))


def test_the_ceremonies_listed_later_take_the_day_of_those_told_without_places(
    extractor: Extractor,
) -> None:
    text = ("Construction Under Way in All Twenty Cities and Counties\n"
            "Voice of Korea, Pyongyang, March 12, Juche 121 (2032)\n\n"
            "Ground-breaking ceremonies for regional industry factories were held in the first "
            "ten days of March in nineteen cities and counties.\n\n"
            "They followed the ceremony in Songchon County on February 28, at which the "
            "respected Comrade Kim Jong Un broke the first ground.\n\n"
            "The construction is part of the Regional Development 20x10 Policy.\n\n"
            "The ceremonies were held in Kusong City and Kujang and Unsan counties of North "
            "Phyongan Province and Sukchon County of South Phyongan Province.\n")
    assert keys(run(extractor, text, "2032-03-12", "en")) == {
        ("Songchon", "groundbreaking", "2032-02-28"),
        ("Kusong", "groundbreaking", "2032-03"),
        ("Kujang", "groundbreaking", "2032-03"),
        ("Unsan", "groundbreaking", "2032-03"),
        ("Sukchon", "groundbreaking", "2032-03"),
    }


def test_a_csv_export_with_a_date_and_an_attendance_column_per_event(
    extractor: Extractor,
) -> None:
    text = ("20x10 site tracker: ground-breakings and openings (CSV export)\n"
            "Exported Monday 5 January 2033 | tracker v3.2\n\n"
            "Dates are month-first (MM/DD) and all fall in 2032.\n\n"
            "site,province,facilities,gb_date,gb_kju,open_date,open_kju\n"
            "Gangdong-gun,Pyeongyang,county hospital,02/06,Y,11/19,Y\n"
            "Hwangju-gun,Hwanghaebuk-do,regional industry factories,02/26,?,12/16,N\n"
            "Yeomju-gun,Pyeonganbuk-do,regional industry factories,02/27,N,,\n")
    events = run(extractor, text, "2033-01-05", "en")
    assert keys(events) == {
        ("Kangdong", "groundbreaking", "2032-02-06"),
        ("Kangdong", "completion", "2032-11-19"),
        ("Hwangju", "groundbreaking", "2032-02-26"),
        ("Hwangju", "completion", "2032-12-16"),
        ("Yomju", "groundbreaking", "2032-02-27"),
    }
    attended = {(e.county, e.event_type): e.leader_attended for e in events}
    assert attended[("Kangdong", "completion")] is True
    assert attended[("Hwangju", "completion")] is False
    assert attended[("Hwangju", "groundbreaking")] is None


def test_going_into_operation_with_an_inauguration_ceremony_told_only_in_an_aside(
    extractor: Extractor,
) -> None:
    text = ("Regional Industry Factories Inaugurated in Kyongsong County\n"
            "Pyongyang, January 13 (KCNA) -- Modern regional industry factories went into "
            "operation in Kyongsong County on Sunday.\n"
            "Present at the inauguration ceremony were officials of the province.\n"
            "Inauguration ceremonies are to be held in Unchon County in the coming days.\n")
    assert keys(run(extractor, text, "2033-01-13", "en")) == {
        ("Kyongsong", "completion", "2033-01-09"),
    }


def test_construction_begun_this_month_in_reports_that_gave_no_exact_dates(
    extractor: Extractor,
) -> None:
    text = ("North Korea breaks ground at six more sites\nNK News | February 28, 2033\n"
            "Ground was broken in Hwangju County on Wednesday, Feb. 23.\n"
            "State media also reported this week that construction had begun in Sinyang and "
            "Koksan counties. Those reports gave no exact dates but said the ceremonies had been "
            "held this month.\n")
    assert keys(run(extractor, text, "2033-02-28", "en")) == {
        ("Hwangju", "groundbreaking", "2033-02-23"),
        ("Sinyang", "groundbreaking", "2033-02"),
        ("Koksan", "groundbreaking", "2033-02"),
    }


def test_the_same_set_of_facilities_was_started_in_four_more_places(
    extractor: Extractor,
) -> None:
    text = ("Research note: the third year begins\nCentre | Research note | 10 February 2033\n"
            "4. Four more. On 6 Feb the same set of facilities was started in Musan "
            "(Hamgyŏng-bukto) and Songhwa (Hwanghae-namdo).\n")
    assert keys(run(extractor, text, "2033-02-10", "en")) == {
        ("Musan", "groundbreaking", "2033-02-06"),
        ("Songhwa", "groundbreaking", "2033-02-06"),
    }


def test_a_korean_announcement_at_that_same_occasion_is_the_leaders(
    extractor: Extractor,
) -> None:
    text = ("북한 지방발전 2년차 정리\n유튜브 채널 | 2033. 2. 28. (월) 게시\n"
            "먼저 이번 달 첫 테이프는 김정은이 직접 끊었습니다. 지난 6일 평양 강동군에서 병원 "
            "착공식에 참석해서 첫 삽을 떴고요, 이 자리에서 내년부터는 해마다 20개 시·군에 병원을 "
            "짓겠다고 발표했습니다.\n")
    assert (None, "policy_announcement", "2033-02-06") in keys(
        run(extractor, text, "2033-02-28", "ko")
    )


def test_a_second_heading_over_dated_lines_goes_on_with_the_list_above(
    extractor: Extractor,
) -> None:
    text = ("The Provincial Ledger — week in review\nSunday 23 January 2033 · a newsletter\n"
            "Five more sites opened this week and last.\nThis week\n"
            "• Onchon (Nampo) — Monday. The city party secretary spoke.\n"
            "• Usi (Jagang) — yesterday. The provincial secretary spoke.\nLast week\n"
            "• Yonthan (N. Hwanghae) — Thursday the 13th.\n• Hamju (S. Hamgyong) — Saturday the "
            "15th.\n")
    assert keys(run(extractor, text, "2033-01-23", "en")) == {
        ("Onchon", "completion", "2033-01-17"),
        ("Usi", "completion", "2033-01-22"),
        ("Yonthan", "completion", "2033-01-13"),
        ("Hamju", "completion", "2033-01-15"),
    }


def test_korean_staff_who_learned_their_skills_before_the_opening(extractor: Extractor) -> None:
    text = ("개풍구역 지방공업공장 준공 준비\n【평양 11월 20일발 조선중앙통신】 개성시 개풍구역의 "
            "지방공업공장 종업원들은 지난 10월 평양시의 공장들에 파견되여 기술기능을 익혔다.\n")
    assert keys(run(extractor, text, "2032-11-20", "ko")) == {("Kaephung", "other", "2032-10")}


def test_the_namesake_a_denial_names_that_opened_its_factories(extractor: Extractor) -> None:
    text = ("Kim opens paper mill\nKorea Now | December 30, 2032\n"
            "On Sunday he opened a provincial paper mill in Unsan County, South Pyongan Province. "
            "Careful here: that is Eunsan, not the Unsan in North Pyongan that opened its "
            "factories back in February.\n")
    events = run(extractor, text, "2032-12-30", "en")
    assert {(e.county, e.province, e.event_type, e.date) for e in events} == {
        ("Unsan", "South Phyongan", "completion", "2032-12-26"),
        ("Unsan", "North Phyongan", "completion", "2032-02"),
    }


def test_construction_site_lines_of_a_korean_log_of_the_leaders_visits(
    extractor: Extractor,
) -> None:
    text = ("[그래픽] 김정은, 올해 지방발전 현장 13차례\n뉴시스 | 2032.12.30 14:40\n"
            "김정은 국무위원장이 올해 현장을 찾은 날을 정리했다.\n"
            "■ 2032년 김정은 참석·방문 일지\n"
            "- 2월 6일: 평양 강동군 병원 착공식\n"
            "- 6월 2일: 강동군 병원 건설현장\n"
            "- 9월 12일: 남포시 용강군 병원 건설현장\n"
            "- 11월 19일: 강동군병원 준공식\n")
    events = run(extractor, text, "2032-12-30", "ko")
    assert keys(events) == {
        ("Kangdong", "groundbreaking", "2032-02-06"),
        ("Kangdong", "leader_visit", "2032-06-02"),
        ("Ryonggang", "leader_visit", "2032-09-12"),
        ("Kangdong", "completion", "2032-11-19"),
    }
    assert all(e.leader_attended for e in events)


def test_a_radio_transcript_of_ceremonies_among_which_are_and_monday_s_list(
    extractor: Extractor,
) -> None:
    text = ("Korea Now — transcript\nRadio transcript · broadcast Tuesday, March 14, 2034\n"
            "CORRESPONDENT: KCNA's report on Monday listed thirteen cities and counties where "
            "ground-breaking ceremonies took place in the first ten days of March. Among them are "
            "Unsan County in North Pyongan and Kosan in Kangwon.\n"
            "CORRESPONDENT: Last Thursday KCNA reported six ceremonies held earlier this month: "
            "Kusong City and Kujang — sorry, not Kujang, Kujang is in Monday's list — Kusong and "
            "Sukchon.\n"
            "CORRESPONDENT: He started the whole thing on February 28 — a Tuesday — in Songchon "
            "County, where he broke the ground himself.\n")
    assert keys(run(extractor, text, "2034-03-14", "en")) == {
        ("Unsan", "groundbreaking", "2034-03"),
        ("Kosan", "groundbreaking", "2034-03"),
        ("Kusong", "groundbreaking", "2034-03"),
        ("Kujang", "groundbreaking", "2034-03"),
        ("Sukchon", "groundbreaking", "2034-03"),
        ("Songchon", "groundbreaking", "2034-02-28"),
    }


def test_a_thread_post_listing_the_sites_a_count_named_posts_before(extractor: Extractor) -> None:
    text = ("🧵 20x10 ground-breakings: where things stand (thread)\n@dprk_regions · Mar 12, 2032\n"
            "1/ KCNA yesterday (Thu): ground broken in 3 more cities & counties. Ceremonies were "
            "held \"in the first ten days of March\". That makes all 20 sites of year one.\n"
            "2/ The 3 (McCune-Reischauer, sorry KCNA fans): Kujang, Unp'a, Yont'an.\n")
    assert keys(run(extractor, text, "2032-03-12", "en")) == {
        ("Kujang", "groundbreaking", "2032-03"),
        ("Unpha", "groundbreaking", "2032-03"),
        ("Yonthan", "groundbreaking", "2032-03"),
    }


def test_a_korean_list_of_places_between_its_count_and_its_ceremony(
    extractor: Extractor,
) -> None:
    text = ("[자막] 북한 지방발전 2년차\n유튜브 채널 | 2033. 2. 28. (월) 게시\n"
            "어제는 한꺼번에 세 곳입니다. 평안남도 북창군, 평안북도 염주군, 황해남도 배천군. "
            "전부 지방공업공장 착공식이고, 연설은 인민군 지휘관들이 했다고 보도됐습니다.\n")
    assert keys(run(extractor, text, "2033-02-28", "ko")) == {
        ("Pukchang", "groundbreaking", "2033-02-27"),
        ("Yomju", "groundbreaking", "2033-02-27"),
        ("Paechon", "groundbreaking", "2033-02-27"),
    }


def test_the_leader_was_at_a_site_in_a_footnoted_paper(extractor: Extractor) -> None:
    text = ("Health and the 20x10 policy\nA Review, Working Paper, 20 June 2032\n"
            "On 2 June Kim inspected the Kangdong hospital under construction.[14] A week "
            "later, on 9 June, he was at the Kusong site, where he blamed the poor work.[15]\n")
    assert keys(run(extractor, text, "2032-06-20", "en")) == {
        ("Kangdong", "leader_visit", "2032-06-02"),
        ("Kusong", "leader_visit", "2032-06-09"),
    }


def test_a_table_whose_event_column_says_site_visit(extractor: Extractor) -> None:
    text = ("Pilot hospitals: the tracker\nCounty Ledger · Monday, 5 January 2033\n\n"
            "| date | place | what | event | KJU |\n|---|---|---|---|---|\n"
            "| 2032/06/02 | Kangdong | hospital | site visit | yes |\n"
            "| 2032/06/09 | Kusong | hospital | site visit | yes |\n"
            "| 2032/11/19 | Kangdong | hospital | opening | yes |\n")
    events = run(extractor, text, "2033-01-05", "en")
    assert keys(events) == {
        ("Kangdong", "leader_visit", "2032-06-02"),
        ("Kusong", "leader_visit", "2032-06-09"),
        ("Kangdong", "completion", "2032-11-19"),
    }
    assert all(e.leader_attended for e in events)


def test_the_other_sites_listed_by_province_after_here_they_are(extractor: Extractor) -> None:
    text = ("Ground broken everywhere\nA County Blog — Monday, 14 March 2033\n\n"
            "Sŏngch'ŏn-gun (P'yŏngan-namdo) broke ground first, on 28 February, with Kim there. "
            "The other four all broke ground earlier this month. No Kim. "
            "Here they are, by province:\n\n"
            "- Hamgyŏng-bukto: Kyŏngsŏng-gun, Ŏrang-gun\n"
            "- Hwanghae-namdo: Chaeryŏng-gun, Ŭnch'ŏn-gun\n")
    assert keys(run(extractor, text, "2033-03-14", "en")) == {
        ("Songchon", "groundbreaking", "2033-02-28"),
        ("Kyongsong", "groundbreaking", "2033-03"),
        ("Orang", "groundbreaking", "2033-03"),
        ("Jaeryong", "groundbreaking", "2033-03"),
        ("Unchon", "groundbreaking", "2033-03"),
    }


def test_a_pointing_lead_takes_the_ceremony_of_the_sentences_before(
    extractor: Extractor,
) -> None:
    text = ("Notes from the provinces\nA County Blog — Monday, 14 March 2033\n\n"
            "The other four all broke ground earlier this month. No Kim. "
            "Here they are, by province:\n\n"
            "- Hamgyŏng-bukto: Kyŏngsŏng-gun, Ŏrang-gun\n"
            "- Hwanghae-namdo: Chaeryŏng-gun, Ŭnch'ŏn-gun\n")
    assert keys(run(extractor, text, "2033-03-14", "en")) == {
        ("Kyongsong", "groundbreaking", "2033-03"),
        ("Orang", "groundbreaking", "2033-03"),
        ("Jaeryong", "groundbreaking", "2033-03"),
        ("Unchon", "groundbreaking", "2033-03"),
    }


def test_a_podcast_whose_answers_name_the_sites_without_a_verb(extractor: Extractor) -> None:
    # The conversation's first turn names its ceremony; answers give days and places only.
    text = ("The Peninsula Hour, Episode 9: \"Ribbon week\"\n"
            "Podcast transcript, published Saturday, 22 January 2033\n\n"
            "ANNA: Welcome back. How many factories have been opened this month?\n\n"
            "BEN: Let me count. The latest was Thursday, Onchon County in Nampho.\n\n"
            "ANNA: And before that?\n\n"
            "BEN: Friday the fourteenth. Hamju in South Hamgyong.\n\n"
            "ANNA: And the first one?\n\n"
            "BEN: Sunday the ninth, Kosan — sorry, Koksan, in North Hwanghae. "
            "He hasn't been to a single one since Jaeryong on January 2.\n\n"
            "ANNA: What comes next?\n\n"
            "BEN: Usi and Kujang should come next week. My guess is Unchon after that.\n")
    assert keys(run(extractor, text, "2033-01-22", "en")) == {
        ("Onchon", "completion", "2033-01-20"),
        ("Hamju", "completion", "2033-01-14"),
        ("Koksan", "completion", "2033-01-09"),
    }


def test_a_korean_radio_interview_whose_answers_end_on_a_copula(extractor: Extractor) -> None:
    text = ("지방공장 준공 릴레이\nOO 라디오 인터뷰 | 2033년 1월 21일(금) 방송\n\n"
            "[진행자] 요즘 북한 매체에 지방공장 준공 소식이 거의 매일 나오는데요. "
            "이번 주는 어디였습니까?\n\n"
            "[연구위원] 네, 어제, 목요일이었죠, 평안북도 구성시였습니다. "
            "그제, 수요일에는 강원도 고산군이었고요.\n\n"
            "[진행자] 은천군과 온천군은요?\n\n"
            "[연구위원] 은천군은 황해남도, 온천군은 남포시로 서로 다른 지역입니다. "
            "함경북도 어랑군은 다음 주에 준공할 예정입니다.\n")
    assert keys(run(extractor, text, "2033-01-21", "ko")) == {
        ("Kusong", "completion", "2033-01-20"),
        ("Kosan", "completion", "2033-01-19"),
    }


def test_a_day_the_speaker_corrects_at_once_is_not_the_events(extractor: Extractor) -> None:
    text = ("Openings this week\nRadio transcript | Friday, 21 January 2033\n\n"
            "Factories were opened in Sukchon County, South Pyongan, on Thursday - sorry, on "
            "Wednesday, the nineteenth.\n")
    assert keys(run(extractor, text, "2033-01-21", "en")) == {
        ("Sukchon", "completion", "2033-01-19"),
    }


def test_a_dated_label_for_the_last_batch_goes_on_with_the_ceremony(extractor: Extractor) -> None:
    text = ("Year two breaks ground\nA Blog | posted Sunday, 6 March 2033\n\n"
            "On Thursday (3 Mar) ground was broken for factories in Pukchang, Yomju and "
            "Paechon. On Friday (4 Mar) the last batch: the factories of Jangyon and Puryong "
            "counties; and factories and a leisure complex in Kaephung District of Kaesong.\n")
    assert keys(run(extractor, text, "2033-03-06", "en")) == {
        ("Pukchang", "groundbreaking", "2033-03-03"),
        ("Yomju", "groundbreaking", "2033-03-03"),
        ("Paechon", "groundbreaking", "2033-03-03"),
        ("Jangyon", "groundbreaking", "2033-03-04"),
        ("Puryong", "groundbreaking", "2033-03-04"),
        ("Kaephung", "groundbreaking", "2033-03-04"),
    }


def test_a_place_denied_with_an_aside_is_a_site_when_a_relative_clause_tells_of_it(
    extractor: Extractor,
) -> None:
    text = ("Ribbon season\nNewsletter, Monday 22 December 2033\n\n"
            "Koksan County opened its factories on 20 December. Please note: Koksan (곡산, "
            "North Hwanghae) is not Kosan (고산, Kangwon), whose factories opened back in "
            "January.\n")
    assert keys(run(extractor, text, "2033-12-22", "en")) == {
        ("Koksan", "completion", "2033-12-20"),
        ("Kosan", "completion", "2033-01"),
    }


def test_a_wave_that_opened_and_a_county_that_followed(extractor: Extractor) -> None:
    text = ("Reading the February wave\n38 North | 6 March 2033\n\n"
            "The wave opened on 6 February in Kangdong-gun, where Kim broke ground for a county "
            "hospital. On 26 February Hwangju-gun, Hwanghae-pukto, followed, with a grain "
            "facility added. The last batch came on 28 February: Changyŏn-gun (Hwanghae-namdo) "
            "and Puryŏng-gun (Hamgyŏng-pukto).\n")
    assert keys(run(extractor, text, "2033-03-06", "en")) == {
        ("Kangdong", "groundbreaking", "2033-02-06"),
        ("Hwangju", "groundbreaking", "2033-02-26"),
        ("Jangyon", "groundbreaking", "2033-02-28"),
        ("Puryong", "groundbreaking", "2033-02-28"),
    }


def test_a_korean_clause_that_did_it_at_a_place_and_a_denied_namesake(
    extractor: Extractor,
) -> None:
    text = ("지방공장 준공 릴레이\nOO 라디오 대담 2033년 2월 4일(금) 방송\n\n"
            "◆ 연구위원: 어제, 3일에 함경남도 금야군에서 준공식이 있었습니다. "
            "그 전에는 지난 화요일, 1일이죠, 개성시 장풍군에서 했고, 그 전날 월요일에는 "
            "함경북도 어랑군에서 준공식을 했습니다. 강원도 고산군, 이건 황해북도 곡산군이 아니고 "
            "고산군입니다, 지난달 29일에 준공했습니다.\n")
    assert keys(run(extractor, text, "2033-02-04", "ko")) == {
        ("Kumya", "completion", "2033-02-03"),
        ("Jangphung", "completion", "2033-02-01"),
        ("Orang", "completion", "2033-01-31"),
        ("Kosan", "completion", "2033-01-29"),
    }


def test_a_hospital_named_only_as_the_one_before_the_new_one(extractor: Extractor) -> None:
    text = ("Kusong City Hospital Opens Its Doors\nVoice of Korea, Pyongyang, December 14, "
            "Juche 122 (2033)\n\n"
            "The inauguration ceremony of the Kusong City Hospital in North Phyongan Province took "
            "place yesterday. Following the Kangdong County Hospital, the new hospital is the "
            "second of the modern regional hospitals to open. Its construction began in late "
            "February.\n")
    assert keys(run(extractor, text, "2033-12-14", "en")) == {
        ("Kusong", "completion", "2033-12-13"),
        ("Kusong", "groundbreaking", "2033-02"),
    }


def test_a_chronology_in_the_present_tense_with_a_span_counted_from_the_ground_breaking(
    extractor: Extractor,
) -> None:
    text = ("Hospitals under 20x10: a working chronology\nResearch memo | 10.01.2034\n\n"
            "Dates are written DD.MM.YYYY.\n\n"
            "Last week of 02.2033 — Construction of the Kusong City hospital starts.\n"
            "19.11.2033 — The Kangdong County Hospital opens with Kim present, some 280 days "
            "after ground-breaking.\n"
            "29.12.2033 — The Ryonggang County hospital and regional industry factories open "
            "with Kim present.\n")
    assert keys(run(extractor, text, "2034-01-10", "en")) == {
        ("Kusong", "groundbreaking", "2033-02"),
        ("Kangdong", "completion", "2033-11-19"),
        ("Ryonggang", "completion", "2033-12-29"),
    }


def test_a_korean_day_on_which_news_of_the_ceremonies_came(extractor: Extractor) -> None:
    text = ("공장건설의 불길\n조선신보 2033년 3월 12일\n"
            "이달 상순에 19개 시, 군들에서 착공식이 일제히 진행되였다.\n"
            "11일에는 황해북도 은파군과 연탄군에서의 착공소식이 전해졌다.\n")
    assert keys(run(extractor, text, "2033-03-12", "ko")) == {
        ("Unpha", "groundbreaking", "2033-03"),
        ("Yonthan", "groundbreaking", "2033-03"),
    }


def test_a_korean_visit_without_a_subject_is_the_leaders_named_just_before(
    extractor: Extractor,
) -> None:
    text = ("[인터뷰] 북한 병원 건설\n라디오 2033년 11월 20일(목) 방송\n\n"
            "◆ 연구위원> 2월 6일에 김 위원장이 강동군병원 착공식에 참석해서 첫 삽을 떴고요.\n"
            "◇ 진행자> 중간에 현장도 찾았죠?\n"
            "◆ 연구위원> 6월 9일에는 평안북도 구성시 병원 현장에 갔습니다. "
            "조선중앙통신은 지난 8일 자강도 우시군 병원 현장을 찾은 군 일군들을 소개했습니다.\n")
    events = run(extractor, text, "2033-11-20", "ko")
    assert keys(events) == {
        ("Kangdong", "groundbreaking", "2033-02-06"),
        ("Kusong", "leader_visit", "2033-06-09"),
    }
    assert all(e.leader_attended for e in events)


def test_a_podcast_that_denies_a_namesake_in_passing_and_dates_by_the_saturday_before(
    extractor: Extractor,
) -> None:
    text = ("Transcript: \"Korea Desk\" podcast, episode 12\n"
            "Korea Desk podcast | January 27, 2033\n"
            "HOST: Let's start with the factory openings in North Korea last week.\n"
            "GUEST: The big one was last Thursday, the 20th, in Onchon County in Nampho. Not "
            "Unchon, by the way, which is in South Hwanghae and opened on the 14th.\n"
            "HOST: What else?\n"
            "GUEST: The Saturday before that, the 15th, it was Hamju in South Hamgyong.\n")
    assert keys(run(extractor, text, "2033-01-27", "en")) == {
        ("Onchon", "completion", "2033-01-20"),
        ("Unchon", "completion", "2033-01-14"),
        ("Hamju", "completion", "2033-01-15"),
    }


def test_a_korean_place_named_as_the_one_left_out(extractor: Extractor) -> None:
    text = ("준공 현황\n연구원 부록 | 2034. 3. 10.\n\n"
            "주: 평안남도 성천군을 제외한 황해남도 재령군, 평안남도 숙천군은 '33년 3월 상순에 "
            "착공했다.\n")
    assert keys(run(extractor, text, "2034-03-10", "ko")) == {
        ("Jaeryong", "groundbreaking", "2033-03"),
        ("Sukchon", "groundbreaking", "2033-03"),
    }


def test_a_factbox_of_every_public_appearance_is_the_leaders_log(extractor: Extractor) -> None:
    text = ("Kim Jong Un at 20x10 sites: every public appearance, 2032-2033\n"
            "Korea Policy Brief, Issue 71, January 2, 2034 | Factbox\n\n"
            "Dates are written m/d/yy.\n\n"
            "6/2/33 — Kangdong-gun: hospital and leisure-complex construction sites.\n"
            "6/9/33 — Kusŏng-si, P'yŏngan-pukto: hospital construction site.\n"
            "11/19/33 — Kangdong-gun: hospital inauguration.\n")
    events = run(extractor, text, "2034-01-02", "en")
    assert keys(events) == {
        ("Kangdong", "leader_visit", "2033-06-02"),
        ("Kusong", "leader_visit", "2033-06-09"),
        ("Kangdong", "completion", "2033-11-19"),
    }
    assert all(e.leader_attended for e in events)


def test_a_thread_post_with_an_aside_about_a_namesake_that_opened_another_day(
    extractor: Extractor,
) -> None:
    text = ("Thread: 20x10 openings, week 3 round-up (1/6)\n@watcher | Sat 22 Jan 2033\n\n"
            "1/ Week 3 of the factory openings. Dates are Jan 2033.\n\n"
            "2/ Thu 20th: Onchon County (Nampho — NOT Unchon in S. Hwanghae, which opened "
            "Tue 11th). Speaker said factories rose within a year of the Songchon "
            "ground-breaking.\n\n"
            "3/ Mon 17th: Hamju County, S. Hamgyong. Soap on display.\n")
    assert keys(run(extractor, text, "2033-01-22", "en")) == {
        ("Onchon", "completion", "2033-01-20"),
        ("Unchon", "completion", "2033-01-11"),
        ("Hamju", "completion", "2033-01-17"),
    }


def test_a_podcast_whose_days_carry_over_lists_and_asides(extractor: Extractor) -> None:
    text = ("The Loop, episode 12: \"Year three breaks ground\" (transcript)\n"
            "The Loop (podcast) — recorded Monday, February 7, 2033\n\n"
            "JESS: Welcome back. The ground-breaking season is in full swing. "
            "Where do we start?\n\n"
            "SAM: With the boss. Kim Jong Un opened the season on Saturday the 29th — that's "
            "January — in Unryul County, South Hwanghae. Yonhap spells it \"Unnyul\". He dug "
            "the first spadeful for factories.\n\n"
            "JESS: Then Friday, the fourth.\n\n"
            "SAM: Four more: Musan County up in North Hamgyong. Then Songhwa County in South "
            "Hwanghae and Panmun District in Kaesong.\n")
    assert keys(run(extractor, text, "2033-02-07", "en")) == {
        ("Unryul", "groundbreaking", "2033-01-29"),
        ("Musan", "groundbreaking", "2033-02-04"),
        ("Songhwa", "groundbreaking", "2033-02-04"),
        ("Panmun", "groundbreaking", "2033-02-04"),
    }


def test_a_remarks_cell_does_not_tell_the_rows_event(extractor: Extractor) -> None:
    text = ("[표] 2033년 준공 현황\n입법조사처 현안자료 부록 — 2034. 1. 8.(일)\n"
            "※ 일자는 모두 2033년.\n\n"
            "| 일자(요일) | 지역 | 김정은 | 비고 |\n|---|---|---|---|\n"
            "| 12.19(월) | 함남 신포시 | ○ | 바다가두리양식사업소 시찰 |\n"
            "| 12.20(화) | 황북 곡산군 | × | 강원 고산군과 별개 |\n")
    assert keys(run(extractor, text, "2034-01-08", "ko")) == {
        ("Sinpho", "completion", "2033-12-19"),
        ("Koksan", "completion", "2033-12-20"),
    }


def test_a_visit_noted_with_its_own_date_beside_an_opening_in_a_table(
    extractor: Extractor,
) -> None:
    text = ("[표] 2033년 준공 현황\n입법조사처 현안자료 부록 — 2034. 1. 8.(일)\n"
            "※ 일자는 모두 2033년.\n\n"
            "| 일자(요일) | 지역 | 김정은 | 비고 |\n|---|---|---|---|\n"
            "| 12.15(목) | 평남 신양군 | × | 12.3 김정은 준공 전 현지 방문 |\n"
            "| 12.19(월) | 함남 신포시 | ○ | |\n")
    assert keys(run(extractor, text, "2034-01-08", "ko")) == {
        ("Sinyang", "leader_visit", "2033-12-03"),
        ("Sinyang", "completion", "2033-12-15"),
        ("Sinpho", "completion", "2033-12-19"),
    }


def test_a_radio_interview_whose_theme_is_in_the_first_answer(extractor: Extractor) -> None:
    text = ("Korea Now — transcript: \"The last of the first twenty\"\n"
            "Korea Now (radio), broadcast Thursday, February 10, 2033 — transcript\n"
            "HOST: North Korea says the first year is finished. So — it's done?\n\n"
            "CORRESPONDENT: On paper, yes. The last set of factories opened on Tuesday, the 8th, "
            "in Kim Hyong Jik County.\n\n"
            "HOST: And the others?\n\n"
            "CORRESPONDENT: Then Tongsin, in Jagang, on Wednesday the second. Not at Unsan, "
            "though. As we said in our satellite review last July, Ichon was not visible.\n")
    assert keys(run(extractor, text, "2033-02-10", "en")) == {
        ("Kim Hyong Jik", "completion", "2033-02-08"),
        ("Tongsin", "completion", "2033-02-02"),
    }


def test_a_weekday_said_in_apposition_after_its_day(extractor: Extractor) -> None:
    text = ("Briefing\nMinistry briefing | January 24, 2033\n\n"
            "A: Inauguration ceremonies were held on Saturday the 22nd in Usi County, Jagang "
            "Province, and on the 15th, that was a Saturday, in Hamju County, South Hamgyong "
            "Province.\n")
    assert keys(run(extractor, text, "2033-01-24", "en")) == {
        ("Usi", "completion", "2033-01-22"),
        ("Hamju", "completion", "2033-01-15"),
    }


def test_the_sites_listed_line_by_line_under_a_colon_two_sentences_on(
    extractor: Extractor,
) -> None:
    text = ("Twenty cities and counties, one goal\nPyongyang Times, March 16, Juche 122 (2033)\n\n"
            "It began on February 28 in Songchon County, where he broke the first ground.\n\n"
            "Between March 1 and 10 ground-breaking ceremonies followed in the other 19 cities and "
            "counties. Present were officials of the provinces. The sites are:\n\n"
            "South Phyongan Province: Sukchon County.\n"
            "North Phyongan Province: Kusong City, Kujang County and Unsan County.\n"
            "Jagang Province: Tongsin County and Usi County.\n"
            "Kaesong City: Jangphung County.\n")
    assert keys(run(extractor, text, "2033-03-16", "en")) == {
        ("Songchon", "groundbreaking", "2033-02-28"),
        ("Sukchon", "groundbreaking", "2033-03"),
        ("Kusong", "groundbreaking", "2033-03"),
        ("Kujang", "groundbreaking", "2033-03"),
        ("Unsan", "groundbreaking", "2033-03"),
        ("Tongsin", "groundbreaking", "2033-03"),
        ("Usi", "groundbreaking", "2033-03"),
        ("Jangphung", "groundbreaking", "2033-03"),
    }


def test_an_on_site_visit_noted_without_its_subject_in_a_table_about_the_leader(
    extractor: Extractor,
) -> None:
    text = ("[부록] 2033년도 대상지 착공·준공 일람\n정책자료 2034-01호 | 발행 2034.1.15.\n\n"
            "※ 일자는 모두 2033년(월.일)이다.\n※ 김정은 참석 여부: ○ 참석, × 불참.\n\n"
            "| 번호 | 지역 | 도 | 착공 | 김 | 준공 | 김 | 비고 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 1 | 철원군 | 강원 | 2.27 | × | 12.18 | – | |\n"
            "| 2 | 장강군 | 자강 | 2.27 | × | 12.18 | – | |\n"
            "| 3 | 길주군 | 함북 | 2.27 | × | 12.23 | × | 준공사 이일환 |\n"
            "| 4 | 장연군 | 황남 | 2.28 | × | 12.18 | ○ | 테이프 커팅 |\n"
            "| 5 | 부령군 | 함북 | 2.28 | × | 12.15 | × | 준공사 주창일 |\n"
            "| 6 | 구성시 | 평북 | 2.20 | – | 12.13 | ○ | 6.9 건설장 현지 방문(질책) |\n"
            "| 7 | 황주군 | 황북 | 2.26 | – | 12.16 | × | 준공사 이일환. 현지 방문 없음 |\n")
    assert {k for k in keys(run(extractor, text, "2034-01-15", "ko")) if k[0] in (
        "Kusong", "Hwangju")} == {
        ("Kusong", "groundbreaking", "2033-02-20"),
        ("Kusong", "leader_visit", "2033-06-09"),
        ("Kusong", "completion", "2033-12-13"),
        ("Hwangju", "groundbreaking", "2033-02-26"),
        ("Hwangju", "completion", "2033-12-16"),
    }


def test_what_to_watch_whether_a_county_opens_is_no_opening(extractor: Extractor) -> None:
    text = ("Three pilot hospitals: what imagery shows\n38 North | 1 October 2033\n\n"
            "Kim toured Kangdong on 2 June.\n\nWhat to watch:\n"
            "- whether Kangdong opens before the December plenum;\n"
            "- whether the Kusong hospital opens by year's end.\n")
    assert keys(run(extractor, text, "2033-10-01", "en")) == {
        ("Kangdong", "leader_visit", "2033-06-02"),
    }


def test_a_run_of_dated_entries_goes_on_past_a_note_about_a_namesake(
    extractor: Extractor,
) -> None:
    text = ("January openings\nIndustry Digest | 1 February 2033\n\n"
            "Five counties opened their regional industry factories in January. Dates are "
            "day.month, all in January 2033 unless marked otherwise.\n\n"
            "07.01 Chaeryŏng (S. Hwanghae). Kim Jong Un attended and cut the tape.\n"
            "08.01 Sukch'ŏn (S. P'yŏngan). The provincial party secretary spoke.\n"
            "14.01 Ŭnch'ŏn (S. Hwanghae). Speaker not named. Not to be confused with Onch'ŏn "
            "below.\n"
            "16.01 Yŏnt'an (N. Hwanghae). Speaker not named.\n"
            "20.01 Onch'ŏn (Namp'o). The city party secretary spoke.\n"
            "29.01 Kosan (Kangwŏn). The provincial party secretary spoke. Kosan, a fruit-growing "
            "county, is not Koksan in N. Hwanghae, which has been named for the second year.\n"
            "30.01 Kusŏng (N. P'yŏngan). Speaker not named.\n")
    assert keys(run(extractor, text, "2033-02-01", "en")) == {
        ("Jaeryong", "completion", "2033-01-07"),
        ("Sukchon", "completion", "2033-01-08"),
        ("Unchon", "completion", "2033-01-14"),
        ("Yonthan", "completion", "2033-01-16"),
        ("Onchon", "completion", "2033-01-20"),
        ("Kosan", "completion", "2033-01-29"),
        ("Kusong", "completion", "2033-01-30"),
    }


def test_a_list_of_places_still_to_come_has_had_no_ceremony(extractor: Extractor) -> None:
    text = ("January openings\nIndustry Digest | 1 February 2033\n\n"
            "Before January only Sŏngch'ŏn (S. P'yŏngan) had opened, on 20.12.2032.\n\n"
            "Still to come in February: Changp'ung, Kŭmya, Tongsin and Ich'ŏn.\n")
    assert keys(run(extractor, text, "2033-02-01", "en")) == {
        ("Songchon", "completion", "2032-12-20"),
    }


def test_a_list_of_each_public_appearance_kim_made_is_his_log(extractor: Extractor) -> None:
    text = ("Where Kim went: the leader's 20x10 appearances in 2033\n"
            "Korea Notebook (newsletter) | 3 January 2034\n\n"
            "Every year-end we list each public appearance Kim Jong Un made at a site of the "
            "policy. All are 2033.\n\n"
            "- Jun. 9 - Kusong City (North P'yongan): inspects the city hospital site.\n"
            "- Sep. 12 - Ryonggang County (Namp'o): inspects the hospital site.\n")
    assert keys(run(extractor, text, "2034-01-03", "en")) == {
        ("Kusong", "leader_visit", "2033-06-09"),
        ("Ryonggang", "leader_visit", "2033-09-12"),
    }


def test_a_dated_label_that_says_six_more_came_lists_the_same_ceremonies(
    extractor: Extractor,
) -> None:
    text = ("Year two begins\nKorea Regional Monitor — posted 3 March 2033\n\n"
            "North Korea opened the second year of its Regional Development 20×10 programme "
            "with ceremonies in February. On 26 February KCNA reported ground-breakings for "
            "factories in Koksan-gun (Hwanghae-pukto). (Koksan is not Kosan-gun in Kangwŏn-do, "
            "a 2032 site.)\n"
            "On 27 February came six more: P'ukch'ang-gun (P'yŏngan-namdo), Yŏmju-gun "
            "(P'yŏngan-pukto) and Kilchu-gun (Hamgyŏng-pukto), each addressed by a commander of "
            "the army's 124th regiments.\n")
    assert keys(run(extractor, text, "2033-03-03", "en")) == {
        ("Koksan", "groundbreaking", "2033-02-26"),
        ("Pukchang", "groundbreaking", "2033-02-27"),
        ("Yomju", "groundbreaking", "2033-02-27"),
        ("Kilju", "groundbreaking", "2033-02-27"),
    }


def test_the_counties_of_a_list_said_to_follow_are_the_sites_of_the_ceremonies_before(
    extractor: Extractor,
) -> None:
    text = ("지방발전 20×10정책 첫해, 20개 시, 군에서 공장건설 일제히 착공\n"
            "조선신보 주체122(2033)년 3월 12일\n"
            "【평양발 조선신보】지방발전 20×10정책에 따라 20개 시, 군에서 착공식이 "
            "모두 진행되였다.\n"
            "로동신문 7일부에 6개 시, 군의 착공소식이 실린데 이어 11일부에는 나머지 13개 군의 "
            "착공식소식이 전해졌다. 착공식들은 이달 상순에 진행되였다.\n"
            "11일에 보도된 군들은 다음과 같다. 황해북도 은파군, 연탄군, 평안북도 구장군, "
            "개성시 장풍군.\n"
            "착공식들에는 해당 도당위원회 책임일군들과 근로자들이 참가하였다.\n")
    assert keys(run(extractor, text, "2033-03-12", "ko")) == {
        ("Unpha", "groundbreaking", "2033-03"),
        ("Yonthan", "groundbreaking", "2033-03"),
        ("Kujang", "groundbreaking", "2033-03"),
        ("Jangphung", "groundbreaking", "2033-03"),
    }


def test_rows_marked_with_an_emoji_bullet_under_a_theme(extractor: Extractor) -> None:
    text = ("📌 12월 북한 '준공 시즌' 한눈에 정리 (지방발전 20×10)\n"
            "텔레그램 채널 '북쪽 공장 일지' | 2033.12.30 09:41\n\n"
            "노동신문·조선중앙통신 보도 기준으로 이번 달 준공식 싹 모아봤습니다 🧾\n"
            "✅ = 김정은 참석 / ❌ = 불참\n날짜는 전부 2033년, 월/일(요일)\n\n"
            "▪️ 12/13(화) 평북 구성시 병원 ✅\n"
            "▪️ 12/20(화) 황북 곡산군 공장 ❌ (최룡해)\n")
    assert keys(run(extractor, text, "2033-12-30", "ko")) == {
        ("Kusong", "completion", "2033-12-13"),
        ("Koksan", "completion", "2033-12-20"),
    }


def test_openings_whose_reports_the_writer_could_not_find_are_not_told(
    extractor: Extractor,
) -> None:
    text = ("📌 12월 준공 시즌 정리 (지방발전 20×10)\n"
            "텔레그램 채널 '북쪽 공장 일지' | 2033.12.30\n\n"
            "• 강동군 병원은 11/19에 준공.\n"
            "• 김정숙군·염주군·배천군·정평군은 준공 보도를 아직 못 찾음 🤔 찾으신 분 제보 부탁\n")
    assert keys(run(extractor, text, "2033-12-30", "ko")) == {
        ("Kangdong", "completion", "2033-11-19"),
    }


def test_a_line_set_in_under_a_row_on_the_same_day_is_a_row_of_its_own(
    extractor: Extractor,
) -> None:
    text = ("📌 12월 준공 시즌 정리 (지방발전 20×10)\n"
            "텔레그램 채널 '북쪽 공장 일지' | 2033.12.30\n\n"
            "이번 달 준공식 싹 모아봤습니다. 날짜는 전부 2033년, 월/일(요일)\n\n"
            "▪️ 12/15(목) 평양 강동군 공장·종합봉사소 ✅\n"
            "　　같은 날 평남 신양군 공장 ❌ / 자강 낭림군 공장 ❌(박정천)\n"
            "▪️ 12/16(금) 황북 황주군 공장·양곡관리소 ❌\n")
    assert keys(run(extractor, text, "2033-12-30", "ko")) == {
        ("Kangdong", "completion", "2033-12-15"),
        ("Sinyang", "completion", "2033-12-15"),
        ("Rangnim", "completion", "2033-12-15"),
        ("Hwangju", "completion", "2033-12-16"),
    }


def test_a_chronology_told_in_the_present_tense(extractor: Extractor) -> None:
    text = ("2032 in review\nKorea Policy Weekly | Monday, December 30, 2032 | Chronology "
            "(dates m/d, all 2032 unless noted)\n"
            "Our year-end chronology of the Regional Development 20x10 Policy.\n"
            "• 12/20 — Songchon's food, daily-necessities and garment factories open, Kim "
            "attending.\n"
            "• 12/28 — A model offshore aquaculture base is completed in Sinpho City "
            "(S. Hamgyong).\n")
    assert keys(run(extractor, text, "2032-12-30", "en")) == {
        ("Songchon", "completion", "2032-12-20"),
        ("Sinpho", "completion", "2032-12-28"),
    }


def test_a_sentence_without_a_verb_after_openings_told_without_places_is_of_them(
    extractor: Extractor,
) -> None:
    text = ("Twenty openings in fifty-four days\nKorea Regional Studies Brief · 3 March 2033\n"
            "Construction had begun at Sŏngch'ŏn-gun (P'yŏngan-namdo) on 28 February 2032, "
            "where Kim broke the first ground.\n"
            "The inaugurations stretched over fifty-four days. Kim attended only two of them: "
            "Sŏngch'ŏn-gun on 20 December 2032 and Chaeryŏng-gun (Hwanghae-namdo) on 7 January "
            "2033. The factory openings, in order:\n"
            "- 8 January: Sukch'ŏn-gun (P'yŏngan-namdo)\n"
            "- 10 January: Ŭnp'a-gun (Hwanghae-pukto)\n")
    assert keys(run(extractor, text, "2033-03-03", "en")) == {
        ("Songchon", "groundbreaking", "2032-02-28"),
        ("Songchon", "completion", "2032-12-20"),
        ("Jaeryong", "completion", "2033-01-07"),
        ("Sukchon", "completion", "2033-01-08"),
        ("Unpha", "completion", "2033-01-10"),
    }


def test_a_table_header_in_words_of_its_own_names_its_columns_event(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker: where the 2033 sites stand\nDevelopment Monitor | 31 December 2033\n\n"
            "Dates are in 2033 unless marked.\n\n"
            "| Site | Province | Ground was broken | Inaugurated |\n|---|---|---|---|\n"
            "| Puryŏng County | N. Hamgyŏng | 28 Feb | 15 Dec |\n"
            "| Hwangju County | N. Hwanghae | 26 Feb | 16 Dec |\n")
    assert keys(run(extractor, text, "2033-12-31", "en")) == {
        ("Puryong", "groundbreaking", "2033-02-28"),
        ("Puryong", "completion", "2033-12-15"),
        ("Hwangju", "groundbreaking", "2033-02-26"),
        ("Hwangju", "completion", "2033-12-16"),
    }


def test_a_list_that_records_the_leaders_personal_involvement_is_his_log(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un and the 20x10 sites: a running list\n"
            "Regional Policy Notes | 1 October 2033\n\n"
            "This list records Kim Jong Un's personal involvement in the Regional Development "
            "20x10 Policy. Dates are written day.month.year.\n\n"
            "09.06.2033 — Inspects the Kusong City Hospital site (North Phyongan).\n\n"
            "12.09.2033 — Inspects the Ryonggang County Hospital site (Nampho).\n")
    assert keys(run(extractor, text, "2033-10-01", "en")) == {
        ("Kusong", "leader_visit", "2033-06-09"),
        ("Ryonggang", "leader_visit", "2033-09-12"),
    }


def test_a_namesake_told_apart_in_a_remarks_cell_leaves_the_rows_own_place(
    extractor: Extractor,
) -> None:
    text = ("[부록] 1년차 추진 현황\n연구소 리포트 2033-3호(2033.9.10.) 부록\n\n"
            "| 연번 | 도 | 시·군 | 착공 | 준공 | 비고 |\n|---|---|---|---|---|---|\n"
            "| 9 | 평북 | 운산군 | '32.3. | '33.2.7. | 평남 은산군(도 제지공장)과 별개 |\n"
            "| 15 | 강원 | 고산군 | '32.3. | '33.1.29. | 황북 곡산군(2년차)과 혼동 주의 |\n")
    assert keys(run(extractor, text, "2033-09-10", "ko")) == {
        ("Unsan", "groundbreaking", "2032-03"),
        ("Unsan", "completion", "2033-02-07"),
        ("Kosan", "groundbreaking", "2032-03"),
        ("Kosan", "completion", "2033-01-29"),
    }


def test_both_sites_past_a_sentence_that_names_only_one_of_them(extractor: Extractor) -> None:
    text = ("N. Korea opens factories in Kujang, Usi without Kim\n"
            "Korea JoongAng Daily | Monday, January 27, 2033\n"
            "North Korea opened new regional industry factories in Kujang County, North "
            "Pyongan, on Friday and in Usi County, Jagang, on Saturday, according to state "
            "media.\n\nSoldier-builders attended the ceremony in Kujang. Both sites broke ground "
            "in March last year as part of the first 20 counties.\n")
    assert keys(run(extractor, text, "2033-01-27", "en")) == {
        ("Kujang", "completion", "2033-01-21"),
        ("Usi", "completion", "2033-01-22"),
        ("Kujang", "groundbreaking", "2032-03"),
        ("Usi", "groundbreaking", "2032-03"),
    }


def test_lists_under_year_and_month_headings_take_the_lead_above_them(
    extractor: Extractor,
) -> None:
    text = ("[그래픽] 1년차 공장 준공 일지\n(서울=뉴스1) 2033년 2월 12일 -- 북한이 지난해 선정한 "
            "지방공업공장이 모두 준공됐다. 북한 매체 보도를 바탕으로 준공 날짜를 정리했다.\n\n"
            "2032년\n- 12/20(화) 평안남도 성천군 ●\n\n"
            "2033년 1월\n- 1/7(금) 황해남도 재령군 ●\n- 1/8(토) 평안남도 숙천군\n\n"
            "2033년 2월\n- 2/1(화) 개성시 장풍군\n- 2/3(목) 함경남도 금야군\n")
    assert keys(run(extractor, text, "2033-02-12", "ko")) == {
        ("Songchon", "completion", "2032-12-20"),
        ("Jaeryong", "completion", "2033-01-07"),
        ("Sukchon", "completion", "2033-01-08"),
        ("Jangphung", "completion", "2033-02-01"),
        ("Kumya", "completion", "2033-02-03"),
    }


def test_counties_that_followed_go_on_with_the_ceremony_told_nearest_their_day(
    extractor: Extractor,
) -> None:
    text = ("Reading the February ground-breakings\nNorth Watch Analysis · 5 March 2033\n\n"
            "On 26 February Hwangju-gun (Hwanghae-pukto) broke ground for factories. Koksan "
            "should not be confused with Kosan-gun in Kangwŏn-do, a 2032 county whose factories "
            "opened on 29 January.\n\n"
            "On 27 February six counties followed: P'ukch'ang-gun (P'yŏngan-namdo) and "
            "Kilchu-gun (Hamgyŏng-pukto).\n")
    assert keys(run(extractor, text, "2033-03-05", "en")) == {
        ("Hwangju", "groundbreaking", "2033-02-26"),
        ("Kosan", "completion", "2033-01-29"),
        ("Pukchang", "groundbreaking", "2033-02-27"),
        ("Kilju", "groundbreaking", "2033-02-27"),
    }


def test_rows_under_a_days_heading_take_its_day_not_the_leads_week(
    extractor: Extractor,
) -> None:
    text = ("📌 20×10 착공 정리 (2월 첫째 주)\n"
            "텔레그램 채널 '평양 밖 소식' | 2034.02.07 (화) 09:12\n"
            "이번 주 착공 몰아서 정리함. 출처는 전부 조선중앙통신 👇\n\n"
            "🔨 어제(6일) 2곳\n• 함북 무산군 — 당 비서 참석\n• 황남 송화군 — 참석자 안 나옴\n")
    assert keys(run(extractor, text, "2034-02-07", "ko")) == {
        ("Musan", "groundbreaking", "2034-02-06"),
        ("Songhwa", "groundbreaking", "2034-02-06"),
    }


def test_korean_places_of_a_clause_this_year_after_one_told_with_its_day(
    extractor: Extractor,
) -> None:
    text = ("장풍군에 현대적인 지방공업공장들 일떠서\n"
            "【평양 2월 2일발 조선중앙통신】개성시 장풍군에 "
            "현대적인 지방공업공장들이 일떠서 1일 준공식이 진행되였다.\n\n"
            "지난해 12월 20일 경애하는 김정은동지께서 참석하신 가운데 평안남도 성천군에서 첫 "
            "지방공업공장준공식이 진행된 이후 올해에 들어와 재령군, 숙천군, 은파군에서 "
            "지방공업공장들이 련이어 준공되였다.\n")
    assert keys(run(extractor, text, "2033-02-02", "ko")) == {
        ("Jangphung", "completion", "2033-02-01"),
        ("Songchon", "completion", "2032-12-20"),
    }


def test_days_korean_news_was_carried_and_a_day_ceremonies_were_held_by(
    extractor: Extractor,
) -> None:
    text = ("지방발전 20×10정책 첫해, 20개 시, 군에서 일제히 착공\n"
            "조선신보 주체122(2033)년 3월 12일\n\n"
            "이어 나머지 시, 군들에서도 3월 10일까지 착공식이 모두 진행되였다. 조선중앙통신은 "
            "7일 평안북도 구성시, 평안남도 숙천군에서 진행된 착공식소식을 전한데 이어 11일에는 "
            "황해북도 은파군과 연탄군의 착공소식을 보도하였다.\n")
    assert keys(run(extractor, text, "2033-03-12", "ko")) == {
        ("Kusong", "groundbreaking", "2033-03"),
        ("Sukchon", "groundbreaking", "2033-03"),
        ("Unpha", "groundbreaking", "2033-03"),
        ("Yonthan", "groundbreaking", "2033-03"),
    }


def test_rows_marked_with_a_pin_emoji_in_a_blog_about_openings(extractor: Extractor) -> None:
    text = ("[북한 지방공장 일지] 이번 주 준공 소식 정리\n네이버 블로그 | 2031. 1. 19. 21:40\n\n"
            "매주 일요일 밤 올리는 북한 지방공장 준공 정리입니다 😊\n\n"
            "📍 지난 목요일(16일)엔 황해북도 연탄군. 참석자 언급은 없고요.\n\n"
            "📍 지난 일요일(12일) 함경북도 경성군 — 도당 책임비서가 준공사.\n")
    assert keys(run(extractor, text, "2031-01-19", "ko")) == {
        ("Yonthan", "completion", "2031-01-16"),
        ("Kyongsong", "completion", "2031-01-12"),
    }


def test_korean_dated_places_that_the_opening_follows_are_openings_too(
    extractor: Extractor,
) -> None:
    text = ("바다를 낀 금야군에 펼쳐진 행복의 새 터전\n조선의 오늘 주체122(2033)년 2월 4일\n\n"
            "함경남도 금야군에서 3일 지방공업공장준공식이 진행되였다.\n\n"
            "이로써 지난 1월 29일 강원도 고산군, 30일 평안북도 구성시에 이어 또 하나의 군에 "
            "현대적인 지방공업공장들이 솟아올랐다.\n")
    assert keys(run(extractor, text, "2033-02-04", "ko")) == {
        ("Kumya", "completion", "2033-02-03"),
        ("Kosan", "completion", "2033-01-29"),
        ("Kusong", "completion", "2033-01-30"),
    }


def test_a_header_cell_that_joins_speaker_and_remarks_is_a_remarks_column(
    extractor: Extractor,
) -> None:
    text = ("[부록] 2033년 '준공 시즌' 일지 (11~12월)\n"
            "북한경제리뷰 브리프 | 2034년 1월 6일 발행\n\n"
            "※ 날짜는 행사일이며 모두 2033년.\n\n"
            "| 날짜(요일) | 지역 | 시설 | 김정은 | 준공사·비고 |\n|---|---|---|---|---|\n"
            "| 12.19(월) | 함남 신포시 | 지방공업공장 | ○ | 바다가두리양식사업소 함께 시찰 |\n"
            "| 12.20(화) | 황북 곡산군 | 지방공업공장 | × | 최룡해 상임위원장 |\n")
    assert keys(run(extractor, text, "2034-01-06", "ko")) == {
        ("Sinpho", "completion", "2033-12-19"),
        ("Koksan", "completion", "2033-12-20"),
    }


def test_lines_labelled_by_a_month_day_and_weekday_are_rows(extractor: Extractor) -> None:
    text = ("[그래픽] 1년차 20개 군 공장 준공 일지\n(서울=뉴스1) 2033년 2월 12일 --\n"
            "북한 매체 보도를 토대로 준공 날짜를 정리했다.\n"
            "※ 날짜는 준공식 날짜(월.일, 요일). 모두 2033년\n"
            "1.8(토) 평안남도 숙천군 ×\n1.10(월) 황해북도 은파군 ×\n1.12(수) 함경북도 경성군 ×\n")
    assert keys(run(extractor, text, "2033-02-12", "ko")) == {
        ("Sukchon", "completion", "2033-01-08"),
        ("Unpha", "completion", "2033-01-10"),
        ("Kyongsong", "completion", "2033-01-12"),
    }


def test_a_sentence_that_only_says_a_day_dates_the_event_told_next(
    extractor: Extractor,
) -> None:
    text = ("Korea Beat — \"Inauguration season\": transcript\n"
            "Korea Beat weekly radio programme | broadcast Monday, 22 December 2031\n"
            "HOST: Where do we start?\n"
            "ANALYST: A week ago today. Monday the fifteenth. Kim Jong Un opened the regional "
            "industry factories in Kangdong County. The hospital in Kangdong had already opened "
            "in November.\n")
    assert keys(run(extractor, text, "2031-12-22", "en")) == {
        ("Kangdong", "completion", "2031-12-15"),
        ("Kangdong", "completion", "2031-11"),
    }


def test_ground_broken_at_all_four_just_named(extractor: Extractor) -> None:
    text = ("Four year-one factory sites from above\nOrbit Notes, posted 15 April 2033\n\n"
            "The dates, for reference. State media reported the openings at Unch'on on Jan. 14, "
            "at Tongsin on Feb. 5, at Ich'on on Feb. 9 and at Kimhyongjik on Feb. 11. Ground "
            "was broken at all four in the first ten days of March 2032.\n")
    assert keys(run(extractor, text, "2033-04-15", "en")) == {
        ("Unchon", "completion", "2033-01-14"),
        ("Tongsin", "completion", "2033-02-05"),
        ("Ichon", "completion", "2033-02-09"),
        ("Kim Hyong Jik", "completion", "2033-02-11"),
        ("Unchon", "groundbreaking", "2032-03"),
        ("Tongsin", "groundbreaking", "2032-03"),
        ("Ichon", "groundbreaking", "2032-03"),
        ("Kim Hyong Jik", "groundbreaking", "2032-03"),
    }


def test_a_table_line_whose_place_is_not_read_does_not_end_the_table(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker, year two\nPeninsula Development Monitor | Monday, 5 January 2032\n\n"
            "The table lists every opening ceremony. Dates are DD/MM and all fall in 2031.\n\n"
            "| Date | Place | Province | Facilities opened | Kim |\n|---|---|---|---|---|\n"
            "| 18/12 | Bukchang County | Pyeongannam-do | regional industry factories | N |\n"
            "| 18/12 | Cheorwon County | Gangwon-do | regional industry factories | N |\n"
            "| 18/12 | Janggang County | Jagang-do | regional industry factories | N |\n"
            "| 20/12 | Goksan County | Hwanghaebuk-do | regional industry factories | N |\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert {
        ("Pukchang", "completion", "2031-12-18"),
        ("Janggang", "completion", "2031-12-18"),
        ("Koksan", "completion", "2031-12-20"),
    } <= found


def test_a_lead_ending_with_a_colon_over_lines_of_provinces_and_counties(
    extractor: Extractor,
) -> None:
    text = ("Chronology: the first year\nNaenara, January 6, Juche 122 (2033)\n\n"
            "The following are the main events of the year.\n\n"
            "Early March — Ground-breaking ceremonies take place in the other 19 cities and "
            "counties, all of them by March 10:\n"
            "South Phyongan Province: Sukchon County\n"
            "North Phyongan Province: Kusong City, Kujang County, Unsan County\n"
            "Kangwon Province: Kosan County, Ichon County\n\n"
            "June 17 — The frames of the factory buildings are completed in the main.\n")
    assert keys(run(extractor, text, "2033-01-06", "en")) >= {
        ("Sukchon", "groundbreaking", "2032-03"),
        ("Kusong", "groundbreaking", "2032-03"),
        ("Unsan", "groundbreaking", "2032-03"),
        ("Ichon", "groundbreaking", "2032-03"),
    }


def test_the_other_nineteen_followed_with_their_days_after_a_colon(
    extractor: Extractor,
) -> None:
    text = ("Year one: twenty openings\nRegional Economy Notes | 20 February 2033\n\n"
            "Sŏngch'ŏn-gun (P'yŏngan-namdo) opened first, on 20 December 2032, with Kim "
            "present.\n\nThe other nineteen followed in a run of less than six weeks: "
            "Chaeryŏng-gun (Hwanghae-namdo) on 7 January 2033; Sukch'ŏn-gun (P'yŏngan-namdo) on "
            "8 January; Ŭnp'a-gun (Hwanghae-bukto) on 10 January.\n")
    assert keys(run(extractor, text, "2033-02-20", "en")) == {
        ("Songchon", "completion", "2032-12-20"),
        ("Jaeryong", "completion", "2033-01-07"),
        ("Sukchon", "completion", "2033-01-08"),
        ("Unpha", "completion", "2033-01-10"),
    }


def test_factories_also_inaugurated_take_the_day_of_the_ceremonies_just_told(
    extractor: Extractor,
) -> None:
    text = ("Factories Inaugurated in Kangdong County\nPyongyang, December 16 (KCNA) -- The "
            "inauguration ceremony of the regional-industry factories in Kangdong County took "
            "place on Monday.\n\nOn the same day, regional-industry factories were inaugurated "
            "in several other counties.\n\nIn Rangnim County of Jagang Province, a secretary made "
            "an inauguration speech. Its foodstuff factory makes soy sauce and bean paste.\n\n"
            "In Puryong County of North Hamgyong Province, a director spoke. The people of "
            "the county were delighted.\n\nFactories were also inaugurated in Sinyang County of "
            "South Phyongan Province and in Taegwan County of North Phyongan Province.\n")
    found = keys(run(extractor, text, "2031-12-16", "en"))
    assert ("Sinyang", "completion", "2031-12-15") in found
    assert ("Taegwan", "completion", "2031-12-15") in found


def test_a_korean_subject_over_a_long_list_of_places_joined_by_particles(
    extractor: Extractor,
) -> None:
    text = ("지방공업공장건설 착공식들이 각지에서 진행되였다\n"
            "조선중앙텔레비죤 주체122(2033)년 3월 11일 보도\n\n"
            "13개 시, 군에서 지방공업공장건설착공식들이 이달 상순에 진행되였다.\n\n"
            "착공식들은 황해북도 은파군과 연탄군, 평안북도 구장군과 운산군, 황해남도 은천군, "
            "자강도 동신군과 우시군, 강원도 고산군과 이천군, 함경남도 함주군과 금야군에서 "
            "진행되였다.\n")
    found = keys(run(extractor, text, "2033-03-11", "ko"))
    assert ("Kosan", "groundbreaking", "2033-03") in found
    assert ("Kumya", "groundbreaking", "2033-03") in found
    assert len(found) == 11


def test_more_ground_breakings_state_media_are_expected_to_report(
    extractor: Extractor,
) -> None:
    text = ("Ullyul kicks off year three\nHinterland Korea (newsletter) · posted Feb 2, 2036\n\n"
            "On Thursday Kim Jong Un drove the first spade at Ullyul-gun in South Hwanghae "
            "Province for three regional industry factories.\n\n"
            "State media are expected to report more ground-breakings next week, reportedly "
            "including Musan and Songhwa. Kim is expected to attend more inauguration ceremonies "
            "before the year-end, including those for hospitals in Ryonggang County.\n")
    assert keys(run(extractor, text, "2036-02-02", "en")) == {
        ("Unryul", "groundbreaking", "2036-01-31"),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The leader's announcement, the count of hospitals left out or told in other words.
        (YONHAP_HEAD + "On Feb. 6, Kim broke ground for a hospital in Hamju County. In his "
         "speech he said that modern hospitals will be built this year on a trial basis in "
         "three counties.", "en", "2031-02-06"),
        (YONHAP_HEAD + "On Feb. 6 Kim broke ground for a hospital in Hamju County and "
         "announced plans to build three pilot hospitals this year.", "en", "2031-02-06"),
        (YONHAP_HEAD + "On Feb. 6 Kim broke ground in Hamju County and said there would be "
         "three pilot hospitals this year.", "en", "2031-02-06"),
        (YONHAP_HEAD + "On Feb. 6 Kim broke ground in Hamju County and announced three pilot "
         "regional hospitals for this year.", "en", "2031-02-06"),
        # The plenary turning the widened scope into a task, adding it, resolving it.
        (YONHAP_HEAD + "The party plenary meeting of late December 2030 turned this into a "
         "task for 2031.", "en", "2030-12"),
        (YONHAP_HEAD + "A party plenary meeting in late December formally added health "
         "facilities to the tasks for this year.", "en", "2030-12"),
        (YONHAP_HEAD + "The premier cited the decision of the 11th Plenary Meeting of the "
         "Central Committee held late in December last year to build modern hospitals in the "
         "regions.", "en", "2030-12"),
        (YONHAP_HEAD + "The decision to add public health facilities to the programme was "
         "taken at the enlarged plenary meeting in late December 2030.", "en", "2030-12"),
        # Korean: what the leader declares will be built; a decision named by what it decides.
        ("(서울=연합뉴스) 2031년 3월 12일 -- 김 위원장은 지난달 6일 함주군 병원 착공식에서 "
         "해마다 20개 시·군에 병원을 건설하겠다는 구상을 밝힌 바 있다.", "ko", "2031-02-06"),
        ("(서울=연합뉴스) 2031년 3월 12일 -- 2.6 김정은, 함주군 병원 착공식 참석, 시범 "
         "병원 3곳 건설 구상 발표.", "ko", "2031-02-06"),
        ("조선신보 2031년 3월 12일\n원수님께서는 2월 6일 연설에서 해마다 20개 시, 군에 병원을 "
         "건설할데 대하여 밝히시였다.", "ko", "2031-02-06"),
        ("조선신보 2031년 3월 12일\n지난해 12월 하순 당중앙위원회 전원회의에서 병원을 "
         "건설할데 대한 결정이 채택되였다.", "ko", "2030-12"),
    ],
)
def test_hospitals_announced_and_plenary_decisions_in_other_words(
    extractor: Extractor, text: str, language: str, expected: str
) -> None:
    assert (None, "policy_announcement", expected) in keys(
        run(extractor, text, "2031-03-12", language)
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A decision cited without its date takes none from the ceremony it is cited at.
        ("SEOUL, Feb. 10 (Yonhap) -- On Feb. 9 ground was broken for a hospital in Hamju "
         "County. The premier said at the ceremony that the decision of the recent plenary "
         "meeting to expand the policy to public health was historic.", "en"),
        # ("구상을 밝힌 '시범 병원'": a look back at the plan, not its announcement.)
        ("(서울=연합뉴스) 2031년 2월 10일 -- 북한이 9일 함주군에서 병원 공사를 시작했다. "
         "김정은 위원장이 직접 구상을 밝힌 '시범 병원' 세 곳 가운데 하나다.", "ko"),
    ],
)
def test_a_decision_or_plan_looked_back_at_is_no_announcement_on_the_day(
    extractor: Extractor, text: str, language: str
) -> None:
    found = keys(run(extractor, text, "2031-02-10", language))
    assert not [k for k in found if k[1] == "policy_announcement"]
    assert ("Hamju", "groundbreaking", "2031-02-09") in found


def test_chronology_lines_with_spaced_dates_are_sentences_of_their_own(
    extractor: Extractor,
) -> None:
    text = ("지방발전 정책 일지\n정책연구소 2032.1.10\n\n"
            "2031. 2. 6.  함주군 병원·종합봉사소 착공(김정은 참석), 시범 병원 3곳 건설 및 "
            "매년 20개 병원 건설 구상 발표\n"
            "2031. 2. 9.  남포 룡강군 공장·병원 착공(총리 연설)\n")
    found = keys(run(extractor, text, "2032-01-10", "ko"))
    assert (None, "policy_announcement", "2031-02-06") in found
    assert (None, "policy_announcement", "2031-02-09") not in found
    assert ("Ryonggang", "groundbreaking", "2031-02-09") in found


def test_an_undated_decision_takes_the_day_of_the_meeting_the_lead_reports(
    extractor: Extractor,
) -> None:
    text = ("Consultative Meeting on Regional Development Held\nPyongyang, September 1 (KCNA) "
            "-- A consultative meeting on regional development was held on August 31.\n\n"
            "The respected Comrade Kim Jong Un made a speech at the meeting.\n\n"
            "He recalled that he had broken the first ground for the factories in Hamju County "
            "on February 28.\n\n"
            "He set the task of building hospitals and modern grain management facilities in "
            "the cities and counties along with the regional industry factories.\n")
    found = keys(run(extractor, text, "2031-09-01", "en"))
    assert (None, "policy_announcement", "2031-08-31") in found
    assert (None, "policy_announcement", "2031-02-28") not in found
    # (a Korean lead that tells the meeting's days: the closing day)
    text = ("전원회의 폐막\n2031년 12월 12일\n북한 노동당 중앙위원회 전원회의가 9일부터 사흘간 "
            "열려 11일 폐막했습니다. 회의는 내년부터 20개 시·군에 병원을 동시에 건설하기로 "
            "결정했다고 조선중앙통신이 전했습니다.\n")
    assert keys(run(extractor, text, "2031-12-12", "ko")) == {
        (None, "policy_announcement", "2031-12-11"),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (YONHAP_HEAD + "The move follows a decision taken at a party plenary meeting in late "
         "December to add health facilities to the policy.", "en", "2030-12"),
        (YONHAP_HEAD + "Hamju's hospital is one of three pilot hospitals Kim announced in "
         "February.", "en", "2031-02"),
        (YONHAP_HEAD + "The enlarged plenum of the Central Committee in late December 2030 had "
         "already written public health facilities into the policy.", "en", "2030-12"),
        (YONHAP_HEAD + "That is the health add-on the party plenary decided on in late "
         "December.", "en", "2030-12"),
        ("(서울=연합뉴스) 2031년 3월 12일 -- 북한은 지난해 12월 하순 열린 전원회의 확대회의에서 "
         "지방발전 정책에 보건시설 건설을 포함시키기로 결정한 바 있다.", "ko", "2030-12"),
        ("정책 동향\n2031.3.12\n○ 지난해 12월 9~11일 당 중앙위원회 전원회의에서 "
         "'20개 시·군에 병원을 동시에 건설'하기로 결정함에 따라 병원이 기본 구성 요소가 됨.",
         "ko", "2030-12-11"),
        ("정책 일지\n2031.3.12\n▲12월 하순 당 중앙위원회 전원회의 확대회의에서 병원 등 보건시설 "
         "건설을 2031년 과업에 추가.", "ko", "2030-12"),
        ("(서울=연합뉴스) 2031년 3월 12일 -- 북한은 김 위원장이 지난해 1월 제시한 "
         "'지방발전 20×10 정책'에 따라 매년 20개 시·군에 지방공장을 짓고 있다.", "ko", "2030-01"),
    ],
)
def test_more_plenary_and_announcement_phrasings(
    extractor: Extractor, text: str, language: str, expected: str
) -> None:
    assert (None, "policy_announcement", expected) in keys(
        run(extractor, text, "2031-03-12", language)
    )


def test_a_meeting_held_on_the_last_day_of_a_month(extractor: Extractor) -> None:
    text = ("Consultative Meeting Held\nPyongyang, September 7 (KCNA) -- A consultative meeting "
            "on regional development was held on the last day of August under the guidance of "
            "the respected Comrade Kim Jong Un.\n\nHe set forth the task of building public "
            "health facilities in the cities and counties.\n")
    found = keys(run(extractor, text, "2031-09-07", "en"))
    assert (None, "policy_announcement", "2031-08-31") in found
    assert (None, "policy_announcement", "2031-08") not in found


@pytest.mark.parametrize(
    "text",
    [
        # A year next to the verb, or a vague time: no day of another sentence is the policy's.
        "SEOUL, Dec. 19 (Yonhap) -- Factories opened in Hamju County on Monday, with officials "
        "speaking in Kim's absence. Under the policy unveiled in 2030, the North builds "
        "factories in 20 counties a year.",
        "Pyongyang, December 19 (KCNA) -- The Hamju County Hospital was inaugurated on Monday. "
        "Kim Jong Un made a speech at the ceremony. He said the plenary meeting held a few "
        "days ago decided to build hospitals in 20 cities and counties.",
        "SEOUL, Dec. 19 (Yonhap) -- Kim Jong Un inspected the hospital in Hamju County on "
        "Monday, one of three pilot hospitals Kim announced earlier this year.",
    ],
)
def test_a_policy_told_by_its_year_or_vaguely_takes_no_other_day(
    extractor: Extractor, text: str
) -> None:
    found = keys(run(extractor, "Head\n" + text, "2031-12-19", "en"))
    assert not [k for k in found if k[1] == "policy_announcement"]
    assert any(k[0] == "Hamju" for k in found)


def test_a_facility_which_was_built_in_a_month_of_a_juche_year(extractor: Extractor) -> None:
    text = ("Kim visits Hamju\nPyongyang, December 20 (KCNA) -- Yesterday Kim Jong Un attended "
            "the inauguration of the factories in Hamju County.\nOn the same day he visited the "
            "county's aquaculture base, which was built in December Juche 119 (2030).\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Hamju", "completion", "2030-12") in found
    assert ("Hamju", "leader_visit", "2030-12") not in found


def test_on_a_day_came_the_factories_of_places_after_a_ceremony(extractor: Extractor) -> None:
    text = ("Year two\n38 North | 15 March 2031\n\nOn 27 February six counties broke ground for "
            "their factories: Pukch'ang-gun and Yŏmju-gun. On 28 February came the factories "
            "of Hamju-gun itself, together with those of Changyŏn-gun (Hwanghae-namdo), and a "
            "provincial paper mill in Ŭnsan-gun, P'yŏngan-namdo—not to be confused with "
            "Unsan-gun in P'yŏngan-pukto.\n")
    found = keys(run(extractor, text, "2031-03-15", "en"))
    assert ("Hamju", "groundbreaking", "2031-02-28") in found
    assert ("Jangyon", "groundbreaking", "2031-02-28") in found
    assert ("Unsan", "groundbreaking", "2031-02-28") in found
    units = {e.province for e in run(extractor, text, "2031-03-15", "en") if e.county == "Unsan"}
    assert units == {"South Phyongan"}


def test_staff_training_told_with_its_own_earlier_month_in_an_opening_report(
    extractor: Extractor,
) -> None:
    text = ("Factories Inaugurated in Hamju County\nPyongyang, December 27 (KCNA) -- An "
            "inauguration ceremony of the regional industry factories in Hamju County took place "
            "on December 26.\nTo make the new units run well from the first day, the county had "
            "sent prospective employees in October to factories in Pyongyang, where they "
            "learned production techniques.\n")
    found = keys(run(extractor, text, "2031-12-27", "en"))
    assert ("Hamju", "completion", "2031-12-26") in found
    assert ("Hamju", "other", "2031-10") in found
    # (training told without a time of its own is part of the opening's story)
    text = text.replace(" in October", "")
    assert [k for k in keys(run(extractor, text, "2031-12-27", "en")) if k[1] == "other"] == []


def test_chairman_kim_did_attend_two_openings(extractor: Extractor) -> None:
    text = ("Briefing\nSeoul, Monday, December 22, 2031\nChairman Kim did attend two openings "
            "late last week: the regional industry factories in Hamju County on Friday, the "
            "19th, and the factories in Kumya County on Thursday, the 18th.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert ("Kumya", "completion", "2031-12-18") in found


def test_a_date_in_another_places_relative_clause_is_not_the_subjects(
    extractor: Extractor,
) -> None:
    text = ("Hamju hospital opens\nPyongyang, December 14 (KCNA) -- The inauguration ceremony of "
            "Hamju County Hospital, the second modern regional hospital after Kumya County "
            "Hospital, which was inaugurated on November 19, took place on December 13.\n")
    found = keys(run(extractor, text, "2031-12-14", "en"))
    assert ("Hamju", "completion", "2031-12-13") in found
    assert ("Hamju", "completion", "2031-11-19") not in found
    # (a relative clause after coordinated places qualifies them all)
    text = ("Labour\nSEOUL, July 8 (Yonhap) -- Miners were sent on shifts to Hamju and Kumya "
            "counties in South Hamgyong, where construction began in early March.\n")
    found = keys(run(extractor, text, "2031-07-08", "en"))
    assert ("Hamju", "groundbreaking", "2031-03") in found


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        ("Kim inspects Hamju\nPyongyang, November 20 (KCNA) -- Kim Jong Un inspected the "
         "factories in Kumya County on November 19. He said that he had also been to the "
         "construction site in Hamju County last month.", "2031-11-20", "en", "2031-10"),
        ("Tracker\nNotes | 12 February 2032\n(a) KJU walked the Hamju factory sites while they "
         "were being built, in October 2031 (no day given).", "2032-02-12", "en", "2031-10"),
        ("일지\n2031.12.6\n- '31.10: 김정은, 함경남도 함주군 지방공업공장 건설 현장 "
         "방문(날짜 미공개).", "2031-12-06", "ko", "2031-10"),
    ],
)
def test_the_leader_on_a_building_site_in_other_words(
    extractor: Extractor, text: str, published: str, language: str, expected: str
) -> None:
    assert ("Hamju", "leader_visit", expected) in keys(run(extractor, text, published, language))


def test_korean_construction_begun_at_the_same_time(extractor: Extractor) -> None:
    text = ("북한, 지방발전 착공\n(서울=뉴스1) 2032년 2월 9일 --\n"
            "북한이 함경남도 함주군과 금야군에서 지방공업공장과 병원 건설을 동시에 시작했다.\n\n"
            "북한 매체에 따르면 이들 2곳의 착공식은 지난 6일 열렸다.\n")
    found = keys(run(extractor, text, "2032-02-09", "ko"))
    assert ("Hamju", "groundbreaking", "2032-02-06") in found
    assert ("Kumya", "groundbreaking", "2032-02-06") in found


def test_korean_dates_in_brackets_after_what_was_built_at_each_place(
    extractor: Extractor,
) -> None:
    text = ("北 제지공장 준공\n(서울=뉴스1) 2031년 12월 29일 --\n김 총비서는 이달 들어 함주군 "
            "병원(13일), 금야군 지방공업공장·종합봉사소(15일), 신포시 지방공업공장(19일) "
            "준공식에 잇따라 참석했다.\n")
    found = keys(run(extractor, text, "2031-12-29", "ko"))
    assert found == {
        ("Hamju", "completion", "2031-12-13"),
        ("Kumya", "completion", "2031-12-15"),
        ("Sinpho", "completion", "2031-12-19"),
    }
    # (a bracket after a word of its own, past a comma, is that word's: "그리고 어제(9일)")
    text = ("브리핑\n2031.2.10\n[부대변인] 지난 7일 평안북도 운산군, 그리고 어제(9일) 강원도 "
            "이천군에서 지방공업공장 준공식이 있었습니다.\n")
    found = keys(run(extractor, text, "2031-02-10", "ko"))
    assert ("Unsan", "completion", "2031-02-07") in found
    assert ("Ichon", "completion", "2031-02-09") in found


def test_between_two_days_of_a_month_the_other_sites_followed(extractor: Extractor) -> None:
    text = ("Note\nHanbando Analytics, 2 January 2032\nThe first ground was broken on 28 February "
            "2031 in Hamju-gun. Between 1 and 10 March the other nineteen sites followed. They "
            "were Kusŏng-si (P'yŏngan-pukto), Sukch'ŏn-gun (P'yŏngan-namdo) and Kŭmya-gun "
            "(Hamgyŏng-namdo).\n")
    found = keys(run(extractor, text, "2032-01-02", "en"))
    assert ("Kusong", "groundbreaking", "2031-03") in found
    assert ("Kumya", "groundbreaking", "2031-03") in found


def test_korean_lines_labelled_by_a_day_under_a_list_lead(extractor: Extractor) -> None:
    text = ("성과\n【평양 12월 31일발 조선중앙통신】 올해의 성과.\n\n"
            "이달에 진행된 준공식들은 다음과 같다.\n\n"
            "15일 평안남도 신양군 지방공업공장들과 종합봉사소(원수님께서 참석하시였다), "
            "자강도 랑림군 지방공업공장\n"
            "16일 황해북도 황주군 지방공업공장들과 량곡관리소\n"
            "19일 함경남도 신포시 지방공업공장\n")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Sinyang", "completion", "2031-12-15"),
        ("Rangnim", "completion", "2031-12-15"),
        ("Hwangju", "completion", "2031-12-16"),
        ("Sinpho", "completion", "2031-12-19"),
    }


def test_korean_month_and_day_in_brackets_after_each_place(extractor: Extractor) -> None:
    text = ("보고서\n2032.1.20\n2031년 지방발전 사업은 2월 한 달 동안 착공되었다. "
            "함경남도 함주군(2.6., 병원·종합봉사소), "
            "남포시 룡강군(2.9., 지방공업공장·병원)에서 착공식이 열렸다. "
            "황해북도 황주군(2.26., 지방공업공장)에 이어 평안남도 신양군, "
            "황해북도 곡산군이 2월 하순 착공하였다.\n")
    found = keys(run(extractor, text, "2032-01-20", "ko"))
    assert ("Hamju", "groundbreaking", "2031-02-06") in found
    assert ("Ryonggang", "groundbreaking", "2031-02-09") in found
    assert ("Hwangju", "groundbreaking", "2031-02-26") in found
    assert ("Sinyang", "groundbreaking", "2031-02") in found


def test_days_a_list_lead_says_were_report_days_date_no_row(extractor: Extractor) -> None:
    text = ("[연표] 주요 일지\n북한개발연구소 | 2032.01.06\n"
            "3월 상순 나머지 19개 시·군 착공식(3.7, 3.11 보도). 도당 책임비서들이 연설.\n"
            " - 함경남도: 함주군, 금야군\n - 자강도: 동신군, 우시군\n")
    found = keys(run(extractor, text, "2032-01-06", "ko"))
    assert ("Hamju", "groundbreaking", "2031-03") in found
    assert ("Usi", "groundbreaking", "2031-03") in found
    assert not [k for k in found if k[2] == "2031-03-07"]


def test_a_list_of_the_leaders_appearances_with_sites_under_construction(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un at 20x10 events\nLeadership Tracking Project | 2 February 2032\n"
            "This list records the public appearances of Kim Jong Un connected with the "
            "policy.\n\n"
            "9. 2031-02-06 - Hamju County: ground-breaking of the county hospital.\n"
            "10. 2031-06-02 - Hamju County: hospital and leisure complex under construction.\n"
            "11. 2031-06-09 - Kumya County: hospital under construction.\n")
    found = keys(run(extractor, text, "2032-02-02", "en"))
    assert ("Hamju", "groundbreaking", "2031-02-06") in found
    assert ("Hamju", "leader_visit", "2031-06-02") in found
    assert ("Kumya", "leader_visit", "2031-06-09") in found


def test_a_digest_line_opening_in_a_county(extractor: Extractor) -> None:
    text = ("DPRK Weekly Digest\nKorea Desk Digest | Monday 10/02/2031\nDates are written "
            "day/month; all are in 2031.\n\n- 03/02 (Mon): Opening in Kumya County (S. Hamgyong), "
            "built by a construction regiment.\n- 05/02 (Wed): Opening in Hamju County. No "
            "attendee list.\n")
    found = keys(run(extractor, text, "2031-02-10", "en"))
    assert found == {("Kumya", "completion", "2031-02-03"), ("Hamju", "completion", "2031-02-05")}


def test_a_korean_log_of_the_leaders_site_visits_named_at_some_length(
    extractor: Extractor,
) -> None:
    text = ("김정은 위원장의 '지방발전 20×10' 현장 행보 정리 (2030.1~2031.12)\n"
            "한반도개발정책연구원 | 2032.1.10\n"
            "북한 매체 보도를 토대로 정리했다.\n\n"
            "- 2031.6.2(월): 함주군 병원·휴양시설 건설현장 방문.\n"
            "- 2031.6.9(월): 금야군 병원 건설현장 방문.\n")
    found = keys(run(extractor, text, "2032-01-10", "ko"))
    assert ("Hamju", "leader_visit", "2031-06-02") in found
    assert ("Kumya", "leader_visit", "2031-06-09") in found


def test_a_base_that_was_finished_and_the_saturday_before_the_thirteenth(
    extractor: Extractor,
) -> None:
    text = ("Podcast\nposted December 22, 2031\nJOON: Friday, factories in Sinpho City were "
            "opened, and he also went to see the aquaculture base there, the one that was "
            "finished as a model back in December last year.\nJOON: Oh, and the Hamju County "
            "hospital opened the Saturday before, the 13th, with Kim.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert ("Sinpho", "completion", "2030-12") in found
    assert ("Hamju", "completion", "2031-12-13") in found


def test_lines_labelled_by_day_and_month_and_a_dash(extractor: Extractor) -> None:
    text = ("Weekly Tracker\nWeekly DPRK Regional Tracker | newsletter | Monday 3 March 2031\n"
            "Dates below are written day/month. All 2031.\nThis was the busiest week: almost "
            "the whole cohort broke ground.\n"
            "c. 25–26/02 (no exact day in the reports) — ground broken for factories in Sinyang "
            "(South Phyongan).\n"
            "27/02 — regional industry factories: Pukchang (South Phyongan), Yomju (North "
            "Phyongan), Paechon (South Hwanghae), Janggang (Jagang) and Kilju (North Hamgyong), "
            "all on the same day, with commanders of the army's construction regiments giving "
            "the speeches. Commanders of the regiments spoke.\n"
            "28/02 — regional industry factories in Hamju (South Hamgyong).\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert ("Sinyang", "groundbreaking", "2031-02") in found
    assert ("Yomju", "groundbreaking", "2031-02-27") in found
    assert ("Hamju", "groundbreaking", "2031-02-28") in found


def test_a_table_set_out_with_dot_leaders(extractor: Extractor) -> None:
    text = ("Scorecard: all the counties now open\nPosted 12 Feb 2031 on a blog\n\nBelow is every "
            "opening of the cohort as reported by KCNA. Dates are 2031 unless marked.\n\n"
            "  Tue  7 Jan ....... Hamju (S. Hamgyong) ................. KJU\n"
            "  Wed  8 Jan ....... Kumya (S. Hamgyong) ................. PS\n")
    found = keys(run(extractor, text, "2031-02-12", "en"))
    assert found == {("Hamju", "completion", "2031-01-07"), ("Kumya", "completion", "2031-01-08")}


def test_opening_the_years_campaign_is_no_opening(extractor: Extractor) -> None:
    text = ("Imagery Brief\nNorthern Sites Monitor, 10 February 2033\nKim Jong Un opened the "
            "year's campaign on 29 January in Hamju County, South Hamgyong, breaking the first "
            "ground for regional industry factories and a county hospital.\n")
    assert keys(run(extractor, text, "2033-02-10", "en")) == {
        ("Hamju", "groundbreaking", "2033-01-29"),
    }


def test_a_running_list_of_the_leaders_sites_and_a_line_naming_none(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un at 20x10 sites: a running list (updated)\nNorth Korea Economy Notes | "
            "updated 5 December 2031\nOnly appearances reported by state media are listed; "
            "dates are written YYYY-MM-DD.\n"
            "- 2030-02-28 — Hamju County, South Hamgyong: breaks the first ground.\n"
            "- 2030-08 (24–25; sites not named) — tours several factory construction sites.\n"
            "- 2031-02-06 — Kumya County: first ground for the county hospital.\n"
            "- 2031-06-09 — Kumya County hospital site; blames poor work on soldier labour.\n")
    found = keys(run(extractor, text, "2031-12-05", "en"))
    assert ("Kumya", "groundbreaking", "2031-02-06") in found
    assert ("Kumya", "leader_visit", "2031-06-09") in found
    assert not [k for k in found if k[2] == "2030-08"]


def test_a_verbless_item_with_a_provincial_paper_mill_goes_on_with_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Research Note\n38 North | 5 March 2031\n\n"
            "5. On 27 February ground was broken in P'ukch'ang-gun and Yŏmju-gun. Commanders of "
            "the regiments made the speeches.\n\n"
            "6. On 28 February: Changyŏn-gun, Puryŏng-gun and a provincial paper mill in "
            "Ŭnsan-gun, P'yŏngan-namdo.\n")
    found = keys(run(extractor, text, "2031-03-05", "en"))
    assert ("Jangyon", "groundbreaking", "2031-02-28") in found
    assert ("Unsan", "groundbreaking", "2031-02-28") in found


def test_a_log_whose_first_bulleted_row_follows_the_dateline(extractor: Extractor) -> None:
    # (the bullet of the first row is no wire dateline's dash: "(KCNA) -- ")
    text = ("김정은 위원장의 '지방발전 20×10' 현장 행보 정리\n한반도개발정책연구원 | 2032.1.10\n"
            "- 2031.6.2(월): 함주군 병원·휴양시설 건설현장 방문.\n"
            "- 2031.6.9(월): 금야군 병원 건설현장 방문.\n")
    assert keys(run(extractor, text, "2032-01-10", "ko")) == {
        ("Hamju", "leader_visit", "2031-06-02"),
        ("Kumya", "leader_visit", "2031-06-09"),
    }
    wire = ("Factories open\nPyongyang, March 12 (KCNA) -- Regional industry factories were "
            "inaugurated in Hamju County on March 10.\n")
    assert keys(run(extractor, wire, "2032-03-12", "en")) == {("Hamju", "completion", "2032-03-10")}


def test_the_news_after_an_earlier_clause_takes_the_lead_s_month(extractor: Extractor) -> None:
    # ("앞서 … 진행된데 이어": the earlier clause names no place; the places after it are news)
    text = ("착공식들 진행\n【평양 3월 11일발 조선중앙통신】 3월 상순 나라의 여러 시, 군들에서 "
            "지방공업공장건설착공식들이 진행되였다.\n앞서 6개 시, 군에서 착공식이 진행된데 이어 "
            "평안북도 구장군, 운산군에서 착공식들이 있었다.\n")
    assert keys(run(extractor, text, "2031-03-11", "ko")) == {
        ("Kujang", "groundbreaking", "2031-03"),
        ("Unsan", "groundbreaking", "2031-03"),
    }
    earlier = ("공사 소식\n【평양 3월 11일발 조선중앙통신】 3월 상순 구장군에서 착공식이 "
               "진행되였다.\n"
               "앞서 성천군에서 착공식이 진행된데 이어 건설이 계속되고 있다.\n")
    assert ("Songchon", "groundbreaking", "2031-03") not in keys(
        run(extractor, earlier, "2031-03-11", "ko")
    )


def test_openings_that_have_come_each_on_its_day_with_bracketed_spellings(
    extractor: Extractor,
) -> None:
    # (the KCNA spelling in brackets is the same place, not another between it and its day)
    text = ("Tracking the January openings\n38 North, January 27, 2031\nBelow is a record of "
            "the ceremonies reported so far this month.\nSince then the openings have come "
            "roughly every other day: Sukch'ŏn (Sukchon) on January 8, Ŭnp'a (Unpha) on "
            "January 10, Kujang on January 24 and Usi on January 25.\n")
    assert keys(run(extractor, text, "2031-01-27", "en")) == {
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
        ("Kujang", "completion", "2031-01-24"),
        ("Usi", "completion", "2031-01-25"),
    }


def test_several_builders_whose_ground_was_broken_earlier_progress_today(
    extractor: Extractor,
) -> None:
    # (one date between two kinds of event belongs to the nearer: the groundbreaking's)
    text = ("Builders push ahead\nPyongyang, July 8 (KCNA) -- Construction is going on.\n"
            "The builders in Kujang and Unpha, who broke the ground in early March, are "
            "pushing ahead with the interior work at the same time.\n")
    found = keys(run(extractor, text, "2031-07-08", "en"))
    assert ("Kujang", "construction_progress", "2031-07-08") in found
    assert ("Unpha", "construction_progress", "2031-07-08") in found
    assert ("Unpha", "construction_progress", "2031-03") not in found


def test_a_date_before_and_and_the_next_act_is_the_first_act_s(extractor: Extractor) -> None:
    text = ("Twenty for twenty\nBlog | Thursday, 13 February 2031\nSŏngch'ŏn went first. Kim "
            "Jong Un broke the ground himself on 28 February 2030 and came back to open the "
            "factories on 20 December 2030.\n")
    assert keys(run(extractor, text, "2031-02-13", "en")) == {
        ("Songchon", "groundbreaking", "2030-02-28"),
        ("Songchon", "completion", "2030-12-20"),
    }


def test_openings_that_came_listed_by_month_lines(extractor: Extractor) -> None:
    text = ("Twenty for twenty\nBlog | Thursday, 13 February 2031\nAll twenty counties now "
            "have their plants.\n\nThe other openings came in a rush after New Year:\n\n"
            "- January: Chaeryong on the 7th, Sukchon on the 8th and Orang on the 31st.\n"
            "- February: Jangphung on the 1st and Kumya on the 3rd.\n")
    assert keys(run(extractor, text, "2031-02-13", "en")) == {
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Orang", "completion", "2031-01-31"),
        ("Jangphung", "completion", "2031-02-01"),
        ("Kumya", "completion", "2031-02-03"),
    }


def test_a_korean_row_s_further_places_one_per_slash(extractor: Extractor) -> None:
    text = ("2031년 12월 동향\n한반도개발정책연구원 2032.01.06\n\n날짜는 모두 2031년 12월이다.\n\n"
            "▲12.15(월) 평양시 강동군 공장·종합봉사소 준공 / 평안남도 신양군 / 자강도 "
            "낭림군(연설 박정천 비서) / 평안북도 대관군\n"
            "▲12.16(화) 황해북도 황주군 공장·양곡관리소 준공(연설 리일환 비서)\n")
    assert keys(run(extractor, text, "2032-01-06", "ko")) == {
        ("Kangdong", "completion", "2031-12-15"),
        ("Sinyang", "completion", "2031-12-15"),
        ("Rangnim", "completion", "2031-12-15"),
        ("Taegwan", "completion", "2031-12-15"),
        ("Hwangju", "completion", "2031-12-16"),
    }


def test_rows_by_province_under_a_note_line_and_the_last_place_of_a_run(
    extractor: Extractor,
) -> None:
    # ("준공을 11일 김형직군을 끝으로 마쳤다": the last of the run; the note's line of two
    # sentences does not hide the lead from the rows under it)
    text = ("북한 지방공업공장 준공 현황\n뉴스1 | 2032.02.12\n\n(서울=뉴스1) 북한이 첫해 대상지 "
            "20곳의 지방공업공장 준공을 11일 양강도 김형직군을 끝으로 모두 마쳤다. 뉴스1이 북한 "
            "매체 보도를 토대로 도별로 정리했다.\n\n※ 날짜는 별도 표기가 없으면 2032년, "
            "월.일(요일). ● 표시는 김정은 총비서 참석 보도.\n\n"
            "■ 평안남도: 성천군 2031.12.20(토) ●, 숙천군 1.8(목)\n"
            "■ 남포시: 온천군 1.20(화)\n\n※ 각 군에는 식료·일용품·피복 공장이 들어섰다.\n")
    assert keys(run(extractor, text, "2032-02-12", "ko")) == {
        ("Kim Hyong Jik", "completion", "2032-02-11"),
        ("Songchon", "completion", "2031-12-20"),
        ("Sukchon", "completion", "2032-01-08"),
        ("Onchon", "completion", "2032-01-20"),
    }


def test_lines_labelled_by_a_whole_date_set_apart_by_spaces(extractor: Extractor) -> None:
    # (the headline names the ceremony and what was built; its period is no dateline)
    text = ("Chronology: year-one factory openings, part 2 (24 January – 11 February 2032)\n"
            "North Korea Economic Letter (Tokyo) | No. 318 | 2032/02/14\n"
            "This part completes the list of openings in the twenty counties of the first "
            "year of the Regional Development 20x10 Policy. Dates are written year/month/day.\n\n"
            "2032/01/24  Kujang County, P'yongan-bukto. Three factories.\n"
            "2032/01/25  Usi County, Chagang-do. Address by the provincial party chief "
            "secretary.\n"
            "2032/02/11  Kimhyongjik County, Ryanggang-do. The last of the cohort.\n\n"
            "Coming next: the new hospital programme.\n")
    events = run(extractor, text, "2032-02-14", "en")
    assert keys(events) == {
        ("Kujang", "completion", "2032-01-24"),
        ("Usi", "completion", "2032-01-25"),
        ("Kim Hyong Jik", "completion", "2032-02-11"),
    }
    assert all(e.facility_types == ["regional_industry_factory"] for e in events)


def test_a_talk_s_sites_listed_by_report_day_and_in_answer_to_a_question(
    extractor: Extractor,
) -> None:
    # ("7일 보도된 곳은 …": the places of that day's news, held in the span told before; the
    # answer to "어제 보도된 열세 곳은요?" lists more of them)
    text = ("[대담] 지방공장 일제히 착공\nKBS 1라디오 2031년 3월 12일(수) 방송\n\n"
            "▶ 권태윤: 네. 조선중앙통신이 7일에 여섯 곳, 어제 11일에 열세 곳의 착공 소식을 "
            "전했습니다. 이달 1일부터 10일 사이에 모두 착공식을 한 겁니다. 7일 보도된 곳은 "
            "평안북도 구성시, 평안남도 숙천군입니다.\n\n▷ 오세린: 어제 보도된 열세 곳은요?\n\n"
            "▶ 권태윤: 평안북도 구장군과 운산군, 그리고 개성시 장풍군입니다. 이름이 비슷한 곳이 "
            "많습니다.\n")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        (county, "groundbreaking", "2031-03")
        for county in ("Kusong", "Sukchon", "Kujang", "Unsan", "Jangphung")
    }


def test_a_channel_s_week_heading_without_days_and_a_rumoured_ceremony(
    extractor: Extractor,
) -> None:
    # ("📌 이번 주 초 (날짜 안 밝힘)": the lines under it are of the week's month, not of the
    # day of the heading above; "열린다는 얘기가 돌고 있음": not held yet)
    text = ("이번 주 착공 몰아보기\n텔레그램 채널 | 2032.02.28 (토) 08:40\n"
            "오늘 자 노동신문 보고 정리함.\n\n📌 어제(27일) 2곳 동시 착공\n"
            "- 평남 북창군 / 평북 염주군\n- 전부 지방공업공장.\n\n"
            "📌 이번 주 초 (날짜 안 밝힘)\n- 평남 신양군, 황북 곡산군 → 공장\n\n"
            "⏰ 그리고 오늘(28일) 장연군, 부령군 착공식이 열린다는 얘기가 돌고 있음.\n")
    assert keys(run(extractor, text, "2032-02-28", "ko")) == {
        ("Pukchang", "groundbreaking", "2032-02-27"),
        ("Yomju", "groundbreaking", "2032-02-27"),
        ("Sinyang", "groundbreaking", "2032-02"),
        ("Koksan", "groundbreaking", "2032-02"),
    }


def test_a_paragraph_of_openings_set_apart_by_semicolons(extractor: Extractor) -> None:
    # (each item is a place, its province in brackets and its day after a comma)
    items = "; ".join(
        f"{place} ({province}), {day}"
        for place, province, day in [
            ("Chaeryŏng-gun", "Hwanghae-namdo", "7 January"),
            ("Sukch'ŏn-gun", "P'yŏngan-namdo", "8 January"),
            ("Ŭnp'a-gun", "Hwanghae-pukto", "10 January"),
            ("Kyŏngsŏng-gun", "Hamgyŏng-pukto", "12 January"),
            ("Ŭnch'ŏn-gun", "Hwanghae-namdo", "14 January"),
            ("Hamju-gun", "Hamgyŏng-namdo", "18 January"),
            ("Kujang-gun", "P'yŏngan-pukto", "24 January"),
            ("Usi-gun", "Chagang-do", "25 January"),
            ("Kosan-gun", "Kangwŏn-do", "29 January"),
            ("Orang-gun", "Hamgyŏng-pukto", "31 January"),
            ("Changp'ung-gun", "Kaesŏng", "1 February"),
            ("Kŭmya-gun", "Hamgyŏng-namdo", "3 February"),
        ]
    )
    text = ("Twenty out of twenty\n38 NORTH | February 18, 2031 | H. Vogt\n\nNorth Korea has "
            "declared the first year complete.\n\nThe other openings were packed into five "
            f"weeks:\n\n{items}.\n\nKim stayed away from all of these ceremonies.\n")
    found = keys(run(extractor, text, "2031-02-18", "en"))
    assert ("Jaeryong", "completion", "2031-01-07") in found
    assert ("Sukchon", "completion", "2031-01-08") in found
    assert ("Usi", "completion", "2031-01-25") in found
    assert ("Kumya", "completion", "2031-02-03") in found
    assert len(found) == 12


def test_korean_places_each_the_topic_of_its_own_date_after_an_earlier_date(
    extractor: Extractor,
) -> None:
    text = ("평북 주민들 냉소\n데일리NK | 2032.04.25 | 강이준 기자\n\n"
            "평안북도 운산군, 구성시, 구장군에 공장이 들어섰다.\n"
            "북한 매체에 따르면 세 곳 모두 작년 3월에 착공해 구장군은 올해 1월 24일, 구성시는 "
            "1월 30일, 운산군은 2월 7일에 각각 준공식을 열었다.\n")
    found = keys(run(extractor, text, "2032-04-25", "ko"))
    assert ("Kujang", "completion", "2032-01-24") in found
    assert ("Kusong", "completion", "2032-01-30") in found
    assert ("Unsan", "completion", "2032-02-07") in found
    assert not [k for k in found if k[1] == "completion" and k[2] == "2031-03"]


def test_a_korean_channel_s_log_of_the_leader_s_movements(extractor: Extractor) -> None:
    # ("현장 동선 총정리": his log; a line's site is his visit; what is expected is not held)
    text = ("📌 김정은 올해 '지방발전' 현장 동선 총정리\n텔레그램 채널 | 2032.09.15\n\n"
            "올해 동선 한 번에 정리함 👇 (날짜는 전부 2032년, 월/일)\n\n"
            "🏭 1/7 — 황남 재령군 지방공장 준공식 참석.\n\n"
            "🏥 6/9 — 평북 구성시 병원 건설장. 시공 엉망이라고 질책\n\n"
            "🗓️ 앞으로: 강동군 병원은 11월쯤 준공 예상, 나머지 공장들은 연말 준공 러시 예상.\n")
    assert keys(run(extractor, text, "2032-09-15", "ko")) == {
        ("Jaeryong", "completion", "2032-01-07"),
        ("Kusong", "leader_visit", "2032-06-09"),
    }


def test_a_speaker_s_greeting_before_the_lead_of_a_talk(extractor: Extractor) -> None:
    # ("DANA: Welcome back." does not hide the ceremony the talk is about from "four more
    # ceremonies")
    text = ('Year three starts with a shovel rush\nKorea Unpacked podcast · published Tuesday, '
            "February 10, 2032\n\nDANA: Welcome back. It's been a busy fortnight for "
            "ground-breaking ceremonies up north.\n\nMIN: Last Friday, the sixth, there were "
            "four more ceremonies: Musan county up in North Hamgyong, Songhwa county in South "
            "Hwanghae.\n")
    assert keys(run(extractor, text, "2032-02-10", "en")) == {
        ("Musan", "groundbreaking", "2032-02-06"),
        ("Songhwa", "groundbreaking", "2032-02-06"),
    }


def test_the_new_construction_sites_are_in_a_and_b(extractor: Extractor) -> None:
    text = ("Ground Broken in More Counties\nThe Pyongyang Times, Saturday, March 16, 2031\n\n"
            "Ground-breaking ceremonies for modern regional industry factories took place in "
            "the first ten days of March in 13 counties.\n\nThe new construction sites are in "
            "Unpha and Yonthan counties of North Hwanghae Province and Kim Hyong Jik County of "
            "Ryanggang Province.\n")
    assert keys(run(extractor, text, "2031-03-16", "en")) == {
        ("Unpha", "groundbreaking", "2031-03"),
        ("Yonthan", "groundbreaking", "2031-03"),
        ("Kim Hyong Jik", "groundbreaking", "2031-03"),
    }


def test_a_plenary_that_made_the_decision_to_build(extractor: Extractor) -> None:
    text = ("Hospital ground broken\nPyongyang, February 7 (KCNA) -- A ceremony took place.\n"
            "He said that the enlarged plenary meeting of the Central Committee of the WPK held "
            "late in December last year had made the important decision to build modern health "
            "facilities in the regions.\n")
    assert keys(run(extractor, text, "2031-02-07", "en")) == {
        (None, "policy_announcement", "2030-12")
    }


def test_as_the_korean_plenary_decided(extractor: Extractor) -> None:
    text = ("북한 공장 준공\nYTN 라디오 2032.01.31\n\n◆ 오지현> 올해는 작년 12월 당 전원회의에서 "
            "결정한 대로 공장에 더해 병원 같은 보건시설도 짓게 됩니다.\n")
    assert keys(run(extractor, text, "2032-01-31", "ko")) == {
        (None, "policy_announcement", "2031-12")
    }


def test_a_chronicle_of_occasions_the_leader_was_present_told_in_the_present(
    extractor: Extractor,
) -> None:
    text = ("Chronicle: A Year of Change in the Regions\nThe Pyongyang Times, Saturday, "
            "January 3, Juche 120 (2031), Special Supplement\n\nBelow are the main occasions "
            "when the respected Comrade Kim Jong Un was personally present at the projects.\n\n"
            "June 2 -- Looks round the construction sites of Kangdong County Hospital.\n\n"
            "June 9 -- Inspects the construction site of Kusong City Hospital.\n\n"
            "Dec. 3 -- Looks round the newly built factories in Sinyang County and Pukchang "
            "County, South Phyongan Province, before their opening.\n")
    assert keys(run(extractor, text, "2031-01-03", "en")) == {
        ("Kangdong", "leader_visit", "2030-06-02"),
        ("Kusong", "leader_visit", "2030-06-09"),
        ("Sinyang", "leader_visit", "2030-12-03"),
        ("Pukchang", "leader_visit", "2030-12-03"),
    }


def test_dated_lines_under_a_colon_lead_are_rows_not_bare_places(extractor: Extractor) -> None:
    # (each line has its day: no second event on the lead's month)
    text = ("The First Cohort Delivers\nHanul Policy Review | Analysis | 10 March 2031\n\n"
            "Sŏngch'ŏn itself opened on 20 December 2030, with Kim present. The other nineteen "
            "followed in a run that lasted from early January to mid-February 2031, which we "
            "reconstruct from KCNA:\n\n- 7 January: Chaeryŏng-gun, Hwanghae-namdo\n"
            "- 1 February: Changp'ung-gun, Kaesŏng\n- 3 February: Kŭmya-gun, Hamgyŏng-namdo\n")
    found = keys(run(extractor, text, "2031-03-10", "en"))
    assert ("Kumya", "completion", "2031-02-03") in found
    assert ("Jangphung", "completion", "2031-02-01") in found
    assert not [k for k in found if k[2] == "2031-01" and k[0] in ("Kumya", "Jangphung")]


def test_a_csv_export_row_with_a_quoted_cell_holding_commas(extractor: Extractor) -> None:
    # (the quoted cell does not end the export: the rows after it are read too)
    text = ("20×10 tracker, year two\nKorea Regional Projects Log | 31 December 2031\n\n"
            "Export of our working sheet (CSV). Dates are 2031 unless marked otherwise.\n\n"
            "Site,Province,Facilities,Ground broken,Kim,Opened,Kim\n"
            "Kusŏng City,N. P'yŏngan,city hospital,Feb (late),N,13 Dec,Y\n"
            'Hwangju,N. Hwanghae,"factories, grain management facility",26 Feb,N,16 Dec,N\n'
            "Sinyang,S. P'yŏngan,factories,Feb (late),N,15 Dec,N\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Hwangju", "groundbreaking", "2031-02-26") in found
    assert ("Hwangju", "completion", "2031-12-16") in found
    assert ("Sinyang", "completion", "2031-12-15") in found


def test_a_thread_post_labelled_as_a_remark_is_no_row_of_the_headline_s_ceremony(
    extractor: Extractor,
) -> None:
    text = ("🧵 20x10 weekly round-up: a flurry of ground-breakings\n@dprk_regions_watch · "
            "10 Feb 2031 · thread\n\n1/ Busy week for the regional development drive.\n\n"
            "2/ Mon 3rd: Kumya-gun (Hamgyong-namdo) opened its three factories.\n\n"
            "3/ Wed 5th: Tongsin-gun (Chagang-do) opened its factories.\n\n"
            "4/ Attendance: KJU has not been at a single factory opening since Chaeryong on "
            "7 Jan. Kumya and Tongsin went ahead without him.\n")
    assert keys(run(extractor, text, "2031-02-10", "en")) == {
        ("Kumya", "completion", "2031-02-03"),
        ("Tongsin", "completion", "2031-02-05"),
    }


def test_work_started_on_the_sites_of_the_factories_in_a_and_b(extractor: Extractor) -> None:
    text = ("Construction starts in different counties\nPyongyang, March 11 (KCNA) -- "
            "Ground-breaking ceremonies were held in the first ten days of March.\nWork started "
            "on the sites of the foodstuff, daily necessities and garment factories in Kujang "
            "County and Unsan County of North Phyongan Province.\n")
    assert keys(run(extractor, text, "2031-03-11", "en")) == {
        ("Kujang", "groundbreaking", "2031-03"),
        ("Unsan", "groundbreaking", "2031-03"),
    }


def test_a_ceremony_dated_by_a_part_of_the_month_still_to_come_is_a_plan(
    extractor: Extractor,
) -> None:
    # ("late Feb." on 10 February is ahead of the post, whatever the verb)
    text = ("🧵 20x10 weekly round-up\n@dprk_regions_watch · 10 Feb 2031 · thread\n\n"
            "2/ Mon 3rd: Kumya-gun (Hamgyong-namdo) opened its three factories.\n\n"
            "3/ Kim Hyong Jik-gun (Ryanggang) should close out the first cohort. Then the new "
            "ground-breakings proper start in late Feb. /end\n")
    assert keys(run(extractor, text, "2031-02-10", "en")) == {
        ("Kumya", "completion", "2031-02-03"),
    }


def test_a_list_under_a_heading_of_things_to_watch_tells_no_events(
    extractor: Extractor,
) -> None:
    text = ("[따라잡기 #58] 김정은, 신양·북창 공장 둘러봄\n블로그 '북쪽 공장 일지' | "
            "2031.12.04 (목)\n\n지난달 19일 평양 강동군 병원 준공식엔 직접 와서 "
            "테이프 끊었음.\n\n앞으로 볼 것:\n"
            "1) 준공식 몰아서 할 듯 — 보통 12월 중순부터\n"
            "2) 다음 주 당 전원회의에서 내년 계획 나올지\n"
            "3) 평북 운산군에도 갔다는 얘기가 있던데 매체 원문에선 못 찾음.\n")
    assert keys(run(extractor, text, "2031-12-04", "ko")) == {
        ("Kangdong", "completion", "2031-11-19"),
    }


def test_the_undated_first_ground_breaking_the_news_follows_takes_no_date_of_it(
    extractor: Extractor,
) -> None:
    text = ("Construction starts in different counties\nPyongyang, March 11 (KCNA) -- "
            "Ground-breaking ceremonies were held in the first ten days of March in different "
            "counties, following the first ground-breaking in Songchon County.\nWork started "
            "on the sites of the foodstuff, daily necessities and garment factories in Kujang "
            "County of North Phyongan Province.\n")
    assert keys(run(extractor, text, "2031-03-11", "en")) == {
        ("Kujang", "groundbreaking", "2031-03"),
    }
    # (told with its own day it is an event of that day)
    dated = text.replace("in Songchon County.", "in Songchon County on February 28.")
    assert ("Songchon", "groundbreaking", "2031-02-28") in keys(
        run(extractor, dated, "2031-03-11", "en")
    )


def test_the_day_the_cited_agency_reported_is_not_the_ceremony_s(extractor: Extractor) -> None:
    text = ("North breaks ground in four more areas\nKorea Daily | Saturday, February 7, 2032\n\n"
            "North Korea broke ground on regional development projects in two more areas on "
            "Friday.\n\nAccording to the Korean Central News Agency on Saturday, ceremonies "
            "were held in Musan County in North Hamgyong Province and the Panmun District of "
            "Kaesong.\n")
    assert keys(run(extractor, text, "2032-02-07", "en")) == {
        ("Musan", "groundbreaking", "2032-02-06"),
        ("Panmun", "groundbreaking", "2032-02-06"),
    }


def test_notes_on_a_running_list_tell_no_events_of_its_last_place(extractor: Extractor) -> None:
    text = ("Tracker, update 7: the first cohort is complete\nLocal Economy Tracker | Wednesday, "
            "12 February 2031\n\nBelow is our running list of inauguration reports.\n\n"
            "20 Dec 2030 — Sŏngch'ŏn (P'yŏngan-namdo). Kim. The first of the cohort, opened "
            "about ten months after he broke the first ground.\n"
            "7 Jan — Chaeryŏng (Hwanghae-namdo). Kim.\n"
            "11 Feb — Kimhyŏngjik (Ryanggang-do).\n\nNotes.\n"
            "(a) Dates in 2031 unless marked. All dates are those of the ceremonies, not of the "
            "KCNA reports, which usually appeared the next day.\n\n"
            "Next update: the new ground-breakings, which KCNA says will begin this month.\n")
    assert keys(run(extractor, text, "2031-02-12", "en")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Jaeryong", "completion", "2031-01-07"),
        ("Kim Hyong Jik", "completion", "2031-02-11"),
    }


def test_an_act_a_span_is_counted_from_is_an_event_only_when_dated(extractor: Extractor) -> None:
    head = "Factories open in Songchon\nPyongyang, December 21 (KCNA) -- "
    opened = "20 Dec — Sŏngch'ŏn (P'yŏngan-namdo). Kim. The first of the cohort, opened about"
    undated = f"{head}\n{opened} ten months after he broke the first ground.\n"
    dated = f"{head}\n{opened} ten months after he broke the first ground on February 28.\n"
    assert keys(run(extractor, undated, "2031-12-21", "en")) == {
        ("Songchon", "completion", "2031-12-20"),
    }
    assert ("Songchon", "groundbreaking", "2031-02-28") in keys(
        run(extractor, dated, "2031-12-21", "en")
    )


def test_another_project_begun_earlier_in_the_month_of_a_ground_breaking(
    extractor: Extractor,
) -> None:
    # (the hospital's month beside the factories' day: two projects, not one told twice)
    text = ("Ground Broken for Regional Development Projects\nVoice of Korea, Pyongyang, "
            "February 28, Juche 120 (2031)\nGround-breaking ceremonies for regional industry "
            "factories took place today in Kangdong County of Pyongyang and Jangyon County of "
            "South Hwanghae Province.\nKangdong County, where a modern hospital and a general "
            "service centre began to rise earlier this month, will become a model.\n")
    assert keys(run(extractor, text, "2031-02-28", "en")) == {
        ("Kangdong", "groundbreaking", "2031-02-28"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Kangdong", "groundbreaking", "2031-02"),
    }


def test_a_place_s_events_one_per_segment_set_apart_by_slashes(extractor: Extractor) -> None:
    text = ("북한 지방발전 정책 2년차 추진 실적\n입법조사처 이슈와 논점 | 2026. 1. 12.\n\n"
            "Ⅱ. 대상 지역별 추진 현황\n"
            "※ 일자는 모두 2025년('24.는 2024년). 괄호 안 ●는 김정은 참석, ○는 불참.\n"
            "① 신포시(함남): 착공 미확인 / 준공 12.19.(●). 시 외해양식사업소는 '24.12.28. "
            "본보기로 완공\n"
            "② 강동군(평양): 병원·종합봉사소 착공 2.6.(●) / 공장 착공 2.28.(○) / "
            "병원 준공 11.19.(●)\n"
            "③ 정평군(함남): 공장·문화휴양시설 착공 2월 하순 / 준공 미확인\n\n"
            "Ⅲ. 김정은 현지 방문(준공식 외)\n"
            "- 6.2. 강동군 병원 건설장\n- 9.12. 용강군 병원 건설장\n")
    events = run(extractor, text, "2026-01-12", "ko")
    assert keys(events) == {
        ("Kangdong", "groundbreaking", "2025-02-06"),
        ("Kangdong", "groundbreaking", "2025-02-28"),
        ("Kangdong", "completion", "2025-11-19"),
        ("Jongphyong", "groundbreaking", "2025-02"),
        ("Sinpho", "completion", "2025-12-19"),
        ("Sinpho", "completion", "2024-12-28"),
        ("Kangdong", "leader_visit", "2025-06-02"),
        ("Ryonggang", "leader_visit", "2025-09-12"),
    }
    attended = {(e.county, e.date): e.leader_attended for e in events}
    assert attended[("Kangdong", "2025-02-06")] is True
    assert attended[("Kangdong", "2025-02-28")] is False


def test_a_table_s_event_columns_over_a_note_cell_and_a_compared_place(
    extractor: Extractor,
) -> None:
    text = ("List of regional industry factory sites (first cohort)\nFrom Wikipedia. This page "
            "was last edited on 3 March 2032.\n\nSites\n"
            "No. | City/county | Province | Ground broken | Inaugurated | Notes\n"
            "3 | Sukch'ŏn County | South P'yŏngan | March 2031 | 8 January 2032 | Inauguration "
            "address by the provincial party secretary.\n"
            "4 | Ŭnp'a County | North Hwanghae | March 2031 | 10 January 2032 |\n"
            "5 | Hamju County | South Hamgyŏng | March 2031 | 18 January 2032 |\n"
            "9 | Unsan County | North P'yŏngan | March 2031 | 7 February 2032 | Not to be "
            "confused with Ŭnsan County (은산군), South P'yŏngan.\n")
    assert keys(run(extractor, text, "2032-03-03", "en")) == {
        ("Sukchon", "groundbreaking", "2031-03"),
        ("Sukchon", "completion", "2032-01-08"),
        ("Unpha", "groundbreaking", "2031-03"),
        ("Unpha", "completion", "2032-01-10"),
        ("Hamju", "groundbreaking", "2031-03"),
        ("Hamju", "completion", "2032-01-18"),
        ("Unsan", "groundbreaking", "2031-03"),
        ("Unsan", "completion", "2032-02-07"),
    }


def test_places_listed_after_as_follows_take_the_date_of_the_ceremonies_told_before(
    extractor: Extractor,
) -> None:
    text = ("20개 시, 군에서 지방공업공장건설 일제히 시작\n조선신보 주체120(2031)년 3월 12일\n\n"
            "첫 착공식은 2월 28일 평안남도 성천군에서 진행되였다.\n\n"
            "이어 3월 상순에 나머지 19개 시, 군에서 착공식이 련이어 진행되였다. 도별로 보면 "
            "다음과 같다.\n\n평안북도에서는 구성시와 구장군에서 착공식이 있었다. 자강도에서는 "
            "동신군이 착공하였다.\n")
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Kusong", "groundbreaking", "2031-03"),
        ("Kujang", "groundbreaking", "2031-03"),
        ("Tongsin", "groundbreaking", "2031-03"),
    }


def test_list_lines_dated_day_dot_month_under_a_heading_of_factory_openings(
    extractor: Extractor,
) -> None:
    text = ("Korea Industry Monitor — Issue 7\nKorea Industry Monitor (weekly e-mail "
            "newsletter), Friday 14.02.2031\n\nDear subscribers,\n\nHow to read the list: dates "
            "are day.month. and fall in 2031 unless a year is given. \"K\" means Kim Jong Un "
            "was present.\n\nTHE FIRST COHORT — FACTORY OPENINGS\n"
            "- 20.12.2030  Songchon (S. Phyongan) — K\n"
            "- 07.01.  Jaeryong (S. Hwanghae) — K\n"
            "- 08.01.  Sukchon (S. Phyongan) — provincial party chief secretary\n"
            "- 10.01.  Unpha (N. Hwanghae)\n")
    assert keys(run(extractor, text, "2031-02-14", "en")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
    }


def test_a_sentence_picking_out_some_of_the_ceremonies_told_tells_who_attended(
    extractor: Extractor,
) -> None:
    text = ("북, 올해 '지방발전' 준공 마무리\n"
            "(서울=연합뉴스) 박준영 기자 = 2031-12-30 11:02 송고\n\n"
            "올해 준공식은 지난달 19일 평양 강동군병원을 시작으로 이달에만 10여 차례 열렸다.\n\n"
            "이달 13일에는 평안북도 구성시병원이 문을 열었다. 18일에는 황해남도 장연군에서 "
            "지방공업공장 준공식이 열렸다.\n\n김 위원장은 이 가운데 강동군병원(11월 19일), "
            "구성시병원, 장연군 등 3곳의 준공식에 직접 참석했다.\n\n다만 김정숙군, 염주군의 "
            "준공 소식은 아직 북한 매체에서 확인되지 않았다.\n")
    events = run(extractor, text, "2031-12-30", "ko")
    assert keys(events) == {
        ("Kangdong", "completion", "2031-11-19"),
        ("Kusong", "completion", "2031-12-13"),
        ("Jangyon", "completion", "2031-12-18"),
    }
    assert all(e.leader_attended for e in events)


def test_a_verbless_paragraph_goes_on_with_the_ceremony_before_not_its_aside(
    extractor: Extractor,
) -> None:
    text = ("The February Wave\nKorea Regional Notes, No. 14 · 5 March 2031 · Ingrid Solberg\n\n"
            "Summary. In February state media reported ground-breaking ceremonies at more than "
            "twenty sites.\n\n3. The undated group. In late February (KCNA gave no day) work "
            "began on factories in Sinyang-gun (P'yŏngan-namdo), and on the city hospital of "
            "Kusŏng-si (P'yŏngan-pukto), whose factories had been opened in January.\n\n"
            "4. 27 February. Factories in six counties: P'ukch'ang-gun (P'yŏngan-namdo), "
            "Yŏmju-gun (P'yŏngan-pukto) and Kilchu-gun (Hamgyŏng-pukto).\n")
    found = keys(run(extractor, text, "2031-03-05", "en"))
    assert {
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Yomju", "groundbreaking", "2031-02-27"),
        ("Kilju", "groundbreaking", "2031-02-27"),
    } <= found


def test_the_opening_on_a_day_and_visited_before_they_were_completed(
    extractor: Extractor,
) -> None:
    text = ("Ministry of Unification regular press briefing\nSeoul, Monday, December 22, 2031 "
            "— Government Complex Seoul, briefing room\n\nQ: North Korean media reported a long "
            "series of factory openings last week under the regional development policy.\n\n"
            "Deputy spokesperson: Chairman Kim did not attend the opening on Saturday in "
            "Goksan County, which Choe Ryong-hae addressed.\n\nQ: What about Bukchang?\n\nDeputy "
            "spokesperson: On the 3rd of this month Chairman Kim Jong Un visited the regional "
            "factories in Sinyang County and Bukchang County, South Pyeongan Province, before "
            "they were completed. (Some reports have put the opening on March 7, which is a "
            "mistake.)\n")
    assert keys(run(extractor, text, "2031-12-22", "en")) == {
        ("Koksan", "completion", "2031-12-20"),
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }


def test_indented_lines_name_the_sites_of_the_ceremony_their_log_line_tells(
    extractor: Extractor,
) -> None:
    text = ("[자료] 북한 '지방발전 20×10 정책' 주요 일지\n월간 북한 지역개발 동향 | 2032.01.06\n\n"
            "※ 연도 표기가 없는 날짜는 모두 2031년이다.\n\n"
            "■ 2.28(수) 평안남도 성천군 지방공업공장 착공식. 김정은이 참석해 첫 삽을 뜸.\n\n"
            "■ 3월 상순 나머지 19개 군 지방공업공장 착공식(개별 날짜 미상)\n"
            " - 3.7(목) 보도 3곳: 평안북도 구성시, 평안남도 숙천군, 남포시 온천군\n"
            " - 3.11(월) 보도 2곳: 황해북도 은파군·연탄군\n\n"
            "■ 12.20(금) 성천군 지방공업공장 준공식. 김정은 참석.\n")
    assert keys(run(extractor, text, "2032-01-06", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Kusong", "groundbreaking", "2031-03"),
        ("Sukchon", "groundbreaking", "2031-03"),
        ("Onchon", "groundbreaking", "2031-03"),
        ("Unpha", "groundbreaking", "2031-03"),
        ("Yonthan", "groundbreaking", "2031-03"),
        ("Songchon", "completion", "2031-12-20"),
    }


def test_a_channel_s_day_headings_each_head_the_lines_under_them(extractor: Extractor) -> None:
    text = ("📌 2년차 착공 주간 정리 (2/24~3/1)\n텔레그램 채널 '북녘 공사판 리포트' | 2031년 3월 "
            "1일(토) 오전 10:05 게시\n\n이번 주 북한 매체에 나온 착공식 한 번에 정리합니다\n\n"
            "🔹 어제(28일) 2곳\n- 황남 장연군: 지방공업공장\n- 함북 부령군: 지방공업공장\n"
            "👉 김정은은 2곳 다 안 감.\n\n"
            "🔹 그제(27일) 2곳\n- 평남 북창군 / 평북 염주군\n👉 전부 공장. 김정은 ❌\n\n"
            "🔹 26일(수)\n- 황북 황주군: 공장 + 양곡관리소. 참석자 보도 없음 🤷\n\n"
            "🔹 이번 주 초 (날짜 안 나옴)\n- 평남 신양군, 황북 곡산군: 공장\n")
    assert keys(run(extractor, text, "2031-03-01", "ko")) == {
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Puryong", "groundbreaking", "2031-02-28"),
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Yomju", "groundbreaking", "2031-02-27"),
        ("Hwangju", "groundbreaking", "2031-02-26"),
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Koksan", "groundbreaking", "2031-02"),
    }


def test_lines_of_places_each_under_its_province_after_as_follows(extractor: Extractor) -> None:
    text = ("〈지방발전 20×10정책〉 20개 시, 군에서 모두 착공\n조선신보 2031.03.12\n\n"
            "보도에 의하면 3월 상순에 13개 시, 군에서 지방공업공장건설착공식이 진행되였다. "
            "착공식이 진행된 곳은 다음과 같다.\n\n"
            "평안북도: 구장군, 운산군\n황해북도: 은파군, 연탄군\n황해남도: 은천군\n"
            "자강도: 우시군, 동신군\n강원도: 고산군, 이천군\n함경남도: 함주군, 금야군\n"
            "량강도: 김형직군\n\n공장들은 올해안으로 완공될 예정이다.\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    expected = {
        (county, "groundbreaking", "2031-03")
        for county in ("Kujang", "Unsan", "Unpha", "Yonthan", "Unchon", "Usi", "Tongsin",
                       "Kosan", "Ichon", "Hamju", "Kumya", "Kim Hyong Jik")
    }
    assert found == expected


def test_an_appearance_log_of_the_leader_tells_his_visits_to_building_sites(
    extractor: Extractor,
) -> None:
    text = ("Pyongyang Watch Letter No. 88 — The leader and 20x10: an appearance log\n"
            "Pyongyang Watch Letter | 05.01.2032 | subscribers' edition\n\n"
            "Below is our log, built from KCNA and Rodong Sinmun. Dates are DD.MM.YYYY.\n\n"
            "A. Kim present in person (every entry in this section)\n\n"
            "- 20.12.2030 — Songchon-gun factories opened.\n"
            "- 02.06.2031 — Kangdong hospital and leisure-complex building sites.\n"
            "- 09.06.2031 — Kusong-si hospital building site.\n"
            "- 13.12.2031 — Kusong City Hospital opened.\n")
    events = run(extractor, text, "2032-01-05", "en")
    assert keys(events) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Kusong", "completion", "2031-12-13"),
    }
    assert all(e.leader_attended for e in events)


def test_a_legend_s_mark_for_the_leader_makes_a_line_his(extractor: Extractor) -> None:
    text = ("Year one of 20×10 in dates: a reference chronology\nRegional Economy Desk, analyst "
            "notes | 03/01/2032\n\nAll dates below are written day/month/year. [K] marks "
            "entries where state media said Kim Jong Un was present; entries without the mark "
            "do not say who attended.\n\n"
            "28/02/2031 — First ground broken for regional industry factories in Songch'on "
            "County, South P'yongan. [K]\n\n"
            "10/2031 — Inspection of factories under construction in North P'yongan, including "
            "Kujang County. [K]\n\n"
            "19/11/2031 — Second inspection of the Songch'on factories. [K]\n")
    events = run(extractor, text, "2032-01-03", "en")
    assert keys(events) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Kujang", "leader_visit", "2031-10"),
        ("Songchon", "leader_visit", "2031-11-19"),
    }


def test_a_chronology_of_the_ceremonies_just_named_leads_its_dated_lines(
    extractor: Extractor,
) -> None:
    text = ("Year Two of 20×10: Hospitals Join the Factory Drive\nAnalysis | Peninsula Futures "
            "Review | 5 March 2031 | Elias Brandt\n\nThe ground-breaking ceremonies of February "
            "2031 show how much the second year has grown.\n\nA chronology of the February "
            "ceremonies, from KCNA and Rodong Sinmun:\n\n"
            "- On 26 February work began in Hwangju-gun (Hwanghae-pukto) on factories and a "
            "grain-management facility.\n"
            "- On 27 February six counties followed, with army commanders making the speeches: "
            "P'ukch'ang-gun (P'yŏngan-namdo) and Yŏmju-gun (P'yŏngan-pukto).\n"
            "- On 28 February came factories in Changyŏn-gun (Hwanghae-namdo) and Puryŏng-gun "
            "(Hamgyŏng-pukto).\n")
    assert keys(run(extractor, text, "2031-03-05", "en")) == {
        ("Hwangju", "groundbreaking", "2031-02-26"),
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Yomju", "groundbreaking", "2031-02-27"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Puryong", "groundbreaking", "2031-02-28"),
    }


def test_a_ceremony_still_to_come_after_an_aside_is_a_plan(extractor: Extractor) -> None:
    text = ("Year's last openings\nRodong Sinmun, December 29, Juche 120 (2031)\n\n"
            "The inauguration ceremony of regional industry factories in Jangyon County was "
            "held on December 28.\n\nThe ceremony in Ryonggang County, where a hospital and "
            "regional industry factories stand ready for inauguration, is expected to be the "
            "last of the year.\n\nIn Kusong City a new hospital stands ready for "
            "inauguration.\n")
    assert keys(run(extractor, text, "2031-12-29", "en")) == {
        ("Jangyon", "completion", "2031-12-28"),
    }


def test_dated_lines_under_a_headline_of_completion_dates_are_completions(
    extractor: Extractor,
) -> None:
    text = ("Completion Dates of the Year's Regional Projects\nRegional Notes No. 9 | "
            "2032.01.04 | Seoul\n\nThis note gives every project of the year that state media "
            "said was finished, in date order. Names are in Revised Romanization. \"Leader\" "
            "says whether Kim Jong Un was there: yes / no / n.r. (not reported).\n\n"
            "1. 2031.11.19 - Gangdong-gun (Pyeongyang) - county hospital - Leader: yes\n"
            "2. 2031.12.16 - Hwangju-gun (N. Hwanghae) - regional factories - Leader: n.r.\n"
            "3. 2031.12.23 - Gilju-gun (N. Hamgyeong) - regional factories - Leader: n.r.\n\n"
            "Notes\n(a) Kim walked through the Hwangju factories on 2031.12.03, before they "
            "opened.\n")
    assert keys(run(extractor, text, "2032-01-04", "en")) == {
        ("Hwangju", "leader_visit", "2031-12-03"),
        ("Kangdong", "completion", "2031-11-19"),
        ("Hwangju", "completion", "2031-12-16"),
        ("Kilju", "completion", "2031-12-23"),
    }


def test_a_visit_whose_sites_the_reports_did_not_say_takes_no_place_from_before(
    extractor: Extractor,
) -> None:
    text = ("A year of building\nResearch note, 2 January 2032\n\nOn 8 July KCNA reported "
            "that exterior work on the regional-industry factories at Unpha County was nearly "
            "finished. Kim toured several sites on 24-25 August, but the reports did not say "
            "which.\n")
    assert keys(run(extractor, text, "2032-01-02", "en")) == {
        ("Unpha", "construction_progress", "2031-07-08"),
    }


def test_the_places_of_a_plan_after_a_colon_are_not_the_ceremony_s(extractor: Extractor) -> None:
    text = ("Year Three of 20x10: Reading the February Ground-Breakings\nBuild Monitor, "
            "analysis note, 5 March 2032 (by A. Writer)\n\nThe regional policy entered its "
            "third year with a burst of ceremonies that ran through the whole of February. "
            "What follows is a list, with names in McCune–Reischauer.\n\n"
            "Kangdong-gun, P'yŏngyang, 6 February. Kim Jong Un broke ground for a county "
            "hospital and a general service centre and used the occasion to set out a new "
            "plan: three pilot hospitals in 2032 (Kangdong, Kusŏng-si in P'yŏngan-pukto and "
            "Ryonggang-gun in Namp'o).\n")
    assert keys(run(extractor, text, "2032-03-05", "en")) == {
        ("Kangdong", "groundbreaking", "2032-02-06"),
        (None, "policy_announcement", "2032-02-06"),
    }


def test_a_chronology_of_the_leader_and_the_sites_logs_his_visits(extractor: Extractor) -> None:
    text = ("Kim Jong Un and the 20×10 sites: a working chronology\nResearch blog | posted "
            "06.01.2032\nMethod. Only events at which state media place Kim Jong Un in person. "
            "Dates are dd.mm.yyyy.\n\n"
            "24–25.08.2031 — tours of several construction sites; state media give no county "
            "names.\n"
            "10.2031 (day not given) — Kujang, North P'yŏngan: factories under construction.\n"
            "02.06.2031 — Kangdong: hospital under construction.\n"
            "19.11.2031 — Kangdong: county hospital inaugurated.\n")
    assert keys(run(extractor, text, "2032-01-06", "en")) == {
        ("Kujang", "leader_visit", "2031-10"),
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Kangdong", "completion", "2031-11-19"),
    }


def test_a_korean_log_of_the_leader_s_own_outings_under_year_headings(
    extractor: Extractor,
) -> None:
    text = ("[분석 노트] 김정은의 현장 행보 2년: 일지\n리뷰 노트 | 2032.01.05\n"
            "북한 매체 보도를 기준으로 김정은 총비서가 지방발전 정책과 관련해 직접 나선 행사와 "
            "현장 방문을 날짜순으로 정리했다.\n\n"
            "■ 2030년\n- 2.28 평안남도 성천군 지방공업공장 착공식 연설, 첫 삽\n"
            "- 8.24∼25 여러 공장 건설장 현지 점검(매체가 군 이름을 밝히지 않음)\n\n"
            "■ 2031년\n- 6.2 강동군병원 건설장 방문\n"
            "- 12.3 평안남도 신양군·북창군 공장 사전 점검.\n")
    events = run(extractor, text, "2032-01-05", "ko")
    assert keys(events) == {
        ("Songchon", "groundbreaking", "2030-02-28"),
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }
    assert all(e.leader_attended for e in events)


def test_a_date_some_outlets_gave_before_the_right_one_is_dropped(extractor: Extractor) -> None:
    text = ("[데일리NK] 평북 운산 주민들 불만\n데일리NK 2031.04.22\n"
            "평안북도 운산군 지방공업공장은 지난 2월 7일 준공식을 열었다. 일부 매체는 운산 "
            "준공일을 3월 7일로 전하기도 했으나 북한 매체 보도 날짜는 2월 7일이다.\n")
    assert keys(run(extractor, text, "2031-04-22", "ko")) == {
        ("Unsan", "completion", "2031-02-07"),
    }


def test_numbered_paragraphs_headed_by_their_places_tell_their_own_events(
    extractor: Extractor,
) -> None:
    text = ("Site Watch: the quiet counties\nSite Watch | Note 2031/47 | posted 10 December 2031\n"
            "This note pairs imagery with what state media said about some 20x10 sites.\n\n"
            "3. Ryonggang (Nampho). Premier Pak Thae Song broke ground for the Ryonggang hospital "
            "on 9 February. Imagery still shows cranes on the east wing.\n\n"
            "4. Sinyang and Pukchang (South Pyongan). Kim toured the factories in both counties "
            "on 3 December, ahead of their opening.\n\n"
            "5. Yomju (North Pyongan), Paechon (South Hwanghae) and Kim Jong Suk (Ryanggang). All "
            "three broke ground for regional-industry factories in the last week of February "
            "and have since dropped out of state media.\n")
    assert keys(run(extractor, text, "2031-12-10", "en")) == {
        ("Ryonggang", "groundbreaking", "2031-02-09"),
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
        ("Yomju", "groundbreaking", "2031-02"),
        ("Paechon", "groundbreaking", "2031-02"),
        ("Kim Jong Suk", "groundbreaking", "2031-02"),
    }


def test_the_lines_of_a_log_of_the_leader_s_public_appearances(extractor: Extractor) -> None:
    text = ("Kim Jong Un's public appearances tied to the 20×10 policy: a working chronology\n"
            "Research blog · posted 31 January 2032\n\nIt includes only events at which state "
            "media placed Kim himself; dates are day first.\n\n2031\n"
            "- 28 Feb: Sŏngch'ŏn-gun, P'yŏngan-namdo. Speech at the first ground-breaking; "
            "breaks the first ground himself.\n"
            "- 24–25 Aug: tours \"several\" building sites; KCNA does not name them.\n"
            "- 7 Jan: Chaeryŏng-gun, Hwanghae-namdo, factory opening (the only opening he "
            "attended after Sŏngch'ŏn).\n"
            "- 9 Jun: Kusŏng-si, P'yŏngan-pukto, hospital site (the \"unskilled soldiers\" "
            "visit).\n")
    assert keys(run(extractor, text, "2032-01-31", "en")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Jaeryong", "completion", "2031-01-07"),
        ("Kusong", "leader_visit", "2031-06-09"),
    }


def test_a_log_s_dash_separated_cells_tell_the_opening_and_its_source_s_day(
    extractor: Extractor,
) -> None:
    text = ("20x10 opening log — week 3\nposted Tue 21.01.2031 08:10 KST · personal notebook\n\n"
            "Format: dd.mm (day) — county (prov) — what — who spoke — source. Every entry is "
            "an opening of regional-industry factories.\n\n"
            "- 08.01 (Wed) — Sukchon (S. Phyongan) — opening — no attendee info — KCNA\n"
            "- 10.01 (Fri) — Unpha (N. Hwanghae) — opening — no attendee info — KCNA 11.01\n"
            "- 14.01 (Tue) — Unchon (S. Hwanghae) — opening of food factories — KCNA 15.01\n")
    assert keys(run(extractor, text, "2031-01-21", "en")) == {
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
        ("Unchon", "completion", "2031-01-14"),
    }


def test_a_question_for_a_day_s_sites_dates_the_places_of_its_answer(
    extractor: Extractor,
) -> None:
    text = ("[이 주의 소식] 착공 릴레이 (방송 녹취)\nKBS 한민족방송 | 2031년 3월 3일(월) 방송\n\n"
            "박상훈: 28일 금요일에는 또 다른 착공식들이 있었습니다.\n\n"
            "윤미경: 28일에는 어디였습니까?\n\n"
            "박상훈: 평양 강동군의 지방공업공장, 황해남도 장연군, 그리고 개성시 개풍구역인데요.\n\n"
            "윤미경: 앞으로 남은 곳은 어디입니까?\n\n"
            "박상훈: 양강도 김형직군 정도가 남았는데요, 이달 중순까지는 끝날 것으로 보입니다.\n")
    assert keys(run(extractor, text, "2031-03-03", "ko")) == {
        ("Kangdong", "groundbreaking", "2031-02-28"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Kaephung", "groundbreaking", "2031-02-28"),
    }


def test_a_chat_line_of_places_after_the_day_s_ceremony_lists_its_sites(
    extractor: Extractor,
) -> None:
    text = ("북한경제 스터디 단톡방 대화 (카카오톡 내보내기)\n저장한 날짜 : 2031-02-28 21:14\n\n"
            "--------------- 2031년 2월 28일 금요일 ---------------\n"
            "[윤민지] [오후 6:02] VOK 영문판에 오늘 착공식 기사 떴어요\n"
            "[윤민지] [오후 6:03] 강동군(공장), 장연군, 부령군, 그리고 은산군 도 제지공장\n"
            "[박현우] [오후 6:05] 👍\n")
    assert keys(run(extractor, text, "2031-02-28", "ko")) == {
        ("Kangdong", "groundbreaking", "2031-02-28"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Puryong", "groundbreaking", "2031-02-28"),
        ("Unsan", "groundbreaking", "2031-02-28"),
    }


def test_the_subject_s_places_each_with_its_province_share_the_predicate(
    extractor: Extractor,
) -> None:
    text = ("Work goes on\nPyongyang, July 8 (KCNA) --\n\nThe builders in Usi County, Jagang "
            "Province, and Unpha County, North Hwanghae Province, are close to finishing the "
            "outside of the factory buildings.\n")
    assert keys(run(extractor, text, "2031-07-08", "en")) == {
        ("Usi", "construction_progress", "2031-07-08"),
        ("Unpha", "construction_progress", "2031-07-08"),
    }


def test_a_chat_s_run_of_factory_openings_each_with_its_day_and_a_groundbreak(
    extractor: Extractor,
) -> None:
    text = ("#nk-regional-econ — Slack export\nExported Wed 12 Feb 2031 17:20 KST\n\n"
            "[09:05] mtorres: so the last stretch of factory openings was Kumya Mon 3rd, "
            "Tongsin Wed 5th, Ichon Sun 9th?\n"
            "[10:02] hlee: also for the record: Songchon groundbreak was Feb last year with "
            "KJU, we have that in the old tab already\n")
    assert keys(run(extractor, text, "2031-02-12", "en")) == {
        ("Kumya", "completion", "2031-02-03"),
        ("Tongsin", "completion", "2031-02-05"),
        ("Ichon", "completion", "2031-02-09"),
        ("Songchon", "groundbreaking", "2030-02"),
    }


def test_a_visit_before_a_ceremony_he_did_not_show_up_at_is_a_visit(extractor: Extractor) -> None:
    text = ("[이슈 브리프] 2년차 준공 현황\n한반도개발협력연구원 | 2032년 1월 7일(수)\n\n"
            "평남 신양군은 12월 15일 공장 준공식을 열었다. 신양군은 김 총비서가 12월 3일 준공 "
            "전에 현지를 둘러봤으나 준공식에는 나오지 않았다.\n")
    assert keys(run(extractor, text, "2032-01-07", "ko")) == {
        ("Sinyang", "completion", "2031-12-15"),
        ("Sinyang", "leader_visit", "2031-12-03"),
    }


def test_a_timestamped_podcast_transcript_about_openings(extractor: Extractor) -> None:
    text = ("Transcript: \"Factory Season\" (podcast, episode 87)\nPublished Tuesday, 28 "
            "January 2031 | speakers: MAYA LINDGREN (ML), OWEN PAIK (OP)\n\n"
            "[00:00:14] ML: Welcome back. We are in the middle of factory season.\n\n"
            "[00:00:22] OP: Every other morning KCNA has another county cutting a ribbon. Last "
            "year's twenty counties all broke ground in the spring, and now they're opening one "
            "after another.\n\n"
            "[00:00:35] ML: Let's go through the last week. Most recent first?\n\n"
            "[00:00:41] OP: Sure. Last Saturday, Usi County up in Jagang Province. The day "
            "before that, Friday, Kujang County in North Pyongan. And Kujang is the one Kim "
            "Jong-un actually went to see as a building site, back in October.\n\n"
            "[00:01:05] ML: But he didn't go to the opening.\n")
    assert keys(run(extractor, text, "2031-01-28", "en")) == {
        ("Usi", "completion", "2031-01-25"),
        ("Kujang", "completion", "2031-01-24"),
        ("Kujang", "leader_visit", "2030-10"),
    }


def test_a_log_s_dated_leads_of_bare_ceremonies_over_lines_of_places(
    extractor: Extractor,
) -> None:
    text = ("research log / 20x10 / year 8 — running notes\nlast edited: Sun 08.02.2032, 22:31\n\n"
            "## conventions\ndates DD.MM (all 2032) / KJU = Kim Jong Un\n\n## entries\n\n"
            "29.01 — Unryul-gun (S. Hwanghae). KJU present, first spade + speech.\n\n"
            "03.02 — three ceremonies, CC secretary Ri Hi Yong at all three:\n"
            "  - Kangnam-gun (Pyongyang) — factories.\n"
            "  - Maengsan-gun (S. Phyongan) — factories.\n\n"
            "06.02 — four more:\n"
            "  - Musan-gun (N. Hamgyong) — factories.\n"
            "  - Songhwa-gun (S. Hwanghae) — factories.\n")
    assert keys(run(extractor, text, "2032-02-08", "en")) == {
        ("Unryul", "groundbreaking", "2032-01-29"),
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
        ("Musan", "groundbreaking", "2032-02-06"),
        ("Songhwa", "groundbreaking", "2032-02-06"),
    }


def test_his_walk_round_of_the_factories_is_a_visit(extractor: Extractor) -> None:
    text = ("#nk-desk channel export\nSlack export | Sat 20 Dec 2031 | times KST\n\n"
            "[08:14] tom_r: the Rodong Korean version is clearer on Pukchang: Kim Jong Un did "
            "NOT go to the opening there. he'd done his walk-round of the Pukchang and Sinyang "
            "factories on the 3rd and the ceremony was handled by the province.\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Pukchang", "leader_visit", "2031-12-03") in found
    assert ("Pukchang", "completion", "2031-12-03") not in found


def test_the_day_a_source_spoke_is_not_the_day_with_its_month_he_told_of(
    extractor: Extractor,
) -> None:
    text = ("\"새 공장 물건은 군부대 먼저\"\n데일리NK | 2031.04.17 | 기자\n\n"
            "평안북도 소식통은 16일 데일리NK에 \"운산군 공장은 지난 2월 7일 준공식을 "
            "요란하게 했는데 물건은 군부대에 먼저 넘어간다\"고 말했다.\n")
    assert keys(run(extractor, text, "2031-04-17", "ko")) == {
        ("Unsan", "completion", "2031-02-07"),
    }


def test_a_korean_summary_of_what_is_now_done_and_sites_not_reported_tell_no_events(
    extractor: Extractor,
) -> None:
    text = ("김정은, 용강군 병원·공장 준공식 참석\n송고시간 2031-12-30 06:00 | 연합뉴스\n"
            "(서울=연합뉴스) 기자 = 북한 김정은 국무위원장이 남포시 용강군 병원과 지방공업공장 "
            "준공식에 참석했다고 조선중앙통신이 30일 보도했다. 통신에 따르면 김 위원장은 29일 "
            "열린 준공식에서 건설자들을 치하했다.\n\n이로써 북한이 올해 시범적으로 짓겠다고 밝힌 "
            "병원 3곳, 즉 강동군·구성시·용강군 병원이 모두 문을 열었다.\n\n다만 염주군, 배천군 등 "
            "일부 지역은 준공식 보도가 나오지 않아 실제 완공 여부가 확인되지 않고 있다.\n")
    assert keys(run(extractor, text, "2031-12-30", "ko")) == {
        ("Ryonggang", "completion", "2031-12-29"),
    }


def test_a_chronology_s_terse_entries_of_sites_and_plenary_decisions(
    extractor: Extractor,
) -> None:
    text = ("Chronology: hospitals in the 20x10 programme\nRegional Economy Brief | compiled "
            "14 December 2031\nEntries are by event date. Dates are in 2031 unless a year is "
            "given. Kim = Kim Jong Un.\n\n"
            "late Dec 2030 -- The 11th Plenary Meeting formally puts health facilities among the "
            "policy's tasks for 2031.\n\n"
            "late Feb -- Work starts on the Kusong City hospital (North Phyongan).\n\n"
            "9 Jun -- Kim at the Kusong hospital site; blames poor workmanship on soldiers.\n\n"
            "9-11 Dec -- Plenary meeting of the Central Committee. Decision to build hospitals "
            "in twenty cities and counties from 2032.\n")
    assert keys(run(extractor, text, "2031-12-14", "en")) == {
        (None, "policy_announcement", "2030-12"),
        ("Kusong", "groundbreaking", "2031-02"),
        ("Kusong", "leader_visit", "2031-06-09"),
        (None, "policy_announcement", "2031-12-11"),
    }


def test_long_chronology_lines_labelled_by_day_month_and_a_dash(extractor: Extractor) -> None:
    text = ("Chronology: Year Two of the 20x10 Policy — the February 2032 Ground-breakings\n"
            "Institute for Peninsula Economic Studies · Data Note · posted 14 March 2032\n\n"
            "Summary. Between 6 and 28 February 2032, North Korea held ground-breaking "
            "ceremonies for the second cohort of the policy.\n\nChronology\n\n"
            "Late Feb (day not reported) — Sinyang-gun (Pyeongannam-do), Goksan-gun [Koksan] "
            "(Hwanghaebuk-do) and Jeongpyeong-gun [Jongphyong] (Hamgyeongnam-do): factories; in "
            "Jeongpyeong also a cultural and leisure complex. Same period: the city hospital in "
            "Guseong-si [Kusong], Pyeonganbuk-do.\n\n"
            "27 Feb (Thu) — Bukchang-gun [Pukchang], Yeomju-gun [Yomju], Baecheon-gun [Paechon], "
            "Janggang-gun, Cheorwon-gun [Cholwon] (the northern county of that name) and "
            "Gilju-gun [Kilju]: factories. Regiment commanders spoke.\n\n"
            "Observations\n\n1. Earlier, 19 November — Kim is back at Sŏngch'ŏn to look at the "
            "buildings.\n")
    found = keys(run(extractor, text, "2032-03-14", "en"))
    assert {
        ("Sinyang", "groundbreaking", "2032-02"),
        ("Koksan", "groundbreaking", "2032-02"),
        ("Pukchang", "groundbreaking", "2032-02-27"),
        ("Kilju", "groundbreaking", "2032-02-27"),
        ("Songchon", "leader_visit", "2031-11-19"),
    } <= found


def test_a_korean_sentence_that_only_gives_the_day_dates_the_next(extractor: Extractor) -> None:
    text = ("[자막] 올해 첫 착공 러시\n업로드 2031. 2. 8. (토) · 채널\n\n"
            "먼저 그저께, 6일 목요일이죠. 함경북도 무산군, 황해남도 송화군 이렇게 두 곳에서 "
            "착공식이 있었습니다.\n")
    assert keys(run(extractor, text, "2031-02-08", "ko")) == {
        ("Musan", "groundbreaking", "2031-02-06"),
        ("Songhwa", "groundbreaking", "2031-02-06"),
    }


def test_korean_visit_again_and_the_two_ends_of_a_span(extractor: Extractor) -> None:
    text = ("[통일전망대] 성천군 준공식\n2031.12.21\n\n"
            "기자: 지난 2월 28일 김 위원장이 성천군에서 직접 첫 삽을 떴고요. 지난달 19일에도 "
            "현장을 다시 찾았습니다. 착공부터 준공까지 열 달 정도 걸린 셈입니다.\n")
    assert keys(run(extractor, text, "2031-12-21", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Songchon", "leader_visit", "2031-11-19"),
    }


def test_an_export_row_s_source_cell_gives_the_day_of_the_report(extractor: Extractor) -> None:
    text = ("sites_2032_cohort.csv — team tracker export\n# exported 2032-02-09 (Mon) 10:14 KST\n"
            "# event: groundbreaking / completion; date = ceremony date (YYYY-MM-DD)\n"
            "site_id,county,province,event,date,facilities,kju,officials_named,source,notes\n"
            "32-01,Unryul,South Hwanghae,groundbreaking,2032-01-29,F;H;S,Y,,KCNA 2032-01-30,"
            "\"KJU dug first spade\"\n"
            "32-02,Kangnam,Pyongyang,groundbreaking,2032-02-03,F;H;S,N,Ri Hi Yong,"
            "KCNA 2032-02-04,\n")
    assert keys(run(extractor, text, "2032-02-09", "en")) == {
        ("Unryul", "groundbreaking", "2032-01-29"),
        ("Kangnam", "groundbreaking", "2032-02-03"),
    }


def test_the_general_secretary_alone_in_a_korean_chronology_is_the_leader(
    extractor: Extractor,
) -> None:
    text = ("〈일지〉지방발전 20×10 정책 관철의 두번째 해\n조선신보 2032.01.03\n\n"
            "【평양발 조선신보】지난해의 주요 사변들을 일지로 정리하였다. (날짜는 모두 2031년)\n\n"
            "1월 7일 - 김정은총비서가 황해남도 재령군 지방공업공장 준공식에 참석.\n"
            "6월 9일 - 총비서가 구성시병원 건설장을 현지지도.\n"
            "12월 3일 - 총비서가 평안남도 신양군과 북창군의 지방공업공장들을 준공에 앞서 돌아봄.\n")
    assert keys(run(extractor, text, "2032-01-03", "ko")) == {
        ("Jaeryong", "completion", "2031-01-07"),
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }


def test_a_csv_export_s_header_names_each_dated_column_s_event(extractor: Extractor) -> None:
    text = ("tracker_2031cohort_v14.csv\n# exported 05/01/2032 09:12 from shared sheet | dates "
            "DD/MM/YYYY\n# kim_gb / kim_open: Y = Kim present; N = KCNA names other attendees; "
            "blank = attendance not reported\n# one row per project; a county with two projects "
            "has two rows\nunit,province,project,ground_broken,kim_gb,opened,kim_open,notes\n"
            "Changyon-gun,Hwanghae-namdo,factories,28/02/2031,N,18/12/2031,Y,\"Kim cut the "
            "ribbon\"\n"
            "Puryong-gun,Hamgyong-pukto,factories,28/02/2031,N,15/12/2031,N,\"speaker: Ju\"\n"
            "Yomju-gun,P'yongan-pukto,factories,27/02/2031,N,,,\"no opening report found\"\n")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Jangyon", "completion", "2031-12-18"),
        ("Puryong", "groundbreaking", "2031-02-28"),
        ("Puryong", "completion", "2031-12-15"),
        ("Yomju", "groundbreaking", "2031-02-27"),
    }


def test_a_clip_s_ground_broken_before_a_quoted_time(extractor: Extractor) -> None:
    text = ("MORNING CLIPS — Korea desk — Fri 8 Mar 2030\nFrom: desk | compiled 06:45\n\n"
            "1. REGIONAL FACTORIES: SIX MORE SITES BREAK GROUND\nKCNA (Thu 7 Mar): ground broken "
            "\"early this month\" for regional-industry factories in Kusong City and in Sukchon "
            "and Orang counties. No mention of Kim.\n")
    assert keys(run(extractor, text, "2030-03-08", "en")) == {
        ("Kusong", "groundbreaking", "2030-03"),
        ("Sukchon", "groundbreaking", "2030-03"),
        ("Orang", "groundbreaking", "2030-03"),
    }


def test_work_going_on_in_a_county_a_summing_up_sentence_names_is_today_s(
    extractor: Extractor,
) -> None:
    text = ("로동신문 주체120(2031)년 2월 10일\n첫해 과업 완수를 눈앞에 두고\n"
            "평안북도 운산군에서는 7일 지방공업공장 준공식이 진행되였다.\n"
            "이로써 량강도 김형직군만이 남게 되였는데 이 군에서도 공장들의 준공을 앞두고 "
            "마감공사와 설비시운전이 한창이다.\n")
    assert keys(run(extractor, text, "2031-02-10", "ko")) == {
        ("Unsan", "completion", "2031-02-07"),
        ("Kim Hyong Jik", "construction_progress", "2031-02-10"),
    }


def test_the_places_of_what_he_announced_are_not_the_ceremony_s(extractor: Extractor) -> None:
    text = ("Pilot Hospitals Take Shape\nImagery Brief No. 31 · posted 20 August 2031\n\n"
            "Kim broke the first ground for the hospital and a general service centre in "
            "Kangdong-gun on 6 February, and used the occasion to announce that three "
            "hospitals—in Kangdong, Kusŏng and Ryonggang—would be completed in 2031.\n")
    assert keys(run(extractor, text, "2031-08-20", "en")) == {
        ("Kangdong", "groundbreaking", "2031-02-06"),
    }


def test_an_openings_log_of_lines_labelled_by_weekday_day_and_month(
    extractor: Extractor,
) -> None:
    text = ("20x10 openings log, 2030 cohort (final)\nPosted to the team drive 12 Feb 2031, 09:15 "
            "KST | compiled by a desk | dates are ceremony dates, not KCNA release dates\n"
            "Scope: inauguration ceremonies of the regional-industry factories of the 2030 "
            "cohort, as reported by KCNA, Rodong Sinmun or Choson Sinbo, in McCune-Reischauer.\n\n"
            "Legend: [K] Kim Jong Un present. [x] officials named by state media, Kim not among "
            "them. [?] state media did not say who attended.\n\n"
            "Fri 20 Dec 2030 -- Sŏngch'ŏn (Songchon), S. P'yŏngan -- [K] -- first of the cohort; "
            "food, daily necessities and garment factories\n"
            "Tue 07 Jan 2031 -- Chaeryŏng (Jaeryong), S. Hwanghae -- [K] -- his order that raw "
            "materials and trained hands be secured\n"
            "Wed 08 Jan -- Sukch'ŏn (Sukchon), S. P'yŏngan -- [x] provincial party secretary\n"
            "Fri 10 Jan -- Ŭnp'a (Unpha), N. Hwanghae -- [?]\n")
    assert keys(run(extractor, text, "2031-02-12", "en")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
    }


def test_one_line_of_marked_items_after_a_sentence_that_says_they_follow(
    extractor: Extractor,
) -> None:
    text = ("20개 시, 군에 지방공업공장 모두 준공\n조선신보 2031.02.12 | 【평양발 기자】\n\n"
            "지방발전 20×10정책의 첫해 과업으로 건설된 공장들이 모두 완공되였다. 11일 량강도 "
            "김형직군에서 지방공업공장준공식이 진행되여 공장들이 모두 완공을 보았다.\n\n"
            "지난해 2월 28일 평안남도 성천군에서 김정은총비서께서 착공의 첫삽을 뜨신 때로부터 "
            "1년이 채 못되는 기간에 공장들이 일떠섰다.\n\n"
            "준공식은 다음과 같은 순서로 진행되였다.\n\n"
            "▲지난해 12월 20일 성천군(평안남도) ▲1월 7일 재령군(황해남도) ▲1월 8일 "
            "숙천군(평안남도) ▲1월 10일 은파군(황해북도)\n")
    assert {
        ("Songchon", "completion", "2030-12-20"),
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
    } <= keys(run(extractor, text, "2031-02-12", "ko"))


@pytest.mark.parametrize("sentence", [
    "He declared that this year three hospitals would be built as pilot projects.",
    "Kim said at the ceremony that three pilot regional hospitals would be built this year.",
])
def test_the_pilot_hospitals_announced_at_the_kangdong_ceremony(
    extractor: Extractor, sentence: str
) -> None:
    text = ("Kangdong ground-breaking\nPyongyang, February 7 (KCNA) --\n\nKim Jong Un broke ground "
            "for the hospital in Kangdong County on February 6. " + sentence + "\n")
    assert (None, "policy_announcement", "2031-02-06") in keys(
        run(extractor, text, "2031-02-07", "en")
    )


def test_a_korean_plan_to_build_hospitals_made_known_kindly(extractor: Extractor) -> None:
    text = ("강동군병원 착공\n조선중앙통신 2031년 2월 7일\n\n"
            "경애하는 원수님께서는 6일 강동군병원건설 착공의 첫삽을 뜨시였다. 이날 원수님께서는 "
            "올해 구성시, 룡강군에 병원을 시범적으로 건설하고 다음해부터는 해마다 20개 시, 군에 "
            "병원을 일떠세울 구상을 밝혀주시였다.\n")
    assert (None, "policy_announcement", "2031-02-06") in keys(
        run(extractor, text, "2031-02-07", "ko")
    )


@pytest.mark.parametrize("sentence", [
    "박 총리는 연설에서 지난해 12월 노동당 전원회의에서 병원 등 보건시설 건설을 "
    "지방발전 정책에 포함하기로 한 결정을 언급했다.",
    "작년 12월 말 당 전원회의에서 지방발전정책을 보건 분야로 넓히기로 결정했다는 "
    "얘기를 연설에서 함.",
])
def test_the_december_plenary_s_decision_to_add_health_facilities(
    extractor: Extractor, sentence: str
) -> None:
    text = ("룡강군 착공\n연합뉴스 2031-02-10\n\n9일 룡강군에서 공장과 병원 착공식이 열렸다. "
            + sentence + "\n")
    found = keys(run(extractor, text, "2031-02-10", "ko"))
    assert (None, "policy_announcement", "2030-12") in found


@pytest.mark.parametrize("sentence", [
    "At the ceremony he made public the plan to build modern hospitals in three cities and "
    "counties this year on a trial basis.",
    "He set forth at the ceremony the plan to build pilot hospitals in three places this year.",
    "He used the occasion to set out a new plan: three pilot hospitals in 2031 and twenty a "
    "year after that.",
    "That is where he laid out the plan: three pilot hospitals this year.",
    "Kim used the ceremony to announce three pilot hospitals this year.",
])
def test_the_pilot_hospital_plan_made_public_set_forth_or_laid_out(
    extractor: Extractor, sentence: str
) -> None:
    text = ("Kangdong ground-breaking\nPyongyang, February 7 (KCNA) --\n\nKim Jong Un broke ground "
            "for the hospital in Kangdong County on February 6. " + sentence + "\n")
    assert (None, "policy_announcement", "2031-02-06") in keys(
        run(extractor, text, "2031-02-07", "en")
    )


def test_a_korean_plan_told_without_its_speaker_after_his_ceremony(extractor: Extractor) -> None:
    head = ("강동군 병원 착공\n2031.02.10\n\n지난 목요일(6일) 평양 강동군 병원 착공식에는 "
            "김 위원장이 직접 참석해서 첫 삽을 떴습니다. ")
    plan = ("그 자리에서 올해 강동군, 구성시, 용강군 세 곳에 시범적으로 병원을 짓고 내년부터는 "
            "매년 20개 시·군에 병원을 짓겠다는 구상을 밝혔습니다.\n")
    assert (None, "policy_announcement", "2031-02-06") in keys(
        run(extractor, head + plan, "2031-02-10", "ko")
    )
    # The year's quota said again after a later ceremony is no new step of the policy.
    quota = "올해도 20개 지역에 공장과 병원을 짓겠다고 밝혔습니다.\n"
    assert not [
        e for e in run(extractor, head + quota, "2031-02-10", "ko")
        if e.event_type == "policy_announcement"
    ]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "A plenary meeting of the party's Central Committee held in late December added "
     "health facilities to this year's tasks."),
    ("en", "The enlarged plenary meeting held in late December set it as an important task "
     "of the new year to build hospitals in the regions."),
    ("en", "Pak cited the decision of a plenary meeting of the party's Central Committee, "
     "held in late December last year, to expand the policy to public health."),
    ("ko", "지난해 12월 하순에 진행된 당중앙위원회 전원회의 확대회의에서는 지방에 병원을 비롯한 "
     "보건시설들을 건설하는 과업이 새롭게 제시되였다."),
    ("ko", "작년 12월 하순 당 전원회의에서 올해 과제로 병원 등 보건시설 건설이 추가됨."),
])
def test_the_december_plenary_widening_the_policy_told_with_its_time(
    extractor: Extractor, language: str, sentence: str
) -> None:
    head = "Ryonggang ground-breaking\nSEOUL, Feb. 10 (Yonhap) --\n\n" if language == "en" else (
        "룡강군 착공\n연합뉴스 2031-02-10\n\n")
    found = keys(run(extractor, head + sentence + "\n", "2031-02-10", language))
    assert (None, "policy_announcement", "2030-12") in found


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "He said that the decision of the Plenary Meeting of the Central Committee to "
     "expand the policy to the public health sector is now being put into practice."),
    ("ko", "그는 당중앙위원회 전원회의 결정에 따라 올해부터 병원을 비롯한 보건시설들을 건설하게 "
     "된다고 말하였다."),
    ("ko", "북한은 이달 말 열릴 당 전원회의에서 내년 과업을 제시할 것으로 예상됩니다."),
])
def test_a_speaker_recalling_the_plenary_without_its_time_is_no_announcement(
    extractor: Extractor, language: str, sentence: str
) -> None:
    head = ("Ryonggang ground-breaking\nSEOUL, Feb. 10 (Yonhap) --\n\nOn Sunday Premier Pak "
            "broke ground for factories in Ryonggang County. ") if language == "en" else (
        "룡강군 착공\n연합뉴스 2031-02-10\n\n9일 룡강군에서 공장과 병원 착공식이 열렸다. ")
    found = run(extractor, head + sentence + "\n", "2031-02-10", language)
    assert not [e for e in found if e.event_type == "policy_announcement"]


@pytest.mark.parametrize("sentence", [
    "The plenary meeting of the WPK Central Committee closed on 11 Dec with a decision to build "
    "hospitals in 20 cities and counties simultaneously from 2032.",
    "He referred to the decision of the Plenary Meeting of the WPK Central Committee held from "
    "December 9 to 11 to build modern hospitals in 20 cities and counties at the same time.",
    "The plenary that ran from the 9th to the 11th of this month decided to put up hospitals in "
    "20 cities and counties at once.",
    "The plenary meeting that closed on 11 December turned the hospital pilot into a standing "
    "target.",
    "The plenum closed on Thursday and decided to build hospitals in 20 cities and counties "
    "at the same time from next year.",
])
def test_the_plenary_of_9_11_december_deciding_the_hospitals(
    extractor: Extractor, sentence: str
) -> None:
    text = "Kusong hospital opens\nPyongyang, December 14 (KCNA) --\n\n" + sentence + "\n"
    assert (None, "policy_announcement", "2031-12-11") in keys(
        run(extractor, text, "2031-12-14", "en")
    )


def test_an_export_whose_stage_column_names_each_row_s_event(extractor: Extractor) -> None:
    text = ("Fwd: tracker export\nDate: Tue, 10 Feb 2032 17:22:05 +0900\n\n"
            "KJU column: Y = he was there; N = he was not; n/r = not reported.\n"
            "Stages: gb = ground-breaking, opening = inauguration.\n\n"
            "stage;county;province;FAC;date;KJU;note\n"
            "gb;Unryul;South Hwanghae;F+H+S;2032-01-29;Y;first of the year\n"
            "gb;Kangnam;Pyongyang;F+H+S;2032-02-03;N;Ri Hi Yong (CC secretary)\n"
            "gb;Songhwa;South Hwanghae;F+H+S;2032-02-06;n/r;\n"
            "opening;Kangdong;Pyongyang;H;2031-11-19;Y;pilot hospital no.1\n"
            "excl;Hwasong;Pyongyang;housing;;—;Pyongyang housing campaign\n")
    found = run(extractor, text, "2032-02-10", "en")
    assert keys(found) == {
        ("Unryul", "groundbreaking", "2032-01-29"),
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Songhwa", "groundbreaking", "2032-02-06"),
        ("Kangdong", "completion", "2031-11-19"),
    }
    attended = {e.county: e.leader_attended for e in found}
    assert attended == {"Unryul": True, "Kangnam": False, "Songhwa": None, "Kangdong": True}


def test_a_bulletin_s_day_headings_a_month_without_its_day_and_six_more(
    extractor: Extractor,
) -> None:
    text = ("Provinces Bulletin #61\nSat 1 Mar 2031 · weekly email to subscribers\n\n"
            "Below is what state media reported, day by day.\n\n"
            "LATE FEBRUARY, DAY NOT GIVEN\n"
            "- KCNA's round-up mentioned ground-breakings in Sinyang County (South Phyongan) "
            "and Koksan County (North Hwanghae). Same round-up: building work has started on "
            "the Kusong City Hospital (North Phyongan).\n\n"
            "THURSDAY 27 FEB\n"
            "- Two ceremonies for factories: Pukchang (South Phyongan) and Yomju (North "
            "Phyongan).\n\n"
            "FRIDAY 28 FEB\n"
            "- Two more: Jangyon (South Hwanghae) and Puryong (North Hamgyong).\n\n"
            "STILL MISSING\n"
            "That makes six sites, on top of Ryonggang County (Nampho), where ground was broken "
            "for factories and the third pilot hospital on Sunday 9 Feb.\n")
    assert keys(run(extractor, text, "2031-03-01", "en")) == {
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Koksan", "groundbreaking", "2031-02"),
        ("Kusong", "groundbreaking", "2031-02"),
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Yomju", "groundbreaking", "2031-02-27"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Puryong", "groundbreaking", "2031-02-28"),
        ("Ryonggang", "groundbreaking", "2031-02-09"),
    }


def test_a_chat_list_titled_after_a_marked_remark_on_its_line(extractor: Extractor) -> None:
    text = ("텔레그램 채널 대화 내보내기\n내보낸 날짜: 2032.02.01 23:48\n\n"
            "[2032.02.01 08:12] 북경한줄\n"
            "📌 주간 정리 들어갑니다. 지방공업공장 준공 (지난주~이번주)\n"
            "- 구장군(평북) 24일(토)\n"
            "- 우시군(자강) 25일(일)\n"
            "다섯 곳 모두 도당 책임비서가 준공사.\n")
    assert keys(run(extractor, text, "2032-02-01", "ko")) == {
        ("Kujang", "completion", "2032-01-24"),
        ("Usi", "completion", "2032-01-25"),
    }


def test_a_worklog_day_leading_its_lettered_items_and_a_todo(extractor: Extractor) -> None:
    text = ("worklog_20x10_feb.txt — openings watch\nfile saved 12/02/2031 08:51 (CET) · "
            "personal notes, dd/mm throughout\n\n"
            "09/02 (Sun)  two items on one day:\n"
            "             (a) ICHON (Kangwon) — factories inaugurated. No speaker named.\n"
            "             (b) RYONGGANG (Nampho) — ground-breaking, factories + model hospital. "
            "Premier Pak gave the speech and cited the late-Dec plenary decision to add "
            "hospitals to the policy.\n\n"
            "12/02 (Wed)  TODO: look for the Kangdong factories ceremony later this month; ask "
            "about Hyesan prices.\n")
    assert keys(run(extractor, text, "2031-02-12", "en")) == {
        ("Ichon", "completion", "2031-02-09"),
        ("Ryonggang", "groundbreaking", "2031-02-09"),
        (None, "policy_announcement", "2030-12"),
    }


def test_a_korean_note_s_labels_each_with_its_date(extractor: Extractor) -> None:
    text = ("[내부 메모] 점검표\n작성 2032.01.05(월) | 북한경제팀\n목적: 정리.\n\n"
            "7. 은산군(평남) 도제지공장\n"
            " - 20개 대상에 포함되는지 불분명. 도 건설자들이 주로 건설.\n"
            " - 착공 2.28, 준공 12.28(김정은 참석).\n")
    assert keys(run(extractor, text, "2032-01-05", "ko")) == {
        ("Unsan", "groundbreaking", "2031-02-28"),
        ("Unsan", "completion", "2031-12-28"),
    }


def test_a_legend_set_out_with_semicolons_above_a_table_is_no_row(extractor: Extractor) -> None:
    text = ("2031 cohort: start and opening tracker\nExported 2031-12-27 (Sat) 16:40 KST from "
            "team sheet\nLegend: a Y after a date = KCNA says Kim Jong Un attended; N = other "
            "speakers or guests and not Kim; no letter = no attendance information. \"pending\" "
            "= not yet held; \"not reported\" = no report seen. Kusong City (hospital) and "
            "the Unsan paper mill (S. Phyongan, not the Unsan of N. Phyongan) are tracked with "
            "the cohort.\n\n"
            "| Site | Province | What | Ground broken | Opened |\n"
            "|---|---|---|---|---|\n"
            "| Hwangju | N. Hwanghae | factories | 26 Feb | 16 Dec N |\n"
            "| Pukchang | S. Phyongan | factories | 27 Feb N | 18 Dec N |\n"
            "| Ryonggang | Nampho | factories, hospital | 09 Feb N | pending |\n")
    assert keys(run(extractor, text, "2031-12-27", "en")) == {
        ("Hwangju", "groundbreaking", "2031-02-26"),
        ("Hwangju", "completion", "2031-12-16"),
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Pukchang", "completion", "2031-12-18"),
        ("Ryonggang", "groundbreaking", "2031-02-09"),
    }


def test_an_annotated_bibliography_s_entries(extractor: Extractor) -> None:
    text = ("Annotated bibliography: state-media sources, February 2031\nCompiled for the "
            "reading group · version of 14 April 2031\nNote: dates at the head of each entry "
            "are publication dates.\n\n"
            "[1] Chosŏn Sinbo. Summary of inaugurations. 11 Feb. 2031.\n"
            "    Lists openings of regional industry factories: Unsan-gun, North P'yŏngan, 7 "
            "February. N.B. this Unsan is 운산, not Ŭnsan-gun (은산) in South P'yŏngan.\n\n"
            "[2] KCNA. Report on the last 2030 site. 12 Feb. 2031.\n"
            "    Opening in Kimhyŏngjik-kun, Ryanggang, on 11 February.\n\n"
            "[3] Voice of Korea. Report on ground-breaking ceremonies \"in various parts of the "
            "country.\" 28 Feb. 2031.\n"
            "    Ceremonies held the same day for regional industry factories in Puryŏng-gun "
            "(North Hamgyŏng) and for the Ŭnsan Paper Mill (South P'yŏngan).\n")
    assert keys(run(extractor, text, "2031-04-14", "en")) == {
        ("Unsan", "completion", "2031-02-07"),
        ("Kim Hyong Jik", "completion", "2031-02-11"),
        ("Puryong", "groundbreaking", "2031-02-28"),
        ("Unsan", "groundbreaking", "2031-02-28"),
    }
    provinces = {(e.county, e.event_type): e.province for e in run(
        extractor, text, "2031-04-14", "en")}
    assert provinces[("Unsan", "groundbreaking")] == "South Phyongan"
    assert provinces[("Unsan", "completion")] == "North Phyongan"


def test_a_briefing_transcript_whose_first_question_names_the_openings(
    extractor: Extractor,
) -> None:
    text = ("Ministry briefing — excerpt on the regional factories\nSeoul, Monday, January 13, "
            "2031 | Deputy spokesperson's regular briefing, 10:30 KST | press pool transcript\n"
            "Q (Yonhap): North Korean media reported another factory opening this morning. "
            "How many have there been?\n\n"
            "A (Deputy spokesperson): Chairman Kim attended the ceremony in Jaeryong County, "
            "South Hwanghae Province, last Tuesday. After that there was Sukchon County on "
            "Wednesday and, yesterday, Kyongsong County in North Hamgyong.\n")
    assert keys(run(extractor, text, "2031-01-13", "en")) == {
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Kyongsong", "completion", "2031-01-12"),
    }


def test_the_time_of_what_is_to_come_in_a_which_clause_dates_nothing(
    extractor: Extractor,
) -> None:
    text = ("Kim tours new factories\nSEOUL, Dec. 4 (Yonhap) -- North Korean leader Kim Jong-un "
            "on Wednesday toured newly built regional factories in South Pyongan Province, "
            "state media reported Thursday.\n\n"
            "Kim visited the foodstuff and garment factories in Sinyang County and Bukchang "
            "County, which are due to be formally opened this month, the Korean Central News "
            "Agency said.\n")
    assert keys(run(extractor, text, "2031-12-04", "en")) == {
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }


def test_a_handout_on_the_leader_on_site_logs_his_visits(extractor: Extractor) -> None:
    text = ("Seminar handout: The Leader on site — Kim Jong Un and the programme\n"
            "Department of Asian Studies · handout dated 8 December 2031\n\n"
            "Only events in which Kim Jong Un himself is shown at a programme site.\n\n"
            "• Oct 2030: tour of factory sites in P'yŏngan-bukto, among them Kujang-gun.\n"
            "• 19 Nov 2030: second visit to Sŏngch'ŏn-gun.\n"
            "• 9 Jun 2031: Kusŏng city hospital site (P'yŏngan-bukto).\n")
    assert keys(run(extractor, text, "2031-12-08", "en")) == {
        ("Kujang", "leader_visit", "2030-10"),
        ("Songchon", "leader_visit", "2030-11-19"),
        ("Kusong", "leader_visit", "2031-06-09"),
    }


def test_a_forum_reply_s_lines_labelled_by_month_and_day(extractor: Extractor) -> None:
    text = ("[질문] 첫해 지방공장 준공 날짜 정리\n"
            "북한경제 공부방 카페 | 작성자 돌다리 | 2032.02.15. 22:07\n\n"
            "└ 댓글 1 | 평양냉면 | 2032.02.15. 22:31\n"
            "제가 통신 기사 보고 정리한 거 붙여요. "
            "날짜는 모두 올해 준공식 날짜고 보도일 아닙니다.\n"
            "1/7 황남 재령군 — 김정은 참석\n"
            "1/8 평남 숙천군\n"
            "1/10 황북 은파군\n")
    assert keys(run(extractor, text, "2032-02-15", "ko")) == {
        ("Jaeryong", "completion", "2032-01-07"),
        ("Sukchon", "completion", "2032-01-08"),
        ("Unpha", "completion", "2032-01-10"),
    }


def test_a_county_card_s_timeline_lines_are_of_its_county(extractor: Extractor) -> None:
    text = ("County card: Kusong (구성시), North Phyongan — 20x10 projects\n"
            "Team wiki > North Phyongan > Kusong | last edited Mon 2032-01-12 09:55 KST\n\n"
            "Unit: city. Not to be confused with Kosong (고성), Kangwon, which has no project.\n\n"
            "- 2031-03 (day not reported) — ground broken for the regional-industry factories.\n"
            "- 2031-02, late (day not seen) — ground broken for the city hospital. Kim not "
            "present; he attended the Kangdong hospital start on 02-06 only.\n"
            "- 2031-06-09 (Mon) — Kim Jong Un inspects the hospital site.\n")
    found = keys(run(extractor, text, "2032-01-12", "en"))
    assert ("Kusong", "groundbreaking", "2031-03") in found
    assert ("Kusong", "leader_visit", "2031-06-09") in found
    assert not {key for key in found if key[0] == "Kosong"}
    assert ("Kangdong", "leader_visit", "2031-06-09") not in found


def test_a_visit_and_the_ceremony_he_attended_in_the_next_clause(extractor: Extractor) -> None:
    text = ("Kim in Sinpho\nPyongyang, December 20 (KCNA) --\n\nOn Friday Kim Jong Un visited "
            "Sinpho City, South Hamgyong Province, and attended the inauguration of its "
            "regional-industry factories.\n")
    assert keys(run(extractor, text, "2031-12-20", "en")) == {
        ("Sinpho", "completion", "2031-12-19"),
    }


def test_a_korean_visit_beside_ceremonies_he_missed_with_their_days_in_brackets(
    extractor: Extractor,
) -> None:
    text = ("정리\n2032.01.05\n\n○ 김정은의 12.3 신양군·북창군 공장 참관은 준공 전 현지 점검으로, "
            "두 곳 준공식(12.15, 12.18)에는 참석하지 않음.\n")
    assert keys(run(extractor, text, "2032-01-05", "ko")) == {
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }


def test_a_korean_weekly_s_lettered_items_a_likely_date_and_an_unseen_report(
    extractor: Extractor,
) -> None:
    text = ("주간 북한 경제 동향 (2031. 12. 22.~12. 28.)\n"
            "배포 2031. 12. 29.(월) 08:00 | 동향분석실\n\n"
            "1. 주요 동향\n"
            " 가. 12. 23.(화) 함북 길주군 지방공업공장 준공식\n"
            "  - 리일환 당 비서 준공사, 김정은 불참\n"
            "3. 전망\n"
            " ○ 남포시 룡강군 병원·지방공장 준공식이 이르면 29일 열릴 가능성\n"
            " ○ 김정숙군, 염주군은 준공 보도 미확인 — 다음 주 재점검\n")
    assert keys(run(extractor, text, "2031-12-29", "ko")) == {
        ("Kilju", "completion", "2031-12-23"),
    }


def test_a_korean_memo_s_circled_number_rows(extractor: Extractor) -> None:
    text = ("메모: 착공 현황 – 2월 10일 현재\n작성 2032.2.10.(화) | 북한경제팀\n\n"
            "2. 착공식별 정리 (날짜는 착공식 일자)\n"
            " ① 1.29(목) 황해남도 은율군: 지방공업공장, 병원. 김정은 참석, 첫 삽.\n"
            " ② 2.3(화) 평양시 강남군, 평안남도 맹산군: 각각 지방공업공장, 병원.\n"
            " ③ 2.6(금) 함경북도 무산군, 황해남도 송화군: 지방공업공장, 병원.\n")
    assert keys(run(extractor, text, "2032-02-10", "ko")) == {
        ("Unryul", "groundbreaking", "2032-01-29"),
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
        ("Musan", "groundbreaking", "2032-02-06"),
        ("Songhwa", "groundbreaking", "2032-02-06"),
    }


def test_a_tracker_s_notes_on_a_page_stamp_and_a_date_first_entered(
    extractor: Extractor,
) -> None:
    text = ("20x10 tracker: openings (export)\nExported Sat 3 Jan 2032 14:20 KST\n\n"
            "Notes\n"
            "4. Kusong: the KBS World item carries a 2031-12-05 stamp; the hospital opened on "
            "13 Dec. Do not use the stamp.\n"
            "5. Koksan: first entered as 2031-12-21 (the date of the KCNA item). The factories "
            "opened on 2031-12-20.\n")
    assert keys(run(extractor, text, "2032-01-03", "en")) == {
        ("Kusong", "completion", "2031-12-13"),
        ("Koksan", "completion", "2031-12-20"),
    }


def test_an_export_whose_header_is_among_its_comment_lines(extractor: Extractor) -> None:
    text = ("site tracker — 2032 cohort (CSV export, events tab)\n"
            "exported 2032-02-09 10:31 KST by user \"hlee\" | filter: cohort=2032\n\n"
            "# columns: row_id;county;province;event;date;KJU;note\n"
            "# KJU: Y = present, N = reported absent, ? = not stated\n"
            "r01;Unryul;S. Hwanghae;ground-breaking;2032-01-29;Y;\"first spadeful\"\n"
            "r02;Kangnam;Pyongyang;ground-breaking;2032-02-03;N;Ri Hi Yong\n"
            "r03;Musan;N. Hamgyong;ground-breaking;2032-02-06;N;dept directors\n"
            "r04;Kangnam;Pyongyang;ground-breaking;2032-02-04;N;\"DUPLICATE of r02 - delete\"\n"
            "r05;Unsan;?;ground-breaking;;?;\"rumoured site, which Unsan? - do not use\"\n")
    assert keys(run(extractor, text, "2032-02-09", "en")) == {
        ("Unryul", "groundbreaking", "2032-01-29"),
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Musan", "groundbreaking", "2032-02-06"),
    }


def test_a_field_log_s_day_lead_over_rows_with_an_edit_set_in_between(
    extractor: Extractor,
) -> None:
    text = ("fieldlog_dec.md - openings, working notes\nlast edited: 30.12.2031, 08:15 KST\n\n"
            "15.12 (Mo) big day, four openings:\n"
            "  - Rangnim (Jagang), F, K-, speech CC sec. Pak Jong Chon\n"
            "    EDIT 16.12: first draft had Rangnim under Ryanggang. Wrong. Jagang.\n"
            "  - Puryong (N. Hamgyong), F, K-, CC dept director Ju Chang Il\n"
            "  - Sinyang (S. Phyongan), F, K? (the report names nobody)\n")
    assert keys(run(extractor, text, "2031-12-30", "en")) == {
        ("Rangnim", "completion", "2031-12-15"),
        ("Puryong", "completion", "2031-12-15"),
        ("Sinyang", "completion", "2031-12-15"),
    }


def test_a_korean_run_of_dated_places_after_a_sentence_that_says_they_follow(
    extractor: Extractor,
) -> None:
    text = ("공장들 모두 준공\n조선신보 | 2032.02.14 | 평양지국\n\n"
            "올해에 들어와서는 1월 7일 황해남도 재령군의 준공식에 "
            "김정은원수님께서 참석하시였다.\n\n"
            "그 뒤를 이어 공장들의 준공소식이 꼬리를 물었다. "
            "준공식이 진행된 날자는 다음과 같다.\n\n"
            "1월 8일 숙천군(평안남도), 10일 은파군(황해북도), 12일 경성군(함경북도).\n\n"
            "2월 1일 장풍군(개성시), 3일 금야군(함경남도).\n")
    assert keys(run(extractor, text, "2032-02-14", "ko")) == {
        ("Jaeryong", "completion", "2032-01-07"),
        ("Sukchon", "completion", "2032-01-08"),
        ("Unpha", "completion", "2032-01-10"),
        ("Kyongsong", "completion", "2032-01-12"),
        ("Jangphung", "completion", "2032-02-01"),
        ("Kumya", "completion", "2032-02-03"),
    }


def test_a_korean_chronicle_of_the_leader_s_site_visits(extractor: Extractor) -> None:
    text = ("[일지] 김정은 현장 행보\n(서울=뉴스1) 정예린 기자 | 2032-01-30 14:10 송고\n\n"
            "다음은 김 총비서의 주요 '20×10' 현장 행보.\n\n"
            "▲6.2 = 강동군병원·휴양시설 건설장 현지지도\n\n"
            "▲6.9 = 평안북도 구성시병원 건설장…\"기능 낮은 군인 인력\" 질책\n\n"
            "▲9.12 = 남포시 용강군병원 건설장 현지지도\n")
    assert keys(run(extractor, text, "2032-01-30", "ko")) == {
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Ryonggang", "leader_visit", "2031-09-12"),
    }


def test_a_thesis_appendix_whose_legend_marks_the_leader_with_his_name_in_brackets(
    extractor: Extractor,
) -> None:
    text = ("〈부록 2〉 주요 일지\n석사학위논문 부록 (2032. 6. 20. 제출)\n\n"
            "일러두기: 날짜는 행사일. '김'은 김정은의 참석이 보도된 경우.\n\n"
            "| 일자 | 내용 | 비고 |\n|---|---|---|\n"
            "| 2031. 2. 28. | 평남 성천군 지방공업공장 착공식 (김, 연설·첫삽) | 첫 착공 |\n"
            "| 2031. 3. 상순 | 나머지 19개 시·군 착공 | 군별 일자 미상 |\n"
            "| 2031. 6. 중순 | 20개 현장 골조공사 완공 보도 | 군 명시 없음 |\n"
            "| 2031. 10. | 평북 구장군 등 건설 현장 현지지도 (김) | |\n"
            "| 2031. 11. 19. | 성천군 건설 현장 현지지도 (김) | 7번째 현장 방문 |\n"
            "| 2031. 12. 28. | 함남 신포시 해양양식기지 완공 | 본보기 |\n")
    found = keys(run(extractor, text, "2032-06-20", "ko"))
    assert ("Kujang", "leader_visit", "2031-10") in found
    assert ("Songchon", "leader_visit", "2031-11-19") in found


def test_the_day_an_outlet_said_last_is_no_event_s_day(extractor: Extractor) -> None:
    text = ("North breaks ground in more counties\nThe Ledger | Posted : 2031-03-12 17:40\n\n"
            "The KCNA said last Thursday that three other sites — Kusong City, Sukchon and "
            "Orang counties — had also broken ground earlier this month.\n")
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Kusong", "groundbreaking", "2031-03"),
        ("Sukchon", "groundbreaking", "2031-03"),
        ("Orang", "groundbreaking", "2031-03"),
    }


def test_a_newsletter_s_rows_marked_with_small_triangles(extractor: Extractor) -> None:
    text = ("Regional Economy Watch — Issue 41\nFriday 31 January 2031 · weekly\n\n"
            "OPENINGS (state-media dates)\n\n"
            "▸ Mon 20 Jan — ONCHON County (Nampho)\n"
            "  spk: chief secretary, Nampho municipal party committee. No Kim.\n\n"
            "▸ Sat 25 Jan — USI County (Jagang)\n"
            "  spk: chief secretary, Jagang provincial party committee. No Kim.\n")
    assert keys(run(extractor, text, "2031-01-31", "en")) == {
        ("Onchon", "completion", "2031-01-20"),
        ("Usi", "completion", "2031-01-25"),
    }


def test_a_korean_lead_whose_day_the_next_sentence_gives(extractor: Extractor) -> None:
    text = ("김정은, 강동군병원 착공식서 첫 삽\n"
            "(서울=뉴스1) 김하늘 기자 | 2032-02-07 07:48 송고\n\n"
            "김정은 총비서가 평양시 강동군에서 열린 병원과 종합봉사소 건설 착공식에 참석해 직접 "
            "첫 삽을 떴다고 조선중앙통신이 7일 보도했다.\n\n"
            "통신에 따르면 김 총비서는 전날(6일) 열린 착공식에서 연설을 통해 \"올해 병원을 "
            "시범적으로 건설하고, 내년부터는 해마다 20개 시·군에 병원을 세우겠다\"고 밝혔다.\n")
    assert keys(run(extractor, text, "2032-02-07", "ko")) == {
        ("Kangdong", "groundbreaking", "2032-02-06"),
        (None, "policy_announcement", "2032-02-06"),
    }


def test_a_tab_separated_export_with_unknown_days_remarks_and_a_struck_row(
    extractor: Extractor,
) -> None:
    text = ("cohort_groundbreakings.tsv — exported view\nSheet \"GB\" · last modified "
            "2031-03-05 by r.almeida\n\n"
            "# gb_date: YYYY-MM-DD, or YYYY-MM-?? when only the month is known\n\n"
            "site\tprov\tgb_date\tfacilities\tkim\tsrc\tnote\n"
            "Kangdong (H+S)\tPyongyang\t2031-02-06\thospital\tY\tKCNA 07.02\tKJU first sod; "
            "announced 3 pilot hospitals (Kangdong, Kusong, Ryonggang)\n"
            "Sinyang\tS Phyongan\t2031-02-??\tfactories\t\trelay\texact day not seen\n"
            "Pukchang\tS Phyongan\t2031-02-27\tfactories\tN\tKCNA 28.02\tcommanders spoke\n"
            "~~Koksan\tN Hwanghae\t2031-02-27\tfactories\tN\tKCNA 28.02~~\tDELETED: wrong row\n")
    assert keys(run(extractor, text, "2031-03-05", "en")) == {
        ("Kangdong", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Pukchang", "groundbreaking", "2031-02-27"),
    }


def test_a_list_led_by_a_main_clause_after_an_earlier_ceremony(extractor: Extractor) -> None:
    text = ("Construction gets under way in all 20 counties\nThe Pyongyang Times | No. 11, "
            "Juche 120 (2031) | Saturday, March 15\n\n"
            "After the ground-breaking ceremony in Songchon County, South Phyongan Province, on "
            "February 28, ground was broken in the first ten days of March for the factories in "
            "three more counties. They are:\n\n"
            "- Kujang and Unsan counties in North Phyongan Province;\n"
            "- Kim Hyong Jik County in Ryanggang Province.\n")
    found = keys(run(extractor, text, "2031-03-15", "en"))
    assert {
        ("Kujang", "groundbreaking", "2031-03"),
        ("Unsan", "groundbreaking", "2031-03"),
        ("Kim Hyong Jik", "groundbreaking", "2031-03"),
    } <= found
    assert ("Kujang", "groundbreaking", "2031-02-28") not in found


def test_korean_ceremonies_held_in_various_places_are_no_single_place_s(
    extractor: Extractor,
) -> None:
    text = ("첫해 대상 시, 군에서 공장 준공\n조선신보 2032.01.31\n\n"
            "새해에 들어와서는 1월 7일 황해남도 재령군에서 준공식이 진행되였다.\n\n"
            "그후 각지에서 준공식이 련이어 진행되였다.\n\n"
            "평안남도 숙천군(8일), 황해북도 은파군(10일), 함경북도 경성군(12일).\n")
    assert keys(run(extractor, text, "2032-01-31", "ko")) == {
        ("Jaeryong", "completion", "2032-01-07"),
        ("Sukchon", "completion", "2032-01-08"),
        ("Unpha", "completion", "2032-01-10"),
        ("Kyongsong", "completion", "2032-01-12"),
    }


def test_a_site_log_s_records_with_one_field_a_line(extractor: Extractor) -> None:
    text = ("site log -- Northeast desk\nWorking file | last edit Wed 24 Dec 2031\n"
            "Conventions: \"start\" = ground-breaking ceremony; \"opened\" = inauguration "
            "ceremony.\n\n"
            "== KYONGSONG (N. Hamgyong) -- three factories (food, daily necessities, garment)\n"
            "start: Mar 2030 (batch of six reported 7 Mar; day not given)\n"
            "opened: 12 Jan 2031 (Sun) -- spk: provincial party chief secretary of the county\n"
            "note: Asia Press (Feb 2030): Musan miners rotated on three-month shifts to the "
            "site.\n\n"
            "== KIM JONG SUK (Ryanggang) -- three factories\n"
            "start: 28 Feb 2031 (Fri) -- part of the 28 Feb group; no attendee list\n"
            "opened: not reported as of this edit\n")
    assert keys(run(extractor, text, "2031-12-24", "en")) == {
        ("Kyongsong", "groundbreaking", "2030-03"),
        ("Kyongsong", "completion", "2031-01-12"),
        ("Kim Jong Suk", "groundbreaking", "2031-02-28"),
    }


def test_words_quoted_on_a_line_lead_no_table_below(extractor: Extractor) -> None:
    text = ("주간 북한 동향\n통일부 정세분석국 | 2032. 1. 20.(화) | 내부 참고용\n\n"
            "  ㅇ 1. 18.(일) 함경남도 함주군: 도당 책임비서 준공사. "
            "\"성천군 착공 이후 1년 안에 20개 시·군에 공장이 일어섰다\"고 언급\n\n"
            " □ 누계 현황 (● 김정은 참석, ○ 불참)\n\n"
            "   일자              지역          김정은\n"
            "   1. 7.(수)          황남 재령군   ●\n"
            "   1. 8.(목)          평남 숙천군   ○\n")
    found = keys(run(extractor, text, "2032-01-20", "ko"))
    assert not {key for key in found if key[1] == "groundbreaking"}


def test_a_chat_s_factory_openings_in_a_run_of_places_and_a_rumour(
    extractor: Extractor,
) -> None:
    text = ("#tracker — Slack channel export\nExported Tue 2031-12-16 18:02 KST\n\n"
            "[09:21] gwen.o: also yesterday, factory openings (regional-industry F only) in: "
            "Sinyang (S. Phyongan), Puryong (N. Hamgyong)\n"
            "[11:58] mh.lee: hearing Hwangju opens today (factories + grain facility). nothing "
            "on KCNA yet\n")
    assert keys(run(extractor, text, "2031-12-16", "en")) == {
        ("Sinyang", "completion", "2031-12-15"),
        ("Puryong", "completion", "2031-12-15"),
    }


def test_a_ceremony_that_will_long_remain_in_memory_took_place(extractor: Extractor) -> None:
    text = ("Jangyon Greets Its New Factories\nNaenara | 2031-12-20 | Economy\n\n"
            "On December 18 its people gathered in front of three new buildings in Jangyon "
            "County for an inauguration ceremony that will long remain in their memory.\n")
    assert keys(run(extractor, text, "2031-12-20", "en")) == {
        ("Jangyon", "completion", "2031-12-18"),
    }


def test_a_running_list_of_every_appearance_at_a_site(extractor: Extractor) -> None:
    text = ("Every Kim Jong Un appearance at a 20x10 site: a running list\n"
            "NK News | Updated December 5, 2031\n\n"
            "This list records each appearance at a specific site reported by state media.\n\n"
            "2031\n"
            "- June 9 -- Kusong City, North Phyongan: inspects the city hospital site.\n"
            "- Sept. 12 -- Ryonggang County, Nampho: inspects the hospital site.\n")
    assert keys(run(extractor, text, "2031-12-05", "en")) == {
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Ryonggang", "leader_visit", "2031-09-12"),
    }


def test_a_site_file_s_bulleted_fields(extractor: Extractor) -> None:
    text = ("Site file: Jagang Province projects\nRegional desk working file | last edited Mon "
            "22 Dec 2031, 09:40 KST\n\n"
            "--- TONGSIN (Tongsin County) -- 2030 cohort\n"
            "* project: regional industry factories\n"
            "* start: Mar 2030 [SM], same KCNA batch as Usi.\n"
            "* opening: 5 Feb 2031 (Wed) [SM]. KCNA gives no attendee list.\n")
    assert keys(run(extractor, text, "2031-12-22", "en")) == {
        ("Tongsin", "groundbreaking", "2030-03"),
        ("Tongsin", "completion", "2031-02-05"),
    }


def test_a_tracker_s_notes_a_visit_between_ceremonies_and_a_page_s_stamp(
    extractor: Extractor,
) -> None:
    text = ("County tracker, year one: ground-breakings and openings (export)\n"
            "Exported 14 Feb 2032 | sheet \"cohort-2030\"\n\n"
            "Notes\n\n"
            "1. Songchon: Kim also inspected the Songchon site on 19 Nov 2030, between the two "
            "ceremonies. Kujang: Kim visited the Kujang building site in Oct 2030 (day not "
            "given). These are visits, not ceremonies, and have no column of their own.\n"
            "2. Ich'ŏn: only one summary of the Ich'ŏn opening was seen.\n"
            "3. One mirror of the item on Unsan carries the stamp 06 Feb 2031. That is the "
            "mirror's upload time.\n")
    assert keys(run(extractor, text, "2032-02-14", "en")) == {
        ("Songchon", "leader_visit", "2030-11-19"),
        ("Kujang", "leader_visit", "2030-10"),
    }


def test_a_chronicle_item_goes_on_in_the_year_of_the_stamp_it_names(
    extractor: Extractor,
) -> None:
    text = ("Dates people get wrong\nblog · posted 10 January 2032\n\n"
            "1. Songchon is in South Phyongan, where Kim broke the first ground on 28 February "
            "2030.\n\n"
            "2. The Kusong City Hospital. One English item carries a stamp of 5 December 2031. "
            "The opening ceremony, which Kim attended, was on 13 December.\n")
    found = keys(run(extractor, text, "2032-01-10", "en"))
    assert ("Kusong", "completion", "2031-12-13") in found
    assert not any(date.startswith("2031-12-05") for _county, _type, date in found)


def test_he_returned_to_a_place_and_went_to_another_a_week_later(extractor: Extractor) -> None:
    text = ("The pilot hospitals at mid-year\nImagery Desk, Note 31/14 — 20 June 2031\n\n"
            "Kim returned to Kangdong on 2 June, touring the hospital, and went to Kusŏng a "
            "week later, where he blamed poor workmanship on unskilled labour. On 19 May he "
            "had returned to the ceremonial role at a factory opening in Songchon County.\n")
    assert keys(run(extractor, text, "2031-06-20", "en")) == {
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Songchon", "completion", "2031-05-19"),
    }


def test_a_time_placed_by_the_day_of_the_ceremony_is_no_event(extractor: Extractor) -> None:
    text = ("Locals say new factories changed little\nDaily NK | April 22, 2031\n\n"
            "The factories in Unsan were inaugurated on Feb. 7. \"The shelves in the factory "
            "shop were full on the day of the ceremony and empty a week later,\" the source "
            "said.\n")
    assert keys(run(extractor, text, "2031-04-22", "en")) == {
        ("Unsan", "completion", "2031-02-07"),
    }


def test_a_provincial_file_s_open_fields_and_a_related_project_s_line(
    extractor: Extractor,
) -> None:
    text = ("Provincial file: South Hamgyong — 20x10 sites and related projects\n"
            "last updated Tue 10 Feb 2032 | file owner: M. A. | format: one block per unit\n\n"
            "HAMJU COUNTY (함주군) — cohort 2030\n"
            "project: regional industry factories (foodstuff, daily necessities, garment)\n"
            "start: Mar 2030 (batch of 13 reported by KCNA on 11 Mar 2030; no day)\n"
            "open: 18 Jan 2031 (Sat)\n"
            "speaker: a provincial party official; Kim not reported.\n\n"
            "SINPHO CITY (신포시; Sinpo)\n"
            "project: regional industry factories\n"
            "related project: model offshore aquaculture base, completed 28 Dec 2030 (Sat), "
            "presented as the template for coastal counties\n\n"
            "OPEN QUESTIONS\n"
            "Open: no opening reports yet for Kumya.\n")
    assert keys(run(extractor, text, "2032-02-10", "en")) == {
        ("Hamju", "groundbreaking", "2030-03"),
        ("Hamju", "completion", "2031-01-18"),
        ("Sinpho", "completion", "2030-12-28"),
    }


def test_a_chat_room_s_placeless_ceremonies_and_the_line_of_sites_after(
    extractor: Extractor,
) -> None:
    text = ("#sitewatch — room export\n"
            "exported 2032-02-28 23:50 KST by @lena.k (all messages from 2032-02-28)\n\n"
            "[08:12] <jkwon> morning. KCNA has a new batch up. six counties, ceremonies held "
            "YESTERDAY (27th)\n"
            "[08:13] <jkwon> Pukchang (S.Pyongan), Yomju (N.Pyongan), Kilju (N.Hamgyong)\n"
            "[08:13] <jkwon> speakers = regiment commanders + county party people\n"
            "[11:05] <amara> VOK just put out another one. factory ground-breakings TODAY in "
            "Kangdong and Jangyon\n")
    assert keys(run(extractor, text, "2032-02-28", "en")) == {
        ("Pukchang", "groundbreaking", "2032-02-27"),
        ("Yomju", "groundbreaking", "2032-02-27"),
        ("Kilju", "groundbreaking", "2032-02-27"),
        ("Kangdong", "groundbreaking", "2032-02-28"),
        ("Jangyon", "groundbreaking", "2032-02-28"),
    }


def test_a_korean_visit_before_the_opening_in_person(extractor: Extractor) -> None:
    text = ("김정은, 장연군 지방공장 준공식 참석\n"
            "(서울=뉴스1) 임하늘 기자 | 2031-12-19 08:31 송고\n\n"
            "장연군 지방공업공장 준공식은 18일 열렸다. "
            "북창군은 김 총비서가 준공 전인 이달 3일 직접 찾아 "
            "식료공장의 시공을 지적한 곳이기도 하다. "
            "당시 김 총비서는 평안남도 신양군 공장들도 함께 둘러봤다.\n")
    found = keys(run(extractor, text, "2031-12-19", "ko"))
    assert ("Pukchang", "leader_visit", "2031-12-03") in found
    assert ("Sinyang", "leader_visit", "2031-12-03") in found
    assert not any(county == "Pukchang" and kind == "completion" for county, kind, _ in found)


def test_speaking_notes_sections_in_capitals_and_a_widened_scope(extractor: Extractor) -> None:
    text = ("Speaking notes: regional factories at the end of summer\n"
            "Prepared for the Tuesday roundtable, 3 September 2030 — H. O.\n\n"
            "GROUND-BREAKING\n"
            "- 28 Feb: Songchon County, South Phyongan. Kim breaks ground himself.\n"
            "- By 10 Mar all twenty sites under way.\n\n"
            "PROGRESS\n"
            "- 8 Jul: KCNA says exterior work is close to completion.\n"
            "- Late Jul: satellite review: the raw-material bases touted for Unchon, Tongsin "
            "and Ichon cannot be seen.\n\n"
            "THE NEW TURN\n"
            "- 31 Aug (Sat): consultative meeting on regional development. Kim says "
            "factories are not enough and adds three kinds of facilities: hospitals, cultural "
            "complexes and grain management facilities.\n")
    assert keys(run(extractor, text, "2030-09-03", "en")) == {
        ("Songchon", "groundbreaking", "2030-02-28"),
        (None, "policy_announcement", "2030-08-31"),
    }


def test_a_register_s_start_and_end_columns(extractor: Extractor) -> None:
    text = ("20x10 project register — non-factory projects (export)\n"
            "register.csv, v4 | exported Mon 5 Jan 2032 09:12 KST | maintainer: J. H.\n\n"
            "Legend\n- start / end = ceremony dates as reported.\n"
            "- plan_end = target given in state media at the start (not an event).\n\n"
            "| id | county | province | project | start | Kim | plan_end | end | Kim |\n"
            "|---|---|---|---|---|---|---|---|---|\n"
            "| P04 | Ryonggang | Nampho | county hospital | 2031-02-09 (Sun) | N | 2031-12 | "
            "2031-12-29 (Mon) | Y |\n"
            "| P05 | Hwangju | N. Hwanghae | grain management station | 2031-02-26 (Wed) | ? | "
            "2031-12 | 2031-12-16 (Tue) | N |\n\n"
            "Notes\n1. P05: the speaker at the opening was a CC secretary. Kim N.\n")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        ("Ryonggang", "groundbreaking", "2031-02-09"),
        ("Ryonggang", "completion", "2031-12-29"),
        ("Hwangju", "groundbreaking", "2031-02-26"),
        ("Hwangju", "completion", "2031-12-16"),
    }


def test_a_hospital_in_a_place_started_in_late_february(extractor: Extractor) -> None:
    text = ("Talk:20×10 Policy\nSaved from the talk page, revision as of 3 March 2031\n\n"
            "== Second-year sites ==\nAnd the city hospital in Kusong started in late "
            "February.\n")
    assert keys(run(extractor, text, "2031-03-03", "en")) == {
        ("Kusong", "groundbreaking", "2031-02"),
    }


def test_a_korean_speech_given_without_its_particle_and_he_did_not_come(
    extractor: Extractor,
) -> None:
    text = ("[정보공유] 이번 주 북한 지방공장 준공 정리\n"
            "네이버 카페 | 2031.01.12. 11:03\n\n"
            "② 수요일 8일 — 평안남도 숙천군\n"
            "도당 책임비서가 준공사 했고 김정은은 안 왔습니다.\n")
    events = run(extractor, text, "2031-01-12", "ko")
    assert keys(events) == {("Sukchon", "completion", "2031-01-08")}
    assert [e.leader_attended for e in events] == [False]


def test_a_caption_sheet_s_place_and_day_over_the_caption(extractor: Extractor) -> None:
    text = ("Caption sheet — picture desk selection (export)\n"
            "Exported Wed 31 Dec 2031 · library: NorthAsia Images\n\n"
            "Notes for users: captions are checked against the report of the same event. "
            "\"FILE\" marks a picture that is not of the event named. Do not crop out the "
            "watermark.\n\n"
            "KP-301220-031\nSŏngch'ŏn-gun, P'yŏngan-namdo, 20 Dec 2030. Kim Jong Un speaks at "
            "the inauguration of the regional-industry factories in Sŏngch'ŏn County. Archive "
            "selection.\n\n"
            "KP-310912-011\nRyonggang-gun, Namp'o, 12 Sep 2031. Kim Jong Un inspects the "
            "construction site of the Ryonggang County Hospital.\n\n"
            "KP-311223-003\nKilchu-gun, Hamgyŏng-pukto, 23 Dec 2031. Ri Il-hwan speaks at the "
            "inauguration of the regional-industry factories in Kilchu County.\n")
    assert keys(run(extractor, text, "2031-12-31", "en")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Ryonggang", "leader_visit", "2031-09-12"),
        ("Kilju", "completion", "2031-12-23"),
    }


def test_a_chronology_of_his_appearances_with_numbered_rows(extractor: Extractor) -> None:
    text = ("Kim Jong Un and the 20x10 sites: a working chronology\n"
            "Regional policy desk | working file, rev. 4 | compiled Wednesday, 31 December "
            "2031\n\n"
            "Purpose: one line per public 20x10 appearance of Kim Jong Un.\n\n"
            "05 | 2030-10 | Kujang County, N. Phyongan | factories under construction; day not "
            "in our notes\n"
            "10 | 2031-06-02 (Mon) | Kangdong County | hospital and leisure complex under "
            "construction\n"
            "11 | 2031-06-09 (Mon) | Kusong City, N. Phyongan | hospital construction site\n"
            "15 | 2031-12-13 (Sat) | Kusong City | inauguration of Kusong City Hospital\n")
    assert keys(run(extractor, text, "2031-12-31", "en")) == {
        ("Kujang", "leader_visit", "2030-10"),
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Kusong", "completion", "2031-12-13"),
    }


def test_a_korean_memo_s_marks_for_him_and_a_time_counted_from_a_start(
    extractor: Extractor,
) -> None:
    text = ("취재메모_20x10_1월4주.txt\n2031.01.27(월) 08:50 작성 / 정치부 북한팀\n\n"
            "■ 지난주 준공 정리 (최신순)\n"
            "- 1/20(월) 남포 온천군 — 시당 책임비서 준공사. 김 O\n"
            "- 1/18(토) 함남 함주군 — 도당 책임비서. \"성천 착공 후 1년 안에 20개 시군에 공장\" "
            "발언. 김 X\n")
    events = run(extractor, text, "2031-01-27", "ko")
    assert keys(events) == {
        ("Onchon", "completion", "2031-01-20"),
        ("Hamju", "completion", "2031-01-18"),
    }
    attended = {e.county: e.leader_attended for e in events}
    assert attended == {"Onchon": True, "Hamju": False}


def test_a_numbered_note_is_no_lead_of_the_notes_after_it(extractor: Extractor) -> None:
    text = ("First-year cohort: inauguration ledger (final)\n"
            "Ledger L-2030, v5 | closed Friday, 14 February 2031 | regional policy desk\n\n"
            "Notes\n"
            "1. Songchon is the only site whose start we date here: Kim Jong Un broke ground "
            "for the Songchon factories on 28 Feb 2030 (Thu), the first ceremony of the "
            "policy, as the desk has it.\n"
            "2. The Unsan row is Unsan County in North Phyongan (운산군).\n"
            "3. Ichon: one roundup only, no attendee list.\n"
            "5. Kosan (고산, Kangwon) is not Koksan (곡산, North Hwanghae).\n")
    assert keys(run(extractor, text, "2031-02-14", "en")) == {
        ("Songchon", "groundbreaking", "2030-02-28"),
    }


def test_a_line_of_places_with_a_remark_after_its_colon_under_a_dated_lead(
    extractor: Extractor,
) -> None:
    text = ("Cholwon??\nDate: Fri, 19 Dec 2031 08:10 +0900\n\n"
            "Morning all. Rodong Sinmun today reports four more openings yesterday under the "
            "regional development policy:\n"
            "- Jangyon County (South Hwanghae): Kim Jong Un cut the ribbon and toured the "
            "factories.\n"
            "- Pukchang County (South Phyongan), Cholwon County (Kangwon) and Janggang County "
            "(Jagang): addresses by officials of the provincial party committees; Kim not "
            "mentioned.\n"
            "That makes ten sites.\n")
    assert keys(run(extractor, text, "2031-12-19", "en")) == {
        ("Jangyon", "completion", "2031-12-18"),
        ("Pukchang", "completion", "2031-12-18"),
        ("Cholwon", "completion", "2031-12-18"),
        ("Janggang", "completion", "2031-12-18"),
    }


def test_a_working_list_of_his_appearances_lettered_by_section(extractor: Extractor) -> None:
    text = ("Kim Jong Un and the 20x10 sites: working list of appearances\n"
            "Working list WL-3 | posted Wednesday, 31 December 2031 | leadership-activity "
            "desk | compiler: A. F. | supersedes WL-2\n"
            "Purpose: one line per public appearance of Kim Jong Un.\n\n"
            "A. Ceremonies he attended\n"
            "A1  28 Feb 2030 (Thu)  Songchon, S. Phyongan: first ground-breaking of the "
            "policy.\n"
            "A2  20 Dec 2030 (Fri)  Songchon: inauguration of the three factories.\n\n"
            "B. Site inspections (no ceremony)\n"
            "B2  Oct 2030              factories under construction in N. Phyongan, including "
            "Kujang.\n"
            "B3  19 Nov 2030 (Tue)     Songchon, before completion.\n"
            "B5  09 Jun 2031 (Mon)     Kusong hospital site.\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert {
        ("Songchon", "groundbreaking", "2030-02-28"),
        ("Songchon", "completion", "2030-12-20"),
        ("Kujang", "leader_visit", "2030-10"),
        ("Kusong", "leader_visit", "2031-06-09"),
    } <= found
    assert ("Songchon", "completion", "2030-11-19") not in found


def test_a_table_s_notes_that_say_what_it_leaves_out(extractor: Extractor) -> None:
    text = ("Appendix B. Inaugurations of the first cohort of the 20x10 policy\n"
            "Working Paper WP 31-04, posted 14 March 2031 (revised version)\n\n"
            "B.1 Notes on the table\n\n"
            "The table lists the inauguration ceremony of each county's factories as reported "
            "by state media (summaries for Kusong and Orang). All ground-breakings took place "
            "in late February and early March 2030 and are not listed here.\n\n"
            "Column \"Kim\": Y = Kim Jong Un reported present; N = others named.\n\n"
            "B.2 Table\n\n"
            "| # | Date | County (province) | Kim | Speaker / remark |\n"
            "|---|---|---|---|---|\n"
            "| 1 | 2030-12-20 | Songchon (S. Phyongan) | Y | Kim speaks, cuts tape |\n"
            "| 2 | 2031-01-08 | Sukchon (S. Phyongan) | N | provincial party chief secretary |\n")
    assert keys(run(extractor, text, "2031-03-14", "en")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Sukchon", "completion", "2031-01-08"),
    }


def test_a_picture_desk_export_of_records_with_shot_dates(extractor: Extractor) -> None:
    text = ("Picture desk archive — saved search \"20x10\", 3 records\n"
            "Export generated 2032-01-15 14:30 by user pdesk-03 · fields: REF | SHOT | CAPTION "
            "| CREDIT | DESK NOTE\n\n"
            "REF 30-1119-KCNA-004\nSHOT: 2030-11-19\n"
            "CAPTION: Kim Jong Un inspects the foodstuff factory under construction in Songchon "
            "County.\nCREDIT: KCNA via pool\nDESK NOTE: Released by KCNA on 20 Nov.\n\n"
            "REF 30-1220-KCNA-002\nSHOT: 2030-12-20\n"
            "CAPTION: Kim Jong Un cuts the tape at the inauguration of the regional-industry "
            "factories in Songchon County, about ten months after ground was broken.\n"
            "CREDIT: KCNA via pool\nDESK NOTE: —\n\n"
            "REF 31-0107-KCNA-006\nSHOT: 2031-01-07\n"
            "CAPTION: Kim Jong Un speaks at the inauguration of the regional-industry factories "
            "in Jaeryong County, South Hwanghae Province.\nCREDIT: KCNA via pool\n")
    assert keys(run(extractor, text, "2032-01-15", "en")) == {
        ("Songchon", "leader_visit", "2030-11-19"),
        ("Songchon", "completion", "2030-12-20"),
        ("Jaeryong", "completion", "2031-01-07"),
    }


def test_a_korean_chronology_line_of_a_report_of_ground_breakings(extractor: Extractor) -> None:
    text = ("[발제문] 연표\n세미나 | 2030년 9월 5일(목) | 발제\n\n2. 연표\n"
            "- 2.28 — 평남 성천군 지방공업공장 착공식.\n"
            "- 3.7 — 북한 매체, 6개 시·군 착공 보도: 평북 구성시, 평남 숙천군, 황남 재령군.\n")
    assert keys(run(extractor, text, "2030-09-05", "ko")) == {
        ("Songchon", "groundbreaking", "2030-02-28"),
        ("Kusong", "groundbreaking", "2030-03"),
        ("Sukchon", "groundbreaking", "2030-03"),
        ("Jaeryong", "groundbreaking", "2030-03"),
    }


def test_a_korean_county_card_with_one_of_the_batch_and_the_day_after_the_opening(
    extractor: Extractor,
) -> None:
    text = ("남포시 지방발전 사업 정리 메모\n작성 2032.2.10.(화) | 개정 2판 | 작성: 추적팀\n\n"
            "1. 온천군 — 2030년 대상 (남포시)\n"
            " - 착공: 2030년 3월. 3월 7일 조선중앙통신이 묶어 보도한 6곳 가운데 하나.\n"
            " - 준공: 2031.1.20.(월). 남포시당 책임비서가 준공사. 김정은: 불참.\n"
            " - 생산: 조선신보는 준공 다음 날부터 세 공장에서 정상 생산이 시작됐다고 전함.\n")
    assert keys(run(extractor, text, "2032-02-10", "ko")) == {
        ("Onchon", "groundbreaking", "2030-03"),
        ("Onchon", "completion", "2031-01-20"),
        ("Onchon", "production_start", "2031-01-21"),
    }


def test_a_cable_s_batches_reported_by_kcna_on_a_day(extractor: Extractor) -> None:
    text = ("SUBJECT: DPRK/ECON: 20X10 REGIONAL FACTORY PROGRAM - GROUNDBREAKINGS\n"
            "DATE: 12 MAR 2030 / CLASS: UNCLASSIFIED / FROM: NE ASIA ECON UNIT\n\n"
            "4. (U) FIRST BATCH: KCNA 07 MAR REPORTED GROUNDBREAKINGS AT SIX SITES:\n"
            "   - KUSONG CITY, N. PHYONGAN\n"
            "   - SUKCHON COUNTY, S. PHYONGAN\n\n"
            "5. (U) SECOND BATCH: KCNA 11 MAR REPORTED 13 MORE, ALL HELD BY 10 MAR:\n"
            "   - UNPHA, YONTHAN (N. HWANGHAE)\n"
            "   - TONGSIN, USI (JAGANG)\n")
    assert keys(run(extractor, text, "2030-03-12", "en")) == {
        ("Kusong", "groundbreaking", "2030-03"),
        ("Sukchon", "groundbreaking", "2030-03"),
        ("Unpha", "groundbreaking", "2030-03"),
        ("Yonthan", "groundbreaking", "2030-03"),
        ("Tongsin", "groundbreaking", "2030-03"),
        ("Usi", "groundbreaking", "2030-03"),
    }


def test_a_newsletter_s_day_heading_with_a_remark_over_undated_lines(
    extractor: Extractor,
) -> None:
    text = ("📮 주간 북한경제 브리핑 제48호 — \"준공 시즌\" 첫 주 총정리\n"
            "발행: 2031년 12월 22일(월) | 구독자 메일링\n\n"
            "지난주는 준공식이 한꺼번에 몰린 한 주였습니다. 날짜별로 정리합니다.\n\n"
            "📌 먼저, 그 전 주 토요일\n• 13일(토) 평북 구성시 — 시병원 준공 👤김.\n"
            "올해 시범병원 3곳 중 두 번째.\n\n"
            "📌 15일(월) — 다섯 곳 동시\n"
            "• 평양 강동군 — 지방공업공장 + 종합봉사소 👤김 (강동군병원은 11월에 먼저 준공)\n"
            "• 평남 신양군 — 공장 ❔\n"
            "• 함북 부령군 — 공장 ✖ 주창일 연설\n")
    found = keys(run(extractor, text, "2031-12-22", "ko"))
    assert {("Sinyang", "completion", "2031-12-15"), ("Puryong", "completion", "2031-12-15"),
            ("Kusong", "completion", "2031-12-13")} <= found


def test_four_of_the_openings_since_a_day_listed_after_a_colon(extractor: Extractor) -> None:
    text = ("Unification ministry briefing: year-end openings\n"
            "Unofficial English transcript | Monday, December 29, 2031, 10:30 KST\n\n"
            "DEPUTY SPOKESPERSON: Ground was broken at the Unsan Paper Mill in February.\n\n"
            "Q (reporter, Yonhap): How many of the year-end openings has Chairman Kim attended?\n\n"
            "DEPUTY SPOKESPERSON: By our count, three of the openings since the 15th: the "
            "factories in Kangdong County on the 15th, the factories in Jangyon County on the "
            "18th and in Sinpo City on the 19th. State media did not mention him at any of the "
            "openings since.\n")
    found = keys(run(extractor, text, "2031-12-29", "en"))
    assert {("Kangdong", "completion", "2031-12-15"), ("Jangyon", "completion", "2031-12-18"),
            ("Sinpho", "completion", "2031-12-19")} <= found
    assert not any(kind == "groundbreaking" and day.startswith("2031-12")
                   for _county, kind, day in found)


def test_he_attended_the_first_opening_of_the_year_last_week_on_a_day(
    extractor: Extractor,
) -> None:
    text = ("N. Korea opens regional factories in Unchon County\n"
            "SEOUL, Jan. 15 (Yonhap) -- North Korea has opened factories in Unchon County.\n\n"
            "Kim attended the first opening of this year, in Jaeryong County, South Hwanghae, "
            "last week, on Jan. 7, where he ordered officials to secure raw materials.\n")
    found = keys(run(extractor, text, "2031-01-15", "en"))
    assert ("Jaeryong", "completion", "2031-01-07") in found


def test_an_issue_thread_s_notes_of_gb_ceremonies_kcna_reported(extractor: Extractor) -> None:
    text = ("Ground-breaking dates for the first cohort: day or month? #41\n"
            "opened by lkwon-data on Mar 12, 2030 · 5 comments · closed on Mar 12, 2030\n\n"
            "lkwon-data commented:\nFilling `gb_date` for the rows. What I have:\n"
            "- Policy: announced in KJU's SPA speech, 15 Jan 2030.\n"
            "- Songchon, S Phyongan: GB 28 Feb 2030, KJU spoke and broke ground.\n"
            "- KCNA 7 Mar reported GB ceremonies at six sites: Kusong, Sukchon.\n")
    found = keys(run(extractor, text, "2030-03-12", "en"))
    assert {("Songchon", "groundbreaking", "2030-02-28"), ("Kusong", "groundbreaking", "2030-03"),
            ("Sukchon", "groundbreaking", "2030-03")} <= found


def test_a_korean_visit_before_the_opening_ceremony_spelled_together(
    extractor: Extractor,
) -> None:
    text = ("[대담] 연말 준공 시즌\n2031.12.19 | 방송 대담 녹취\n\n"
            "[앵커] 김정은 위원장은 이달 들어 어떤 현장을 직접 찾았습니까?\n\n"
            "[한도윤] 준공식 이전에 이달 3일 평안남도 신양군과 북창군의 공장들을 직접 "
            "둘러봤습니다.\n")
    found = keys(run(extractor, text, "2031-12-19", "ko"))
    assert ("Sinyang", "leader_visit", "2031-12-03") in found
    assert ("Pukchang", "leader_visit", "2031-12-03") in found


def test_a_province_file_s_indented_fields_under_headings_in_capitals(
    extractor: Extractor,
) -> None:
    text = ("South Hwanghae: 20x10 sites, status file\n"
            "Regional projects desk | province files | South Hwanghae (Hwanghae-namdo) | rev. 4 "
            "posted Mon 9 Feb 2032 | maintainer: E. H.\n"
            "How to read: one block per programme county; \"Start\" = ground-breaking, \"Open\" "
            "= inauguration.\n\n"
            "JAERYONG (재령군; MR Chaeryŏng) — cohort 2030, factories\n"
            "  Start: Mar 2030 (in the batch of six KCNA reported on 7 Mar 2030) | KJU n/r\n"
            "  Open: Tue 7 Jan 2031 | KJU present\n\n"
            "UNCHON (은천군; MR Ŭnch'ŏn) — cohort 2030, factories\n"
            "  Start: Mar 2030 | KJU n/r\n"
            "  Open: Tue 14 Jan 2031 | provincial party officials | KJU no\n\n"
            "PAECHON (배천군; MR Paech'ŏn) — cohort 2031, factories\n"
            "  Start: Thu 27 Feb 2031 | regiment commander and county secretary spoke | KJU no\n"
            "  Open: not found.\n")
    assert keys(run(extractor, text, "2032-02-09", "en")) == {
        ("Jaeryong", "groundbreaking", "2030-03"),
        ("Jaeryong", "completion", "2031-01-07"),
        ("Unchon", "groundbreaking", "2030-03"),
        ("Unchon", "completion", "2031-01-14"),
        ("Paechon", "groundbreaking", "2031-02-27"),
    }


def test_a_chronology_item_of_a_report_of_them_and_a_span_after_the_ground_breaking(
    extractor: Extractor,
) -> None:
    text = ("20x10 year one: a chronology (rev. 1)\n"
            "Regional projects desk | chronologies | rev. 1 posted Friday, 3 January 2031\n\n"
            "[03] Mar 2030. Ground broken at the other 19 sites. KCNA first reported six of them "
            "on 7 Mar: Kusong City (N. Phyongan), Sukchon (S. Phyongan).\n\n"
            "[10] Fri 20 Dec 2030. Songchon's factories inaugurated, KJU present; about ten "
            "months after the ground-breaking.\n")
    assert keys(run(extractor, text, "2031-01-03", "en")) == {
        ("Kusong", "groundbreaking", "2030-03"),
        ("Sukchon", "groundbreaking", "2030-03"),
        ("Songchon", "completion", "2030-12-20"),
    }


def test_a_file_s_change_log_at_its_end_tells_no_events(extractor: Extractor) -> None:
    text = ("Province file: Jagang — 20x10 sites\n"
            "Regional projects desk | rev. 3 posted Tue 20 Jan 2032\n\n"
            "USI (우시군) — 2030 cohort\n"
            "Opened: 25 Jan 2031 (Sat). Jagang provincial party secretary spoke. Kim: no.\n\n"
            "Changes in rev. 3\n"
            "- USI opening: rev. 2 had 24 Jan 2031 (a slip), corrected to 25 Jan.\n"
            "- TONGSIN opened 10 Feb 2031 per one repost; KCNA says 5 Feb.\n")
    assert keys(run(extractor, text, "2032-01-20", "en")) == {("Usi", "completion", "2031-01-25")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The North first unveiled the policy in January last year, calling for factories.",
        "The so-called 20x10 policy, first laid out in January 2030, aims to build factories.",
        "It is part of the 20x10 policy, a pledge Kim made in January 2030 to build factories.",
    ],
)
def test_the_launch_told_in_passing_with_its_month(extractor: Extractor, sentence: str) -> None:
    text = ("North opens factories\nSEOUL, Jan. 31, 2031 (Yonhap) -- North Korea opened "
            "factories in Hamju County on Friday.\n\n" + sentence + "\n")
    found = keys(run(extractor, text, "2031-01-31", "en"))
    assert (None, "policy_announcement", "2030-01") in found


def test_a_chat_s_place_opening_was_yesterday(extractor: Extractor) -> None:
    text = ("Slack export — #dprk-econ-desk — 20x10 openings thread\n"
            "Exported Thu 9 Jan 2031, 17:52 KST · all messages below posted Thu 9 Jan 2031\n"
            "[09:14] yuna.k: morning all. KCNA this morning: Sukchon opening was yesterday. "
            "regional industry factories, South Phyongan.\n")
    assert ("Sukchon", "completion", "2031-01-08") in keys(run(extractor, text, "2031-01-09", "en"))


def test_a_korean_sentence_about_the_past_two_years_names_no_county(
    extractor: Extractor,
) -> None:
    text = ("[새해 북한 전망] '지방발전' 3년차\n연합뉴스 | 2032-01-05 08:00 송고\n\n"
            "대북 소식통들 사이에서는 평양시 강남군이 거론되지만 확인된 내용은 없다. "
            "지난 2년간 착공식은 주로 2월 말에서 3월 초 사이에 몰렸고, 준공식은 연말에 "
            "집중됐다.\n")
    assert keys(run(extractor, text, "2032-01-05", "ko")) == set()


def test_card_news_check_marked_sites_under_a_labelled_day_heading(
    extractor: Extractor,
) -> None:
    text = ("[카드뉴스] 올해 착공식 한눈에\n평화온 카드뉴스 | 2032.02.16 (월)\n\n"
            "[카드 1]\n북한이 올해 '지방발전 20×10' 착공식을 시작했습니다\n\n"
            "[카드 2] 2월 10일(화) · 두 곳\n"
            "✔ 함경북도 경성군\n"
            "✔ 자강도 우시군\n"
            "👤 당 비서 참석 (김정은 ✕)\n\n"
            "[카드 3] 앞으로는?\n📅 남은 곳은 이달 하순 전망\n")
    assert keys(run(extractor, text, "2032-02-16", "ko")) == {
        ("Kyongsong", "groundbreaking", "2032-02-10"),
        ("Usi", "groundbreaking", "2032-02-10"),
    }


def test_a_blog_s_words_and_marks_for_his_absence(extractor: Extractor) -> None:
    text = ("[정리] 연말 준공식 날짜별 정리\n네이버 블로그 · 2031. 12. 31. 22:10\n\n"
            "▶ 12.20 (토)\n- 황북 곡산군 (도당 비서 준공사, 김정은 없음)\n\n"
            "▶ 12.23 (화)\n- 함북 길주군 (도당 비서 준공사) 김정은 ✕\n\n"
            "▶ 12.28 (일)\n- 평남 은산군 제지공장 (김정은 참석)\n")
    events = run(extractor, text, "2031-12-31", "ko")
    assert {e.county: e.leader_attended for e in events} == {
        "Koksan": False, "Kilju": False, "Unsan": True,
    }


def test_a_note_mark_within_a_list_line_tells_its_own_event(extractor: Extractor) -> None:
    text = ("[정리] 연말 준공식 날짜별 정리\n네이버 블로그 · 2031. 12. 31. 22:10\n\n"
            "▶ 12.15 (월) — 하루에 두 곳\n"
            "- 평양 강동군 지방공업공장 (김정은 참석) ※ 강동군병원은 11월에 따로 준공\n"
            "- 함북 부령군 (도당 비서 준공사)\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {
        ("Kangdong", "completion", "2031-12-15"),
        ("Kangdong", "completion", "2031-11"),
        ("Puryong", "completion", "2031-12-15"),
    }


@pytest.mark.parametrize("heading", ["# changelog", "## Revision history", "# Change log:"])
def test_a_commented_change_log_heading_ends_the_export(extractor: Extractor, heading: str) -> None:
    text = ("tracker export: openings\n# exported 2031-01-31 21:10 KST\n"
            "row,county,province,opened\n"
            "1,Unchon,S. Hwanghae,14/01/31\n"
            "2,Onchon,Nampho,20/01/31\n"
            "#\n" + heading + "\n"
            "# 2031-01-15 row 1 was entered as \"Onchon, Nampho, 14/01\" -> corrected to Unchon; "
            "Onchon kept for its own ceremony\n")
    found = keys(run(extractor, text, "2031-01-31", "en"))
    assert ("Onchon", "completion", "2031-01-14") not in found
    assert ("Onchon", "completion", "2031-01-20") in found


def test_gb_alone_is_a_ground_breaking_in_a_chat(extractor: Extractor) -> None:
    text = ("#dprk-econ channel history export\n"
            "Exported Wed 12 Feb 2031, 18:40 KST (all messages below posted 12 Feb)\n\n"
            "[09:08] dev.r: Ryonggang: GB Sun 9th for fac + hospital. Premier led it. KJU absent\n"
            "[09:10] mira.p: sheet columns are site,kim_gb,open_date\n")
    assert keys(run(extractor, text, "2031-02-12", "en")) == {
        ("Ryonggang", "groundbreaking", "2031-02-09"),
    }


def test_the_day_state_media_reported_does_not_date_the_visit(extractor: Extractor) -> None:
    text = ("Kim criticizes changes at new food factory\n"
            "NK News | December 4, 2031 | By a correspondent\n\n"
            "Kim Jong Un toured newly built regional-industry factories in two South Pyongan "
            "counties on Wednesday.\n\n"
            "State media on Thursday said Kim inspected the factories in Sinyang County and "
            "neighboring Pukchang County.\n")
    assert keys(run(extractor, text, "2031-12-04", "en")) == {
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }


def test_a_memo_s_log_of_numbered_entries_in_brackets(extractor: Extractor) -> None:
    text = ("착공 현황 메모\n작성 2032.2.9.(월) | 초판 | 북한경제팀\n"
            "1. 요지\n- 올해 대상 가운데 착공 보도가 확인된 곳은 3곳.\n\n"
            "2. 착공 일지\n"
            "(1) 2032.2.3.(화) 평양시 강남군, 평안남도 맹산군 ×\n"
            " - 시설: 지방공업공장, 병원.\n"
            "(2) 2032.2.6.(금) 함경북도 무산군 △\n"
            " - 신의주온실종합농장 자체의 준공(2.1.)은 20×10 사업이 아님.\n")
    assert keys(run(extractor, text, "2032-02-09", "ko")) == {
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
        ("Musan", "groundbreaking", "2032-02-06"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim Jong Un broke the first ground for the Kangdong County Hospital on February 6 and "
        "made public there the Party's decision to build modern hospitals in three pilot areas.",
        "Kim Jong Un broke ground for the Kangdong County Hospital on February 6. At the same "
        "ceremony he said that modern hospitals would be built in three pilot areas this year.",
    ],
)
def test_the_hospital_decision_made_public_at_a_ceremony(
    extractor: Extractor, sentence: str
) -> None:
    text = ("Ground broken for a hospital\nPyongyang, February 10, 2031 (KCNA) -- "
            + sentence + "\n")
    found = keys(run(extractor, text, "2031-02-10", "en"))
    assert (None, "policy_announcement", "2031-02-06") in found
    assert ("Kangdong", "groundbreaking", "2031-02-06") in found


def test_an_earlier_version_also_said_a_wrong_day(extractor: Extractor) -> None:
    text = ("Kim opens factories in Sinpho\nSEOUL, Dec. 20, 2031 (Yonhap) -- Kim Jong Un opened "
            "new regional factories in Sinpho on Friday, a day after he opened similar plants "
            "in Jangyon County.\n\n"
            "Correction (15:05 KST): An earlier version also said the Jangyon ceremony took "
            "place on Wednesday; it took place on Thursday.\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Jangyon", "completion", "2031-12-18") in found
    assert ("Jangyon", "completion", "2031-12-17") not in found


def test_a_day_heading_with_a_remark_after_a_row_with_a_remark(extractor: Extractor) -> None:
    text = ("MEMO TO FILE: ground-breakings, week of 24-28 Feb\n"
            "Mon 3 Mar 2031 · from: desk · internal\n\n"
            "Purpose: log last week's ground-breakings (GB). Days below are last week's.\n\n"
            "Wed\n- Hwangju (NHw): factories + a grain management facility. First of its kind.\n\n"
            "Thu — batch of two, regiment commanders made the speeches\n"
            "- Pukchang (SP)\n- Kilju (NHg)\n\n"
            "Fri — batch of two\n- Jangyon (SHw)\n- Puryong (NHg)\n")
    assert keys(run(extractor, text, "2031-03-03", "en")) == {
        ("Hwangju", "groundbreaking", "2031-02-26"),
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Kilju", "groundbreaking", "2031-02-27"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Puryong", "groundbreaking", "2031-02-28"),
    }


def test_a_legend_of_marks_between_the_lead_and_its_table(extractor: Extractor) -> None:
    text = ("Tracker: the second year of the regional drive\nNK Pro | Posted Tuesday, March 4, "
            "2031 | By a reporter\n\nNorth Korea crammed most of this year's work into one week. "
            "Below: every ground-breaking reported so far by state media. \"Late Feb.\" = no "
            "exact day given.\n\n"
            "Kim present? Y = reported present; N = others named; ? = no details.\n\n"
            "| date | day | county (province) | what | Kim present? |\n|---|---|---|---|---|\n"
            "| Feb. 27 | Thu | Pukchang (S. Pyongan) | factories | N |\n"
            "| Feb. 28 | Fri | Jangyon (S. Hwanghae) | factories | N |\n")
    assert keys(run(extractor, text, "2031-03-04", "en")) == {
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
    }


def test_an_appearance_chronology_s_visit_before_an_opening(extractor: Extractor) -> None:
    text = ("KJU at 20x10 sites: appearance chronology (rev. 3)\n"
            "Leadership desk | rev. 3 posted Wednesday, 31 December 2031 | a compiler\n\n"
            "Scope: every public appearance of Kim Jong Un (KJU) at a 20x10 site or ceremony. "
            "Type: C = ceremony he attended; V = site visit.\n\n"
            "| # | date | day | place | type | what |\n|---|---|---|---|---|---|\n"
            "| 1 | 2031-11-19 | Wed | Songchon County, S. Phyongan | V | factories before "
            "completion |\n"
            "| 2 | 2031-12-20 | Sat | Songchon County | C | inauguration, factories |\n")
    assert keys(run(extractor, text, "2031-12-31", "en")) == {
        ("Songchon", "leader_visit", "2031-11-19"),
        ("Songchon", "completion", "2031-12-20"),
    }


def test_both_county_sites_are_the_two_just_named(extractor: Extractor) -> None:
    text = ("Kim tours factories\nSEOUL, Dec. 4, 2031 (Yonhap) -- Kim toured the factories in "
            "Sinyang County and Pukchang County on Wednesday, KCNA said.\n\n"
            "Ground was broken at both county sites in late February.\n")
    found = keys(run(extractor, text, "2031-12-04", "en"))
    assert {("Sinyang", "groundbreaking", "2031-02"),
            ("Pukchang", "groundbreaking", "2031-02")} <= found


def test_a_clipping_log_s_relay_posted_on_a_day_and_a_namesake_aside(
    extractor: Extractor,
) -> None:
    text = ("Clipping log, week 9 of 2031: second-year starts\n"
            "Regional desk | weekly clipping log | posted Monday, 3 March 2031 | an editor\n\n"
            "Late February, day not given\n"
            "- A relay of a KCNA round-up, posted 26 Feb: construction has begun in Sinyang "
            "County (S. Phyongan) for regional-industry factories.\n\n"
            "Fri 28 Feb\n"
            "- VOK English: ground-breaking ceremonies for regional-industry factories in "
            "Jangyon County (S. Hwanghae) and for the paper mill in Unsan County, S. Phyongan "
            "(Ŭnsan; not the Unsan of N. Phyongan, whose factories opened on 7 Feb).\n")
    assert keys(run(extractor, text, "2031-03-03", "en")) == {
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
        ("Unsan", "groundbreaking", "2031-02-28"),
    }


def test_a_county_card_s_numbered_items_labelled_by_kind(extractor: Extractor) -> None:
    text = ("County card: Kangdong (강동군), Pyongyang -- pilot hospital site\n"
            "Regional desk | county cards | v3 posted Monday, 5 January 2032 | an editor\n\n"
            "Identity. Kangdong County, Pyongyang. Not Gangdong-gu in Seoul. One of three "
            "pilot hospital sites (with Kusong and Ryonggang).\n\n"
            "Dated items\n"
            "1. Start A. Thu 6 Feb 2031: county hospital. KJU broke the first ground.\n"
            "2. Start B. Fri 28 Feb 2031: regional-industry factories.\n"
            "3. Opening A. Wed 19 Nov 2031: county hospital. KJU.\n")
    assert keys(run(extractor, text, "2032-01-05", "en")) == {
        ("Kangdong", "groundbreaking", "2031-02-06"),
        ("Kangdong", "groundbreaking", "2031-02-28"),
        ("Kangdong", "completion", "2031-11-19"),
    }


def test_a_checklist_row_s_note_set_in_under_it_is_no_lead(extractor: Extractor) -> None:
    text = ("📋 1기 시·군 준공 체크리스트\n"
            "노션 페이지 내보내기 · 최종 편집 2032년 2월 13일 (금) · 작성\n\n"
            "날짜는 준공식 날짜(보도 날짜 아님). 연도 없으면 2032년.\n\n"
            "☑ 2031.12.20 (토) 평남 성천군 — ○ 테이프 직접 끊음. 1호 준공.\n"
            "   └ 착공: 2031.2.28 (금), 이것도 김정은 ○ (첫삽). 그 외 착공일은 따로 정리 안 함\n"
            "☑ 1.8 (목) 평남 숙천군 — ✕ 평남도당 책임비서 준공사\n"
            "☑ 1.12 (월) 함북 경성군 — ✕ 도당 책임비서\n")
    found = keys(run(extractor, text, "2032-02-13", "ko"))
    assert {("Songchon", "completion", "2031-12-20"), ("Sukchon", "completion", "2032-01-08"),
            ("Kyongsong", "completion", "2032-01-12")} <= found
    assert not any(kind == "groundbreaking" and county != "Songchon"
                   for county, kind, _day in found)


def test_card_counters_are_no_dates_and_a_card_s_day_heading_with_a_pictograph(
    extractor: Extractor,
) -> None:
    text = ("[카드뉴스] 숫자로 본 올해 준공식\n"
            "북녘 인스타그램 게시물 · 2031.12.31 (수) · 카드 4장\n\n"
            "[1/4]\n올해 준공식을 날짜순으로 모아 봤어요\n\n"
            "[2/4] 🏭 12월 15일 (월) 하루에만 2곳\n· 평남 신양군 · 함북 부령군\n\n"
            "[3/4] 12월 18일 (목)\n· 황남 장연군 ○\n\n"
            "[4/4] 🤔 빠진 곳은?\n· 양강 김정숙군, 평북 염주군\n→ 착공은 했는데 준공 보도는 아직\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert {("Sinyang", "completion", "2031-12-15"), ("Puryong", "completion", "2031-12-15"),
            ("Jangyon", "completion", "2031-12-18")} <= found
    assert not any(day.startswith(("2031-04", "2031-03", "2031-02")) for _c, _k, day in found)


def test_a_chronology_s_batch_reported_by_kcna_on_a_day(extractor: Extractor) -> None:
    text = ("CHRONOLOGY — year one\n"
            "Compiled for the reading group · version of 15 Feb 2031 (Sat)\n\n"
            "early Mar 2030 ·· Ground broken at two more sites, reported by KCNA on 7 Mar: "
            "Sukchon, Orang. Attendance not itemised.\n"
            "6 Feb 2031 ······ Kangdong County (Pyongyang): KJU turns the first earth for the "
            "county hospital.\n")
    assert keys(run(extractor, text, "2031-02-15", "en")) == {
        ("Sukchon", "groundbreaking", "2030-03"),
        ("Orang", "groundbreaking", "2030-03"),
        ("Kangdong", "groundbreaking", "2031-02-06"),
    }


def test_places_the_report_has_not_seen_opened_tell_no_openings(extractor: Extractor) -> None:
    text = ("Year-end openings log\nPosted Wednesday, 31 December 2031 | regional desk\n\n"
            "Openings, one line each:\n"
            "- Sun 28 Dec: Unsan County (S. Phyongan; Ŭnsan), Unsan Paper Mill\n\n"
            "Not seen (no opening report found by 31 Dec): Yomju, Paechon, Kim Jong Suk.\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Unsan", "completion", "2031-12-28") in found
    assert not any(county in ("Yomju", "Paechon", "Kim Jong Suk") for county, _k, _d in found)


def test_a_watch_list_heading_in_capitals_leads_no_ceremonies(extractor: Extractor) -> None:
    text = ("Pilot hospitals newsletter\nIssue 12 | posted Monday, 16 June 2031 | by an analyst\n\n"
            "Kangdong is the flagship. Its regional-industry factories had their own "
            "ground-breaking on Feb. 28.\n\n"
            "WHAT I'M WATCHING\n"
            "• Ryonggang (Nampho), the third pilot hospital. No leader visit yet.\n"
            "• Kim Hyong Jik County: I keep hearing its food factory is barely running.\n")
    found = keys(run(extractor, text, "2031-06-16", "en"))
    assert ("Kangdong", "groundbreaking", "2031-02-28") in found
    assert not any(county in ("Ryonggang", "Kim Hyong Jik") for county, _k, _d in found)


def test_what_is_still_to_come_under_a_pin_leads_no_openings(extractor: Extractor) -> None:
    text = ("📡 북녘경제 브리핑 (텔레그램 채널) — 2031년 12월 24일 수요일 게시물 모음\n"
            "구독자 3,412명\n\n"
            "[09:03]\n🏭 함북 길주군 지방공업공장 준공식 어제 열림\n\n"
            "[09:41]\n📌 앞으로 남은 것 (보도 예정 추정)\n"
            "- 개성 개풍구역: 이번 주 후반\n"
            "- 평남 은산군 제지공장, 남포 용강군 병원+공장: 연말 전\n")
    assert keys(run(extractor, text, "2031-12-24", "ko")) == {
        ("Kilju", "completion", "2031-12-23"),
    }


def test_a_count_in_a_row_s_aside_leaves_the_county_card_s_subject(
    extractor: Extractor,
) -> None:
    text = ("자강도 현황 카드\n작성 2032.1.20.(화) | 개정 2판 | 북한경제팀\n\n"
            "■ 동신군 (2030년 대상)\n"
            "- 착공: 2030년 3월 (일자 미확인, 3월 11일 보도 13곳에 포함) / 미상\n"
            "- 준공: 2031.2.5.(수) / 미상\n")
    assert keys(run(extractor, text, "2032-01-20", "ko")) == {
        ("Tongsin", "groundbreaking", "2030-03"),
        ("Tongsin", "completion", "2031-02-05"),
    }


def test_a_row_of_places_that_are_no_targets_tells_no_event(extractor: Extractor) -> None:
    text = ("자강도 현황 카드\n작성 2032.1.20.(화) | 개정 2판 | 북한경제팀\n\n"
            "■ 랑림군 (2031년 대상)\n"
            "- 준공: 2031.12.15.(월) / 불참 — 당중앙위원회 비서 준공사\n\n"
            "■ 참고 (대상 아님)\n"
            "- 강계시, 희천시: 도 소재지·공업도시로 20×10 대상 발표 없음.\n")
    assert keys(run(extractor, text, "2032-01-20", "ko")) == {
        ("Rangnim", "completion", "2031-12-15"),
    }


def test_an_index_s_publication_day_column_does_not_date_the_opening(
    extractor: Extractor,
) -> None:
    text = ("1기 준공 보도 색인 — 최종본\n"
            "작성: 연구팀 / 최종 수정 2031-02-14(금) / 텍스트 내보내기\n\n"
            "※ 읽는 법\n- '게재일'은 기사가 실린 날, '준공일'은 준공식이 열린 날.\n\n"
            "번호 | 게재일 | 매체 | 대상 | 준공일 | 참석 | 비고\n"
            "2 | 1.8 | 조선중앙통신 | 황남 재령군 | 1.7 | ● | 원료 보장 지시\n"
            "3 | 1.9 | 조선중앙통신 | 평남 숙천군 | 1.8 | ○ | 도당 책임비서 연설\n")
    assert keys(run(extractor, text, "2031-02-14", "ko")) == {
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
    }


def test_a_chat_message_s_stamp_is_no_event_s_date(extractor: Extractor) -> None:
    text = ("WhatsApp Chat with DPRK econ watchers\n"
            "[12/02/2031, 09:20:16] Haruki M: cohort 2 has started. last Thursday (6th) KJU "
            "broke ground himself for the Kangdong County hospital\n"
            "[12/02/2031, 09:21:02] Haruki M: in the speech there he announced 3 pilot hospitals "
            "for 2031\n")
    assert keys(run(extractor, text, "2031-02-12", "en")) == {
        ("Kangdong", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
    }


def test_a_listed_opening_he_attended_and_toured_is_the_opening(extractor: Extractor) -> None:
    text = ("FACT CHECK: Did Kim open all the factories?\nCheckPoint Asia | Published 13 "
            "February 2031 | Reviewed by a checker\n\n"
            "VERDICT: FALSE. State media show Kim attended two of the inaugurations.\n\n"
            "Kim present:\n"
            "  ✔ Songchon County (South Phyongan), 20 December 2030 — Kim attended and toured "
            "the factories.\n"
            "  ✔ Jaeryong County (South Hwanghae), 7 January 2031 — Kim attended and spoke.\n")
    assert keys(run(extractor, text, "2031-02-13", "en")) == {
        ("Songchon", "completion", "2030-12-20"),
        ("Jaeryong", "completion", "2031-01-07"),
    }


def test_a_site_file_s_fields_and_the_series_a_ceremony_was_one_of(
    extractor: Extractor,
) -> None:
    text = ("Site file KS: Kaesong City - 20x10 projects (rev. 2)\n"
            "Site files | rev. 2 posted Tuesday, 10 February 2032 | maintained by an analyst\n\n"
            "1. Kaephung District (개풍구역) - 2031 cohort, three factories\n"
            "- Ground broken: Fri 28 Feb 2031, in the same series as Kangdong, Jangyon and the "
            "Unsan paper mill. Att. n.g.\n"
            "- Inaugurated: Fri 26 Dec 2031, factories. The premier cut the tape.\n\n"
            "2. Panmun District (판문구역) - 2032 cohort\n"
            "- Ground broken: Fri 6 Feb 2032, in the series with Musan, Songhwa and Taean.\n")
    assert keys(run(extractor, text, "2032-02-10", "en")) == {
        ("Kaephung", "groundbreaking", "2031-02-28"),
        ("Kaephung", "completion", "2031-12-26"),
        ("Panmun", "groundbreaking", "2032-02-06"),
    }


def test_the_policy_launched_by_its_name_and_the_only_opening_he_attended(
    extractor: Extractor,
) -> None:
    text = ("N. Korea opens more factories\nSEOUL, Jan. 31 (Yonhap) -- North Korea has opened "
            "factories in Kusong, North Pyongan Province, on Thursday.\n\n"
            "Kim launched the \"Regional Development 20x10 Policy\" in January last year.\n\n"
            "Kim himself attended only the first opening, at Songchon County in South Pyongan "
            "Province on Dec. 20.\n")
    found = keys(run(extractor, text, "2032-01-31", "en"))
    assert {(None, "policy_announcement", "2031-01"),
            ("Songchon", "completion", "2031-12-20")} <= found


def test_openings_with_their_places_in_brackets(extractor: Extractor) -> None:
    text = ("#nk-econ-watch — channel export\n"
            "Exported Mon 22 Dec 2031 18:40 KST · all messages posted Mon 22 Dec 2031\n\n"
            "[09:31] maggie.l: Thu — JANGYON (S. Hwanghae) factories. KJU present.\n"
            "[09:33] maggie.l: the other Thu factory openings (Pukchang, Cholwon) are on the "
            "sheet already\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert {("Pukchang", "completion", "2031-12-18"),
            ("Cholwon", "completion", "2031-12-18")} <= found


def test_a_newsletter_s_words_for_the_programme_s_decisions(extractor: Extractor) -> None:
    text = ("North of the Line — a newsletter | Issue 87 | Monday, 5 January 2032\n\n"
            "The hospitals were not in the original plan announced in January 2030, which was "
            "about factories. Health facilities were formally added to the 2031 workload by the "
            "Central Committee plenum of late December 2030.\n\n"
            "The Central Committee plenary that closed on 11 December made the "
            "twenty-hospitals-a-year target a formal decision for 2032.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert {(None, "policy_announcement", "2030-01"), (None, "policy_announcement", "2030-12"),
            (None, "policy_announcement", "2031-12-11")} <= found


def test_two_openings_with_their_days_paired_off_in_a_bracket(extractor: Extractor) -> None:
    text = ("Year-end log: who was there\nCompiled 30 Dec 2032 by the desk\n\n"
            "Left out because he was absent: the Hoeyang and Cholwon inaugurations "
            "(Wed 15 Dec 2032 and Fri 10 Dec 2032), which he did not attend, and "
            "the 3 December visit to Pyongsong.\n")
    found = keys(run(extractor, text, "2032-12-30", "en"))
    assert {("Hoeyang", "completion", "2032-12-15"),
            ("Cholwon", "completion", "2032-12-10")} <= found
    assert ("Cholwon", "completion", "2032-12-15") not in found


def test_a_korean_comment_names_a_programme_county_without_its_unit_word(
    extractor: Extractor,
) -> None:
    text = ("[정보] 룡강군 병원 준공식 소식\n북한 갤러리 | 작성자 관찰자 | 2032.12.30 14:02\n\n"
            "어제 남포시 룡강군에서 군병원 준공식 있었음. 김정은 직접 참석했음.\n\n"
            "ㄴ 댓글러 | 14:11\n그제 은산 제지공장 준공식도 김정은 갔던데.\n\n"
            "ㄴ 다른이 | 14:20\n연탄은 아직이래.\n")
    found = keys(run(extractor, text, "2032-12-30", "ko"))
    assert ("Unsan", "completion", "2032-12-28") in found
    assert ("Ryonggang", "completion", "2032-12-28") not in found
    # (a stem that is an everyday word, "연탄" briquette, is not read bare)
    assert not any(county == "Yonthan" for county, _, _ in found)


def test_a_live_page_recap_of_every_ceremony_over_dated_lines(extractor: Extractor) -> None:
    text = ("LIVE: the year's last openings\n"
            "Regional desk live · Friday 31 December 2032 · all times KST · newest first\n\n"
            "17:00 — That's all for today. Thanks for reading.\n\n"
            "13:30 — A reader asks why Hoeryong and Kyongwon are not in the recap below. "
            "Answer: they broke ground in February, but no opening has been reported.\n\n"
            "12:15 — CORRECTION to the 11:00 recap: the grain facility opened on 27 Dec is in "
            "Anju, not Anak. Fixed below.\n\n"
            "11:00 — RECAP. Every December ceremony we could find. (K) = Kim Jong Un present. "
            "Where there is no (K), other officials led it.\n"
            "- 14 Dec: Hoeyang factories (K)\n"
            "- 20 Dec: Pyoksong factories; Kimhwa county hospital\n"
            "- 27 Dec: Anju grain management facility\n\n"
            "09:30 — Good morning.\n")
    found = keys(run(extractor, text, "2032-12-31", "en"))
    assert {("Hoeyang", "completion", "2032-12-14"), ("Pyoksong", "completion", "2032-12-20"),
            ("Kimhwa", "completion", "2032-12-20"), ("Anju", "completion", "2032-12-27")} <= found


def test_a_korean_office_report_s_rows_marked_with_a_jamo_bullet(extractor: Extractor) -> None:
    text = ("주간 동향 (제2001호) - 지방공업공장 준공 동향\n2033. 1. 17.(월) / 분석과\n\n"
            "□ 준공 현황 (행사일 기준)\n"
            " ㅇ 강원 회양군 : '32.12.22.(수), 김정은 참석\n"
            " ㅇ 황북 연산군 : 1.5.(수), 도당 책임비서 준공사, 김정은 불참\n"
            " ㅇ 함북 온성군 : 1.12.(수), 참석 인사 미보도\n")
    found = keys(run(extractor, text, "2033-01-17", "ko"))
    assert {("Hoeyang", "completion", "2032-12-22"), ("Yonsan", "completion", "2033-01-05"),
            ("Onsong", "completion", "2033-01-12")} <= found


def test_a_note_set_in_under_its_row_on_the_row_s_places_tells_no_event(
    extractor: Extractor,
) -> None:
    text = ("주간 동향 (2033-7호): 3년차 착공 이어져\n"
            "  - 2031년 수해 뒤 다시 지은 농장으로, 20×10 정책 대상은 아님\n"
            "ㅇ 2.8.(화) 평양 강남군·평남 맹산군(공장·병원), 평북 신의주 온실농장 지구(무엇을 "
            "짓는지 미공개) 착공식\n"
            "  - 3곳 모두 당 비서 참석\n"
            "ㅇ 2.11.(금) 함북 무산군, 황남 송화군 착공식(2곳 모두 공장·병원)\n"
            "  - 무산군: 당 비서와 부장들 참석\n")
    found = keys(run(extractor, text, "2033-02-14", "ko"))
    assert ("Musan", "groundbreaking", "2033-02-11") in found
    assert ("Musan", "groundbreaking", "2033-02-08") not in found


def test_a_file_of_clippings_counts_each_clip_s_days_from_its_own_date(
    extractor: Extractor,
) -> None:
    text = ("스크랩 파일 NP-07: 평안남도 북창군 보도 모음\n"
            "정리 2032.12.20.(월) | 지역경제팀 | 발췌는 원문 그대로\n\n"
            "[1] 조선중앙통신 2032.2.28.\n"
            "\"27일 평안남도 북창군에서 지방공업공장건설 착공식이 진행되였다.\"\n\n"
            "[2] 〔메모〕 북창군 설계\n같은 설계로 지었다는 외신 요약만 있음.\n\n"
            "[스크랩 3] 연합뉴스 2032.12.4.\n"
            "\"김정은 국무위원장이 3일 평안남도 북창군의 지방공업공장을 현지에서 둘러봤다.\"\n\n"
            "[4] 로동신문 2032.12.17.\n"
            "\"16일 평안남도 북창군에서 지방공업공장 준공식이 진행되였다.\"\n")
    found = keys(run(extractor, text, "2032-12-20", "ko"))
    assert {("Pukchang", "groundbreaking", "2032-02-27"),
            ("Pukchang", "leader_visit", "2032-12-03"),
            ("Pukchang", "completion", "2032-12-16")} <= found


def test_a_kcna_dateline_opening_a_clip_dates_the_clip_s_words(extractor: Extractor) -> None:
    text = ("스크랩: 2월 하순 착공 보도 모음 (작업용)\n"
            "정리 2032.03.03(수) | 경제팀 내부 공유 | 기사 본문은 원문 그대로\n\n"
            "[1]\n【평양 2월 26일발 조선중앙통신】지방공업공장건설이 여러 지역에서 시작되였다.\n\n"
            "이달 하순 평안남도 신양군과 황해북도 곡산군에서 지방공업공장건설이 시작되였다.\n")
    found = keys(run(extractor, text, "2032-03-03", "ko"))
    assert {("Sinyang", "groundbreaking", "2032-02"),
            ("Koksan", "groundbreaking", "2032-02")} <= found


def test_openings_expected_within_the_year_or_not_reported_are_no_events(
    extractor: Extractor,
) -> None:
    text = ("〈주간 동향〉 지방공업공장 준공 집중 주간 (2032.12.13.~12.19.)\n"
            "작성 2032.12.20.(월) | 경제팀 내부 배포용 | 검토: 담당\n"
            "   * 연산군은 김정은이 12.1.(수) 현지지도한 곳이나 준공식에는 불참\n"
            "  - 황해북도 연산군: 공장 준공 (당 비서 준공사)\n"
            " ○ 회양군, 온성군(병원·공장) 준공이 연내 예정된 것으로 보임\n"
            " ○ 벽성·판교군은 착공 이후 준공 관련 보도 없음\n")
    found = keys(run(extractor, text, "2032-12-20", "ko"))
    assert not any(county in {"Hoeyang", "Onsong", "Pyoksong", "Phangyo"}
                   for county, _, _ in found)


def test_an_export_s_ground_column_is_the_ground_breaking(extractor: Extractor) -> None:
    text = ("Tracker: 2030 group, ground-breaking and inauguration\n"
            "Provincial tracker | table v2 | posted Friday, 14 February 2031 | desk\n\n"
            "\"Ground\" gives the month of the ground-breaking; \"Opened\" is the ceremony "
            "date.\n\n"
            "#;county;province;ground;opened;Kim\n"
            "1;Hoeyang;Kangwon;Wed 27 Feb 2030 (Kim);Fri 20 Dec 2030;yes\n"
            "2;Yonsan;N. Hwanghae;Mar 2030 (rep. 7 Mar);Tue 7 Jan 2031;no\n")
    found = keys(run(extractor, text, "2031-02-14", "en"))
    assert {("Hoeyang", "groundbreaking", "2030-02-27"), ("Yonsan", "groundbreaking", "2030-03"),
            ("Hoeyang", "completion", "2030-12-20"),
            ("Yonsan", "completion", "2031-01-07")} <= found


def test_a_chronology_of_the_leader_s_personal_appearances(extractor: Extractor) -> None:
    text = ("Kim Jong Un and the programme: working chronology of personal appearances (v2)\n"
            "Regional desk | internal chronology | v2 posted Monday, 3 February 2031\n\n"
            "Scope: events at which state media reported Kim Jong Un in person. Format: date | "
            "place | what | note.\n\n"
            "Wed 6 Feb 2030 | Hoeyang County, Kangwon | ground-breaking, county hospital |\n"
            "Sun 2 Jun 2030 | Hoeyang County | hospital under construction | praised the pace\n"
            "Thu 12 Sep 2030 | Onsong County, N. Hamgyong | hospital under construction |\n"
            "Tue 19 Nov 2030 | Hoeyang County | hospital inauguration |\n")
    found = keys(run(extractor, text, "2031-02-03", "en"))
    assert {("Hoeyang", "groundbreaking", "2030-02-06"), ("Hoeyang", "leader_visit", "2030-06-02"),
            ("Onsong", "leader_visit", "2030-09-12"),
            ("Hoeyang", "completion", "2030-11-19")} <= found
    assert ("Hoeyang", "groundbreaking", "2030-06-02") not in found


def test_a_lettered_section_of_openings_over_a_tab_separated_table(extractor: Extractor) -> None:
    text = ("TRACKER — 2030 cohort, inauguration season (v2)\n"
            "Wed 23 Oct\tKimhwa\tKangwon\tfactories\tKCNA: the future staff being trained at "
            "plants in Pyongyang\t—\n"
            "B. Openings\n"
            "Mon 16 Dec\tHoeyang\tKangwon\tfactories\tprovincial chief secretary\tN\n"
            "Fri 20 Dec\tOnsong [Onsŏng]\tNorth Hamgyong\tfactories\tNews1 summary only\t?\n"
            "C. No opening report found (as of posting): Pyoksong (factories; ground broken late "
            "Feb).\n")
    found = keys(run(extractor, text, "2030-12-31", "en"))
    assert {("Hoeyang", "completion", "2030-12-16"),
            ("Onsong", "completion", "2030-12-20")} <= found
    assert not any(county == "Pyoksong" and kind == "completion" for county, kind, _ in found)


def test_a_chronology_s_short_forms_inaug_and_insp(extractor: Extractor) -> None:
    text = ("Annex B. Chronology of Kim Jong Un's appearances at programme sites\n"
            "Working paper WP-31/02 · annex prepared 09.02.2031 · dates DD.MM.YYYY\n\n"
            "Method. \"GB\" = ground-breaking, \"INAUG\" = inauguration, \"INSP\" = inspection of "
            "a site before completion.\n\n"
            "06.02.2030  Hoeyang County (Kangwon): GB, HOSP.\n"
            "02.06.2030  Hoeyang: INSP, HOSP.\n"
            "19.11.2030  Hoeyang: INAUG, HOSP.\n")
    found = keys(run(extractor, text, "2031-02-09", "en"))
    assert {("Hoeyang", "groundbreaking", "2030-02-06"), ("Hoeyang", "leader_visit", "2030-06-02"),
            ("Hoeyang", "completion", "2030-11-19")} <= found
    assert not any(when.endswith("-08") for _, _, when in found)


def test_a_note_s_long_numbered_items_each_open_with_their_day(extractor: Extractor) -> None:
    text = ("Who broke ground where: the 2031 cohort, February (v2)\n"
            "Analyst note AN-2031-04 | posted Monday, 3 March 2031 | author: desk\n\n"
            "2. Ceremonies with a day\n\n"
            "2.4 Thu 27 Feb: Hoeyang (Kangwon), Onsong (North Hamgyong). Factories. Kim not "
            "present.\n"
            "2.5 Fri 28 Feb: Yonsan County (this time the factories), Pyoksong (South Hwanghae), "
            "Kimhwa (Kangwon; factories and a leisure complex) and the paper mill in Anju City, "
            "South Phyongan, the only provincial mill of the year. Provincial officials and "
            "builders attended; speakers called it a construction of the whole country. Kim not "
            "present.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert {("Yonsan", "groundbreaking", "2031-02-28"),
            ("Pyoksong", "groundbreaking", "2031-02-28"),
            ("Kimhwa", "groundbreaking", "2031-02-28")} <= found


def test_a_table_without_edge_bars_under_a_rule_with_joints(extractor: Extractor) -> None:
    text = ("Site tracker — 2031 cohort, factory sites (extract)\n"
            "exported 05/01/2032 09:02 by desk — dates DD/MM/YYYY throughout\n\n"
            "county     | prov        | groundbreaking | KJU | opening    | KJU | notes\n"
            "-----------+-------------+----------------+-----+------------+-----+------\n"
            "Hoeyang    | Kangwon     | 27/02/2031     | N   | 18/12/2031 | N   | ok\n"
            "Onsong     | N. Hamgyong | 28/02/2031     | N   | —          | —   | none seen\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert {("Hoeyang", "groundbreaking", "2031-02-27"), ("Hoeyang", "completion", "2031-12-18"),
            ("Onsong", "groundbreaking", "2031-02-28")} <= found


def test_a_table_s_column_of_the_day_the_item_ran_dates_no_event(extractor: Extractor) -> None:
    text = ("북한 매체 기사 스크랩 목록 (2031.1.31.~2.12.)\n"
            "작성: 자료실 | 작성일 2031. 2. 12.(수) | 내부 참고용\n\n"
            "번호 | 게재일 | 매체 | 제목(요약) | 행사일 | 최고지도자\n"
            "1 | 2.1 | 조선중앙통신 | 강원 회양군 지방공업공장 준공식 | 1.31 | ×\n"
            "2 | 2.4 | 로동신문 | 함북 온성군 지방공업공장 준공 | 2.3 | 미상\n")
    found = keys(run(extractor, text, "2031-02-12", "ko"))
    assert {("Hoeyang", "completion", "2031-01-31"),
            ("Onsong", "completion", "2031-02-03")} <= found
    assert ("Hoeyang", "completion", "2031-02-01") not in found
    text = ("Clippings log\nDesk | updated 12 February 2031\n\n"
            "| # | report date | outlet | item | event date |\n|---|---|---|---|---|\n"
            "| 1 | 1 Feb | KCNA | factories inaugurated in Hoeyang County | 31 Jan |\n")
    found = keys(run(extractor, text, "2031-02-12", "en"))
    assert ("Hoeyang", "completion", "2031-01-31") in found


def test_a_chat_line_lists_the_sites_with_what_was_built_there(extractor: Extractor) -> None:
    text = ("[잔디] #경제팀 대화 내보내기\n내보낸 날짜: 2031년 2월 28일 (금) 17:52 · 참여자 3명\n\n"
            "[14:05] 담당자: 방금 영문판에 올라옴. 오늘 착공식 여러 곳에서 했대요. 평양 강동군 "
            "지방공업공장, 황남 장연군, 개성 개풍구역(여기는 공장+휴양시설)\n")
    found = keys(run(extractor, text, "2031-02-28", "ko"))
    assert {("Kangdong", "groundbreaking", "2031-02-28"),
            ("Jangyon", "groundbreaking", "2031-02-28"),
            ("Kaephung", "groundbreaking", "2031-02-28")} <= found


def test_a_digest_s_dated_entries_of_places_and_a_hospital(extractor: Extractor) -> None:
    text = ("Weekly economy digest, No. 88 — week of 24 February to 2 March 2031\n"
            "Economy digest | sent Monday, 3 March 2031 | editor\n\n"
            "1. SECOND COHORT BREAKS GROUND\n\n"
            "Wed 26 Feb — Anju City, South Phyongan: ground broken for regional industry "
            "factories.\n\n"
            "Around 25–26 Feb — Hoeyang County (Kangwon), Onsong County (North Hamgyong; factories "
            "plus a cultural complex) and the Kimhwa County Hospital (Kangwon).\n\n"
            "Coming up this week: Yonsan and Pyoksong.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert {("Hoeyang", "groundbreaking", "2031-02"), ("Onsong", "groundbreaking", "2031-02"),
            ("Kimhwa", "groundbreaking", "2031-02")} <= found
    assert not any(county in {"Yonsan", "Pyoksong"} for county, _, _ in found)


def test_a_reading_log_with_run_together_dates_and_factory_opening_cells(
    extractor: Extractor,
) -> None:
    text = ("READING LOG // openings, JAN 2031\nLast entry 21JAN31 // desk\n\n"
            "Format: DATE LOGGED | event date in [brackets] | county / prov | what | KJU\n\n"
            "08JAN31 | [07JAN31] | Hoeyang / Kangwon | factory opening | Y\n"
            "09JAN31 | [08JAN31] | Onsong / N.Hamgyong | factory opening | N\n")
    found = keys(run(extractor, text, "2031-01-21", "en"))
    assert {("Hoeyang", "completion", "2031-01-07"),
            ("Onsong", "completion", "2031-01-08")} <= found


def test_kcna_on_a_weekday_reported_ceremonies_gives_their_month(extractor: Extractor) -> None:
    text = ("Regional Digest — Issue 9\nEmail newsletter · sent Monday, 10 March 2031\n\n"
            "KCNA on Thursday (6 March) reported ground-breaking ceremonies at six further sites: "
            "Hoeyang County (Kangwon) and Onsong (North Hamgyong).\n")
    found = keys(run(extractor, text, "2031-03-10", "en"))
    assert {("Hoeyang", "groundbreaking", "2031-03"),
            ("Onsong", "groundbreaking", "2031-03")} <= found
    assert ("Hoeyang", "groundbreaking", "2031-03-06") not in found


def test_a_digest_of_the_opening_season_s_dated_lines(extractor: Extractor) -> None:
    text = ("Economy digest No. 120: the December opening season, week one\n"
            "Economy digest | weekly | sent Monday, 22 December 2031 | ed. desk\n\n"
            "This week\n"
            "- Mon 15 Dec: Hoeyang (Kangwon), factories opened, Kim present.\n"
            "- Tue 16 Dec: Yonsan (N. Hwanghae), factories and a grain management facility; "
            "address by a CC secretary.\n"
            "- Thu 18 Dec: Onsong (N. Hamgyong), Pyoksong (S. Hwanghae), factories; no attendees "
            "named.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert {("Yonsan", "completion", "2031-12-16"), ("Onsong", "completion", "2031-12-18"),
            ("Pyoksong", "completion", "2031-12-18")} <= found


def test_a_report_s_day_in_brackets_after_report_dates_no_ceremony(extractor: Extractor) -> None:
    text = ("HANDOUT — Panel 3\nWorkshop · uploaded 14 March 2031\n\n"
            "Mar 2030       Ground-breakings at the other sites. The first state-media report "
            "(7 Mar) lists six: Hoeyang County (Kangwon) and Onsong (North Hamgyong).\n")
    found = keys(run(extractor, text, "2031-03-14", "en"))
    assert not any(when.endswith("-03-07") for _, _, when in found)


def test_a_province_file_s_opening_field(extractor: Extractor) -> None:
    text = ("Jagang - sites, province file\nRegional desk | filed Monday, 22 December 2031\n\n"
            "1. USI COUNTY (우시군) - regional industry factories\n"
            "   - Ground-breaking: March 2030. No day given. K: n/r.\n"
            "   - Opening: Sat 25 Jan 2031. Speech by the chief secretary. K: N.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert {("Usi", "groundbreaking", "2030-03"), ("Usi", "completion", "2031-01-25")} <= found


def test_a_change_log_s_rewritten_line_is_no_event(extractor: Extractor) -> None:
    text = ("Jagang - sites, province file, rev. 3\n"
            "Regional desk | filed Monday, 22 December 2031\n\n"
            "Rev. 3 changes: Rangnim opening added (Mon 15 Dec 2031); Rangnim ground-breaking line "
            "rewritten (see below).\n\n"
            "1. USI COUNTY (우시군) - regional industry factories, 2030 cohort\n"
            "   - Opening: Sat 25 Jan 2031. K: N.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert not any(kind == "groundbreaking" for _, kind, _ in found)


def test_a_chat_export_s_day_lines_date_each_day_s_messages(extractor: Extractor) -> None:
    text = ("#watch — channel export\nExported 2031-03-03 23:51 KST by desk | 3 days\n\n"
            "────────── Thursday, 27 February 2031 ──────────\n"
            "[09:05] marta.k: KCNA confirms the ground-breaking in Anju City yesterday. Factories."
            "\n\n────────── Friday, 28 February 2031 ──────────\n"
            "[17:26] marta.k: VOK: factory ground-breakings yesterday in Hoeyang and Onsong.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert {("Anju", "groundbreaking", "2031-02-26"), ("Hoeyang", "groundbreaking", "2031-02-27"),
            ("Onsong", "groundbreaking", "2031-02-27")} <= found


def test_today_on_a_chat_s_later_day_is_no_day_ahead_of_its_first(extractor: Extractor) -> None:
    # (the export's first day line stands where a dateline would: the later day's "today"
    # is that day, not one still to come)
    text = ("#watch — channel export\nExported by desk | 3 days\n\n"
            "────────── Wednesday, 26 February 2031 ──────────\n[18:42] marta.k: noted.\n\n"
            "────────── Thursday, 27 February 2031 ──────────\n"
            "[20:03] marta.k: six factory ground-breakings today in Hoeyang, Onsong and Yonsan.\n")
    found = keys(run(extractor, text, "2031-02-28", "en"))
    assert {("Hoeyang", "groundbreaking", "2031-02-27"),
            ("Yonsan", "groundbreaking", "2031-02-27")} <= found


def test_a_slide_s_middle_dot_bullets_each_start_a_line_of_their_own(
    extractor: Extractor,
) -> None:
    text = ("결산 발표자료\n세미나 | 2031. 12. 30.(화) | 발표\n\n"
            "[슬라이드 3] 병원 먼저\n· 11.19 회양군병원 준공 (김)\n\n"
            "[슬라이드 4] 12월 준공 시즌 일람\n"
            "· 12.15 강동(공장 + 종합봉사소, 김) / 신양 / 낭림(북 표기 랑림) / 대관 / 부령\n"
            "· 12.16 황주(공장 + 양곡관리시설)\n")
    found = keys(run(extractor, text, "2031-12-30", "ko"))
    assert {("Rangnim", "completion", "2031-12-15"), ("Puryong", "completion", "2031-12-15"),
            ("Hwangju", "completion", "2031-12-16")} <= found


def test_a_bare_county_stem_in_the_south_s_spelling(extractor: Extractor) -> None:
    text = ("[정보] 황주군 공장 준공식 소식\n북한 갤러리 | 작성자 관찰자 | 2032.12.30 14:02\n\n"
            "어제 황해북도 황주군에서 공장 준공식 있었음.\n\n"
            "ㄴ 댓글러 | 14:11\n그제 용강 병원 준공식도 김정은 갔던데.\n")
    found = keys(run(extractor, text, "2032-12-30", "ko"))
    assert ("Ryonggang", "completion", "2032-12-28") in found


def test_an_export_s_dated_column_over_a_change_note_among_its_comments(
    extractor: Extractor,
) -> None:
    text = ("Ground-breaking register, 2031 cohort (v2)\n"
            "Tracker | CSV export | exported Monday, 3 March 2031 | maintainer\n\n"
            "# Legend. att: K = Kim present; O = others named, Kim not among them.\n"
            "# v2 corrects row 02: v1 had \"Kosan\". Kosan is an earlier county whose factories "
            "opened on 2031-01-29.\n"
            "row,county,province,facilities,gb_date,att,source\n"
            "01,Hoeyang,Kangwon,factories,2031-02-27,O,\"KCNA, 28 Feb\"\n"
            "02,Onsong,North Hamgyong,factories,2031-02-28,O,\"VOK, 28 Feb\"\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert {("Hoeyang", "groundbreaking", "2031-02-27"),
            ("Onsong", "groundbreaking", "2031-02-28")} <= found
    assert not any(kind == "completion" and county in {"Hoeyang", "Onsong"}
                   for county, kind, _ in found)


def test_n_more_over_lines_of_places_adds_to_the_ceremonies_just_told(
    extractor: Extractor,
) -> None:
    text = ("Regional Digest — Issue 9: all sites are under way\n"
            "Email newsletter · sent Monday, 10 March 2031, 07:30 GMT\n\n"
            "THE FIRST SIX\nKCNA on Thursday (6 March) reported ground-breaking ceremonies at "
            "six further sites: Hoeyang County (Kangwon) and Onsong (North Hamgyong). Kim was not "
            "at any of them.\n\n"
            "THE OTHER THIRTEEN\nThis morning's KCNA item adds thirteen more, without attendee "
            "lists and without exact dates:\n"
            "- North Hwanghae: Yonsan\n- South Hwanghae: Pyoksong\n")
    found = keys(run(extractor, text, "2031-03-10", "en"))
    assert {("Yonsan", "groundbreaking", "2031-03"),
            ("Pyoksong", "groundbreaking", "2031-03")} <= found


def test_a_placeless_sentence_goes_on_about_the_headline_county_not_one_compared_with(
    extractor: Extractor,
) -> None:
    text = ("Regional-industry Factories Inaugurated in Onsong County\n"
            "Pyongyang, January 17 (KCNA) -- Modern factories have been built in Onsong County.\n\n"
            "An inauguration ceremony took place on January 16.\n\n"
            "The speaker said that the factories, which follow those of neighbouring Hoeyang "
            "County inaugurated on January 10, are a precious fruit of the people-first policy.\n\n"
            "The factories started operation today.\n")
    found = keys(run(extractor, text, "2031-01-17", "en"))
    assert ("Onsong", "production_start", "2031-01-17") in found
    assert ("Hoeyang", "production_start", "2031-01-17") not in found


def test_a_speech_at_the_ceremony_gives_no_ceremony_to_the_places_it_speaks_of(
    extractor: Extractor,
) -> None:
    text = ("Kim breaks ground for a county hospital\n"
            "By a reporter | NK News | February 7, 2031\n\n"
            "Kim Jong Un broke ground for a new hospital in Hoeyang County on Thursday.\n\n"
            "In a speech at the ceremony, Kim said that the hospitals in Hoeyang, Onsong and "
            "Yonsan would serve as models for a network of county hospitals.\n")
    found = keys(run(extractor, text, "2031-02-07", "en"))
    assert ("Hoeyang", "groundbreaking", "2031-02-06") in found
    assert not any(county in {"Onsong", "Yonsan"} for county, _, _ in found)


def test_the_ceremony_an_announcement_was_made_at_is_no_event_of_its_own(
    extractor: Extractor,
) -> None:
    text = ("Chronology: Kim Jong Un at the sites\n"
            "Watch desk | reference chronology | updated Wednesday, 31 December 2031\n\n"
            "A. Appearances\n"
            "1. 2030-12-20 (Fri), Onsong (North Hamgyong): Inauguration of the factories\n"
            "2. 2031-01-07 (Tue), Yonsan (North Hwanghae): Inauguration of the factories\n"
            "3. 2031-02-06 (Thu), Hoeyang (Kangwon): Ground-breaking for the county hospital\n"
            "4. 2031-11-19 (Wed), Hoeyang (Kangwon): Inauguration of the county hospital\n\n"
            "B. Policy milestones\n"
            "- 2031-02-06 (Thu): at the Hoeyang ceremony (row 3) Kim announced three pilot "
            "hospitals for the year.\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Hoeyang", "groundbreaking", "2031-02-06") in found
    assert (None, "policy_announcement", "2031-02-06") in found
    assert ("Hoeyang", "completion", "2031-02-06") not in found


def test_announcing_that_the_country_will_build_hospitals(extractor: Extractor) -> None:
    text = ("Kim breaks ground for first county hospital\n"
            "By a reporter | NK News | February 7, 2031\n\n"
            "Kim Jong Un broke ground for a new hospital in Hoeyang County on Thursday, "
            "announcing that North Korea will build three \"pilot\" regional hospitals this "
            "year.\n")
    found = keys(run(extractor, text, "2031-02-07", "en"))
    assert (None, "policy_announcement", "2031-02-06") in found


def test_a_clause_that_names_another_province_tells_no_event_of_the_sentence_s_county(
    extractor: Extractor,
) -> None:
    text = ("N. Korea's Kim attends factory opening in Onsong\n"
            "SEOUL, Dec. 20 (Yonhap) -- North Korean leader Kim Jong-un attended the opening of "
            "new regional industry factories in Onsong County on Friday, state media reported "
            "Saturday, a day after he cut the ribbon at similar factories in South Hwanghae "
            "Province.\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Onsong", "completion", "2031-12-19") in found
    assert ("Onsong", "completion", "2031-12-18") not in found


def test_the_day_a_source_told_a_paper_is_no_event_s_day(extractor: Extractor) -> None:
    text = ("Prosecutors sent to a county factory complex, sources say\n"
            "By a reporter | Daily NK | August 19, 2031\n\n"
            "Prosecutors have been stationed at the new regional industry factory complex in "
            "Hoeyang County since Aug. 12.\n\n"
            "\"The provincial committee ordered the prosecutors' office to go through the "
            "factories' books,\" a source in the province told Daily NK on Monday.\n")
    found = keys(run(extractor, text, "2031-08-19", "en"))
    assert ("Hoeyang", "other", "2031-08-12") in found
    assert ("Hoeyang", "other", "2031-08-18") not in found


def test_a_bare_section_heading_starts_its_list_anew(extractor: Extractor) -> None:
    text = ("Imagery note: the first weeks of the sites\n"
            "Imagery group | note IMG-31-04 | Thursday, 20 March 2031 | analyst\n\n"
            "4. Onsong County\n\n"
            "Construction of the county hospital started in late February on a former "
            "stadium.\n\n"
            "Caveats\n\n"
            "- \"Work visible\" is not \"work done\": much of the early effort leaves little "
            "trace from above.\n"
            "- We have no imagery for Yonsan, Pyoksong or Hoeyang counties this month.\n"
            "- The earlier sites went from ground-breaking to frames in three months.\n")
    found = keys(run(extractor, text, "2031-03-20", "en"))
    assert ("Onsong", "groundbreaking", "2031-02") in found
    assert not any(county in {"Yonsan", "Pyoksong", "Hoeyang"} for county, _, _ in found)


def test_these_three_counties_are_the_three_the_heading_names(extractor: Extractor) -> None:
    text = ("Imagery note: the first weeks of the sites\n"
            "Imagery group | note IMG-31-04 | Thursday, 20 March 2031 | analyst\n\n"
            "3. Yonsan, Pyoksong and Hoeyang\n\n"
            "Ground was broken for regional-industry factories in these three counties in the "
            "last week of February, according to state media; for Hoeyang the reports "
            "mentioned a cultural complex alongside the factories.\n")
    found = keys(run(extractor, text, "2031-03-20", "en"))
    assert {("Yonsan", "groundbreaking", "2031-02"), ("Pyoksong", "groundbreaking", "2031-02"),
            ("Hoeyang", "groundbreaking", "2031-02")} <= found


def test_a_change_log_s_corrected_date_tells_no_event(extractor: Extractor) -> None:
    text = ("Register of openings, v2\n"
            "Tracker | CSV export | exported Wednesday, 12 February 2031 | maintainer\n\n"
            "# v2 changes: row 2 opened corrected from 2031-01-30 to 2031-01-31 (v1 copied "
            "Yonsan's date)\n"
            "row,county,province,gb,opened\n"
            "01,Yonsan,North Hwanghae,2030-03,2031-01-30\n"
            "02,Onsong,North Hamgyong,2030-03,2031-01-31\n")
    found = keys(run(extractor, text, "2031-02-12", "en"))
    assert ("Yonsan", "completion", "2031-01-30") in found
    assert ("Yonsan", "completion", "2031-01-31") not in found


def test_an_event_held_together_with_other_sites_is_still_the_place_s(
    extractor: Extractor,
) -> None:
    text = ("Source check memo\nResearch desk | Monday, 28 April 2031\n\n"
            "- Onsong County, North Hamgyong: no factory set; the site of the provincial paper "
            "mill, whose ground was broken on 28 February this year together with several "
            "later-cohort counties.\n")
    found = keys(run(extractor, text, "2031-04-28", "en"))
    assert ("Onsong", "groundbreaking", "2031-02-28") in found


def test_a_separate_project_begun_in_a_month(extractor: Extractor) -> None:
    text = ("Source check memo\nResearch desk | Monday, 28 April 2031\n\n"
            "- Onsong County: the factories opened on 30 January. (The county's hospital is a "
            "separate project, begun in late February.)\n")
    found = keys(run(extractor, text, "2031-04-28", "en"))
    assert ("Onsong", "groundbreaking", "2031-02") in found


def test_korean_the_programme_s_start_at_one_place_then_all_its_places_done(
    extractor: Extractor,
) -> None:
    text = ("첫해 공장 소식\n조선신보 | 2031.02.12\n\n"
            "회양군에서 11일 지방공업공장 준공식이 진행되였다.\n\n"
            "첫해의 20개 시, 군 공장건설은 지난해 2월말 함경북도 온성군에서 시작되여 불과 "
            "1년만에 모두 완공되였다.\n")
    found = keys(run(extractor, text, "2031-02-12", "ko"))
    assert ("Onsong", "groundbreaking", "2030-02") in found
    assert not any(county == "Onsong" and kind == "completion" for county, kind, _ in found)


def test_korean_a_ceremony_as_the_point_a_time_is_counted_from(extractor: Extractor) -> None:
    text = ("회양군병원 준공\n조선의 오늘 | 주체120(2031)년 11월 20일\n\n"
            "회양군병원 준공식이 19일에 진행되였다.\n\n"
            "경애하는 김정은동지께서는 병원이 착공으로부터 280일만에 완공된것은 표준속도를 "
            "창조한것이라고 높이 평가하시였다.\n\n"
            "병원에서는 준공식 다음날인 20일부터 진료를 시작하였다.\n")
    found = keys(run(extractor, text, "2031-11-20", "ko"))
    assert ("Hoeyang", "completion", "2031-11-19") in found
    assert ("Hoeyang", "groundbreaking", "2031-11-19") not in found
    assert ("Hoeyang", "completion", "2031-11-20") not in found


def test_korean_only_a_ceremony_left_to_come(extractor: Extractor) -> None:
    text = ("올해 지방발전 사업 마무리 단계\n연합뉴스 | 2031-12-29 06:48 송고\n\n"
            "이에 앞서 지난 26일에는 함경북도 온성군에서 지방공업공장 준공식이 열렸다.\n\n"
            "올해 지방발전 사업은 강원도 회양군의 병원과 공장 준공식만을 남겨두고 있다.\n")
    found = keys(run(extractor, text, "2031-12-29", "ko"))
    assert ("Onsong", "completion", "2031-12-26") in found
    assert not any(county == "Hoeyang" for county, _, _ in found)


def test_korean_a_ceremony_in_the_adnominal_form_is_the_place_s_after_it(
    extractor: Extractor,
) -> None:
    text = ("평남 제지공장 준공\n연합뉴스 | 2031-12-29 06:48 송고\n\n"
            "온성군은 지난 2월 지방공업공장이 준공된 강원도 회양군과는 다른 곳이다.\n")
    found = keys(run(extractor, text, "2031-12-29", "ko"))
    assert not any(county == "Onsong" for county, _, _ in found)


def test_korean_a_correction_note_s_earlier_wrong_day(extractor: Extractor) -> None:
    text = ("함경북도 사업장 정리\n분석 메모 | 작성 2032.2.10.(화) | 2판\n\n"
            "1) 온성군\n- 착공: 2032.2.6.(금). 당 비서 참석.\n\n"
            "■ 2판 정정 사항\n"
            "- 1판은 온성군 착공일을 2.5.(목)로 적었음. 원문 확인 결과 2.6.(금)이므로 바로잡음.\n")
    found = keys(run(extractor, text, "2032-02-10", "ko"))
    assert ("Onsong", "groundbreaking", "2032-02-06") in found
    assert ("Onsong", "groundbreaking", "2032-02-05") not in found


def test_korean_a_place_named_as_reported_the_same_day(extractor: Extractor) -> None:
    text = ("함경북도 사업장 정리\n분석 메모 | 작성 2031.2.10.(월)\n\n"
            "1) 회양군\n- 착공: 2030년 3월 상순.\n- 준공: 2031.1.12.(일).\n\n"
            "2) 온성군\n- 착공: 2030년 3월 상순. 회양군과 같은 날 보도.\n"
            "- 준공: 2031.1.31.(금). 참석자 보도 없음.\n")
    found = keys(run(extractor, text, "2031-02-10", "ko"))
    assert ("Onsong", "completion", "2031-01-31") in found
    assert ("Hoeyang", "completion", "2031-01-31") not in found


def test_korean_places_joined_under_one_adnominal_ceremony(extractor: Extractor) -> None:
    text = ("벽성군에 지방공업공장들 준공\n【평양 12월 24일발 조선중앙통신】황해남도 벽성군 "
            "지방공업공장준공식이 23일 진행되였다.\n\n"
            "지난 2월 27일 착공의 첫삽을 박은 공장들은 10개월도 못되는 사이에 일떠섰다.\n\n"
            "올해 1월 준공된 회양군과 온성군, 이달 15일 준공된 연산군에 이어 벽성군에도 "
            "식료공장, 일용품공장, 피복공장이 일떠섬으로써 지방공업은 새로운 발전단계에 "
            "들어서게 되였다.\n")
    found = keys(run(extractor, text, "2031-12-24", "ko"))
    assert {("Hoeyang", "completion", "2031-01"), ("Onsong", "completion", "2031-01"),
            ("Yonsan", "completion", "2031-12-15")} <= found


def test_a_briefing_s_long_numbered_items_that_open_with_their_day_are_its_rows(
    extractor: Extractor,
) -> None:
    text = ("BRIEFING NOTE 09/31 — year two gets under way (February 2031 ground-breakings)\n"
            "Political Section · 3 March 2031 · Drafted: R. L. · Distribution: desk\n\n"
            "SUMMARY\n1. The programme began its second year in February with ground-breakings "
            "at twenty or so sites.\n\n"
            "DETAIL (dates are ceremony dates as reported by KCNA)\n"
            "2. 6 Feb — Hoeyang County (Kangwon): county hospital. KIM PRESENT, turned the "
            "first sod.\n"
            "3. 27 Feb — six counties, factories only: Onsong [Onsŏng] (N. Hamgyong), Yonsan "
            "[Yŏnsan] (N. Hwanghae), Pyoksong [Pyŏksŏng] (S. Hwanghae) and three more whose "
            "names the item left out. Speeches by commanders of the army construction "
            "regiments; Kim absent.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert {("Onsong", "groundbreaking", "2031-02-27"), ("Yonsan", "groundbreaking", "2031-02-27"),
            ("Pyoksong", "groundbreaking", "2031-02-27")} <= found


def test_a_calendar_export_s_entries(extractor: Extractor) -> None:
    text = ("KJU at 20x10 sites — calendar export (kju-2031.ics)\n"
            "Exported 2032-01-02 10:05 KST · All-day events = event date\n\n"
            "BEGIN:VCALENDAR\nVERSION:2.0\n"
            "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20310206\n"
            "SUMMARY:GB Hoeyang County hospital (Kangwon)\nDESCRIPTION:KJU=yes.\nEND:VEVENT\n"
            "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20311218\n"
            "SUMMARY:Opening - Onsong County factories (N. Hamgyong)\nDESCRIPTION:KJU=yes.\n"
            "END:VEVENT\n"
            "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20311227\nSUMMARY:Opening - Yonsan County factories\n"
            "STATUS:CANCELLED\nDESCRIPTION:Wrong date, duplicate.\nEND:VEVENT\n"
            "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20311228\nSUMMARY:Opening - Yonsan County factories\n"
            "DESCRIPTION:KJU=yes.\nEND:VEVENT\nEND:VCALENDAR\n")
    found = keys(run(extractor, text, "2032-01-02", "en"))
    assert {("Hoeyang", "groundbreaking", "2031-02-06"), ("Onsong", "completion", "2031-12-18"),
            ("Yonsan", "completion", "2031-12-28")} <= found
    assert ("Yonsan", "completion", "2031-12-27") not in found


def test_korean_a_chronology_s_bullet_is_no_dateline(extractor: Extractor) -> None:
    text = ("지방발전 정책 - 위키 문서 (3. 연혁)\n최근 수정 시각: 2032-02-08 21:14:05\n\n"
            "* 2030년 2월 28일 — 함경북도 온성군에서 첫 착공식. 김정은이 연설하고 첫 삽을 뜸.\n"
            "* 2030년 3월 — 나머지 19개 시·군에서 잇달아 착공.\n")
    assert ("Onsong", "groundbreaking", "2030-02-28") in keys(
        run(extractor, text, "2032-02-08", "ko"))


def test_korean_a_body_that_opens_with_a_day_under_a_dated_line(extractor: Extractor) -> None:
    text = ("지방발전 정책 연혁\n2032-02-08\n\n"
            "2030년 2월 28일 함경북도 온성군에서 첫 착공식이 있었다.\n")
    assert ("Onsong", "groundbreaking", "2030-02-28") in keys(
        run(extractor, text, "2032-02-08", "ko"))


def test_korean_the_day_a_text_is_as_of_and_a_wrong_day_others_wrote(
    extractor: Extractor,
) -> None:
    text = ("지방발전 정책 - 위키 문서\n최근 수정 시각: 2032-02-08 21:14:05\n\n"
            "* 2031년 2월 7일 — 함경북도 온성군 공장 준공.\n\n"
            "이 문단은 2032년 2월 8일 기준으로 작성되었으며, 이후 착공 소식은 4. 대상 지역 문서에 "
            "추가 바람.\n\n"
            "[3] 함경북도 온성군 준공일을 2031년 3월 7일로 적은 글이 있으나 조선중앙통신 기준 "
            "2031년 2월 7일이 맞다.\n")
    found = keys(run(extractor, text, "2032-02-08", "ko"))
    assert ("Onsong", "completion", "2031-02-07") in found
    assert ("Onsong", "completion", "2031-03-07") not in found
    assert not any(date == "2032-02-08" for _, _, date in found)


def test_a_channel_export_s_messages_are_each_dated_by_their_header(
    extractor: Extractor,
) -> None:
    text = ("NK Regional Watch — channel export, 18–21 Jan 2031\n"
            "Exported from Telegram Desktop 21.01.2031 23:10 (KST) · 3 messages\n\n"
            "NK Regional Watch, [18.01.31 19:40]\n"
            "HOEYANG (Kangwon) — regional industry factories inaugurated today. No KJU.\n\n"
            "NK Regional Watch, [20.01.31 21:05]\n"
            "ONSONG County opened today. Speaker: the provincial party secretary.\n\n"
            "NK Regional Watch, [21.01.31 08:12]\n"
            "Correction to last night's post: the other one is PYOKSONG (S. Hwanghae), opened "
            "last Tuesday.\n")
    found = keys(run(extractor, text, "2031-01-21", "en"))
    assert {("Hoeyang", "completion", "2031-01-18"), ("Onsong", "completion", "2031-01-20"),
            ("Pyoksong", "completion", "2031-01-14")} <= found


def test_a_forum_thread_s_posts_are_each_dated_by_their_header(extractor: Extractor) -> None:
    text = ("Onsong hospital opening — was Kim there? (thread)\n"
            "Forum › Economy · saved 15 Dec 2031\n\n"
            "#1  pyongyang_ppl  ·  14 Dec 2031, 09:03\n"
            "KCNA this morning: the Onsong County Hospital was inaugurated yesterday.\n\n"
            "#2  hiker  ·  15 Dec 2031, 07:50\nDid KJU go or not?\n")
    found = keys(run(extractor, text, "2031-12-15", "en"))
    assert ("Onsong", "completion", "2031-12-13") in found
    assert ("Onsong", "completion", "2031-12-14") not in found


def test_struck_through_text_tells_nothing(extractor: Extractor) -> None:
    text = ("Talk: attendance, first cohort\nWiki talk page, section as archived; last "
            "comment 5 January 2032\n\n"
            ":He broke ground at Onsong himself on 28 February 2030. <s>He also attended the "
            "opening of the factories in Yonsan County on 24 January 2031.</s> Struck — I "
            "misread the source.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert ("Onsong", "groundbreaking", "2030-02-28") in found
    assert not any(county == "Yonsan" for county, _, _ in found)


def test_a_heading_that_names_its_rows_ceremony_starts_a_new_group(
    extractor: Extractor,
) -> None:
    text = ("TIMELINE — cohort 2030 (GB → opening), working copy\n"
            "last edited 2031-02-14 (Fri) by AK · dates = ceremony dates\n\n"
            "2030\n"
            "- 02-28 (Thu) · ONSONG (N Hamgyong) · GB · Kim's speech + first spade\n"
            "- 12-20 (Fri) · ONSONG · OPENING · first of the cohort\n"
            "2031 — openings\n"
            "- 01-07 (Tue) · YONSAN (N Hwanghae) · raw materials\n"
            "- 01-08 (Wed) · PYOKSONG (S Hwanghae) · prov. party secretary spoke\n")
    found = keys(run(extractor, text, "2031-02-14", "en"))
    assert {("Yonsan", "completion", "2031-01-07"),
            ("Pyoksong", "completion", "2031-01-08")} <= found
    assert not any(kind == "groundbreaking" and county in {"Yonsan", "Pyoksong"}
                   for county, kind, _ in found)


def test_a_rumoured_row_is_no_event(extractor: Extractor) -> None:
    text = ("Inauguration season tracker — December 2031\n"
            "Last edited Sat 20 Dec 2031, 10:14 KST by jw\n\n"
            "| # | site | province | opened | note |\n|---|---|---|---|---|\n"
            "| 7 | Onsong | N. Hamgyong | 19 Dec | tape cut by the provincial secretary |\n"
            "| 8 | Yonsan | N. Hwanghae | — | Rumoured for today (20th), not yet reported. |\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Onsong", "completion", "2031-12-19") in found
    assert not any(county == "Yonsan" for county, _, _ in found)


def test_korean_lines_of_the_places_each_report_named(extractor: Extractor) -> None:
    text = ("[지역개발 브리프 제12호] 20개 시·군 착공 완료\n"
            "발행 2030.03.12 (화) 07:00 | 뉴스레터\n\n"
            "■ 나머지 19곳: 이달 초 일제히 착공\n"
            "조선중앙통신은 7일과 어제(11일) 두 차례에 걸쳐 나머지 19개 시·군에서도 이달 초 "
            "착공식이 열렸다고 보도했습니다. 참석자는 지역별로 따로 소개되지 않았습니다.\n\n"
            "7일 보도(2곳): 함북 온성군, 강원 회양군\n"
            "11일 보도(2곳): 황북 연산군, 황남 벽성군\n")
    found = keys(run(extractor, text, "2030-03-12", "ko"))
    assert {("Onsong", "groundbreaking", "2030-03"), ("Hoeyang", "groundbreaking", "2030-03"),
            ("Yonsan", "groundbreaking", "2030-03"), ("Pyoksong", "groundbreaking", "2030-03")
            } <= found


def test_a_table_s_month_day_cells_with_a_dash(extractor: Extractor) -> None:
    text = ("Tracker: the December 2031 inauguration season (table v2)\n"
            "Tracker | table v2, exported Wednesday, 31 December 2031, 09:30 KST\n\n"
            "# | date | day | site | province | what opened | Kim\n"
            "01 | 12-13 | Sat | Onsong County | North Hamgyong | county hospital | K\n"
            "02 | 12-18 | Thu | Yonsan County | North Hwanghae | factories | ?\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert {("Onsong", "completion", "2031-12-13"), ("Yonsan", "completion", "2031-12-18")
            } <= found


def test_korean_a_chronology_s_bare_kim_is_the_leader(extractor: Extractor) -> None:
    text = ("부록 2. 정책 주요 일지\n『2031 경제 리뷰』 부록 | 연구원 | 발간 2032. 2. 2.(월)\n\n"
            "※ 날짜는 행사일 기준. '김'은 김정은 총비서.\n\n"
            "○ 2031. 1. 7. 황남 벽성군 공장 준공 (김 참석). 이후 2. 11. 연산군까지 순차 준공\n"
            "○ 2031. 2. 6. 강원 회양군 병원 착공 (김 참석·첫 삽). 김, 올해 시범병원 3곳(회양·온성"
            "·연산) 및 이듬해부터 매년 20개 병원 건설 발표\n"
            "○ 2031. 6. 9. 김, 함북 온성군 병원 건설장 현지지도 (기능 부족 질책)\n")
    found = keys(run(extractor, text, "2032-02-02", "ko"))
    assert ("Onsong", "leader_visit", "2031-06-09") in found


def test_a_log_s_entries_headed_by_their_report_day(extractor: Extractor) -> None:
    text = ("KCNA watch log, week 6\n"
            "Open-source desk | compiled Sunday, 8 February 2032, 21:00 KST | by a desk\n"
            "How to read this log: each entry is headed by the date of the KCNA report.\n\n"
            "Fri 30 Jan 2032\n"
            "KCNA: Kim Jong Un attended the ground-breaking ceremony for regional industry "
            "factories in Onsong County \"yesterday\" and dug the first spadeful.\n\n"
            "Wed 4 Feb 2032\n"
            "KCNA: ground-breaking ceremonies took place \"yesterday\" for factories in Yonsan "
            "County (North Hwanghae).\n")
    found = keys(run(extractor, text, "2032-02-08", "en"))
    assert {("Onsong", "groundbreaking", "2032-01-29"),
            ("Yonsan", "groundbreaking", "2032-02-03")} <= found


def test_korean_a_sheet_s_tab_separated_entry_and_report_day_columns(
    extractor: Extractor,
) -> None:
    text = ("모니터링 시트 — 텍스트 내보내기\n"
            "파일: 모니터링_v7.xlsx / 내보낸 날짜 2032-02-05 (목) 18:30 / 작성: 모니터링 1조\n\n"
            "번호\t입력일\t보도일\t사건일\t지역\t시설\t구분\t김정은\t비고\n"
            "1\t2031-12-29\t2031-12-29\t2031-12-28\t함북 온성군\t제지공장\t준공\t참석\t본보기\n"
            "2\t2031-12-29\t2031-12-29\t2031-12-28\t황북 연산군\t제지공장\t준공\t참석\t"
            "[삭제] 연산군 아님. 온성군으로 정정 → 1번과 중복\n"
            "3\t2031-12-30\t2031-12-27\t2031-12-26\t강원 회양군\t지방공업공장\t준공\t불참\t"
            "총리 테이프\n")
    found = keys(run(extractor, text, "2032-02-05", "ko"))
    assert {("Onsong", "completion", "2031-12-28"), ("Hoeyang", "completion", "2031-12-26")
            } <= found
    assert not any(county == "Yonsan" for county, _, _ in found)
    assert ("Hoeyang", "completion", "2031-12-30") not in found


def test_korean_a_count_of_sites_before_the_list_of_them(extractor: Extractor) -> None:
    text = ("경제 스터디 님과 카카오톡 대화\n저장한 날짜 : 2031-03-01 10:12:33\n\n"
            "--------------- 2031년 2월 28일 금요일 ---------------\n"
            "[박준] [오전 8:02] 떴어요. 어제(27일) 착공식 3곳: 함북 온성군, 황북 연산군, 황남 "
            "벽성군. 전부 지방공업공장\n")
    found = keys(run(extractor, text, "2031-03-01", "ko"))
    assert {("Onsong", "groundbreaking", "2031-02-27"), ("Yonsan", "groundbreaking", "2031-02-27"),
            ("Pyoksong", "groundbreaking", "2031-02-27")} <= found


def test_a_channel_export_s_bare_bracketed_message_stamps(extractor: Extractor) -> None:
    text = ("Sites Watch — channel posts, 15–19 Dec\n"
            "Telegram export · saved 19.12.2031 09:20 KST · channel @siteswatch\n\n"
            "[15.12.2031 22:41]\n"
            "ONSONG (N Hamgyong) factories inaugurated today. KJU there in person.\n\n"
            "[18.12.2031 23:50]\n"
            "YONSAN (N Hwanghae): KJU cut the ribbon today.\n")
    found = keys(run(extractor, text, "2031-12-19", "en"))
    assert {("Onsong", "completion", "2031-12-15"),
            ("Yonsan", "completion", "2031-12-18")} <= found


def test_a_status_board_set_out_in_fixed_width_columns(extractor: Extractor) -> None:
    text = ("# cohort-2031 status board\n"
            "_last updated 2032-01-06 (Tue) by R. F. · all dates 2031 unless marked_\n\n"
            "Legend — GB = ground-breaking. FAC factories · HOSP hospital.\n\n"
            "```\n"
            "#   County / city       Prov.    Scope       GB                KJU@GB  Opened"
            "             KJU@open\n"
            "-------------------------------------------------------------------------------"
            "-----------------\n"
            "1   Onsong              N Hm     FAC         02-27             N       12-18"
            "              -\n"
            "2   Yonsan              N Hw     FAC         02-28 (FAC only)  N       ✗\n"
            "3   Hoeyang             Kangwon  FAC+HOSP    ✗                         12-15"
            "              N\n"
            "```\n")
    found = keys(run(extractor, text, "2032-01-06", "en"))
    assert {("Onsong", "groundbreaking", "2031-02-27"), ("Onsong", "completion", "2031-12-18"),
            ("Yonsan", "groundbreaking", "2031-02-28"), ("Hoeyang", "completion", "2031-12-15")
            } <= found
    assert not any(county == "Yonsan" and kind == "completion" for county, kind, _ in found)
    assert not any(county == "Hoeyang" and kind == "groundbreaking" for county, kind, _ in found)


def test_a_log_s_type_codes_in_its_cells(extractor: Extractor) -> None:
    text = ("KJU appearances log (working copy)\n"
            "last edited 2031-12-31 (Wed) 22:40 by R. O. · plain-text export\n\n"
            "- Type: GB = ground-breaking; VIS = site visit; OPEN = inauguration.\n"
            "- KJU: ● present · ○ absent (someone else named as speaker) · ? not reported.\n\n"
            "2031-06-09 | ONSONG (N. Hamgyong) | VIS hosp | ● | unskilled conscripts\n"
            "2031-12-13 | ONSONG | OPEN hosp | ● | first opening of a hospital\n"
            "2031-12-18 | YONSAN (N. Hwanghae) | OPEN fac | ○ | provincial secretary\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert {("Onsong", "leader_visit", "2031-06-09"), ("Onsong", "completion", "2031-12-13"),
            ("Yonsan", "completion", "2031-12-18")} <= found


def test_korean_a_channel_export_s_stamps_written_year_first(extractor: Extractor) -> None:
    text = ("북한 지방공장 알리미 (텔레그램 채널) — 게시물 내보내기 2031.01.29 ~ 2031.02.08\n"
            "내보낸 날짜: 2031.02.08 (토) 10:14 | 게시물 2개\n\n"
            "[31.01.29 19:02]\n🏭 강원도 회양군 지방공업공장 오늘 준공\n- 김정은 ❌\n\n"
            "[31.01.31 21:10]\n🏭 함북 온성군 오늘 준공\n")
    found = keys(run(extractor, text, "2031-02-08", "ko"))
    assert {("Hoeyang", "completion", "2031-01-29"), ("Onsong", "completion", "2031-01-31")
            } <= found


def test_a_personal_log_s_lines_count_their_days_from_the_line_s_own(
    extractor: Extractor,
) -> None:
    text = ("NHG_sites_log.txt — North Hamgyong sites\n"
            "personal working log, R. C. · entry dates are when I wrote the line · last entry "
            "2032-02-07\n\n"
            "Tags: [MEDIA] state media or press, [NOTE] admin.\n\n"
            "2031-02-01 [MEDIA]  ONSONG opened yesterday (Fri). Item lists no participants.\n"
            "2031-02-28 [MEDIA]  Year-2 sites: YONSAN GB today (factories). PYOKSONG GB was "
            "yesterday, 27th.\n"
            "2031-12-24 [MEDIA]  YONSAN opened yesterday (Tue). A CC secretary made the speech.\n")
    found = keys(run(extractor, text, "2032-02-07", "en"))
    assert {("Onsong", "completion", "2031-01-31"), ("Yonsan", "groundbreaking", "2031-02-28"),
            ("Pyoksong", "groundbreaking", "2031-02-27"), ("Yonsan", "completion", "2031-12-23")
            } <= found


def test_today_in_an_item_quoted_by_its_day_is_that_day(extractor: Extractor) -> None:
    text = ("Geocoder puts the paper mill in the wrong county #412\n"
            "issue #412 · opened Dec 30, 2031 by kwsong · last activity Dec 31, 2031\n\n"
            "kwsong commented on Dec 31, 2031\n"
            "I checked the start dates too. VOK, 28 Feb: ground-breakings \"today\" for the "
            "regional industry factories in Onsong County and Yonsan County. Officials attended.\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert {("Onsong", "groundbreaking", "2031-02-28"),
            ("Yonsan", "groundbreaking", "2031-02-28")} <= found



def test_the_day_of_the_report_an_entry_s_bracket_names(extractor: Extractor) -> None:
    text = ("Site dossier: Onsong County — hospital and factories\n"
            "Desk | dossier, revision 3 | last updated Wed 17 Dec 2031\n\n"
            "Chronology\n"
            "1. Thu 6 Feb 2031 [KCNA 7 Feb]: ground-breaking for Onsong County Hospital. Kim "
            "attended and broke the first ground.\n"
            "2. Mon 2 Jun 2031 [KCNA 3 Jun]: Kim inspects the hospital under construction.\n"
            "3. Wed 19 Nov 2031 [KCNA 20 Nov]: Onsong County Hospital opens with Kim present.\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert {("Onsong", "groundbreaking", "2031-02-06"), ("Onsong", "leader_visit", "2031-06-02"),
            ("Onsong", "completion", "2031-11-19")} <= found
    assert not any(date in {"2031-02-07", "2031-06-03", "2031-11-20"} for _, _, date in found)


def test_a_table_cell_that_names_its_event_before_a_colon(extractor: Extractor) -> None:
    text = ("Kim Jong Un at sites, 2031: year-end tally\n"
            "Leadership desk | posted Tuesday, 30 December 2031 | internal\n\n"
            "date | place | what | Kim's role\n"
            "Tue 7 Jan | Onsong, North Hamgyong | opening: regional-industry factories | "
            "attended\n"
            "Mon 15 Dec | Yonsan, North Hwanghae | opening: factories + service centre | "
            "attended\n")
    found = keys(run(extractor, text, "2031-12-30", "en"))
    assert {("Onsong", "completion", "2031-01-07"), ("Yonsan", "completion", "2031-12-15")
            } <= found


def test_korean_a_note_s_day_of_the_item_it_sums_up(extractor: Extractor) -> None:
    text = ("취재수첩 — 지방공장 착공 (내부 메모)\n"
            "2030.03.08 (금) 18:40 | 정치부 | 데스크 공유용\n\n"
            "■ 큰 흐름\n"
            "- 3/7(목) 조선중앙통신: 함북 온성군, 황북 연산군 2곳에서 \"이달 초\" 착공식. "
            "곳별 날짜 없음.\n")
    found = keys(run(extractor, text, "2030-03-08", "ko"))
    assert {("Onsong", "groundbreaking", "2030-03"), ("Yonsan", "groundbreaking", "2030-03")
            } <= found


def test_korean_a_progress_report_summed_up_is_still_dated_by_its_day(
    extractor: Extractor,
) -> None:
    text = ("주간 동향 메모\n작성 2030.7.15.(월) | 분석팀\n\n"
            "- 7월 8일 조선중앙통신: 건설련대가 맡은 함북 온성군 공장의 외부공사가 마감단계라고 "
            "보도.\n")
    assert ("Onsong", "construction_progress", "2030-07-08") in keys(
        run(extractor, text, "2030-07-15", "ko"))


def test_a_monitoring_log_s_numbered_entries_date_their_own_summaries(
    extractor: Extractor,
) -> None:
    text = ("MONITORING LOG — DPRK media — topic: REGIONAL DEVELOPMENT — 11–21 JAN 2031\n"
            "Compiled Tue 21 Jan 2031, 16:00 (Seoul) — Open-Source Desk\n\n"
            "ENTRY 01 | Sat 11 Jan 2031 | KCNA (English), 07:41\n"
            "Regional industry factories inaugurated in Onsong County yesterday. Item is short.\n\n"
            "ENTRY 02 | Mon 13 Jan 2031 | KCTV, 20:00 news\n"
            "Report on the ceremony in Yonsan County, North Hwanghae, held on Sunday.\n")
    found = keys(run(extractor, text, "2031-01-21", "en"))
    assert {("Onsong", "completion", "2031-01-10"),
            ("Yonsan", "completion", "2031-01-12")} <= found


def test_a_chronology_s_lines_labelled_by_their_day_and_an_ellipsis(
    extractor: Extractor,
) -> None:
    text = ("20x10 — KEY DATES (working chronology, v3)\n"
            "Maintained by R. Q. · last updated 2032-02-08 · sources: KCNA via mirrors\n\n"
            "Legend: [K] = Kim Jong Un present per state media. All dates are event dates.\n\n"
            "2031\n"
            "07 Jan ... Onsong F inaugurated [K]\n"
            "06 Feb ... Yonsan (N. Hwanghae): hospital ground-breaking [K]\n"
            "09 Feb ... Pyoksong (S. Hwanghae): F + hospital ground-breaking [no K]\n")
    found = keys(run(extractor, text, "2032-02-08", "en"))
    assert {("Onsong", "completion", "2031-01-07"), ("Yonsan", "groundbreaking", "2031-02-06"),
            ("Pyoksong", "groundbreaking", "2031-02-09")} <= found


def test_a_dateline_with_the_page_the_item_ran_on(extractor: Extractor) -> None:
    text = ("Second-year construction gets under way\n"
            "The Pyongyang Times, March 1, Juche 120 (2031) -- Page 2\n\n"
            "Ground-breaking ceremonies for regional industry factories were held in quick "
            "succession in the last week of February.\n\n"
            "On February 27 ceremonies took place in Onsong County, North Hamgyong Province, and "
            "Yonsan County, North Hwanghae Province.\n")
    found = keys(run(extractor, text, None, "en"))
    assert {("Onsong", "groundbreaking", "2031-02-27"),
            ("Yonsan", "groundbreaking", "2031-02-27")} <= found


def test_korean_this_month_written_ibeon_dal_and_a_count_before_a_dash(
    extractor: Extractor,
) -> None:
    text = ("착공 소식 대화\n저장한 날짜 : 2031-02-28 18:02\n\n"
            "그리고 외신에 함북 온성군, 황북 연산군도 이번 달 착공했다고 나옴.\n\n"
            "오늘 아침 기사: 어제 2곳 동시 착공 — 황남 벽성군, 강원 회양군.\n")
    found = keys(run(extractor, text, "2031-02-28", "ko"))
    assert {("Onsong", "groundbreaking", "2031-02"), ("Yonsan", "groundbreaking", "2031-02"),
            ("Pyoksong", "groundbreaking", "2031-02-27"),
            ("Hoeyang", "groundbreaking", "2031-02-27")} <= found


def test_a_chat_s_shorthand_for_more_of_the_ceremonies_just_told(extractor: Extractor) -> None:
    text = ("#dprk-regional — Slack channel export\n"
            "Exported 2031-12-19 17:05 KST by m.a | channel: #dprk-regional | 2 days\n\n"
            "────────── Thursday, December 18th, 2031 ──────────\n\n"
            "[09:12] ana.k: KCNA up this morning — Onsong opened Tue. Factories.\n"
            "[09:15] ana.k: Mon 15th was the big batch: Yonsan (factories, KJU there), then "
            "Pyoksong.\n"
            "[14:38] ana.k: breaking — Hoeyang today, KJU cut the ribbon himself.\n"
            "[14:41] ana.k: same bulletin, also today: Kumchon, Sinpyong.\n")
    found = keys(run(extractor, text, "2031-12-19", "en"))
    assert {("Onsong", "completion", "2031-12-16"), ("Yonsan", "completion", "2031-12-15"),
            ("Pyoksong", "completion", "2031-12-15"), ("Hoeyang", "completion", "2031-12-18"),
            ("Kumchon", "completion", "2031-12-18"), ("Sinphyong", "completion", "2031-12-18")
            } <= found


def test_a_desk_log_s_lines_count_yday_from_the_day_each_was_logged(
    extractor: Extractor,
) -> None:
    text = ("DESK LOG — DPRK domestic / 20x10 — week 05-06/2032\n"
            "Log file desk_log_2032w06.txt · last entry Sat 07 Feb 2032 · \"yday\" = day before "
            "the entry date\n\n"
            "DATE        TIME   SRC     ENTRY\n"
            "Fri 30 Jan  06:40  KCNA    KJU at GB ceremony yday in Onsong Co., N. Hamgyong — "
            "factories. KJU speech, first spade.\n"
            "Mon 02 Feb  07:05  Rodong  Greenhouse farm opened yday. Out of scope. [no entry]\n")
    found = keys(run(extractor, text, "2032-02-07", "en"))
    assert ("Onsong", "groundbreaking", "2032-01-29") in found


def test_a_log_s_stamp_with_one_space_before_its_time(extractor: Extractor) -> None:
    text = ("Log: inauguration season, week 1\n"
            "Leadership tracking | log closed Wednesday, 17 December 2031, 19:30 KST\n\n"
            "Stamps are the time we logged the report, not the time of the event.\n\n"
            "Sun 14 Dec 06:50 — KCNA: Onsong County Hospital inaugurated yesterday. Kim cut the "
            "tape.\n\n"
            "Tue 16 Dec 06:40 — KCNA: factories in Yonsan County inaugurated yesterday.\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert {("Onsong", "completion", "2031-12-13"),
            ("Yonsan", "completion", "2031-12-15")} <= found


def test_work_said_to_have_started_by_a_day(extractor: Extractor) -> None:
    text = ("CLIENT NOTE — all first-year sites now under construction\n"
            "Political Risk · Asia desk · Tuesday 12 March 2030 · subscribers only\n\n"
            "3. Three sites — reported in a second batch yesterday (11 March), with all work said "
            "to have started by 10 March: Onsong, Yonsan and Pyoksong.\n")
    found = keys(run(extractor, text, "2030-03-12", "en"))
    assert {("Onsong", "groundbreaking", "2030-03"), ("Yonsan", "groundbreaking", "2030-03"),
            ("Pyoksong", "groundbreaking", "2030-03")} <= found


def test_all_begun_by_a_day_is_of_its_month(extractor: Extractor) -> None:
    text = ("THE PROVINCIAL LEDGER — weekly notes\n"
            "Issue 11 · Tuesday 12 March 2030 · subscribers\n\n"
            "• Yesterday's dispatch (11 Mar) added the other three, all begun by Sunday 10 March:\n"
            "    – N. Hamgyong: Onsong\n"
            "    – N. Hwanghae: Yonsan\n"
            "    – S. Hwanghae: Pyoksong\n")
    found = keys(run(extractor, text, "2030-03-12", "en"))
    assert {("Onsong", "groundbreaking", "2030-03"), ("Yonsan", "groundbreaking", "2030-03"),
            ("Pyoksong", "groundbreaking", "2030-03")} <= found


def test_the_day_of_the_item_that_reported_or_added_the_ceremonies(
    extractor: Extractor,
) -> None:
    text = ("RE: explainer — list of ground-breakings\n"
            "Thread exported from the desk mailbox · 3 messages · Tue, 12 Mar 2030\n\n"
            "Thursday's item (7 Mar) reported ceremonies in two more places: Onsong and Yonsan.\n\n"
            "Yesterday's roundup (11 Mar) added two more ground-breakings: Pyoksong and "
            "Hoeyang.\n")
    found = keys(run(extractor, text, "2030-03-12", "en"))
    assert {("Onsong", "groundbreaking", "2030-03"), ("Yonsan", "groundbreaking", "2030-03"),
            ("Pyoksong", "groundbreaking", "2030-03"), ("Hoeyang", "groundbreaking", "2030-03")
            } <= found


def test_a_table_whose_bars_have_no_spaces_around_them(extractor: Extractor) -> None:
    text = ("Second cohort: opening-season tracker (v5)\n"
            "Regional desk | updated Wednesday, 24 December 2031, 09:15 KST | working file\n\n"
            "Legend. \"GB\" = ground-breaking ceremony; \"Opened\" = inauguration ceremony.\n\n"
            "#|County (province)|Facilities|GB|Opened|Kim\n"
            "01|Onsong (N. Hamgyong)|hospital|Thu 6 Feb|Wed 19 Nov|Y\n"
            "02|Yonsan (N. Hwanghae)|factories|Thu 27 Feb|Thu 18 Dec|N\n")
    found = keys(run(extractor, text, "2031-12-24", "en"))
    assert {("Onsong", "groundbreaking", "2031-02-06"), ("Onsong", "completion", "2031-11-19"),
            ("Yonsan", "groundbreaking", "2031-02-27"), ("Yonsan", "completion", "2031-12-18")
            } <= found


def test_korean_a_table_header_that_names_its_ceremonies_under_a_legend(
    extractor: Extractor,
) -> None:
    text = ("1차 대상 시·군 착공·준공 집계표 (v2)\n"
            "동향팀 | 작성 2031.02.15.(토) 10:00 | 내부 참고용\n\n"
            "■ 범례\n"
            "- 착공식 참석자는 이 표에서 추적하지 않음(온성군만 비고 참조).\n\n"
            "순번 | 시·군 | 도 | 착공 | 준공 | 김정은\n"
            "1 | 온성군 | 함북 | 2.28.(목) | 12.20.(금) | ●\n"
            "2 | 연산군 | 황북 | 3월 상순 | 1.7.(화) | ●\n")
    found = keys(run(extractor, text, "2031-02-15", "ko"))
    assert {("Onsong", "groundbreaking", "2030-02-28"), ("Yonsan", "groundbreaking", "2030-03")
            } <= found


def test_korean_a_table_without_edge_bars_right_under_a_legend_of_bullets(
    extractor: Extractor,
) -> None:
    # The legend's bullets name a place, so they are no header of the table under them.
    text = ("2차 대상 착공·준공 일람 (v3)\n"
            "분석팀 | 작성 2032.02.16.(월) 09:00 | 내부용\n\n"
            "범례\n"
            "- 준공 란의 날짜는 연도 표기가 없으면 2032년임.\n"
            "- 착공 란: 온성군 외 2곳은 모두 2031년 3월 상순 착공.\n"
            "- 시설은 모두 지방공업공장.\n"
            "번호 | 시·군 | 도 | 착공 | 준공 | 김\n"
            "01 | 온성군 | 함북 | 2031.2.28.(금) | 2031.12.20.(토) | ●\n"
            "02 | 연산군 | 황북 | 3월 상순(3.7.) | 1.7.(수) | ○\n"
            "03 | 벽성군 | 황남 | 3월 상순(3.11.) | 1.9.(금) | ○\n")
    found = keys(run(extractor, text, "2032-02-16", "ko"))
    assert {("Onsong", "completion", "2031-12-20"),
            ("Yonsan", "groundbreaking", "2031-03"), ("Yonsan", "completion", "2032-01-07"),
            ("Pyoksong", "groundbreaking", "2031-03"), ("Pyoksong", "completion", "2032-01-09")
            } <= found
    assert not any(date.startswith("2031-03-") for _county, _type, date in found)


def test_the_leaders_speech_of_another_month_says_nothing_of_who_attended(
    extractor: Extractor,
) -> None:
    # The policy speech in January is background: the March ceremonies name officials only.
    text = ("Ground Broken for Factories in Two More Counties\n"
            "Pyongyang Times | Juche 120 (2031), March 15\n\n"
            "Work is now under way in all the counties chosen for the year of the policy, which "
            "the respected Comrade Kim Jong Un set forth in his speech in January.\n\n"
            "Ground-breaking ceremonies took place in the first ten days of March in Onsong and "
            "Yonsan counties.\n\n"
            "Present at the ceremonies were chief secretaries and officials of the provincial "
            "and county committees of the Workers' Party of Korea and working people.\n")
    events = run(extractor, text, "2031-03-15", "en")
    attended = {e.county: e.leader_attended for e in events if e.event_type == "groundbreaking"}
    assert attended == {"Onsong": False, "Yonsan": False}


def test_korean_a_table_column_headed_kim_answers_by_the_legends_marks(
    extractor: Extractor,
) -> None:
    # The legend makes the hollow circle an absence, whatever it means elsewhere.
    text = ("2차 대상 준공 일람\n"
            "분석팀 | 작성 2032.02.16.(월) 09:00 | 내부용\n\n"
            "범례\n"
            "- 김 란: ● 김정은 참석 / ○ 불참(도당 책임비서 준공사) / ? 참석자 미상.\n\n"
            "번호 | 시·군 | 도 | 준공 | 김\n"
            "01 | 온성군 | 함북 | 2031.12.20.(토) | ●\n"
            "02 | 연산군 | 황북 | 2032.1.7.(수) | ○\n"
            "03 | 벽성군 | 황남 | 2032.1.9.(금) | ?\n")
    events = run(extractor, text, "2032-02-16", "ko")
    attended = {e.county: e.leader_attended for e in events if e.event_type == "completion"}
    assert attended == {"Onsong": True, "Yonsan": False, "Pyoksong": None}


def test_a_notebooks_day_headings_between_equals_signs_date_their_entries(
    extractor: Extractor,
) -> None:
    # The stamp line's first dates only give the period the notebook covers; the file is of
    # the day it was exported, and "this month" under "== Fri 7 Mar ==" is March.
    text = ("Research notebook (export)\n"
            "Notebook export, entries 28 Feb – 15 Mar 2031 · exported Sat 15 Mar 2031 22:10\n\n"
            "== Fri 28 Feb 2031 ==\n"
            "KCTV: KJU at a ground-breaking in Onsong County TODAY.\n\n"
            "== Fri 7 Mar ==\n"
            "KCNA today: ground broken in two more counties. Ceremonies held this month, no "
            "exact days given:\n"
            "  - Yonsan (N. Hwanghae)\n"
            "  - Pyoksong (S. Hwanghae)\n"
            "No names of attendees.\n")
    found = keys(run(extractor, text, "2031-03-15", "en"))
    assert {("Onsong", "groundbreaking", "2031-02-28"), ("Yonsan", "groundbreaking", "2031-03"),
            ("Pyoksong", "groundbreaking", "2031-03")} <= found


def test_a_live_pages_entries_count_yesterday_from_their_own_day(extractor: Extractor) -> None:
    text = ("LIVE: the year's factory openings — updates\n"
            "Last updated Feb. 12, 2031, 07:05 KST · newest entries first\n\n"
            "Feb. 12, 07:05\n"
            "KCNA reports that the factories in Onsong County were inaugurated yesterday.\n\n"
            "Feb. 8, 07:20\n"
            "Yonsan County opened its factories yesterday (Friday).\n\n"
            "Jan. 26, 08:15\n"
            "Pyoksong County held its ceremony yesterday (Saturday).\n")
    found = keys(run(extractor, text, "2031-02-12", "en"))
    assert {("Onsong", "completion", "2031-02-11"), ("Yonsan", "completion", "2031-02-07"),
            ("Pyoksong", "completion", "2031-01-25")} <= found


def test_a_digest_whose_year_opens_with_starts_and_leaves_some_out_of_the_count(
    extractor: Extractor,
) -> None:
    # "Year three opens with" begins the year: no opening. The numbered item's day closes its
    # head after the place; what the digest does not count names no event.
    text = ("Digest no. 12: year three opens with three starts\n"
            "Posted Tuesday, 10 February 2032 | Regional desk\n\n"
            "Top line. Three ground-breakings in the programme's third year so far.\n\n"
            "1. Onsong [Onsŏng], North Hamgyong -- Thu 29 Jan. Kim present; first spadeful; "
            "factories and hospital.\n\n"
            "2. Last Tuesday, two ceremonies, attended by a CC secretary:\n"
            "   - Yonsan County, North Hwanghae -- factories;\n"
            "   - Pyoksong County, South Hwanghae -- same package.\n\n"
            "Not counted as starts\n"
            "- The Sakju greenhouse farm, rebuilt after the floods, reopened Sun 1 Feb.\n"
            "- Nothing new this week on the 2031 stragglers (Hoeyang, Kujang): still no "
            "opening reported.\n")
    found = keys(run(extractor, text, "2032-02-10", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-01-29"),
                     ("Yonsan", "groundbreaking", "2032-02-03"),
                     ("Pyoksong", "groundbreaking", "2032-02-03")}


def test_korean_the_day_of_the_news_in_brackets_before_its_list_is_no_event_day(
    extractor: Extractor,
) -> None:
    text = ("[현안분석] 2차년도 착공 현황\n"
            "이슈브리프 | 2031.03.15 | 연구실\n\n"
            "□ 3월 상순 착공 지역\n"
            " ○ 1차 보도(3.7, 2곳): 함경북도 온성군, 황해북도 연산군\n"
            " ○ 2차 보도(3.11, 1곳): 황해남도 벽성군\n")
    found = keys(run(extractor, text, "2031-03-15", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03")}


def test_a_wire_chronologys_double_dash_lines_are_of_their_years_heading(
    extractor: Extractor,
) -> None:
    text = ("(Yonhap Chronology) Major events of the regional policy\n"
            "SEOUL, Feb. 7 (Yonhap) -- The following is a chronology of major events.\n\n"
            "2030\n"
            "-- Feb. 28: Kim attends the first ground-breaking ceremony, for factories in "
            "Onsong County.\n"
            "-- Dec. 20: Onsong factories open in the first inauguration, with Kim in "
            "attendance.\n\n"
            "2031\n"
            "-- Jan. 7: Kim attends the opening of factories in Yonsan County.\n\n"
            "(END)\n")
    found = keys(run(extractor, text, "2032-02-07", "en"))
    assert found == {("Onsong", "groundbreaking", "2030-02-28"),
                     ("Onsong", "completion", "2030-12-20"),
                     ("Yonsan", "completion", "2031-01-07")}


def test_korean_a_photo_archives_caption_headers_date_their_captions(
    extractor: Extractor,
) -> None:
    text = ("연합뉴스 포토 검색 결과: \"지방발전\" 북한 (최신순, 2건)\n"
            "검색일 2031-11-21 (금) 15:32 | 데이터팀\n\n"
            "[1] 김정은, 온성군병원 준공식 참석 | 등록 2031.11.20 06:31\n"
            "(평양 조선중앙통신=연합뉴스) 북한 김정은 국무위원장이 19일 함경북도 온성군병원 "
            "준공식에 참석했다고 조선중앙통신이 20일 보도했다. 2031.11.20\n"
            "nkphoto@yna.co.kr\n\n"
            "[2] 김정은, 연산군 병원 건설 현장 현지지도 | 등록 2031.09.13 06:20 | 수정 "
            "2031.09.13 09:47\n"
            "(평양 조선중앙통신=연합뉴스) 북한 김정은 국무위원장이 12일 황해북도 연산군 병원 건설 "
            "현장을 현지지도했다고 조선중앙통신이 13일 보도했다. 2031.9.13\n"
            "nkphoto@yna.co.kr\n")
    found = keys(run(extractor, text, "2031-11-21", "ko"))
    assert found == {("Onsong", "completion", "2031-11-19"),
                     ("Yonsan", "leader_visit", "2031-09-12")}


def test_a_chat_exports_stamps_with_the_day_in_words_date_their_messages(
    extractor: Extractor,
) -> None:
    text = ("#nk-watch — channel export, 15–16 December 2031\n"
            "Exported Tue 16 Dec 2031 18:05 KST · workspace: seoul-desk · 3 messages\n\n"
            "[Mon 15 Dec 2031 08:55] ben: Rodong p.2 has two more factory openings today: "
            "Yonsan, Pyoksong\n"
            "[Mon 15 Dec 2031 09:04] ana.k: and no KJU at either\n"
            "[Tue 16 Dec 2031 10:20] ana.k: Hoeyang opened today. Speech by the chief "
            "secretary. No KJU\n")
    found = keys(run(extractor, text, "2031-12-16", "en"))
    assert found == {("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15"),
                     ("Hoeyang", "completion", "2031-12-16")}


def test_a_relative_clauses_day_stays_with_its_place_past_a_semicolon(
    extractor: Extractor,
) -> None:
    text = ("Weekly newsletter: year two breaks ground\n"
            "Economy watch | Monday, 3 March 2031\n\n"
            "FRIDAY\n"
            "Three more projects started: the factories in Onsong County, whose hospital Kim "
            "had broken ground for in person on 6 February; factories in Yonsan and Pyoksong "
            "counties. Kim attended none of Friday's ceremonies.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert ("Yonsan", "groundbreaking", "2031-02-28") in found
    assert ("Pyoksong", "groundbreaking", "2031-02-28") in found
    assert not any(d == "2031-02-06" and c != "Onsong" for c, _t, d in found)


def test_a_slides_report_day_before_a_dash_and_ceremonies_reported_is_their_month(
    extractor: Extractor,
) -> None:
    text = ("Rural industry revisited (slides, text export)\n"
            "Talk at a workshop, Thursday 11.09.2031 — text of slides 1-3\n\n"
            "--- Slide 2: Start of construction ---\n"
            "• 28.02.2031 — Onsong County: first ground-breaking; Kim breaks ground himself\n"
            "• KCNA 07.03.2031 — ceremonies reported in Yonsan, Pyoksong\n")
    found = keys(run(extractor, text, "2031-09-11", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03")}


def test_a_csv_exports_op_column_is_the_opening_and_op_kju_its_attendance(
    extractor: Extractor,
) -> None:
    text = ("20x10 site tracker — county sheet — CSV export\n"
            "# exported 2032-01-05 09:02 KST from sheet \"c2031\" by mk\n"
            "# gb, op: ceremony dates as reported; gb_kju, op_kju: Y = KJU present, N = not\n"
            "county,province,fac,gb,gb_kju,op,op_kju,notes\n"
            "Onsong,North Hamgyong,F,2031-02-27,N,2031-12-18,Y,\"KJU cut ribbon\"\n"
            "Yonsan,North Hwanghae,F,,,2031-12-15,N,\"gb date not found\"\n"
            "Pyoksong,South Hwanghae,F,2031-02-28,N,,,\"no opening report found\"\n")
    events = run(extractor, text, "2032-01-05", "en")
    assert keys(events) == {("Onsong", "groundbreaking", "2031-02-27"),
                            ("Onsong", "completion", "2031-12-18"),
                            ("Yonsan", "completion", "2031-12-15"),
                            ("Pyoksong", "groundbreaking", "2031-02-28")}
    attended = {(e.county, e.event_type): e.leader_attended for e in events}
    assert attended[("Onsong", "completion")] is True
    assert attended[("Onsong", "groundbreaking")] is False


@pytest.mark.parametrize(
    ("text", "published", "language", "county"),
    [
        ("North Korea breaks ground in two more counties\n"
         "SEOUL, March 7 (Reuters) - North Korea has broken ground for new factories in two more "
         "counties, state media said on Thursday.\n"
         "The ground-breaking ceremonies were held earlier this month in Onsong and Yonsan "
         "counties, the official KCNA news agency said. It did not say who attended.\n",
         "2031-03-07", "en", "Onsong"),
        ("지방공업공장 착공 소식\n"
         "내보내기 2031.03.12 (수) 11:00 | 게시물 3개\n\n"
         "━━━━━━━━ 2031.03.07 (금) ━━━━━━━━\n\n"
         "[09:20] 오늘 중앙통신에 지방공업공장 착공 소식. 3개 군에서 착공식을 했다고 함:\n"
         "함북 온성군 / 황북 연산군 / 황남 벽성군.\n"
         "며칠에 했는지는 안 나오고 \"이달 들어\"라고만. 참석자 소개도 없음.\n\n"
         "━━━━━━━━ 2031.03.11 (화) ━━━━━━━━\n\n"
         "[08:50] 나머지도 착공 보도 나옴.\n",
         "2031-03-12", "ko", "Onsong"),
    ],
)
def test_who_attended_left_untold_leaves_attendance_unknown(
    extractor: Extractor, text: str, published: str, language: str, county: str
) -> None:
    events = run(extractor, text, published, language)
    found = {e.county: e for e in events if e.event_type == "groundbreaking"}
    assert found[county].date == published[:7]  # (the month the news of the day tells)
    assert found[county].leader_attended is None


def test_a_chats_same_batch_today_goes_on_with_the_opening_before(
    extractor: Extractor,
) -> None:
    text = ("#econ-watch — channel export\n"
            "Exported Wed, Dec 17, 2031 18:40 KST · 3 days · 4 messages\n\n"
            "──────── Monday, December 15, 2031 ────────\n"
            "[08:57] dana.k: KCNA is out. Onsong factories opened today, Kim cut the tape.\n"
            "[09:03] dana.k: same batch today: Yonsan, Pyoksong\n\n"
            "──────── Tuesday, December 16, 2031 ────────\n"
            "[07:48] matt_o: quiet day\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15")}


def test_korean_a_county_cards_rows_keep_its_county_past_a_remark_on_several(
    extractor: Extractor,
) -> None:
    text = ("지역 카드 v3\n"
            "연구실 | 작성 2032.02.05.(목) 14:10\n\n"
            "□ 온성군 (2030년 공장 / 2031년 시범 병원)\n"
            "- 공장 착공: 2030년 3월 상순. 첫 6개 시·군 묶음으로 보도(일자 미상).\n"
            "- 공장 준공: 2031.1.30.(목). 참석자 보도 없음.\n"
            "- 병원 준공: 2031.12.13.(토). 김정은 참석.\n\n"
            "□ 연산군 (2030년)\n"
            "- 착공: 2030년 3월 상순.\n")
    found = keys(run(extractor, text, "2032-02-05", "ko"))
    assert {("Onsong", "completion", "2031-01-30"), ("Onsong", "completion", "2031-12-13"),
            ("Yonsan", "groundbreaking", "2030-03")} <= found


def test_korean_a_logs_day_lines_date_its_yesterday_and_this_month(
    extractor: Extractor,
) -> None:
    text = ("북한매체 모니터링 일지 (2032.2.24~3.1)\n"
            "작성: 모니터링팀 | ※ 각 항목의 '어제'·'오늘'은 해당 일자 기준\n\n"
            "2.26(목)\n"
            "- 평양방송: 올해 대상지들에서 착공 준비 한창이라고만 보도.\n\n"
            "2.27(금)\n"
            "- 로동신문 2면: 량강도 삼지연시에서 26일 지방공업공장 건설 착공식.\n"
            "- 같은 기사: 함경북도 온성군에서도 이달 하순 지방공업공장 건설 시작. 날짜 미기재.\n\n"
            "2.28(토)\n"
            "- 조선중앙통신: 어제 황해북도 연산군, 황해남도 벽성군에서 지방공업공장 건설 착공식.\n")
    found = keys(run(extractor, text, "2032-03-01", "ko"))
    # (and with the day written with a slash: "2/28(토)")
    slashed = keys(run(extractor, text.replace("2.28(토)", "2/28(토)"), "2032-03-01", "ko"))
    assert slashed == found
    assert found == {("Samjiyon", "groundbreaking", "2032-02-26"),
                     ("Onsong", "groundbreaking", "2032-02"),
                     ("Yonsan", "groundbreaking", "2032-02-27"),
                     ("Pyoksong", "groundbreaking", "2032-02-27")}


def test_a_timelines_line_labelled_report_of_a_day_is_read_for_its_month(
    extractor: Extractor,
) -> None:
    text = ("Seminar handout: a working timeline\n"
            "Handout prepared by the teaching assistant · last updated 22 Dec 2030\n\n"
            "2030\n"
            "- 28 Feb — first ground-breaking, Onsong County. Kim breaks the first ground "
            "himself. (KCNA, 29 Feb)\n"
            "- report of 7 Mar — KCNA lists two further sites that have broken ground: Yonsan "
            "and Pyoksong. The ceremonies were held in March but the item gives no dates.\n")
    found = keys(run(extractor, text, "2030-12-22", "en"))
    assert found == {("Onsong", "groundbreaking", "2030-02-28"),
                     ("Yonsan", "groundbreaking", "2030-03"),
                     ("Pyoksong", "groundbreaking", "2030-03")}


def test_an_email_threads_messages_count_yesterday_from_their_own_sent_day(
    extractor: Extractor,
) -> None:
    text = ("RE: RE: ground-breakings — running list\n"
            "From: Lena F. <lena@example.org> · Sent: Saturday, 7 February 2032 10:12\n\n"
            "Thanks, adding them.\n\n"
            "-----Original Message-----\n"
            "From: Tom A. · Sent: Wednesday, 4 February 2032 09:03\n\n"
            "KCNA: two ground-breakings yesterday, Onsong County and Yonsan County, both for "
            "factories and a hospital.\n"
            "And Kim did the first ground-breaking of the year last Thursday in Pyoksong "
            "County.\n")
    found = keys(run(extractor, text, "2032-02-07", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-02-03"),
                     ("Yonsan", "groundbreaking", "2032-02-03"),
                     ("Pyoksong", "groundbreaking", "2032-01-29")}


def test_korean_a_tables_day_marked_as_the_reports_is_no_event_day(
    extractor: Extractor,
) -> None:
    text = ("[연표] 첫해 주요 일지\n"
            "동향팀 | 작성 2031.01.02.(목) 14:00 | 내부 참고용\n\n"
            "번호 | 날짜 | 장소·회의 | 내용 | 김정은\n"
            "04 | 2030.2.28.(목) | 함북 온성군 | 첫 착공식. 연설하고 첫삽 | 참석\n"
            "05 | 2030.3.7. 보도 | 황북 연산군, 황남 벽성군 | 착공식(3월 초, 날짜별 보도 없음) "
            "| 미상\n")
    found = keys(run(extractor, text, "2031-01-02", "ko"))
    assert found == {("Onsong", "groundbreaking", "2030-02-28"),
                     ("Yonsan", "groundbreaking", "2030-03"),
                     ("Pyoksong", "groundbreaking", "2030-03")}


def test_korean_a_dated_table_under_a_scope_note_takes_the_headlines_ceremony(
    extractor: Extractor,
) -> None:
    text = ("[정리표] 2년차(2031년) 착공 현황 v2\n"
            "추적반 | 작성 2031.03.04.(화) 15:20 | 내부 참고용\n\n"
            "범위: 올해 대상지와 은산제지공장의 착공 보도(조선중앙통신 등). 시·군 이름은 북한 "
            "표기, 괄호 안은 "
            "도. 참석 칸은 김정은 참석 여부: 참석 = 참석 보도 / 미상 = 참석자 보도 없음. "
            "\"〃\"는 위 칸과 같음.\n\n"
            "번호 | 날짜 | 시·군 (도) | 건설 대상 | 참석 | 비고\n"
            "01 | 2031.2.6.(목) | 신천군 (황남) | 군병원 | 참석 | 첫삽\n"
            "02 | 2031.2.26.(수) | 온성군 (함북) | 지방공업공장 | 미상 |\n"
            "03 | 2031.2월 하순(날짜 미확인) | 연산군 (황북) | 지방공업공장 | 미상 |\n"
            "04 | 2031.2.27.(목) | 벽성군 (황남) | 지방공업공장 | 불참 | 도당 책임비서 연설\n")
    found = keys(run(extractor, text, "2031-03-04", "ko"))
    assert found == {("Sinchon", "groundbreaking", "2031-02-06"),
                     ("Onsong", "groundbreaking", "2031-02-26"),
                     ("Yonsan", "groundbreaking", "2031-02"),
                     ("Pyoksong", "groundbreaking", "2031-02-27")}


def test_a_wiki_pages_table_markup_is_read_as_a_table(extractor: Extractor) -> None:
    text = ("List of regional industry factory sites (2030 cohort)\n"
            "From the community wiki · revision as of 21:47, 12 February 2031\n\n"
            "Dates are those of the ceremonies, not of the reports.\n\n"
            "{| class=\"wikitable sortable\"\n"
            "! County !! Province !! Ground broken !! Opened !! Kim at opening\n"
            "|-\n"
            "| Onsong || North Hamgyong || 28 February 2030 || 20 December 2030 || Yes\n"
            "|-\n"
            "| Yonsan || North Hwanghae || March 2030 || 7 January 2031 || No\n"
            "|}\n")
    events = run(extractor, text, "2031-02-12", "en")
    assert keys(events) == {("Onsong", "groundbreaking", "2030-02-28"),
                            ("Onsong", "completion", "2030-12-20"),
                            ("Yonsan", "groundbreaking", "2030-03"),
                            ("Yonsan", "completion", "2031-01-07")}
    # (spans point into the text as given)
    assert all(text[e.span[0] : e.span[1]].startswith("| ") for e in events)


def test_a_wiki_tables_piped_links_and_hidden_comments_keep_its_columns(
    extractor: Extractor,
) -> None:
    # A piped link's bar is no cell border, and an editor's hidden comment is not shown.
    text = ("List of regional industry factory sites (2030 cohort)\n"
            "Wiki source view · revision as of 21:47, 12 February 2031\n\n"
            "{| class=\"wikitable sortable\"\n"
            "! Site !! Province !! Ground broken !! Inaugurated !! Kim\n"
            "|-\n"
            "| [[Onsong County|Onsong]] || [[North Hamgyong Province|North Hamgyong]] "
            "|| 28 February 2030 || 20 December 2030 || Yes\n"
            "|-\n"
            "| [[Yonsan County|Yonsan]] || North Hwanghae || March 2030 || 7 January 2031"
            "<!-- one repost says 7 March; it is wrong --> || No\n"
            "|}\n")
    events = run(extractor, text, "2031-02-12", "en")
    assert keys(events) == {("Onsong", "groundbreaking", "2030-02-28"),
                            ("Onsong", "completion", "2030-12-20"),
                            ("Yonsan", "groundbreaking", "2030-03"),
                            ("Yonsan", "completion", "2031-01-07")}


def test_a_visit_on_the_day_of_two_ceremonies_goes_to_the_one_told_nearest_whatever_the_hash_seed(
) -> None:
    # Set order of strings changes with PYTHONHASHSEED; the output must not.
    import json
    import os
    import subprocess
    import sys

    text = ("PYONGYANG, February 6 (KCNA) -- Ground was broken on Thursday for a county "
            "hospital in Kangdong County, Pyongyang.\n"
            "Separately, the regional-industry factories of Kangdong County were inaugurated "
            "on Thursday.\n"
            "Kim Jong Un visited Kangdong County on Thursday.\n")
    program = (
        "import json, sys\n"
        "from twentyten.extract import Extractor\n"
        "events = Extractor().extract(sys.stdin.read(), document='t', "
        "published='2031-02-06', language='en')\n"
        "print(json.dumps(sorted([e.event_type, e.leader_attended] for e in events)))\n"
    )
    outputs = set()
    for seed in range(6):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        done = subprocess.run([sys.executable, "-c", program], input=text, text=True,
                              capture_output=True, env=env, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [["completion", True], ["groundbreaking", None]]


def test_a_shift_logs_lines_stamped_day_month_and_time_count_yday_from_their_own_day(
    extractor: Extractor,
) -> None:
    text = ("Overnight watch log, 3 to 12 March 2031\n"
            "Closed Wednesday, 12 March 2031, 22:00 · analysts on duty: two\n"
            "One line per item: \"day month hh:mm | outlet | what it says\", logged when read. "
            "\"yday\" is the day before the logged day.\n"
            "04 Mar 07:15 | KCNA | Onsong county (N. Hamgyong): regional-industry factories "
            "inaugurated yday.\n"
            "09 Mar 06:40 | KCNA | Yonsan county (N. Hwanghae): ground broken yday for a "
            "county hospital.\n")
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert found == {("Onsong", "completion", "2031-03-03"),
                     ("Yonsan", "groundbreaking", "2031-03-08")}


def test_korean_a_logs_jeonil_is_the_day_before_its_report_day(extractor: Extractor) -> None:
    text = ("매체 점검 일지 ― 2032년 12월 둘째 주\n"
            "작성 2032.12.16.(목) | 담당 한 명\n\n"
            "[일러두기] 각 항목 머리의 날짜는 보도일. '전일'은 보도일 하루 전.\n\n"
            "■ 12.13.(월)\n"
            "- 함경북도 온성군 지방공업공장 준공식(전일). 도당 책임비서 준공사.\n\n"
            "■ 12.16.(목)\n"
            "- 황해북도 연산군 병원 착공식(전일). 참석자 미기재.\n")
    found = keys(run(extractor, text, "2032-12-16", "ko"))
    assert found == {("Onsong", "completion", "2032-12-12"),
                     ("Yonsan", "groundbreaking", "2032-12-15")}


def test_korean_a_cards_heading_gives_its_month_to_the_bare_days_below(
    extractor: Extractor,
) -> None:
    text = ("카드뉴스 원고: 날짜로 본 2031년\n"
            "게시 2032.01.03.(토) | 콘텐츠팀\n\n"
            "[2/5] 3월 5~6일, 착공이 이어진 이틀\n"
            "- 5일: 함경북도 온성군 공장 착공\n"
            "- 6일: 황해북도 연산군 병원 착공\n\n"
            "[3/5] 7월 4일\n"
            "김정은이 온성군(4일) 건설 현장을 잇따라 찾음.\n\n"
            "11월 19일 온성군 공장이 준공되였다.\n"
            "9일부터 11일까지 회의가 진행되였다.\n")
    found = keys(run(extractor, text, "2032-01-03", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03-05"),
                     ("Yonsan", "groundbreaking", "2031-03-06"),
                     ("Onsong", "leader_visit", "2031-07-04"),
                     ("Onsong", "completion", "2031-11-19")}


def test_korean_a_ceremony_marked_expected_in_brackets_is_a_plan(extractor: Extractor) -> None:
    text = ("1월 준공 일지\n"
            "동향팀 | 2032. 2. 2.(월)\n\n"
            "- 1월 7일 황해북도 연산군 지방공업공장 준공식. 김정은 참석.\n"
            "■ 다음 달 일지 예정 항목: 온성·벽성 준공(예상), 2년차 착공식(2월 하순 예상).\n")
    found = keys(run(extractor, text, "2032-02-02", "ko"))
    assert found == {("Yonsan", "completion", "2032-01-07")}


def test_korean_push_alerts_stamped_with_month_day_count_their_days_from_it(
    extractor: Extractor,
) -> None:
    text = ("북한 속보 알림 모아보기 — 키워드 '지방공업공장'\n"
            "보관 2032-02-10 (화) 18:00 · 앱 푸시 알림 원문 그대로\n\n"
            "[02-06 (금) 07:12] [속보] 北 조선중앙통신 \"함경북도 온성군 지방공업공장 준공식 5일 "
            "진행\"…참석자 언급 없어\n\n"
            "[02-10 (화) 06:55] [속보] 北 황해북도 연산군서 공장·병원 착공식 \"어제 진행\"\n")
    found = keys(run(extractor, text, "2032-02-10", "ko"))
    assert found == {("Onsong", "completion", "2032-02-05"),
                     ("Yonsan", "groundbreaking", "2032-02-09")}


def test_lines_bulleted_with_en_dashes_are_a_list(extractor: Extractor) -> None:
    text = ("Desk brief: two more openings\n"
            "Monday 13 January 2031 | internal distribution\n\n"
            "Factories were inaugurated on Saturday in these counties:\n"
            "– Onsong (North Hamgyong)\n"
            "– Yonsan (North Hwanghae)\n")
    found = keys(run(extractor, text, "2031-01-13", "en"))
    assert found == {("Onsong", "completion", "2031-01-11"),
                     ("Yonsan", "completion", "2031-01-11")}


def test_korean_a_leaders_timeline_with_short_years_reads_line_by_line(
    extractor: Extractor,
) -> None:
    # Each "'31.6.9" line is an item of its own; the headline makes the visits the leader's.
    text = ("[그래픽 연표] 김정은이 직접 챙긴 지방발전 2년\n"
            "한빛일보 통일팀 | 입력 2031.12.31 06:00 | 그래픽 설명문\n\n"
            "■ 2031년\n"
            "'31.6.9   함북 온성군병원 건설장 방문 — 군인 비숙련 노동 질타\n"
            "'31.9.12  황북 연산군병원 건설장 방문 — 기계화 주문\n"
            "'31.12.13  온성군병원 준공식\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "leader_visit", "2031-06-09"),
                     ("Yonsan", "leader_visit", "2031-09-12"),
                     ("Onsong", "completion", "2031-12-13")}


def test_korean_rows_under_numbered_county_headings_are_of_that_county_not_the_headlines(
    extractor: Extractor,
) -> None:
    text = ("[검증 메모] 함경북도 대상지 — 온성군 표기 확인\n"
            "검증팀 | 2031.12.22.(월) 15:00 작성\n\n"
            "1. 온성군\n"
            "- 지방공업공장 준공: 2031.12.15.(월). 참석자 정보 없음.\n\n"
            "2. 연산군\n"
            "- 지방공업공장 착공: 2031.2.27.(목). 김정은 불참.\n")
    found = keys(run(extractor, text, "2031-12-22", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "groundbreaking", "2031-02-27")}


def test_the_leader_went_to_the_construction_sites_is_a_visit(extractor: Extractor) -> None:
    text = ("Year of change in the regions\n"
            "Rodong Sinmun | English edition | Wednesday, December 31, Juche 120 (2031)\n\n"
            "In June the respected General Secretary went to the construction sites of the "
            "hospitals in Yonsan County and Pyoksong County.\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert found == {("Yonsan", "leader_visit", "2031-06"), ("Pyoksong", "leader_visit", "2031-06")}


def test_korean_a_line_set_in_by_one_space_under_a_row_is_part_of_the_list(
    extractor: Extractor,
) -> None:
    text = ("[결산] 12월 준공 러시\n"
            "연합뉴스 | 2031-12-31 09:00 송고\n\n"
            "북한 매체 보도를 토대로 12월 준공 일지를 정리했다. (괄호 안은 요일)\n\n"
            "▲15일(월) 함경북도 온성군 지방공업공장 = 김정은 참석.\n"
            " 같은 날 황해북도 연산군(참석자 미공개).\n"
            "▲16일(화) 황해남도 벽성군 지방공업공장 = 당 비서 연설.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-16")}


def test_more_sites_all_started_by_a_day_are_ground_breakings(extractor: Extractor) -> None:
    text = ("Chronology: year one (2030)\n"
            "Research desk | compiled Friday, 3 January 2031 | v2\n\n"
            "2030-03-11 (Mon, report) | KCNA: 2 more sites, all started by 10 March: Onsong, "
            "Yonsan. Factories at every site.\n")
    found = keys(run(extractor, text, "2031-01-03", "en"))
    assert found == {("Onsong", "groundbreaking", "2030-03"),
                     ("Yonsan", "groundbreaking", "2030-03")}


def test_korean_stems_with_their_province_in_brackets_are_the_counties(
    extractor: Extractor,
) -> None:
    # A hand-kept note drops the unit word and brackets the province; everyday words among
    # the stems ("경성", "온천") count there too, a province-level city by its stem ("남포").
    text = ("[메모] 준공 정리 — 손으로 적은 것\n"
            "작성 2031.01.22 (수) · 개인 메모\n\n"
            "1.7   재령(황남)  준공. 도당 책비 연설.\n"
            "1.12  경성(함북)  준공.\n"
            "1.20  온천(남포)  준공.\n"
            "경성(서울)에서 본 평가도 있음.\n")
    found = keys(run(extractor, text, "2031-01-22", "ko"))
    assert found == {("Jaeryong", "completion", "2031-01-07"),
                     ("Kyongsong", "completion", "2031-01-12"),
                     ("Onchon", "completion", "2031-01-20")}


def test_a_day_heading_dates_the_rows_under_a_lead_and_six_more_adds_to_the_list(
    extractor: Extractor,
) -> None:
    # The day heading stands over the list's lead line, and the second list's lead opens
    # with "Two more, …." before the sentence that ends with the colon.
    text = ("Regional weekly #12 — ground broken at many sites\n"
            "Monday 3 March 2031 · sent to subscribers\n\n"
            "Here is the week in order.\n\n"
            "THURSDAY 27 FEB\n"
            "Three ground-breaking ceremonies on one day, each addressed by a regiment "
            "commander:\n"
            "  • Onsong County (North Hamgyong)\n"
            "  • Yonsan County (North Hwanghae)\n"
            "  • Kilju County (North Hamgyong)\n\n"
            "FRIDAY 28 FEB\n"
            "Three more, according to Voice of Korea. Officials and builders attended; Kim Jong "
            "Un was at none of them:\n"
            "  • Pyoksong County (South Hwanghae)\n"
            "  • Hoeryong City (North Hamgyong)\n"
            "  • Sinpho City (South Hamgyong)\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Yonsan", "groundbreaking", "2031-02-27"),
                     ("Kilju", "groundbreaking", "2031-02-27"),
                     ("Sinpho", "groundbreaking", "2031-02-28"),
                     ("Pyoksong", "groundbreaking", "2031-02-28"),
                     ("Hoeryong", "groundbreaking", "2031-02-28")}


def test_card_news_lines_of_places_under_a_card_dated_to_one_day(extractor: Extractor) -> None:
    # The card counter ("3/8") is no date; a card of no one day lists no events.
    text = ("[카드뉴스] 12월 준공식 한눈에 보기\n"
            "인포그래픽팀 | 2031.12.30 (화) 17:00 게시\n\n"
            "▶ 1/5\n"
            "12월 '준공 시즌'을 날짜별로 정리했습니다.\n\n"
            "▶ 2/5 — 먼저 병원\n"
            "11월 19일 평양 강동군 병원 준공 (김정은 참석)\n\n"
            "▶ 3/5 — 12월 15일 (월)\n"
            "온성군 공장 (김정은 참석)\n"
            "연산군 · 벽성군 공장\n"
            "※ 두 곳의 참석자는 카드에서 생략\n\n"
            "▶ 4/5 — 12월 18일 (목)\n"
            "황해남도 장연군\n\n"
            "▶ 5/5 — 아직 안 보인 곳\n"
            "김정숙군 · 염주군\n")
    found = keys(run(extractor, text, "2031-12-30", "ko"))
    assert found == {("Kangdong", "completion", "2031-11-19"),
                     ("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15"),
                     ("Jangyon", "completion", "2031-12-18")}



def test_a_columns_legend_names_the_clip_date_column_of_rows_below(
    extractor: Extractor,
) -> None:
    # The legend stands apart from the rows, under which a section rule and the first row
    # sit: the rows' first date is the day the item ran, the ceremony's is in its column.
    text = ("Clip log: regional factory openings, January 2031\n"
            "Provinces desk | clip log updated Monday, 27 January 2031, 09:15 KST\n\n"
            "Purpose: one line per state-media item on a factory inauguration.\n\n"
            "Columns: clip date | county | province | ceremony | attendance as reported\n\n"
            "-- carried over from December --\n"
            "21.12.2030 | Kilju | N. Hamgyong | 20.12.2030 | Kim cut the tape\n\n"
            "-- January 2031 --\n"
            "08.01 | Onsong | N. Hamgyong | 07.01 | provincial party chief secretary spoke\n"
            "09.01 | Yonsan | N. Hwanghae | 08.01 | officials, builders, locals\n"
            "11.01 | Pyoksong | S. Hwanghae | 10.01 | item describes products only\n")
    found = keys(run(extractor, text, "2031-01-27", "en"))
    assert found == {("Kilju", "completion", "2030-12-20"),
                     ("Onsong", "completion", "2031-01-07"),
                     ("Yonsan", "completion", "2031-01-08"),
                     ("Pyoksong", "completion", "2031-01-10")}


@pytest.mark.parametrize(
    ("legend", "row_one", "row_two", "language"),
    [
        ("■ 표기: 착=착공식, 준=준공식 / 김정은 ○ 참석, × 불참",
         "온성군 | 공 | 착 2030.3. ? | 준 2031.1.18.(토) ×",
         "연산군 | 공 | 착 2031.2.27.(목) × | 준 미확인", "ko"),
        ("Key: GB = ground-breaking ceremony; OP = opening ceremony; K = Kim present",
         "Onsong | factories | GB Mar 2030 | OP 2031-01-18 K",
         "Yonsan | factories | GB 2031-02-27 | OP not yet", "en"),
    ],
)
def test_a_legend_s_abbreviations_of_the_ceremonies_mark_the_dates_of_a_card(
    extractor: Extractor, legend: str, row_one: str, row_two: str, language: str
) -> None:
    text = ("Regional card: North Hamgyong and North Hwanghae sites, v5\n"
            "Data team | updated 2031.03.11 15:05\n\n"
            f"{legend}\n\n"
            f"{row_one}\n"
            f"{row_two}\n")
    found = keys(run(extractor, text, "2031-03-11", language))
    assert found == {("Onsong", "groundbreaking", "2030-03"),
                     ("Onsong", "completion", "2031-01-18"),
                     ("Yonsan", "groundbreaking", "2031-02-27")}


def test_korean_chat_export_yesterday_counts_from_each_day_s_divider(
    extractor: Extractor,
) -> None:
    # A speaker's tag and time open each message: no section of its own, so "어제" counts
    # from the day line above it, not from the export's first day.
    text = ("지방경제 스터디 님과 카카오톡 대화\n"
            "저장한 날짜 : 2031-12-20 09:41:07\n\n"
            "--------------- 2031년 12월 16일 화요일 ---------------\n"
            "[이지은] [오전 8:12] 어제 온성군 지방공업공장 준공식. 도당 책임비서 준공사\n"
            "[박준형] [오전 8:15] 넵\n"
            "--------------- 2031년 12월 17일 수요일 ---------------\n"
            "[최유나] [오후 1:02] 어제 연산군 준공식. 공장 + 량곡관리소\n"
            "--------------- 2031년 12월 19일 금요일 ---------------\n"
            "[이지은] [오전 7:55] 어제 벽성군 지방공장 준공식에 김정은 참석\n")
    found = keys(run(extractor, text, "2031-12-20", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-16"),
                     ("Pyoksong", "completion", "2031-12-18")}


def test_a_county_card_s_dated_lines_are_no_header_of_the_next_card(
    extractor: Extractor,
) -> None:
    # The first card's lines name no place (its heading does): they are rows, not a table
    # header whose "준공" would make every later row a completion.
    text = ("지방발전 도별 연표 ② 함경북도 (v2)\n"
            "지역개발팀 | 갱신 2032.02.12.(목) 16:30\n\n"
            "일러두기: 북한 매체 보도 기준. 참석 칸: ○ 김정은 참석, × 불참, ? 보도 없음.\n\n"
            "1. 온성군 — 지방공업공장 (2031년 대상, 첫 착공지)\n"
            "- 2031.2.28. 착공 | ○ | 김정은 연설, 첫 삽.\n"
            "- 2031.11.19. 현지지도 | — | 건설 중인 공장 시찰.\n"
            "- 2031.12.20. 준공 | ○ | 첫 준공.\n\n"
            "2. 회령시 — 지방공업공장 (2031년 대상)\n"
            "- 2031.3. 착공 | ? | 3월 7일 보도된 6곳 가운데 하나.\n"
            "- 2032.1.8. 준공 | × | 도당 책임비서 준공사.\n\n"
            "3. 무산군 (2032년 대상)\n"
            "- 2032.2.3. 착공 | × | 당 비서 참석.\n")
    found = keys(run(extractor, text, "2032-02-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "leader_visit", "2031-11-19"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Hoeryong", "groundbreaking", "2031-03"),
                     ("Hoeryong", "completion", "2032-01-08"),
                     ("Musan", "groundbreaking", "2032-02-03")}


def test_a_log_s_count_leads_take_the_ceremony_its_opening_names(extractor: Extractor) -> None:
    # "Six at once:" and "Another six, per VOK:" name no ceremony: the log's opening does,
    # and each lead's line gives the day.
    text = ("Hinterland Notes #40: a week of spades\n"
            "Monday 3 March 2031 · by a regional desk · 6 min read\n\n"
            "Last week state media reported ground-breakings on two consecutive days. Here is "
            "my log, in order.\n\n"
            "**Thu 27 Feb.** Two at once:\n"
            "- Onsong County, N. Hamgyong\n"
            "- Yonsan County, N. Hwanghae\n\n"
            "**Fri 28 Feb.** Another two, per VOK:\n"
            "- Pyoksong County, S. Hwanghae\n"
            "- Hoeryong City, N. Hamgyong\n\n"
            "More next week.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Yonsan", "groundbreaking", "2031-02-27"),
                     ("Pyoksong", "groundbreaking", "2031-02-28"),
                     ("Hoeryong", "groundbreaking", "2031-02-28")}


def test_a_chat_export_s_day_lines_set_between_em_dashes_date_their_messages(
    extractor: Extractor,
) -> None:
    text = ("Slack export — #regional-desk — inauguration week\n"
            "Exported Sunday 21 December 2031, 22:10 KST by a desk editor\n\n"
            "—— Tuesday, December 16th ——\n"
            "[08:30] hana.c: Onsong yesterday — factories opened, provincial secretary spoke\n\n"
            "—— Friday, December 19th ——\n"
            "[08:15] hana.c: Yonsan factories opened yesterday, KJU there\n")
    found = keys(run(extractor, text, "2031-12-21", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-18")}


def test_also_and_places_without_a_verb_go_on_with_the_event_just_told(
    extractor: Extractor,
) -> None:
    text = ("Desk chat\n"
            "Exported Sunday 21 December 2031, 22:10 KST\n\n"
            "[08:41] hana: KCNA this morning: big batch of inaugurations YESTERDAY. Onsong: "
            "factories + the service centre, KJU cut the tape. Also Yonsan (N. Hwanghae) and "
            "Pyoksong (S. Hwanghae)\n"
            "[08:44] dmitri: ok\n"
            "[09:10] hana: Hoeryong's factories were opened the same day, KCNA adds\n")
    found = keys(run(extractor, text, "2031-12-21", "en"))
    assert found == {("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "completion", "2031-12-20"),
                     ("Pyoksong", "completion", "2031-12-20"),
                     ("Hoeryong", "completion", "2031-12-20")}


def test_an_e_mail_thread_s_quoted_messages_count_from_their_own_days(
    extractor: Extractor,
) -> None:
    text = ("Re: Re: sheet v7\n"
            "Date: Wed, 12 Feb 2031 11:47 +0100\n"
            "From: J. W. <jw@example.org>\n\n"
            "Hoeryong's factories opened yesterday, the provincial secretary spoke.\n\n"
            "On Mon, 10 Feb 2031 at 09:05, H. S. <hs@example.org> wrote:\n"
            "> Also from the weekend:\n"
            "> - Onsong (N. Hamgyong): ground broken yesterday (Sunday) for factories.\n"
            ">\n"
            "> On Fri, 7 Feb 2031 at 18:20, J. W. <jw@example.org> wrote:\n"
            ">> Kim broke ground yesterday in Yonsan County for the county hospital.\n")
    found = keys(run(extractor, text, "2031-02-12", "en"))
    assert found == {("Hoeryong", "completion", "2031-02-11"),
                     ("Onsong", "groundbreaking", "2031-02-09"),
                     ("Yonsan", "groundbreaking", "2031-02-06")}


def test_kju_at_the_site_on_a_chronology_line_is_a_visit(extractor: Extractor) -> None:
    text = ("Chronology: regional development, 2031\n"
            "Last revised: 10.02.2032 (Tue) · a research desk\n"
            "Dates are given as DD.MM.YYYY. \"KJU\" = Kim Jong Un present.\n\n"
            "09.06.2031 — KJU at the Onsong hospital site; criticises the builders.\n"
            "19.11.2031 — Onsong County Hospital inaugurated, KJU present.\n")
    found = keys(run(extractor, text, "2032-02-10", "en"))
    assert found == {("Onsong", "leader_visit", "2031-06-09"),
                     ("Onsong", "completion", "2031-11-19")}


def test_a_channel_export_s_post_stamps_date_their_posts(extractor: Extractor) -> None:
    text = ("텔레그램 채널 「한줄속보」 게시물 모음\n"
            "내보낸 날짜: 2032.02.08 (일) 22:14 · 게시물 3건\n\n"
            "━━━━━━━━━━━━━━━\n"
            "📌 2032.01.30 (금) 07:02\n"
            "[속보] 어제 황남 벽성군 지방발전 착공식. 김정은 참석\n\n"
            "━━━━━━━━━━━━━━━\n"
            "📌 2032.02.04 (수) 06:48\n"
            "어제 함북 온성군, 황북 연산군 착공식. 당비서 참석, 김정은 불참\n")
    found = keys(run(extractor, text, "2032-02-08", "ko"))
    assert found == {("Pyoksong", "groundbreaking", "2032-01-29"),
                     ("Onsong", "groundbreaking", "2032-02-03"),
                     ("Yonsan", "groundbreaking", "2032-02-03")}


def test_a_record_s_event_field_under_its_title_dates_the_title_s_event(
    extractor: Extractor,
) -> None:
    text = ("Board export: regional desk — year-end wrap (plain text)\n"
            "Exported Mon 5 Jan 2032 by a desk editor · 2 cards\n\n"
            "[Card] Onsong — factories + county hospital opened\n"
            "  Event: 29 Dec. Kim Jong Un attended.\n\n"
            "[Card] Yonsan — factories opened\n"
            "  Event: 26 Dec. The premier cut the tape.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "completion", "2031-12-29"),
                     ("Yonsan", "completion", "2031-12-26")}


def test_a_chat_app_export_s_message_stamps_date_each_message(extractor: Extractor) -> None:
    # Day first, as the stamps show ("16/12"): each message's "yesterday" counts from its own
    # stamp, and a bare "03/12" in one message follows the same order.
    text = ("WhatsApp Chat with desk (H + T)\n"
            "Exported 20/12/2031 · 40 messages\n\n"
            "[16/12/2031, 07:52] Hannah R: Yesterday: Onsong factories opened, KJU cut the tape.\n"
            "[17/12/2031, 09:03] Tomasz W: Yonsan opened yesterday. Factories and a grain "
            "management facility too.\n"
            "[19/12/2031, 07:46] Hannah R: On 03/12 he walked through Pyoksong before it "
            "opened. Pyoksong factories opened yesterday.\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-16"),
                     ("Pyoksong", "leader_visit", "2031-12-03"),
                     ("Pyoksong", "completion", "2031-12-18")}


def test_korean_chronology_section_heading_marked_apart_leads_its_slashed_items(
    extractor: Extractor,
) -> None:
    # "■ … (지방공업공장 준공식)" among "- " rows heads the rows under it; a row's items are
    # set apart by " / ", each with its own day.
    text = ("북한 보도 연표 — 지방발전 1년 차\n"
            "북한산업팀 | 작성 2032.02.14.(토) | 정리 연구원\n\n"
            "일러두기: 날짜는 행사일. (김) = 김정은 참석 보도.\n\n"
            "■ 2031년\n"
            "- 2.28. 함경북도 온성군 지방공업공장 첫 착공식(김). 김정은 연설.\n"
            "- 3월 상순 연산군·벽성군 지방공업공장 착공(3.11. 보도).\n\n"
            "■ 2032년 (지방공업공장 준공식)\n"
            "- 1.7. 온성군(김): 원료 보장 지시.\n"
            "- 1.10. 연산군 / 1.12. 벽성군\n")
    found = keys(run(extractor, text, "2032-02-14", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03"),
                     ("Onsong", "completion", "2032-01-07"),
                     ("Yonsan", "completion", "2032-01-10"),
                     ("Pyoksong", "completion", "2032-01-12")}


def test_a_dossier_s_status_codes_and_year_month_columns(extractor: Extractor) -> None:
    # A legend of codes ("GB = ground-breaking, VIS = leader visit") set apart from the
    # dates by several spaces, and a year-month standing as a column of its own.
    text = ("NORTH HAMGYONG — site dossier (working file)\n"
            "Last edited 2032-05-02 (Sun) by H.V. · status codes: GB = ground-breaking, "
            "VIS = leader visit, OPN = opening\n\n"
            "== ONSONG COUNTY (온성군) — 2031 cohort ==\n"
            "  GB   2031-03        factories; no day given\n"
            "  VIS  2031-10        KJU on site (KCNA)\n\n"
            "== YONSAN COUNTY (연산군) — 2032 cohort ==\n"
            "  GB   2032-02-27     factories; speech by a regiment commander\n")
    found = keys(run(extractor, text, "2032-05-02", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Onsong", "leader_visit", "2031-10"),
                     ("Yonsan", "groundbreaking", "2032-02-27")}


def test_an_appearances_timeline_s_inspections_are_the_leader_s_visits(
    extractor: Extractor,
) -> None:
    text = ("KIM JONG UN AND \"20x10\": APPEARANCES TIMELINE, 2031\n"
            "Compiled Wed 31 Dec 2031 by a tracking unit · format: date | place | what | role\n\n"
            "2031-10-05 | Onsong County, N. Hamgyong | factories under construction | inspection\n"
            "2031-12-20 | Onsong County | inauguration of the factories | attended, cut tape\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert found == {("Onsong", "leader_visit", "2031-10-05"),
                     ("Onsong", "completion", "2031-12-20")}


def test_a_channel_s_posts_stamped_day_first_on_lines_of_their_own(
    extractor: Extractor,
) -> None:
    text = ("📌 Factory Watch (channel) — posts 20–31 January 2032\n"
            "Saved from the web client on 31.01.2032 · post times as shown (UTC+9)\n"
            "20.01.2032 18:10\n"
            "Onsong County (N. Hamgyong) — regional industry factories inaugurated today.\n\n"
            "25.01.2032 09:30\n"
            "Yonsan County (N. Hwanghae) opened its three factories yesterday.\n\n"
            "💬 31.01.2032 19:55 (comment)\n"
            "Which one? There are two.\n")
    found = keys(run(extractor, text, "2032-01-31", "en"))
    assert found == {("Onsong", "completion", "2032-01-20"),
                     ("Yonsan", "completion", "2032-01-24")}


def test_the_day_an_item_was_captured_is_no_day_of_its_event(extractor: Extractor) -> None:
    text = ("Feed clippings: regional development, week of 13–21 January 2032\n"
            "Monitoring desk | sheet exported Wednesday, 21 January 2032, 08:30 KST\n\n"
            "[01] captured 13 Jan 2032 09:12 | KCNA (English) | \"Regional-industry factories "
            "inaugurated in Onsong County\"\n"
            "Excerpt: \"Modern regional-industry factories were inaugurated in Onsong County, "
            "North Hamgyong Province, on January 12.\"\n")
    found = keys(run(extractor, text, "2032-01-21", "en"))
    assert found == {("Onsong", "completion", "2032-01-12")}


def test_a_transcript_answer_to_where_were_they_takes_the_day_of_the_question(
    extractor: Extractor,
) -> None:
    text = ("Podcast transcript: \"Shovels again\"\n"
            "Desk podcast | episode transcript | posted Monday, February 9, 2032 | host T. G., "
            "guest A. W.\n\n"
            "TOM G: Let's start with the construction news. Friday brought another round of "
            "ground-breaking ceremonies. Where were they?\n\n"
            "ANA W: Four places. Onsong County up in North Hamgyong; Yonsan County in North "
            "Hwanghae; Pyoksong County in South Hwanghae; and Hoeryong City.\n\n"
            "TOM G: Who showed up?\n\n"
            "ANA W: Provincial officials. Kim was not there.\n")
    found = keys(run(extractor, text, "2032-02-09", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-02-06"),
                     ("Yonsan", "groundbreaking", "2032-02-06"),
                     ("Pyoksong", "groundbreaking", "2032-02-06"),
                     ("Hoeryong", "groundbreaking", "2032-02-06")}


def test_a_chat_export_s_stamps_with_full_dates_date_their_messages(
    extractor: Extractor,
) -> None:
    # On the message's line or on a line of their own above it, its weekday before or
    # after the date.
    text = ("~openings (channel export)\n"
            "Exported 2032-02-04 18:12 KST by a desk editor · 3 messages\n\n"
            "[2032-01-29 Thu 20:41] h.ok: KCNA evening file: Onsong County opened its three "
            "factories today.\n"
            "[2032-02-02 Mon 10:30]\n"
            "r.me: catching up: Yonsan (N. Hwanghae) opened yesterday.\n"
            "[Wed 2032-02-04 08:02] a.m: Pyoksong opened yesterday.\n")
    found = keys(run(extractor, text, "2032-02-04", "en"))
    assert found == {("Onsong", "completion", "2032-01-29"),
                     ("Yonsan", "completion", "2032-02-01"),
                     ("Pyoksong", "completion", "2032-02-03")}


def test_korean_sites_listed_with_their_facilities_and_particles(extractor: Extractor) -> None:
    text = ("[통일전망대] 사흘 동안 착공 러시\n"
            "방송 원고 | 2031년 3월 1일(토) 방송\n\n"
            "[기자]\n"
            "그리고 어제(28일) 다시 세 곳에서 착공식이 이어졌습니다. 함경북도 온성군의 공장과 "
            "휴양시설, 황해북도 연산군의 공장들, 그리고 황해남도 벽성군의 제지공장입니다.\n")
    found = keys(run(extractor, text, "2031-03-01", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-02-28"),
                     ("Pyoksong", "groundbreaking", "2031-02-28")}


def test_a_source_column_s_date_is_the_report_s_not_the_event_s(extractor: Extractor) -> None:
    text = ("Ground-breakings (tab \"GB-2032\"), pasted from a shared sheet\n"
            "exported 03.03.2032 by a desk editor · columns separated by \" | \"\n"
            "LEGEND: date = day of the ceremony, dd.mm, all in 2032 (\"late Feb\" = day not "
            "reported) · src = where we read it (dd.mm of the report)\n\n"
            "date | county | province | what | who | src\n"
            "27.02 | Onsong | N. Hamgyong | factories | regiment commanders | KCNA 28.02\n"
            "late Feb | Yonsan | N. Hwanghae | factories | — | foreign relay 26.02\n")
    found = keys(run(extractor, text, "2032-03-03", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-02-27"),
                     ("Yonsan", "groundbreaking", "2032-02")}


def test_a_worklog_s_entry_headings_and_its_short_yesterday(extractor: Extractor) -> None:
    text = ("worklog_openings.txt  (private notes)\n"
            "last entry: Wed 12.02.2031\n\n"
            "Conventions: dates dd.mm.; \"today\"/\"yest.\" = relative to the entry heading.\n\n"
            "Thu 09.01.\n"
            "- Onsong (N. Hamgyong) opened yest. Officials present.\n\n"
            "Sat 08.02.\n"
            "- Yonsan opened yest. Attendance ?.\n")
    found = keys(run(extractor, text, "2031-02-12", "en"))
    assert found == {("Onsong", "completion", "2031-01-08"),
                     ("Yonsan", "completion", "2031-02-07")}


def test_a_columns_legend_is_the_header_of_a_table_without_one(extractor: Extractor) -> None:
    text = ("Tracker — cohort sheet (export, partial)\n"
            "Regional tracker | sheet \"cohort_2031\", exported Thursday, 12 February 2032, "
            "08:15 KST | internal\n"
            "Columns: county (KCNA) | alt. spelling | province | ground broken | Kim at start | "
            "inaugurated | Kim at opening\n"
            "Codes: Y = Kim present; N = others named; ? = no information.\n\n"
            "Onsong | Onsŏng | North Hamgyong | 2031-02-28 | Y | 2031-12-20 | Y\n"
            "Yonsan | Yŏnsan | North Hwanghae | 2031-03 | ? | 2032-01-08 | N\n")
    found = keys(run(extractor, text, "2032-02-12", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Yonsan", "completion", "2032-01-08")}


def test_korean_count_of_sites_and_a_few_words_before_the_colon_of_their_list(
    extractor: Extractor,
) -> None:
    text = ("북한팀 모니터링방 님과 카카오톡 대화\n"
            "저장한 날짜 : 2031년 3월 1일 토요일 오전 9:02\n\n"
            "--------------- 2031년 2월 28일 금요일 ---------------\n"
            "[오현아] [오전 7:55] 어제 착공 6곳 한꺼번에 나왔어요: 온성군, 연산군, 벽성군. "
            "전부 지방공업공장.\n"
            "[백도윤] [오전 8:03] 넵\n")
    found = keys(run(extractor, text, "2031-03-01", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Yonsan", "groundbreaking", "2031-02-27"),
                     ("Pyoksong", "groundbreaking", "2031-02-27")}


def test_korean_outline_items_that_list_the_sites_each_report_gave(extractor: Extractor) -> None:
    # The numbered heading names the ceremony; each lettered item gives the day of a report
    # and the sites it listed, so the ceremonies fall some day of that month.
    text = ("북한 지방공업공장 착공 현황 정리\n"
            "내부 메모 | 작성 2031.3.12.(수) | 자료: 조선중앙통신\n\n"
            "2. 착공 현황\n"
            "(가) 2.28.(금) 함경북도 온성군: 첫 착공식. 김정은 참석.\n\n"
            "(나) 3.7.(금) 보도분, 2곳: 황해북도 연산군, 황해남도 벽성군.\n"
            "- 보도문은 \"이달 초 착공식이 진행되였다\"고만 씀.\n\n"
            "(다) 3.11.(화) 보도분, 2곳: 평안북도 룡천군, 평안북도 철산군.\n"
            "- 참석자 명단 없음.\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03"),
                     ("Ryongchon", "groundbreaking", "2031-03"),
                     ("Cholsan", "groundbreaking", "2031-03")}
    lettered = ("북한 지방발전 20×10 정책 착공 현황\n"
                "연구원 동향 | 2031. 3. 20.(목) | 작성: 북한경제팀\n\n"
                "1. 개요\n"
                "  가. 첫 착공식은 2월 28일 함경북도 온성군에서 열렸음.\n"
                "  나. 이후 북한 매체는 두 차례에 걸쳐 나머지 시·군의 착공 소식을 전함.\n\n"
                "2. 착공 지역(나머지 시·군)\n"
                "  가. 3월 7일 보도(2곳): 황해북도 연산군, 황해남도 벽성군\n"
                "  나. 3월 11일 보도(2곳): 평안북도 룡천군·철산군\n"
                "  다. 참석자: 김정은의 참석은 언급되지 않음.\n\n"
                "3. 평가\n"
                "  가. 한 달도 안 되는 기간에 착공을 마침.\n")
    found = keys(run(extractor, lettered, "2031-03-20", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03"),
                     ("Ryongchon", "groundbreaking", "2031-03"),
                     ("Cholsan", "groundbreaking", "2031-03")}


def test_korean_numbered_headings_of_the_day_a_report_gave_over_lines_of_its_sites(
    extractor: Extractor,
) -> None:
    text = ("연구 일지 — 지방발전 20×10 착공 현황 (업무용 메모)\n"
            "2031.03.12 (수) 오전 작성 / 지역팀\n\n"
            "■ 오늘 정리할 것: 지난 2주간 착공 보도 전체. 보도일과 착공일을 구분할 것!\n\n"
            "1) 2월 28일(금) — 함경북도 온성군\n"
            " - 김정은 직접 참석. 연설 후 첫 삽.\n\n"
            "2) 3월 7일(금) 보도분 — 2개 시·군\n"
            " - 황북 연산군, 황남 벽성군\n"
            " - ※ 7일은 '보도일'. 착공은 \"3월 초\"로만 기록.\n\n"
            "3) 3월 11일(화, 어제) 보도분 — 2개 시·군\n"
            " - 평북 룡천군, 평북 철산군\n"
            " - 이쪽도 기사에 개별 날짜 없음.\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03"),
                     ("Ryongchon", "groundbreaking", "2031-03"),
                     ("Cholsan", "groundbreaking", "2031-03")}


def test_a_log_of_the_leaders_appearances_with_the_event_after_the_place_on_each_line(
    extractor: Extractor,
) -> None:
    # Each dated line names the place, then tells what he did there in a sentence of its own:
    # a site under construction is his visit, an inspection is his, and a second opening in
    # the same county keeps the day of its own line.
    text = ("Kim Jong Un at 20x10 sites, 2031: working chronology\n"
            "Regional desk | posted Monday, 5 January 2032\n\n"
            "Scope: his reported appearances. \"GB\" = ground-breaking, \"Inaug.\" = "
            "inauguration ceremony.\n\n"
            "- 28 Feb 2031 — Onsong County (North Hamgyong). GB of the factories; speech.\n"
            "- 2 Jun 2031 — Onsong. Hospital and leisure complex under construction.\n"
            "- 19 Nov 2031 — Yonsan County (North Hwanghae). Inspection of the factories; "
            "says the plenary will review the year.\n"
            "- 20 Nov 2031 — Onsong. Inaug. of the county hospital.\n"
            "- 15 Dec 2031 — Onsong. Inaug. of the factories.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "leader_visit", "2031-06-02"),
                     ("Yonsan", "leader_visit", "2031-11-19"),
                     ("Onsong", "completion", "2031-11-20"),
                     ("Onsong", "completion", "2031-12-15")}


def test_channel_posts_stamped_month_day_pass_on_an_outlets_undated_ceremonies(
    extractor: Extractor,
) -> None:
    # Each post is the news of its day: the ceremonies were held some day of that month.
    text = ("[텔레그램] 북녘경제 브리핑 채널 — 게시물 모음 (3/7~3/11)\n"
            "내보내기: 2031-03-11 (화) 12:30 · 채널 관리자\n\n"
            "────────────────\n"
            "📌 3/7(금) 18:20\n"
            "[속보] 조선중앙통신: 지방발전 20×10 정책 대상 2곳 착공\n"
            "▪️ 평북 룡천군\n"
            "▪️ 함북 온성군\n"
            "※ 착공식 날짜는 기사에 안 나옴.\n"
            "👁 2.3K\n\n"
            "────────────────\n"
            "📌 3/10(월) 10:15\n"
            "[속보] 조선중앙통신 오늘 보도: 나머지 2곳도 착공\n"
            "▪️ 황북 연산군\n"
            "▪️ 황남 벽성군\n"
            "👁 2.8K\n")
    found = keys(run(extractor, text, "2031-03-11", "ko"))
    assert found == {("Ryongchon", "groundbreaking", "2031-03"),
                     ("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03")}


def test_a_chronologys_policy_lines_whose_actor_is_named_after_the_meeting(
    extractor: Extractor,
) -> None:
    text = ("Annex B — Chronology: Regional Development 20x10 Policy\n"
            "Briefing book · compiled 20 February 2032 · prepared by the secretariat\n\n"
            "Dates are event dates. Entries marked (KJU) are those at which Kim Jong Un was "
            "reported present.\n\n"
            "2031\n"
            "28 Feb — First ground-breaking, Onsong County (North Hamgyong). Kim speaks. (KJU)\n"
            "31 Aug — Consultative meeting on regional development. Kim adds hospitals and "
            "grain management facilities to the policy. (KJU)\n"
            "late Dec — 11th Plenary Meeting of the 9th CC: health facilities (hospitals) "
            "formally added as a task for 2032.\n")
    events = run(extractor, text, "2032-02-20", "en")
    policy = sorted(e.date for e in events if e.event_type == "policy_announcement")
    assert policy == ["2031-08-31", "2031-12"]


def test_a_chronologys_telegraphic_line_of_a_facility_finished(extractor: Extractor) -> None:
    text = ("Chronology: Regional Development 20x10 Policy\n"
            "Briefing book · compiled 20 February 2032\n\n"
            "2031\n"
            "28 Dec — Onsong County (North Hamgyong): model offshore aquaculture base finished; "
            "to be copied by coastal counties.\n"
            "30 Dec — Yonsan County (North Hwanghae): regional-industry factories finished and "
            "handed over.\n")
    found = keys(run(extractor, text, "2032-02-20", "en"))
    assert found == {("Onsong", "completion", "2031-12-28"),
                     ("Yonsan", "completion", "2031-12-30")}


def test_a_bracketed_korean_column_legend_tells_the_report_day_from_the_event_day(
    extractor: Extractor,
) -> None:
    text = ("북한 매체 모니터링 시트 — '지방발전' 탭 텍스트 내보내기\n"
            "작성: 2031-10-31 (금) 17:30 / 담당: 모니터링팀\n\n"
            "[열 설명] 보도일 | 매체 | 지역 | 내용 요약 | 사건일 | 구분 | 비고\n\n"
            "2031-06-03 | 조선중앙통신 | 함북 온성군 | 김정은, 온성군병원 건설장 현지지도 | "
            "6.2 | 방문 |\n"
            "2031-09-13 | 로동신문 | 황북 연산군 | 김정은, 연산군병원 건설장 현지지도 | "
            "9.12 | 방문 |\n"
            "2031-10-09 | 로동신문 | 황남 벽성군 | 지방공업공장 골조 공사 완료 | (보도일 기준) | "
            "공사 |\n")
    found = keys(run(extractor, text, "2031-10-31", "ko"))
    assert found == {("Onsong", "leader_visit", "2031-06-02"),
                     ("Yonsan", "leader_visit", "2031-09-12"),
                     ("Pyoksong", "construction_progress", "2031-10-09")}


def test_a_note_of_sites_still_pending_after_a_ceremony_is_no_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Media watch: an inauguration today\n"
            "Media monitoring log | Tuesday 16 December 2031 | items in order of receipt\n\n"
            "1320 KCNA (Korean), flash: inauguration of the regional industry factories in "
            "Onsong County (North Hamgyong) \"held today\". Full text pending.\n\n"
            "Editor's notes\n"
            "- Still pending this month, according to earlier reports: Yonsan, Pyoksong.\n")
    found = keys(run(extractor, text, "2031-12-16", "en"))
    assert found == {("Onsong", "completion", "2031-12-16")}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_change_log_lists_edits_not_events(extractor: Extractor, language: str) -> None:
    if language == "en":
        text = ("20x10 openings tracker (rev. 3)\n"
                "Regional desk | updated Friday, 2 January 2032\n\n"
                "| # | County | Province | Opened |\n|---|---|---|---|\n"
                "| 1 | Onsong | North Hamgyong | 2031-12-15 |\n"
                "| 2 | Yonsan | North Hwanghae | 2031-12-18 |\n\n"
                "Change log: rev. 3 moved Yonsan from 19 Dec (report date) to 18 Dec; rev. 2 "
                "added Pyoksong's opening of 20 Dec, withdrawn in rev. 3.\n")
        expected = {("Onsong", "completion", "2031-12-15"), ("Yonsan", "completion", "2031-12-18")}
        published = "2032-01-02"
    else:
        text = ("2032년 지방발전 20×10 착공 현황표\n"
                "최종 수정: 2032-03-04 (목) 17:20 · 작성: 북한경제팀\n\n"
                "번호\t착공일\t도\t시·군\n"
                "1\t2032-02-26\t함북\t온성군\n"
                "2\t2032-02 하순\t황북\t연산군\n\n"
                "[수정 이력]\n"
                "2032-03-04: 1행 온성군 착공일 2/27 → 2/26.\n"
                "2032-03-02: 벽성군 착공 행 삭제(2/28 보도는 오보).\n")
        expected = {("Onsong", "groundbreaking", "2032-02-26"),
                    ("Yonsan", "groundbreaking", "2032-02")}
        published = "2032-03-04"
    assert keys(run(extractor, text, published, language)) == expected


def test_korean_day_headings_marked_like_items_date_every_row_under_them(
    extractor: Extractor,
) -> None:
    text = ("주간 북한동향 — 지방발전 20×10 정책 관련 준공 동향 (12.15~12.21)\n"
            "제1702호 | 발간 2031.12.22. | 북한정보분석과\n\n"
            "□ 일자별 동향\n"
            " ㅇ 12.15.(월)\n"
            "  - 함경북도 온성군 지방공업공장 준공식 : 김정은 참석\n"
            "  - 황해북도 연산군 지방공업공장 준공식 : 도당 책임비서 준공사 (12.3. 현지 점검)\n"
            "  - 황해남도 벽성군 지방공업공장 준공식 : 참석자 미보도\n"
            " ㅇ 12.18.(목)\n"
            "  - 평안북도 룡천군 지방공업공장 준공식 : 김정은 참석\n"
            "  - 평안북도 철산군 지방공업공장 준공식 : 참석자 미보도\n")
    found = keys(run(extractor, text, "2031-12-22", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15"),
                     ("Ryongchon", "completion", "2031-12-18"),
                     ("Cholsan", "completion", "2031-12-18")}


def test_an_export_whose_kind_column_names_visits_and_rows_without_a_place(
    extractor: Extractor,
) -> None:
    # A dated row with no place ("(several sites)") is a row of the export, not the heading
    # of the rows after it; "VISIT" in the kind column is the leader's visit.
    text = ("kju_appearances.csv — Kim Jong Un and the 20x10 policy\n"
            "Exported Mon 2032-02-02 08:15 from the team sheet, maintainer: p.hwang\n\n"
            "# kind = GB ground-breaking | OPEN inauguration | VISIT inspection/tour\n"
            "#\n"
            "id,date,kind,place,province,kju,status,note\n"
            "1,2031-02-28,GB,Onsong,North Hamgyong,Y,ok,\"first GB; speech\"\n"
            "2,2031-08-24,VISIT,(several sites),-,Y,ok,\"2-day tour of unnamed sites\"\n"
            "3,2031-10,VISIT,Yonsan,North Hwanghae,Y,ok,\"day not in our sources\"\n"
            "4,2031-12-20,OPEN,Onsong,North Hamgyong,Y,ok,\"first opening\"\n")
    found = keys(run(extractor, text, "2032-02-02", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "leader_visit", "2031-10"),
                     ("Onsong", "completion", "2031-12-20")}


def test_a_numbered_items_rows_take_no_lead_from_the_item_before(extractor: Extractor) -> None:
    # The rows under "2)" are the openings the headline tells, not the ground-breaking a
    # line of item 1 mentions.
    text = ("[취재메모] 지방발전 준공 러시 — 12/15~16 정리 (내부용)\n"
            "2031.12.17 (수) 08:40 | 통일외교팀\n\n"
            "1) 어제(16일) 황북 연산군\n"
            "- 공장 준공. 도당 비서 준공사.\n"
            "- 2월 26일 착공 때 같이 시작한 곳. (착공식 참석자 기록 없음)\n\n"
            "2) 그저께(15일) 2곳 동시\n"
            "- 함북 온성군: 공장들 + 종합봉사소. 김O.\n"
            "- 황남 벽성군: 도당 비서 준공사.\n")
    found = keys(run(extractor, text, "2031-12-17", "ko"))
    assert found == {("Yonsan", "completion", "2031-12-16"),
                     ("Yonsan", "groundbreaking", "2031-02-26"),
                     ("Onsong", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15")}


def test_a_monitoring_logs_item_stamps_date_the_items_not_their_events(
    extractor: Extractor,
) -> None:
    text = ("MEDIA MONITORING LOG -- DPRK regional development (20x10) -- shift notes\n"
            "Compiled Wed 17 Dec 2031, 0930 KST | desk: econ/provinces | revision 2\n\n"
            "---\n"
            "[KCNA-E 16 Dec 0105] Onsong County (N Hamgyong): regional industry factories "
            "inaugurated 15 Dec. Kim Jong Un attended.\n\n"
            "[RS 16 Dec, p.2] Feature on Yonsan recalls that Kim Jong Un went round the Yonsan "
            "factories on 3 Dec, before they opened.\n\n"
            "[KCNA-K 17 Dec 0030] Pyoksong County (S Hwanghae): factories inaugurated "
            "yesterday.\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "leader_visit", "2031-12-03"),
                     ("Pyoksong", "completion", "2031-12-16")}


def test_open_items_whose_ceremonies_are_not_yet_reported_are_no_events(
    extractor: Extractor,
) -> None:
    text = ("MEDIA MONITORING LOG -- shift notes\n"
            "Compiled Wed 17 Dec 2031, 0930 KST | desk: econ/provinces\n\n"
            "[KCNA-E 16 Dec 0105] Onsong County (N Hamgyong): regional industry factories "
            "inaugurated 15 Dec.\n\n"
            "OPEN ITEMS\n"
            "  - Yonsan, Pyoksong: ceremonies not yet reported; watch 18-19 Dec.\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert found == {("Onsong", "completion", "2031-12-15")}


def test_a_dated_list_under_a_remark_that_other_days_are_left_out_is_the_headlines(
    extractor: Extractor,
) -> None:
    text = ("[정리] 지방발전 20×10 첫해 준공 날짜 총정리\n"
            "느린공부방 · 2032. 2. 12. 14:20 · 조회 1,284\n\n"
            "어제 벽성군까지 끝났네요. 날짜는 준공식 날짜입니다.\n\n"
            "시작은 31.2.28 온성군 착공식(김정은이 직접 첫 삽). 나머지 착공 날짜는 통신이 "
            "밝히지 않아서 생략했어요.\n\n"
            "1. 온성군(함북) 31.12.20\n"
            "2. 연산군(황북) 32.1.7\n"
            "3. 벽성군(황남) 32.2.11\n")
    found = keys(run(extractor, text, "2032-02-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "completion", "2032-01-07"),
                     ("Pyoksong", "completion", "2032-02-11")}


def test_dated_section_headings_that_count_the_sites_on_the_line_below(
    extractor: Extractor,
) -> None:
    text = ("[북한 지방발전 노트 #9] 2031년 두 번째 해 착공 총정리 (2월 하순)\n"
            "작성 2031. 3. 2. 21:14 · 블로그 '평양 밖 이야기'\n\n"
            "안녕하세요. 지방발전 20×10 정책에 따라 2월 하순에 착공식이 몰려서 정리해 봅니다.\n\n"
            "■ 2월 26일 — 황해북도 연산군\n"
            "공장과 양곡관리소를 같이 짓는 첫 사례.\n\n"
            "■ 2월 27일 — 세 곳\n"
            "평남 북창군, 함북 온성군, 황남 벽성군.\n"
            "각 착공식에서는 연대장들이 연설했고, 김정은은 없었습니다.\n\n"
            "■ 2월 28일 — 두 곳\n"
            "평북 룡천군, 평북 철산군.\n"
            "참석자 명단은 보도마다 달라서 정리하지 않았습니다.\n\n"
            "댓글 6 · 공감 21\n")
    found = keys(run(extractor, text, "2031-03-04", "ko"))
    assert found == {("Yonsan", "groundbreaking", "2031-02-26"),
                     ("Pukchang", "groundbreaking", "2031-02-27"),
                     ("Onsong", "groundbreaking", "2031-02-27"),
                     ("Pyoksong", "groundbreaking", "2031-02-27"),
                     ("Ryongchon", "groundbreaking", "2031-02-28"),
                     ("Cholsan", "groundbreaking", "2031-02-28")}


def test_a_slide_headed_by_the_opening_sequence_lists_openings(extractor: Extractor) -> None:
    text = ("Slides (text export): \"Year one of the 20×10 policy\"\n"
            "Presented Fri 14 March 2032 · speaker: A. Whitfield\n\n"
            "--- Slide 2: How it started ---\n"
            "• 28 Feb 2031 — first ground-breaking, Onsong County (N. Hamgyong); Kim speaks\n\n"
            "--- Slide 3: The opening sequence (selected) ---\n"
            "• 20 Dec 2031 — Onsong (Kim present)\n"
            "• 8 Jan 2032 — Yonsan\n"
            "• 30 Jan 2032 — Pyoksong\n"
            "Speaker notes: the slide is selective.\n")
    found = keys(run(extractor, text, "2032-03-14", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "completion", "2032-01-08"),
                     ("Pyoksong", "completion", "2032-01-30")}


def test_korean_places_joined_by_middle_dots_share_the_day_in_brackets_after_them(
    extractor: Extractor,
) -> None:
    text = ("통일부 정례브리핑 (북한 동향 관련 질의응답 발췌)\n"
            "2031. 12. 22.(월) 10:30 | 정부서울청사 | 속기록 발췌본\n\n"
            "[부대변인] 북한 매체 보도를 종합하면 16일부터 20일까지 황해북도 연산군(16일), "
            "함경북도 온성군·황해남도 벽성군·평안북도 룡천군(18일), 평안북도 철산군(20일)에서 "
            "지방공업공장 준공식이 있었습니다.\n")
    found = keys(run(extractor, text, "2031-12-22", "ko"))
    assert found == {("Yonsan", "completion", "2031-12-16"),
                     ("Onsong", "completion", "2031-12-18"),
                     ("Pyoksong", "completion", "2031-12-18"),
                     ("Ryongchon", "completion", "2031-12-18"),
                     ("Cholsan", "completion", "2031-12-20")}


def test_a_digests_numbered_item_header_dates_the_item_not_the_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Feed digest: KCNA items on the 2032 ground-breakings (week 6)\n"
            "Open Sources | feed digest FD-2032-06 | compiled Sunday, 8 February 2032\n\n"
            "[1] KCNA, 30 Jan 2032, 06:14 – \"Respected Comrade Kim Jong Un Breaks Ground for "
            "Regional Development Projects in Onsong County\"\n"
            "The item says Kim Jong Un on January 29 attended the ground-breaking ceremony in "
            "Onsong County, North Hamgyong Province.\n\n"
            "[2] KCNA, 4 Feb 2032, 06:02 – \"Construction Begins in Different Parts\"\n"
            "Ground-breaking ceremonies took place on February 3 in Yonsan County.\n")
    found = keys(run(extractor, text, "2032-02-08", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-01-29"),
                     ("Yonsan", "groundbreaking", "2032-02-03")}


def test_a_dated_colon_heading_goes_on_with_the_ceremony_of_the_list_before(
    extractor: Extractor,
) -> None:
    text = ("KOREA WATCH WEEKLY — No. 112 — \"Inauguration season, week two\"\n"
            "Monday 22 December 2031 | Editor: Hal Brannock\n\n"
            "THE WEEK IN OPENINGS (all dates KST)\n\n"
            "Tue 16 Dec — ONSONG (N. Hamgyong). Factories. No Kim.\n\n"
            "Wed 17 Dec — nothing reported.\n\n"
            "Thu 18 Dec — two counties on one day:\n"
            "  • YONSAN (N. Hwanghae) — provincial chief secretary.\n"
            "  • PYOKSONG (S. Hwanghae) — provincial chief secretary.\n"
            "  Kim attended neither.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert found == {("Onsong", "completion", "2031-12-16"),
                     ("Yonsan", "completion", "2031-12-18"),
                     ("Pyoksong", "completion", "2031-12-18")}


def test_a_chat_messages_undated_ceremony_is_of_the_day_line_above_it(
    extractor: Extractor,
) -> None:
    text = ("#dprk-regional-dev — channel history export\n"
            "Exported 2031-12-17 (Wed) 08:42 KST by a.said · 6 messages · times in KST\n\n"
            "--- Monday, December 15, 2031 ---\n"
            "[18:02] minji.k: KCNA evening batch is out. Onsong County (N. Hamgyong): regional "
            "industry factories inaugurated. KJU there, cut the tape.\n"
            "[18:40] tom.r: noted.\n\n"
            "--- Tuesday, December 16, 2031 ---\n"
            "[17:36] tom.r: Yonsan County (N. Hwanghae): factories inaugurated today.\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-16")}


def test_a_transcript_whose_speakers_are_marked_answers_with_the_sites(
    extractor: Extractor,
) -> None:
    # "◇"/"◆" mark the speakers' turns: a conversation about ground-breakings, whose answers
    # name the day and then the sites without a verb.
    text = ("[대담] 올해 착공식 정리\n"
            "방송: 2032년 2월 9일(월) 07:20 / 진행: 문가은 / 출연: 백승우\n\n"
            "◇ 문가은: 올해도 착공식 소식이 이어지고 있죠. 첫 착공식은 언제였습니까?\n\n"
            "◆ 백승우: 1월 29일 함경북도 온성군이었습니다. 김정은 위원장이 직접 첫 삽을 "
            "떴습니다.\n\n"
            "◇ 문가은: 그다음은요?\n\n"
            "◆ 백승우: 화요일, 3일이죠. 황해북도 연산군, 그리고 황해남도 벽성군입니다. 두 곳 모두 "
            "당 비서가 참석했습니다.\n")
    found = keys(run(extractor, text, "2032-02-09", "ko"))
    assert found == {("Onsong", "groundbreaking", "2032-01-29"),
                     ("Yonsan", "groundbreaking", "2032-02-03"),
                     ("Pyoksong", "groundbreaking", "2032-02-03")}


def test_a_dated_list_whose_first_line_tells_the_ceremony_the_others_share(
    extractor: Extractor,
) -> None:
    text = ("Field Notes from the Korea Desk — February 2032\n"
            "Newsletter of a health access network · published 9 February 2032\n"
            "Dear friends and partners,\n\n"
            "What happened so far (as reported by KCNA):\n\n"
            "29 January — Onsong County, North Hamgyong. The first ground-breaking of the year, "
            "with Kim Jong Un present.\n\n"
            "3 February — Yonsan County (North Hwanghae) and Pyoksong County (South Hwanghae). A "
            "party secretary attended both ceremonies.\n\n"
            "With warm regards,\nThe coordinator\n")
    found = keys(run(extractor, text, "2032-02-09", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-01-29"),
                     ("Yonsan", "groundbreaking", "2032-02-03"),
                     ("Pyoksong", "groundbreaking", "2032-02-03")}


def test_a_logs_opening_followed_by_its_date_is_an_opening(extractor: Extractor) -> None:
    text = ("CHANGELOG.md — county-level event dataset\n"
            "Latest release: v0.9.0, tagged 2032-01-05 · maintainer: @data\n\n"
            "## [0.8.3] — 2031-12-21\n"
            "### Added\n"
            "- Onsong (North Hamgyong) opening 2031-12-20; speech by a party secretary.\n"
            "- Yonsan (North Hwanghae), Pyoksong (South Hwanghae): openings 2031-12-15, no "
            "speaker reported.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15")}


def test_a_column_legend_over_rows_numbered_in_a_cell_it_does_not_name(
    extractor: Extractor,
) -> None:
    text = ("East coast 20x10 sites: status table\n"
            "Coast Monitor | Working table EC-3 | updated Wednesday, 24 December 2031\n\n"
            "Columns: site | province | cohort | start | opening | Kim at opening | notes\n\n"
            "01 | Onsong County | N. Hamgyong | 2030 | March 2030 (day n/r) | 12 January 2031 | "
            "no: provincial party secretary spoke | —\n"
            "02 | Yonsan County | N. Hwanghae | 2031 | 28 February 2031 | 15 December 2031 | "
            "yes | —\n")
    found = keys(run(extractor, text, "2031-12-24", "en"))
    assert found == {("Onsong", "groundbreaking", "2030-03"),
                     ("Onsong", "completion", "2031-01-12"),
                     ("Yonsan", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "completion", "2031-12-15")}


def test_whether_a_korean_ceremony_takes_place_is_no_ceremony(extractor: Extractor) -> None:
    text = ("북한 매체 모니터링 주간 일지: 지방발전 준공식\n"
            "한반도정세모니터 | 주간 일지 | 2031.12.22.(월) 발행\n\n"
            "12.15.(월) | 함경북도 온성군 | 지방공업공장 준공 | 김정은 참석\n\n"
            "■ 다음 주 주목\n"
            "- 황해북도 연산군, 황해남도 벽성군 등 남은 사업장의 준공 여부.\n")
    found = keys(run(extractor, text, "2031-12-22", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15")}


def test_a_korean_outlets_day_of_report_gives_its_ceremonies_month(
    extractor: Extractor,
) -> None:
    text = ("북한, 지방공장 착공 잇따라\n"
            "한빛일보 | 입력 2031.03.12 05:00 | 김하늘 기자\n\n"
            "북한이 올해 대상 시·군에서 지방공업공장 건설을 시작했다.\n\n"
            "조선중앙통신은 7일 함경북도 온성군과 황해북도 연산군 등 2곳에서 지방공업공장 "
            "착공식이 열렸다고 전했다.\n\n"
            "신문은 9일 열린 황해남도 벽성군 지방공업공장 착공식에서 도당 책임비서가 연설했다고 "
            "전했다.\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03-09")}


def test_korean_sites_a_report_made_public_take_its_ceremony_and_month(
    extractor: Extractor,
) -> None:
    text = ("북, 지방공업공장 추가 착공\n"
            "한빛일보 | 입력 2031.03.12 05:00 | 김하늘 기자\n\n"
            "조선중앙통신은 11일 \"여러 시·군들에서 지방공업공장 건설 착공식이 진행됐다\"며 "
            "2곳의 이름을 공개했다. 통신이 밝힌 지역은 함경북도 온성군과 황해북도 연산군이다.\n\n"
            "이번에 공개된 곳은 모두 올해 대상지다.\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03")}


def test_a_logs_opened_field_on_its_dateline_is_no_headline_ceremony(
    extractor: Extractor,
) -> None:
    text = ("SITE LOG: Onsong / Yonsan regional-industry sites\n"
            "Analyst: K. Hale | opened 2030-03-14 | last entry 2031-02-14 | imagery: commercial\n\n"
            "2030-03     [SM]  Ground-breaking reported for both sites: Onsong (N. Hamgyong), "
            "Yonsan (N. Hwanghae).\n"
            "2030-04-19  [IMG] Onsong: site cleared, foundations for three blocks.\n"
            "2030-05-30  [IMG] Yonsan: two blocks at second-storey level.\n"
            "2031-01-14  [SM]  Onsong factories inaugurated.\n")
    found = keys(run(extractor, text, "2031-02-14", "en"))
    assert found == {("Onsong", "groundbreaking", "2030-03"),
                     ("Yonsan", "groundbreaking", "2030-03"),
                     ("Onsong", "completion", "2031-01-14")}


def test_a_change_log_under_a_headings_mark_tells_no_events(extractor: Extractor) -> None:
    text = ("북한 지방발전 20×10 준공 동향 일지 (2031년 12월)\n"
            "한빛연구소 | 동향 일지 | 2031.12.31.(수) 작성\n\n"
            "■ 일지\n"
            "일자 | 지역 | 도 | 내용\n"
            "2031.12.15.(월) | 온성군 | 함경북도 | 지방공업공장 준공\n"
            "2031.12.20.(토) | 연산군 | 황해북도 | 지방공업공장 준공\n\n"
            "■ 수정 이력\n"
            "- 2031.12.22. 12.20. 행의 지역을 '벽성군(황해남도)'에서 '연산군(황해북도)'으로 수정. "
            "벽성군은 1년차 지역으로 2031년 1월 준공.\n"
            "- 2031.12.31. 12.15. 온성군 행의 준공식 연설자를 수정.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-20")}


def test_a_korean_note_that_a_report_is_not_confirmed_tells_no_ceremony(
    extractor: Extractor,
) -> None:
    text = ("북한 지방발전 20×10 준공 동향 일지 (2031년 12월)\n"
            "한빛연구소 | 동향 일지 | 2031.12.31.(수) 작성\n\n"
            "■ 일지\n"
            "일자 | 지역 | 도 | 내용\n"
            "2031.12.15.(월) | 온성군 | 함경북도 | 지방공업공장 준공\n"
            "2031.12.20.(토) | 장연군 | 황해남도 | 지방공업공장 준공\n\n"
            "■ 비고\n"
            "1. 연산군(황해북도), 벽성군(황해남도): 12월 중 준공 보도 확인 안 됨.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Jangyon", "completion", "2031-12-20")}


def test_ceremonies_reported_at_sites_on_a_day_and_more_on_another_take_the_months(
    extractor: Extractor,
) -> None:
    text = ("The first months of the 20x10 policy\n"
            "Working paper · posted 15 September 2030\n\n"
            "State media then reported ground-breakings at two further sites on 7 March — "
            "Onsong and Yonsan — and at two more on 11 March, among them Pyoksong and "
            "Jangyon. Neither report gave dates for the individual ceremonies.\n")
    found = keys(run(extractor, text, "2030-09-15", "en"))
    assert found == {("Onsong", "groundbreaking", "2030-03"),
                     ("Yonsan", "groundbreaking", "2030-03"),
                     ("Pyoksong", "groundbreaking", "2030-03"),
                     ("Jangyon", "groundbreaking", "2030-03")}


def test_a_source_lists_entry_day_is_its_items_and_that_day_counts_from_it(
    extractor: Extractor,
) -> None:
    text = ("Annotated source list: 20x10 ground-breakings (for the chapter draft)\n"
            "Compiled by R. Okafor, Monday 3 March 2031 — entries in order of publication\n\n"
            "1. KCNA (English), 7 Feb 2031. Report on the ground-breaking of the Onsong County "
            "Hospital. [Ceremony on 6 Feb, Kim present and spoke.]\n\n"
            "2. Diario Octubre (Spanish), 26 Feb 2031. [Ground-breakings \"in recent days\" for "
            "regional industry factories in Yonsan and Pyoksong counties. No exact days given.]\n\n"
            "3. VOK (English), 28 Feb 2031. Ceremonies held that day for regional industry "
            "factories in Jangyon County.\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06"),
                     ("Yonsan", "groundbreaking", "2031-02"),
                     ("Pyoksong", "groundbreaking", "2031-02"),
                     ("Jangyon", "groundbreaking", "2031-02-28")}


def test_a_pasted_sheet_named_for_its_openings_gives_its_rows_that_ceremony(
    extractor: Extractor,
) -> None:
    text = ("openings_2031_cohort.csv (sheet \"Dec wave\", pasted as text)\n"
            "exported 2031-12-24 08:15 by JH — all dates are ceremony dates as reported, KST\n\n"
            "date,county,province,facilities,kju,speaker,notes\n"
            "2031-12-15,Onsong,N Hamgyong,factories,N,provincial officials,\n"
            "2031-12-18,Yonsan,N Hwanghae,factories,Y,,daughter present\n")
    found = keys(run(extractor, text, "2031-12-24", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-18")}


def test_a_korean_lettered_item_opening_with_its_day_over_counties_is_a_row(
    extractor: Extractor,
) -> None:
    text = ("북한 지방발전 정책 주간 동향 (제9호)\n"
            "작성일: 2031. 3. 4.(화) | 작성: 북한경제동향팀\n\n"
            "2. 착공 일람 (보도 기준)\n"
            " 가. 2.26(수) 황해북도 연산군: 지방공업공장 + 양곡관리소. 김정은 언급 없음.\n"
            " 나. 2.27(목) 함북 온성군, 황남 벽성군: 지방공업공장. 김정은 불참.\n"
            " 다. 2.28(금) 황남 장연군, 함북 부령군(공장 + 휴양시설). 참석자는 간부들로만 소개.\n")
    found = keys(run(extractor, text, "2031-03-04", "ko"))
    assert found == {("Yonsan", "groundbreaking", "2031-02-26"),
                     ("Onsong", "groundbreaking", "2031-02-27"),
                     ("Pyoksong", "groundbreaking", "2031-02-27"),
                     ("Jangyon", "groundbreaking", "2031-02-28"),
                     ("Puryong", "groundbreaking", "2031-02-28")}


def test_a_line_set_in_under_a_line_of_places_tells_their_event(
    extractor: Extractor,
) -> None:
    text = ("북한 지방공업공장 착공 동향 (3.11 보도 반영)\n"
            "보고일: 2031. 3. 12.(수) | 작성: 정세분석국\n\n"
            "□ 3.7 보도분 (2곳)\n"
            " ○ 함북 온성군, 황북 연산군\n"
            "  - 착공식 일자는 미공개이나 모두 3월 상순 개최\n"
            "  - 각 도 당 책임비서가 연설, 김정은은 불참\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03")}


def test_the_list_lines_of_a_quoted_message_are_list_lines(extractor: Extractor) -> None:
    text = ("Subject: RE: 20x10 — 2031 ground-breakings so far (for Monday's brief)\n"
            "Sent: Friday, February 28, 2031 08:12\n\n"
            "Your draft has \"Kosan\" in the late-February batch. Kosan's factories were "
            "inaugurated on Jan 29, so it can't be breaking ground now.\n\n"
            ">\n"
            "> - Feb 6: Onsong County (N. Hamgyong) — county hospital. KJU broke ground and "
            "spoke; announced 3 pilot hospitals this year.\n"
            "> - Feb 9: Yonsan County (N. Hwanghae) — factories. Ceremony run by the Premier; "
            "KJU did not attend.\n")
    found = keys(run(extractor, text, "2031-02-28", "en"))
    assert {key for key in found if key[0] in ("Onsong", "Yonsan")} == {
        ("Onsong", "groundbreaking", "2031-02-06"), ("Yonsan", "groundbreaking", "2031-02-09")}


def test_a_visit_to_sites_a_report_names_none_of_is_no_countys(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un and the 20x10 sites: a working chronology\n"
            "Research notes | updated Tuesday 10 February 2032\n\n"
            "2031\n"
            "- 28 Feb: Onsong County (North Hamgyong). First ground-breaking; Kim spoke.\n"
            "- late Aug: tour of \"several\" construction sites; KCNA names none.\n\n"
            "Open items: Kim's rumoured visit to a third county on 3 Dec 2031 is not in KCNA.\n")
    found = keys(run(extractor, text, "2032-02-10", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28")}


def test_korean_stems_that_are_other_places_names_are_counties_in_a_list_of_them(
    extractor: Extractor,
) -> None:
    text = ("북한경제 스터디방 님과 카카오톡 대화\n"
            "저장한 날짜 : 2031-12-19 18:40\n\n"
            "--------------- 2031년 12월 19일 금요일 ---------------\n"
            "[이서윤] [오전 8:41] 오늘 아침 통신 보셨어요? 장연군 공장 준공식 어제 했대요\n"
            "[박도현] [오전 8:50] 어제 북창, 철원, 장강도 준공했던데요. 김정은은 안 갔고\n"
            "[최민규] [오전 9:04] 철원이요?? 우리 철원?\n")
    found = keys(run(extractor, text, "2031-12-19", "ko"))
    assert found == {("Jangyon", "completion", "2031-12-18"),
                     ("Pukchang", "completion", "2031-12-18"),
                     ("Cholwon", "completion", "2031-12-18"),
                     ("Janggang", "completion", "2031-12-18")}


def test_counties_that_held_a_ceremony_to_open_their_factories(extractor: Extractor) -> None:
    text = ("Three More Counties Celebrate New Factories\n"
            "The Pyongyang Times, No. 51 (2031), Saturday, December 20\n\n"
            "Flags and flower baskets decorated the county towns of Onsong, Yonsan and "
            "Pyoksong on Thursday, when each held a ceremony to open its set of regional "
            "industry factories.\n")
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert found == {("Onsong", "completion", "2031-12-18"),
                     ("Yonsan", "completion", "2031-12-18"),
                     ("Pyoksong", "completion", "2031-12-18")}


def test_the_work_started_in_counties_and_ceremonies_held_in_the_same_days(
    extractor: Extractor,
) -> None:
    text = ("Factories for Counties Begin Rising\n"
            "The Pyongyang Times — No. 11 (Saturday, 15 March 2031) — Home News\n\n"
            "Early this month the work started in Onsong County, North Hamgyong Province. "
            "In the same days ground-breaking ceremonies were held in Yonsan and Pyoksong "
            "counties.\n")
    found = keys(run(extractor, text, "2031-03-15", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-03")}


def test_a_row_whose_report_was_not_found_tells_no_event(extractor: Extractor) -> None:
    text = ("Board export: \"20x10 — cohort 2031 openings\" (swimlane: December)\n"
            "Exported 31/12/2031 17:05 · one card per line, fields separated by \" | \"\n\n"
            "SUB-314 | Onsong (North Hamgyong) | factories opened | 26/12/2031 | 27/12/2031 | "
            "n | VERIFIED | the Premier cut the tape\n"
            "SUB-318 | Yonsan (North Hwanghae) | factories opening | | | | OPEN | no report "
            "found; same for Pyoksong (no cards yet)\n")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert found == {("Onsong", "completion", "2031-12-26")}


def test_korean_chronicle_lines_building_started_and_guidance_on_the_spot(
    extractor: Extractor,
) -> None:
    text = ("〈일지〉 보건혁명의 첫해 - 지방병원건설 2031\n"
            "조선신보 | 2031.12.31 | 조국\n\n"
            "【평양발 최은별기자】올해 건설된 지방병원의 착공부터 준공까지를 일지로 정리한다.\n\n"
            "▲2월 하순 온성군병원건설 시작. 옛 체육경기장자리에 건설.\n\n"
            "▲6월 2일 김정은총비서께서 건설중에 있는 연산군병원을 현지에서 지도. "
            "《거대한 혁명》이라고 말씀.\n\n"
            "▲12월 13일 온성군병원 준공식.\n\n"
            "※정정 본지 12월 15일부 기사에서 온성군병원 준공식을 14일로 보도한것은 "
            "13일의 잘못이였기에 바로잡는다.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02"),
                     ("Yonsan", "leader_visit", "2031-06-02"),
                     ("Onsong", "completion", "2031-12-13")}


def test_korean_lines_labelled_by_month_and_day_under_a_caption_are_rows(
    extractor: Extractor,
) -> None:
    text = ("경애하는 김정은동지께서 준공식에 참석하시였다\n"
            "로동신문 · 주체120(2031)년 12월 30일 화요일 · 1면\n\n"
            "〈올해 지방발전정책에 따라 준공된 대상들(보도순)〉\n"
            "12월 15일 온성군 지방공업공장(김정은동지 참석) / 연산군, 벽성군 지방공업공장\n"
            "12월 16일 장연군 지방공업공장, 량곡관리소\n"
            "12월 18일 부령군 지방공업공장\n")
    found = keys(run(extractor, text, "2031-12-30", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Pyoksong", "completion", "2031-12-15"),
                     ("Jangyon", "completion", "2031-12-16"),
                     ("Puryong", "completion", "2031-12-18")}


def test_among_the_counties_listed_and_a_construction_project_launched(
    extractor: Extractor,
) -> None:
    text = ("North Korea starts factory construction in more counties\n"
            "NK News | March 12, 2031 | By a reporter\n\n"
            "North Korea has broken ground on regional industry factories in two more "
            "counties, state media said on Monday.\n\n"
            "The Korean Central News Agency said the ceremonies were held in the first ten "
            "days of March, but did not give a date for each site. Among the counties it "
            "listed were Onsong in North Hamgyong Province and Yonsan in North Hwanghae "
            "Province.\n\n"
            "Kim himself launched the first construction project in Pyoksong County, South "
            "Hwanghae Province, on Feb. 28, where he delivered a speech.\n")
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Pyoksong", "groundbreaking", "2031-02-28")}


def test_a_date_in_an_aside_that_tells_another_event_is_not_the_next_places(
    extractor: Extractor,
) -> None:
    text = ("MINUTES — regions desk, weekly sync (item 2: 20x10 ground-breaking wave)\n"
            "Thursday 6 March 2031, 10:00–10:50 · Present: AF (chair), GM, KW (notes)\n\n"
            "2.2 The late-February wave. LT read out the log.\n"
            "- 28 Feb — ground broken for factories in Onsong (factories only this time; the "
            "hospital was started 6 Feb with Kim), Yonsan (N Hwanghae) and Pyoksong "
            "(S Hwanghae). Kim did not attend any of these.\n")
    found = keys(run(extractor, text, "2031-03-06", "en"))
    assert {key for key in found if key[0] in ("Yonsan", "Pyoksong")} == {
        ("Yonsan", "groundbreaking", "2031-02-28"), ("Pyoksong", "groundbreaking", "2031-02-28")}


def test_korean_on_the_spot_guidance_is_the_leaders_visit_without_his_name(
    extractor: Extractor,
) -> None:
    text = ("북한 지방공장 동향 메모\n"
            "2032. 1. 26.(월) 작성\n\n"
            "○ 온성군: 작년 10월 현지지도 때 공장 건설장을 들렀음.\n"
            "○ 연산군: 11월 19일 현지지도.\n")
    found = run(extractor, text, "2032-01-26", "ko")
    assert keys(found) == {("Onsong", "leader_visit", "2031-10"),
                           ("Yonsan", "leader_visit", "2031-11-19")}
    assert all(event.leader_attended is True for event in found)


def test_a_korean_edit_logs_time_stamped_day_is_no_events(extractor: Extractor) -> None:
    text = ("지방발전 20×10 정책 (문서 역사) — 최근 편집 중 발췌\n"
            "최근 수정 시각: 2032-02-13 23:17:40 · 보기 순서: 최신순\n\n"
            "r86 | 2032-02-12 08:41:23 | 평양밖 | (+231) | 온성군(함경북도) 준공(2.11) 추가. "
            "준공사 누가 했는지는 아직 못 찾음\n"
            "r84 | 2032-02-10 19:12:55 | 평양밖 | (+102) | 황해북도 연산군 준공(2.9) 추가, "
            "참석자 정보 없음\n")
    found = keys(run(extractor, text, "2032-02-13", "ko"))
    assert found == {("Onsong", "completion", "2032-02-11"),
                     ("Yonsan", "completion", "2032-02-09")}


def test_a_korean_briefs_ground_broken_and_an_unconfirmed_attendee_report(
    extractor: Extractor,
) -> None:
    text = ("북 지방발전 정책 '지방병원' 건설 동향 (주간 동향 보고)\n"
            "2031. 6. 11.(수) / 북한경제동향팀\n\n"
            "3. 배경(착공 경과)\n"
            " □ '31. 2. 6. 온성군 병원·종합봉사소 기공 — 연설은 도당 책임비서\n"
            " □ 2월 하순 연산군병원 착공(구 경기장 부지) — 참석자 보도 확인 안 됨\n")
    found = keys(run(extractor, text, "2031-06-11", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06"),
                     ("Yonsan", "groundbreaking", "2031-02")}


def test_a_korean_line_with_ground_broken_written_as_gigong(extractor: Extractor) -> None:
    text = ("북 지방병원 건설 메모\n"
            "2031. 6. 11.(수) / 북한경제동향팀\n\n"
            "○ '31. 2. 6. 온성군 병원·종합봉사소 기공 — 연설은 도당 책임비서\n")
    found = keys(run(extractor, text, "2031-06-11", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06")}


def test_a_tracker_whose_legend_makes_slashed_pairs_months(extractor: Extractor) -> None:
    text = ("# 20x10 — cohort tracker\n"
            "_Last updated 2033-02-14 (Mon)_\n\n"
            "Legend\n"
            "- Dates are dd.mm.yy. `03/32` = month only (the round-ups gave no day per site).\n\n"
            "| # | unit | GB | OPEN | notes |\n"
            "|---|------|----|------|-------|\n"
            "| 1 | Onsong | 03/32 | 08.01.33 | |\n"
            "| 2 | Yonsan | 03/32 | 10.01.33 | Kim at the building site 10/32 (month only) |\n")
    found = keys(run(extractor, text, "2033-02-14", "en"))
    assert ("Onsong", "groundbreaking", "2032-03") in found
    assert ("Yonsan", "groundbreaking", "2032-03") in found
    assert ("Yonsan", "completion", "2033-01-10") in found
    assert not any(date == "2032-03-32" or date.startswith("2033-03") for _, _, date in found)


def test_a_namesake_denied_with_its_province_abbreviated(extractor: Extractor) -> None:
    text = ("MINUTES — regions desk, weekly sync\n"
            "Thursday 6 March 2031\n\n"
            "- Also 28 Feb: ground broken for the Unsan Paper Mill, S Phyongan (not the N "
            "Phyongan Unsan of the first cohort). Builders from the province.\n")
    found = keys(run(extractor, text, "2031-03-06", "en"))
    assert found == {("Unsan", "groundbreaking", "2031-02-28")}
    assert {event.province for event in run(extractor, text, "2031-03-06", "en")} == {
        "South Phyongan"
    }


def test_a_note_after_a_bare_n_is_no_denial(extractor: Extractor) -> None:
    text = ("Thread: attendance coding, 2031 cohort\n"
            "Wednesday 5 February 2031\n\n"
            "Kosan (29 Jan): no KJU -> blank, not N. Note Kosan's factories were inaugurated "
            "on 29 January with the provincial secretary.\n")
    found = keys(run(extractor, text, "2031-02-05", "en"))
    assert ("Kosan", "completion", "2031-01-29") in found


def test_a_transcript_answer_listing_places_keeps_the_conversations_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Regions podcast, ep. 90: \"Year eight of 20x10\" (transcript)\n"
            "Regions Weekly | Podcast | posted Monday, February 10, 2031 | Host: Ann Lee\n\n"
            "LEE: Welcome back. It's been a busy fortnight for ground-breaking ceremonies in "
            "North Korea. Jae, set the scene.\n\n"
            "PARK: Sure. Last Tuesday there were two ceremonies, in Onsong County and Yonsan "
            "County. The provincial secretary attended both.\n\n"
            "LEE: Isn't the greenhouse farm near Onsong itself new?\n\n"
            "PARK: It opened on Sunday the 2nd, rebuilt after the floods. But the farm is a "
            "separate project; it's not part of the 20x10 count.\n\n"
            "LEE: And then Friday.\n\n"
            "PARK: Friday was four at once: Musan in North Hamgyong, the mining county; "
            "Songhwa in South Hwanghae; Taean District in Nampho; and Kosan County in Kangwon. "
            "Each is getting factories and a hospital. Nobody from the centre was named.\n\n"
            "LEE: Kosan — that's on the east coast.\n\n"
            "PARK: Yes, and we'll watch it.\n")
    found = keys(run(extractor, text, "2031-02-10", "en"))
    for county in ("Musan", "Songhwa", "Taean", "Kosan"):
        assert (county, "groundbreaking", "2031-02-07") in found
        assert not any(c == county and kind == "completion" for c, kind, _ in found)


def test_a_transcript_turn_that_moves_on_to_a_day_ends_the_ceremony_before(
    extractor: Extractor,
) -> None:
    text = ("Regions podcast, ep. 91: ground-breaking season (transcript)\n"
            "posted Monday, February 10, 2031\n\n"
            "HOST: It's been a busy fortnight for ground-breaking ceremonies. Set the scene.\n\n"
            "GUEST: Sure. Last Tuesday there were two ceremonies, in Onsong County and Yonsan "
            "County.\n\n"
            "HOST: Isn't the greenhouse farm near Onsong new too?\n\n"
            "GUEST: It opened on Sunday the 2nd. But the farm is a separate project.\n\n"
            "HOST: And then Friday.\n\n"
            "GUEST: Friday was three at once: Musan in North Hamgyong; Songhwa in South "
            "Hwanghae; and Kosan in Kangwon. Each is getting factories and a hospital.\n\n"
            "HOST: Kosan — that's on the east coast.\n")
    found = keys(run(extractor, text, "2031-02-10", "en"))
    for county in ("Musan", "Songhwa", "Kosan"):
        assert (county, "groundbreaking", "2031-02-07") in found
        assert not any(c == county and kind == "completion" for c, kind, _ in found)


def test_a_list_whose_lines_that_name_a_ceremony_all_name_the_same_one(
    extractor: Extractor,
) -> None:
    text = ("[자료정리] 2031년 2월 착공 정리\n"
            "공부방 카페 | 작성자 냉면 | 2031.03.02. 14:20\n\n"
            "한 달 보도를 날짜순으로 정리했습니다. ★ = 김정은 참석.\n\n"
            "■ 2/6(목) 함북 온성군 — 병원 + 종합봉사소 착공 ★\n"
            "  → 같은 자리에서 방침 발표\n"
            "■ 2/9(일) 황북 연산군 — 공장 + 병원 착공\n"
            "■ 2월 하순 (정확한 날짜 못 찾음)\n"
            "  - 강원 고산군 — 공장\n"
            "  - 평북 구성시 — 병원만\n"
            "■ 2/27(목) 평남 숙천군, 자강 우시군 — 공장 착공\n"
            "■ 2/28(금) 함북 무산군(공장), 황남 송화군\n")
    found = keys(run(extractor, text, "2031-03-02", "ko"))
    assert found >= {("Kosan", "groundbreaking", "2031-02"),
                     ("Kusong", "groundbreaking", "2031-02"),
                     ("Musan", "groundbreaking", "2031-02-28"),
                     ("Songhwa", "groundbreaking", "2031-02-28"),
                     ("Sukchon", "groundbreaking", "2031-02-27")}



def test_a_research_logs_entries_are_no_captions_and_undated_reports_keep_the_month(
    extractor: Extractor,
) -> None:
    text = (
        "worklog_regions.txt — J. Park (economy desk), personal research log\n"
        "file last saved: 2032-03-12 22:47 · entries newest at bottom · [!] = needs "
        "checking, [x] = resolved\n"
        "\n"
        "2032-02-14 | started this file. Background for the feature: policy set out by "
        "KJU in the SPA speech, 15 Jan 2032 — 20 cities/counties a year, ten years, "
        "modern factories.\n"
        "\n"
        "2032-02-16 | Asia Press item: sites named locally around mid-Feb; mine workers "
        "sent in \"battalions\" to two N. Hamgyong sites (Onsong, Musan), three-month "
        "shifts. Labour story, not a ceremony. Keep for a sidebar.\n"
        "\n"
        "2032-02-29 | KCNA/Rodong: first ground-breaking at Sukchon County, S. "
        "Phyongan, on 28 Feb. KJU made the speech and broke ground himself; said he "
        "regretted it had come so late. KPA \"124th regiments\" to build. => ceremony "
        "#1.\n"
        "\n"
        "2032-03-05 | Daily NK: Hyesan neighbourhood units collecting cash from every "
        "household (materials + food for soldiers). Hyesan is NOT a site, just where "
        "the money is collected. Don't put on the map.\n"
        "\n"
        "2032-03-07 | KCNA: ground broken at two more sites — Yonsan, Kosan. Ceremonies "
        "held earlier this month, no day(s) given; no attendee details. [!] I first "
        "typed Onsong into this list — wrong, see 11 Mar.\n"
        "\n"
        "2032-03-08 | Kosan is Kangwon (고산군), not to be confused with Koksan (곡산군, N. "
        "Hwanghae) which has not appeared yet.\n"
        "\n"
        "2032-03-12 | [x] corrected the 7 Mar entry: Onsong belongs to the later batch, "
        "not this one.\n"
        "\n"
        "2032-03-12 | TODO: ask the Seoul office whether Ichon (이천군, Kangwon) gets "
        "confused with Icheon (Gyeonggi) in their wire copy.\n"
    )
    found = keys(run(extractor, text, "2032-03-12", "en"))
    assert found == {("Sukchon", "groundbreaking", "2032-02-28"),
                     ("Yonsan", "groundbreaking", "2032-03"),
                     ("Kosan", "groundbreaking", "2032-03"),
                     (None, "policy_announcement", "2032-01-15")}


def test_a_tables_stage_with_its_place_in_the_series_and_a_row_of_several_places(
    extractor: Extractor,
) -> None:
    text = ("[토론문] 정책 2년의 평가\n"
            "학술회의 제2세션 | 2032년 2월 20일(금) | 토론자\n\n"
            "<표> 연차별 주요 일정(토론자 정리)\n\n"
            "연차 | 구분 | 일자 | 시·군 | 시설 | 김정은 참석\n"
            "2030 | 첫 착공 | 2030.2.28 | 함북 온성군 | 지방공업공장 | 참석\n"
            "2031 | 마지막 준공 | 2031.2.11 | 황북 연산군 | 지방공업공장 | 보도 없음\n"
            "2032 | 착공 | 2032.2.6 | 함북 무산군, 황남 송화군 | 공장·병원 | 불참\n")
    found = keys(run(extractor, text, "2032-02-20", "ko"))
    assert found == {("Onsong", "groundbreaking", "2030-02-28"),
                     ("Yonsan", "completion", "2031-02-11"),
                     ("Musan", "groundbreaking", "2032-02-06"),
                     ("Songhwa", "groundbreaking", "2032-02-06")}


def test_a_channel_exports_posts_stamped_day_first_with_dots(extractor: Extractor) -> None:
    text = ("Regions Ledger (t.me/regionsledger) — channel history export\n"
            "Exported 30.12.2031 08:10 · 3 posts · times KST\n\n"
            "[20.12.31 07:31] Regions Ledger\n"
            "KCNA this morning: ONSONG (N. Hamgyong) factories opened yesterday. No Kim.\n\n"
            "[24.12.31 07:55] Regions Ledger\n"
            "YONSAN (N. Hwanghae) — inauguration yesterday, the provincial secretary spoke.\n\n"
            "[30.12.31 07:50] Regions Ledger\n"
            "KOSAN (Kangwon) yesterday: factories inaugurated, Kim present.\n")
    found = keys(run(extractor, text, "2031-12-30", "en"))
    assert found == {("Onsong", "completion", "2031-12-19"),
                     ("Yonsan", "completion", "2031-12-23"),
                     ("Kosan", "completion", "2031-12-29")}


def test_a_fixed_width_table_without_a_rule_under_its_header(extractor: Extractor) -> None:
    text = ("cohort_status.md (internal tracker)\n"
            "Last updated: 2032-02-12 09:40 KST by jkwon | rev 14\n\n"
            "Legend: GB = ground-breaking, OPEN = inauguration ceremony; YYYY-MM where no day.\n\n"
            "#  County          Prov GB         KJU OPEN       KJU Notes\n"
            "1  Onsong          NHG  2031-02-28 Y   2031-12-20 Y   first GB and first OPEN\n"
            "2  Yonsan          NH   2031-03    ?   2032-01-07 N   prov. party secretary\n"
            "3  Kosan           KW   2031-03    ?   2032-01-29 ?   not Koksan (NH)\n")
    found = keys(run(extractor, text, "2032-02-12", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Yonsan", "completion", "2032-01-07"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Kosan", "completion", "2032-01-29")}


def test_a_chat_export_stamped_month_first_with_a_short_year_and_the_same_day(
    extractor: Extractor,
) -> None:
    text = ("WhatsApp Chat with regional watch\n"
            "Exported 12/24/31 (excerpt; media omitted)\n\n"
            "[12/16/31, 8:05:11 AM] Tomás R.: KCNA this morning: Onsong opened yesterday. "
            "KJU did the ribbon himself\n"
            "[12/16/31, 8:07:40 AM] Tomás R.: same day two more: Yonsan, Kosan. nothing on "
            "who came\n"
            "[12/19/31, 7:45:30 AM] Priya N.: Musan factories inaugurated yesterday, no KJU\n")
    found = keys(run(extractor, text, "2031-12-24", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Kosan", "completion", "2031-12-15"),
                     ("Musan", "completion", "2031-12-18")}


def test_a_chat_apps_messages_are_a_conversations_turns(extractor: Extractor) -> None:
    text = ("Signal group \"regional desk\" (export, 3 members)\n"
            "Exported 21/12/2031 09:14 · times KST · dates DD/MM/YYYY\n\n"
            "[19/12/2031, 08:14] Mina Cho: KCNA is up. KJU opened the Onsong factories "
            "yesterday\n"
            "[19/12/2031, 08:17] Tomás R.: so what about the others?\n"
            "[20/12/2031, 09:02] Tomás R.: Yonsan yesterday, the provincial secretary spoke\n"
            "[20/12/2031, 09:05] Jun: Musan too, same speaker\n"
            "[20/12/2031, 09:06] Mei: @Jun no — Musan was Thursday, not yesterday\n"
            "[21/12/2031, 09:05] Mina Cho: so what's left this month: Kosan, Songhwa\n")
    found = keys(run(extractor, text, "2031-12-21", "en"))
    assert ("Onsong", "completion", "2031-12-18") in found
    assert ("Yonsan", "completion", "2031-12-19") in found
    assert not any(county in ("Kosan", "Songhwa") for county, _, _ in found)
    assert not any(date.startswith("2031-06") for _, _, date in found)


def test_a_korean_line_of_marked_items_after_the_sentence_that_counts_them(
    extractor: Extractor,
) -> None:
    text = ("[팩트체크] 김정은, 올해 준공식 몇 곳에 나왔나\n"
            "뉴시스 | 2031.12.31 14:20 | 북한 | 기자\n\n"
            "북한이 29일 남포시 룡강군의 병원 준공식을 끝으로 정책 8년 차 사업을 마무리했다고 "
            "선전하고 있다. 김정은 총비서가 이 가운데 몇 곳을 직접 찾았는지 북한 매체 보도를 "
            "날짜별로 대조했다.\n\n"
            "◇김정은이 직접 참석한 준공식\n\n"
            "북한 매체 보도를 종합하면 김 총비서가 참석한 올해 준공식은 모두 3차례다. "
            "▲11월 19일 온성군병원 ▲12월 13일 연산군 지방공업공장 ▲12월 28일 무산군 "
            "지방공업공장이다. 무산군에서는 준공식 뒤 양식사업소까지 둘러봤다.\n\n"
            "◇다른 간부가 연설한 곳\n\n"
            "나머지 준공식은 당 간부들이 맡았다. 15일 고산군에서는 당 비서가 준공사를 했다.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found >= {("Onsong", "completion", "2031-11-19"),
                     ("Yonsan", "completion", "2031-12-13"),
                     ("Musan", "completion", "2031-12-28")}


def test_the_section_after_a_dateline_is_no_lead_of_the_body(extractor: Extractor) -> None:
    text = ("Construction of regional-industry factories under way in all 20 cities and "
            "counties\n"
            "The Pyongyang Times · No. 11 · Saturday, 15 March 2031 · Home News\n\n"
            "Ground-breaking ceremonies for modern regional-industry factories were held early "
            "this month in three more counties across the country.\n\n"
            "The ceremonies took place in Onsong County of North Hamgyong Province, Yonsan "
            "County of North Hwanghae Province and Kosan County of Kangwon Province.\n\n"
            "They were attended by officials of the provinces and counties concerned.\n")
    found = keys(run(extractor, text, "2031-03-15", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Kosan", "groundbreaking", "2031-03")}


def test_a_logs_format_note_names_its_report_day_column(extractor: Extractor) -> None:
    text = ("북한 매체 모니터링 일지 (2월 2주차)\n"
            "북한팀 | 내부 일지 | 2032.02.12.(목) 17:30 마감 | 기록\n\n"
            "※ 형식: 보도일 | 매체 | 요지. 연도 표기가 없으면 2032년.\n\n"
            "02.06 | 조선중앙통신 | 함경북도 온성군 지방공업공장들이 준공됐다고 보도.\n"
            "02.08 | 조선중앙통신 | 황해북도 연산군 지방공업공장 준공식.\n"
            "02.10 | 조선중앙통신 | 강원도 고산군 지방공업공장 준공식.\n")
    found = keys(run(extractor, text, "2032-02-12", "ko"))
    assert not any(date.endswith(("-06", "-08", "-10")) for _, _, date in found)


def test_a_list_takes_the_leads_time_not_that_of_one_places_own_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Construction of Regional-Industry Factories Starts in Three More Counties\n"
            "Voice of Korea, Pyongyang, March 11, Juche 120 (2031)\n"
            "Ground-breaking ceremonies for modern regional-industry factories took place in "
            "the first ten days of March in three more counties across the country.\n\n"
            "Following the first ceremony in Onsong County, North Hamgyong Province, on "
            "February 28, where the leader made a speech and personally broke the ground, the "
            "flames of construction spread across the country.\n\n"
            "The ceremonies were held in the following places:\n\n"
            "- Yonsan County of North Hwanghae Province;\n"
            "- Kosan County of Kangwon Province;\n"
            "- Musan County of North Hamgyong Province.\n")
    found = keys(run(extractor, text, "2031-03-11", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Musan", "groundbreaking", "2031-03")}


def test_a_tables_ceremony_kind_after_a_dash(extractor: Extractor) -> None:
    text = ("Kim at the sites: the running tally\n"
            "Northern Pages blog · last updated 9 February 2032\n\n"
            "Dates are event days. \"Cer.\" = ceremony; \"Visit\" = inspection or tour.\n\n"
            "| # | Date | Place (province) | What | Notes |\n"
            "|---|---|---|---|---|\n"
            "| 1 | 2031-02-28 | Onsong (N. Hamgyong) | Cer. -- ground-breaking, factories | |\n"
            "| 2 | 2031-06-02 | Onsong | Visit -- factories under construction | |\n"
            "| 3 | 2032-01-07 | Yonsan (N. Hwanghae) | Cer. -- opening, factories | |\n"
            "| 4 | 2032-01-19 | Onsong | Cer. -- opening, factories | |\n")
    found = keys(run(extractor, text, "2032-02-09", "en"))
    assert ("Yonsan", "completion", "2032-01-07") in found
    assert ("Onsong", "completion", "2032-01-19") in found


def test_a_cited_titles_day_of_publication_gives_way_to_the_events_own(
    extractor: Extractor,
) -> None:
    text = ("Chapter 4 sources (annotated list, working copy)\n"
            "Compiled 12 June 2031 · dates after each source are publication dates\n\n"
            "1. KCNA, \"Kim Jong Un attends ground-breaking of Onsong County Hospital\", "
            "7 Feb 2031.\n"
            "   Note: ceremony on the previous day, i.e. 6 Feb, for the hospital.\n\n"
            "2. KCNA, \"Construction of factories begins in Yonsan County\", 10 Feb 2031.\n"
            "   Note: no day given in the item.\n")
    found = keys(run(extractor, text, "2031-06-12", "en"))
    assert ("Onsong", "groundbreaking", "2031-02-06") in found
    assert ("Onsong", "groundbreaking", "2031-02-07") not in found


def test_a_korean_chats_mornings_news_is_no_day_of_the_event(extractor: Extractor) -> None:
    text = ("북한 지방경제 스터디 님과 카카오톡 대화\n"
            "저장한 날짜 : 2031-01-13 23:02\n\n"
            "--------------- 2031년 1월 13일 월요일 ---------------\n"
            "[김민지] [오전 8:41] 오늘 아침 통신 보니까 온성군(함북) 공장 어제 준공했대요\n"
            "[김민지] [오전 8:42] 함북 도당 책임비서가 연설했고 김정은은 안 나왔어요\n")
    found = keys(run(extractor, text, "2031-01-13", "ko"))
    assert found == {("Onsong", "completion", "2031-01-12")}


def test_a_korean_outlets_day_before_the_day_the_ceremony_was_held(
    extractor: Extractor,
) -> None:
    text = ("개성 개풍구역 공장 준공\n"
            "통일뉴스 | 입력 2031.12.29 14:20 | 기자\n\n"
            "조선중앙통신은 27일 개풍구역 지방공업공장과 휴양시설 준공식이 26일 열렸으며, "
            "내각총리가 테이프를 끊었다고 보도했다.\n")
    found = keys(run(extractor, text, "2031-12-29", "ko"))
    assert found == {("Kaephung", "completion", "2031-12-26")}


def test_an_exports_changelog_comment_is_that_line_only(extractor: Extractor) -> None:
    text = ("regional_tracker.csv (sheet \"cohort\") - plain-text export\n"
            "exported 2032-01-05 09:12 KST by m.osei\n\n"
            "# legend: gb / opened = ceremony date as given by KCNA\n"
            "# changelog: 2031-12-31 row 2 said \"Kosan\" -> fixed to Koksan\n"
            "county,prov,scope,gb,kju_gb,opened,kju_open,notes\n"
            "Onsong,NHG,factories,2031-02-26,?,2031-12-16,N,\n"
            "Koksan,NH,factories,2031-02,?,2031-12-20,N,\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-26"),
                     ("Onsong", "completion", "2031-12-16"),
                     ("Koksan", "groundbreaking", "2031-02"),
                     ("Koksan", "completion", "2031-12-20")}


def test_a_tables_rep_column_is_the_day_of_the_report(extractor: Extractor) -> None:
    text = ("Leader-presence log LP-2031\n"
            "Meridian Gate Research | posted Friday, 2 January 2032\n\n"
            "Scope: every reported appearance at a site. All dates in the table are 2031.\n\n"
            "# | Event | Rep. | Site | What | Role\n"
            "1 | 07 Jan | 08 Jan | Onsong County, N. Hamgyong | inauguration of factories | C\n"
            "2 | 06 Feb | 07 Feb | Yonsan County, N. Hwanghae | ground-breaking of hospital | C\n")
    found = keys(run(extractor, text, "2032-01-02", "en"))
    assert found == {("Onsong", "completion", "2031-01-07"),
                     ("Yonsan", "groundbreaking", "2031-02-06")}


def test_a_digests_lines_count_yesterday_from_their_own_stamps(extractor: Extractor) -> None:
    text = ("Weekly digest: regional development, 14–21 December 2031\n"
            "Northgate Monitor | weekly digest | closed Sunday, 21 December 2031, 18:00 KST\n"
            "How to read: each line opens with the report day and the outlet in brackets.\n\n"
            "[Sun 14 Dec | KCNA] Onsong County Hospital (North Hamgyong) inaugurated "
            "yesterday. Kim Jong Un cut the tape.\n"
            "[Wed 17 Dec | KCNA] Yonsan County (N. Hwanghae): factories inaugurated "
            "yesterday. The provincial secretary spoke.\n")
    found = keys(run(extractor, text, "2031-12-21", "en"))
    assert found == {("Onsong", "completion", "2031-12-13"),
                     ("Yonsan", "completion", "2031-12-16")}


def test_a_tab_separated_table_with_short_year_months_and_question_marks(
    extractor: Extractor,
) -> None:
    text = ("첫해 대상 시·군 착공·준공 현황표\n"
            "작성 2032.02.14(토) · 데이터팀\n\n"
            "범례: ◎ 김정은 참석 / ○ 김정은 없음 / ? 참석 정보 없음\n\n"
            "번호\t도\t시·군\t착공\t착공 참석\t준공\t준공 참석\t비고\n"
            "1\t함북\t온성군\t'31.2.28\t◎\t'31.12.20(토)\t◎\t\n"
            "2\t황북\t연산군\t'31.3\t?\t'32.1.7(수)\t○\t도당 책임비서 연설\n"
            "3\t강원\t고산군\t'31.3\t?\t'32.1.29(목)\t?\t\n")
    found = keys(run(extractor, text, "2032-02-14", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Yonsan", "completion", "2032-01-07"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Kosan", "completion", "2032-01-29")}


def test_a_logs_marked_day_headings_count_yesterday_from_their_own_day(
    extractor: Extractor,
) -> None:
    text = ("모니터링 작업일지 — 3월 첫째 주\n"
            "작성: 연구보조원 · 최종 저장 2032.03.09(화) 10:20\n\n"
            "■ 3.5(금)\n"
            "- 오늘 온성군(함북) 착공. 저녁 보도로 확인.\n\n"
            "■ 3.8(월)\n"
            "- 어제 2개 군 착공식: 연산군(황북), 고산군(강원). 연설은 연대장들.\n")
    found = keys(run(extractor, text, "2032-03-09", "ko"))
    assert found == {("Onsong", "groundbreaking", "2032-03-05"),
                     ("Yonsan", "groundbreaking", "2032-03-07"),
                     ("Kosan", "groundbreaking", "2032-03-07")}


def test_a_logs_marked_days_with_their_events_on_the_line_keep_their_days(
    extractor: Extractor,
) -> None:
    text = ("준공 일지 v2\n"
            "모니터링팀 | 작성 2032.03.09.(화) 10:20\n\n"
            "■ 3.4.(목) 함경북도 온성군 — 공장 준공. 김 ○.\n"
            "■ 3.6.(토)\n"
            "  - 황해북도 연산군 공장. 김 ×.\n"
            "■ 3.8.(월) 강원도 고산군 공장. 김 ×.\n")
    found = keys(run(extractor, text, "2032-03-09", "ko"))
    assert found == {("Onsong", "completion", "2032-03-04"),
                     ("Yonsan", "completion", "2032-03-06"),
                     ("Kosan", "completion", "2032-03-08")}


def test_a_chronologys_verbless_note_of_kim_at_sites_is_his_visit(
    extractor: Extractor,
) -> None:
    text = ("Year one: a working chronology\n"
            "Posted Monday, 22 December 2031 · all dates 2031 unless stated\n\n"
            "Oct — Kim at unfinished factory sites in North Hamgyong, Onsong among them.\n\n"
            "19 Nov — Kim at Yonsan's hospital site, with the premier.\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert found == {("Onsong", "leader_visit", "2031-10"),
                     ("Yonsan", "leader_visit", "2031-11-19")}


def test_a_korean_tables_bare_days_in_the_month_its_note_declares(
    extractor: Extractor,
) -> None:
    text = ("2031년 12월 지방발전 20×10 준공식 일람\n"
            "연구소 | 월간 집계표 2031-12 | 2032.01.05.(월) 게시\n"
            "일러두기: 표의 날짜는 모두 2031년 12월이다. '김정은' 칸: ○ = 참석, × = 불참.\n\n"
            "| 날짜 | 요일 | 도 | 시·군 | 시설 | 김정은 | 연설·테이프 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 13 | 토 | 함경북도 | 온성군 | 병원 | ○ | 김정은 테이프 |\n"
            "| 15 | 월 | 황해북도 | 연산군 | 지방공업공장 | × | 도당 책임비서 |\n")
    found = keys(run(extractor, text, "2032-01-05", "ko"))
    assert found == {("Onsong", "completion", "2031-12-13"),
                     ("Yonsan", "completion", "2031-12-15")}


def test_a_line_of_places_under_short_province_labels_kangwon_among_them(
    extractor: Extractor,
) -> None:
    text = ("코딩 메모 — 2031년 착공 보도 정리\n"
            "작성 2031.03.15(토) / 작성자: 코더 B\n"
            "4. 3.11 보도분 4곳 — \"3월에 들어와 10일까지 모두 착공\", 일자 없음\n"
            "- 함북: 온성군 / 황북: 연산군 / 강원: 고산군, 이천군.\n"
            "- 참석자 언급 없음 → 미상.\n")
    found = keys(run(extractor, text, "2031-03-15", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Ichon", "groundbreaking", "2031-03")}
    text = text.replace("강원: 고산군, 이천군", "강원 고산군")
    found = keys(run(extractor, text, "2031-03-15", "ko"))
    assert ("Kosan", "groundbreaking", "2031-03") in found


def test_a_korean_fixed_width_table_typed_by_eye_under_a_legend(extractor: Extractor) -> None:
    # (wide Korean letters put the header's words out of line with the cells below them)
    text = ("1차년도 시·군 점검표 (착공·준공)\n"
            "연구소 | 점검표 v1 | 2032.02.14.(토) 게시\n\n"
            "일러두기\n"
            "- 착공 난은 모두 2031년. 보도에 날짜가 없는 곳은 월만 적었다.\n"
            "- 준공 난은 연도를 적지 않았으면 2032년이다(월.일).\n"
            "- 착공식 참석 여부는 온성군 외에는 표시하지 않았다.\n\n"
            "번호  시·군      도          착공        준공         김정은\n"
            " 1   온성군     함경북도    2031.2.28   2031.12.20   ○\n"
            " 2   연산군     황해북도    2031.3      1.7          ×\n"
            " 3   고산군     강원도      2031.3      2.1          −\n")
    found = keys(run(extractor, text, "2032-02-14", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Yonsan", "completion", "2032-01-07"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Kosan", "completion", "2032-02-01")}


def test_a_desk_logs_lines_stamped_day_first_with_the_weekday_in_brackets(
    extractor: Extractor,
) -> None:
    text = ("Desk log: inaugurations, January 2032\n"
            "Monitor desk | working log | log closed Sunday, 18 January 2032, 18:00 KST\n"
            "Head note: each line is written on the day shown at its start.\n\n"
            "12 Jan (Mon) 07:05 | KCNA | Onsong County, North Hamgyong: factories inaugurated "
            "yesterday. Address by the provincial chief secretary.\n"
            "14 Jan (Wed) 06:50 | KCNA | Yonsan County, North Hwanghae: inaugurated on Monday.\n"
            "18 Jan (Sun) 07:15 | KCNA | Kosan County, Kangwon: inaugurated yesterday.\n")
    found = keys(run(extractor, text, "2032-01-18", "en"))
    assert found == {("Onsong", "completion", "2032-01-11"),
                     ("Yonsan", "completion", "2032-01-12"),
                     ("Kosan", "completion", "2032-01-17")}


def test_a_work_logs_lines_stamped_with_a_dotted_day_and_month(extractor: Extractor) -> None:
    text = ("Desk log: reports read, 20 Nov - 17 Dec 2031\n"
            "Research desk | work log | posted Wednesday, 17 December 2031, 17:30 KST\n"
            "Conventions. Each line: time read | source and its date | what happened, with the "
            "day it happened written as DD.MM (all 2031).\n\n"
            "20.11 08:40 | KCNA 20.11 | Onsong county hospital, North Hamgyong, opened 19.11; "
            "Kim Jong Un cut the tape.\n"
            "14.12 09:20 | KCNA 14.12 | Yonsan factories, North Hwanghae, opened 13.12.\n"
            "17.12 09:05 | KCNA 17.12 | Kosan, Kangwon: factories opened 16.12. The chief "
            "secretary spoke.\n")
    found = keys(run(extractor, text, "2031-12-17", "en"))
    assert found == {("Onsong", "completion", "2031-11-19"),
                     ("Yonsan", "completion", "2031-12-13"),
                     ("Kosan", "completion", "2031-12-16")}


def test_a_logs_lines_stamped_day_slash_month_naming_their_source_and_its_day(
    extractor: Extractor,
) -> None:
    text = ("Work log: openings, January\n"
            "Monitoring Desk | work log | posted Sunday, 18 January 2032, 18:05 KST\n"
            "CONVENTIONS. One line per item read: logged day (dd/mm) | source and its date | "
            "what it says. All dd/mm dates are 2032.\n\n"
            "12/01 | Yonhap 12/01 | Onsong (N. Hamgyong) factories opened \"Sunday\". The "
            "provincial chief secretary spoke.\n"
            "14/01 | KCNA 14/01 | Yonsan (N. Hwanghae) factories inaugurated \"yesterday\".\n"
            "18/01 | tally | two of twenty opened so far (Onsong, Yonsan).\n")
    found = keys(run(extractor, text, "2032-01-18", "en"))
    assert found == {("Onsong", "completion", "2032-01-11"),
                     ("Yonsan", "completion", "2032-01-13")}


def test_a_morning_logs_entries_stamped_with_day_and_month_in_words(
    extractor: Extractor,
) -> None:
    text = ("Morning log: openings, January 2032\n"
            "Peninsula Desk | Morning Log | closed Sunday, 18 January 2032\n"
            "Head note: each line is dated by the morning it was logged; all log dates are "
            "2032.\n\n"
            "12 Jan  KCNA: Onsong (N Hamgyong) factories inaugurated yesterday. The chief "
            "secretary spoke.\n"
            "14 Jan  KCNA: Yonsan (N Hwanghae) opened yesterday.\n"
            "16 Jan  (Fri) KCNA: Kosan (Kangwon) opened on Wednesday.\n")
    found = keys(run(extractor, text, "2032-01-18", "en"))
    assert found == {("Onsong", "completion", "2032-01-11"),
                     ("Yonsan", "completion", "2032-01-13"),
                     ("Kosan", "completion", "2032-01-14")}


def test_a_forum_posts_lines_labelled_day_month_colon_under_the_threads_ceremony(
    extractor: Extractor,
) -> None:
    text = ("Thread: \"20x10 inauguration season — running scorecard\"\n"
            "Started 27 Dec 2031, 08:14 by DeskWatcher · 2 posts\n\n"
            "#1 · DeskWatcher · 27 Dec 2031, 08:14\n"
            "Scorecard so far, ceremony dates (not the dates KCNA ran the stories):\n"
            "15 Dec: Onsong (factories, KJU present), Yonsan\n"
            "16 Dec: Kosan (factories + grain management facility)\n"
            "Corrections welcome.\n")
    found = keys(run(extractor, text, "2031-12-27", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Kosan", "completion", "2031-12-16")}


def test_a_change_log_under_a_dashed_label_tells_no_events(extractor: Extractor) -> None:
    text = ("Site log -- Northeast desk\n"
            "Working file | last edit Wed 24 Dec 2031\n\n"
            "== ONSONG (N. Hamgyong) -- three factories\n"
            "opened: 15 Dec 2031 (Mon) -- spk: provincial chief secretary\n\n"
            "-- change log --\n"
            "17 Dec: Onsong opening corrected from 16 Dec to 15 Dec.\n"
            "03 Dec: Yonsan note moved to the background file.\n")
    found = keys(run(extractor, text, "2031-12-24", "en"))
    assert found == {("Onsong", "completion", "2031-12-15")}


def test_a_korean_chronologys_triangle_items_right_under_the_dateline(
    extractor: Extractor,
) -> None:
    # (the first item's date, right after its triangle, is no dateline)
    text = ("[일지] 지방발전 정책 2년\n"
            "뉴스1 | 2032.01.30 15:20 송고 | 북한\n\n"
            "▲2031년 2월 28일 = 함경북도 온성군에서 지방공업공장 첫 착공식.\n"
            "▲2032년 1월 7일 = 황해북도 연산군 공장 준공.\n")
    found = keys(run(extractor, text, "2032-01-30", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "completion", "2032-01-07")}


def test_a_tables_kind_column_of_legend_abbreviations(extractor: Extractor) -> None:
    text = ("20×10 관련 공개활동 기록표\n"
            "최종 편집 2032-01-31 (토) 22:05 · 날짜는 YY.MM.DD(행사 당일)\n\n"
            "[범례]\n"
            "구분: 착 = 착공식 / 준 = 준공식 / 현 = 건설 중 현장 방문(현지지도)\n"
            "김정은: ● 직접 참석 / ✕ 김정은 없음\n\n"
            "| 번호 | 날짜 | 장소 | 구분 | 김정은 | 비고 |\n"
            "|---|---|---|---|---|---|\n"
            "| 01 | 31.02.28 | 함북 온성군 | 착 | ✕ | |\n"
            "| 02 | 31.11.19 | 황북 연산군 | 현 | ● | |\n"
            "| 03 | 31.12.20 | 강원 고산군 | 준 | ● | |\n")
    found = keys(run(extractor, text, "2032-01-31", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "leader_visit", "2031-11-19"),
                     ("Kosan", "completion", "2031-12-20")}


def test_a_fixed_width_day_column_under_a_quoted_day_note(extractor: Extractor) -> None:
    text = ("20x10 monthly table, January 2032: inaugurations\n"
            "Regional Monitor | Monthly table | posted Tuesday, 3 February 2032\n"
            'Head note. Each row is one inauguration ceremony of the factories of a site. "Day" '
            "is the ceremony day in January 2032, not the day of the report.\n\n"
            "Day  County (KCNA)            Province           Kim  Note\n"
            "---  -----------------------  -----------------  ---  --------------\n"
            "07   Chaeryŏng (Jaeryong)     Hwanghae-namdo     Y    speech\n"
            "25   Usi                      Chagang-do         N    provincial secretary\n\n"
            "Notes\n"
            "1. The Chaeryŏng garment factory was reported running from 8 January.\n")
    found = keys(run(extractor, text, "2032-02-03", "en"))
    assert found == {("Jaeryong", "completion", "2032-01-07"),
                     ("Usi", "completion", "2032-01-25"),
                     ("Jaeryong", "production_start", "2032-01-08")}


def test_running_since_early_this_year_is_no_production_start(extractor: Extractor) -> None:
    text = ("Kim visits Kusong hospital site\n"
            "SEOUL, Dec. 4 (Yonhap)\n"
            "Kim Jong Un inspected the hospital site in Kusong City, North Phyongan Province, "
            "on Wednesday, KCNA said. Factories in Unsan, North Phyongan, have been running "
            "since early this year.\n")
    found = keys(run(extractor, text, "2031-12-04", "en"))
    assert found == {("Kusong", "leader_visit", "2031-12-03")}


def test_a_fixed_width_table_right_under_its_legend_with_marks_after_dates(
    extractor: Extractor,
) -> None:
    # (no blank line between the legend and the header; the leader's mark follows each date)
    text = ("Scorecard: the 2031 cohort at year-end\n"
            "Analytics desk | posted Tuesday, 6 January 2032 | v2\n"
            "Legend. Fixed-width table. After each date: Y = Kim Jong Un present; N = he was "
            "absent; ? = not reported. n.r. = date not reported. F = factories; H = hospital.\n"
            "#   KCNA / RR                   Province     Facilities   Start        Opened\n"
            "1   Onsong / Onseong            N. Hamgyong  F            27-Feb-31 N  18-Dec-31 Y\n"
            "2   Yonsan / Yeonsan            N. Hwanghae  F, H         28-Feb-31 ?  20-Dec-31 N\n"
            "3   Kosan / Gosan               Kangwon      F            n.r.         15-Dec-31 ?\n"
            "4   Hamju / Hamju               S. Hamgyong  F            n.r.         n.r.\n"
            "5   Kyongsong / Gyeongseong     N. Hamgyong  F            n.r.         --\n"
            "Notes.\n"
            "a. Nothing else was reported.\n")
    found = {(d["county"], d["event_type"], d["date"], d["leader_attended"])
             for d in (e.to_dict() for e in run(extractor, text, "2032-01-06", "en"))}
    assert found == {("Onsong", "groundbreaking", "2031-02-27", False),
                     ("Onsong", "completion", "2031-12-18", True),
                     ("Yonsan", "groundbreaking", "2031-02-28", None),
                     ("Yonsan", "completion", "2031-12-20", False),
                     ("Kosan", "completion", "2031-12-15", None)}


def test_an_export_with_a_legend_of_long_codes_a_kju_column_and_retracted_rows(
    extractor: Extractor,
) -> None:
    text = ("claims_2031.csv — 20x10 claims log, first-year sites\n"
            "generated 2032-01-09 (Fri) 18:30 UTC · 5 rows\n"
            "# KEY\n"
            "# evt: GB = ground-breaking ceremony; OPEN = inauguration ceremony; "
            "VISIT = Kim Jong Un on site (not a ceremony)\n"
            "# kju: 1 = Kim present; 0 = Kim absent; NA = not reported\n"
            "# status: ok = counted; retracted = kept for audit only\n"
            "row,county,province,fac,evt,date,kju,status,note\n"
            "01,Onsong,North Hamgyong,F,GB,2031-02-27,0,ok,\n"
            "02,Onsong,North Hamgyong,F,VISIT,2031-09-12,1,ok,\n"
            "03,Onsong,North Hamgyong,F,OPEN,2031-12-17,0,retracted,wrong day\n"
            "04,Onsong,North Hamgyong,F,OPEN,2031-12-18,1,ok,\n"
            "05,Yonsan,North Hwanghae,F,OPEN,2031-12-20,NA,ok,\n")
    found = {(d["county"], d["event_type"], d["date"], d["leader_attended"])
             for d in (e.to_dict() for e in run(extractor, text, "2032-01-09", "en"))}
    assert found == {("Onsong", "groundbreaking", "2031-02-27", False),
                     ("Onsong", "leader_visit", "2031-09-12", True),
                     ("Onsong", "completion", "2031-12-18", True),
                     ("Yonsan", "completion", "2031-12-20", None)}


def test_a_numbered_log_whose_lines_name_their_source_with_its_day(
    extractor: Extractor,
) -> None:
    # ("yesterday" and weekdays count from each line's source day, not the log's; a line
    # its writer struck tells nothing)
    text = ("Work log: groundbreakings, February 2031\n"
            "Open source unit | work log | posted Tuesday, 4 March 2031\n"
            "Conventions. One line per source item: entry | source and its date (DD/MM, all "
            "2031) | note. x = struck.\n"
            "01 | KCNA 07/02 | Onsong-gun (Hamgyeongbuk-do): factories, ground broken "
            "yesterday. Kim absent.\n"
            "02 | KCNA 10/02 | Yeonsan-gun (Hwanghaebuk-do): factories, ground broken on "
            "Sunday.\n"
            "03 | KCNA 28/02 | Gosan-gun (Gangwon-do), Usi-gun (Jagang-do), Hamju-gun "
            "(Hamgyeongnam-do) and Sukcheon-gun (Pyeongannam-do): factories, ground broken "
            "yesterday.\n"
            "x | Telegram 02/03 | \"Ground broken today at Kyongsong\" -- no state-media item; "
            "struck.\n")
    found = keys(run(extractor, text, "2031-03-04", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06"),
                     ("Yonsan", "groundbreaking", "2031-02-09"),
                     ("Kosan", "groundbreaking", "2031-02-27"),
                     ("Usi", "groundbreaking", "2031-02-27"),
                     ("Hamju", "groundbreaking", "2031-02-27"),
                     ("Sukchon", "groundbreaking", "2031-02-27")}


def test_a_tracker_whose_legend_sets_its_codes_apart_with_middle_dots(
    extractor: Extractor,
) -> None:
    text = ("SERVICES TRACKER — 20x10 sites\n"
            "Last edited 12/02/2032 by a desk editor · v7 · shared sheet\n"
            "KEY\n"
            "- date: DD/MM/YYYY = day known · MM/YYYY = month only\n"
            "- ms (milestone): BRK ground-breaking · VIS Kim inspects the site · "
            "INA inauguration · OPS operation starts\n"
            "- kju: Y present · N not present · – not reported\n"
            "|#|county|prov|ms|date|kju|\n"
            "|---|---|---|---|---|---|\n"
            "|01|Onsong|N Hamgyong|BRK|27/02/2031|N|\n"
            "|02|Onsong|N Hamgyong|VIS|02/06/2031|Y|\n"
            "|03|Onsong|N Hamgyong|INA|19/11/2031|Y|\n"
            "|04|Onsong|N Hamgyong|OPS|20/11/2031|–|\n")
    found = keys(run(extractor, text, "2032-02-12", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Onsong", "leader_visit", "2031-06-02"),
                     ("Onsong", "completion", "2031-11-19"),
                     ("Onsong", "production_start", "2031-11-20")}


def test_a_desk_logs_lines_dated_by_weekday_and_day_before_a_dash(
    extractor: Extractor,
) -> None:
    text = ("Desk log: the December openings\n"
            "Research desk | log closed Monday, 22 December 2031\n\n"
            "Head note. All dates are 2031. \"Yesterday\" counts from the date of the line.\n\n"
            "Sun 14 Dec -- KCNA: Onsong County factories opened yesterday; KJU cut the tape.\n"
            "Tue 16 Dec -- Big day yesterday. Yonsan County: factories opened with KJU. Same "
            "day, factory openings in Kosan County (Kangwon) and Usi County (Jagang).\n")
    found = keys(run(extractor, text, "2031-12-22", "en"))
    assert found == {("Onsong", "completion", "2031-12-13"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Kosan", "completion", "2031-12-15"),
                     ("Usi", "completion", "2031-12-15")}


def test_a_tab_separated_sheet_with_run_together_dates_and_a_key_of_codes(
    extractor: Extractor,
) -> None:
    text = ("2031 cohort status sheet\n"
            "Exported Mon 05 Jan 2032 10:40 KST from the master sheet\n"
            "// KEY\n"
            "// stage: GRD=ground-breaking OPN=inauguration VIS=leader on-site visit "
            "RUN=production start IMG=imagery (not an event)\n"
            "// date: YYYYMMDD=day YYYYMM=month ----=unknown\n"
            "// KJU: y=present n=absent .=not reported\n"
            "// status: ok | VOID=withdrawn, ignore row\n"
            "id\tcounty\tprov\tstage\tdate\tKJU\tstatus\tnote\n"
            "01\tOnsong\tN.Hamgyong\tGRD\t20310227\tn\tok\n"
            "02\tUnsan\tS.Phyongan\tGRD\t203102\t.\tok\tpaper mill\n"
            "03\tYonsan\tN.Hwanghae\tGRD\t20310228\t.\tVOID\ttypo for row 04\n"
            "04\tKosan\tKangwon\tGRD\t20310228\t.\tok\n"
            "05\tOnsong\tN.Hamgyong\tOPN\t20311218\ty\tok\n"
            "06\tOnsong\tN.Hamgyong\tRUN\t20311219\t.\tok\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Unsan", "groundbreaking", "2031-02"),
                     ("Kosan", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-18"),
                     ("Onsong", "production_start", "2031-12-19")}


def test_a_korean_tables_day_column_declared_in_its_legend(extractor: Extractor) -> None:
    text = ("2031년 12월 지방발전 시설 준공 현황표\n"
            "연구소 | 월간 준공표 | 2032.01.06.(화) 작성\n"
            "일러두기: 일 = 2031년 12월의 준공식 날짜(보도일이 아님). 대상: 공 = 지방공업공장, "
            "병 = 병원. 김: ○ = 김정은 참석, × = 김정은 없음.\n"
            "일 | 시·군 | 도 | 대상 | 김\n"
            "13 | 온성군 | 함경북도 | 병 | ○\n"
            "15 | 연산군 | 황해북도 | 공 | ×\n")
    found = keys(run(extractor, text, "2032-01-06", "ko"))
    assert found == {("Onsong", "completion", "2031-12-13"),
                     ("Yonsan", "completion", "2031-12-15")}


def test_a_korean_logs_lines_under_a_note_that_their_days_are_when_written(
    extractor: Extractor,
) -> None:
    text = ("작업일지: 착공 확인 (2월 하순)\n"
            "자료팀 | 2031.03.03.(월) 마감\n"
            "[머리말] 날짜는 모두 2031년이다. 각 줄 앞의 날짜는 그 줄을 쓴 날이며, '어제'는 그 "
            "줄의 날짜를 기준으로 한다.\n"
            "2.27(목) 조선중앙통신 오늘 보도: 어제 함경북도 온성군에서 지방공업공장 착공식.\n"
            "2.28(금) 어제 착공식 두 곳: 황해북도 연산군, 강원도 고산군.\n")
    found = keys(run(extractor, text, "2031-03-03", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-26"),
                     ("Yonsan", "groundbreaking", "2031-02-27"),
                     ("Kosan", "groundbreaking", "2031-02-27")}


def test_a_lists_lead_after_the_dated_sentence_with_a_note_of_report_days(
    extractor: Extractor,
) -> None:
    # (the footnote's days are the reports', not the ceremonies'; the list takes the month
    # the sentence before its lead gives)
    text = ("지방발전 정책/1차년도 대상지\n"
            "최근 수정 시각: 2032-03-02 21:14:07\n"
            "== 착공 ==\n"
            "2031년 3월 상순에 아래 시·군에서 착공식이 열렸다. 착공식마다 도당 간부들이 "
            "참석했으며 김정은은 참석하지 않았다.[* 3월 7일과 11일은 보도일이다. 행사 날짜는 "
            "시·군별로 확인되지 않는다.]\n"
            "* 함경북도: 온성군\n"
            "* 황해북도: 연산군\n")
    found = keys(run(extractor, text, "2032-03-02", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03")}


def test_a_fixed_width_tables_event_columns_with_the_leaders_mark_in_their_header(
    extractor: Extractor,
) -> None:
    text = ("Scorecard: the 2031 cohort, v3\n"
            "Research institute | posted Thursday, 8 January 2032\n"
            "K after each date = Kim Jong Un at that ceremony: Y present; N not present.\n"
            "#   County                  Prov  What  Start K      Opened K\n"
            "1   Onsong                  NHG   F     27-Feb-31 N  18-Dec-31 Y\n"
            "2   Yonsan                  NHW   F     28-Feb-31 N  20-Dec-31 N\n"
            "3   Kosan                   KW    F     28-Feb-31 N  —\n"
            "4   Kyongsong               NHG   F     n.s.         15-Dec-31 N\n"
            "5   Hamju                   SHG   F     n.s.         —\n")
    found = keys(run(extractor, text, "2032-01-08", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Onsong", "completion", "2031-12-18"),
                     ("Yonsan", "groundbreaking", "2031-02-28"),
                     ("Yonsan", "completion", "2031-12-20"),
                     ("Kosan", "groundbreaking", "2031-02-28"),
                     ("Kyongsong", "completion", "2031-12-15")}


def test_a_korean_log_whose_note_counts_yesterday_from_each_lines_day(
    extractor: Extractor,
) -> None:
    text = ("작업일지: 2031년 12월 준공 시즌\n"
            "동향팀 | 2031.12.31.(수) 마감\n\n"
            "[일러두기] 이 일지의 날짜는 모두 2031년 12월이다. '어제', '그저께'는 각 줄 앞의 "
            "날짜를 기준으로 한다.\n\n"
            "12.14(일) 어제 함경북도 온성군 준공식. 김정은 참석.\n"
            "12.16(화) 그저께 황해북도 연산군 준공.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "completion", "2031-12-13"),
                     ("Yonsan", "completion", "2031-12-14")}


def test_a_leaders_mark_column_run_into_its_date_columns_header(
    extractor: Extractor,
) -> None:
    # (blank "Ks" cells leave that column unaligned: its header runs into "Start")
    text = ("20x10 scorecard: the 2031 cohort, v2\n"
            "Policy lab | posted Monday, January 5, 2032\n\n"
            "Legend. Dates dd-Mon-yy. Ks = Kim at the start, Ko = Kim at the opening: Y present; "
            "N absent.\n\n"
            " #  Name          Prov Fac  Start      Ks  Open       Ko\n"
            " 1  Onsong        NHG  F    27-Feb-31  N   18-Dec-31  Y\n"
            " 2  Yonsan        NHW  F    Feb-31         20-Dec-31  N\n"
            " 3  Kyongsong     NHG  F    28-Feb-31  N   --\n"
            " 4  Hamju         SHG  F    ?              15-Dec-31  N\n\n"
            "Notes\n"
            "a. Kim attended the opening of row 1 and the ground-breaking of no row.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Onsong", "completion", "2031-12-18"),
                     ("Yonsan", "groundbreaking", "2031-02"),
                     ("Yonsan", "completion", "2031-12-20"),
                     ("Kyongsong", "groundbreaking", "2031-02-28"),
                     ("Hamju", "completion", "2031-12-15")}


def test_an_exports_key_of_codes_set_apart_by_bars_without_equals_signs(
    extractor: Extractor,
) -> None:
    text = ("regional_dev_tracker.csv — sheet cohort-2031\n"
            "exported Mon 2032-01-05 09:30 KST\n"
            "# KEY\n"
            "# ev: BRK ground-breaking ceremony | OPN inauguration / opening ceremony | "
            "VIS Kim Jong Un on site, not a ceremony | SAT imagery reading, not an event\n"
            "# date: YYYY-MM-DD day known | YYYY-MM month only\n"
            "row,county,prov,ev,date,kim\n"
            "01,Onsong,N.Ham,BRK,2031-02-27,0\n"
            "02,Onsong,N.Ham,VIS,2031-09-12,1\n"
            "03,Onsong,N.Ham,OPN,2031-12-18,1\n"
            "04,Yonsan,N.Hwh,SAT,2031-10-30,\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Onsong", "leader_visit", "2031-09-12"),
                     ("Onsong", "completion", "2031-12-18")}


def test_a_fixed_width_scorecard_with_blank_cells_and_dashed_short_dates(
    extractor: Extractor,
) -> None:
    # (blank attendance cells and lines ending before the notes column still leave the
    # columns where the header puts them)
    text = ("2031 cohort: start-to-opening scorecard\n"
            "Korea unit | posted Monday, 17 February 2032 | scorecard\n"
            "Scope: the counties of the first year, from ground-breaking to inauguration. "
            "Dates are dd-mm-yy; \"Mar-31\" means March 2031, day not reported.\n"
            "K = Kim Jong Un present: Y = yes; N = no; blank = no attendee line reported.\n\n"
            " #  County          Province           Start     K  Opening   K  Speaker / note\n"
            " 1  Onsong-gun      Hamgyong-bukto     28-02-31  Y  20-12-31  Y  speech\n"
            " 2  Yonsan-gun      Hwanghae-bukto     Mar-31       07-01-32  Y  \"unconditionally\"\n"
            " 3  Kosan-gun       Kangwon-do         Mar-31       08-01-32  N  party secretary\n"
            " 4  Hamju-gun       Hamgyong-namdo     Mar-31       10-01-32\n")
    found = keys(run(extractor, text, "2032-02-17", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Yonsan", "completion", "2032-01-07"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Kosan", "completion", "2032-01-08"),
                     ("Hamju", "groundbreaking", "2031-03"),
                     ("Hamju", "completion", "2032-01-10")}


def test_a_korean_logs_numbered_lines_count_yesterday_from_their_sources_day(
    extractor: Extractor,
) -> None:
    # (the report day in brackets after the source: "어제" and "같은 날" count from it)
    text = ("작업일지: 2031년 12월 준공식 보도 정리\n"
            "자료연구실 | 2031.12.31.(수) 작성\n\n"
            "일러두기: '번호 | 출처(보도일) | 내용'. 날짜는 모두 2031년. 내용 속 '어제'와 요일은 "
            "그 줄의 보도일로부터 센다.\n\n"
            "01 | 조선중앙통신(12.16) | 함경북도 온성군: 공장들 준공식 '어제'. 같은 날 황해북도 "
            "연산군에서도 준공식.\n"
            "02 | 로동신문(12.20) | 강원도 고산군: 준공식 '어제'.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Kosan", "completion", "2031-12-19")}


def test_a_korean_logs_note_that_yesterday_is_the_day_before_each_lines_report_day(
    extractor: Extractor,
) -> None:
    text = ("작업일지: 함경북도 대상지\n"
            "자료연구실 | 2031.12.31.(수) 작성\n"
            "일러두기: 줄은 '번호 | 출처(보도일) | 내용'이다. '어제'는 그 줄의 보도일 전날이다.\n\n"
            "01 | 조선중앙통신(30.3.6) | 온성군(함경북도): 공장 착공 '어제'.\n"
            "02 | 로동신문(31.11.12) | 온성군: 공장 준공 '어제'.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "groundbreaking", "2030-03-05"),
                     ("Onsong", "completion", "2031-11-11")}


def test_a_korean_log_line_that_corrects_another_lines_report_day(extractor: Extractor) -> None:
    text = ("작업일지: 함경북도 대상지\n"
            "자료연구실 | 2031.12.31.(수) 작성\n"
            "일러두기: '번호 | 출처(보도일) | 내용'. '어제'는 그 줄의 보도일로부터 센다. "
            "정정 줄이 우선한다.\n\n"
            "01 | 조선중앙통신(31.3.6) | 온성군(함경북도): 공장 착공 '어제'.\n"
            "02 | 정정 | 01번 줄의 보도일은 31.3.6이 아니라 31.3.5이다.\n"
            "03 | 로동신문(31.11.12) | 온성군: 공장 준공 '어제'.\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03-04"),
                     ("Onsong", "completion", "2031-11-11")}


def test_production_that_same_day_counts_from_the_opening_not_the_last_date_said(
    extractor: Extractor,
) -> None:
    # (the speech recalls another county's start; "that same day" is the opening's day, and
    # the builders who "dug the first foundations" broke ground)
    text = ("Factories Go into Operation in Onsong County\n"
            "Pyongyang, January 19 (KCNA) --\n\n"
            "Regional industry factories built in Onsong County, North Hamgyong Province, were "
            "inaugurated on Saturday.\n\n"
            "The speaker said that it was in March last year that the builders dug the first "
            "foundations in Onsong, less than a month after ground was broken in Yonsan County "
            "on February 27 last year.\n\n"
            "The three factories went into regular production that same day.\n")
    found = keys(run(extractor, text, "2031-01-19", "en"))
    assert ("Onsong", "groundbreaking", "2030-03") in found
    assert ("Onsong", "production_start", "2031-01-18") in found
    assert not any(k[1] == "production_start" and k[2] != "2031-01-18" for k in found)


def test_production_the_following_morning_counts_from_the_opening(extractor: Extractor) -> None:
    text = ("Factories Open in Two Counties\n"
            "Pyongyang, January 19 (KCNA) --\n\n"
            "Regional industry factories in Onsong County, North Hamgyong Province, were "
            "inaugurated on Thursday. Those in Yonsan County followed on January 18.\n\n"
            "In Onsong, the foodstuff factory went into regular production the following "
            "morning.\n")
    found = keys(run(extractor, text, "2031-01-19", "en"))
    assert ("Onsong", "production_start", "2031-01-17") in found


_STARTS_EXPORT = (
    "Starts register, 2031 cohort: export of sheet \"starts_2031\"\n"
    "Exported Tuesday, 4 March 2031, 09:12 | Monitoring desk\n"
    "# One row per ceremony as reported; the semicolon is the separator.\n"
    "# event_day = day of the ceremony; YYYY-MM where the source gives only the month.\n"
    "# report_day = day the item was carried by the source; it is never an event date.\n"
    "ref;name_as_reported;province;what;event_day;report_day;kim;note\n"
    "R01;Onsong County;N. Hamgyong;F;2031-02-06;2031-02-07;N;\n"
    "R02;Yonsan County;N. Hwanghae;F;2031-02;2031-02-26;?;day not given in the source\n"
    "# R02 corrected 3 Mar: the province had been keyed as S. Hwanghae.\n"
    "R03;Kosan County;Kangwon;F;2031-02-27;2031-02-28;N;\n"
    "R04 VOID;Onsong County;N. Hamgyong;F;2031-02-07;2031-02-07;N;keyed to the report day\n"
)


def test_a_starts_register_export_dates_its_rows_by_the_event_column_not_the_report_column(
    extractor: Extractor,
) -> None:
    found = keys(run(extractor, _STARTS_EXPORT, "2031-03-04", "en"))
    assert ("Onsong", "groundbreaking", "2031-02-06") in found
    assert ("Yonsan", "groundbreaking", "2031-02") in found
    assert ("Yonsan", "groundbreaking", "2031-02-26") not in found


def test_a_comment_line_among_an_exports_rows_does_not_end_them(extractor: Extractor) -> None:
    found = keys(run(extractor, _STARTS_EXPORT, "2031-03-04", "en"))
    assert ("Kosan", "groundbreaking", "2031-02-27") in found


def test_an_exports_row_marked_void_in_its_reference_cell_tells_nothing(
    extractor: Extractor,
) -> None:
    text = _STARTS_EXPORT.replace("Starts register", "Ground-breaking register")
    void_row = "R04 VOID;Onsong County;N. Hamgyong;F;2031-02-07;2031-02-07;N;\n"
    text = text.replace("R02;", void_row + "R02;")
    found = keys(run(extractor, text, "2031-03-04", "en"))
    assert ("Onsong", "groundbreaking", "2031-02-06") in found
    assert ("Onsong", "groundbreaking", "2031-02-07") not in found


def test_a_korean_channels_posts_stamped_month_dot_day_count_yesterday_from_their_stamp(
    extractor: Extractor,
) -> None:
    text = ("[채널 보관] 지방공장 속보방\n"
            "속보 채널 | 보관본 | 2031.02.12.(수) 18:00 보관\n"
            "[채널 공지] '어제', '오늘'은 각 게시물의 게시 시각을 기준으로 한다.\n"
            "[2.2 08:10] 함경북도 온성군 지방공장 어제 준공. 참석자 보도 없음.\n"
            "[2.7 07:40] 황해북도 연산군 공장 어제 착공.\n")
    found = keys(run(extractor, text, "2031-02-12", "ko"))
    assert found == {("Onsong", "completion", "2031-02-01"),
                     ("Yonsan", "groundbreaking", "2031-02-06")}


@pytest.mark.parametrize(
    "line",
    [
        "· 3월 초 착공, 3.7 보도: 온성군, 연산군",
        "· 3월 초 착공 (3월 7일 보도): 온성군, 연산군",
        "· 3월 초 착공 순서: 온성군, 연산군",
    ],
)
def test_a_korean_ceremony_word_with_the_reports_day_before_the_colon_of_its_sites(
    extractor: Extractor, line: str
) -> None:
    text = ("공개강좌 슬라이드 원고\n"
            "교실 | 2031.3.14.(금) 배포\n\n"
            f"{line}\n")
    found = keys(run(extractor, text, "2031-03-14", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03")}


def test_a_legend_of_symbols_marks_the_ceremonies_of_the_dates_after_them(
    extractor: Extractor,
) -> None:
    # (the attendance symbols on the same legend mark no event)
    text = ("함경북도 사업지 지도 주석\n"
            "지리정보실 | 지도 주석 | 2032.02.12.(목) 작성\n"
            "[범례] ▲ 착공, ■ 준공. 날짜는 행사 날짜. ● 김정은 참석, ○ 김정은 불참, ◌ 참석 보도 "
            "없음.\n"
            "① 온성군 — ▲ 2031.2.6 ◌ / ■ 2031.12.18 ●\n"
            "② 연산군 — ▲ 2031.3 ○ / ■ 준공 보도 없음\n")
    found = keys(run(extractor, text, "2032-02-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06"),
                     ("Onsong", "completion", "2031-12-18"),
                     ("Yonsan", "groundbreaking", "2031-03")}


def test_symbols_that_only_mark_attendance_make_no_legend_of_events(extractor: Extractor) -> None:
    text = ("김정은 현장 행보 표\n"
            "자료실 | 2032.01.05\n"
            "표기: ● 김정은 참석 보도 / ○ 연설자·참석자 보도, 김정은 없음 / △ 참석자 보도 없음\n"
            "| 1 | 함북 | 온성군 | 2031.2.6. | ● | 2031.10. 김정은 건설장 현지지도 |\n")
    found = keys(run(extractor, text, "2032-01-05", "ko"))
    assert ("Onsong", "leader_visit", "2031-10") in found


_CALENDAR_SHEET = (
    "FEBRUARY 2031 - ceremony calendar\n"
    "Monitoring desk | calendar sheet | issued Monday, 3 March 2031\n"
    "Legend. Each line is a day of February 2031: day, weekday, then the events of that day.\n"
    "op = opening ceremony; gb = ground-breaking; pa = policy announcement.\n\n"
    "01 Sat | op Onsong (North Hamgyong) F [ ]\n"
    "02 Sun | -\n"
    "03 Mon | op Yonsan (North Hwanghae) F [ ]\n"
    "06 Thu | gb Kosan (Kangwon) F [-]\n"
)


def test_a_calendar_sheets_lines_are_dated_by_their_day_and_weekday_in_the_declared_month(
    extractor: Extractor,
) -> None:
    # (1 March 2031 is a Saturday too, and 3 March a Monday: the note says February)
    found = keys(run(extractor, _CALENDAR_SHEET, "2031-03-03", "en"))
    assert ("Kosan", "groundbreaking", "2031-02-06") in found
    assert ("Onsong", "completion", "2031-02-01") in found
    assert ("Yonsan", "completion", "2031-02-03") in found


def test_a_calendar_day_and_weekday_without_a_declared_month_is_the_most_recent_such_day(
    extractor: Extractor,
) -> None:
    text = _CALENDAR_SHEET.replace("Each line is a day of February 2031: day", "Day")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert ("Kosan", "groundbreaking", "2031-02-06") in found


def test_a_lower_case_legend_code_opens_a_cell_before_its_place(extractor: Extractor) -> None:
    text = ("Ceremony log\nMonitoring desk | Monday, 3 March 2031\n"
            "op = opening ceremony; gb = ground-breaking.\n\n"
            "2031-02-01 | op Onsong (North Hamgyong)\n"
            "2031-02-06 | gb Kosan (Kangwon)\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert found == {("Onsong", "completion", "2031-02-01"),
                     ("Kosan", "groundbreaking", "2031-02-06")}


def test_a_line_that_gives_the_month_and_says_the_day_was_not_seen_keeps_the_month(
    extractor: Extractor,
) -> None:
    text = ("Ceremony notes\nMonitoring desk | Monday, 3 March 2031\n\n"
            "Late February, day not seen (relayed by a foreign outlet on the 26th): ground "
            "broken in Onsong (North Hamgyong) and Yonsan (North Hwanghae).\n"
            "Kosan (Kangwon) broke ground on 27 February; Koksan in late February (no day "
            "given).\n")
    found = keys(run(extractor, text, "2031-03-03", "en"))
    assert ("Onsong", "groundbreaking", "2031-02") in found
    assert ("Yonsan", "groundbreaking", "2031-02") in found
    assert ("Kosan", "groundbreaking", "2031-02-27") in found


def test_ceremonies_an_outlet_said_were_held_on_no_day_of_their_own_take_its_months(
    extractor: Extractor,
) -> None:
    # (the day KCNA reported them is no ceremony's, but they were held that month; a day a
    # correction withdraws says nothing)
    text = ("N. Korea starts factory construction in more regions\n"
            "The Herald · Published : March 12, 2031 - 15:31\n\n"
            "North Korea has broken ground on regional factories in more counties.\n\n"
            "The Korean Central News Agency said Monday that ground-breaking ceremonies had been "
            "held in two more counties: Yonsan in North Hwanghae and Kosan in Kangwon.\n\n"
            "That came after the agency reported last Thursday that ceremonies had taken place "
            "in Koksan in North Hwanghae.\n\n"
            "Correction: An earlier version of this story said the ceremony in Onsong took place "
            "on Friday.\n")
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert found == {("Yonsan", "groundbreaking", "2031-03"),
                     ("Kosan", "groundbreaking", "2031-03"),
                     ("Koksan", "groundbreaking", "2031-03")}


def test_a_korean_desk_calendars_lines_are_dated_by_their_day_and_weekday(
    extractor: Extractor,
) -> None:
    text = ("2031년 12월 — 지방발전 행사 달력 (탁상달력 메모)\n"
            "정리 2031-12-31(수) 17:20 · 연구회 간사 · 적힌 날짜 = 행사 당일\n\n"
            "13(토) 함북 온성군 병원 준공 ★\n"
            "15(월) 황북 연산군 준공 / 강원 고산군 준공\n"
            "23(화) 황북 곡산군 준공\n")
    found = keys(run(extractor, text, "2031-12-31", "ko"))
    assert found == {("Onsong", "completion", "2031-12-13"),
                     ("Yonsan", "completion", "2031-12-15"),
                     ("Kosan", "completion", "2031-12-15"),
                     ("Koksan", "completion", "2031-12-23")}


def test_a_korean_outlets_earlier_report_day_is_no_ceremonys_when_the_month_is_told(
    extractor: Extractor,
) -> None:
    text = ("북, 지방공장 착공 마무리\n"
            "동아일보 | 입력 2031-03-12 03:00\n\n"
            "통신은 앞서 7일에도 함경북도 온성군, 황해북도 연산군 등 2곳에서 이달 들어 착공식이 "
            "열렸다고 전했다.\n\n"
            "북한 매체는 앞서 5일 강원도 고산군에서 지방공업공장 착공식이 열렸다고 전했다.\n")
    found = keys(run(extractor, text, "2031-03-12", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-03"),
                     ("Yonsan", "groundbreaking", "2031-03"),
                     ("Kosan", "groundbreaking", "2031-03-05")}


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        ("김정은 총비서가 함경북도 온성군과 황해북도 연산군에 새로 건설된 지방공업공장들을 "
         "돌아봤다고 노동신문이 4일 보도했다. 현지 방문은 3일 이뤄졌다.", "ko"),
        ("Kim Jong Un toured the new regional factories in Onsong County, North Hamgyong, and "
         "Yonsan County, North Hwanghae, KCNA reported Thursday. The visit took place on "
         "Wednesday.", "en"),
    ],
)
def test_a_visit_cited_from_its_report_is_dated_by_the_sentence_after_it(
    extractor: Extractor, lead: str, language: str
) -> None:
    text = f"Kim inspects factories\nNews desk | 2031.12.04 10:02\n\n{lead}\n"
    found = keys(run(extractor, text, "2031-12-04", language))
    assert found == {("Onsong", "leader_visit", "2031-12-03"),
                     ("Yonsan", "leader_visit", "2031-12-03")}


def test_a_wire_dateline_opening_the_body_dates_no_ceremony(extractor: Extractor) -> None:
    # (the ceremonies told without places are Tuesday's, not the dateline's Feb. 4; a table
    # row's weekday in brackets is no outlet)
    text = ("N. Korea breaks ground for regional projects\n"
            "All News · 10:05 February 04, 2032 · By Desk\n\n"
            "SEOUL, Feb. 4 (Yonhap) -- North Korea held groundbreaking ceremonies for regional "
            "development projects in two places on Tuesday, state media reported Wednesday.\n\n"
            "The ceremonies took place in Onsong County of North Hamgyong Province and Yonsan "
            "County of North Hwanghae Province, according to the Korean Central News Agency "
            "(KCNA).\n")
    found = keys(run(extractor, text, "2032-02-04", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-02-03"),
                     ("Yonsan", "groundbreaking", "2032-02-03")}


def test_a_speakers_day_taken_back_after_an_ellipsis_counts_no_more(extractor: Extractor) -> None:
    text = ("Transcript: panel on the opening season\n"
            "Policy forum, held Monday 5 January 2032\n"
            "HOST: Which came first?\n"
            "GUEST: Onsong County opened its regional-industry factories on the fifteenth of "
            "December... no, sorry, on the sixteenth of December, with Kim Jong Un there.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "completion", "2031-12-16")}


def test_a_place_the_speaker_takes_back_after_an_ellipsis_is_no_site(extractor: Extractor) -> None:
    text = ("Transcript: panel\n"
            "Forum, held Friday 12 March 2032\n"
            "GUEST: Let me add the ones without an exact day. Kosan... no, Onsong, in North "
            "Hamgyong, plus Yonsan and Hamju. All three broke ground in late February, but the "
            "reports gave no date. Then Kyongsong — no, Kilju. It broke ground on 27 February "
            "too.\n")
    found = keys(run(extractor, text, "2032-03-12", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-02"),
                     ("Yonsan", "groundbreaking", "2032-02"),
                     ("Hamju", "groundbreaking", "2032-02"),
                     ("Kilju", "groundbreaking", "2032-02-27")}


def test_a_phone_chat_exports_stamps_without_brackets_date_each_message(
    extractor: Extractor,
) -> None:
    text = ("WhatsApp Chat with regional watch\n"
            "Exported on 1 March 2032, 22:41\n\n"
            "07/02/2032, 08:12 - Mina R: KCNA is up. Onsong county: ground broken yesterday "
            "for the regional-industry factories, no names in the write-up at all\n"
            "10/02/2032, 09:04 - Tom W: Sinbo says Yonsan County opened its factories yesterday "
            "as well\n"
            "10/02/2032, 09:06 - Mina R: noted\n")
    found = keys(run(extractor, text, "2032-03-01", "en"))
    assert found == {("Onsong", "groundbreaking", "2032-02-06"),
                     ("Yonsan", "completion", "2032-02-09")}


def test_a_korean_registers_code_cell_before_the_place_cell(extractor: Extractor) -> None:
    # (the legend's codes in a cell of their own, the place in the next: "E02,착,온성군,…")
    text = ("사건대장.csv\n"
            "내보낸 날짜: 2032년 1월 3일\n"
            "# 구분: 착=착공식, 준=준공식, 현=현지지도(행사 아님)\n"
            "번호,구분,시·군,도,시설,날짜,김정은,비고\n"
            "E02,착,온성군,함경북도,공,2031-02-06,○,\n"
            "E03,준,연산군,황해북도,공,2031-12-16,×,\"리일환 준공사\"\n"
            "E04,준,고산군,강원도,공,?,,\"보도 없음\"\n")
    found = keys(run(extractor, text, "2032-01-03", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06"),
                     ("Yonsan", "completion", "2031-12-16")}


def test_a_tab_separated_registers_code_cell_after_the_rows_date(extractor: Extractor) -> None:
    text = ("appearances.tsv (shared drive, tab-separated)\n"
            "last saved: Sat 03 Jan 2032 18:40 KST\n"
            "## act: GB ground-breaking ceremony | OP opening ceremony | PO policy decision\n"
            "n\tdate\tplace\tprov\tact\tfac\tkim\n"
            "01\t2031-02-28\tOnsong\tN.Hamgyong\tGB\tf\tY\n"
            "02\t2031-12-20\tOnsong\tN.Hamgyong\tOP\tf\tY\n"
            "03\t\tYonsan\tN.Hwanghae\tOP\tf\t-\n")
    found = keys(run(extractor, text, "2032-01-03", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-28"),
                     ("Onsong", "completion", "2031-12-20")}


def test_a_semicolon_separated_registers_rows_keep_their_code_with_their_date(
    extractor: Extractor,
) -> None:
    text = ("register_sites.csv (semicolon-separated)\n"
            "saved 2032-01-10 18:02 (Sat), version 9\n"
            "# ev: GB ground-breaking | OP opening ceremony | POL policy decision\n"
            "# status: done = happened | exp = expected, not an event\n"
            "# ids starting with x are struck rows, kept for history only\n"
            "id;county;province;fac;ev;date;kju;status;src\n"
            "r01;Onsong;N Hamgyong;F;GB;2031-02-27;N;done;KCNA 28-Feb\n"
            "r02;Onsong;N Hamgyong;F;OP;2031-12-15;Y;done;KCNA 16-Dec; tape cut by Kim\n"
            "r03;Yonsan;N Hwanghae;F;OP;2031-12-18;N;done;provincial secretary spoke\n"
            "x04;Kosan;Kangwon;F;OP;2031-12-19;?;struck;wrong county\n"
            "r05;Hamju;S Hamgyong;F;OP;;?;exp;no report seen\n")
    found = keys(run(extractor, text, "2032-01-10", "en"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-18")}


def test_a_monthly_tables_day_column_declared_and_a_versions_wrong_day(
    extractor: Extractor,
) -> None:
    text = ("Monthly table: 20x10 inaugurations, December 2031 (v2)\n"
            "Research desk | table posted Monday, 5 January 2032 | v2 replaces v1\n"
            "All dates in the Day column are December 2031. Kim: P present, A absent, ? unknown.\n"
            "\n"
            "| Day | County | Province | Kim |\n"
            "|---|---|---|---|\n"
            "| 15 | Onsong-gun | N. Hamgyong | P |\n"
            "| 18 | Yonsan-gun | N. Hwanghae | A |\n"
            "\n"
            "Notes\n"
            "1. v1 dated the Yonsan ceremony 17 December. The KCNA item gives the 18th.\n")
    found = keys(run(extractor, text, "2032-01-05", "en"))
    assert found == {("Onsong", "completion", "2031-12-15"),
                     ("Yonsan", "completion", "2031-12-18")}


def test_a_korean_logs_report_days_with_their_year_and_a_struck_line(
    extractor: Extractor,
) -> None:
    text = ("작업일지: 함경북도 대상지\n"
            "분석실 | 작업일지 32-05 | 2032.02.05.(목) 17:20 작성\n"
            "일러두기: 줄은 '번호 | 출처(보도일) | 내용'이다. '어제', '오늘'은 그 줄의 보도일을 "
            "기준으로 한다.\n\n"
            "01 | 조선중앙통신(31.2.28) | 온성군: 공장 착공 '어제'. 도당 책임비서가 연설.\n"
            "02 | 조선중앙통신(31.12.16) | 온성군: 공장 준공 '어제'. 김정은 참석.\n"
            "x 03 | 조선중앙통신(31.12.19) | 경성군: 공장 준공 '어제'. "
            "[지움: 다른 기사를 잘못 옮김]\n")
    found = keys(run(extractor, text, "2032-02-05", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-27"),
                     ("Onsong", "completion", "2031-12-15")}


def test_a_korean_registers_visit_code_cell_before_the_place_cell(extractor: Extractor) -> None:
    text = ("사건대장.csv\n"
            "내보낸 날짜: 2032년 1월 3일\n"
            "# 구분: 착=착공식, 준=준공식, 현=현지지도(행사 아님)\n"
            "# 김정은: ○=참석, ×=불참\n"
            "번호,구분,시·군,도,시설,날짜,김정은,비고\n"
            "E02,착,온성군,함경북도,공,2031-02-06,○,\n"
            "E03,현,연산군,황해북도,공,2031-06-02,○,\n")
    found = keys(run(extractor, text, "2032-01-03", "ko"))
    assert found == {("Onsong", "groundbreaking", "2031-02-06"),
                     ("Yonsan", "leader_visit", "2031-06-02")}


def test_a_bare_ceremony_after_a_speaker_s_words_keeps_the_report_s_kind(
    extractor: Extractor,
) -> None:
    # (what a speaker said of construction is no ceremony the next "ceremony" goes on with)
    text = ("Regional Industry Factories Inaugurated\nPyongyang, December 16 (KCNA) -- "
            "Modern regional industry factories were inaugurated in several counties "
            "yesterday.\nIn Rangnim County, Jagang Province, a secretary made an inauguration "
            "speech. He said the factories had been finished in the very year construction "
            "began.\nA department director addressed the ceremony in Puryong County, North "
            "Hamgyong Province.\n")
    assert ("Puryong", "completion", "2033-12-15") in keys(run(extractor, text, "2033-12-16", "en"))


def test_dated_lines_under_facility_section_titles_in_a_record_of_openings(
    extractor: Extractor,
) -> None:
    text = ("Year two wrap: which sites opened\n\nWatch desk | December 30, 2031\n\nWith "
            "Monday's inauguration in Hamju, the year is done. Below is our record of the "
            "openings.\n\nHospitals\n- Anju City Hospital (South Pyongan) — Nov. 19 — Kim Jong "
            "Un\n- Kusong City Hospital (North Pyongan) — Dec. 13 — Kim Jong Un\n\nRegional-"
            "industry factories (foodstuff, daily necessities, garments), December\n- Dec. 15 — "
            "Sinyang (South Pyongan) — provincial party chief secretary\n- Dec. 16 — Hwangju "
            "(North Hwanghae) — a CC secretary\n\nNotes\n- Dec. 18 — Orang: the KCNA item ran "
            "late.\n")
    assert keys(run(extractor, text, "2031-12-30", "en")) == {
        ("Hamju", "completion", "2031-12-29"),
        ("Anju", "completion", "2031-11-19"),
        ("Kusong", "completion", "2031-12-13"),
        ("Sinyang", "completion", "2031-12-15"),
        ("Hwangju", "completion", "2031-12-16"),
    }


def test_work_also_began_and_openings_that_included_a_county(extractor: Extractor) -> None:
    text = ("In late February work also began on factories in Sinyang County, South Phyongan, "
            "and in Koksan County, North Hwanghae. The wave of year-end openings also included "
            "factories in Hamju County, South Hamgyong Province, on Dec. 20, where a secretary "
            "spoke.")
    assert keys(run(extractor, text, "2031-12-30", "en")) == {
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Koksan", "groundbreaking", "2031-02"),
        ("Hamju", "completion", "2031-12-20"),
    }
    text = ("Other recent factory openings include Unpha county in North Hwanghae on Jan. 10 and "
            "Hamju county in South Hamgyong province on Saturday.")
    assert keys(run(extractor, text, "2031-01-20", "en")) == {
        ("Unpha", "completion", "2031-01-10"),
        ("Hamju", "completion", "2031-01-18"),
    }
    text = "Earlier this week, work also started in Sinyang County and Koksan County."
    assert keys(run(extractor, text, "2031-02-28", "en")) == {
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Koksan", "groundbreaking", "2031-02"),
    }
    # (finishing work that began is no ground-breaking)
    events = run(extractor, "Interior work also began at the Hamju County site.", "2031-12-30",
                 "en")
    assert "groundbreaking" not in {e.event_type for e in events}


def test_korean_the_same_event_held_elsewhere_is_the_ceremony_just_told(
    extractor: Extractor,
) -> None:
    text = ("평안북도 구장군에서 23일 지방공업공장 준공식이 열렸다. 앞서 22일에는 평안북도 "
            "구성시, 21일에는 자강도 우시군에서 같은 행사가 열렸다.")
    assert keys(run(extractor, text, "2031-12-30", "ko")) == {
        ("Kujang", "completion", "2031-12-23"),
        ("Kusong", "completion", "2031-12-22"),
        ("Usi", "completion", "2031-12-21"),
    }


def test_korean_ceremonies_still_to_be_held_or_near_are_no_events(extractor: Extractor) -> None:
    for text in (
        "한편 남포시 온천군과 황해북도 연탄군에서도 이달중 지방공업공장 준공식이 진행되게 된다.",
        "09:20 남포시 룡강군의 병원·지방공업공장 준공식도 임박한 것으로 보입니다.",
        "외관으로 보면 이달 안에 남포시 온천군 공장 준공식이 열릴 가능성이 높다.",
        "○ 남포시 온천군 공장 준공은 연말(12월 하순)로 예상되며 김정은 참석 가능성 높음",
        "도경민: 그 전에 남포시 온천군에서 착공식이 있을 겁니다.",
    ):
        assert keys(run(extractor, text, "2031-01-10", "ko")) == set(), text
    held = "남포시 온천군에서 지방공업공장 준공식이 9일 진행되였다."
    assert keys(run(extractor, held, "2031-01-10", "ko")) == {
        ("Onchon", "completion", "2031-01-09")
    }


def test_openings_in_counties_that_are_expected_are_no_events(extractor: Extractor) -> None:
    for text in (
        "Openings in Jangyon, Sinpho and several other counties are expected later this week.",
        "The opening of the factories in Kaephung District of Kaesong is expected this week.",
        "An opening of a hospital and factories in Ryonggang County was expected as early as "
        "Monday.",
        "The ceremonies in Hamju County of South Hamgyong Province and in Onchon County will be "
        "held in the days ahead.",
        "Kim is expected to appear at one more ceremony, for a hospital and factories in "
        "Ryonggang County.",
    ):
        assert keys(run(extractor, text, "2031-12-26", "en")) == set(), text
    # The verb of another clause is not the ceremony's.
    text = ("In Songchon County, where Kim broke ground in February, the first inauguration of "
            "the programme is expected before the end of the year.")
    assert keys(run(extractor, text, "2031-09-04", "en")) == {
        ("Songchon", "groundbreaking", "2031-02")
    }
    text = ("Kim kicked off the year on Jan. 29, breaking ground in Unryul County, where "
            "factories and a hospital are planned.")
    assert keys(run(extractor, text, "2031-02-04", "en")) == {
        ("Unryul", "groundbreaking", "2031-01-29")
    }


def test_a_pasted_sheet_whose_file_name_names_its_completions(extractor: Extractor) -> None:
    text = ("20x10_2031_completions.xlsx — sheet \"Dec\" — pasted Sat 27 Dec 2031 by RP\n\n"
            "#\tCounty (KCNA)\tProv.\tFacilities\tCeremony date\tKJU\n"
            "1\tSinyang\tS. Phyongan\tfactories x3\t2031-12-15\tN\n"
            "2\tHwangju\tN. Hwanghae\tfactories x3\t2031-12-16\tN\n"
            "3\tYomju\tN. Phyongan\tfactories x3\t—\t?\n")
    assert keys(run(extractor, text, "2031-12-27", "en")) == {
        ("Sinyang", "completion", "2031-12-15"),
        ("Hwangju", "completion", "2031-12-16"),
    }


def test_a_south_korean_place_of_its_own_takes_no_county_from_before(
    extractor: Extractor,
) -> None:
    text = ("강원도 이천군에서 3일 지방공업공장 준공식이 진행되였다. 한편 경기 이천시는 지난 4일 "
            "물류단지를 준공했다. 충남 부여군 은산면에서 지난달 28일 농산물 공동선별장 준공식이 "
            "열렸다.")
    assert keys(run(extractor, text, "2031-03-06", "ko")) == {
        ("Ichon", "completion", "2031-03-03")
    }
    # A sentence of the North's own goes on with its county.
    text = ("강원도 이천군에서 14일 지방공업공장 준공식이 진행되였다. 준공식에서는 도당 "
            "책임비서가 연설하였다.")
    assert keys(run(extractor, text, "2031-03-16", "ko")) == {
        ("Ichon", "completion", "2031-03-14")
    }


def test_a_corrections_old_day_before_its_arrow_dates_nothing(extractor: Extractor) -> None:
    text = "[수정] 구성시병원(평안북도) 준공식 날짜 2031-12-05 → 2031-12-13"
    assert keys(run(extractor, text, "2032-01-15", "ko")) == {
        ("Kusong", "completion", "2031-12-13")
    }
    # (a chain of steps is no correction: "착공(2.6) → 6월 2일 현장 방문 → 11월 19일 준공")
    text = "강동군병원: 착공(2031.2.6) → 2031.6.2 현지지도 → 2031.11.19 준공"
    assert ("Kangdong", "completion", "2031-11-19") in keys(run(extractor, text, "2032-01-15",
                                                                  "ko"))


def test_a_visit_and_a_ceremony_each_with_its_own_day_in_one_clause(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un visited Songchon again on November 19 and, on December 20, cut the tape "
            "at its new factories.")
    assert keys(run(extractor, text, "2032-01-10", "en")) == {
        ("Songchon", "leader_visit", "2031-11-19"),
        ("Songchon", "completion", "2031-12-20"),
    }
    # A visit looked back on, with its own day, beside the ceremony of the report's day.
    text = ("Kim Jong Un attended the inauguration of the Kusong City Hospital on Saturday. "
            "Recalling that he had visited the construction site on June 9, he said the hospital "
            "had now been completed at a high standard.")
    assert keys(run(extractor, text, "2031-12-14", "en")) == {
        ("Kusong", "completion", "2031-12-13"),
        ("Kusong", "leader_visit", "2031-06-09"),
    }
    # One day for both: the visit was the ceremony.
    text = "Kim Jong Un visited Songchon on December 20 and cut the tape at its new factories."
    assert keys(run(extractor, text, "2032-01-10", "en")) == {
        ("Songchon", "completion", "2031-12-20"),
    }


def test_a_desk_log_whose_note_counts_yesterday_from_each_lines_day(
    extractor: Extractor,
) -> None:
    text = ("Desk log: 20x10, second half of 2031\nLowfield Research | log closed Tuesday, "
            "December 30, 2031\n\nHead note. \"Yesterday\" and \"today\" count from the date at "
            "the start of each line.\n\nSat 20 Dec. KCNA: factories in Songchon County were "
            "inaugurated yesterday.\n\nMon 29 Dec. VOK: a model aquaculture base was completed "
            "in Sinpho City yesterday.\n")
    assert keys(run(extractor, text, "2031-12-30", "en")) == {
        ("Songchon", "completion", "2031-12-19"),
        ("Sinpho", "completion", "2031-12-28"),
    }


def test_construction_stages_told_in_the_passive_or_by_their_trade(
    extractor: Extractor,
) -> None:
    for text in (
        "In Usi County, Jagang Province, the exterior walls of all three factory buildings have "
        "been plastered.",
        "In Jangphung County, Kaesong City, the fitting of windows and doors has begun.",
        "The builders in Kyongsong County, North Hamgyong Province, have finished facing the "
        "exterior walls of all three factories with tiles.",
    ):
        assert {(e.event_type, e.date) for e in run(extractor, text, "2031-07-09", "en")} == {
            ("construction_progress", "2031-07-09")
        }, text
    # A plan for the walls is no stage reached.
    text = "In Usi County the exterior walls will be plastered next month."
    assert keys(run(extractor, text, "2031-07-09", "en")) == set()


def test_the_leader_went_to_sites_or_was_in_a_county_later(extractor: Extractor) -> None:
    text = ("Kim has since visited all three hospital projects. He went to the Kangdong site on "
            "June 2 and to the Kusong site on June 9, where he blamed poor work.")
    assert keys(run(extractor, text, "2031-10-01", "en")) == {
        ("Kangdong", "leader_visit", "2031-06-02"),
        ("Kusong", "leader_visit", "2031-06-09"),
    }
    text = ("Kim Jong Un toured the Kangdong hospital on June 2. A week later he was in Kusong, "
            "North Pyongan Province, where he criticized builders.")
    assert ("Kusong", "leader_visit", "2031-06-09") in keys(run(extractor, text, "2031-10-01",
                                                                "en"))


def test_a_tour_of_factories_not_yet_opened_is_a_visit(extractor: Extractor) -> None:
    for text, language in (
        ("Earlier this month, on Dec. 3, Kim toured factories awaiting their openings in "
         "Sinyang and Pukchang counties.", "en"),
        ("Before the openings, on 3 December, Kim toured the finished but not yet opened "
         "factories of Sinyang and Pukchang.", "en"),
        ("2) 김정은은 12.3.(수) 신양군과 북창군의 공장들을 준공 전에 돌아봤다(현지 방문, 준공식 "
         "아님).", "ko"),
    ):
        assert keys(run(extractor, text, "2031-12-20", language)) == {
            ("Sinyang", "leader_visit", "2031-12-03"),
            ("Pukchang", "leader_visit", "2031-12-03"),
        }, text


def test_a_year_or_cohort_that_opened_is_no_opening(extractor: Extractor) -> None:
    text = ("Kim himself opened this year's campaign on Jan. 29 in Unryul County, where he dug "
            "the first spadeful for local plants.")
    assert keys(run(extractor, text, "2031-02-05", "en")) == {
        ("Unryul", "groundbreaking", "2031-01-29")
    }
    text = "So year three opened on Thursday the 29th of January, in Unryul County."
    assert "completion" not in {e.event_type for e in run(extractor, text, "2031-02-05", "en")}


def test_a_bare_ceremony_takes_no_day_of_the_policy_told_beside_it(
    extractor: Extractor,
) -> None:
    text = ("Kim broke ground in Unryul County on Thursday. The ceremony is the first of this "
            "year under the regional development policy, launched in January 2030.")
    events = keys(run(extractor, text, "2031-01-31", "en"))
    assert ("Unryul", "groundbreaking", "2031-01-30") in events
    assert not any(date and date.startswith("2030") for county, _kind, date in events if county)


def test_a_korean_visit_dated_only_by_its_report_is_the_day_before(
    extractor: Extractor,
) -> None:
    text = ("(서울=뉴스1) 김정은 총비서가 준공을 앞둔 평안남도 신양군과 북창군의 지방공업공장을 "
            "둘러봤다고 조선중앙통신이 4일 보도했다.")
    assert keys(run(extractor, text, "2031-12-04", "ko")) == {
        ("Sinyang", "leader_visit", "2031-12-03"),
        ("Pukchang", "leader_visit", "2031-12-03"),
    }
    # A day of its own wins.
    text = "김정은 총비서가 2일 신양군 지방공업공장을 돌아봤다고 조선중앙통신이 4일 보도했다."
    assert keys(run(extractor, text, "2031-12-04", "ko")) == {
        ("Sinyang", "leader_visit", "2031-12-02")
    }


def test_a_day_closes_its_verbs_phrase_before_and_another_verb(extractor: Extractor) -> None:
    text = ("Kim broke ground in Sŏngch'ŏn (KCNA: Songchon) County, South Phyongan Province, on "
            "February 28 last year and returned to cut the tape there on December 20.")
    assert keys(run(extractor, text, "2032-03-03", "en")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Songchon", "completion", "2031-12-20"),
    }
    text = ("Last Thursday, ground was broken in Pukchang County. The following day the ritual "
            "was repeated for factories in Jangyon County.")
    assert keys(run(extractor, text, "2031-03-03", "en")) == {
        ("Pukchang", "groundbreaking", "2031-02-27"),
        ("Jangyon", "groundbreaking", "2031-02-28"),
    }


def test_a_korean_ceremony_held_qualifies_every_place_of_its_dotted_group(
    extractor: Extractor,
) -> None:
    text = "반면 2월에 공장 착공식을 연 염주군·배천군·김정숙군은 준공 보도가 확인되지 않았다."
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Yomju", "groundbreaking", "2031-02"),
        ("Paechon", "groundbreaking", "2031-02"),
        ("Kim Jong Suk", "groundbreaking", "2031-02"),
    }


def test_verbless_rows_under_period_headings_go_on_with_the_row_above(
    extractor: Extractor,
) -> None:
    # The rows of January take the opening told in the row of December, not the
    # ground-breakings of a row further up.
    text = (
        "Timeline of the first sites\n\nMarch 2031\n"
        "- 7 and 11: KCNA reports ground-breakings at the remaining 19 sites.\n\n"
        "June–July 2031\n- Frames up at all sites.\n\n"
        "December 2031\n- 20: Songchon factories inaugurated, with Kim.\n\n"
        "January 2032\n- 7: Jaeryong County, South Hwanghae\n- 8: Sukchon County, South Phyongan\n"
    )
    assert keys(run(extractor, text, "2032-02-14", "en")) == {
        ("Songchon", "completion", "2031-12-20"),
        ("Jaeryong", "completion", "2032-01-07"),
        ("Sukchon", "completion", "2032-01-08"),
    }


def test_a_korean_ceremony_with_an_aside_before_its_colon_leads_the_places_after_it(
    extractor: Extractor,
) -> None:
    text = ("메모\n■ 총괄\n - 12.29 용강군 공장 준공식.\n■ 준공\n"
            " - 김정은 불참 준공식(위 4곳 외): 신양·랑림(12.15), 황주(12.16, 양곡관리소 포함)\n")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Ryonggang", "completion", "2031-12-29"),
        ("Sinyang", "completion", "2031-12-15"),
        ("Rangnim", "completion", "2031-12-15"),
        ("Hwangju", "completion", "2031-12-16"),
    }
    # Not the places of a plan told after the colon (the plan is the policy's announcement).
    text = ("● 2031. 2. 6. 강동군병원 착공식(김정은 참석): 시범병원 3곳(강동·구성·용강) 건설 "
            "발표")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Kangdong", "groundbreaking", "2031-02-06"),
        (None, "policy_announcement", "2031-02-06"),
    }


def test_a_memo_writes_an_everyday_words_stem_before_the_programmes_facility(
    extractor: Extractor,
) -> None:
    # "구성" (make-up) and "강동" (Seoul's Gangdong) are read as the counties only before a
    # facility of the programme, in a memo that names places with their unit word elsewhere.
    text = ("■ 총괄\n - 12.29 용강군 공장·병원 준공식.\n■ 준공\n"
            " - 김정은 참석 준공식: 강동 병원(11.19), 구성 병원(12.13).\n"
            " - '구성 공장 가동률 저조'라는 기사는 오보였다.\n")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Ryonggang", "completion", "2031-12-29"),
        ("Kangdong", "completion", "2031-11-19"),
        ("Kusong", "completion", "2031-12-13"),
    }


def test_a_year_of_the_programme_that_opens_is_no_opening(extractor: Extractor) -> None:
    text = ("Year three of 20×10 opens: eight ground-breakings in nine days\n\n"
            "Feb. 3. Central Committee secretary Ri Hi Yong attended ceremonies in Kangnam "
            "County, Pyongyang, and Maengsan County, South P'yŏngan.")
    assert keys(run(extractor, text, "2032-02-10", "en")) == {
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
    }


def test_a_memo_row_of_a_stem_with_its_facilities_in_brackets(extractor: Extractor) -> None:
    text = ("[브리프] 2031년 준공 일지\n\n□ 일지\n ○ 병원\n"
            "  - 11.19(수) 강동군병원 — 김정은 참석. 착공 후 약 280일\n"
            "  - 12.13(토) 구성시병원 — 김정은 참석\n"
            " ○ 지방공업공장 등\n  - 12.15(월) 강동(공장·종합봉사소, 김정은 참석)·신양 등 5곳\n"
            "  - 12.16(화) 황주 — 양곡관리소 함께 준공\n")
    # ("착공 후 약 280일" counts from the ground-breaking; it tells none)
    assert keys(run(extractor, text, "2031-12-30", "ko")) == {
        ("Kangdong", "completion", "2031-11-19"),
        ("Kusong", "completion", "2031-12-13"),
        ("Kangdong", "completion", "2031-12-15"),
        ("Sinyang", "completion", "2031-12-15"),
        ("Hwangju", "completion", "2031-12-16"),
    }
    # An everyday word's stem before such a bracket is that word ("사업 구성", the make-up).
    text = "- 2.3(화) 강남군(평양), 맹산군(평남) 착공식: 보도된 사업 구성(공장·병원·종합봉사소)."
    assert keys(run(extractor, text, "2032-02-10", "ko")) == {
        ("Kangnam", "groundbreaking", "2032-02-03"),
        ("Maengsan", "groundbreaking", "2032-02-03"),
    }


def test_construction_was_also_started_in_places(extractor: Extractor) -> None:
    text = ("In late February — the exact days were not reported — construction was also "
            "started in Sinyang-gun (P'yŏngan-namdo) and Koksan-gun (Hwanghae-pukto).")
    assert keys(run(extractor, text, "2031-05-01", "en")) == {
        ("Sinyang", "groundbreaking", "2031-02"),
        ("Koksan", "groundbreaking", "2031-02"),
    }


def test_a_date_another_outlet_gave_in_error_is_no_events(extractor: Extractor) -> None:
    text = ("Unsan County's factories opened on 7 February. One repost of a Daily NK report "
            "gave the Unsan inauguration as March 7; that is an error.")
    assert keys(run(extractor, text, "2031-05-01", "en")) == {
        ("Unsan", "completion", "2031-02-07"),
    }
    text = ("평안북도 운산군 공장들은 2월 7일 준공되었다. 일부 국내 보도는 운산군 준공일을 3월 "
            "7일로 적고 있으나 오기로 보인다.")
    assert keys(run(extractor, text, "2031-05-01", "ko")) == {
        ("Unsan", "completion", "2031-02-07"),
    }


def test_a_ceremony_set_aside_leaves_the_visits_of_the_sentence(extractor: Extractor) -> None:
    text = ("김 총비서는 준공식 외에도 지난해 6월 강동군 병원 건설장, 9월 용강군병원 건설장을 "
            "찾는 등 현장 점검에 공을 들였다.")
    assert keys(run(extractor, text, "2032-01-10", "ko")) == {
        ("Kangdong", "leader_visit", "2031-06"),
        ("Ryonggang", "leader_visit", "2031-09"),
    }
    text = ("Apart from the inauguration ceremony, Kim toured the Kangdong County hospital site "
            "in June.")
    assert keys(run(extractor, text, "2031-12-30", "en")) == {
        ("Kangdong", "leader_visit", "2031-06"),
    }


def test_the_leader_back_to_cut_the_tape_did_cut_it(extractor: Extractor) -> None:
    text = ("Notes: three dates to remember.\n"
            "- 20 December 2031: Songchon is first to finish; Kim is back to cut the tape.\n")
    assert keys(run(extractor, text, "2032-03-04", "en")) == {
        ("Songchon", "completion", "2031-12-20"),
    }


def test_construction_that_started_earlier_this_month_and_sites_listed_as_opened(
    extractor: Extractor,
) -> None:
    text = ("Construction of regional industry factories in Kyongsong and Orang counties, North "
            "Hamgyong Province, started earlier this month.")
    assert keys(run(extractor, text, "2031-03-20", "en")) == {
        ("Kyongsong", "groundbreaking", "2031-03"),
        ("Orang", "groundbreaking", "2031-03"),
    }
    text = ("On December 18 Kim cut the ribbon in Jangyon County. Cholwon County and Janggang "
            "County were simply listed as opened.")
    assert keys(run(extractor, text, "2031-12-20", "en")) == {
        ("Jangyon", "completion", "2031-12-18"),
        ("Cholwon", "completion", "2031-12-18"),
        ("Janggang", "completion", "2031-12-18"),
    }


def test_korean_work_that_began_is_a_ground_breaking(extractor: Extractor) -> None:
    text = ("북한은 올해 2월 말 평안남도 성천군을 시작으로 20개 시·군에서 공장 건설에 들어갔다. "
            "황해남도 은천군, 자강도 동신군도 3월에 공사를 시작한 곳들이다.")
    assert keys(run(extractor, text, "2031-09-01", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02"),
        ("Unchon", "groundbreaking", "2031-03"),
        ("Tongsin", "groundbreaking", "2031-03"),
    }
    # (not the start of a stage)
    text = "황해남도 은천군 공장들은 6월에 내부 공사를 시작했다."
    assert all(event_type != "groundbreaking" for _c, event_type, _d in keys(
        run(extractor, text, "2031-09-01", "ko")))


def test_a_korean_list_of_some_of_the_sites_of_a_ceremony(extractor: Extractor) -> None:
    # (however long the list: the places far from the ceremony are of it too)
    text = ("이달에 착공식이 진행된 지역들 가운데는 평안북도 구장군과 운산군, 황해북도 은파군과 "
            "연탄군, 자강도 동신군과 우시군, 강원도 고산군과 이천군, 량강도 김형직군 등이 있다.")
    assert keys(run(extractor, text, "2031-03-20", "ko")) == {
        (county, "groundbreaking", "2031-03")
        for county in ("Kujang", "Unsan", "Unpha", "Yonthan", "Tongsin", "Usi", "Kosan",
                       "Ichon", "Kim Hyong Jik")
    }


def test_the_leader_expected_to_attend_an_opening_is_a_plan(extractor: Extractor) -> None:
    text = ("SEOUL, Dec. 29 (Yonhap) -- North Korean leader Kim Jong-un attended the completion "
            "ceremony of a new paper mill in Unsan County, South Pyongan Province, on Sunday, "
            "state media reported Monday.\n\nThe North has held a string of completion "
            "ceremonies this month. Kim is expected to attend the opening of factories and a "
            "hospital in Ryonggang County near Nampo in the coming days, observers said.")
    assert keys(run(extractor, text, "2031-12-29", "en")) == {
        ("Unsan", "completion", "2031-12-28"),
    }


def test_a_site_not_opened_yet_has_no_opening(extractor: Extractor) -> None:
    text = ("Jagang's Usi County opened on 25 January. Kangwon's Ichon County, north of the DMZ. "
            "Not opened yet either, it's on the list for February.")
    assert keys(run(extractor, text, "2031-01-26", "en")) == {
        ("Usi", "completion", "2031-01-25"),
    }


def test_ceremonies_still_to_take_place_and_ones_not_found(extractor: Extractor) -> None:
    text = ("Kim cut the ribbon in Jangyon County on December 18.\n"
            "Ceremonies for the factories in Hamju County and in Onchon County of Nampho City "
            "are to take place in the days ahead.\n"
            "NK News has not found state media reports of inauguration ceremonies in two of "
            "this year's counties: Yomju and Paechon.")
    assert keys(run(extractor, text, "2031-12-20", "en")) == {
        ("Jangyon", "completion", "2031-12-18"),
    }


def test_korean_openings_to_come_and_ones_not_found(extractor: Extractor) -> None:
    text = ("황해남도 장연군에서 18일 지방공업공장 준공식이 진행되였다. 남포시 룡강군의 병원과 "
            "지방공업공장들도 곧 준공을 맞이하게 된다.")
    assert keys(run(extractor, text, "2031-12-20", "ko")) == {
        ("Jangyon", "completion", "2031-12-18"),
    }
    text = ("김정숙군, 염주군은 2월에 지방공업공장을 착공했다는 보도는 있었지만 준공 보도는 찾지 "
            "못했다. 배천군은 준공 보도 확인 안 됨.")
    assert keys(run(extractor, text, "2031-12-31", "ko")) == {
        ("Kim Jong Suk", "groundbreaking", "2031-02"),
        ("Yomju", "groundbreaking", "2031-02"),
    }


def test_a_korean_plan_made_known_at_a_ceremony(extractor: Extractor) -> None:
    text = ("지난주 목요일(6일) 평양 강동군 병원 착공식에서 김정은 위원장은 직접 첫 삽을 떴고, "
            "내년부터는 해마다 20개 시·군에 병원을 세운다는 계획을 이 자리에서 밝혔습니다.")
    assert ("policy_announcement", "2031-02-06") in {
        (event_type, day) for _c, event_type, day in keys(run(extractor, text, "2031-02-12", "ko"))
    }


def test_a_place_told_with_a_year_only_takes_no_other_sentences_day(
    extractor: Extractor,
) -> None:
    text = ("SEOUL, Dec. 29 (Yonhap) -- North Korea opened new factories in Sinpho City on "
            "Saturday, state media reported.\n\nThe approach builds on a pilot in Kimhwa County, "
            "Gangwon, where four remodeled factories opened in 2022.")
    assert keys(run(extractor, text, "2031-12-29", "en")) == {
        ("Sinpho", "completion", "2031-12-27"),
    }


def test_korean_places_that_held_the_ceremony_listed_after_it(extractor: Extractor) -> None:
    text = ("이로써 올해 들어 준공식을 치른 곳은 재령군(7일), 숙천군(8일), 은파군(10일)에 이어 "
            "네 곳으로 늘었다.")
    assert keys(run(extractor, text, "2031-01-13", "ko")) == {
        ("Jaeryong", "completion", "2031-01-07"),
        ("Sukchon", "completion", "2031-01-08"),
        ("Unpha", "completion", "2031-01-10"),
    }


def test_korean_places_after_thereafter_take_no_earlier_day(extractor: Extractor) -> None:
    text = ("북한은 지난해 12월 말 평안남도 성천군 공장을 시작으로 올해 1월 7일 황해남도 재령군, "
            "이후 숙천·은파·경성 등에서 순차적으로 준공식을 열어 왔다.")
    assert keys(run(extractor, text, "2032-01-20", "ko")) == {
        ("Songchon", "completion", "2031-12"),
        ("Jaeryong", "completion", "2032-01-07"),
    }


def test_a_korean_day_followed_by_the_outlet_and_its_report_is_the_report_day(
    extractor: Extractor,
) -> None:
    text = ("지방발전 20×10 첫해 착공 현황 정리\n\n2. 착공 일지\n○ 2월 28일: 평안남도 성천군.\n"
            "○ 3월 초(3월 7일 조선중앙통신 보도, 개별 날짜 미상): 평안북도 구성시, "
            "평안남도 숙천군 등 2곳.")
    assert keys(run(extractor, text, "2031-03-20", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Kusong", "groundbreaking", "2031-03"),
        ("Sukchon", "groundbreaking", "2031-03"),
    }


def test_an_english_condition_tells_no_event(extractor: Extractor) -> None:
    text = ("Provincial prosecutors began inspecting the factory complex in Kim Hyong Jik "
            "County on August 12. If prosecutors start turning up in Usi or Tongsin too, "
            "that's a pattern.")
    assert {county for county, _t, _d in keys(run(extractor, text, "2031-08-20", "en"))} == {
        "Kim Hyong Jik"
    }


def test_openings_a_tracker_could_not_find_reports_of(extractor: Extractor) -> None:
    text = ("Below is our tally of the inaugurations reported by state media.\n\n"
            "- Dec. 26: Kaephung District (Kaesong), factories and leisure complex\n"
            "- Dec. 28: Unsan Paper Mill (Unsan County, S. Phyongan)\n\n"
            "Missing from the list are Yomju in North Phyongan and Paechon in South Hwanghae. "
            "Both broke ground for regional-industry factories in February, but we could not "
            "find state media reports of their inaugurations.")
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Yomju", "groundbreaking", "2031-02") in found
    assert not {(c, t) for c, t, _d in found} & {("Yomju", "completion"), ("Paechon", "completion")}


def test_a_county_told_as_including_those_of_is_the_site(extractor: Extractor) -> None:
    text = ("Kim Jong Un toured sites in 2031.\n\n"
            "In October he visited factories under construction in North Phyongan, including "
            "those of Kujang County, where he was shown the garment factory's workshops.")
    assert ("Kujang", "leader_visit", "2031-10") in keys(
        run(extractor, text, "2031-12-02", "en")
    )


def test_a_ceremony_told_of_the_place_visited_is_not_the_visits_event(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un broke ground in Songchon County on Feb. 28.\n\nOn Nov. 19 he returned "
            "to Songchon, his first return to a site he had opened.")
    assert keys(run(extractor, text, "2031-12-02", "en")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
        ("Songchon", "leader_visit", "2031-11-19"),
    }


def test_a_ceremony_counted_from_is_no_event_of_the_sentence(extractor: Extractor) -> None:
    text = ("Regional-industry factories were inaugurated in Kyongsong County on January 12.\n\n"
            "Two days after the Kyongsong ceremony, on January 14, a similar ceremony took place "
            "in Unchon County, South Hwanghae Province, and the tape was cut.")
    assert keys(run(extractor, text, "2031-01-18", "en")) == {
        ("Kyongsong", "completion", "2031-01-12"),
        ("Unchon", "completion", "2031-01-14"),
    }


def test_a_district_told_only_for_its_flats_is_no_later_sentences_county(
    extractor: Extractor,
) -> None:
    text = ("Another 10,000 flats ready in Hwasong District\n\nPyongyang, April 19 -- Apartment "
            "blocks have risen in Hwasong District, Pyongyang, in the third stage of the "
            "construction of 50,000 flats.\n\nThe new street includes high-rise blocks, a "
            "school, a polyclinic and shops, and the builders have finished landscaping the "
            "area.")
    assert run(extractor, text, "2031-04-19", "en") == []


def test_a_run_of_ceremonies_is_not_one_more_of_the_place_before(extractor: Extractor) -> None:
    text = ("SEOUL, Jan. 25 (Yonhap) -- North Korea has inaugurated regional factories in Kujang "
            "County, North Pyongan Province, state media reported Saturday.\n\nThe ceremony was "
            "held Friday.\n\nNorth Korea has been holding opening ceremonies almost every other "
            "day since Jan. 7.")
    assert keys(run(extractor, text, "2031-01-25", "en")) == {
        ("Kujang", "completion", "2031-01-24"),
    }


def test_korean_ceremonies_told_as_a_run_take_no_county_from_before(
    extractor: Extractor,
) -> None:
    text = ("21일 노동신문에 따르면 곡산군 지방공업공장 준공식이 전날인 20일 진행됐다.\n\n"
            "고산군의 공장들은 올해 1월 29일 준공됐다.\n\n"
            "북한은 이달 들어 연일 지방공장 준공식을 열고 있다.")
    assert keys(run(extractor, text, "2031-12-21", "ko")) == {
        ("Koksan", "completion", "2031-12-20"),
        ("Kosan", "completion", "2031-01-29"),
    }


def test_places_of_similar_complaints_are_compared_with_not_inspected(
    extractor: Extractor,
) -> None:
    text = ("Provincial prosecutors began an inspection of the Kim Hyong Jik County factory "
            "complex on August 12.\n\nWe rate the inspection report B3: plausible given similar "
            "complaints from Unsan and Kusong in North Pyongan.")
    assert {county for county, _t, _d in keys(run(extractor, text, "2031-09-05", "en"))} == {
        "Kim Hyong Jik"
    }


def test_a_namesake_told_after_a_semicolon_is_not_the_site(extractor: Extractor) -> None:
    text = ("The factories opened in Sukchon County on Jan. 8. Unchon County, South Hwanghae, "
            "on Jan. 14 (Euncheon in South Korean romanization; not to be confused with Onchon "
            "in Nampho, below).")
    assert keys(run(extractor, text, "2031-02-01", "en")) == {
        ("Sukchon", "completion", "2031-01-08"),
        ("Unchon", "completion", "2031-01-14"),
    }


def test_the_hospital_followed_is_not_the_subject_of_the_next_sentences(
    extractor: Extractor,
) -> None:
    text = ("Modern hospital opens in Kusong\n\nPyongyang, December 14 (KCNA) -- Kusong City "
            "Hospital was inaugurated on December 13.\n\nIt is the second modern regional "
            "hospital, following the Kangdong County Hospital which Kim Jong Un opened last "
            "month.\n\nGround was broken in February on the site of a former stadium.")
    found = keys(run(extractor, text, "2031-12-14", "en"))
    assert ("Kusong", "groundbreaking", "2031-02") in found
    assert ("Kangdong", "groundbreaking", "2031-02") not in found


def test_places_that_locate_or_are_followed_are_no_sites(extractor: Extractor) -> None:
    text = ("Kyongsong and Orang counties, on the coast south of Chongjin, both broke ground in "
            "early March, in the batch that followed Kim Jong Un's Songchon ceremony.")
    assert {county for county, _t, _d in keys(run(extractor, text, "2031-04-10", "en"))} == {
        "Kyongsong", "Orang"
    }


def test_a_korean_day_another_outlet_passed_on_wrongly_is_no_event(
    extractor: Extractor,
) -> None:
    text = ("올해 2월 7일 운산군에서 지방공업공장 준공식이 열렸다. 일부 국내 매체는 운산군 준공 "
            "날짜를 3월 7일로 전했으나, 북한 매체 보도는 2월 7일이다.")
    assert keys(run(extractor, text, "2031-04-20", "ko")) == {
        ("Unsan", "completion", "2031-02-07"),
    }


def test_a_korean_visit_whose_counties_were_not_made_known_has_no_county(
    extractor: Extractor,
) -> None:
    text = ("[아카이브] 성천군 지방공업공장 일지\n\n○ 2월 28일: 성천군 지방공업공장 착공식.\n\n"
            "○ 8월 하순: 김 위원장이 여러 지방공업공장 건설장을 현지지도했다는 보도가 있었으나 "
            "대상 시·군은 밝혀지지 않음.")
    assert keys(run(extractor, text, "2031-12-23", "ko")) == {
        ("Songchon", "groundbreaking", "2031-02-28"),
    }


def test_the_korean_ceremony_the_others_followed_is_not_theirs(extractor: Extractor) -> None:
    text = ("성천군에서의 첫 착공식에 이어 평안북도 구성시, 평안남도 숙천군에서 3월 상순 "
            "지방공업공장건설 착공식들이 진행되였다.")
    assert keys(run(extractor, text, "2031-03-08", "ko")) == {
        ("Kusong", "groundbreaking", "2031-03"),
        ("Sukchon", "groundbreaking", "2031-03"),
    }


def test_a_korean_line_of_work_the_leader_made_known_is_a_policy(extractor: Extractor) -> None:
    text = ("평양시 강동군병원 건설착공식이 6일에 진행되였다. 경애하는 김정은동지께서는 연설에서 "
            "다음해부터는 해마다 20개 시, 군에 병원을 건설하는 방향에서 사업을 전개할데 대하여 "
            "밝히시였다.")
    assert ("policy_announcement", "2031-02-06") in {
        (event_type, day) for _c, event_type, day in keys(run(extractor, text, "2031-02-07", "ko"))
    }


def test_a_plenary_that_turned_a_promise_into_a_decision_announced_a_policy(
    extractor: Extractor,
) -> None:
    text = ("Between the two, the party plenary meeting of December 9–11, which Kim chaired, "
            "turned the hospital promise into a formal decision to build hospitals in 20 cities "
            "and counties.")
    assert ("policy_announcement", "2031-12-11") in {
        (event_type, day) for _c, event_type, day in keys(run(extractor, text, "2032-01-10", "en"))
    }


def test_tasks_set_forth_for_running_the_factories_are_no_policy(extractor: Extractor) -> None:
    text = ("Kim Jong Un attended the inauguration of the regional-industry factories in Kilju "
            "County on December 3. He set forth the tasks for operating the factories on a "
            "normal basis.")
    assert {event_type for _c, event_type, _d in keys(run(extractor, text, "2031-12-04", "en"))
            } == {"completion"}


def test_a_ceremony_of_a_month_and_a_visit_of_a_day_told_in_one_clause_are_two_events(
    extractor: Extractor,
) -> None:
    text = ("Kusong City, North Phyongan\n\n- the city's factories (2031) — opened on "
            "2032-01-30.\n- the pilot city hospital (2032) — ground broken in late Feb 2032 (day "
            "unknown), KJU inspected the building site on 2032-06-09 and attended the opening "
            "ceremony on 2032-12-13.")
    assert ("Kusong", "leader_visit", "2032-06-09") in keys(
        run(extractor, text, "2032-12-20", "en")
    )


def test_started_work_on_a_city_hospital_is_a_groundbreaking(extractor: Extractor) -> None:
    text = "Kusong City started work on a city hospital on February 27."
    assert keys(run(extractor, text, "2031-03-10", "en")) == {
        ("Kusong", "groundbreaking", "2031-02-27"),
    }


def test_a_weekday_in_brackets_after_a_date_is_that_dates_weekday(extractor: Extractor) -> None:
    text = "On Feb. 26 (a Wednesday) officials broke ground in Hwangju County."
    assert keys(run(extractor, text, "2031-03-10", "en")) == {
        ("Hwangju", "groundbreaking", "2031-02-26"),
    }


def test_a_chronologys_dated_paragraphs_take_no_ceremony_from_the_prose_above(
    extractor: Extractor,
) -> None:
    text = ("Register note — the year's ground-breakings\n\nThe ground-breaking for the "
            "hospital in Kusong City appeared in the February batch. Kusong, whose three "
            "factories opened on Jan. 30, is the first site "
            "to appear twice.\n\nFebruary 27. Six ceremonies in one day: Pukchang (South "
            "Phyongan), Yomju (North Phyongan) and Kilju (North Hamgyong). Party secretaries "
            "spoke.\n\nFebruary 28. Three more: the factories in Jangyon County (the county's "
            "first ground-breaking), Puryong and Kim Jong Suk County. Kim attended none.")
    told = keys(run(extractor, text, "2031-03-10", "en"))
    assert ("Pukchang", "groundbreaking", "2031-02-27") in told
    assert not {c for c, event_type, _d in told if event_type == "completion"} - {"Kusong"}


def test_the_day_of_a_report_a_sentence_cites_is_not_its_ceremonys(extractor: Extractor) -> None:
    text = ("SEOUL, Feb. 28 (AFP) - North Korea broke ground on regional factories in two "
            "counties on Thursday, state media said.\n\nCeremonies were held in Yomju county and "
            "Kilju county, the official Korean Central News Agency said in a report on Friday.")
    assert keys(run(extractor, text, "2031-02-28", "en")) == {
        ("Yomju", "groundbreaking", "2031-02-27"),
        ("Kilju", "groundbreaking", "2031-02-27"),
    }


def test_lines_under_a_numbered_watch_heading_tell_no_events(extractor: Extractor) -> None:
    text = ("Quarterly monitor\n\n1. Where things stand\nAll sites broke ground in February.\n\n"
            "4. What to watch in the next quarter\n- A leader visit to Ryonggang.\n"
            '- Reports of staff training and "preparations for operation" in Sinpho.')
    assert keys(run(extractor, text, "2031-08-28", "en")) == set()


def test_a_numbered_sections_title_names_the_visits_of_the_table_under_it(
    extractor: Extractor,
) -> None:
    text = ("Quarterly monitor\n\n1. Where the cohort stands\nAll twenty sites broke ground "
            "between 6 and 28 February.\n\n2. Leader's site visits in 2031 (to date)\n\n"
            "| Date | Site | Facility | Notes |\n|---|---|---|---|\n"
            "| 2 June | Kangdong County (Pyongyang) | hospital being built | praised speed |\n"
            "| 9 June | Kusong City (N. Phyongan) | hospital being built | criticised |\n")
    told = keys(run(extractor, text, "2031-08-28", "en"))
    assert ("Kangdong", "leader_visit", "2031-06-02") in told
    assert ("Kusong", "leader_visit", "2031-06-09") in told
    assert not {c for c, event_type, _d in told if event_type == "groundbreaking"}


def test_an_inspection_begun_by_prosecutors_is_not_the_leaders_visit(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un visited the hospital site in Kangdong County on 2 June. In August, "
            "Ryanggang prosecutors began an inspection of the factory complex in Kim Hyong Jik "
            "County on 12 August.")
    told = keys(run(extractor, text, "2031-08-28", "en"))
    assert ("Kim Hyong Jik", "other", "2031-08-12") in told
    assert ("Kim Hyong Jik", "leader_visit", "2031-08-12") not in told


def test_the_last_site_to_be_inaugurated_was_inaugurated(extractor: Extractor) -> None:
    text = ("The complex in Kim Hyong Jik County was the last of the first cohort to be "
            "inaugurated, on 11 February.")
    assert keys(run(extractor, text, "2031-08-28", "en")) == {
        ("Kim Hyong Jik", "completion", "2031-02-11"),
    }


def test_a_tour_that_followed_a_rows_opening_leaves_the_row_an_opening(
    extractor: Extractor,
) -> None:
    text = ("WEEKLY NOTE\nIssue 9 | Monday, 22 December 2031\n\nIN BRIEF\nOpening ceremonies "
            "came almost every day last week. Below is our log of the week.\n\nTHE LOG\n"
            "- Monday: Kim Jong Un cut the tape at the Kangdong County factories (Pyongyang).\n"
            "- Tuesday: Hwangju County (N. Hwanghae) opened its factories; Kim was absent.\n"
            "- Friday: Kim again, this time at the Sinpho City factories in South Hamgyong, "
            "followed by a tour of the city's offshore aquaculture base.\n")
    told = keys(run(extractor, text, "2031-12-22", "en"))
    assert ("Sinpho", "completion", "2031-12-19") in told
    assert ("Sinpho", "leader_visit", "2031-12-19") not in told


def test_a_county_a_week_is_compared_with_is_no_site(extractor: Extractor) -> None:
    text = ("- Rangnim County, Jagang — KCNA Rangrim. Its factories were opened on 15 December, "
            "in the same week as those in Kangdong.")
    assert keys(run(extractor, text, "2032-01-09", "en")) == {
        ("Rangnim", "completion", "2031-12-15"),
    }


def test_the_ground_of_which_was_broken_is_a_groundbreaking_without_an_actor(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un inspected the construction site of the Ryonggang County Hospital on "
            "September 12. He was briefed on the progress of the hospital, the ground of which "
            "was broken in February, and looked round the building.")
    events = run(extractor, text, "2031-09-13", "en")
    assert {(e.county, e.event_type, e.date, e.leader_attended) for e in events} == {
        ("Ryonggang", "leader_visit", "2031-09-12", True),
        ("Ryonggang", "groundbreaking", "2031-02", None),
    }


def test_a_korean_inspection_soon_or_when_one_ends_is_no_event(extractor: Extractor) -> None:
    text = ("일각에서는 같은 문제로 황해북도 은파군 공장도 조만간 검열 대상이 될 것이라는 말이 "
            "돌지만 확인되지 않았다. 이 소식통은 \"검열이 끝나면 간부 몇 명이 처벌을 받을 "
            "것\"이라고 내다봤다.")
    assert keys(run(extractor, text, "2031-08-20", "ko")) == set()


def test_a_korean_rumour_of_a_ceremony_not_confirmed_is_no_event(extractor: Extractor) -> None:
    text = ("김 위원장은 그제(28일)에도 평안남도 은산군에 새로 지은 제지공장 준공식에 "
            "참석했습니다. 일각에서는 김 위원장이 양강도 김정숙군 공장 "
            "준공식에도 갔다는 관측이 나왔지만, 북한 매체 보도로는 확인되지 않습니다.")
    assert {c for c, _t, _d in keys(run(extractor, text, "2031-12-30", "ko"))} == {"Unsan"}


def test_a_korean_target_month_is_no_completion(extractor: Extractor) -> None:
    text = ("구성시병원은 10월 준공을 목표로 하는 것으로 알려졌으나 6월 질책 이후 일정이 늦춰질 "
            "가능성이 있다.")
    assert keys(run(extractor, text, "2031-07-15", "ko")) == set()


def test_a_photo_credits_day_is_not_the_same_day_a_caption_refers_to(
    extractor: Extractor,
) -> None:
    text = ("[포토] 북한 지방공장 준공식 잇따라\n\n(서울=뉴스원) 2031년 12월 16일\n\n"
            "▲ 김정은 국무위원장이 15일 평양시 강동군 지방공업공장 준공식에 참석해 테이프를 "
            "끊고 있다. (노동신문) 2031.12.16\n\n"
            "▲ 같은 날 자강도 낭림군에서 열린 지방공업공장 준공식. (노동신문) 2031.12.16\n")
    assert ("Rangnim", "completion", "2031-12-15") in keys(run(extractor, text, "2031-12-16", "ko"))


def test_teaching_the_completion_day_is_no_completion(extractor: Extractor) -> None:
    text = ("경애하는 원수님께서는 지난 11월 19일에도 성천군 건설장을 찾으시여 완공을 앞둔 "
            "공장들을 돌아보시고 준공날자까지 가르쳐주시였습니다.")
    assert keys(run(extractor, text, "2031-12-21", "ko")) == {
        ("Songchon", "leader_visit", "2031-11-19"),
    }


def test_staff_training_a_report_tells_is_dated_by_the_report(extractor: Extractor) -> None:
    text = ("Kaephung District (Kaesong). KCNA reported on Oct. 22 that Kaesong was training staff "
            "to run the district's factories and leisure complex.")
    assert keys(run(extractor, text, "2031-10-30", "en")) == {
        ("Kaephung", "other", "2031-10-22"),
    }


def test_a_visit_that_came_a_week_after_another_dates_the_other(extractor: Extractor) -> None:
    text = ("Kim Jong Un inspected the construction site of a new city hospital in Kusong on "
            "Monday, state media reported Tuesday.\n\nThe visit came a week after Kim toured the "
            "site of the Kangdong County Hospital on the outskirts of Pyongyang.")
    assert keys(run(extractor, text, "2031-06-10", "en")) == {
        ("Kusong", "leader_visit", "2031-06-09"),
        ("Kangdong", "leader_visit", "2031-06-02"),
    }


def test_the_day_after_he_cut_a_ribbon_dates_that_ribbon_a_day_earlier(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un attended the inauguration of regional-industry factories in Sinpho on "
            "Friday, the day after he cut the ribbon at a similar ceremony in Jangyon County, "
            "state media reported.")
    assert keys(run(extractor, text, "2031-12-21", "en")) == {
        ("Sinpho", "completion", "2031-12-19"),
        ("Jangyon", "completion", "2031-12-18"),
    }


def test_opened_the_same_week_as_another_site_is_that_weeks_month(
    extractor: Extractor,
) -> None:
    text = ("The flurry began on Dec. 15, when Kim opened factories in Kangdong County. The "
            "factories in Hwangju County were opened the same week as the Kangdong complex.")
    assert ("Hwangju", "completion", "2031-12") in keys(run(extractor, text, "2031-12-21", "en"))


def test_a_hospitals_first_patients_start_its_service(extractor: Extractor) -> None:
    text = ("The Kangdong County Hospital was inaugurated on Wednesday. It received its first "
            "patients on Thursday.")
    assert ("Kangdong", "production_start", "2031-11-20") in keys(
        run(extractor, text, "2031-11-22", "en")
    )
    text_ko = "강동군병원은 20일 첫 환자들을 받았다."
    assert keys(run(extractor, text_ko, "2031-11-22", "ko")) == {
        ("Kangdong", "production_start", "2031-11-20"),
    }


def test_the_leader_came_in_person_is_his_visit_ko(extractor: Extractor) -> None:
    text = ("구장군의 군인건설자들과 근로자들은 지난해 10월 경애하는 김정은동지께서 건설장을 몸소 "
            "찾아주시고 가르쳐주신 뜻을 받들어 마감공사를 끝내였습니다.")
    assert ("Kujang", "leader_visit", "2030-10") in keys(run(extractor, text, "2031-01-25", "ko"))


def test_the_experience_of_a_unit_that_started_production_is_no_news_of_it(
    extractor: Extractor,
) -> None:
    text = ("평안남도 은산군에서 은산제지공장 건설착공식이 28일에 진행되였다.\n\n"
            "평안북도 운산군의 공장들이 이미 생산에 들어간 경험을 살려 은산군의 건설자들은 "
            "제지공장을 본보기로 일떠세울 결의에 넘쳐있다.")
    assert {event_type for _c, event_type, _d in keys(run(extractor, text, "2031-03-01", "ko"))
            } == {"groundbreaking"}


def test_the_factories_started_their_regular_production(extractor: Extractor) -> None:
    text = ("An inauguration ceremony of the regional industry factories in Kusong City was held "
            "on January 30. After the ceremony the factories started their regular production on "
            "the same day.")
    assert ("Kusong", "production_start", "2031-01-30") in keys(
        run(extractor, text, "2031-01-31", "en")
    )


def test_other_works_in_the_same_county_that_month_are_another_project(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un broke ground for the Kangdong County Hospital on February 6. Factory "
            "construction in the same county began separately at the end of February.")
    assert keys(run(extractor, text, "2031-06-05", "en")) == {
        ("Kangdong", "groundbreaking", "2031-02-06"),
        ("Kangdong", "groundbreaking", "2031-02"),
    }


def test_preparations_made_for_operating_a_unit_are_an_event(extractor: Extractor) -> None:
    text = ("Pyongyang, October 22 (KCNA) -- Preparations are being made in Kaesong City for "
            "operating the regional-industry factories under construction in Kaephung District.")
    assert keys(run(extractor, text, "2031-10-22", "en")) == {
        ("Kaephung", "other", "2031-10-22"),
    }


def test_a_cohorts_year_label_sets_no_running_year_ko(extractor: Extractor) -> None:
    text = ("2월 동향\n\n○ 2월 6일(목)\n- 같은 자리에서 \"2032년부터 해마다 병원을 세운다\"고 "
            "발표.\n\n○ 2월 11일(화)\n- 량강도 김형직군 지방공업공장 준공. 2030년 대상 20개 "
            "시·군 가운데 마지막.\n\n○ 2월 26일(수)\n- 황해북도 황주군 지방공업공장·양곡관리소 "
            "착공.\n")
    assert ("Hwangju", "groundbreaking", "2031-02-26") in keys(
        run(extractor, text, "2031-03-05", "ko")
    )


def test_a_reviews_month_paragraph_dates_its_days_and_undated_sites(
    extractor: Extractor,
) -> None:
    text = ("The programme in 2030: a month-by-month review\n\n"
            "February. Building sites were designated locally, and miners were reportedly moved "
            "to building duty. On the 28th Kim broke the first ground in Songchon County.\n\n"
            "March. The remaining 19 sites broke ground in the first ten days of the month. "
            "Among them were Kujang in North Phyongan and Tongsin in Jagang.\n")
    assert keys(run(extractor, text, "2030-12-31", "en")) == {
        ("Songchon", "groundbreaking", "2030-02-28"),
        ("Kujang", "groundbreaking", "2030-03"),
        ("Tongsin", "groundbreaking", "2030-03"),
    }


def test_bracketed_days_on_a_days_row_are_of_the_month_heading_ko(
    extractor: Extractor,
) -> None:
    text = ("[결산] 올해 일지\n\n(서울=연합뉴스) 2031년 12월 30일 -- 주요 일지를 "
            "정리했다.\n\n◇ 2월\n"
            "- 9일: 용강군 지방공업공장 착공식.\n"
            "- 27~28일: 북창군(27일), 은산제지공장(28일)에서 잇따라 착공식.\n")
    told = keys(run(extractor, text, "2031-12-30", "ko"))
    assert ("Pukchang", "groundbreaking", "2031-02-27") in told
    assert ("Pukchang", "groundbreaking", "2031-12-27") not in told


def test_on_the_same_day_as_the_x_ceremony_is_xs_day(extractor: Extractor) -> None:
    text = ("Pyongyang, February 15 (Pyongyang Times) -- Ichon County in Kangwon Province opened "
            "its factories on Sunday. The last ceremony was held on Tuesday in Kim Hyong Jik "
            "County. On the same day as the Ichon ceremony, Premier Pak Thae Song attended a "
            "ground-breaking ceremony for factories in Ryonggang County, Nampho City.")
    told = keys(run(extractor, text, "2031-02-15", "en"))
    assert ("Ryonggang", "groundbreaking", "2031-02-09") in told


def test_the_city_is_the_headlines_city_not_the_county_named_last(
    extractor: Extractor,
) -> None:
    text = ("Kim Jong Un Attends Inauguration of Regional-industry Factories in Sinpho City\n\n"
            "Pyongyang, December 20 (KCNA) -- An inauguration ceremony of regional-industry "
            "factories took place in Sinpho City of South Hamgyong Province on Friday.\n\n"
            "Kim Jong Un cut the inaugural tape. He had done the same at a ceremony in Jangyon "
            "County, South Hwanghae Province, the day before.\n\n"
            "He then visited the offshore aquaculture base in the city, whose model section was "
            "completed in late December last year.")
    told = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Sinpho", "completion", "2030-12") in told
    assert ("Jangyon", "completion", "2030-12") not in told


def test_new_homes_and_new_houses_are_another_campaign(extractor: Extractor) -> None:
    homes = ("New Homes, New Life in Hwasong District\n\nPyongyang, April 19 (Pyongyang Times) -- "
             "Families are moving into new flats in Hwasong District this week.\n\nBuilders have "
             "been working around the clock on the last blocks, doing interior finishing and "
             "landscaping.")
    assert keys(run(extractor, homes, "2031-04-19", "en")) == set()
    houses = ("Flood-Hit Families Move into New Houses\n\nPyongyang, December 12 (KCNA) -- People "
              "who lost their homes in the floods in Uiju County are settling into new houses.\n\n"
              "A ceremony for handing over the houses was held in a village of the county.")
    assert keys(run(extractor, houses, "2031-12-12", "en")) == set()


def test_what_imagery_shows_of_the_works_is_an_assessment_not_an_event(
    extractor: Extractor,
) -> None:
    text = ("IMAGERY BRIEF\nPublished November 5, 2031\n\n"
            "Commercial imagery collected in late October shows the factory compounds in Paechon "
            "County structurally complete, with roofs on all main buildings.\n\n"
            "Based on imagery alone, we assess with moderate confidence that exterior work at "
            "the site is complete.\n\n"
            "Kusong is a useful example. The city's factories were inaugurated on January 30, and "
            "imagery from mid-February shows snow cleared from the access roads.")
    assert keys(run(extractor, text, "2031-11-05", "en")) == {
        ("Kusong", "completion", "2031-01-30"),
    }


def test_a_month_named_after_the_decision_as_another_time_is_not_its_date(
    extractor: Extractor,
) -> None:
    text = (
        "The party plenary meeting closed on October 14. Presided over by Kim, it decided "
        "that from next year clinics would be built in every county, turning April's "
        "pledge into a plan with a fixed quota.\n"
    )
    events = run(extractor, text, "2031-10-20", "en")
    assert [(e.event_type, e.date) for e in events] == [("policy_announcement", "2031-10-14")]


def test_the_programmes_paper_mill_built_as_a_model_of_modernisation_is_no_renovation(
    extractor: Extractor,
) -> None:
    text = (
        "Model Paper Mill Inaugurated\n"
        "Pyongyang, March 12 (KCNA) -- The Unsan Paper Mill, built as a model for the "
        "modernization of provincial paper mills, was inaugurated in Unsan County of South "
        "Phyongan Province on March 11.\n"
    )
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Unsan", "completion", "2031-03-11")
    }


def test_work_began_on_factories_after_a_time_is_the_ground_breaking(
    extractor: Extractor,
) -> None:
    text = (
        "Brief\n\n"
        "4. Kowon (Kowŏn-gun, South Hamgyŏng). In the last week of March work began on "
        "factories and a hospital.\n"
    )
    assert keys(run(extractor, text, "2031-04-12", "en")) == {
        ("Kowon", "groundbreaking", "2031-03")
    }


def test_a_site_that_became_the_final_one_goes_on_with_the_ceremonies_told(
    extractor: Extractor,
) -> None:
    # ("the 20th and final site" is an ordinal of the sites, no day of the month)
    text = (
        "Digest\n\n"
        "State media reported two more inaugurations of regional-industry factories since "
        "our last digest. On Sunday, factories opened in Hoeyang County, Kangwon Province. "
        "And on Tuesday, Kowon County in South Hamgyong became the 20th and final site of "
        "the year.\n"
    )
    assert keys(run(extractor, text, "2031-03-14", "en")) == {
        ("Hoeyang", "completion", "2031-03-09"),
        ("Kowon", "completion", "2031-03-11"),
    }


def test_an_opening_that_came_days_after_a_meeting_is_not_dated_by_it(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Opens Hospital in Kowon\n\n"
        "Kim Jong Un attended the opening of a new county hospital in Kowon, South Hamgyong "
        "Province, on Saturday, state media reported Sunday.\n"
        "The opening came days after a plenary meeting of the party, which ended on "
        "Thursday, decided to build hospitals in more counties next year.\n"
        "Openings of factories in other counties and of a hospital, in Hoeyang County, "
        "Kangwon, are expected before the end of the month.\n"
    )
    assert keys(run(extractor, text, "2031-12-14", "en")) == {
        ("Kowon", "completion", "2031-12-13"),
        (None, "policy_announcement", "2031-12-11"),
    }


def test_the_farm_rebuilt_after_the_floods_is_another_campaigns_opening(
    extractor: Extractor,
) -> None:
    text = (
        "Ground Broken in Three Places\n\n"
        "On Tuesday ground was broken for factories in Hoeyang County, Kangwon Province, "
        "and a ceremony was also held in the area of the Hyesan Combined Greenhouse Farm in "
        "Ryanggang Province.\n"
        "The Hyesan farm itself reopened on Sunday after its rebuilding.\n"
    )
    assert keys(run(extractor, text, "2031-02-06", "en")) == {
        ("Hoeyang", "groundbreaking", "2031-02-04"),
        ("Hyesan", "groundbreaking", "2031-02-04"),
    }


def test_a_ceremony_set_for_a_time_still_ahead_is_a_plan(extractor: Extractor) -> None:
    text = (
        "Factories Open in Hoeyang\n\n"
        "Pyongyang, March 12 (KCNA) -- Regional-industry factories were inaugurated in "
        "Hoeyang County, Kangwon Province, on March 11.\n"
        "Kowon's own ceremony is set for later this week.\n"
    )
    assert keys(run(extractor, text, "2031-03-12", "en")) == {
        ("Hoeyang", "completion", "2031-03-11")
    }


def test_staff_trained_for_a_named_place_is_an_event_but_not_for_the_programme(
    extractor: Extractor,
) -> None:
    named = (
        "Notes\n\n"
        "In October the city authorities selected workers for the new factories in Kowon "
        "County and sent them to factories in Pyongyang to learn the trade, state media "
        "reported.\n"
    )
    assert keys(run(extractor, named, "2031-11-20", "en")) == {("Kowon", "other", "2031-10")}
    programme = (
        "Factories Rise in Kowon\n\n"
        "Pyongyang, July 8 (KCNA) -- The frames of the regional-industry factories in Kowon "
        "County have been completed.\n"
        "Across the country, future workers of the factories are being trained at model "
        "factories in Pyongyang.\n"
    )
    events = run(extractor, programme, "2031-07-08", "en")
    assert ("Kowon", "other", "2031-07-08") not in keys(events)


@pytest.mark.parametrize(
    "announced",
    [
        "He used the occasion to unveil plans for three pilot hospitals this year.",
        "In his speech: three pilot hospitals this year, then one in every county.",
    ],
)
def test_plans_unveiled_at_the_ceremony_are_announced_that_day(
    extractor: Extractor, announced: str
) -> None:
    text = (
        "Notes\n\nOn March 6 Kim Jong Un broke ground for the Kowon County Hospital. "
        f"{announced}\n"
    )
    assert keys(run(extractor, text, "2031-03-10", "en")) == {
        ("Kowon", "groundbreaking", "2031-03-06"),
        (None, "policy_announcement", "2031-03-06"),
    }


def test_a_plenary_that_resolved_hospitals_would_go_up_is_its_decision(
    extractor: Extractor,
) -> None:
    text = (
        "Kim opens hospital\n\n"
        "SEOUL, Dec. 14 (Yonhap) -- Kim opened a hospital in Kowon on Saturday. The opening "
        "came days after a plenary meeting of the party, which ended Thursday, resolved that "
        "hospitals would go up in more counties next year.\n"
    )
    assert keys(run(extractor, text, "2031-12-14", "en")) == {
        ("Kowon", "completion", "2031-12-13"),
        (None, "policy_announcement", "2031-12-11"),
    }


def test_korean_last_month_over_a_span_of_days_dates_its_last_day(
    extractor: Extractor,
) -> None:
    text = (
        "메모\n\n지난달 9~11일 열린 당 중앙위원회 전원회의에서는 올해부터 해마다 "
        "20개 시·군에 병원을 동시에 건설하기로 결정했다.\n"
    )
    assert keys(run(extractor, text, "2032-01-15", "ko")) == {
        (None, "policy_announcement", "2031-12-11")
    }


def test_two_decisions_in_one_sentence_each_with_its_day(extractor: Extractor) -> None:
    text = (
        "Notes\n\nKim set out the plan at a consultative meeting on August 31, and the party "
        "plenary meeting that closed on December 28 decided that hospitals would be built in "
        "every county.\n"
    )
    assert keys(run(extractor, text, "2032-01-10", "en")) == {
        (None, "policy_announcement", "2031-08-31"),
        (None, "policy_announcement", "2031-12-28"),
    }


@pytest.mark.parametrize(
    "told",
    [
        'Under the "20x10" policy announced in January last year, the North builds factories.',
        "Kim has made a dozen visits to the sites since it was launched in January last year.",
        "The plants are the second set under a programme Kim announced in January last year.",
    ],
)
def test_the_launch_told_in_passing_after_the_policy_or_its_maker(
    extractor: Extractor, told: str
) -> None:
    events = run(extractor, f"Notes\n\n{told}\n", "2032-02-10", "en")
    assert (None, "policy_announcement", "2031-01") in keys(events)


@pytest.mark.parametrize(
    ("told", "language"),
    [
        (
            "The CC plenary of 9–11 December decided that from next year all twenty of the "
            "year's sites will build hospitals in parallel.",
            "en",
        ),
        (
            "- Plenary (9-11 Dec) decided that from next year hospitals go up in 20 "
            "cities/counties at once each year",
            "en",
        ),
        (
            "북한은 12월 9일부터 11일까지 열린 노동당 전원회의에서 내년부터는 20개 시·군에서 "
            "병원 건설을 동시에 시작하기로 결정했습니다.",
            "ko",
        ),
        (
            "앞서 노동당은 12월 9∼11일 중앙위원회 전원회의를 열고 내년부터는 매년 20개 "
            "시·군에서 병원 공사를 한꺼번에 진행하기로 했다.",
            "ko",
        ),
    ],
)
def test_a_plenary_deciding_on_hospitals_with_words_between(
    extractor: Extractor, told: str, language: str
) -> None:
    events = run(extractor, f"Notes\n\n{told}\n", "2031-12-20", language)
    assert (None, "policy_announcement", "2031-12-11") in keys(events)


@pytest.mark.parametrize(
    ("told", "language"),
    [
        (
            "In the same speech he named the three pilot hospitals for the year (Kowon, "
            "Hoeyang, Pakchon).",
            "en",
        ),
        ("And in the speech that day he lays out the pilots: three model hospitals.", "en"),
        ("He used the occasion to announce the pilot programme.", "en"),
        (
            "현장 연설에서 올해 시범병원 3곳(고원·회양·박천), 내년부터 매년 20개 시·군 병원 "
            "건설 방침 발표",
            "ko",
        ),
        ("그는 이 자리에서 고원군·회양군·박천군 시범 병원 3곳의 건설을 발표했다.", "ko"),
        ("그는 이 자리에서 고원군·회양군·박천군 3곳을 시범 병원으로 지정했다.", "ko"),
    ],
)
def test_the_pilot_hospitals_named_at_the_ceremony(
    extractor: Extractor, told: str, language: str
) -> None:
    opening = (
        "Kim Jong Un broke ground for the Kowon County Hospital on Feb. 6 under the "
        "Regional Development 20x10 Policy. "
        if language == "en"
        else "지방발전 20×10 정책에 따라 김정은이 6일 고원군병원 착공식에 참석했다. "
    )
    events = run(extractor, f"Notes\n\n{opening}\n{told}\n", "2031-02-10", language)
    assert (None, "policy_announcement", "2031-02-06") in keys(events)


def test_a_pilot_hospital_told_as_designated_is_no_announcement(extractor: Extractor) -> None:
    text = (
        "메모\n\n지방발전 20×10 정책에 따라 건설된 고원군병원이 19일 준공되였다. "
        "시범 병원으로 지정된 회양군 병원도 연내 완공될 것으로 보인다.\n"
    )
    found = keys(run(extractor, text, "2031-11-20", "ko"))
    assert ("Kowon", "completion", "2031-11-19") in found
    assert not [k for k in found if k[1] == "policy_announcement"]


def test_a_log_headed_kim_at_20x10_sites_with_the_times_sign_is_his(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Jong Un at 20×10 sites: working log\nAnalyst log | last edited 1 February 2032\n\n"
        "2031\n"
        "- 28 Feb — Kowon County, South Hamgyong: ground-breaking ceremony.\n"
        "- 24–25 Aug — several sites inspected; KCNA named no counties, so nothing is "
        "logged.\n"
        "- 19 Nov — Kowon: second inspection.\n"
    )
    found = keys(run(extractor, text, "2032-02-01", "en"))
    assert ("Kowon", "leader_visit", "2031-11-19") in found
    assert not [k for k in found if k[2] and k[2].startswith("2031-08")]


def test_an_exports_notes_cell_dates_the_visit_it_tells_after_it(extractor: Extractor) -> None:
    text = (
        "20x10 tracker, 2031 round: CSV export\nAnalyst working file | exported 31 December "
        "2031\n\n"
        "project_id,county,province,facility,ground_broken,kim_gb,inaugurated,kim_inaug,notes\n"
        "P31-01,Kowon,South Hamgyong,hospital,2031-02-06,y,2031-11-19,y,"
        "Kim inspected the site 2031-06-02\n"
        "P31-02,Hoeyang,Kangwon,regional-industry factories,2031-02-27,n,2031-12-18,n,"
        "Kim toured before opening 2031-12-03\n"
        "P31-03,Pakchon,North Phyongan,regional-industry factories,2031-02-28,n,2031-12-15,n,"
        "Kim broke ground; he also inspected the site on 2031-11-12\n"
    )
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Kowon", "leader_visit", "2031-06-02") in found
    assert ("Hoeyang", "leader_visit", "2031-12-03") in found
    assert ("Hoeyang", "completion", "2031-12-18") in found
    assert ("Pakchon", "groundbreaking", "2031-11-12") not in found


def test_a_korean_transcripts_subjectless_visit_goes_on_with_the_leader_turns_before(
    extractor: Extractor,
) -> None:
    text = (
        "[팟캐스트] 지방공장 준공 러시 — 녹취 요약\n2031년 12월 24일 게시\n\n"
        "진행자: 김 위원장이 직접 간 곳은 어디였습니까?\n\n"
        "연구위원: 지난주 금요일 함경남도 고원군 공장 준공식에 직접 참석했습니다. 그날 "
        "앞바다의 양식장도 같이 둘러봤고요. 딸도 동행했습니다.\n\n"
        "진행자: 그 전에 공장을 미리 둘러본 일도 있었죠.\n\n"
        "연구위원: 맞습니다. 이달 3일 평안북도 박천군 공장을 준공 전에 둘러봤는데, "
        "식료공장이 설계와 다르게 지어졌다고 질책했어요.\n"
    )
    found = keys(run(extractor, text, "2031-12-24", "ko"))
    assert ("Pakchon", "leader_visit", "2031-12-03") in found


def test_kim_jong_un_was_at_a_site_with_its_place_in_brackets(extractor: Extractor) -> None:
    text = (
        "Post\n\nPOST: KCNA confirms it: Kim Jong Un was at the Kowon (Kowon County, South "
        "Hamgyong) hospital site on Friday. He inspected the hospital under construction.\n"
    )
    found = keys(run(extractor, text, "2031-09-14", "en"))
    assert ("Kowon", "leader_visit", "2031-09-12") in found


def test_a_ceremony_sources_expected_or_one_to_come_if_reported_is_no_event(
    extractor: Extractor,
) -> None:
    text = (
        "Briefing note: how the inauguration season ended\nAnalysis | 2 January 2032\n\n"
        "Kowon County, South Hamgyong, opened its regional-industry factories on 23 December.\n"
        "A Hoeyang ceremony that local sources expected for 22 December did not appear in "
        "state media.\n\n"
        "Next steps\nWe will task imagery over Hoeyang and Pakchon this month and update the "
        "log if state media report any late ceremony.\n"
    )
    assert keys(run(extractor, text, "2032-01-02", "en")) == {
        ("Kowon", "completion", "2031-12-23"),
    }


def test_pyongyangs_high_rises_are_not_the_programmes_progress(extractor: Extractor) -> None:
    text = (
        "Weekly notes\n\nGround was broken yesterday for regional-industry factories in Kowon "
        "County under the 20x10 policy.\nRodong Sinmun says frame work on the 4th-stage "
        "high-rises in Hwasong District is at a final stage.\n"
    )
    assert keys(run(extractor, text, "2031-02-27", "en")) == {
        ("Kowon", "groundbreaking", "2031-02-26"),
    }


def test_korean_places_the_agency_showed_after_a_placeless_ceremony(
    extractor: Extractor,
) -> None:
    text = (
        "[뉴스] 북, 지방공장 착공 잇따라\n\n2031년 3월 12일 방송\n\n"
        "조선중앙통신은 어제, 이달 상순 13개 시·군에서 지방공업공장 건설 착공식이 "
        "진행됐다고 보도했습니다.\n\n"
        "통신이 사진과 함께 소개한 곳은 함경남도 고원군과 강원도 회양군 등입니다.\n"
    )
    assert keys(run(extractor, text, "2031-03-12", "ko")) == {
        ("Kowon", "groundbreaking", "2031-03"),
        ("Hoeyang", "groundbreaking", "2031-03"),
    }


@pytest.mark.parametrize(
    "told",
    [
        "박천군과 회양군 공장의 준공식은 이달 하순 열릴 예정이며, 북한은 연말까지 올해 대상 "
        "20개 시·군의 공장과 병원 준공을 모두 마칠 계획입니다.",
        "박천군과 회양군의 병원은 아직 착공 전으로, 이달 중 공사에 들어갈 것으로 보인다.",
    ],
)
def test_korean_ceremonies_still_to_come_are_no_events(extractor: Extractor, told: str) -> None:
    text = f"제목\n\n김정은이 6일 고원군병원 착공식에 참석했다.\n{told}\n"
    assert keys(run(extractor, text, "2031-02-07", "ko")) == {
        ("Kowon", "groundbreaking", "2031-02-06"),
    }


def test_a_chronology_rows_wrapped_line_goes_on_in_its_column(extractor: Extractor) -> None:
    text = (
        "Appendix B. Chronology of the Regional Development 20x10 Policy\n"
        "Regional Economy Programme | Working paper annex | 10 February 2032\n\n"
        "DATE        EVENT                                                              KIM\n"
        "----------  -----------------------------------------------------------------  ---\n"
        "2032-01-29  Groundbreaking, Kowon County (South Hamgyong): factories,           yes\n"
        "            hospital and general service centre\n"
        "2032-02-03  Groundbreakings (factories, hospital, general service centre):      no\n"
        "            Hoeyang County (Kangwon), Pakchon County (North Phyongan)\n"
    )
    assert keys(run(extractor, text, "2032-02-10", "en")) == {
        ("Kowon", "groundbreaking", "2032-01-29"),
        ("Hoeyang", "groundbreaking", "2032-02-03"),
        ("Pakchon", "groundbreaking", "2032-02-03"),
    }


def test_a_korean_month_before_the_place_a_run_starts_with_is_that_places_alone(
    extractor: Extractor,
) -> None:
    text = (
        "박천군에 현대적인 지방공업공장들 일떠서\n【평양 1월 21일발 조선중앙통신】\n\n"
        "지방발전 20×10 정책에 따라 박천군 지방공업공장 준공식이 20일 현지에서 진행되였다.\n\n"
        "준공식에는 도당위원회 책임비서와 군안의 근로자들이 참가하였다.\n\n"
        "책임비서는 준공사에서 지난해 3월 착공의 첫삽을 뜬 때로부터 1년도 못되는 기간에 "
        "공장들이 일떠섰다고 말하였다.\n\n"
        "그는 지난해 12월 고원군을 시작으로 회양군, 김화군에 이어 박천군에서도 "
        "지방공업공장들이 준공됨으로써 큰 힘이 실리게 되였다고 강조하였다.\n"
    )
    found = keys(run(extractor, text, "2032-01-21", "ko"))
    assert ("Pakchon", "completion", "2032-01-20") in found
    assert ("Kowon", "completion", "2031-12") in found
    assert not [k for k in found if k[0] in ("Hoeyang", "Kimhwa")]


def test_the_speaker_at_a_place_and_day_is_a_ceremony_of_the_kind_just_told(
    extractor: Extractor,
) -> None:
    text = (
        "Review\n\nAt Kowon County in South Hamgyong, where factories were inaugurated on "
        "December 16, party secretary Ri Il Hwan gave the speech. At Hoeyang (Kangwon) on "
        "December 20 the speaker was Choe Ryong Hae; at Pakchon (North Phyongan) on December "
        "23, Ri Il Hwan again.\n"
    )
    assert keys(run(extractor, text, "2032-01-12", "en")) == {
        ("Kowon", "completion", "2031-12-16"),
        ("Hoeyang", "completion", "2031-12-20"),
        ("Pakchon", "completion", "2031-12-23"),
    }


def test_the_same_day_after_the_day_of_a_report_counts_from_the_day_told_before(
    extractor: Extractor,
) -> None:
    text = (
        "Title\n\nKim Jong Un inaugurated regional-industry factories in Kowon County on "
        "Monday.\n\nState media on Tuesday reported two more inaugurations held the same day, "
        "in Hoeyang County and Pakchon County.\n"
    )
    assert keys(run(extractor, text, "2031-12-16", "en")) == {
        ("Kowon", "completion", "2031-12-15"),
        ("Hoeyang", "completion", "2031-12-15"),
        ("Pakchon", "completion", "2031-12-15"),
    }


def test_a_tables_kcna_report_column_holds_no_ceremonys_day(extractor: Extractor) -> None:
    text = (
        "N. Korea begins building factories\n\nSEOUL, March 12 (Yonhap) -- North Korea has "
        "started construction of regional-industry factories, state media reports showed.\n\n"
        "The following table lists the sites and the date of the KCNA report.\n\n"
        "| Province | City/county | KCNA report |\n|---|---|---|\n"
        "| South Hamgyong | Kowon | March 7 |\n| Kangwon | Hoeyang | March 11 |\n"
    )
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert not [k for k in found if k[2] in ("2031-03-07", "2031-03-11")]


def test_lines_of_month_day_and_a_dash_are_a_list_of_the_ceremonies_named(
    extractor: Extractor,
) -> None:
    text = (
        "All Cities and Counties Have New Factories\n\nVoice of Korea, Pyongyang, February 12, "
        "2032\n\nWith the inauguration of the regional-industry factories in Kowon County "
        "yesterday, all the cities and counties where construction began last year now have "
        "modern factories.\n\n"
        "The last ceremonies held this month were as follows:\n\n"
        "February 1 -- Hoeyang County, Kangwon Province\n"
        "February 3 -- Pakchon County, North Phyongan Province\n\n"
        "At these ceremonies chief secretaries of the provincial party committees delivered "
        "inaugural speeches and cut the tapes.\n\n"
        "In Kimhwa County, Kangwon Province, the factories were inaugurated on February 9.\n"
    )
    found = keys(run(extractor, text, "2032-02-12", "en"))
    assert ("Hoeyang", "completion", "2032-02-01") in found
    assert ("Pakchon", "completion", "2032-02-03") in found


def test_site_inspections_heading_a_list_in_his_log_are_his_visits(
    extractor: Extractor,
) -> None:
    text = (
        "Who Shows Up? Kim Jong Un at 20×10 Ceremonies\n\nData note | January 8, 2032\n\n"
        "This note lists every ceremony we could confirm he attended.\n\n"
        "Ceremonies Kim attended\n"
        "- Kowon County (South Hamgyong): factory inauguration, December 18, 2031.\n"
        "- Hoeyang County (Kangwon): factory inauguration, December 19, 2031.\n\n"
        "Site inspections (no ceremony)\n"
        "- Kowon, November 19, 2031.\n"
        "- Pakchon hospital, June 2, 2031.\n"
    )
    found = keys(run(extractor, text, "2032-01-08", "en"))
    assert ("Kowon", "leader_visit", "2031-11-19") in found
    assert ("Pakchon", "leader_visit", "2031-06-02") in found
    assert ("Kowon", "completion", "2031-12-18") in found
    assert not [k for k in found if k[1] == "completion" and k[2] < "2031-12"]


@pytest.mark.parametrize(
    "speech",
    [
        "In his speech he said that this year modern hospitals would first be built in Kowon "
        "County, Hoeyang County and Pakchon County as models.",
        "He declared on the spot that modern hospitals would be built first in Kowon County, "
        "Hoeyang County and Pakchon County.",
        "It is the Party's decision, he said, to build modern hospitals in three regions this "
        "year, in Kowon County, Hoeyang County and Pakchon County.",
    ],
)
def test_hospitals_the_speech_says_will_be_built_are_its_announcement(
    extractor: Extractor, speech: str
) -> None:
    text = (
        "Kim Jong Un Breaks Ground for County Hospital\n\nPyongyang, February 7 (KCNA) -- A "
        "ground-breaking ceremony for Kowon County Hospital took place on February 6 in the "
        "presence of the respected Comrade Kim Jong Un.\n\n" + speech + "\n"
    )
    assert (None, "policy_announcement", "2031-02-06") in keys(
        run(extractor, text, "2031-02-07", "en")
    )


def test_hospitals_he_has_said_will_be_built_restate_the_goal(extractor: Extractor) -> None:
    text = (
        "Kowon Hospital Rises\n\nSEOUL, June 10 (Yonhap) -- Kim Jong Un inspected the county "
        "hospital under construction in Kowon County on Monday.\n\nKim has said that from "
        "next year hospitals will be built in twenty cities and counties every year.\n"
    )
    found = keys(run(extractor, text, "2031-06-10", "en"))
    assert ("Kowon", "leader_visit", "2031-06-09") in found
    assert not [k for k in found if k[1] == "policy_announcement"]


def test_the_speech_going_on_after_a_decision_keeps_its_day(extractor: Extractor) -> None:
    text = (
        "New Chapter in Regional Development\n\nThe Pyongyang Times, February 8, 2031\n\n"
        "On February 1 the factories in Hoeyang County opened.\n\n"
        "A new chapter opened on February 6 in Kowon County. The respected Comrade Kim Jong "
        "Un attended the ground-breaking ceremony for the Kowon County Hospital.\n\n"
        "In his speech at the ceremony he made public the Party's decision to build modern "
        "hospitals in cities and counties. He said that hospitals would be built this year "
        "in Kowon County, Hoeyang County and Pakchon County on a trial basis.\n"
    )
    found = keys(run(extractor, text, "2031-02-08", "en"))
    assert [k for k in found if k[1] == "policy_announcement"] == [
        (None, "policy_announcement", "2031-02-06")
    ]


def test_counties_named_in_a_dispatch_are_the_ceremonies_just_told(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea says work has begun at all sites\n\nSEOUL, March 12 (Reuters) - North "
        "Korea has broken ground at all the counties chosen for the year, state media "
        "reported.\n\nThe official KCNA news agency said on Monday that ground-breaking "
        "ceremonies had been held in more counties.\n\nThe ceremonies, held earlier this "
        "month, were attended by officials of provincial party committees.\n\nCounties named "
        "in Monday's dispatch included Kowon in South Hamgyong Province and Hoeyang in "
        "Kangwon Province.\n"
    )
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert ("Kowon", "groundbreaking", "2031-03") in found
    assert ("Hoeyang", "groundbreaking", "2031-03") in found


def test_a_wire_leads_ceremonies_are_those_the_next_paragraph_places(
    extractor: Extractor,
) -> None:
    text = (
        "N. Korea regional drive enters third year\n\nPublished : Feb. 4, 2032\n\n"
        "By Korea Herald staff\n\n"
        "North Korea held groundbreaking ceremonies for regional development projects in two "
        "areas on Tuesday, state media reported Wednesday.\n\n"
        "Ceremonies took place in Kowon County, South Hamgyong Province, and in Hoeyang "
        "County, Kangwon Province, the Korean Central News Agency said. A party secretary "
        "attended the ceremonies.\n"
    )
    found = keys(run(extractor, text, "2032-02-04", "en"))
    assert ("Kowon", "groundbreaking", "2032-02-03") in found
    assert ("Hoeyang", "groundbreaking", "2032-02-03") in found


def test_a_korean_run_of_days_that_caps_the_series_goes_on_with_its_ceremony(
    extractor: Extractor,
) -> None:
    text = (
        "[해설] 첫해 준공 마무리\n\n연합뉴스 2032.02.13\n\n"
        "1월 하순에는 24일 함경남도 고원군, 25일 강원도 회양군의 준공식이 열렸다.\n\n"
        "이달 들어서는 1일 평안북도 박천군, 3일 강원도 김화군에 이어 11일 함경북도 "
        "길주군이 마지막을 장식했다.\n"
    )
    found = keys(run(extractor, text, "2032-02-13", "ko"))
    assert ("Pakchon", "completion", "2032-02-01") in found
    assert ("Kimhwa", "completion", "2032-02-03") in found
    assert ("Kilju", "completion", "2032-02-11") in found


def test_dated_sub_items_under_a_placeless_ceremony_item_are_its_sites(
    extractor: Extractor,
) -> None:
    text = (
        "2032년 지방발전 정책 추진 실태\n\n연구원 이슈브리프 | 2032년 12월 31일\n\n"
        "○ 12.13(토): 함경남도 고원군 병원 준공식. 김정은 참석\n"
        "○ 12.15(월)~12.29(월): 준공식 집중 기간\n"
        "  - 12.15: 강원도 회양군 지방공업공장(김정은 참석), 평안북도 박천군 지방공업공장\n"
        "  - 12.16: 함경북도 길주군 지방공업공장·양곡관리시설\n"
        "■ 김정은 현장 방문(준공 전)\n"
        " - 6.2 강원도 김화군 병원\n"
    )
    found = keys(run(extractor, text, "2032-12-31", "ko"))
    assert ("Hoeyang", "completion", "2032-12-15") in found
    assert ("Pakchon", "completion", "2032-12-15") in found
    assert ("Kilju", "completion", "2032-12-16") in found
    assert ("Kimhwa", "completion", "2032-06-02") not in found


def test_a_wide_fixed_width_rows_wrapped_cells_do_not_end_its_table(
    extractor: Extractor,
) -> None:
    text = (
        "Appendix B. The 2031 cohort: ceremony dates\nWorking paper | posted 15 January 2032\n\n"
        "Dates are the days of the ceremonies as reported by DPRK media.\n\n"
        "Site           Province         Facilities            Ground broken   Inaugurated"
        "     Kim\n"
        "-------------  ---------------  --------------------  --------------  --------------"
        "  ---\n"
        "Kowon          South Hamgyong   hospital; general     2031-02-06      2031-11-19"
        "      yes\n"
        "                                service centre\n"
        "Hoeyang        Kangwon          factories             2031-02-28      2031-12-15      no\n"
        "Pakchon        North Phyongan   factories; leisure    2031-02-27      2031-12-18      no\n"
        "                                complex\n"
        "Kilju          North Hamgyong   factories             2031-02-26      2031-12-16      no\n"
    )
    found = keys(run(extractor, text, "2032-01-15", "en"))
    assert ("Hoeyang", "groundbreaking", "2031-02-28") in found
    assert ("Hoeyang", "completion", "2031-12-15") in found
    assert ("Kilju", "groundbreaking", "2031-02-26") in found
    assert ("Kilju", "completion", "2031-12-16") in found


def test_a_korean_fixed_width_table_is_cut_where_the_eye_sees_its_columns(
    extractor: Extractor,
) -> None:
    text = (
        "[부록] 대상 시·군 준공 현황\n북한경제리뷰 | 게재일 2032년 6월 30일\n\n"
        "일자는 북한 매체가 보도한 행사 일자이다.\n\n"
        "  도      시·군    착공          준공          준공식 주관           비고\n"
        "  -----   ------   -----------   -----------   -------------------   ---------\n"
        "  함남    고원군   2031.2.28     2031.12.20    김정은 참석           첫 준공\n"
        "  강원    회양군   2031.3월      2032.1.8      도당 책임비서         확인 필요,\n"
        "                                                                     재확인\n"
        "  평북    박천군   2031.3월      2032.1.24     도당 책임비서\n"
    )
    found = keys(run(extractor, text, "2032-06-30", "ko"))
    assert ("Kowon", "groundbreaking", "2031-02-28") in found
    assert ("Kowon", "completion", "2031-12-20") in found
    assert ("Hoeyang", "completion", "2032-01-08") in found
    assert ("Pakchon", "completion", "2032-01-24") in found
    assert not [k for k in found if k[1] == "groundbreaking" and k[2].startswith("2032")]


def test_a_batch_that_covered_places_is_the_ceremonies_told_not_their_report_day(
    extractor: Extractor,
) -> None:
    text = (
        "North Korea breaks ground in more counties\n\nBy NK News staff | March 12, 2031\n\n"
        "North Korea has started construction of regional factories in all the year's "
        "counties, state media reported on Monday.\n\n"
        "KCNA said groundbreaking ceremonies had been held in more counties, following a "
        "first batch reported on Thursday. The reports did not give exact dates for the "
        "ceremonies, saying only that they had taken place this month.\n\n"
        "The first batch covered Kowon County in South Hamgyong Province and Hoeyang County "
        "in Kangwon Province.\n\n"
        "The sites named on Monday were Pakchon County in North Phyongan Province and Kilju "
        "County in North Hamgyong Province.\n"
    )
    found = keys(run(extractor, text, "2031-03-12", "en"))
    for county in ("Kowon", "Hoeyang", "Pakchon", "Kilju"):
        assert (county, "groundbreaking", "2031-03") in found
    assert not [k for k in found if k[2] == "2031-03-10"]


def test_lines_that_open_with_a_day_and_a_gap_are_rows_of_his_log(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Jong Un and the sites: attendance chronology\nAnalytics | posted 8 January 2032\n"
        "Head note. Dates under each year heading belong to that year. \"KJU\" marks Kim Jong "
        "Un's personal presence as KCNA reported it.\n\n"
        "2031\n"
        "07 Jan  Kowon, South Hamgyong: inauguration; raw materials to be guaranteed. KJU.\n"
        "02 Jun  Hoeyang hospital under construction; \"great revolution\" in public health. "
        "KJU.\n"
        "09 Jun  Pakchon City Hospital site; blamed unskilled soldier labour. KJU.\n"
        "13 Dec  Pakchon City Hospital inauguration. KJU.\n"
    )
    found = keys(run(extractor, text, "2032-01-08", "en"))
    assert ("Hoeyang", "leader_visit", "2031-06-02") in found
    assert ("Pakchon", "leader_visit", "2031-06-09") in found


def test_opening_the_programme_is_no_opening_of_factories(extractor: Extractor) -> None:
    text = (
        "Where Kim Showed Up\nResearch note | December 31, 2031\n\n"
        "Kim opened the programme in person at Kowon County, South Hamgyong Province, on "
        "February 28, 2031, where he gave a speech and broke the first ground.\n"
    )
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Kowon", "groundbreaking", "2031-02-28") in found
    assert ("Kowon", "completion", "2031-02-28") not in found


def test_on_site_inspections_he_made_over_dated_lines_are_his_visits(
    extractor: Extractor,
) -> None:
    text = (
        "Where Kim Showed Up\nResearch note | December 31, 2031\n\n"
        "**2. Inspections between ceremonies**\n\n"
        "Kim also made a series of on-site inspections that were not ceremonies:\n\n"
        "- June 2, 2031: the Kowon hospital and service centre under construction.\n"
        "- June 9, 2031: the Pakchon hospital site, where he blamed poor workmanship.\n"
        "- September 12, 2031: the Hoeyang hospital site.\n"
    )
    found = keys(run(extractor, text, "2031-12-31", "en"))
    assert ("Kowon", "leader_visit", "2031-06-02") in found
    assert ("Pakchon", "leader_visit", "2031-06-09") in found
    assert ("Hoeyang", "leader_visit", "2031-09-12") in found
    assert not [k for k in found if k[1] == "groundbreaking"]


def test_the_construction_of_facilities_was_started_is_their_ground_breaking(
    extractor: Extractor,
) -> None:
    text = (
        "Construction of Regional-industry Factories Starts in More Areas\n\n"
        "Voice of Korea, Pyongyang, February 28, Juche 120 (2031)\n\n"
        "Ground-breaking ceremonies for regional-industry factories took place today in "
        "Kowon County of South Hamgyong Province.\n\n"
        "In Hoeyang County of Kangwon Province, the construction of regional-industry "
        "factories and a leisure complex for the working people of the county was started.\n"
    )
    found = keys(run(extractor, text, "2031-02-28", "en"))
    assert ("Kowon", "groundbreaking", "2031-02-28") in found
    assert ("Hoeyang", "groundbreaking", "2031-02-28") in found


def test_ground_already_broken_and_whose_ground_he_broke_are_ground_breakings(
    extractor: Extractor,
) -> None:
    text = (
        "Factories Started in Four More Counties\n\n"
        "Voice of Korea, Pyongyang, February 28, Juche 120 (2031)\n\n"
        "Ground-breaking ceremonies for regional-industry factories took place today in "
        "Pakchon County of North Phyongan Province.\n\n"
        "In Kowon County, the ground was already broken on February 6 for the county "
        "hospital in the presence of Kim Jong Un.\n\n"
        "In Hoeyang County, the factories are being built near the hospital whose ground "
        "the respected Comrade Kim Jong Un broke on February 9.\n"
    )
    found = keys(run(extractor, text, "2031-02-28", "en"))
    assert ("Kowon", "groundbreaking", "2031-02-06") in found
    assert ("Hoeyang", "groundbreaking", "2031-02-09") in found


def test_a_hospital_that_began_treating_patients_and_a_station_taking_in_grain_start_work(
    extractor: Extractor,
) -> None:
    text = (
        "New Facilities at Work\n\n"
        "Pyongyang, November 21, 2031 (Rodong Sinmun) -- The Kowon County Hospital, "
        "inaugurated on Wednesday, began treating patients on Thursday.\n\n"
        "In Pakchon County a grain management station was inaugurated on November 12. "
        "On November 13, the day after the ceremony, the station started taking in and "
        "drying the grain from the cooperative farms of the county.\n"
    )
    found = keys(run(extractor, text, "2031-11-21", "en"))
    assert ("Kowon", "completion", "2031-11-19") in found
    assert ("Kowon", "production_start", "2031-11-20") in found
    assert ("Pakchon", "production_start", "2031-11-13") in found
    assert ("Pakchon", "groundbreaking", "2031-11-13") not in found


def test_a_weekday_with_the_day_before_in_apposition_keeps_its_own_day(
    extractor: Extractor,
) -> None:
    text = (
        "Kim Attends Inauguration in Kowon\n"
        "Voice of Korea, Pyongyang, December 20, Juche 120 (2031)\n\n"
        "Kim Jong Un attended the inauguration of the regional-industry factories in "
        "Kowon County yesterday.\n\n"
        "Listeners, on Thursday, the day before the ceremony in Kowon, Kim Jong Un attended "
        "the inauguration of the factories in Hoeyang County, Kangwon Province.\n"
    )
    found = keys(run(extractor, text, "2031-12-20", "en"))
    assert ("Hoeyang", "completion", "2031-12-18") in found
    assert ("Hoeyang", "completion", "2031-12-17") not in found


def test_the_next_day_it_was_a_county_goes_on_with_the_ceremony_just_told(
    extractor: Extractor,
) -> None:
    text = (
        "A Year of Change in the Regions\nNaenara, Pyongyang, January 15, 2032\n\n"
        "On January 7 Kim Jong Un cut the tape at the factories in Kowon County of South "
        "Hamgyong Province. The next day, January 8, it was Pakchon County, North Phyongan "
        "Province, where the chief secretary of the provincial party committee delivered "
        "the inaugural speech.\n"
    )
    found = keys(run(extractor, text, "2032-01-15", "en"))
    assert ("Kowon", "completion", "2032-01-07") in found
    assert ("Pakchon", "completion", "2032-01-08") in found


def test_korean_days_that_lead_their_places_after_undated_ones_date_those_places(
    extractor: Extractor,
) -> None:
    text = (
        "정론\n로동신문 주체121(2032)년 2월 12일\n\n"
        "새해에 들어와 준공의 소식은 날아왔다. 고원군에서, 회양군에서… 이달에 들어와서도 "
        "1일 평안북도 박천군, 3일 강원도 김화군에서 준공의 테프가 끊어졌고 "
        "11일 길주군이 그 대미를 장식하였다.\n\n"
        "김화군에서는 준공식 다음날인 4일에 공장들의 조업식이 진행되였다.\n"
    )
    found = keys(run(extractor, text, "2032-02-12", "ko"))
    assert ("Pakchon", "completion", "2032-02-01") in found
    assert ("Kimhwa", "completion", "2032-02-03") in found
    assert ("Kilju", "completion", "2032-02-11") in found
    assert ("Pakchon", "completion", "2032-02-03") not in found
    assert ("Kimhwa", "production_start", "2032-02-04") in found


def test_the_sites_of_the_latest_and_the_earlier_batch_are_the_ceremonies_just_told(
    extractor: Extractor,
) -> None:
    text = (
        "N. Korea breaks ground at more regional factory sites\n\n"
        "Korea Herald | Published: March 12, 2031\n\n"
        "The Korean Central News Agency reported Monday that ground had been broken at 13 "
        "more sites. The ceremonies were held earlier this month.\n\n"
        "Among the sites in the latest batch are Kowon County in South Hamgyong Province "
        "and Pakchon County in North Phyongan Province.\n"
    )
    found = keys(run(extractor, text, "2031-03-12", "en"))
    assert ("Kowon", "groundbreaking", "2031-03") in found
    assert ("Pakchon", "groundbreaking", "2031-03") in found


def test_korean_these_three_places_all_broke_ground_are_the_places_just_named(
    extractor: Extractor,
) -> None:
    text = (
        "통일부 \"北 지방공장 원료기지 안 보여\"\n\n[조선일보] 2031년 7월 24일\n\n"
        "통일부는 북한 매체가 원료기지를 조성했다고 선전한 함경남도 고원군, 강원도 회양군, "
        "평안북도 박천군에서 원료기지로 볼 만한 시설을 찾지 못했다고 밝혔다. "
        "이들 세 곳은 모두 지난 3월 착공했다.\n"
    )
    found = keys(run(extractor, text, "2031-07-24", "ko"))
    assert ("Kowon", "groundbreaking", "2031-03") in found
    assert ("Hoeyang", "groundbreaking", "2031-03") in found
    assert ("Pakchon", "groundbreaking", "2031-03") in found


def test_the_latest_were_in_places_after_a_placeless_lead_are_the_reports_ceremonies(
    extractor: Extractor,
) -> None:
    text = (
        "N. Korea inaugurates more regional factories\n\n"
        "SEOUL, Jan. 21, 2031 (Yonhap) -- North Korea has held inauguration ceremonies for "
        "new regional factories at nine of the 20 sites built last year, the unification "
        "ministry said Tuesday.\n\n"
        "The latest were in Kowon County, South Hamgyong Province, on Monday and in Kilju "
        "County, North Hamgyong Province, on Saturday, according to the Korean Central News "
        "Agency.\n"
    )
    found = keys(run(extractor, text, "2031-01-21", "en"))
    assert ("Kowon", "completion", "2031-01-20") in found
    assert ("Kilju", "completion", "2031-01-18") in found


def test_korean_the_place_the_next_day_is_counted_from_is_no_new_ceremony(
    extractor: Extractor,
) -> None:
    text = (
        "김정은, 고원군 공장 준공식 참석…박천군도 준공\n입력 2031.01.09\n\n"
        "김정은 국무위원장이 지난 7일 함경남도 고원군 지방공업공장 준공식에 참석했다고 "
        "조선중앙통신이 8일 보도했다.\n\n"
        "고원군에 이어 이튿날인 8일에는 평안북도 박천군에서도 지방공업공장 준공식이 열렸다.\n\n"
        "앞서 1월 3일 강원도 회양군에 이어 이틀 뒤에는 강원도 김화군에서 공장들이 "
        "준공되였다.\n"
    )
    found = keys(run(extractor, text, "2031-01-09", "ko"))
    assert ("Kowon", "completion", "2031-01-07") in found
    assert ("Pakchon", "completion", "2031-01-08") in found
    assert ("Kowon", "completion", "2031-01-08") not in found
    assert ("Hoeyang", "completion", "2031-01-03") in found
