"""Relationships (R): the model's equations, each a vectorized NumPy function.

Every function works on arrays whose first axis is the futures (``n``) and, where it says
so, a second axis of cohorts (``c``); none loops over futures. Each docstring names the
claim it encodes and the source (URLs in ``data/model/uncertainties.yaml`` and
``relationships.yaml``). Constants that are not sampled are read from
``data/model/relationships.yaml`` by :func:`load_relationship_constants`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from scipy.special import ndtr

from twentyten.datafiles import load_package_yaml

EPS = 1e-9


@dataclass(frozen=True)
class RelationshipConstants:
    """Unsampled constants of the relationships (values and sources in relationships.yaml)."""

    builders_per_county: float
    max_pace: float
    russia_builders_from_year: int
    russia_construction_split: float
    stall_threshold: float
    plant_heterogeneity: float
    skills_months: float
    deprivation_adjust_months: float
    selection_gap_weight: float
    counties_nationwide: float
    policy_start_year: int
    levy_price_month: int
    surge_months: tuple[int, ...]
    ceremony_months: tuple[int, ...]
    winter_months: tuple[int, ...]
    scope_work: dict[str, float]
    fx_points: dict[str, float]
    rice_points: dict[str, float]
    switch_effects: dict[str, dict[str, dict[str, float]]]


@cache
def load_relationship_constants() -> RelationshipConstants:
    doc = load_package_yaml("model", "relationships.yaml")
    reference = doc.mapping("reference")
    calendar = doc.mapping("calendar")
    paths = doc.mapping("observed_paths")

    def value(section: dict[str, Any], key: str, *path: str) -> Any:
        if key not in section or "value" not in section[key]:
            raise doc.error(f"missing constant {key!r}", *path)
        return section[key]["value"]

    effects = {
        switch: {str(option): dict(values) for option, values in options.items()}
        for switch, options in doc.mapping("switch_effects").items()
        if isinstance(options, dict)
    }
    return RelationshipConstants(
        builders_per_county=float(value(reference, "builders_per_county", "reference")),
        max_pace=float(value(reference, "max_pace", "reference")),
        russia_builders_from_year=int(value(reference, "russia_builders_from_year", "reference")),
        russia_construction_split=float(value(reference, "russia_construction_split", "reference")),
        stall_threshold=float(value(reference, "stall_threshold", "reference")),
        plant_heterogeneity=float(value(reference, "plant_heterogeneity", "reference")),
        skills_months=float(value(reference, "skills_months", "reference")),
        deprivation_adjust_months=float(value(reference, "deprivation_adjust_months", "reference")),
        selection_gap_weight=float(value(reference, "selection_gap_weight", "reference")),
        counties_nationwide=float(value(reference, "counties_nationwide", "reference")),
        policy_start_year=int(value(reference, "policy_start_year", "reference")),
        levy_price_month=int(value(reference, "levy_price_month", "reference")),
        surge_months=tuple(value(calendar, "surge_months", "calendar")),
        ceremony_months=tuple(value(calendar, "ceremony_months", "calendar")),
        winter_months=tuple(value(calendar, "winter_months", "calendar")),
        scope_work={k: float(v["value"]) for k, v in doc.mapping("scope_work").items()},
        fx_points={str(k): float(v) for k, v in paths["fx_kpw_per_usd"]["points"].items()},
        rice_points={str(k): float(v) for k, v in paths["rice_kpw_per_kg"]["points"].items()},
        switch_effects=effects,
    )


# --- prices -------------------------------------------------------------------------------


def observed_log_path(points: dict[str, float], months: int, first_year: int) -> np.ndarray:
    """Log-linear interpolation of observed monthly prices (held before the first point).

    Encodes the 2024-25 market exchange-rate and rice-price records (KDI North Korean
    Economic Review via Segye; Daily NK). Months after the last point are filled by
    :func:`price_paths` from the sampled depreciation.
    """
    index = [(int(k[:4]) - first_year) * 12 + int(k[5:7]) - 1 for k in points]
    logs = [math.log(v) for v in points.values()]
    t = np.arange(months)
    return np.interp(t, index, logs)


def price_paths(
    rice_log_observed: np.ndarray,
    last_observed: int,
    fx_depreciation: np.ndarray,
    rice_passthrough: np.ndarray,
    wage_kpw: np.ndarray,
    wage_indexation: np.ndarray,
    month: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Rice price and state wage (KPW) in ``month`` for each future.

    Claim: the won's collapse is structural and passes into rice prices (dollar rate x4.7,
    rice x4 from Jan 2024 to Dec 2025; KDI via Segye), and the late-2023 wage reform was
    largely inflated away because wages are hardly indexed (Daily NK, Asia Press). After the
    observed months the exchange rate drifts at the sampled log rate ``fx_depreciation``,
    rice follows with ``rice_passthrough`` and wages with ``wage_indexation`` of the rice rise.
    """
    if month <= last_observed:
        rice = np.full_like(fx_depreciation, math.exp(rice_log_observed[month]))
        return rice, wage_kpw
    years = (month - last_observed) / 12.0
    rice_growth = rice_passthrough * fx_depreciation * years
    rice = math.exp(rice_log_observed[last_observed]) * np.exp(rice_growth)
    wage = wage_kpw * np.exp(wage_indexation * rice_growth)
    return rice, wage


