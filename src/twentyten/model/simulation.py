"""The model run: relationships stepped month by month for many futures at once.

Arrays are futures x cohorts; the only Python loop is over the 120 months (Jan 2024 -
Dec 2033). :func:`simulate` returns yearly measures, per-cohort results, first-failure
months and (optionally) monthly series; :func:`evaluate` returns scalar outcomes per
future (what SALib, PRIM and EMA Workbench consume).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from twentyten.errors import InputError
from twentyten.model import relationships as r
from twentyten.model.failure import FailureDefinitions, FailureTracker, load_failure_definitions
from twentyten.model.scenarios import Scenario, load_scenario

FIRST_YEAR = 2024
YEARS = 10
HORIZON = YEARS * 12
YEAR_LABELS = tuple(range(FIRST_YEAR, FIRST_YEAR + YEARS))
NEVER = FIRST_YEAR + YEARS  # first_failure_year of a future that never fails

PARAMETER_NAMES: tuple[str, ...] = (
    "soldier_builders",
    "construction_months",
    "competing_projects_share",
    "russia_builder_ratio",
    "year_end_surge",
    "county_work_spread",
    "construction_learning",
    "added_facility_work",
    "capital_cost_musd",
    "programme_budget_musd",
    "steel_output_mt",
    "steel_per_cluster_kt",
    "programme_steel_share",
    "cement_output_mt",
    "cement_per_cluster_kt",
    "programme_cement_share",
    "power_availability",
    "hydro_share",
    "winter_hydro_loss",
    "solar_growth",
    "china_trade_bn",
    "china_trade_growth",
    "input_import_share_of_china",
    "russia_gross_bn",
    "russia_received_share",
    "russia_civilian_share",
    "russia_persistence",
    "russia_programme_share",
    "imported_input_share",
    "input_cost_musd",
    "opening_buffer_months",
    "local_base_initial",
    "local_base_years",
    "farmland_loss",
    "skills_initial",
    "design_output_share",
    "diversion_share",
    "cannibalization_share",
    "wage_kpw",
    "fx_depreciation",
    "rice_passthrough",
    "wage_indexation",
    "levy_kpw_per_year",
    "initial_deprivation",
    "expectation_sensitivity",
    "levy_sensitivity",
    "goods_relief",
    "completion_report_prob",
    "stoppage_report_prob",
)

# Yearly measures (M): name -> (unit, how the year is summarised)
YEARLY_MEASURES: dict[str, tuple[str, str]] = {
    "completed_cumulative": ("counties completed (inaugurated) since 2024", "end of year"),
    "completions": ("counties completed during the year", "sum"),
    "mean_operating_rate": ("share of design output, built plants", "plant-month mean"),
    "stalled_share": ("share of built plants below the stall threshold", "plant-month mean"),
    "goods_per_capita": ("share of consumer-goods demand, plan counties", "mean"),
    "deprivation": ("relative-deprivation index 0-1, provinces", "mean"),
    "real_wage_rice": ("kg of rice per monthly state wage", "mean"),
    "net_real_wage_rice": ("kg of rice per monthly state wage, net of levies", "mean"),
    "levy_rice": ("kg of rice per household-month in levies", "mean"),
    "reported_completed_cumulative": ("expected completions reported", "end of year"),
    "reported_stalled_counties": ("expected stalled counties reported", "mean"),
}
COHORT_MEASURES: dict[str, str] = {
    "cohort_completed_in_year": "counties of the cohort completed by 31 Dec of its year",
    "completion_lag": "months after its year-end until the cohort is complete (censored)",
}
MONTHLY_MEASURES = (
    "completed_cumulative",
    "mean_operating_rate",
    "stalled_share",
    "goods_per_capita",
    "deprivation",
    "real_wage_rice",
    "levy_rice",
)
CALIBRATION_OUTCOMES = (
    "cohort_2024_in_year",
    "cohort_2024_by_feb_2025",
    "cohort_2025_in_year",
    "cohort_2026_started",
    "completed_dec_2025",
    "operating_rate_2025",
)


@dataclass
class SimulationOutput:
    """Everything one call of :func:`simulate` produces for its futures."""

    yearly: dict[str, np.ndarray]  # measure -> (n, YEARS)
    cohort: dict[str, np.ndarray]  # measure -> (n, cohorts)
    first_failure: dict[str, np.ndarray]  # definition id (and "combined") -> (n,) month index
    calibration: dict[str, np.ndarray]  # CALIBRATION_OUTCOMES (and reported_*) -> (n,)
    monthly: dict[str, np.ndarray] = field(default_factory=dict)  # measure -> (n, HORIZON)

    def outcomes(self) -> dict[str, np.ndarray]:
        """Scalar outcomes per future (float arrays of length n) for PRIM, SALib, EMA."""
        out: dict[str, np.ndarray] = {}
        combined = self.first_failure["combined"]
        for i, year in enumerate(YEAR_LABELS):
            out[f"failed_by_{year}"] = (combined < 12 * (i + 1)).astype(float)
        out["first_failure_year"] = np.where(
            combined < HORIZON, FIRST_YEAR + combined // 12, NEVER
        ).astype(float)
        for ident, months in self.first_failure.items():
            if ident != "combined":
                out[f"failure_year_{ident}"] = np.where(
                    months < HORIZON, FIRST_YEAR + months // 12, NEVER
                ).astype(float)
        for name in (
            "completed_cumulative",
            "mean_operating_rate",
            "stalled_share",
            "goods_per_capita",
            "deprivation",
        ):
            short = "completed" if name == "completed_cumulative" else name
            for i, year in enumerate(YEAR_LABELS):
                out[f"{short}_{year}"] = self.yearly[name][:, i].astype(float)
        rate = self.yearly["mean_operating_rate"][:, 1:]
        with np.errstate(invalid="ignore"):
            out["min_operating_rate"] = np.where(
                np.isfinite(rate).any(axis=1),
                np.nanmin(np.where(np.isfinite(rate), rate, np.inf), axis=1),
                np.nan,
            )
        out["deprivation_peak"] = self.yearly["deprivation"].max(axis=1)
        out["real_wage_rice_2027"] = self.yearly["real_wage_rice"][:, 3].astype(float)
        for name, values in self.cohort.items():
            for c in range(values.shape[1]):
                out[f"{name}_{FIRST_YEAR + c}"] = values[:, c].astype(float)
        for name, values in self.calibration.items():
            out[name] = values.astype(float)
        return out


def _switch(constants: r.RelationshipConstants, switch: str, option: object) -> dict[str, float]:
    key = str(option).lower() if isinstance(option, bool) else str(option)
    return constants.switch_effects.get(switch, {}).get(key, {})


def complete_parameters(
    params: dict[str, np.ndarray | float], scenario: Scenario
) -> tuple[dict[str, np.ndarray], int]:
    """Fill unset parameters with the scenario's central values; check names and shapes."""
    known = set(PARAMETER_NAMES)
    for name in params:
        if name not in known:
            raise InputError("parameters", f"unknown parameter {name!r}", key=name)
    arrays = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    sizes = {a.size for a in arrays.values() if a.ndim > 0}
    if len(sizes) > 1:
        raise InputError("parameters", f"parameter arrays differ in length: {sorted(sizes)}")
    n = sizes.pop() if sizes else 1
    full: dict[str, np.ndarray] = {}
    for u in scenario.uncertainties:
        value = arrays.get(u.name)
        full[u.name] = (
            np.full(n, u.central)
            if value is None
            else np.broadcast_to(value.reshape(-1) if value.ndim else value, (n,)).astype(float)
        )
    return full, n


