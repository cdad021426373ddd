"""The place-name matcher on English and Korean text (test texts written for this suite)."""

from __future__ import annotations

import pytest

from twentyten.gazetteer import PlaceMatch, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def units(matches: list[PlaceMatch]) -> list[tuple[str, str | None]]:
    return [(m.surface, m.unit.id if m.unit else None) for m in matches if m.kind == "unit"]


def provinces(matches: list[PlaceMatch]) -> list[tuple[str, str | None]]:
    return [(m.surface, m.province) for m in matches if m.kind == "province"]


@pytest.mark.parametrize(
    ("text", "surface", "unit_id"),
    [
        ("Work began in Songchon County last week.", "Songchon County", "south-phyongan/songchon"),
        ("Builders reached the county of Songchon.", "Songchon", "south-phyongan/songchon"),
        ("The site in Sŏngch'ŏn was busy.", "Sŏngch'ŏn", "south-phyongan/songchon"),
        ("Seongcheon-gun officials met.", "Seongcheon-gun", "south-phyongan/songchon"),
        ("Sŏngch'ŏn-gun officials met.", "Sŏngch'ŏn-gun", "south-phyongan/songchon"),
        ("A hospital for Kusong City opened.", "Kusong City", "north-phyongan/kusong"),
        ("Kaephung District hosted it.", "Kaephung District", "kaesong/kaephung"),
        ("Kim Hyong Jik County finished first.", "Kim Hyong Jik County", "ryanggang/kim-hyong-jik"),
        ("Factories rose in Taegwan County.", "Taegwan County", "north-phyongan/taegwan"),
        ("Factories rose in Daegwan County.", "Daegwan County", "north-phyongan/taegwan"),
        ("Ground was broken in Unnyul County.", "Unnyul County", "south-hwanghae/unryul"),
        ("A misspelt Ryongang County still counts.", "Ryongang County", "nampho/ryonggang"),
        ("A hybrid Gusong City spelling.", "Gusong City", "north-phyongan/kusong"),
        ("SONGCHON COUNTY FACTORIES", "SONGCHON COUNTY", "south-phyongan/songchon"),
        ("Kangdong's new hospital", "Kangdong", "pyongyang/kangdong"),
    ],
)
def test_english_spellings(gaz, text, surface, unit_id):
    found = units(gaz.find(text))
    assert (surface, unit_id) in found, found
    match = next(m for m in gaz.find(text) if m.surface == surface)
    assert text[match.start : match.end] == surface


@pytest.mark.parametrize(
    ("text", "surface", "unit_id"),
    [
        ("성천군에 지방공업공장이 일떠섰다.", "성천군", "south-phyongan/songchon"),
        ("성천군에서 준공식이 있었다.", "성천군", "south-phyongan/songchon"),
        ("성천군의 공장들", "성천군", "south-phyongan/songchon"),
        ("김형직군 지방공업공장", "김형직군", "ryanggang/kim-hyong-jik"),
        ("남포시 룡강군 병원", "룡강군", "nampho/ryonggang"),
        ("남포시 용강군 병원", "용강군", "nampho/ryonggang"),
        ("랑림군과 낭림군", "낭림군", "jagang/rangnim"),
        ("녕변군, 영변군", "영변군", "north-phyongan/nyongbyon"),
        ("개성시 개풍구역에서", "개풍구역", "kaesong/kaephung"),
        ("은률군 착공식", "은률군", "south-hwanghae/unryul"),
        ("은율군 착공식", "은율군", "south-hwanghae/unryul"),
    ],
)
def test_korean_names_with_particles(gaz, text, surface, unit_id):
    found = units(gaz.find(text))
    assert (surface, unit_id) in found, found


def test_korean_name_inside_another_word_is_not_matched(gaz):
    # 구성 is also "composition": 재구성시 ("when rebuilding") must not be Kusong City.
    assert units(gaz.find("공장을 재구성시 주의할 점")) == []
    # Seoul's 강동구/강남구 take another suffix than Kangdong/Kangnam counties (군).
    assert units(gaz.find("서울 강동구와 강남구 아파트")) == []
    # A bare stem without a unit suffix is not enough in Korean.
    assert units(gaz.find("과일 생산이 늘었다")) == []


