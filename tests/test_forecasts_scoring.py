"""Scores worked out by hand: Brier, log, time-averaging, calibration; and the CLI."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from twentyten.cli import app
from twentyten.errors import TwentytenError
from twentyten.forecasts import (
    add_forecast,
    add_questions,
    brier,
    calibration_table,
    log_score,
    resolve_question,
    score_store,
)
from twentyten.forecasts.questions import Question
from twentyten.store import Store


def question(qid: str) -> Question:
    # Open 10 whole days: 2025-01-01 00:00 to 2025-01-11 00:00 UTC.
    return Question(
        id=qid,
        title=qid,
        resolution_criteria="test",
        source="test",
        open_date=date(2025, 1, 1),
        close_date=date(2025, 1, 10),
        resolve_date=date(2025, 1, 20),
    )


def at(day: int) -> datetime:
    return datetime(2025, 1, day, tzinfo=UTC)


def test_single_forecast_scores() -> None:
    assert brier(0.8, True) == pytest.approx(0.04)
    assert brier(0.8, False) == pytest.approx(0.64)
    assert log_score(0.8, True) == pytest.approx(math.log(0.8))
    assert log_score(0.0, True) == pytest.approx(math.log(0.001))  # clipped, not -inf


def test_time_averaged_and_last_scores(store: Store) -> None:
    add_questions(store, [question("q-yes"), question("q-no"), question("q-void")])
    # alice: 0.2 for five days then 0.8 for five days on a YES question
    add_forecast(store, "q-yes", 0.2, forecaster="alice", made_at=at(1))
    add_forecast(store, "q-yes", 0.8, forecaster="alice", made_at=at(6))
    # bob arrives on day 9: 0.5 for the last two days
    add_forecast(store, "q-yes", 0.5, forecaster="bob", made_at=at(9))
    # alice is confidently wrong on a NO question
    add_forecast(store, "q-no", 0.9, forecaster="alice", made_at=at(1))
    add_forecast(store, "q-void", 0.9, forecaster="alice", made_at=at(1))
    resolve_question(store, "q-yes", "yes", reason="test", as_of=date(2025, 1, 15))
    resolve_question(store, "q-no", "no", reason="test", as_of=date(2025, 1, 15))
    resolve_question(store, "q-void", "annulled", reason="test", as_of=date(2025, 1, 15))

    report = score_store(store)
    per_question = {(r.question_id, r.forecaster): r for r in report.questions}
    alice_yes = per_question[("q-yes", "alice")]
    assert alice_yes.brier_time_avg == pytest.approx((0.64 * 5 + 0.04 * 5) / 10)
    assert alice_yes.brier_last == pytest.approx(0.04)
    assert alice_yes.log_time_avg == pytest.approx((math.log(0.2) + math.log(0.8)) / 2)
    assert alice_yes.coverage == pytest.approx(1.0)
    bob_yes = per_question[("q-yes", "bob")]
    assert bob_yes.brier_time_avg == pytest.approx(0.25)
    assert bob_yes.coverage == pytest.approx(0.2)
    assert per_question[("q-no", "alice")].brier_time_avg == pytest.approx(0.81)
    assert ("q-void", "alice") not in per_question
    assert report.unscored_questions == ["q-void"]

    forecasters = {row.forecaster: row for row in report.forecasters}
    assert forecasters["alice"].n_questions == 2 and forecasters["alice"].n_forecasts == 3
    assert forecasters["alice"].brier_time_avg == pytest.approx((0.34 + 0.81) / 2)
    assert forecasters["alice"].brier_last == pytest.approx((0.04 + 0.81) / 2)
    assert len(report.forecasts) == 4  # every forecast on a scored question

    # calibration uses the last forecast per forecaster and question: 0.8 yes, 0.9 no, 0.5 yes
    bins = {round(row.low, 1): row for row in report.calibration}
    assert (bins[0.8].n, bins[0.8].observed) == (1, 1.0)
    assert (bins[0.9].n, bins[0.9].observed) == (1, 0.0)
    assert (bins[0.5].n, bins[0.5].observed) == (1, 1.0)
    assert sum(row.n for row in report.calibration) == 3

    only_bob = score_store(store, forecaster="bob")
    assert [row.forecaster for row in only_bob.forecasters] == ["bob"]


def test_calibration_bins_and_intervals() -> None:
    pairs = [(0.15, False)] * 8 + [(0.15, True)] * 2 + [(1.0, True)]
    table = calibration_table(pairs, bins=10)
    assert table[1].n == 10 and table[1].observed == pytest.approx(0.2)
    assert table[1].observed_low < 0.2 < table[1].observed_high
    assert table[9].n == 1  # p = 1.0 falls in the top bin
    assert table[0].n == 0 and table[0].observed is None


def test_cli_round_trip(tmp_path: Path, store_url: str) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["forecast", "list", "--format", "json", "--db", store_url])
    assert listed.exit_code == 0, listed.output
    ids = {item["id"] for item in json.loads(listed.output)}
    assert "cohort-2027-all-20-complete" in ids
    added = runner.invoke(
        app,
        ["forecast", "add", "cohort-2027-all-20-complete", "-p", "0.35", "--forecaster",
         "analyst-1", "--rationale", "2025 pace held", "--db", store_url],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    shown = runner.invoke(
        app, ["forecast", "show", "cohort-2027-all-20-complete", "-f", "json", "--db", store_url]
    )
    data = json.loads(shown.output)
    assert data["forecasts"][0]["probability"] == 0.35
    assert data["forecasts"][0]["forecaster"] == "analyst-1"
    bad = runner.invoke(
        app,
        ["forecast", "add", "cohort-2027-all-20-complete", "-p", "2", "--forecaster", "x",
         "--db", store_url],
    )  # fmt: skip
    assert isinstance(bad.exception, TwentytenError)
    qfile = tmp_path / "q.yaml"
    qfile.write_text(
        "id: my-question\ntitle: Mine\nresolution_criteria: YES if so.\nsource: me\n"
        "open_date: 2025-01-01\nclose_date: 2025-02-01\nresolve_date: 2025-03-01\n"
    )
    assert (
        runner.invoke(app, ["forecast", "question", "add", str(qfile), "--db", store_url]).exit_code
        == 0
    )
    resolved = runner.invoke(
        app,
        ["forecast", "resolve", "my-question", "--outcome", "yes", "--reason", "seen",
         "--db", store_url],
    )  # fmt: skip
    assert resolved.exit_code == 0, resolved.output
    scored = runner.invoke(app, ["forecast", "score", "-f", "json", "--db", store_url])
    assert scored.exit_code == 0 and "calibration" in json.loads(scored.output)
    auto = runner.invoke(app, ["forecast", "resolve", "--auto", "-f", "json", "--db", store_url])
    assert auto.exit_code == 0, auto.output


def test_resolve_usage_shows_its_optional_id_once() -> None:
    usage = CliRunner().invoke(app, ["forecast", "resolve", "--help"]).output
    assert "resolve [OPTIONS] [ID]" in usage and "[[ID]]" not in usage
