"""Event extraction on short English and Korean reports written for these tests."""

from __future__ import annotations

import pytest

from twentyten.extract import EVENT_TYPES, Extractor, extract_events


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def keys(events: list) -> set[tuple[str | None, str | None, str, str | None]]:
    return {(e.county, e.province, e.event_type, e.date) for e in events}


MULTI_EN = """Construction of Regional-industry Factories Starts in More Counties

Pyongyang, March 5 (KCNA) -- Ground-breaking ceremonies for regional-industry factories were held
on Monday in Hoeryong City of North Hamgyong Province, Anju City of South Phyongan Province,
Changsong County of North Phyongan Province and Sakju County of the same province.

Present at the ceremonies were officials of the provincial party committees, soldier-builders and
working people of the counties.
"""


def test_multi_county_enumeration_yields_one_event_per_county(extractor: Extractor) -> None:
    events = extractor.extract(MULTI_EN, document="t1", published="2027-03-05", language="en")
    assert keys(events) == {
        ("Hoeryong", "North Hamgyong", "groundbreaking", "2027-03-01"),
        ("Anju", "South Phyongan", "groundbreaking", "2027-03-01"),
        ("Changsong", "North Phyongan", "groundbreaking", "2027-03-01"),
        ("Sakju", "North Phyongan", "groundbreaking", "2027-03-01"),
    }
    for event in events:
        assert event.leader_attended is False
        assert event.facility_types == ["regional_industry_factory"]
        assert event.date_precision == "day"
        assert 0 < event.confidence <= 1
        assert MULTI_EN[event.span[0] : event.span[1]].startswith("Ground-breaking")


LEADER_ROLLOVER_EN = """Kim Jong Un Opens Hospital in Sakju County

Pyongyang, January 9 (KCNA) -- The respected Comrade Kim Jong Un attended the inauguration of the
Sakju County Hospital in North Phyongan Province on Wednesday and cut the tape.

He looked round the wards and the operating theatres.

The regional-industry factories in Pyoksong County, South Hwanghae Province, which were completed
on Dec. 22, are now turning out foodstuffs.
"""


def test_leader_ceremony_and_year_rollover(extractor: Extractor) -> None:
    events = extractor.extract(
        LEADER_ROLLOVER_EN, document="t2", published="2030-01-09", language="en"
    )
    by_county = {e.county: e for e in events}
    assert keys(events) == {
        ("Sakju", "North Phyongan", "completion", "2030-01-02"),
        ("Pyoksong", "South Hwanghae", "completion", "2029-12-22"),
    }
    # The tour after the ceremony is part of the ceremony, not a separate leader visit.
    assert by_county["Sakju"].leader_attended is True
    assert by_county["Sakju"].facility_types == ["hospital"]


NEGATIVE_HOUSING = """New Street Completed in Pyongyang

Pyongyang, April 12 (KCNA) -- A ceremony of completing 10 000 flats in Sadong District,
Pyongyang took place on Thursday, attended by Kim Jong Un.

The Party is also pushing ahead with the Regional Development 20x10 Policy in all counties.
"""

NEGATIVE_FLOOD_KO = """큰물피해지역 살림집건설 마감단계
【평양 10월 3일발 조선중앙통신】

평안북도 삭주군의 큰물피해지역 살림집건설이 마감단계에서 힘있게 추진되고있다.

수백세대 살림집들의 골조공사가 끝나고 내부미장이 진행되고있다.
"""

NEGATIVE_POLICY_ONLY = """Editorial: Let Us Implement the Regional Development Policy

Pyongyang, May 2 (Rodong Sinmun) -- The Regional Development 20x10 Policy is a great programme.
All officials must build modern factories in the cities and counties with high quality.
"""

NEGATIVE_GREENHOUSE = """Greenhouse Farm Harvests Vegetables

Pyongyang, March 15 (KCNA) -- The ground was broken for the Anju Greenhouse Farm in Anju City on
Monday and a harvest of cucumbers followed at older farms.
"""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (NEGATIVE_HOUSING, "en"),
        (NEGATIVE_FLOOD_KO, "ko"),
        (NEGATIVE_POLICY_ONLY, "en"),
        (NEGATIVE_GREENHOUSE, "en"),
    ],
)
def test_other_campaigns_and_general_policy_yield_nothing(
    extractor: Extractor, text: str, language: str
) -> None:
    assert extractor.extract(text, document="neg", published="2027-05-02", language=language) == []