def test_enumeration_with_plural_unit_word(gaz):
    text = "Kyongsong and Orang counties of North Hamgyong Province held ceremonies."
    matches = gaz.find(text)
    assert units(matches) == [
        ("Kyongsong", "north-hamgyong/kyongsong"),
        ("Orang counties", "north-hamgyong/orang"),
    ]
    assert all(m.explicit for m in matches)
    assert provinces(matches) == [("North Hamgyong Province", "North Hamgyong")]


def test_enumeration_makes_personal_name_counties_explicit(gaz):
    text = "Kim Hyong Jik and Kim Jong Suk counties finished, said Kim Jong Suk's biographer."
    assert units(gaz.find(text)) == [
        ("Kim Hyong Jik", "ryanggang/kim-hyong-jik"),
        ("Kim Jong Suk counties", "ryanggang/kim-jong-suk"),
    ]


def test_personal_name_written_as_one_word_is_the_county(gaz):
    text = "Inaugurations ran from Sukchon to Kimhyŏngjik; Kim Hyong Jik University sent staff."
    assert units(gaz.find(text)) == [
        ("Sukchon", "south-phyongan/sukchon"),
        ("Kimhyŏngjik", "ryanggang/kim-hyong-jik"),
    ]
    # Spelt as a person's name, it stays a person without a unit word.
    assert units(gaz.find("Kim Jong Suk visited the site.")) == []


def test_korean_stems_share_the_last_unit_word(gaz):
    text = "같은 날 신양·낭림·대관·부령군에서도 준공식이 있었다. 여러 시·군에서 행사가 열렸다."
    assert [(m.surface, m.unit.id if m.unit else None) for m in gaz.find(text)] == [
        ("신양", "south-phyongan/sinyang"),
        ("낭림", "jagang/rangnim"),
        ("대관", "north-phyongan/taegwan"),
        ("부령군", "north-hamgyong/puryong"),
    ]


def test_a_run_of_korean_stems_without_unit_words(gaz):
    text = ("나머지도 착공. 은파·구장·운산(평북)·연탄·은천. "
            "제품은 식료·일용품·피복, 구성·숙천 두 곳.")
    assert units(gaz.find(text)) == [
        ("은파", "north-hwanghae/unpha"),
        ("구장", "north-phyongan/kujang"),
        ("운산", "north-phyongan/unsan"),
        ("연탄", "north-hwanghae/yonthan"),
        ("은천", "south-hwanghae/unchon"),
    ]
    # A run with one item that names no unit is not a list of places.
    assert units(gaz.find("은파·구장·우리·연탄")) == []


def test_counties_of_enumeration(gaz):
    text = "Work started in the counties of Sinyang, Maengsan and Pukchang."
    found = gaz.find(text)
    assert [m.unit.name_en for m in found] == ["Sinyang", "Maengsan", "Pukchang"]
    assert all(m.explicit for m in found)


def test_bare_name_is_found_but_not_explicit(gaz):
    (match,) = gaz.find("Officials from Pukchang attended.")
    assert match.unit.id == "south-phyongan/pukchang" and not match.explicit


def test_unsan_resolved_by_province_in_the_sentence(gaz):
    text = (
        "Factories opened in Unsan County of North Phyongan Province. "
        "A paper mill opened in Unsan County, South Phyongan Province."
    )
    assert [u for _, u in units(gaz.find(text))] == [
        "north-phyongan/unsan",
        "south-phyongan/unsan",
    ]


def test_unsan_resolved_by_a_note_s_short_province_without_its_full_stop(gaz):
    matches = gaz.find("- 02-07 (Fri) · UNSAN (N Phyongan, 운산) · prov. officials")
    assert units(matches) == [("UNSAN", "north-phyongan/unsan")]
    assert provinces(matches) == [("N Phyongan", "North Phyongan")]


