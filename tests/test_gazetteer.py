"""The gazetteer's data, spelling rules and lookups."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from twentyten.errors import InputError
from twentyten.gazetteer import (
    AdminUnit,
    gazetteer_from_files,
    load_gazetteer,
    mr_to_kcna,
    normalize_place,
    north_to_south,
    parse_units,
    south_to_north_candidates,
    sync_admin_units,
    to_jamo,
)
from twentyten.gazetteer.romanize import south_korean_initial, strip_diacritics
from twentyten.store.schema import admin_units

DATA = Path(__file__).resolve().parents[1] / "src/twentyten/data/gazetteer"


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# --- shipped facts ---------------------------------------------------------------------


def test_ships_206_units_with_sources_and_13_provinces(gaz):
    assert len(gaz.units) == 206
    assert len({unit.id for unit in gaz.units}) == 206
    assert all(unit.source.strip() for unit in gaz.units)
    assert len(gaz.provinces) == 13
    assert {"South Phyongan", "North Phyongan", "Jagang", "Nampho", "Rason"} <= set(gaz.provinces)
    assert {unit.province for unit in gaz.units} == set(gaz.provinces)


def test_unit_record_fields(gaz):
    songchon = gaz.unit("south-phyongan/songchon")
    assert isinstance(songchon, AdminUnit)
    assert (songchon.name_en, songchon.name_ko, songchon.name_mr, songchon.name_rr) == (
        "Songchon",
        "성천군",
        "Sŏngch'ŏn",
        "Seongcheon",
    )
    assert songchon.unit_type == "county" and songchon.province == "South Phyongan"
    assert songchon.lat is not None and 38 < songchon.lat < 43
    # A unit without coordinates in any source keeps them unknown.
    assert gaz.unit("pyongyang/phyongchon").lat is None


def test_former_names_are_separate_from_alternatives(gaz):
    kim_jong_suk = gaz.resolve("Kim Jong Suk")
    assert "Sinpha" in kim_jong_suk.former_names
    assert "Sinpha" not in kim_jong_suk.alt_names
    assert kim_jong_suk.name_ko_south == "김정숙군"
    assert gaz.resolve("Ryonggang").name_ko_south == "용강군"


def test_loads_quickly_enough_to_be_cached(gaz):
    assert load_gazetteer() is gaz


def test_bad_data_file_names_the_line(tmp_path):
    rows = (DATA / "admin_units.csv").read_text(encoding="utf-8").splitlines()
    broken = rows[:3] + [rows[3].replace(",district,", ",prefecture,")]
    path = tmp_path / "units.csv"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        parse_units(path.read_text(encoding="utf-8"), str(path))
    assert ":4" in str(raised.value) and "prefecture" in str(raised.value)


def test_missing_column_is_reported(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("id,province,name_en\nx/y,Kangwon,Y\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing columns"):
        gazetteer_from_files(path, DATA / "provinces.csv")


# --- spelling rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mr", "kcna"),
    [
        ("Sŏngch'ŏn", "Songchon"),
        ("Chŏngju", "Jongju"),
        ("Ch'ŏngjin", "Chongjin"),
        ("T'aech'ŏn", "Thaechon"),
        ("P'ihyŏn", "Phihyon"),
        ("Hŭich'ŏn", "Huichon"),
        ("Sin'gye", "Singye"),
        ("Kop'ung", "Kophung"),
    ],
)
def test_mr_to_kcna(mr, kcna):
    assert mr_to_kcna(mr) == kcna


def test_strip_diacritics_keeps_apostrophes():
    assert strip_diacritics("Sŏngch'ŏn") == "Songch'on"


@pytest.mark.parametrize(
    ("north", "south"),
    [
        ("Ryongchon", "Yongchon"),
        ("Nyongbyon", "Yongbyon"),
        ("Rangnim", "Nangnim"),
        ("Riwon", "Iwon"),
        ("Songchon", None),
        ("Nampho", None),
    ],
)
def test_south_korean_initial_latin(north, south):
    assert south_korean_initial(north) == south


@pytest.mark.parametrize(
    ("north", "south"),
    [
        ("룡강", "용강"),
        ("랑림", "낭림"),
        ("녕변", "영변"),
        ("락원", "낙원"),
        ("리원", "이원"),
        ("은률", "은율"),
        ("성천", "성천"),
        ("김형직", "김형직"),
    ],
)
def test_north_to_south_hangul(north, south):
    assert north_to_south(north) == south
    assert north in south_to_north_candidates(south)


def test_jamo_decomposition():
    assert to_jamo("성천") == "ㅅㅓㅇㅊㅓㄴ"
    assert to_jamo("군 A") == "ㄱㅜㄴ A"


@pytest.mark.parametrize(
    "spellings",
    [
        ["Songchon", "Sŏngch'ŏn", "Seongcheon", "Songch'on", "SONGCHON"],
        ["Jongju", "Chŏngju", "Jeongju"],
        ["Songrim", "Songnim"],
        ["Rangrang", "Rangnang", "Rakrang", "Nangnang"],
        ["Unryul", "Ŭllyul", "Eullyul", "Unnyul", "Eunyul"],
        ["Ryongchon", "Yongchon", "Ryongch'ŏn", "Yongcheon"],
        ["Hoeryong", "Hoiryong", "Hoeryeong"],
        ["Kim Hyong Jik", "Kimhyŏngjik", "Gimhyeongjik", "Kim Hyong-jik"],
        ["룡강군", "용강군"],
    ],
)
def test_normalized_key_collides_across_systems(spellings):
    keys = {normalize_place(s) for s in spellings}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    "names",
    [
        ["Sinchon", "Sonchon", "Sunchon", "Songchon"],
        ["Kosan", "Koksan"],
        ["Kosong", "Kusong"],
        ["Pochon", "Pongchon"],
        ["Kumchon", "Unchon", "Onchon"],
    ],
)
def test_normalized_key_keeps_distinct_names_apart(names):
    assert len({normalize_place(n) for n in names}) == len(names)


# --- resolve ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "unit_id"),
    [
        ("Songchon", "south-phyongan/songchon"),
        ("Sŏngch'ŏn", "south-phyongan/songchon"),
        ("Seongcheon-gun", "south-phyongan/songchon"),
        ("the county of Songchon", "south-phyongan/songchon"),
        ("성천군", "south-phyongan/songchon"),
        ("성천군에서", "south-phyongan/songchon"),
        ("Kusong City", "north-phyongan/kusong"),
        ("Kaephung District", "kaesong/kaephung"),
        ("개풍군", "kaesong/kaephung"),
        ("Taegwan", "north-phyongan/taegwan"),
        ("Daegwan", "north-phyongan/taegwan"),
        ("Unryul", "south-hwanghae/unryul"),
        ("Unnyul", "south-hwanghae/unryul"),
        ("Kim Jong Suk", "ryanggang/kim-jong-suk"),
        ("김형직군", "ryanggang/kim-hyong-jik"),
        ("Huchang", "ryanggang/kim-hyong-jik"),
        ("용강군", "nampho/ryonggang"),
        ("Rangnim", "jagang/rangnim"),
        ("Rangrim", "jagang/rangnim"),
        ("Cholwon", "kangwon/cholwon"),
        ("Jangyon", "south-hwanghae/jangyon"),
        ("Ŭnsan", "south-phyongan/unsan"),
        ("Eunsan", "south-phyongan/unsan"),
        ("운산군", "north-phyongan/unsan"),
        ("은산군", "south-phyongan/unsan"),
        ("Unsan (South Phyongan)", "south-phyongan/unsan"),
    ],
)
def test_resolve_any_spelling(gaz, name, unit_id):
    unit = gaz.resolve(name)
    assert unit is not None and unit.id == unit_id


def test_resolve_collision_needs_province(gaz):
    assert gaz.resolve("Unsan") is None
    assert {u.id for u in gaz.candidates("Unsan")} == {
        "north-phyongan/unsan",
        "south-phyongan/unsan",
    }
    assert gaz.resolve("Unsan", "South Phyongan").id == "south-phyongan/unsan"
    assert gaz.resolve("Unsan", "South Pyongan").id == "south-phyongan/unsan"
    assert gaz.resolve("Unsan", "평안북도").id == "north-phyongan/unsan"
    assert gaz.resolve("Unsan", "Kangwon") is None


def test_current_name_beats_former_name(gaz):
    # Hwasong is a Pyongyang district now and the former name of Myonggan County.
    assert gaz.resolve("Hwasong").id == "pyongyang/hwasong"
    assert gaz.resolve("Hwasong", "North Hamgyong").id == "north-hamgyong/myonggan"


def test_resolve_unknown_returns_none(gaz):
    assert gaz.resolve("Springfield") is None
    assert gaz.resolve("") is None
    assert gaz.resolve("서울특별시") is None


def test_province_names(gaz):
    for spelling in [
        "South Pyongan",
        "South Phyongan Province",
        "P'yŏngan-namdo",
        "Pyeongannam-do",
        "평안남도",
        "평남",
    ]:
        assert gaz.resolve_province(spelling) == "South Phyongan", spelling
    assert gaz.resolve_province("Chagang") == "Jagang"
    assert gaz.resolve_province("양강도") == "Ryanggang"
    assert gaz.resolve_province("Nampho City") == "Nampho"
    assert gaz.province_of("Sukchon") == "South Phyongan"
    assert gaz.province_of("North Hamgyong") == "North Hamgyong"
    assert gaz.province_of("nowhere") is None


# --- store -----------------------------------------------------------------------------


def test_sync_admin_units_is_idempotent(store, gaz):
    written = sync_admin_units(store)
    assert written == len(gaz.units) + len(gaz.provinces)
    assert sync_admin_units(store) == 0
    with store.begin() as connection:
        count = connection.execute(select(func.count()).select_from(admin_units)).scalar_one()
        row = connection.execute(
            select(admin_units).where(admin_units.c.id == "south-phyongan/songchon")
        ).one()
        province = connection.execute(
            select(admin_units).where(admin_units.c.id == "south-phyongan")
        ).one()
    assert count == written
    assert (row.name_en, row.name_ko, row.province, row.unit_type) == (
        "Songchon",
        "성천군",
        "South Phyongan",
        "county",
    )
    assert province.unit_type == "province" and province.name_ko == "평안남도"


def test_sync_updates_a_changed_row(store, gaz):
    sync_admin_units(store)
    with store.begin() as connection:
        connection.execute(
            admin_units.update()
            .where(admin_units.c.id == "south-phyongan/songchon")
            .values(name_en="Wrong")
        )
    assert sync_admin_units(store) == 1
    with store.begin() as connection:
        name = connection.execute(
            select(admin_units.c.name_en).where(admin_units.c.id == "south-phyongan/songchon")
        ).scalar_one()
    assert name == "Songchon"


def test_bad_matching_rules_name_the_file(tmp_path):
    from twentyten.gazetteer.rules import load_rules

    path = tmp_path / "matching.yaml"
    path.write_text("english_unit_suffixes: [county]\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing keys") as raised:
        load_rules(path)
    assert str(path) in str(raised.value)
    path.write_text("[unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        load_rules(path)


# --- McCune-Reischauer layouts of personal-name units (generated by rule) ---------------


def test_mr_personal_name_layouts_are_generated_for_every_personal_name_unit(gaz):
    from twentyten.gazetteer.variants import unit_variants

    personal = [
        u for u in gaz.units if u.name_en.startswith("Kim ") and len(u.name_en.split()) >= 3
    ]
    assert len(personal) >= 3
    for unit in personal:
        texts = {v.text for v in unit_variants(unit)}
        family, first, *rest = unit.name_en.split()
        # The hyphenated MR layout with breves, whatever the unit.
        assert any(t.startswith(f"{family} ") and "-" in t and "ŏ" in t for t in texts), unit.id
        assert f"{family}{first}{''.join(rest)}".lower() in {t.lower() for t in texts}


@pytest.mark.parametrize(
    ("surface", "unit_id"),
    [
        ("Kim Hyŏng-jik County", "ryanggang/kim-hyong-jik"),
        ("Kim Hyŏng Jik County", "ryanggang/kim-hyong-jik"),
        ("Kim Chŏng-suk County", "ryanggang/kim-jong-suk"),
        ("Kim Chong-suk County", "ryanggang/kim-jong-suk"),
        ("Kimchŏngsuk County", "ryanggang/kim-jong-suk"),
        ("Kim Hyŏng-gwŏn County", "ryanggang/kim-hyong-gwon"),
        # (the given name run together)
        ("Kim Hyŏngjik County", "ryanggang/kim-hyong-jik"),
        ("Kim Hyongjik County", "ryanggang/kim-hyong-jik"),
        ("Kim Chŏngsuk County", "ryanggang/kim-jong-suk"),
    ],
)
def test_mr_personal_name_units_match_with_a_unit_word(gaz, surface, unit_id):
    found = [m for m in gaz.find(f"New factories opened in {surface} this week.") if m.unit]
    assert [(m.surface, m.unit.id) for m in found] == [(surface, unit_id)]


def test_an_mr_personal_name_alone_is_the_person_not_the_county(gaz):
    assert [m for m in gaz.find("A statue of Kim Chŏng-suk stands there.") if m.unit] == []
