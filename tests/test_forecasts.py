"""The forecast registry on both backends: questions, forecasts, resolution, refusals."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from twentyten.errors import InputError, TwentytenError
from twentyten.forecasts import (
    add_forecast,
    add_questions,
    auto_resolve,
    get_question,
    list_questions,
    model_forecast_from_run,
    read_question_file,
    resolve_question,
    seed_questions,
    starting_questions,
)
from twentyten.forecasts.questions import Question
from twentyten.store import Store, schema

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def past_question(qid: str, rule: dict | None = None, **dates: date) -> Question:
    return Question(
        id=qid,
        title=f"Test question {qid}",
        resolution_criteria="Resolves YES if the test says so.",
        source="test",
        open_date=dates.get("open_date", date(2024, 1, 1)),
        close_date=dates.get("close_date", date(2024, 12, 31)),
        resolve_date=dates.get("resolve_date", date(2025, 3, 31)),
        auto_rule=rule,
    )


def audit_rows(store: Store, row_id: str) -> list:
    with store.begin() as conn:
        return conn.execute(
            select(schema.audit_log)
            .where(schema.audit_log.c.row_id == row_id)
            .order_by(schema.audit_log.c.id)
        ).all()


# --- register rows for auto-resolution ---------------------------------------------------


def add_unit(conn, unit_id: str) -> None:
    conn.execute(
        insert(schema.admin_units).values(
            id=unit_id,
            name_en=unit_id.title(),
            name_ko="군",
            unit_type="county",
            province="Test Province",
            source="test",
        )
    )


def add_project(conn, unit_id: str, cohort: int, **values) -> int:
    return conn.execute(
        insert(schema.projects)
        .values(
            unit_id=unit_id,
            facility_type=values.pop("facility_type", "regional_industry_factory"),
            cohort=cohort,
            status=values.pop("status", "under_construction"),
            created_at=NOW,
            updated_at=NOW,
            **values,
        )
        .returning(schema.projects.c.id)
    ).scalar_one()


def add_event(conn, project_id: int | None, unit_id: str, event_type: str, day: str, **values):
    conn.execute(
        insert(schema.events).values(
            project_id=project_id,
            unit_id=unit_id,
            event_type=event_type,
            date=day,
            date_precision="day" if len(day) == 10 else "month",
            facility_types=["regional_industry_factory"],
            created_at=NOW,
            **values,
        )
    )


@pytest.fixture
def register_2024(store: Store) -> Store:
    """A 2024 cohort like the real one: 1 completion in 2024, the rest in early 2025.

    u00 completes 2024-12-20 by event; u01–u17 complete 2025-01-xx by event; u18 has only
    a project row completed with actual_end 2025-02-11; u19's completion is known only as
    "2025-02" (month precision). A rejected completion event for u19 dated 2024-12-01 must
    not count. All 20 broke ground in 2024 (events), and one 2025 groundbreaking exists.
    """
    with store.begin() as conn:
        for index in range(20):
            unit = f"u{index:02d}"
            add_unit(conn, unit)
            status = "completed" if index == 18 else "under_construction"
            actual_end = "2025-02-11" if index == 18 else None
            project = add_project(conn, unit, 2024, status=status, actual_end=actual_end)
            add_event(conn, project, unit, "groundbreaking", "2024-03-01")
            if index == 0:
                add_event(conn, project, unit, "completion", "2024-12-20")
            elif index < 18:
                add_event(conn, project, unit, "completion", f"2025-01-{index + 5:02d}")
            elif index == 19:
                add_event(conn, project, unit, "completion", "2025-02")
                add_event(conn, project, unit, "completion", "2024-12-01", review_state="rejected")
        add_unit(conn, "u20")
        p2025 = add_project(conn, "u20", 2025)
        add_event(conn, p2025, "u20", "groundbreaking", "2025-02-27")
    return store


# --- questions ---------------------------------------------------------------------------


def test_seed_is_idempotent_and_ships_the_assessment_claims(store: Store) -> None:
    first = seed_questions(store)
    second = seed_questions(store)
    assert len(first.added) == len(starting_questions()) >= 5
    assert second.added == [] and sorted(second.unchanged) == sorted(first.added)
    ids = {record.id for record in list_questions(store)}
    assert {"policy-stall-by-2027-04", "discontent-rising-2027"} <= ids
    assert "trade-decentralization-by-2027" in ids
    with store.begin() as conn:
        n_audit = conn.execute(
            select(func.count())
            .select_from(schema.audit_log)
            .where(schema.audit_log.c.action == "create")
        ).scalar_one()
    assert n_audit == len(first.added)  # the second seed wrote nothing


def test_question_ids_are_never_overwritten(store: Store) -> None:
    add_questions(store, [past_question("q-one")])
    with pytest.raises(TwentytenError, match="already exists"):
        add_questions(store, [past_question("q-one")])


def test_question_file_errors_name_file_line_and_key(tmp_path: Path) -> None:
    good = textwrap.dedent(
        """\
        questions:
          - id: q-good
            title: A good question
            resolution_criteria: YES if it happens.
            source: test
            open_date: 2025-01-01
            close_date: 2025-06-30
            resolve_date: 2025-07-31
          - id: q-bad
            title: A bad question
            resolution_criteria: YES if it happens.
            source: test
            open_date: 2025-01-01
            close_date: 2025-06-30
            resolve_date: 2025-07-31
            auto_rule: {metric: cohort_completed_by, cohort: 2025, by: "2025-12-31",
                        op: "=>", value: 20}
        """
    )
    path = tmp_path / "questions.yaml"
    path.write_text(good)
    with pytest.raises(InputError) as caught:
        read_question_file(path)
    assert caught.value.line == 17 and caught.value.key == "questions.1.auto_rule.op"
    assert str(path) in str(caught.value)

    path.write_text(good.replace("    close_date: 2025-06-30\n", "", 1))
    with pytest.raises(InputError) as caught:
        read_question_file(path)
    assert caught.value.key == "questions.0.close_date" and caught.value.line == 2

    path.write_text(good.replace("open_date: 2025-01-01", "open_date: 2025-09-01", 1))
    with pytest.raises(InputError, match="close_date is before open_date") as caught:
        read_question_file(path)
    assert caught.value.line == 7

    path.write_text(good.replace("    source: test\n", "    source: test\n    title: again\n", 1))
    with pytest.raises(InputError, match="duplicate key 'title'") as caught:
        read_question_file(path)
    assert caught.value.line == 6

    path.write_text(good.replace("metric: cohort_completed_by", "metric: completions"))
    with pytest.raises(InputError, match="unknown metric") as caught:
        read_question_file(path)
    assert caught.value.line == 16


# --- forecasts ---------------------------------------------------------------------------


def test_forecast_refusals(store: Store) -> None:
    add_questions(store, [past_question("q-past")])  # closed 2024-12-31
    add_questions(
        store, [past_question("q-open", close_date=date(2099, 1, 1), resolve_date=date(2099, 2, 1))]
    )
    with pytest.raises(TwentytenError, match="between 0 and 1"):
        add_forecast(store, "q-open", 1.2, forecaster="alice")
    with pytest.raises(TwentytenError, match="between 0 and 1"):
        add_forecast(store, "q-open", -0.01, forecaster="alice")
    with pytest.raises(TwentytenError, match="no question"):
        add_forecast(store, "q-missing", 0.5, forecaster="alice")
    with pytest.raises(TwentytenError, match="closed on 2024-12-31"):
        add_forecast(store, "q-past", 0.5, forecaster="alice")
    with pytest.raises(TwentytenError, match="opens on 2024-01-01"):
        add_forecast(
            store, "q-open", 0.5, forecaster="alice", made_at=datetime(2023, 6, 1, tzinfo=UTC)
        )
    with pytest.raises(TwentytenError, match="cannot be dated in the future"):
        add_forecast(
            store, "q-open", 0.5, forecaster="alice", made_at=datetime.now(UTC) + timedelta(days=2)
        )
    with pytest.raises(TwentytenError, match="must name the model run"):
        add_forecast(store, "q-open", 0.5, forecaster="model", kind="model")
    # A forecast on the close date itself is still inside the period.
    made = add_forecast(
        store, "q-past", 0.3, forecaster="alice", made_at=datetime(2024, 12, 31, 23, 0, tzinfo=UTC)
    )
    ok = add_forecast(store, "q-open", 0.25, forecaster="alice", rationale="base rate")
    record = get_question(store, "q-open")
    assert [f.probability for f in record.forecasts] == [0.25]
    assert record.forecasts[0].id == ok.id and made.question_id == "q-past"
    assert list_questions(store, status="closed")[0].id == "q-past"
    with pytest.raises(TwentytenError, match="unknown status 'shut'"):
        list_questions(store, status="shut")


def test_model_forecast_links_to_its_run(store: Store) -> None:
    add_questions(
        store,
        [past_question("q-model", close_date=date(2099, 1, 1), resolve_date=date(2099, 2, 1))],
    )
    with store.begin() as conn:
        conn.execute(
            insert(schema.model_runs).values(
                id="run-1",
                created_at=NOW,
                kind="simulate",
                scenario="baseline",
                parameters={},
                sample_design={},
                futures=1000,
                seed=7,
                package_version="test",
                summary={"p_failure": {"2027": 0.42, "2028": 0.61}},
            )
        )
    record = model_forecast_from_run(store, "q-model", "run-1", year=2027)
    assert record.kind == "model" and record.run_id == "run-1" and record.probability == 0.42
    assert "run-1" in (record.rationale or "")
    with pytest.raises(TwentytenError, match="no P\\(failure\\) for 2030"):
        model_forecast_from_run(store, "q-model", "run-1", year=2030)
    with pytest.raises(TwentytenError, match="no model run"):
        model_forecast_from_run(store, "q-model", "run-missing", year=2027)


# --- manual resolution -------------------------------------------------------------------


def test_manual_resolution_rules_and_audit(store: Store) -> None:
    add_questions(
        store,
        [
            past_question("q-done"),
            past_question("q-future", close_date=date(2099, 1, 1), resolve_date=date(2099, 2, 1)),
        ],
    )
    with pytest.raises(TwentytenError, match="cannot be resolved yes"):
        resolve_question(store, "q-future", "yes", reason="it happened")
    with pytest.raises(TwentytenError, match="needs a reason"):
        resolve_question(store, "q-done", "no", reason="  ")
    with pytest.raises(TwentytenError, match="outcome must be one of"):
        resolve_question(store, "q-done", "maybe", reason="unclear")
    with pytest.raises(TwentytenError, match="in the future"):
        resolve_question(store, "q-done", "no", reason="x", as_of=date(2099, 1, 1))
    resolve_question(store, "q-done", "no", reason="register shows 1 of 20")
    with pytest.raises(TwentytenError, match="already resolved \\(no"):
        resolve_question(store, "q-done", "yes", reason="changed my mind")
    with pytest.raises(TwentytenError, match="resolved: no more forecasts"):
        add_forecast(store, "q-done", 0.5, forecaster="late")
    # ambiguous / annulled may come before the close, with a reason
    resolution = resolve_question(store, "q-future", "annulled", reason="premise broke")
    assert resolution.outcome == "annulled"
    record = get_question(store, "q-future")
    assert record.status == "annulled" and record.outcome is None
    done = get_question(store, "q-done")
    assert done.status == "resolved" and done.outcome is False
    rows = audit_rows(store, "q-done")
    resolve_rows = [row for row in rows if row.action == "resolve"]
    assert len(resolve_rows) == 1
    assert resolve_rows[0].new_value == "no" and "1 of 20" in resolve_rows[0].reason


# --- auto-resolution from the register -----------------------------------------------------


def test_auto_resolution_from_register_rows(register_2024: Store) -> None:
    store = register_2024
    rule = {"metric": "cohort_completed_by", "cohort": 2024, "op": ">=", "value": 20}
    questions = [
        # 1 of 20 by year-end: NO
        past_question("all-by-2024", {**rule, "by": "2024-12-31"}),
        # u19's "2025-02" counts as 2025-02-28, so by 02-15 only 19 (u00-u18): NO
        past_question("all-by-feb-15", {**rule, "by": "2025-02-15"}),
        # by the end of February all 20: YES
        past_question("all-by-feb-end", {**rule, "by": "2025-02-28"}),
        # exactly one in 2024 (the rejected 2024-12-01 event must not make it two): YES
        past_question(
            "one-in-2024",
            {**rule, "by": "2024-12-31", "op": "==", "value": 1},
        ),
        # stall-style composite: any(<10 by year-end, no groundbreakings in 2025)
        past_question(
            "stall-2024",
            {
                "any": [
                    {**rule, "by": "2024-12-31", "op": "<", "value": 10},
                    {"metric": "groundbreakings_in_year", "year": 2025, "op": "<", "value": 1},
                ]
            },
        ),
        past_question(
            "groundbreakings-2024",
            {"metric": "groundbreakings_in_year", "year": 2024, "op": ">=", "value": 20},
        ),
        # nothing in the register about cohort 2030: stays pending
        past_question("cohort-2030", {**rule, "cohort": 2030, "by": "2024-12-31"}),
        # not due yet on the as-of date
        past_question("not-due", {**rule, "by": "2024-12-31"}, resolve_date=date(2025, 12, 31)),
    ]
    add_questions(store, questions)
    results = {r.question_id: r for r in auto_resolve(store, as_of=date(2025, 6, 1))}
    assert results["all-by-2024"].outcome == "no"
    assert results["all-by-feb-15"].outcome == "no"
    assert "= 19" in results["all-by-feb-15"].explanation
    assert results["all-by-feb-end"].outcome == "yes"
    assert results["one-in-2024"].outcome == "yes"
    assert results["stall-2024"].outcome == "yes"
    assert results["groundbreakings-2024"].outcome == "yes"
    assert results["cohort-2030"].action == "pending"
    assert "no projects for cohort 2030" in results["cohort-2030"].explanation
    assert results["not-due"].action == "pending"
    assert get_question(store, "all-by-feb-end").outcome is True
    audit = [row for row in audit_rows(store, "all-by-feb-15") if row.action == "resolve"]
    assert len(audit) == 1 and audit[0].actor == "register"
    assert '"observed": 19' in audit[0].reason and "u18" in audit[0].reason
    # A second run resolves nothing twice.
    again = auto_resolve(store, as_of=date(2025, 6, 2))
    assert {r.question_id for r in again} == {"cohort-2030", "not-due"}
    with pytest.raises(TwentytenError, match="already resolved"):
        resolve_question(store, "all-by-2024", "yes", reason="manual override")


def test_auto_resolution_refuses_to_read_an_empty_register(store: Store) -> None:
    add_questions(
        store,
        [
            past_question(
                "gb-2024",
                {"metric": "groundbreakings_in_year", "year": 2024, "op": "<", "value": 1},
            )
        ],
    )
    (result,) = auto_resolve(store, as_of=date(2025, 6, 1))
    assert result.action == "pending" and "no events dated in or after 2024" in result.explanation
    assert get_question(store, "gb-2024").status == "closed"


def test_overrides_and_uncounted_sites_are_respected(store: Store) -> None:
    with store.begin() as conn:
        for unit in ("a", "b", "c"):
            add_unit(conn, unit)
        # a: completion event dated 2024-11-02, but the analyst overrode the date to 2025-01-03
        pa = add_project(conn, "a", 2024)
        conn.execute(
            insert(schema.events).values(
                project_id=pa,
                unit_id="a",
                event_type="completion",
                date="2024-11-02",
                facility_types=[],
                created_at=NOW,
                overrides={"date": "2025-01-03"},
            )
        )
        # b: no events, the analyst set the project completed on 2024-12-10 by override
        add_project(conn, "b", 2024, overrides={"status": "completed", "actual_end": "2024-12-10"})
        # c: completed in 2024 but not one of the cohort's announced sites
        pc = add_project(conn, "c", 2024, counted_in_cohort=False)
        add_event(conn, pc, "c", "completion", "2024-10-01")
    rule = {"metric": "cohort_completed_by", "cohort": 2024, "by": "2024-12-31", "op": "==",
            "value": 1}  # fmt: skip
    cumulative = {"metric": "units_completed_by", "by": "2024-12-31", "op": "==", "value": 2}
    add_questions(store, [past_question("only-b", rule), past_question("b-and-c", cumulative)])
    results = {r.question_id: r for r in auto_resolve(store, as_of=date(2025, 6, 1))}
    assert results["only-b"].outcome == "yes", results["only-b"].explanation
    # the cumulative count is over all projects, so the uncounted site c still completed
    assert results["b-and-c"].outcome == "yes", results["b-and-c"].explanation


def test_register_rules_agree_with_the_indicators_on_the_bundled_register(store: Store) -> None:
    from twentyten.forecasts import evaluate_rule
    from twentyten.indicators import compute_indicators
    from twentyten.register import load_bundled

    load_bundled(store)
    cohorts = {row.cohort: row for row in compute_indicators(store).cohorts}
    with store.begin() as conn:
        for cohort in (2024, 2025):
            rule = {"metric": "cohort_completed_by", "cohort": cohort,
                    "by": f"{cohort}-12-31", "op": ">=", "value": 0}  # fmt: skip
            outcome = evaluate_rule(conn, rule)
            assert outcome.evidence["observed"] == cohorts[cohort].completed_in_cohort_year
        # the 2024 cohort: 1 in 2024, all 20 by mid-February 2025 (GUIDE, bundled facts)
        feb = evaluate_rule(
            conn,
            {"metric": "cohort_completed_by", "cohort": 2024, "by": "2025-02-15", "op": ">=",
             "value": 20},
        )  # fmt: skip
        assert feb.value is True
        # the 2026 cohort has broken ground (from 2026-01-29)
        started = evaluate_rule(
            conn, {"metric": "groundbreakings_in_year", "year": 2026, "op": ">=", "value": 1}
        )
        assert started.value is True