def test_unsan_resolved_by_korean_province(gaz):
    assert units(gaz.find("평안남도 은산군 제지공장")) == [("은산군", "south-phyongan/unsan")]
    assert units(gaz.find("평안북도 운산군")) == [("운산군", "north-phyongan/unsan")]


def test_unsan_without_context_is_unresolved_with_candidates(gaz):
    (match,) = gaz.find("Unsan County got new factories.")
    assert match.unit is None and match.province is None
    assert {u.province for u in match.candidates} == {"North Phyongan", "South Phyongan"}


def test_unsan_resolved_by_paragraph_when_sentence_is_silent(gaz):
    text = "Leaders visited South Phyongan Province. They toured Unsan County."
    (unit_match,) = [m for m in gaz.find(text) if m.kind == "unit"]
    assert unit_match.unit.id == "south-phyongan/unsan"


def test_homonym_is_the_unit_the_text_already_named(gaz):
    text = ("Kim opened a paper mill in Eunsan County, South Pyongan.\n"
            "He cut the tape at the Unsan Paper Mill. Unlike Unsan County in North Pyongan, "
            "the county has no factories yet.\n"
            "Officials from Unsan joined him, the report said of the North Pyongan delegation.")
    resolved = [m.unit.id for m in gaz.find(text) if m.kind == "unit"]
    # The mill's Unsan is the Eunsan named before; the sentence with its own province wins.
    assert resolved[:3] == [
        "south-phyongan/unsan", "south-phyongan/unsan", "north-phyongan/unsan"
    ]
    # A province in its own sentence beats what the text named before.
    assert resolved[3] == "north-phyongan/unsan"


def test_nearest_province_wins(gaz):
    text = (
        "Sukchon County of South Phyongan Province and Unsan County of North Phyongan "
        "Province were named."
    )
    assert units(gaz.find(text))[-1] == ("Unsan County", "north-phyongan/unsan")


def test_similar_names_stay_distinct(gaz):
    found = units(gaz.find("Sinchon, Sonchon, Sunchon and Songchon are four places."))
    assert [u for _, u in found] == [
        "south-hwanghae/sinchon",
        "north-phyongan/sonchon",
        "south-phyongan/sunchon",
        "south-phyongan/songchon",
    ]


def test_province_mentions(gaz):
    text = "in Nampho City, and in Jagang Province; 평안남도 and Ryanggang."
    assert provinces(gaz.find(text)) == [
        ("Nampho City", "Nampho"),
        ("Jagang Province", "Jagang"),
        ("평안남도", "South Phyongan"),
        ("Ryanggang", "Ryanggang"),
    ]


def test_dateline_is_not_a_place(gaz):
    text = "Pyongyang, March 3 (KCNA) -- Factories opened in Jangyon County."
    assert provinces(gaz.find(text)) == []
    korean = "【평양 3월 3일발 조선중앙통신】 장연군에서 공장이 준공되였다."
    assert provinces(gaz.find(korean)) == []
    assert provinces(gaz.find("제목\n평양 3월 3일발 조선중앙통신 장연군에서")) == []
    assert provinces(gaz.find("제목\nVoice of Korea, Pyongyang, March 3, Juche 115")) == []
    assert provinces(gaz.find("He returned to Pyongyang on Monday.")) == [
        ("Pyongyang", "Pyongyang")
    ]


def test_capital_standing_for_the_government_is_not_a_place(gaz):
    assert provinces(gaz.find("Pyongyang has not said how much it cost.")) == []
    assert provinces(gaz.find("Analysts said Pyongyang wants a showcase.")) == []
    assert provinces(gaz.find("Pyongyang City has new flats.")) == [("Pyongyang City", "Pyongyang")]


def test_province_name_that_is_also_a_unit_is_the_province(gaz):
    (match,) = gaz.find("in Kaesong on Friday")
    assert match.kind == "province" and match.province == "Kaesong"