def simulate(
    params: dict[str, np.ndarray | float],
    scenario: Scenario | str | None = None,
    *,
    failure: FailureDefinitions | None = None,
    monthly: bool = False,
) -> SimulationOutput:
    """Run the model for every future in ``params`` (arrays of equal length n).

    Parameters the caller leaves out take the scenario's central values, so a sensitivity
    analysis can vary a subset. The scenario supplies the levers (default: baseline).
    """
    if scenario is None or isinstance(scenario, str):
        scenario = load_scenario(scenario or "baseline")
    if failure is None:
        failure = load_failure_definitions(scenario.failure_file)
    p, n = complete_parameters(params, scenario)
    k = r.load_relationship_constants()
    lv = scenario.levers

    target = lv.target_counties_per_year
    cohorts = min(lv.plan_years, YEARS)
    plan_total = max(target * lv.plan_years, 1)
    start = np.array([12 * c + lv.groundbreaking_for(FIRST_YEAR + c) - 1.0 for c in range(cohorts)])
    factories = np.array(
        [
            k.scope_work["factories"] * ("factories" in lv.scope_for(FIRST_YEAR + c))
            for c in range(cohorts)
        ]
    )
    added = np.array(
        [
            sum(k.scope_work[f] for f in lv.scope_for(FIRST_YEAR + c) if f != "factories")
            for c in range(cohorts)
        ]
    )
    # arrays over cohorts are cohort-major, shape (C, n): sums over cohorts add whole rows
    scope = factories[:, None] + added[:, None] * p["added_facility_work"][None, :]
    learning = np.maximum(
        (1.0 - p["construction_learning"])[None, :] ** np.arange(cohorts)[:, None], 0.5
    )
    work = scope * learning  # (C, n) mean work per county relative to a factory cluster

    china = _switch(k, "china_trade", lv.china_trade)
    sanctions = _switch(k, "sanctions_enforcement", lv.sanctions_enforcement)
    decentral = _switch(k, "trade_decentralization", lv.trade_decentralization)
    market = _switch(k, "market_policy", lv.market_policy)
    china_growth = np.log1p(
        np.maximum(p["china_trade_growth"] + china.get("china_growth_shift", 0.0), -0.9)
    )
    # The switches and the programme's priority act from the first year not yet observed
    # (policy_start_year): 2024-25 happened under today's policies in every scenario, so the
    # scenarios share their history and the calibration weighs all of them on the same facts.
    policy_start = 12 * (k.policy_start_year - FIRST_YEAR)
    china_level = p["china_trade_bn"] * sanctions.get("china_multiplier", 1.0)
    input_fx_multiplier = decentral.get("input_fx_multiplier", 1.0) * market.get(
        "input_fx_multiplier", 1.0
    )
    levy_multiplier = decentral.get("levy_multiplier", 1.0) * market.get("levy_multiplier", 1.0)
    diversion_policy = np.clip(
        p["diversion_share"]
        * decentral.get("diversion_multiplier", 1.0)
        * market.get("diversion_multiplier", 1.0),
        0.0,
        1.0,
    )
    fx_depreciation = p["fx_depreciation"] + market.get("fx_depreciation_shift", 0.0)
    # million US$ per year for the programme while the war pays: gross entitlement x share
    # received x share reaching the civilian economy x share spent on the programme
    russia_gross = p["russia_gross_bn"] * p["russia_programme_share"] * 1000.0
    russia_cash = (
        russia_gross
        * np.minimum(
            p["russia_received_share"] * sanctions.get("russia_received_multiplier", 1.0), 1
        )
        * np.minimum(p["russia_civilian_share"] * lv.russia_civilian_multiplier, 1.0)
    )
    russia_cash_history = russia_gross * p["russia_received_share"] * p["russia_civilian_share"]
    after_ceasefire = p["russia_persistence"] if lv.russia_ties == "continue" else 0.0

    def materials(priority: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        steel = p["steel_output_mt"] * 1000.0 * p["programme_steel_share"] * priority / 12
        cement = p["cement_output_mt"] * 1000.0 * p["programme_cement_share"] * priority / 12
        return steel, cement, p["programme_budget_musd"] * priority / 12

    rice_log = r.observed_log_path(k.rice_points, HORIZON, FIRST_YEAR)
    last_observed = max(
        (int(key[:4]) - FIRST_YEAR) * 12 + int(key[5:7]) - 1 for key in k.rice_points
    )
    reference_real_wage = p["wage_kpw"] / math.exp(rice_log[0])
    # levies are quoted in 2024 won but called in kind or re-set as prices rise, so their
    # burden is held in rice terms at the price of the month the quotes describe
    levy_rice_price = math.exp(rice_log[k.levy_price_month])

    progress = np.zeros((cohorts, n))
    physical = np.zeros((cohorts, n))
    inaugurated = np.zeros((cohorts, n))
    buffer = np.zeros((cohorts, n))
    opened_at = np.full((cohorts, n), np.inf)
    full_at = np.full((cohorts, n), HORIZON, dtype=np.int32)
    deprivation = p["initial_deprivation"].copy()

    yearly = {name: np.zeros((YEARS, n)) for name in YEARLY_MEASURES}
    rate_weight = np.zeros((YEARS, n))
    cohort_in_year = np.zeros((cohorts, n))
    calibration = {name: np.zeros(n) for name in CALIBRATION_OUTCOMES}
    series = {name: np.zeros((HORIZON, n), dtype=np.float32) for name in MONTHLY_MEASURES}
    tracker = FailureTracker(failure, n, HORIZON, FIRST_YEAR)
    surge_months = set(k.surge_months)
    ceremony_months = set(k.ceremony_months)
    winter_months = set(k.winter_months)
    nan = np.full(n, np.nan)
    zeros = np.zeros(n)
    first_open = 0  # cohorts before this one are complete in every future

    for t in range(HORIZON):
        year_index, month_of_year = divmod(t, 12)
        year = FIRST_YEAR + year_index
        moy = month_of_year + 1
        active = int(np.count_nonzero(start < t + 1))
        # the war pays (and holds builders in Kursk) until the ceasefire whatever the ties
        # do afterwards: 2025 had builders abroad in every scenario
        war_pays = year < lv.ceasefire_year
        policy_on = t >= policy_start
        cash = russia_cash if policy_on else russia_cash_history
        if lv.russia_ties == "end" and year >= lv.ceasefire_year:
            russia_now = zeros
        else:
            russia_now = cash if year < lv.ceasefire_year else cash * after_ceasefire
        china_now = (china_level if policy_on else p["china_trade_bn"]) * np.exp(
            china_growth * max(0.0, (t - 23) / 12.0)
        )
        priority = lv.programme_priority if policy_on else 1.0
        steel_month, cement_month, budget_month = materials(priority)
        fx_multiplier = input_fx_multiplier if policy_on else 1.0
        diversion = diversion_policy if policy_on else p["diversion_share"]

        if active:
            # --- construction (only cohorts that some future has not finished)
            lo = first_open
            window = slice(lo, active)
            remaining = target - physical[window]
            demand = remaining * work[window]
            builders = r.builders_available(
                p["soldier_builders"],
                p["competing_projects_share"],
                p["russia_builder_ratio"],
                priority,
                war_pays and year >= k.russia_builders_from_year,
                1.0,
            )
            funds = budget_month + russia_now * k.russia_construction_split / 12
            supply = r.construction_pace(
                builders,
                demand.sum(axis=0),
                steel_month,
                cement_month,
                funds,
                p["steel_per_cluster_kt"],
                p["cement_per_cluster_kt"],
                p["capital_cost_musd"],
                p["construction_months"],
                k.builders_per_county,
            )
            cap: np.ndarray | float = k.max_pace
            if moy in surge_months:
                supply = supply * p["year_end_surge"]
                cap = k.max_pace * p["year_end_surge"]
            pace = r.allocate_oldest_first(supply, demand, cap)
            share_of_month = np.clip(t + 1 - start[window], 0.0, 1.0)
            # pace 1 = the resources that finish the work under way in construction_months;
            # the work per county is already in `demand`, so dividing by it again here would
            # make the duration grow with the square of the scope
            progress[window] += (
                pace * share_of_month[:, None] / p["construction_months"][None, :] * (remaining > 0)
            )
            physical[window] = r.counties_physically_done(
                progress[window], p["county_work_spread"], target
            )
            built = inaugurated[:active]
            before = built.copy()
            # a cohort in its own year is inaugurated in the ceremony months; an overdue one
            # as soon as its sites are done (the 2024 cohort: 19 ceremonies in Jan-Feb 2025,
            # Unsan in March), not held back to the next October
            overdue = 12 * np.arange(lo, active) + 11 < t
            may_open = overdue | (moy in ceremony_months)
            np.maximum(
                built[lo:], np.where(may_open[:, None], physical[window], 0.0), out=built[lo:]
            )
            new = built - before
            done = (built[lo:] >= target) & (full_at[window] == HORIZON)
            full_at[window][done] = t
            while (
                first_open < active
                and np.all(physical[first_open] >= target)
                and np.all(inaugurated[first_open] >= target)
            ):
                first_open += 1

            # --- operation of the plants built so far
            is_open = built > 0
            opened = opened_at[:active]
            opened[is_open & np.isinf(opened)] = float(t)
            age = np.where(is_open, t - opened, 0.0)
            buf = buffer[:active]
            buf[:] = np.where(
                is_open,
                (buf * before + p["opening_buffer_months"] * new) / np.maximum(built, 1.0),
                0.0,
            )
            local = r.local_base_supply(
                age,
                p["local_base_initial"],
                p["local_base_years"],
                p["imported_input_share"],
                p["farmland_loss"],
            )
            total_built = built.sum(axis=0)
            import_need = total_built * p["input_cost_musd"] * p["imported_input_share"] / 12
            fx_inputs = (
                china_now * 1000.0 * p["input_import_share_of_china"] * fx_multiplier
                + russia_now * (1.0 - k.russia_construction_split)
            ) / 12
            fill = r.import_fill(fx_inputs, import_need)
            supplied = local + p["imported_input_share"] * fill
            power = r.power_supply(
                p["power_availability"],
                p["hydro_share"],
                p["winter_hydro_loss"],
                p["solar_growth"],
                t / 12.0,
                moy in winter_months,
            )
            skills = r.skills_level(age, p["skills_initial"], k.skills_months)
            usable = np.minimum(power, skills)
            raw, remaining_buffer = r.draw_buffer(buf, supplied, usable)
            buf[:] = remaining_buffer
            rate = r.operating_rate(raw, power, skills)
            stalled = r.stalled_share(rate, k.stall_threshold, k.plant_heterogeneity)
            goods = r.goods_to_households(
                rate, p["design_output_share"], diversion, p["cannibalization_share"]
            )
            has_plants = total_built > 0
            denominator = np.maximum(total_built, 1.0)
            rate_sum = (built * rate).sum(axis=0)
            mean_rate = np.where(has_plants, rate_sum / denominator, np.nan)
            stalled_counties = (built * stalled).sum(axis=0)
            stalled_now = np.where(has_plants, stalled_counties / denominator, np.nan)
            goods_sum = (built * goods).sum(axis=0)
            goods_now = goods_sum / plan_total
            goods_per_built = goods_sum / denominator
            delivered = rate_sum * (1.0 - diversion) / plan_total
            under_construction = (target - physical[window]).sum(axis=0)
            announced = target * active / plan_total
        else:
            total_built = zeros
            rate_sum = stalled_counties = zeros
            mean_rate = stalled_now = nan
            goods_now = goods_per_built = delivered = under_construction = zeros
            announced = 0.0

        # --- households
        rice, wage = r.price_paths(
            rice_log,
            last_observed,
            fx_depreciation,
            p["rice_passthrough"],
            p["wage_kpw"],
            p["wage_indexation"],
            t,
        )
        real_wage = wage / rice
        levy = r.levy_burden(
            p["levy_kpw_per_year"],
            under_construction / max(target, 1),
            levy_rice_price,
            levy_multiplier if t >= policy_start else 1.0,
        )
        built_share = total_built / k.counties_nationwide
        target_level = r.deprivation_target(
            p["initial_deprivation"],
            np.maximum(announced - delivered, 0.0),
            levy / reference_real_wage,
            4.0 * built_share * (1.0 - built_share) * np.maximum(goods_per_built, 0.0),
            goods_now,
            p["expectation_sensitivity"],
            p["levy_sensitivity"],
            k.selection_gap_weight,
            p["goods_relief"],
        )
        deprivation += (target_level - deprivation) / k.deprivation_adjust_months
        cumulative = inaugurated.sum(axis=0)

        # --- record
        y = yearly
        y["mean_operating_rate"][year_index] += rate_sum
        y["stalled_share"][year_index] += stalled_counties
        rate_weight[year_index] += total_built
        y["goods_per_capita"][year_index] += goods_now / 12
        y["deprivation"][year_index] += deprivation / 12
        y["real_wage_rice"][year_index] += real_wage / 12
        y["levy_rice"][year_index] += levy / 12
        y["net_real_wage_rice"][year_index] += (real_wage - levy) / 12
        y["reported_stalled_counties"][year_index] += (
            stalled_counties * p["stoppage_report_prob"] / 12
        )
        if month_of_year == 11:
            y["completed_cumulative"][year_index] = cumulative
            y["reported_completed_cumulative"][year_index] = (
                cumulative * p["completion_report_prob"]
            )
            if year_index < cohorts:
                cohort_in_year[year_index] = inaugurated[year_index]
        if t == 11:
            calibration["cohort_2024_in_year"] = inaugurated[0].copy()
        if t == 13:
            calibration["cohort_2024_by_feb_2025"] = inaugurated[0].copy()
        if t == 23:
            calibration["cohort_2025_in_year"] = (
                inaugurated[1].copy() if cohorts > 1 else np.zeros(n)
            )
            calibration["completed_dec_2025"] = cumulative.copy()
        if t == 25:
            started = float(cohorts > 2 and start[2] < t + 1 and target > 0)
            calibration["cohort_2026_started"] = np.full(n, started)
        values = {
            "completed_cumulative": cumulative,
            "mean_operating_rate": mean_rate,
            "stalled_share": stalled_now,
            "goods_per_capita": goods_now,
            "deprivation": deprivation,
            "real_wage_rice": real_wage,
            "levy_rice": levy,
        }
        if monthly:
            for name in MONTHLY_MEASURES:
                series[name][t] = values[name]
        tracker.update(t, values, inaugurated, target)

    for name in ("cohort_2024_in_year", "cohort_2024_by_feb_2025", "cohort_2025_in_year"):
        calibration[f"reported_{name}"] = calibration[name] * p["completion_report_prob"]
    with np.errstate(invalid="ignore", divide="ignore"):
        for name in ("mean_operating_rate", "stalled_share"):
            yearly[name] = np.where(rate_weight > 0, yearly[name] / rate_weight, np.nan)
    # plant-month mean operating rate in 2025, the first year of the 2024 cohort's plants
    calibration["operating_rate_2025"] = np.nan_to_num(yearly["mean_operating_rate"][1])
    yearly["completions"] = np.diff(yearly["completed_cumulative"], axis=0, prepend=0.0)
    year_end = 12 * np.arange(cohorts) + 11
    lag = np.maximum(full_at - year_end[:, None], 0).astype(float)
    first = dict(tracker.first)
    first["combined"] = tracker.combined()
    return SimulationOutput(
        yearly={name: values.T for name, values in yearly.items()},
        cohort={"cohort_completed_in_year": cohort_in_year.T, "completion_lag": lag.T},
        first_failure=first,
        calibration=calibration,
        monthly={name: values.T for name, values in series.items()} if monthly else {},
    )


def evaluate(
    params: dict[str, np.ndarray | float],
    scenario: Scenario | str | None = None,
    *,
    failure: FailureDefinitions | None = None,
) -> dict[str, np.ndarray]:
    """The vectorized model: parameter arrays in, scalar outcomes per future out.

    ``params`` maps uncertainty names to arrays of equal length (missing names take the
    scenario's central value). Returns e.g. ``failed_by_2027``, ``first_failure_year``,
    ``completed_2033``, ``mean_operating_rate_2027``, ``min_operating_rate``,
    ``deprivation_2027``, ``cohort_completed_in_year_2025`` - see
    :meth:`SimulationOutput.outcomes`.
    """
    return simulate(params, scenario, failure=failure).outcomes()