# --- construction -------------------------------------------------------------------------


def builders_available(
    soldier_builders: np.ndarray,
    competing_projects_share: np.ndarray,
    russia_builder_ratio: np.ndarray,
    priority: float,
    russia_builders_out: bool,
    surge: np.ndarray | float,
) -> np.ndarray:
    """Soldier-builders working on the programme this month.

    Claims: the army's 124th regiments build the clusters (KCNA; ~40,000 soldiers per one
    aggregator); other state projects compete for them (KCNA 2024 budget report); builders
    and deminers sent to Kursk from 2025 are withdrawn (NK News, Shoigu); mobilisation
    surges before year-end inaugurations (news1global, Seoul Shinmun).
    """
    share = np.clip((1.0 - competing_projects_share) * priority, 0.0, 1.0)
    out = russia_builder_ratio if russia_builders_out else 0.0
    return soldier_builders * share * (1.0 - out) * surge


def construction_pace(
    builders: np.ndarray,
    work_under_way: np.ndarray,
    steel_per_month_kt: np.ndarray,
    cement_per_month_kt: np.ndarray,
    funds_per_month_musd: np.ndarray,
    steel_per_cluster_kt: np.ndarray,
    cement_per_cluster_kt: np.ndarray,
    capital_cost_musd: np.ndarray,
    construction_months: np.ndarray,
    builders_per_county: float,
) -> np.ndarray:
    """Supply of construction relative to the work under way (1 = the reference pace).

    Claim (MODEL.md R1; NIS on steel shortages, KDI on fiscal limits, Hyundai RI on scope
    outrunning capacity): progress is limited by the scarcest of builders, materials (steel
    and cement allotted to the programme) and money, each relative to what the work under
    way (counties x scope) needs at the reference pace; the binding factor sets the pace.
    """
    need = np.maximum(work_under_way, EPS)
    labour = builders / (builders_per_county * need)
    monthly_need = need / construction_months
    steel = steel_per_month_kt / (monthly_need * steel_per_cluster_kt)
    cement = cement_per_month_kt / (monthly_need * cement_per_cluster_kt)
    money = funds_per_month_musd / (monthly_need * capital_cost_musd)
    return np.minimum(np.minimum(labour, money), np.minimum(steel, cement))


def allocate_oldest_first(
    supply_factor: np.ndarray, demand: np.ndarray, max_pace: np.ndarray | float
) -> np.ndarray:
    """Pace of each cohort (c, n) when the supply goes to the oldest unfinished cohort first.

    Claim: ceremonies are deadlines - the leadership pushes the overdue cohort to completion
    (the 2024 cohort was finished in Jan-Feb 2025 while the 2025 cohort broke ground), and a
    site cannot absorb more than ``max_pace`` times the reference resources. ``demand`` is
    the work under way per cohort (remaining counties x work per county).
    """
    supply = supply_factor * demand.sum(axis=0)
    pace = np.empty_like(demand)
    for c in range(demand.shape[0]):
        wanted = demand[c]
        given = np.minimum(wanted * max_pace, supply)
        pace[c] = given / np.maximum(wanted, EPS)
        supply = supply - given
    return pace