@pytest.mark.parametrize(
    "text",
    [
        "The Central Committee of the Party met.",
        "The Hwasong-18 missile was shown.",
        "The Taean work system was praised.",
        "Chollima spirit drives the builders.",
        "Kim Jong Suk was an anti-Japanese fighter.",
        "They sailed on the Taedong River.",
        "They hiked up Mt Kumgang.",
        "Jung Eun-ji sang.",
        "usi and orang in lower case are not names",
        "Seoul's Gangnam district and Icheon city are in South Korea.",
        "Songhwa Street is in Pyongyang.",
    ],
)
def test_no_false_positives(gaz, text):
    assert units(gaz.find(text)) == []


def test_explicit_forms_of_stop_listed_names_still_match(gaz):
    found = units(gaz.find("Central District and Hwasong District and Taean District"))
    assert [u for _, u in found] == ["pyongyang/central", "pyongyang/hwasong", "nampho/taean"]


def test_south_korean_romanization_needs_its_province(gaz):
    assert units(gaz.find("Cheorwon County of Kangwon Province")) == [
        ("Cheorwon County", "kangwon/cholwon")
    ]
    assert units(gaz.find("Tourists visited Cheorwon County.")) == []


def test_a_shared_name_in_gangwon_listed_with_the_norths_provinces(gaz):
    listed = "six counties, including Pukchang in South Pyongan Province and Cheorwon in Gangwon"
    assert ("Cheorwon", "kangwon/cholwon") in units(gaz.find(listed + " Province."))
    assert units(gaz.find("South Korea's Cheorwon County in Gangwon Province is south.")) == []
    assert units(gaz.find("Cheorwon in Gangwon Province held a festival.")) == []


def test_name_inside_a_longer_word_is_not_matched(gaz):
    assert units(gaz.find("Taedonggang District")) == [
        ("Taedonggang District", "pyongyang/taedonggang")
    ]
    assert units(gaz.find("Musanese and Anjuan are not names.")) == []


def test_empty_and_plain_text(gaz):
    assert gaz.find("") == []
    assert gaz.find("nothing to see here, just words.") == []


def test_unlisted_spelling_fallback_keeps_j_and_ch_apart(gaz):
    # Cheongju (South Korea, 청주) must not fall back onto Jongju (North Phyongan, 정주).
    assert units(gaz.find("Cheongju City and Jongju City")) == [
        ("Jongju City", "north-phyongan/jongju")
    ]


def test_korean_south_korean_homonyms_need_their_province(gaz):
    assert units(gaz.find("전라남도 순천시와 영광군")) == []
    assert units(gaz.find("평안남도 순천시")) == [("순천시", "south-phyongan/sunchon")]
    assert units(gaz.find("함경남도 영광군")) == [("영광군", "south-hamgyong/yonggwang")]


def test_korean_stem_without_its_unit_word_before_a_sites_facility(gaz):
    text = ("함주군과 신의주온실종합농장지구, 성천병원에서 착공식이 있었다. "
            "인민병원과 종합병원도 있다.")
    found = [(m.surface, m.unit.name_en) for m in gaz.find(text) if m.unit is not None]
    assert found == [("함주군", "Hamju"), ("신의주", "Sinuiju"), ("성천", "Songchon")]


def test_a_korean_stem_a_space_before_a_sites_facility(gaz):
    # Three syllables or more, a whole word: the unit; two syllables or a person's name, not.
    text = "신의주 온실농장 일대에서, 평안북도신의주 병원, 구성 병원, 김정숙 병원"
    found = [(m.surface, m.unit.name_en) for m in gaz.find(text) if m.unit is not None]
    assert found == [("신의주", "Sinuiju")]


def test_a_short_name_followed_by_its_own_province_is_the_unit(gaz):
    assert units(gaz.find("- Jan. 25: Usi (Jagang), factories opened")) == [
        ("Usi", "jagang/usi")
    ]
    assert units(gaz.find("in Usi, Jagang Province")) == [("Usi", "jagang/usi")]
    assert units(gaz.find("Saturday the 25th, Usi in Jagang, where")) == [("Usi", "jagang/usi")]
    # Another province does not make it one.
    assert units(gaz.find("Usi (North Hamgyong)")) == []
    assert units(gaz.find("Usi in North Hamgyong")) == []
    # ... past its own spelling in brackets, or "up in" as a speaker puts it
    assert units(gaz.find("| 09 | Usi (우시) | Jagang | 25 Jan |")) == [("Usi", "jagang/usi")]
    assert units(gaz.find("Yesterday it was Usi, up in Jagang.")) == [("Usi", "jagang/usi")]
    assert units(gaz.find("Usi, up in North Hamgyong")) == []


