"""Forecast questions in the Metaculus style: registry, register-based resolution, scores.

A notebook can do everything the ``twentyten forecast`` commands do::

    from twentyten.forecasts import seed_questions, add_forecast, auto_resolve, score_store
"""

from twentyten.forecasts.questions import Question, read_question_file, starting_questions
from twentyten.forecasts.registry import (
    AddReport,
    ForecastRecord,
    QuestionRecord,
    add_forecast,
    add_questions,
    close_due_questions,
    get_question,
    list_questions,
    model_forecast_from_run,
    seed_questions,
)
from twentyten.forecasts.resolution import AutoResult, Resolution, auto_resolve, resolve_question
from twentyten.forecasts.rules import RuleOutcome, evaluate_rule, validate_rule
from twentyten.forecasts.scoring import (
    ScoreReport,
    baseline_score,
    brier,
    calibration_table,
    log_score,
    score_records,
    score_store,
)

__all__ = [
    "AddReport",
    "AutoResult",
    "ForecastRecord",
    "Question",
    "QuestionRecord",
    "Resolution",
    "RuleOutcome",
    "ScoreReport",
    "add_forecast",
    "add_questions",
    "auto_resolve",
    "baseline_score",
    "brier",
    "calibration_table",
    "close_due_questions",
    "evaluate_rule",
    "get_question",
    "list_questions",
    "log_score",
    "model_forecast_from_run",
    "read_question_file",
    "resolve_question",
    "score_records",
    "score_store",
    "seed_questions",
    "starting_questions",
    "validate_rule",
]
