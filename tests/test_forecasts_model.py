"""A model forecast made from a recorded ensemble run, on a starting question."""

from __future__ import annotations

import pytest

from twentyten.errors import TwentytenError
from twentyten.forecasts import get_question, model_forecast_from_run, seed_questions
from twentyten.model import run_ensemble
from twentyten.store import Store


def test_model_forecast_from_a_recorded_ensemble(store: Store) -> None:
    seed_questions(store)
    result = run_ensemble("baseline", futures=300, seed=4, store=store)
    forecast = model_forecast_from_run(store, "policy-stall-by-2028-04", result.run_id, year=2027)
    assert forecast.kind == "model" and forecast.run_id == result.run_id
    assert forecast.probability == pytest.approx(result.p_failure[2027])
    assert "failure defined as" in (forecast.rationale or "")  # the run's own definition
    record = get_question(store, "policy-stall-by-2028-04")
    assert [f.run_id for f in record.forecasts] == [result.run_id]
    with pytest.raises(TwentytenError, match="no P\\(failure\\) for 2040"):
        model_forecast_from_run(store, "policy-stall-by-2028-04", result.run_id, year=2040)


def test_model_forecast_accepts_the_short_run_id_the_cli_prints(store: Store) -> None:
    seed_questions(store)
    result = run_ensemble("baseline", futures=200, seed=5, store=store)
    short = result.run_id[:8]  # `twentyten run` and `simulate` tables print this much
    forecast = model_forecast_from_run(store, "policy-stall-by-2028-04", short, year=2027)
    assert forecast.run_id == result.run_id  # stored under the full id
    assert result.run_id in (forecast.rationale or "")
    with pytest.raises(TwentytenError, match="no model run 'zz'"):
        model_forecast_from_run(store, "policy-stall-by-2028-04", "zz", year=2027)
    with pytest.raises(TwentytenError, match="no model run '%'"):
        model_forecast_from_run(store, "policy-stall-by-2028-04", "%", year=2027)