def test_a_short_name_glossed_with_its_other_spelling_is_the_unit(gaz):
    assert units(gaz.find("Usi (우시): exterior work done")) == [("Usi", "jagang/usi")]
    assert units(gaz.find("2. Usi (Usi), Chagang-do")) == [("Usi", "jagang/usi")]
    assert units(gaz.find("Kim Jong Suk (김정숙) broke ground")) == [
        ("Kim Jong Suk", "ryanggang/kim-jong-suk")
    ]
    # A bracket that spells something else is no gloss.
    assert units(gaz.find("Usi (ed. note) said")) == []
    assert units(gaz.find("Kim Jong Suk (1917-1949)")) == []


def test_co_abbreviates_county(gaz):
    assert units(gaz.find("- Usi Co., Jagang, on Sat 25th.")) == [("Usi Co.", "jagang/usi")]


def test_a_short_name_in_a_table_row_before_its_province(gaz):
    assert units(gaz.find("| Usi | Jagang | Jan. 25 | no |")) == [("Usi", "jagang/usi")]
    # A semicolon-separated export line, the province in McCune-Reischauer.
    assert units(gaz.find("11;Usi;Chagang;25.01.2031;N;")) == [("Usi", "jagang/usi")]


def test_a_short_name_in_a_fixed_width_row_before_its_province(gaz):
    row = "25   Usi                      Chagang-do         N    provincial secretary"
    assert units(gaz.find(row)) == [("Usi", "jagang/usi")]
    # (one space is prose, not a column)
    assert units(gaz.find("the Usi Chagang-do line")) == []


def test_a_short_name_in_a_run_of_places_with_asides(gaz):
    found = units(gaz.find("January: Kujang (24th), Usi (25th), Kosan (29th) and Orang (31st)."))
    assert [u for _, u in found] == [
        "north-phyongan/kujang", "jagang/usi", "kangwon/kosan", "north-hamgyong/orang"
    ]
    assert units(gaz.find("Kujang, Usi, Taean, Kosan")) == [
        ("Kujang", "north-phyongan/kujang"), ("Kosan", "kangwon/kosan")
    ]


def test_a_short_name_closing_a_run_of_dated_places(gaz):
    found = units(gaz.find("Hamju on January 18, Kujang on January 24 and Usi on January 25."))
    assert [u for _, u in found] == [
        "south-hamgyong/hamju", "north-phyongan/kujang", "jagang/usi"
    ]
    # Two names alone, the short one without its day, are no run.
    assert units(gaz.find("Kujang and Usi")) == [("Kujang", "north-phyongan/kujang")]


def test_a_short_name_opening_a_run_of_places(gaz):
    found = units(gaz.find("Exterior work on the factories at Usi and Unpha was nearly done."))
    assert [u for _, u in found] == ["jagang/usi", "north-hwanghae/unpha"]
    # Not before another name that needs its unit word, nor apart from the run.
    assert units(gaz.find("Usi and Taean")) == []
    assert units(gaz.find("Usi said. Unpha")) == [("Unpha", "north-hwanghae/unpha")]


def test_a_shared_name_once_placed_stays_placed_in_the_text(gaz):
    text = ("6/2/2031 - Kim breaks ground in Gangdong county, on the edge of Pyongyang.\n"
            "2/6/2031 - Kim inspects the Gangdong hospital.\n")
    assert [u for _, u in units(gaz.find(text))] == ["pyongyang/kangdong", "pyongyang/kangdong"]
    # Not in a sentence about the South, and not before it is placed.
    assert units(gaz.find("Gangdong hospital.\nThen Gangdong county, Pyongyang.")) == [
        ("Gangdong county", "pyongyang/kangdong")
    ]
    southern = text + "Search hits for Gangdong hospital are mostly the Seoul district.\n"
    assert len(units(gaz.find(southern))) == 2


