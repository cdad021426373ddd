"""Property tests for the gazetteer's spelling rules and the matcher (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twentyten.gazetteer import load_gazetteer, mr_to_kcna, normalize_place, north_to_south
from twentyten.gazetteer.hangul import hangul_key, south_to_north_candidates

GAZ = load_gazetteer()
UNITS = GAZ.units
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Filler that cannot itself be a place name: lower-case English and plain Korean words.
ENGLISH_FILLER = st.lists(
    st.sampled_from(
        [
            "the",
            "new",
            "factories",
            "were",
            "opened",
            "in",
            "on",
            "and",
            "a",
            "ceremony",
            "workers",
            "said",
            "built",
            "with",
            "speed",
            "for",
            "local",
            "people",
            "today",
        ]
    ),
    max_size=12,
).map(" ".join)
KOREAN_FILLER = st.lists(
    st.sampled_from(["새로", "일떠선", "공장", "준공식이", "진행되였다", "인민들", "기쁨", "속에"]),
    max_size=8,
).map(" ".join)


def _latin_surfaces(unit):
    return [v.text for v in GAZ.variants(unit) if v.script == "latin"]


def _hangul_surfaces(unit):
    return [v.text for v in GAZ.variants(unit) if v.script == "hangul"]


@SETTINGS
@given(st.sampled_from(UNITS), st.data())
def test_every_generated_variant_resolves_back(unit, data):
    variant = data.draw(st.sampled_from(GAZ.variants(unit)))
    assert unit in GAZ.candidates(variant.text)
    # With its province the variant is never ambiguous.
    assert GAZ.resolve(variant.text, unit.province) == unit


@SETTINGS
@given(st.sampled_from(UNITS), st.data(), ENGLISH_FILLER, ENGLISH_FILLER)
def test_embedded_english_name_is_found_with_its_span(unit, data, before, after):
    name = data.draw(st.sampled_from(_latin_surfaces(unit)))
    province = GAZ.province_records[GAZ.provinces.index(unit.province)]
    mention = f"{name} County"
    text = f"{before} {mention} of {province.name_en} Province, {after}."
    matches = [m for m in GAZ.find(text) if m.kind == "unit"]
    start = len(before) + 1
    spans = {(m.start, m.end): m for m in matches}
    if (start, start + len(mention)) not in spans:
        # The only acceptable miss: the name doubles as the province's own name.
        assert GAZ.resolve_province(name) is not None, (text, matches)
        return
    match = spans[(start, start + len(mention))]
    assert match.surface == mention and match.explicit
    assert match.unit == unit, (text, match)


@SETTINGS
@given(
    st.sampled_from(UNITS),
    st.data(),
    KOREAN_FILLER,
    KOREAN_FILLER,
    st.sampled_from(["", "에서", "의", "에", "과", "은"]),
)
def test_embedded_korean_name_is_found_with_its_span(unit, data, before, after, particle):
    name = data.draw(st.sampled_from(_hangul_surfaces(unit)))
    province = GAZ.province_records[GAZ.provinces.index(unit.province)]
    prefix = f"{before} {province.name_ko} "
    text = f"{prefix}{name}{particle} {after}"
    matches = {(m.start, m.end): m for m in GAZ.find(text) if m.kind == "unit"}
    span = (len(prefix), len(prefix) + len(name))
    if span not in matches:
        assert GAZ.resolve_province(name) is not None, (text, matches)
        return
    assert matches[span].unit == unit


@SETTINGS
@given(st.one_of(st.text(max_size=30), st.sampled_from(UNITS).map(lambda u: u.name_mr)))
def test_normalizer_is_idempotent(text):
    key = normalize_place(text)
    assert normalize_place(key) == key


ROMANIZED_UNITS = [u for u in UNITS if u.unit_type != "other" and u.name_en != "Central"]


@SETTINGS
@given(st.sampled_from(ROMANIZED_UNITS))
def test_kcna_mr_and_rr_of_one_unit_share_a_key(unit):
    """The key absorbs every system's choices (marks, aspiration, voicing, assimilation,
    ㅓ/ㅡ vowels), so KCNA, MR and RR collide for every unit whose English name is a
    romanization (not for translated names such as "Central District")."""
    spellings = [unit.name_en, unit.name_mr, unit.name_rr, mr_to_kcna(unit.name_mr)]
    assert len({normalize_place(s) for s in spellings}) == 1, spellings


def test_key_collisions_between_units_are_only_the_known_ones():
    owners: dict[str, set[str]] = {}
    for unit in UNITS:
        for variant in GAZ.variants(unit):
            if variant.script == "latin":
                owners.setdefault(normalize_place(variant.text), set()).add(unit.id)
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    # Unsan/Ŭnsan (the KCNA homograph), Hwasong (a current and a former name) and
    # Unchon/Unjon (ㅊ/ㅈ collapse): the exact spellings still tell the last pair apart.
    assert sorted(sorted(ids) for ids in shared.values()) == [
        ["north-hamgyong/myonggan", "pyongyang/hwasong"],
        ["north-phyongan/unjon", "south-hwanghae/unchon"],
        ["north-phyongan/unsan", "south-phyongan/unsan"],
    ]
    assert GAZ.resolve("Unjon").id == "north-phyongan/unjon"
    assert GAZ.resolve("Unchon").id == "south-hwanghae/unchon"


@SETTINGS
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=5
    )
)
def test_north_south_hangul_round_trip(word):
    south = north_to_south(word)
    assert north_to_south(south) == south  # the South Korean spelling is a fixed point
    assert hangul_key(word) == hangul_key(south)
    assert word in south_to_north_candidates(south) or north_to_south(word) != south


def test_mr_to_kcna_agreement_with_the_data():
    """Rule-made KCNA from MR matches the data's KCNA spelling for most units; the rest are
    the documented exceptions (personal names, unassimilated spellings, Pyongyang-type
    conventions). The rate is printed for the report."""
    pairs = [(unit.name_mr, unit.name_en) for unit in UNITS if unit.name_mr]
    agree = sum(mr_to_kcna(mr) == kcna for mr, kcna in pairs)
    rate = agree / len(pairs)
    print(f"MR->KCNA agreement: {agree}/{len(pairs)} = {rate:.1%}")
    assert rate >= 0.85


@pytest.mark.parametrize(
    "unit", [u for u in UNITS if u.name_ko.endswith("군")][:40], ids=lambda u: u.id
)
def test_north_and_south_hangul_forms_resolve(unit):
    stem = unit.name_ko[:-1]
    assert GAZ.resolve(north_to_south(stem) + "군", unit.province) == unit


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_hangul_lookup_finds_the_longest_spelling(data):
    """The pair-indexed Hangul lookup agrees with trying every spelling."""
    matcher = load_gazetteer().matcher
    surfaces = sorted(matcher.hangul_surfaces())
    pieces = data.draw(
        st.lists(st.one_of(st.sampled_from(surfaces), st.sampled_from(["군", "시", "에서", "도"])),
                 min_size=1, max_size=4)
    )
    run = "".join(pieces)
    for offset in range(len(run)):
        rest = run[offset:]
        longest = max((s for s in surfaces if rest.startswith(s)), key=len, default=None)
        found = matcher._hangul_prefix(run, offset)
        assert (found.surface if found else None) == longest