MULTI_KO = """여러 시, 군들에서 지방공업공장건설 착공식 진행
【평양 3월 4일발 조선중앙통신】

함경북도 회령시, 평안북도 운산군, 평안남도 은산군 제지공장, 량강도 삼지연시에서 건설착공식들이
3일에 진행되였다.

착공식들에는 해당 도당위원회 책임비서들과 군인건설자들, 근로자들이 참가하였다.

로동신문은 착공식소식을 전하였다.
"""


def test_korean_enumeration_with_unsan_collision(extractor: Extractor) -> None:
    events = extractor.extract(MULTI_KO, document="k1", published="2027-03-04", language="ko")
    assert keys(events) == {
        ("Hoeryong", "North Hamgyong", "groundbreaking", "2027-03-03"),
        ("Unsan", "North Phyongan", "groundbreaking", "2027-03-03"),
        ("Unsan", "South Phyongan", "groundbreaking", "2027-03-03"),
        ("Samjiyon", "Ryanggang", "groundbreaking", "2027-03-03"),
    }
    ids = {e.unit_id for e in events}
    assert len(ids) == 4  # the two Unsans are two units
    paper = [e for e in events if e.province == "South Phyongan"][0]
    assert "paper_mill" in paper.facility_types


PRODUCTION_KO = """삭주군 지방공업공장 준공, 조업
로동신문 주체116(2027)년 2월 10일

평안북도 삭주군 지방공업공장 준공식이 9일에 진행되였다.

준공식에는 도당위원회 책임비서와 군인건설자들, 근로자들이 참가하였다.

도당위원회 책임비서는 준공사에서 지난해 3월 첫삽을 박은 때로부터 1년도 못되는 기간에 공장들이
일떠섰다고 말하였다.

준공테프가 끊어진 다음 공장들의 조업식이 진행되였다.
"""


def test_korean_completion_production_start_and_background_groundbreaking(
    extractor: Extractor,
) -> None:
    events = extract_events(PRODUCTION_KO, document="k2", language="ko")
    assert keys(events) == {
        ("Sakju", "North Phyongan", "completion", "2027-02-09"),
        ("Sakju", "North Phyongan", "production_start", "2027-02-09"),
        ("Sakju", "North Phyongan", "groundbreaking", "2026-03"),
    }
    completion = [e for e in events if e.event_type == "completion"][0]
    assert completion.leader_attended is False
    background = [e for e in events if e.event_type == "groundbreaking"][0]
    assert background.date_precision == "month"


LEADER_VISIT_EN = """Kim Jong Un Inspects Hospital Construction

Pyongyang, August 20 (KCNA) -- Kim Jong Un inspected the construction site of the Anju City
Hospital on Tuesday.

He looked round the main building, whose frame work is over, and gave instructions.

Ground-breaking ceremonies will be held in Hoeryong City next month.
"""


def test_leader_visit_absorbs_progress_and_future_events_are_ignored(
    extractor: Extractor,
) -> None:
    events = extractor.extract(LEADER_VISIT_EN, document="v", published="2030-08-20", language="en")
    assert keys(events) == {("Anju", "South Phyongan", "leader_visit", "2030-08-13")}
    assert events[0].leader_attended is True


def test_year_less_dateline_without_publication_date_keeps_events_undated(
    extractor: Extractor,
) -> None:
    dated = extractor.extract(MULTI_EN, document="t1", published="2027-03-05", language="en")
    events = extractor.extract(MULTI_EN, document="t1", language="en")
    # The same events, but nothing anchors "on Monday" to a year: the date stays unknown.
    assert {(e.county, e.event_type) for e in events} == {
        (e.county, e.event_type) for e in dated
    }
    assert all(e.date is None and e.date_precision is None for e in events)
    assert all(e.to_dict()["date"] is None for e in events)
    by_county = {e.county: e for e in dated}
    assert all(e.confidence < by_county[e.county].confidence for e in events)


def test_without_publication_date_a_date_with_its_year_is_still_resolved(
    extractor: Extractor,
) -> None:
    text = (
        "Hospital Opened in Sakju County\n"
        "Pyongyang, January 9 (KCNA) -- The Sakju County Hospital was inaugurated on Wednesday. "
        "Ground was broken for it on Feb. 20, 2029.\n"
    )
    events = extractor.extract(text, document="t3", language="en")
    assert {(e.county, e.event_type, e.date) for e in events} == {
        ("Sakju", "completion", None),
        ("Sakju", "groundbreaking", "2029-02-20"),
    }