def test_the_norths_gangwon_in_seoul_english_places_a_shared_name(gaz):
    text = "Factories opened in Cheorwon County in the North's Gangwon Province."
    assert units(gaz.find(text)) == [("Cheorwon County", "kangwon/cholwon")]
    assert provinces(gaz.find(text)) == [("North's Gangwon Province", "Kangwon")]
    # South Korea's province, named alone, places nothing.
    assert units(gaz.find("Factories opened in Cheorwon County, Gangwon Province.")) == []


def test_mccune_reischauer_pukto_names_the_northern_province(gaz):
    text = "| Unsan-gun | P'yongan-pukto | 7 Feb |\n| Kilchu-gun | Hamgyŏng-pukto | 27 Feb |"
    assert units(gaz.find(text)) == [
        ("Unsan-gun", "north-phyongan/unsan"),
        ("Kilchu-gun", "north-hamgyong/kilju"),
    ]
    assert [p for _s, p in provinces(gaz.find(text))] == ["North Phyongan", "North Hamgyong"]


def test_two_korean_stems_taken_together_as_a_subject(gaz):
    text = "북창·신양은 12/3에 미리 둘러봄. 구성·숙천 두 곳. 식료·일용품은 많다."
    assert units(gaz.find(text)) == [
        ("북창", "south-phyongan/pukchang"),
        ("신양", "south-phyongan/sinyang"),
    ]


def test_a_shared_name_in_a_revised_romanization_table_of_the_norths_sites(gaz):
    rows = ("| Site | Province | Opened |\n|---|---|---|\n"
            "| Sinyang-gun | Pyeongannam-do | Dec 15 |\n"
            "| Nangnim-gun | Jagang-do | Dec 15 |\n"
            "| Buryeong-gun | Hamgyeongbuk-do | Dec 15 |\n")
    text = rows + "| Cheorwon-gun | Gangwon-do | Dec 18 |\n"
    assert ("Cheorwon-gun", "kangwon/cholwon") in units(gaz.find(text))
    # (a row of the South's, in a table that says so, stays the South's)
    south = rows + "| Cheorwon-gun | Gangwon-do (South Korea) | Dec 18 |\n"
    assert ("Cheorwon-gun", "kangwon/cholwon") not in units(gaz.find(south))
    # (nor does a table of the South's own places name the North's county)
    southern_table = ("| Site | Province |\n|---|---|\n| Cheorwon-gun | Gangwon-do |\n"
                      "| Icheon-si | Gyeonggi-do |\n")
    assert units(gaz.find(southern_table)) == []


def test_a_korean_stem_right_after_its_own_province(gaz):
    text = "15일은 평양 강동·평남 신양·자강 낭림·평북 대관 네 곳, 같은 날 평남 북창은 따로."
    assert [u for _, u in units(gaz.find(text))] == [
        "pyongyang/kangdong", "south-phyongan/sinyang", "jagang/rangnim",
        "north-phyongan/taegwan", "south-phyongan/pukchang",
    ]
    # Not a stem of another province's unit, and not a word that runs on.
    assert units(gaz.find("평북 신양·평남 도당 책임비서·평남 북창군")) == [
        ("북창군", "south-phyongan/pukchang")
    ]


def test_a_province_the_speaker_takes_back_places_nothing(gaz):
    text = ("Kim attended the inauguration of the Unsan Paper Mill yesterday. The mill is in "
            "Unsan County in North Pyongan Province -- I beg your pardon, in South Pyongan "
            "Province.")
    assert [u for _, u in units(gaz.find(text))] == ["south-phyongan/unsan", "south-phyongan/unsan"]


