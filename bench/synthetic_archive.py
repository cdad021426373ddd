"""A synthetic archive of 20x10 reports for the speed benchmarks.

``iter_reports(n, seed)`` yields realistic English and Korean reports (KCNA-, Rodong-,
Yonhap- and News1-style, 1-4 KB each, plus unrelated construction news as hard negatives)
one at a time, so that a benchmark never holds the corpus in memory. Every one of them is
about 20x10 or about other construction. ``iter_reports(n, seed, relevant_share=0.1)`` mixes
them with the rest of a state-media wire (diplomacy, farming, sport, culture, meetings, the
leader's other visits, weather, commentary), as an archive of a whole feed looks: KCNA puts
out about a hundred items a day, a few of them about 20x10. County names come from
the gazetteer shipped with the package when there is one, else from ../shared; the wording is
this script's own and carries no facts: these texts only exist to be ingested and scanned.

    python bench/synthetic_archive.py OUT_DIR --n 100000 [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DIVISIONS = REPO.parent / "shared" / "data" / "nk_admin_divisions.csv"
PACKAGE_DATA = REPO / "src" / "twentyten" / "data"

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
MONTHS_EN_SHORT = [
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_KO = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]


@dataclass(frozen=True)
class SyntheticReport:
    name: str  # relative path inside the archive, e.g. "017/kcna-en-017042.txt"
    text: str
    language: str  # "en" | "ko"


@dataclass(frozen=True)
class Unit:
    name_en: str  # KCNA English, without the unit word
    name_ko: str  # North Korean orthography, with the unit word (성천군)
    province_en: str
    province_ko: str
    unit_type: str  # county | city | district | other


# --- place names -------------------------------------------------------------------------

# Used only when neither the package gazetteer nor ../shared is present, so that the bench
# still runs on a bare checkout; the benchmarks normally read the real list.
_FALLBACK_UNITS = (
    Unit("Songchon", "성천군", "South Phyongan", "평안남도", "county"),
    Unit("Kimhwa", "김화군", "Kangwon", "강원도", "county"),
    Unit("Ryonggang", "룡강군", "Nampho", "남포특별시", "county"),
    Unit("Kusong", "구성시", "North Phyongan", "평안북도", "city"),
    Unit("Unsan", "운산군", "North Phyongan", "평안북도", "county"),
)


def _province_names_ko(folder: Path) -> dict[str, str]:
    # The package gazetteer keeps provinces in their own file (name_en -> name_ko).
    path = folder / "provinces.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["name_en"]: row["name_ko"] for row in csv.DictReader(handle)}


def _units_from_csv(path: Path) -> list[Unit]:
    units = []
    provinces_ko = _province_names_ko(path.parent)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name_en = row.get("name_en_kcna") or row.get("name_en") or ""
            name_ko = row.get("name_ko") or ""
            province_en = row.get("province_en") or row.get("province") or ""
            province_ko = row.get("province_ko") or provinces_ko.get(province_en, "")
            unit_type = row.get("unit_type") or "county"
            if not (name_en and name_ko and province_en and province_ko):
                continue
            if unit_type == "province":
                continue
            units.append(Unit(name_en, name_ko, province_en, province_ko, unit_type))
    return units


@lru_cache(maxsize=1)
def load_units() -> tuple[Unit, ...]:
    """Second-level units: the shipped gazetteer first, then ../shared, then a small fallback."""
    candidates = [PACKAGE_DATA / "gazetteer" / "admin_units.csv", SHARED_DIVISIONS]
    for path in candidates:
        if not path.is_file():
            continue
        try:
            units = _units_from_csv(path)
        except (OSError, csv.Error, UnicodeDecodeError):
            continue
        if len(units) >= 20:
            return tuple(u for u in units if u.unit_type in {"county", "city", "district"})
    return _FALLBACK_UNITS


_CHO_RIEUL, _CHO_NIEUN, _CHO_IEUNG = 5, 2, 11
_Y_OR_I_VOWELS = {2, 3, 6, 7, 12, 17, 20}  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def south_korean_spelling(word: str) -> str:
    """South Korean initial-sound rule on the first syllable (룡강 -> 용강, 녕변 -> 영변)."""
    if not word:
        return word
    code = ord(word[0]) - 0xAC00
    if not 0 <= code < 11172:
        return word
    initial, rest = divmod(code, 588)
    vowel = rest // 28
    if initial == _CHO_RIEUL:
        initial = _CHO_IEUNG if vowel in _Y_OR_I_VOWELS else _CHO_NIEUN
    elif initial == _CHO_NIEUN and vowel in _Y_OR_I_VOWELS:
        initial = _CHO_IEUNG
    else:
        return word
    return chr(0xAC00 + initial * 588 + rest) + word[1:]


def unit_word_en(unit: Unit) -> str:
    return {"city": "City", "district": "District"}.get(unit.unit_type, "County")


def province_en(unit: Unit) -> str:
    special = {"Pyongyang", "Nampho", "Kaesong", "Rason"}
    return f"{unit.province_en} City" if unit.province_en in special else (
        f"{unit.province_en} Province"
    )


# --- sentence pools ----------------------------------------------------------------------

FACILITIES_EN = [
    "regional industry factories", "a foodstuff factory, a daily necessities factory and a "
    "garment factory", "a county hospital", "a general service complex",
    "a grain management station", "modern greenhouse farm", "a fish farm",
]
FACILITIES_KO = [
    "지방공업공장", "식료공장과 일용품공장, 옷공장", "군병원", "종합봉사소",
    "량곡관리소", "현대적인 온실농장", "양어장",
]

EN_FILLER = [
    "Builders of the regional construction regiment completed the framework of {n} buildings "
    "ahead of schedule, the officials said.",
    "The factories are equipped with production lines for {product}, and their output is to "
    "be supplied to the residents of the county.",
    "Officials of the {province} Party Committee and working people of the county were present.",
    "Speakers said that the policy had opened a new era of balanced development of the regions "
    "and that the county would make the plants run at full capacity.",
    "A raw-material base covering {n} hectares has been set up nearby to supply {product}.",
    "The construction was pushed forward in a short period of {n} months despite difficult "
    "conditions, according to the report.",
    "After the ceremony the participants looked round the production floors, the warehouses "
    "and the welfare facilities for the employees.",
    "Analysts note that state media has not said how the factories obtain imported inputs or "
    "electricity, and satellite imagery of {county} shows {n} new roofs.",
    "The report did not give the cost of the project or the number of workers to be employed.",
    "Similar ceremonies were held this month in {other} and several other counties, according "
    "to the state media outlet.",
]
EN_PRODUCTS = ["soy sauce and bean paste", "noodles and confectionery", "soap and toothpaste",
               "work clothes and children's wear", "paper goods", "canned fish"]

KO_FILLER = [
    "건설을 맡은 지역건설려단 군인건설자들은 {n}개 동의 건물골조공사를 앞당겨 끝내였다.",
    "공장들에서는 {product} 생산공정들이 갖추어져 군안의 인민들에게 제품을 공급하게 된다.",
    "{province_ko} 당위원회 일군들과 군안의 근로자들이 준공식에 참가하였다.",
    "연설자들은 지방발전정책이 지역의 균형적발전을 위한 새 시대를 열어놓았다고 강조하였다.",
    "공장 주변에는 {n}정보의 원료기지가 마련되여 {product} 원료를 보장하게 된다.",
    "공사는 어려운 조건에서도 {n}개월 남짓한 짧은 기간에 완공되였다.",
    "참가자들은 준공식이 끝난 뒤 생산현장과 창고, 종업원들을 위한 후생시설을 돌아보았다.",
    "{other}을 비롯한 여러 군에서도 이달에 같은 행사가 진행되였다.",
]
KO_FILLER_SOUTH = [
    "북한은 올해도 20개 시·군에 지방공업공장을 세우겠다는 계획을 밝힌 바 있다.",
    "전문가들은 공장 가동에 필요한 원자재와 전력 확보가 관건이라고 지적했다.",
    "{other} 등 다른 지역에서도 비슷한 행사가 잇따랐다고 통신은 전했다.",
    "통신은 공사 기간이 {n}개월이었다고 전했지만 투입 비용은 밝히지 않았다.",
    "위성사진에서는 {county} 부지에 새 건물 {n}동이 확인된다고 한 연구기관은 밝혔다.",
    "공장에서는 {product} 등을 생산해 주민들에게 공급할 예정이라고 매체는 설명했다.",
]
KO_PRODUCTS = ["간장과 된장", "국수와 과자", "비누와 치약", "작업복과 아동복", "종이제품"]

NEGATIVE_EN = [
    ("Pyongyang Housing District Nears Completion",
     "Construction of {n},000 flats in a new street of Pyongyang entered its final stage, "
     "with finishing work under way on the high-rise blocks."),
    ("Flood Damage Recovery Pushed Forward",
     "Recovery from the summer floods is gathering pace in the areas along the river, where "
     "{n} new dwelling houses have been built for the affected families."),
    ("Spring Sowing Under Way on Co-operative Farms",
     "Farmers across the country began sowing early maize seedlings, and the agricultural "
     "sector set a goal of increasing the yield by {n} percent."),
]
NEGATIVE_KO = [
    ("평양 새 거리 살림집건설 마감단계",
     "평양의 새 거리에 {n}천세대의 살림집을 건설하는 공사가 마감단계에서 힘있게 진행되고 있다."),
    ("큰물피해복구 힘있게 추진",
     "큰물피해지역에서 피해주민들을 위한 살림집 {n}세대가 새로 일떠섰다."),
]


def _fill(template: str, rng: random.Random, unit: Unit, other: Unit) -> str:
    return template.format(
        n=rng.randint(2, 60),
        product=rng.choice(EN_PRODUCTS),
        province=unit.province_en,
        province_ko=unit.province_ko,
        county=unit.name_en,
        other=f"{other.name_en} {unit_word_en(other)}",
    )


def _fill_ko(template: str, rng: random.Random, unit: Unit, other: Unit) -> str:
    return template.format(
        n=rng.randint(2, 60),
        product=rng.choice(KO_PRODUCTS),
        province_ko=unit.province_ko,
        county=unit.name_ko,
        other=other.name_ko,
    )


def _pad(paragraphs: list[str], fillers: list[str], target_bytes: int,
         render, rng: random.Random) -> str:  # type: ignore[no-untyped-def]
    size = sum(len(p.encode()) + 2 for p in paragraphs)
    while size < target_bytes:
        sentences = [render(rng.choice(fillers)) for _ in range(rng.randint(1, 3))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "\n\n".join(paragraphs) + "\n"


# --- the rest of the wire: news about something else --------------------------------------

# (headline, lead) in this script's own wording; {county}/{province}/{n}/{country} are filled
# in. Some name counties or use words that are also event triggers ("visited", "opened",
# "was completed"), as real wire items do.
OTHER_NEWS_EN = [
    ("Message of Greeting Sent to Foreign Counterpart",
     "The Minister of Foreign Affairs sent a message of greeting to the foreign minister of "
     "{country} on the occasion of the national day of that country."),
    ("Rice Transplanting Finished Ahead of Schedule",
     "Farmers of co-operative farms in {county} County, {province}, finished rice "
     "transplanting {n} days earlier than planned, tending the seedlings with care."),
    ("Men's Football Final Held",
     "The team of {province} won the men's football final of the national championships, "
     "beating its rival by {n} goals at a packed stadium."),
    ("Exhibition of Paintings Opened",
     "An exhibition of paintings and embroidery opened at the Korean Art Gallery, displaying "
     "more than {n} works produced by artists of the Mansudae Art Studio."),
    ("Kim Jong Un Watches Test-Fire of New-Type Weapon System",
     "Kim Jong Un watched a test-fire of a new-type weapon system and expressed great "
     "satisfaction at its result, according to the report."),
    ("Enlarged Meeting of Political Bureau Held",
     "An enlarged meeting of the Political Bureau of the Central Committee discussed the "
     "economic work of the first half of the year and measures for the second half."),
    ("Scientific Symposium on Agricultural Biotechnology",
     "A national scientific symposium on agricultural biotechnology took place at Kim Il Sung "
     "University, where {n} papers were presented."),
    ("Heavy Rain Forecast for Western Areas",
     "Heavy rain of up to {n} millimetres is forecast for the western areas including {province} "
     "from tonight, the Hydro-meteorological Service said."),
    ("KCNA Commentary on Joint Military Drills",
     "The joint military drills staged by the United States and its allies are a dangerous "
     "provocation that threatens peace on the Korean peninsula, says a KCNA commentary."),
    ("Steel Complex Overfulfils Monthly Plan",
     "Workers of the iron and steel complex overfulfilled their monthly production plan by "
     "{n} percent by improving the operation of the oxygen blast furnace."),
    ("Kim Jong Un Visits Munitions Enterprise",
     "Kim Jong Un inspected a munitions enterprise and looked round the production processes, "
     "setting tasks for boosting the production capacity."),
    ("Delegation Leaves for {country}",
     "A delegation of the Ministry of External Economic Relations left Pyongyang for {country} "
     "to take part in a meeting of the intergovernmental committee."),
    ("New School Year Begins",
     "Schools across the country began the new school year, and pupils of the schools in "
     "{county} County received new textbooks and school things."),
]
OTHER_FILLER_EN = [
    "Speakers at the meeting stressed the need to carry out the tasks set forth by the Party.",
    "The participants renewed their determination to achieve fresh successes this year.",
    "Officials concerned and working people of the sector were present on the occasion.",
    "The event was broadcast live on Korean Central TV, according to the report.",
    "Similar events took place in other provinces, cities and counties of the country.",
    "The {n} participants exchanged experience and discussed ways to improve their work.",
    "The report did not say how many people attended or when the work would resume.",
    "Foreign diplomatic envoys and representatives of international organizations were "
    "invited to the event.",
    "The sector plans to introduce advanced methods and raise output by {n} percent.",
    "Young people and students took an active part in the campaign, the report said.",
    "Experts said the figures could not be verified independently.",
    "Commemorative events of various forms are to follow across the country.",
    "The delegation is to hold talks with officials of the host country during its stay.",
]
OTHER_NEWS_KO = [
    ("외무상 축전",
     "외무상은 {country}의 국경절에 즈음하여 {country} 외무상에게 축전을 보내였다."),
    ("모내기 앞당겨 끝내",
     "{province} {county}의 협동농장 농업근로자들이 모내기를 계획보다 {n}일 앞당겨 끝내였다."),
    ("전국체육경기대회 남자축구 결승경기 진행",
     "전국체육경기대회 남자축구 결승경기에서 {province} 선수단이 {n}:1로 이겼다."),
    ("미술전람회 개막",
     "조선미술박물관에서 만수대창작사 창작가들의 작품 {n}여점을 보여주는 미술전람회가 개막되였다."),
    ("당중앙위원회 정치국 확대회의 진행",
     "당중앙위원회 정치국 확대회의에서는 상반년 경제사업정형을 총화하고 하반년 과업을 토의하였다."),
    ("큰물 예보",
     "기상수문국은 오늘 밤부터 {province}를 비롯한 서부지역에 최고 {n}mm의 많은 비가 "
     "내릴 것이라고 예보하였다."),
    ("북한 외무성 대변인 담화",
     "북한 외무성 대변인은 담화를 내고 한미 연합훈련을 비난했다고 조선중앙통신이 전했다."),
    ("제철소 월계획 넘쳐 수행",
     "제철소 로동계급이 산소열법용광로의 운영을 개선하여 월생산계획을 {n}% 넘쳐 수행하였다."),
    ("새 학년도 시작",
     "전국의 학교들에서 새 학년도가 시작되였으며 {county}의 학생들이 새 교과서를 받았다."),
]
OTHER_FILLER_KO = [
    "회의에서는 당이 제시한 과업을 관철하기 위한 방도들이 토의되였다.",
    "참가자들은 올해에 새로운 성과를 이룩할 결의를 다지였다.",
    "해당 부문 일군들과 근로자들이 행사에 참가하였다.",
    "행사는 조선중앙TV로 실황중계되였다.",
    "나라의 다른 도, 시, 군들에서도 같은 행사가 진행되였다.",
    "{n}명의 참가자들은 경험을 교환하고 사업을 개선할 방도를 론의하였다.",
    "행사에는 주조 외교대표들과 국제기구 대표들이 초대되였다.",
    "해당 부문에서는 선진적인 방법을 받아들여 생산을 {n}% 늘일 계획이다.",
    "청년학생들이 운동에 적극 참가하였다고 보도는 전하였다.",
    "전문가들은 이 수치를 독자적으로 확인할 수 없다고 지적했다.",
    "나라의 여러 곳에서 다양한 형식의 기념행사들이 진행되게 된다.",
]
COUNTRIES_EN = ["Laos", "Viet Nam", "Cuba", "Mongolia", "Indonesia", "Egypt", "Syria"]
COUNTRIES_KO = ["라오스", "윁남", "꾸바", "몽골", "인도네시아", "에짚트", "수리아"]


def _other_news(rng: random.Random, unit: Unit, target: int) -> tuple[str, str]:
    """One wire item about something other than 20x10 (or construction)."""
    n = rng.randint(2, 60)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.55:
        title, lead = rng.choice(OTHER_NEWS_EN)
        fields = {"county": unit.name_en, "province": province_en(unit), "n": n,
                  "country": rng.choice(COUNTRIES_EN)}
        body = f"Pyongyang, {MONTHS_EN[month - 1]} {day} (KCNA) -- " + lead.format(**fields)
        text = _pad([title.format(**fields), body], OTHER_FILLER_EN, target,
                    lambda t: t.format(n=rng.randint(2, 60)), rng)
        return text, "en"
    title, lead = rng.choice(OTHER_NEWS_KO)
    fields = {"county": unit.name_ko, "province": unit.province_ko, "n": n,
              "country": rng.choice(COUNTRIES_KO)}
    body = f"【평양 {month}월 {day}일발 조선중앙통신】 " + lead.format(**fields)
    text = _pad([title.format(**fields), body], OTHER_FILLER_KO, target,
                lambda t: t.format(n=rng.randint(2, 60)), rng)
    return text, "ko"


# --- report styles -----------------------------------------------------------------------

def _kcna_en(rng: random.Random, unit: Unit, other: Unit, target: int) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    facility = rng.choice(FACILITIES_EN)
    kind = rng.choice(["completion", "groundbreaking", "visit"])
    place = f"{unit.name_en} {unit_word_en(unit)}, {province_en(unit)}"
    if kind == "completion":
        title = f"Regional Industry Factories Completed in {unit.name_en} {unit_word_en(unit)}"
        lead = f"A ceremony for the completion of {facility} took place in {place} on " \
               f"{rng.choice(WEEKDAYS_EN)}."
    elif kind == "groundbreaking":
        title = f"Construction of Regional Factories Starts in {unit.name_en}"
        lead = f"A ground-breaking ceremony for {facility} was held in {place} on " \
               f"{MONTHS_EN[month - 1]} {day}."
    else:
        title = f"Kim Jong Un Inspects Construction Site in {unit.name_en} {unit_word_en(unit)}"
        lead = f"Kim Jong Un, general secretary of the Workers' Party of Korea, inspected the " \
               f"construction site of {facility} in {place} on {rng.choice(WEEKDAYS_EN)}."
    dateline = f"Pyongyang, {MONTHS_EN[month - 1]} {day} (KCNA) -- {lead}"
    return _pad([title, dateline], EN_FILLER, target,
                lambda t: _fill(t, rng, unit, other), rng)


def _yonhap_en(rng: random.Random, unit: Unit, other: Unit, target: int) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    facility = rng.choice(FACILITIES_EN)
    title = f"N. Korea holds ceremony for {facility.split(',')[0]} in {unit.name_en}"
    lead = (f"SEOUL, {MONTHS_EN_SHORT[month - 1]} {day} (Yonhap) -- North Korea has finished "
            f"building {facility} in {unit.name_en} {unit_word_en(unit)}, {province_en(unit)}, "
            f"as part of leader Kim Jong Un's regional development drive, state media reported "
            f"{rng.choice(WEEKDAYS_EN)}.")
    return _pad([title, lead], EN_FILLER, target, lambda t: _fill(t, rng, unit, other), rng)


def _rodong_ko(rng: random.Random, unit: Unit, other: Unit, target: int) -> str:
    year = rng.choice([2024, 2025, 2026])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    facility = rng.choice(FACILITIES_KO)
    event = rng.choice(["준공식", "착공식", "조업식"])
    title = f"{unit.name_ko} {facility} {event} 진행"
    if rng.random() < 0.5:
        dateline = f"【평양 {month}월 {day}일발 조선중앙통신】"
    else:
        dateline = f"로동신문 주체{year - 1911}({year})년 {month}월 {day}일"
    lead = f"{dateline} {unit.province_ko} {unit.name_ko}에서 {facility} {event}이 {day}일에 " \
           f"성대히 진행되였다."
    return _pad([title, lead], KO_FILLER, target, lambda t: _fill_ko(t, rng, unit, other), rng)


def _yonhap_ko(rng: random.Random, unit: Unit, other: Unit, target: int) -> str:
    year = rng.choice([2024, 2025, 2026])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    county = south_korean_spelling(unit.name_ko)
    outlet = rng.choice(["연합뉴스", "뉴스1"])
    facility = rng.choice(FACILITIES_KO[:3])
    title = f"北, {county}에 {facility} 준공…'지방발전 20×10' 속도"
    lead = (f"(서울={outlet}) {year}년 {month}월 {day}일 -- 북한이 {county}에 {facility}을 "
            f"준공했다고 조선중앙통신이 {day}일 보도했다.")
    return _pad([title, lead], KO_FILLER_SOUTH, target,
                lambda t: _fill_ko(t, rng, unit, other), rng)


def _negative(rng: random.Random, unit: Unit, other: Unit, target: int) -> tuple[str, str]:
    if rng.random() < 0.5:
        title, lead = rng.choice(NEGATIVE_EN)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        body = f"Pyongyang, {MONTHS_EN[month - 1]} {day} (KCNA) -- " + lead.format(
            n=rng.randint(2, 60))
        text = _pad([title, body], EN_FILLER[2:5], target,
                    lambda t: _fill(t, rng, unit, other), rng)
        return text, "en"
    title, lead = rng.choice(NEGATIVE_KO)
    body = f"【평양 {rng.randint(1, 12)}월 {rng.randint(1, 28)}일발 조선중앙통신】 " + lead.format(
        n=rng.randint(2, 60))
    text = _pad([title, body], KO_FILLER[3:4], target, lambda t: _fill_ko(t, rng, unit, other), rng)
    return text, "ko"


STYLES = (
    ("kcna-en", _kcna_en, "en", 0.32),
    ("yonhap-en", _yonhap_en, "en", 0.18),
    ("rodong-ko", _rodong_ko, "ko", 0.25),
    ("yonhap-ko", _yonhap_ko, "ko", 0.15),
)
NEGATIVE_SHARE = 0.10


def iter_reports(
    n: int, seed: int = 0, relevant_share: float | None = None
) -> Iterator[SyntheticReport]:
    """Yield ``n`` synthetic reports, deterministic for a given seed, one at a time.

    Without ``relevant_share`` every report is about 20x10 or other construction. With it,
    that share of the reports (the same ones, in order) is drawn among other wire news.
    """
    if relevant_share is None:
        yield from _topical_reports(n, seed)
        return
    if not 0.0 <= relevant_share <= 1.0:
        raise ValueError(f"relevant_share must be between 0 and 1, not {relevant_share}")
    topical = _topical_reports(n, seed)
    rng = random.Random(f"{seed}-wire")
    units = load_units()
    for index in range(n):
        if rng.random() < relevant_share:
            report = next(topical)
            style = report.name.split("/", 1)[1].rsplit("-", 1)[0]
            yield SyntheticReport(f"{index // 1000:03d}/{style}-{index:06d}.txt", report.text,
                                  report.language)
            continue
        text, language = _other_news(rng, rng.choice(units), rng.randint(1000, 3700))
        yield SyntheticReport(f"{index // 1000:03d}/wire-{index:06d}.txt", text, language)


def _topical_reports(n: int, seed: int) -> Iterator[SyntheticReport]:
    rng = random.Random(seed)
    units = load_units()
    names = [style[0] for style in STYLES] + ["other"]
    weights = [style[3] for style in STYLES] + [NEGATIVE_SHARE]
    builders = {style[0]: style for style in STYLES}
    for index in range(n):
        unit, other = rng.choice(units), rng.choice(units)
        style = rng.choices(names, weights)[0]
        target = rng.randint(1000, 3700)
        if style == "other":
            text, language = _negative(rng, unit, other, target)
        else:
            _, build, language, _ = builders[style]
            text = build(rng, unit, other, target)
        # 4 KB is the upper bound a style aims for; Korean padding may overshoot by a sentence.
        yield SyntheticReport(f"{index // 1000:03d}/{style}-{index:06d}.txt", text, language)


def write_archive(
    out_dir: Path, n: int, seed: int = 0, relevant_share: float | None = None
) -> int:
    """Write the archive as UTF-8 text files; returns the number of bytes written."""
    total = 0
    made: set[Path] = set()
    for report in iter_reports(n, seed, relevant_share):
        path = out_dir / report.name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        data = report.text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--relevant-share", type=float, default=None,
                        help="share of 20x10 reports among other wire news (default: all)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    total = write_archive(args.out_dir, args.n, args.seed, args.relevant_share)
    elapsed = time.perf_counter() - started
    print(f"wrote {args.n} reports ({total / 1e6:.1f} MB) to {args.out_dir} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