def test_event_dict_has_the_documented_fields(extractor: Extractor) -> None:
    event = extractor.extract(MULTI_EN, document="t1", published="2027-03-05")[0].to_dict()
    assert set(event) >= {
        "document", "event_type", "county", "province", "date", "facility_types",
        "leader_attended", "span", "confidence", "unit_id", "date_precision",
    }
    assert event["event_type"] in EVENT_TYPES
    assert isinstance(event["span"], list) and len(event["span"]) == 2


YONHAP_EN = """N. Korea's Kim opens new factories in Sinyang

SEOUL, Dec. 16 (Yonhap) -- North Korean leader Kim Jong-un attended a ceremony marking the
completion of regional factories in Sinyang County, South Pyongan Province, on Monday, state
media reported Tuesday.

The factories are part of his regional development policy. (END)
"""

NEWS1_KO = """북한, 삭주군 공장·병원 착공

(서울=뉴스1) 2026년 3월 3일 -- 북한이 평안북도 삭주군에서 지방공업공장과 병원 착공식을 열었다고
조선중앙통신이 3일 보도했다.

착공식은 지난 2일 진행됐으며 도당 책임비서가 연설했다.
"""


def test_south_korean_wire_styles(extractor: Extractor) -> None:
    en = extractor.extract(YONHAP_EN, document="y", published="2025-12-16", language="en")
    assert keys(en) == {("Sinyang", "South Phyongan", "completion", "2025-12-15")}
    assert en[0].leader_attended is True
    ko = extractor.extract(NEWS1_KO, document="n", language="ko")
    assert keys(ko) == {("Sakju", "North Phyongan", "groundbreaking", "2026-03-02")}
    assert ko[0].facility_types == ["regional_industry_factory", "hospital"]


OPENING_EN = """Hospital Opens in Anju

Pyongyang, November 4 (KCNA) -- An opening ceremony of the Anju City Hospital was held on
Sunday. The premier cut the tape.

Kim Jong Un will visit the hospital later, it was learned.
"""


def test_opening_ceremony_and_no_leader(extractor: Extractor) -> None:
    events = extractor.extract(OPENING_EN, document="o", published="2030-11-04", language="en")
    assert keys(events) == {("Anju", "South Phyongan", "completion", "2030-11-03")}
    assert events[0].facility_types == ["hospital"]


DATES_AFTER_PLACES_EN = """Factories Open in Two Counties

Pyongyang, January 27 (KCNA) -- Regional-industry factories were inaugurated in Sakju County on
Jan. 24 and in Changsong County on Jan. 25.

A ceremony for the opening of a hospital in Anju City followed the next day.
"""


def test_each_county_takes_the_date_of_its_own_phrase(extractor: Extractor) -> None:
    events = extractor.extract(
        DATES_AFTER_PLACES_EN, document="d", published="2031-01-27", language="en"
    )
    assert keys(events) == {
        ("Sakju", "North Phyongan", "completion", "2031-01-24"),
        ("Changsong", "North Phyongan", "completion", "2031-01-25"),
        ("Anju", "South Phyongan", "completion", "2031-01-26"),
    }


RESPECTIVELY_KO = """여러 군에서 지방공업공장 준공
【평양 1월 26일발 조선중앙통신】

평안북도 삭주군과 창성군에서 지방공업공장 준공식이 각각 24일과 25일에 진행되였다.
"""


def test_respectively_pairs_dates_with_counties_in_order(extractor: Extractor) -> None:
    events = extractor.extract(RESPECTIVELY_KO, document="r", published="2031-01-26")
    assert keys(events) == {
        ("Sakju", "North Phyongan", "completion", "2031-01-24"),
        ("Changsong", "North Phyongan", "completion", "2031-01-25"),
    }


def test_text_without_headline_or_dateline_is_read_from_the_start(extractor: Extractor) -> None:
    text = (
        "Regional-industry factories were inaugurated in Sakju County on 24 January 2031.\n"
        "Officials of the province attended the ceremony.\n"
    )
    events = extractor.extract(text, document="plain", language="en")
    assert keys(events) == {("Sakju", "North Phyongan", "completion", "2031-01-24")}
    assert events[0].leader_attended is False


def test_bad_publication_date_names_the_document(extractor: Extractor) -> None:
    from twentyten.errors import InputError

    with pytest.raises(InputError, match="report-7"):
        extractor.extract(MULTI_EN, document="report-7", published="7 March")