def test_a_marked_spelling_run_on_into_digits_is_a_user_name(gaz):
    text = "Proposed table for the 2031 cohort. --Sŏnbong88 (talk) 10:15, 1 March 2031 (UTC)"
    assert units(gaz.find(text)) == []
    assert [s for s, _ in units(gaz.find("Sŏnbong County opened, and Sŏnbong."))] == [
        "Sŏnbong County", "Sŏnbong"]


def test_a_shared_name_whose_southern_namesake_is_no_county_is_the_norths_county(gaz):
    assert units(gaz.find("KJU at Gangdong county yesterday, first spade.")) == [
        ("Gangdong county", "pyongyang/kangdong")
    ]
    assert units(gaz.find("Icheon-gun opened its factories.")) == [
        ("Icheon-gun", "kangwon/ichon")
    ]
    # (not as a district, nor where both Koreas have a county of the name)
    assert units(gaz.find("Gangdong district has new flats.")) == []
    assert units(gaz.find("Cheorwon County held a festival.")) == []


def test_a_sheets_short_province_without_a_space_after_its_stop(gaz):
    assert provinces(gaz.find("02\tUnsan\tS.Phyongan\tGRD")) == [("S.Phyongan", "South Phyongan")]
    assert units(gaz.find("02\tUnsan\tS.Phyongan\tGRD")) == [("Unsan", "south-phyongan/unsan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a table's KCNA and Revised Romanization columns, an aside between)
        ("18  Unsan (paper mill)      Eunsan       P     28-Feb-31\n", "south-phyongan/unsan"),
        ("Kim Jong Un visited Unsan (Ŭnsan) on Monday.", "south-phyongan/unsan"),
        ("| Unsan | Unsan | F |", None),
    ],
)
def test_a_shared_name_is_the_unit_its_other_spelling_beside_it_names(gaz, text, expected):
    first = next(m for m in gaz.find(text) if m.kind == "unit")
    assert (first.unit.id if first.unit else None) == expected


def test_a_spelling_set_against_a_shared_name_does_not_place_it(gaz):
    text = "18  Unsan   2031-02-07   운산; NOT Ŭnsan (SP)\n"
    first = next(m for m in gaz.find(text) if m.kind == "unit")
    assert first.unit is None


def test_a_tables_province_codes_are_learnt_from_its_rows_and_place_shared_names(gaz):
    text = ("| # | site | prov | fac | opened |\n"
            "| 01 | Kujang | N.Phy | F | 2031/01/24 |\n"
            "| 02 | Songchon | S.Phy | F | 2031/01/20 |\n"
            "| 03 | Tongsin | Jag | F | 2031/02/05 |\n"
            "| 04 | Unsan | N.Phy | F | 2031/02/07 |\n"
            "| 05 | Unsan | S.Phy | P | 2031/12/28 |\n"
            "| 06 | Usi | Jag | F | 2031/01/25 |\n")
    placed = [(m.surface, m.unit.id if m.unit else None) for m in gaz.find(text)
              if m.kind == "unit" and m.surface in ("Unsan", "Usi")]
    assert placed == [("Unsan", "north-phyongan/unsan"), ("Unsan", "south-phyongan/unsan"),
                      ("Usi", "jagang/usi")]
    # (the facility column's "F" stands for three provinces: no province code)
    assert not [m for m in gaz.find(text) if m.kind == "province" and m.surface == "F"]


def test_a_fixed_width_tables_province_codes_place_a_shared_name(gaz):
    text = ("#   County       Prov  Opened\n"
            "1   Kujang       NPA   24-Jan-31\n"
            "2   Songchon     SPA   20-Jan-31\n"
            "3   Sukchon      SPA   08-Jan-31\n"
            "4   Unsan        SPA   28-Dec-31\n")
    unsan = next(m for m in gaz.find(text) if m.surface == "Unsan")
    assert unsan.unit is not None and unsan.unit.id == "south-phyongan/unsan"


def test_province_codes_need_three_rows_to_vouch_for_them(gaz):
    text = ("| site | prov |\n"
            "| Kujang | N.Phy |\n"
            "| Unsan | N.Phy |\n")
    assert not [m for m in gaz.find(text) if m.kind == "province"]