def counties_physically_done(
    progress: np.ndarray, county_work_spread: np.ndarray, target: int
) -> np.ndarray:
    """Counties of each cohort whose buildings are finished, given cohort progress (c, n).

    Claim: counties of one cohort differ in the work they need (the 2024 cohort was
    inaugurated from 20 Dec 2024 to mid-Feb 2025; TV Chosun, KBS). Work per county is
    normal around the cohort's mean with coefficient of variation ``county_work_spread``;
    progress is measured in mean-county work units, so the finished share is a normal CDF.
    """
    share = ndtr((progress - 1.0) / county_work_spread)
    return np.floor(share * target + 1e-6)


# --- plant operation ----------------------------------------------------------------------


def local_base_supply(
    age_months: np.ndarray,
    local_base_initial: np.ndarray,
    local_base_years: np.ndarray,
    imported_input_share: np.ndarray,
    farmland_loss: np.ndarray,
) -> np.ndarray:
    """Share of a plant's raw materials its county's own base supplies (c, n).

    Claims: plants are meant to run on local orchards, forests and fisheries (KCNA/Kim),
    which take years to mature (MODEL.md R3); sites built on farmland shrink the base
    (38 North, May 2025). Maturity rises from ``local_base_initial`` toward 1 with time
    constant ``local_base_years``; only the non-imported share can come from the base.
    """
    tau = local_base_years * 12.0
    maturity = local_base_initial + (1.0 - local_base_initial) * (1.0 - np.exp(-age_months / tau))
    return (1.0 - imported_input_share) * (1.0 - farmland_loss) * maturity


def import_fill(fx_for_inputs_musd: np.ndarray, import_need_musd: np.ndarray) -> np.ndarray:
    """Share of the imported inputs that foreign exchange can buy (n,).

    Claim: new plants stall once imported sugar, flour, plastics and pulp run out (SPN,
    early 2025); imports are limited by the foreign exchange available to the programme
    (China trade and the civilian share of Russia money; INSS, KDI).
    """
    return np.minimum(1.0, fx_for_inputs_musd / np.maximum(import_need_musd, EPS))


def power_supply(
    power_availability: np.ndarray,
    hydro_share: np.ndarray,
    winter_hydro_loss: np.ndarray,
    solar_growth: np.ndarray,
    years_elapsed: float,
    winter: bool,
) -> np.ndarray:
    """Share of scheduled hours a provincial plant has electricity (n,).

    Claims: provincial plants share a weak grid (MOU survey: 8.5 of 10.6 h worked; Asia
    Press: a few hours a day in provincial cities); hydro (~two-thirds) freezes up from
    December to February; rooftop solar spreads (KINU 2025).
    """
    base = (
        power_availability * (1.0 - hydro_share * winter_hydro_loss)
        if winter
        else (power_availability)
    )
    return np.minimum(1.0, base + solar_growth * years_elapsed)


def skills_level(age_months: np.ndarray, skills_initial: np.ndarray, months: float) -> np.ndarray:
    """Share of design output the workforce can run (c, n).

    Claim: factories alone do not sustain themselves without training and technical support
    (38 North, Aug 2024); technicians were sent from Pyongyang (Pyongyang Times, Feb 2025).
    """
    return skills_initial + (1.0 - skills_initial) * (1.0 - np.exp(-age_months / months))


def operating_rate(raw_materials: np.ndarray, power: np.ndarray, skills: np.ndarray) -> np.ndarray:
    """Operating rate of a cohort's plants = min(raw materials, power, skills) (c, n).

    Claim (MODEL.md R2; MOU official Jul 2024; NIS Feb 2024; MOU defector survey): power
    shortages and lack of materials make sustained operation unlikely; the scarcest input
    limits output.
    """
    return np.minimum(raw_materials, np.minimum(power, skills))


