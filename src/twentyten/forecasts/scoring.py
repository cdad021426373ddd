"""Scores for resolved questions: Brier and log scores, per forecast and per forecaster.

Conventions (so that figures in a brief can be read unambiguously):

* Only questions resolved YES or NO are scored; ambiguous and annulled ones are not.
* Brier = (p − outcome)², lower is better, 0 … 1.
* Log score = ln(probability given to what happened), higher is better, ≤ 0; probabilities
  are clipped to [0.001, 0.999] first (as Metaculus does) so one overconfident forecast
  cannot score −∞. The baseline score is Metaculus's: 100 · (1 + log₂ p_outcome), 0 for a
  coin flip, 100 for certainty and right.
* A forecaster's score on a question comes two ways:
  - ``time_avg``: the forecast in force at each moment (carried forward until updated),
    averaged over the time from the forecaster's first forecast to the question's close
    (24:00 UTC on the close date), as Good Judgment Open and Metaculus accuracy scores do.
    ``coverage`` is the share of the question's open period that this span covers, so a
    late forecaster is visible rather than hidden.
  - ``last``: the last forecast made before the close.
* The calibration table uses each forecaster's last forecast per question, so a frequent
  updater does not count more than once per question.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from twentyten.forecasts.registry import (
    ForecastRecord,
    QuestionRecord,
    day_end,
    day_start,
    list_questions,
)
from twentyten.store import Store

LOG_CLIP = 0.001


def brier(probability: float, outcome: bool) -> float:
    return (probability - (1.0 if outcome else 0.0)) ** 2


def _p_outcome(probability: float, outcome: bool) -> float:
    clipped = min(max(probability, LOG_CLIP), 1.0 - LOG_CLIP)
    return clipped if outcome else 1.0 - clipped


def log_score(probability: float, outcome: bool) -> float:
    return math.log(_p_outcome(probability, outcome))


def baseline_score(probability: float, outcome: bool) -> float:
    return 100.0 * (1.0 + math.log2(_p_outcome(probability, outcome)))


@dataclass
class ForecastScore:
    forecast_id: int
    question_id: str
    forecaster: str
    kind: str
    probability: float
    made_at: str
    outcome: bool
    brier: float
    log: float


@dataclass
class QuestionScore:
    question_id: str
    forecaster: str
    kind: str
    outcome: bool
    n_forecasts: int
    brier_time_avg: float
    log_time_avg: float
    baseline_time_avg: float
    brier_last: float
    log_last: float
    last_probability: float
    coverage: float


@dataclass
class ForecasterScore:
    forecaster: str
    kinds: str
    n_questions: int
    n_forecasts: int
    brier_time_avg: float
    brier_last: float
    log_time_avg: float
    log_last: float
    baseline_time_avg: float
    mean_coverage: float


@dataclass
class CalibrationBin:
    low: float
    high: float
    n: int
    n_yes: int
    mean_predicted: float | None
    observed: float | None
    observed_low: float | None  # Wilson 90 % interval of the observed frequency
    observed_high: float | None


@dataclass
class ScoreReport:
    forecasts: list[ForecastScore] = field(default_factory=list)
    questions: list[QuestionScore] = field(default_factory=list)
    forecasters: list[ForecasterScore] = field(default_factory=list)
    calibration: list[CalibrationBin] = field(default_factory=list)
    unscored_questions: list[str] = field(default_factory=list)  # ambiguous / annulled

    def as_dict(self) -> dict:
        return {
            name: [asdict(item) for item in value] if name != "unscored_questions" else value
            for name, value in self.__dict__.items()
        }


def _time_average(
    forecasts: list[ForecastRecord],
    end: datetime,
    score: Callable[[float, bool], float],
    outcome: bool,
) -> tuple[float, float]:
    """Average of ``score`` with each forecast in force until the next; and the span."""
    total = 0.0
    span = (end - forecasts[0].made_at).total_seconds()
    if span <= 0:
        return score(forecasts[-1].probability, outcome), 0.0
    for current, following in zip(forecasts, [*forecasts[1:], None], strict=True):
        until = following.made_at if following is not None else end
        total += score(current.probability, outcome) * (until - current.made_at).total_seconds()
    return total / span, span


def wilson_interval(successes: int, n: int, z: float = 1.6449) -> tuple[float, float]:
    if n == 0:
        return math.nan, math.nan
    phat = successes / n
    denominator = 1 + z * z / n
    centre = (phat + z * z / (2 * n)) / denominator
    half = z * math.sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def calibration_table(pairs: list[tuple[float, bool]], bins: int = 10) -> list[CalibrationBin]:
    """Predicted probability in ``bins`` equal bins against the observed frequency."""
    table = []
    for index in range(bins):
        low, high = index / bins, (index + 1) / bins
        inside = [
            (p, outcome)
            for p, outcome in pairs
            if low <= p < high or (index == bins - 1 and p == 1.0)
        ]
        n = len(inside)
        n_yes = sum(1 for _, outcome in inside if outcome)
        interval = wilson_interval(n_yes, n) if n else (None, None)
        table.append(
            CalibrationBin(
                low=low,
                high=high,
                n=n,
                n_yes=n_yes,
                mean_predicted=sum(p for p, _ in inside) / n if n else None,
                observed=n_yes / n if n else None,
                observed_low=interval[0],
                observed_high=interval[1],
            )
        )
    return table


def score_records(records: list[QuestionRecord], *, bins: int = 10) -> ScoreReport:
    """Score the forecasts on the resolved questions among ``records``."""
    report = ScoreReport()
    for record in records:
        if record.status in ("ambiguous", "annulled"):
            report.unscored_questions.append(record.id)
            continue
        if record.status != "resolved" or record.outcome is None:
            continue
        outcome = bool(record.outcome)
        question = record.question
        end = day_end(question.close_date)
        period = (end - day_start(question.open_date)).total_seconds()
        by_forecaster: dict[str, list[ForecastRecord]] = defaultdict(list)
        for forecast in record.forecasts:
            if forecast.made_at >= end:  # cannot happen through add_forecast; be safe
                continue
            by_forecaster[forecast.forecaster].append(forecast)
            report.forecasts.append(
                ForecastScore(
                    forecast_id=forecast.id,
                    question_id=record.id,
                    forecaster=forecast.forecaster,
                    kind=forecast.kind,
                    probability=forecast.probability,
                    made_at=forecast.made_at.isoformat(),
                    outcome=outcome,
                    brier=brier(forecast.probability, outcome),
                    log=log_score(forecast.probability, outcome),
                )
            )
        for forecaster, forecasts in sorted(by_forecaster.items()):
            brier_avg, span = _time_average(forecasts, end, brier, outcome)
            log_avg, _ = _time_average(forecasts, end, log_score, outcome)
            baseline_avg, _ = _time_average(forecasts, end, baseline_score, outcome)
            last = forecasts[-1]
            report.questions.append(
                QuestionScore(
                    question_id=record.id,
                    forecaster=forecaster,
                    kind=last.kind,
                    outcome=outcome,
                    n_forecasts=len(forecasts),
                    brier_time_avg=brier_avg,
                    log_time_avg=log_avg,
                    baseline_time_avg=baseline_avg,
                    brier_last=brier(last.probability, outcome),
                    log_last=log_score(last.probability, outcome),
                    last_probability=last.probability,
                    coverage=min(1.0, span / period) if period > 0 else 1.0,
                )
            )
    grouped: dict[str, list[QuestionScore]] = defaultdict(list)
    for row in report.questions:
        grouped[row.forecaster].append(row)
    for forecaster, rows in sorted(grouped.items()):
        n = len(rows)
        report.forecasters.append(
            ForecasterScore(
                forecaster=forecaster,
                kinds=",".join(sorted({row.kind for row in rows})),
                n_questions=n,
                n_forecasts=sum(row.n_forecasts for row in rows),
                brier_time_avg=sum(row.brier_time_avg for row in rows) / n,
                brier_last=sum(row.brier_last for row in rows) / n,
                log_time_avg=sum(row.log_time_avg for row in rows) / n,
                log_last=sum(row.log_last for row in rows) / n,
                baseline_time_avg=sum(row.baseline_time_avg for row in rows) / n,
                mean_coverage=sum(row.coverage for row in rows) / n,
            )
        )
    report.calibration = calibration_table(
        [(row.last_probability, row.outcome) for row in report.questions], bins=bins
    )
    return report


def score_store(
    store: Store, *, forecaster: str | None = None, kind: str | None = None, bins: int = 10
) -> ScoreReport:
    """Score everything resolved in the store, optionally for one forecaster or kind."""
    records = list_questions(store)
    for record in records:
        record.forecasts = [
            forecast
            for forecast in record.forecasts
            if (forecaster is None or forecast.forecaster == forecaster)
            and (kind is None or forecast.kind == kind)
        ]
    return score_records(records, bins=bins)
