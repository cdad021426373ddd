"""Indicator arithmetic on a small hand-built register, on SQLite and PostgreSQL.

The register (built in ``small_register``):

South Phyongan: alpha, beta, gamma (selected 2024), delta (never mentioned).
Kangwon: epsilon (2024), eta (2025), zeta (only mentioned), theta (rejected project).

2024: alpha  factory 2024-02-28 -> 2024-12-20, Kim at both ceremonies, 2 sources
      beta   factory 2024-03-07 -> 2025-01-10, Kim absent at completion, 1 KCNA source
      gamma  factory "2024-03"  -> 2025-02-07, attendance unknown, 1 analyst note
      epsilon factory 2024-03-11 -> completed, date unknown; a rejected completion claim
2025: beta   hospital 2025-02-06 -> 2025-12-13 (no events)
      eta    factory 2025-02-27 -> 2025-12-15 (3 sources) + hospital 2025-02-06, unfinished
      theta  factory, review_state rejected (with an event and a claim)
      iota   paper mill 2025-02-28 -> 2025-12-28, judged outside the cohort's 20; its claims:
             a KCNA Watch mirror and KCNA itself (one origin), a rejected Daily NK claim and
             a curated compilation (neither adds a source)
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from test_indicators_support import RegisterBuilder
from twentyten.cli import app
from twentyten.errors import InputError
from twentyten.indicators import compute_indicators, load_plan, load_snapshot
from twentyten.indicators.partial_dates import parse_partial_date
from twentyten.store import Store

SP, KW = "South Phyongan", "Kangwon"
LAG_ALPHA = (date(2024, 12, 20) - date(2024, 2, 28)).days
LAG_BETA = (date(2025, 1, 10) - date(2024, 3, 7)).days


@pytest.fixture
def register(store: Store) -> Store:
    small_register(RegisterBuilder(store))
    return store


def small_register(b: RegisterBuilder) -> None:
    b.unit("sp", "South Phyongan", SP, unit_type="province")
    b.unit("nampho", "Nampho", "Nampho", unit_type="special_city")  # first-level: no candidate
    for unit_id, province in [
        ("alpha", SP),
        ("beta", SP),
        ("gamma", SP),
        ("delta", SP),
        ("epsilon", KW),
        ("zeta", KW),
        ("eta", KW),
        ("theta", KW),
        ("iota", KW),
    ]:
        b.unit(unit_id, unit_id.title(), province, lat=39.0, lon=126.0)

    alpha = b.project("alpha", 2024, status="completed", start="2024-02-28", end="2024-12-20")
    gb = b.event(alpha, "groundbreaking", "2024-02-28", leader=True)
    b.claim(gb, "https://kcnawatch.org/newstream/alpha-gb", kind="state_media", reliability="C")
    b.claim(gb, "https://www.yna.co.kr/alpha", kind="foreign_media")
    done = b.event(alpha, "completion", "2024-12-20", leader=True)
    b.claim(done, "https://kcnawatch.org/newstream/alpha-gb", kind="state_media")

    beta = b.project("beta", 2024, status="completed", start="2024-03-07", end="2025-01-10")
    done = b.event(beta, "completion", "2025-01-10", leader=False)
    b.claim(done, "http://kcna.kp/en/article/beta", kind="other")  # state media by host

    gamma = b.project("gamma", 2024, status="completed", start="2024-03", end="2025-02-07")
    done = b.event(gamma, "completion", "2025-02-07", leader=None)
    b.claim(done, None, kind="analyst", document="file:///notes/gamma.md")

    epsilon = b.project("epsilon", 2024, status="completed", start="2024-03-11")
    rejected = b.event(epsilon, "completion", "2024-06-01", review_state="rejected")
    b.claim(rejected, "https://example.org/wrong", kind="foreign_media")

    b.project(
        "beta", 2025, facility_type="hospital", status="completed",
        start="2025-02-06", end="2025-12-13",
    )  # fmt: skip
    eta = b.project("eta", 2025, status="completed", start="2025-02-27", end="2025-12-15")
    b.project(
        "eta", 2025, facility_type="hospital", status="under_construction", start="2025-02-06"
    )
    gb = b.event(eta, "groundbreaking", "2025-02-27", leader=False)
    b.claim(gb, "http://www.rodong.rep.kp/en/eta", kind="state_media")
    b.claim(gb, "http://vok.rep.kp/eta", kind="state_media")
    b.claim(gb, "https://www.dailynk.com/english/eta", kind="insider")

    theta = b.project("theta", 2025, status="completed", end="2025-12-20", review_state="rejected")
    b.claim(b.event(theta, "completion", "2025-12-20"), "https://example.org/theta")

    iota = b.project(
        "iota", 2025, facility_type="other", facility_detail="provincial_paper_mill",
        status="completed", start="2025-02-28", end="2025-12-28", counted_in_cohort=False,
    )  # fmt: skip
    gb = b.event(iota, "groundbreaking", "2025-02-28", leader=False)
    b.claim(gb, "https://kcnawatch.org/iota", kind="state_media", origin="KCNA")
    b.claim(gb, "http://kcna.kp/iota", kind="state_media", outlet="KCNA")
    b.claim(gb, "https://www.dailynk.com/iota", kind="insider", review_state="rejected")
    b.claim(gb, "https://example.org/table.csv", kind="curated")

    b.mention("zeta")


def cohort(indicators, year: int):  # type: ignore[no-untyped-def]
    return next(c for c in indicators.cohorts if c.cohort == year)


def test_cohort_counts_are_of_counties(register: Store) -> None:
    result = compute_indicators(register)
    c2024, c2025 = cohort(result, 2024), cohort(result, 2025)
    assert (c2024.selected, c2024.started, c2024.completed) == (4, 4, 4)
    # Only alpha finished inside 2024; epsilon's undated completion is never placed in a year.
    assert c2024.completed_in_cohort_year == 1
    assert c2024.completed_date_unknown == 1
    # beta's hospital and eta's factory + hospital: two counties, three projects.
    assert (c2025.selected, c2025.projects) == (2, 3)
    # eta's hospital is unfinished, so eta is not a completed county; beta is.
    assert (c2025.started, c2025.completed) == (2, 1)
    assert c2025.facility_mix == {"hospital": 2, "regional_industry_factory": 1}
    assert [c.cohort for c in result.cohorts] == [2024, 2025]  # theta (rejected) left out
    assert c2025.outside_plan_sites == ["Iota · other:provincial_paper_mill"]


def test_median_lag_rests_on_day_precision_dates_only(register: Store) -> None:
    c2024 = cohort(compute_indicators(register), 2024)
    # gamma's start is only known to the month; epsilon's end is unknown.
    assert c2024.lag.counties == 2
    assert c2024.median_lag_days == statistics.median([LAG_ALPHA, LAG_BETA])
    assert (c2024.lag.min_days, c2024.lag.max_days) == (LAG_ALPHA, LAG_BETA)
    assert c2024.lag.p25_days is not None and LAG_ALPHA <= c2024.lag.p25_days <= LAG_BETA


def test_as_of_cuts_the_timeline(register: Store) -> None:
    result = compute_indicators(register, as_of=date(2025, 1, 31))
    c2024 = cohort(result, 2024)
    # alpha and beta finished by then; gamma later; epsilon's date unknown -> not counted.
    assert c2024.completed == 2
    labels = {cp.label: cp.completed for cp in c2024.completed_by}
    assert labels == {"end_of_cohort_year": 1}  # the February checkpoint is not reached yet
    later = cohort(compute_indicators(register, as_of=date(2025, 6, 30)), 2024)
    labels = {cp.label: (cp.date, cp.completed) for cp in later.completed_by}
    assert labels["end_of_february_next_year"] == ("2025-02-28", 3)
    assert later.completed == 3
    before = cohort(compute_indicators(register, as_of=date(2024, 3, 8)), 2024)
    # alpha and beta broke ground by 8 March; gamma's "2024-03" is not certainly past.
    assert before.started == 2


def test_leader_attendance_counts_counties_by_ceremony(register: Store) -> None:
    c2024 = cohort(compute_indicators(register), 2024)
    gb, done = c2024.leader_attendance
    assert (gb.event_type, gb.counties_with_event, gb.attended) == ("groundbreaking", 1, 1)
    assert (done.counties_with_event, done.attended, done.not_attended, done.unknown) == (
        3,
        1,
        1,
        1,
    )


def test_cumulative_against_plan_counts_each_county_once(register: Store) -> None:
    result = compute_indicators(register, as_of=date(2026, 3, 31))
    years = {row.year: row for row in result.cumulative}
    y2024, y2025 = years[2024], years[2025]
    assert (y2024.plan_cumulative, y2024.selected_cumulative) == (20, 4)
    assert (y2024.started_cumulative, y2024.completed_cumulative) == (4, 1)
    assert y2024.completed_gap == 1 - 20
    # beta is in both cohorts but counts once: alpha, beta, gamma done; epsilon undated.
    assert (y2025.selected_cumulative, y2025.completed_cumulative) == (5, 3)
    assert y2025.completed_undated == 1
    assert y2025.completed_gap == 3 - 40
    assert years[2026].partial is True
    assert years[2033].plan_cumulative == 200 and years[2033].completed_cumulative is None


def test_cumulative_by_month(register: Store) -> None:
    months = {
        m.month: m for m in compute_indicators(register, as_of=date(2025, 3, 31)).cumulative_monthly
    }
    assert months["2024-01"].month == "2024-01" and list(months)[-1] == "2025-03"
    assert months["2024-02"].started == 1  # alpha
    assert months["2024-03"].started == 3  # beta, gamma (month precision), epsilon
    assert months["2024-12"].completed == 1
    assert months["2025-02"].completed_cumulative == 3
    assert months["2025-02"].started == 1  # eta (beta had already started)


def test_province_coverage(register: Store) -> None:
    rows = {p.province: p for p in compute_indicators(register).provinces}
    # the province row itself is not a candidate unit
    assert (rows[SP].units, rows[SP].selected, rows[SP].completed) == (4, 3, 3)
    assert rows[SP].share_selected == 0.75
    # iota is outside the plan's count, so Kangwon has 2 of its 5 units selected
    assert (rows[KW].units, rows[KW].selected) == (5, 2)
    assert rows[KW].selected_counties == ["Epsilon", "Eta"]
    # with an as-of date epsilon's undated completion no longer counts
    dated = {p.province: p for p in compute_indicators(register, as_of=date(2026, 1, 1)).provinces}
    assert dated[KW].completed == 0


def test_evidence_strength(register: Store) -> None:
    ev = compute_indicators(register).evidence
    assert ev.counties == 6
    assert ev.no_claims_counties == ["Epsilon"]  # its only claim sits on a rejected event
    # iota: the mirror and KCNA are one origin; rejected and curated claims add nothing
    assert ev.single_source_counties == ["Beta", "Gamma", "Iota"]
    assert ev.state_media_only_counties == ["Beta", "Iota"]
    assert ev.with_non_state_source == 3  # alpha (Yonhap), gamma (note), eta (Daily NK)
    assert ev.triangulation == {"0": 1, "1": 3, "2": 1, "3+": 1}
    assert ev.curated_only == 0
    # beta's hospital, epsilon's factory, eta's hospital
    assert ev.projects_without_claims == 3
    # 9 candidate units; delta and theta (rejected only) are never mentioned, zeta is.
    assert (ev.gazetteer_units, ev.units_never_mentioned) == (9, 2)
    assert ev.units_mentioned_not_selected == 1
    by_cohort = {c.cohort: c for c in ev.by_cohort}
    assert (by_cohort[2025].counties, by_cohort[2025].no_claims) == (3, 1)  # beta, eta, iota


def test_data_quality_keeps_unknowns_unknown(register: Store) -> None:
    dq = compute_indicators(register).data_quality
    assert dq.project_start_precision == {"day": 7, "month": 1, "year": 0, "unknown": 0}
    assert dq.project_end_precision == {"day": 6, "month": 0, "year": 0, "unknown": 1}
    assert dq.counties_completed_date_unknown == 1
    assert (dq.rejected_projects_excluded, dq.rejected_events_excluded) == (1, 1)


def test_rejected_rows_change_nothing(register: Store) -> None:
    snapshot = load_snapshot(register)
    assert "theta" not in {p.unit_id for p in snapshot.projects}
    everything = load_snapshot(register, include_rejected=True)
    assert "theta" in {p.unit_id for p in everything.projects}


def test_json_has_the_promised_shape(register: Store) -> None:
    data = json.loads(json.dumps(compute_indicators(register).to_dict()))
    first = data["cohorts"][0]
    for key in ("cohort", "selected", "started", "completed", "completed_in_cohort_year"):
        assert isinstance(first[key], int)
    assert first["median_lag_days"] == statistics.median([LAG_ALPHA, LAG_BETA])
    assert data["cumulative"][0]["year"] == 2024
    assert {p["province"] for p in data["provinces"]} == {SP, KW}


def test_empty_register(store: Store) -> None:
    result = compute_indicators(store, as_of=date(2024, 12, 31))
    assert result.cohorts == []
    assert result.cumulative[0].completed_gap == -20
    assert result.evidence.counties == 0


def test_bundled_plan_adds_up() -> None:
    plan = load_plan()
    assert plan.target == 200 and plan.first_year == 2024 and plan.last_year == 2033
    assert [plan.cumulative_target(y) for y in (2023, 2024, 2026, 2033, 2040)] == [
        0,
        20,
        60,
        200,
        200,
    ]


def test_bad_plan_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("target: 30\nannual_targets: {2024: 20}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"plan\.yaml \[annual_targets\]"):
        load_plan(path)
    path.write_text("annual_targets: {2024: 20}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\[target\]"):
        load_plan(path)


def test_partial_dates() -> None:
    month = parse_partial_date("2024-02")
    assert month is not None and month.precision == "month"
    assert (month.earliest, month.latest) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month.certainly_by(date(2024, 2, 29)) and not month.certainly_by(date(2024, 2, 28))
    padded = parse_partial_date("2025-03-01", "month")  # a padded month stays a month
    assert padded is not None and padded.text == "2025-03"
    assert parse_partial_date("2025-02-30") is None
    assert parse_partial_date("") is None and parse_partial_date("soon") is None


def test_curated_only_county_has_evidence_but_no_source(store: Store) -> None:
    b = RegisterBuilder(store)
    b.unit("solo", "Solo", KW)
    project = b.project("solo", 2026, status="groundbreaking", start="2026-02-06")
    b.claim(b.event(project, "groundbreaking", "2026-02-06"), "file:///table.csv", kind="curated")
    ev = compute_indicators(store, as_of=date(2026, 3, 1)).evidence
    assert (ev.no_claims, ev.curated_only, ev.triangulation["0"]) == (0, 1, 1)


def test_overrides_win_over_derived_fields(store: Store) -> None:
    b = RegisterBuilder(store)
    b.unit("ovr", "Ovr", KW)
    project = b.project("ovr", 2025, status="completed", start="2025-02-27", end="2025-12-15")
    with store.begin() as conn:
        conn.execute(
            store.tables.projects.update()
            .where(store.tables.projects.c.id == project)
            .values(overrides={"actual_end": "2025-12"})
        )
    (only,) = load_snapshot(store).projects
    assert only.end is not None and (only.end.text, only.end.precision) == ("2025-12", "month")
    c2025 = cohort(compute_indicators(store), 2025)
    assert c2025.completed == 1 and c2025.lag.counties == 0  # no lag from a month


def test_cli_json_csv_and_table(register: Store, store_url: str) -> None:
    runner = CliRunner()
    base = ["indicators", "--db", store_url, "--as-of", "2025-06-30"]
    result = runner.invoke(app, [*base, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == "2025-06-30"
    assert [(c["cohort"], c["completed"]) for c in data["cohorts"]] == [(2024, 3), (2025, 0)]

    result = runner.invoke(app, [*base, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["cohort"] for r in rows] == ["2024", "2025"]
    assert rows[0]["completed_by_end_of_february_next_year"] == "3"
    assert rows[0]["completion_attended"] == "1" and rows[0]["lag_counties"] == "2"
    assert rows[1]["completed_by_end_of_february_next_year"] == ""  # not reached yet

    result = runner.invoke(app, [*base])
    assert result.exit_code == 0, result.output
    assert "Cumulative counties against the plan" in result.stdout

    result = runner.invoke(app, ["indicators", "--db", store_url, "--as-of", "June"])
    assert result.exit_code != 0 and isinstance(result.exception, InputError)