def draw_buffer(
    buffer_months: np.ndarray, supplied: np.ndarray, usable: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Run the opening stock down to cover a raw-material shortfall (c, n).

    Claim: several months of inputs were stocked before opening (KCNA, Oct 2024) and plants
    idled 1-3 months after opening when they ran out (SPN, early 2025). The buffer covers the
    gap between supplied inputs and what power and skills could use; returns the raw-material
    share used and the remaining buffer.
    """
    shortfall = np.maximum(usable - supplied, 0.0)
    used = np.minimum(buffer_months, shortfall)
    return supplied + used, buffer_months - used


def stalled_share(rate: np.ndarray, threshold: float, heterogeneity: float) -> np.ndarray:
    """Share of a cohort's plants below the stall threshold (c, n).

    Claim: stoppages, not uniform slowdowns, are what is observed (thermal imagery of idle
    sites, Jan 2025; month-long stoppages, SPN). Plant rates vary around the cohort rate with
    coefficient of variation ``heterogeneity``.
    """
    ratio = threshold / np.maximum(rate, EPS) - 1.0
    return ndtr(ratio / heterogeneity)


def goods_to_households(
    rate: np.ndarray,
    design_output_share: np.ndarray,
    diversion_share: np.ndarray,
    cannibalization_share: np.ndarray,
) -> np.ndarray:
    """Consumer goods reaching households per built county, as a share of demand (c, n).

    Claims (MODEL.md R4): output goes first to priority users (Daily NK, Unsan, Apr 2025)
    and resources pulled into the new plants marginalise older county industry (Rodong
    Sinmun content analysis). Goods = design x (rate x (1 - diversion) - cannibalization).
    """
    return design_output_share * (rate * (1.0 - diversion_share) - cannibalization_share)


# --- households ---------------------------------------------------------------------------


def levy_burden(
    levy_kpw_per_year: np.ndarray,
    construction_intensity: np.ndarray,
    rice_kpw: np.ndarray,
    multiplier: float,
) -> np.ndarray:
    """Levies per household this month in kg of rice (n,).

    Claim: construction is partly financed by repeated non-tax levies on households and
    workers (Daily NK Mar/Jul 2024; SPN). They scale with the construction under way
    relative to one full cohort. Much of the levy is in kind (turf, timber, sand and gravel
    quotas, support items for soldiers) and cash calls are re-set as prices rise, so the
    2024 quotes are converted at the 2024 rice price ``rice_kpw`` and held in rice terms;
    converting at each month's price would let inflation, and so tighter control, lighten
    them.
    """
    return levy_kpw_per_year / 12.0 * construction_intensity * multiplier / rice_kpw


def deprivation_target(
    initial: np.ndarray,
    promise_gap: np.ndarray,
    levy_share: np.ndarray,
    selection_gap: np.ndarray,
    goods: np.ndarray,
    expectation_sensitivity: np.ndarray,
    levy_sensitivity: np.ndarray,
    selection_weight: float,
    goods_relief: np.ndarray,
) -> np.ndarray:
    """Level of relative deprivation the provinces move toward (n,), index 0-1.

    Claims (MODEL.md R5-R6): deprivation starts high in the provinces (MOU Jan 2024); it
    rises with the gap between what was promised and what households receive and with
    levies (Asan, Apr 2025; Daily NK); selective support widens gaps between selected and
    not-yet-selected counties (EAI, Feb 2026); goods received ease it in the first years
    (Asan). Prices and real wages act on household welfare (``net_real_wage_rice``), not
    here, so that deprivation measures what the policy itself promises and delivers.
    """
    target = (
        initial
        + expectation_sensitivity * promise_gap
        + levy_sensitivity * levy_share
        + selection_weight * selection_gap
        - goods_relief * np.maximum(goods, 0.0)
    )
    return np.clip(target, 0.0, 1.0)
