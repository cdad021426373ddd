"""Robustness of South Korea's options across the model's scenarios.

Arithmetic (as in RAND's Robust Decision Making and Rhodium):

* weighted score ``W[o, s] = Σ_c w_c · S[o, s, c] / Σ_c w_c`` (criterion weights normalised);
* regret ``R[o, s] = max_o' W[o', s] − W[o, s]``: how much worse the option does in a
  scenario than the best option for that scenario; **max regret** is its worst case and
  the options are ranked by it (minimax regret), ties broken by the satisficing share and
  then the mean weighted score;
* satisficing: an option *satisfices* in a scenario when every criterion with a
  threshold scores at least that threshold; the **satisficing share** is the share of
  scenarios where it does (weighted by the scenario weights when the file gives them).

With scenario weights (an analyst's probabilities) the expected score and expected regret
are reported too; without them every scenario counts the same.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twentyten.options.matrix import OptionsMatrix


@dataclass
class OptionResult:
    rank: int
    option: str
    label: str
    weighted: dict[str, float]  # scenario -> weighted score
    regret: dict[str, float]  # scenario -> regret
    mean_score: float  # equal-weight or scenario-weighted mean
    max_regret: float
    worst_scenario: str
    expected_regret: float
    satisficing_share: float
    satisficing_scenarios: list[str]
    failed_thresholds: dict[str, list[str]]  # scenario -> criteria below threshold

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class OptionsAssessment:
    matrix: OptionsMatrix
    results: list[OptionResult]  # in rank order
    weighted: np.ndarray  # [option, scenario]
    regret: np.ndarray  # [option, scenario]

    @property
    def scenarios(self) -> list[str]:
        return self.matrix.scenarios

    def as_dict(self) -> dict:
        return {
            "source": self.matrix.source,
            "judgement": self.matrix.judgement,
            "note": "Scores are analyst judgement, not facts.",
            "scenarios": self.matrix.scenarios,
            "scenario_weights": self.matrix.scenario_weights,
            "criteria": [
                {"id": c.id, "label": c.label, "weight": c.weight, "threshold": c.threshold}
                for c in self.matrix.criteria
            ],
            "options": [result.as_dict() for result in self.results],
        }

    def table_rows(self) -> list[dict[str, object]]:
        """Flat rows for CSV and the brief: one per option, in rank order."""
        rows = []
        for result in self.results:
            row: dict[str, object] = {"rank": result.rank, "option": result.option}
            row["label"] = result.label
            for scenario in self.scenarios:
                row[scenario] = round(result.weighted[scenario], 2)
            row["mean_score"] = round(result.mean_score, 2)
            row["max_regret"] = round(result.max_regret, 2)
            row["worst_scenario"] = result.worst_scenario
            row["satisficing_share"] = round(result.satisficing_share, 2)
            rows.append(row)
        return rows


def assess(matrix: OptionsMatrix) -> OptionsAssessment:
    """Weighted scores, regret, satisficing and the minimax-regret ranking."""
    weights = np.array([c.weight for c in matrix.criteria], dtype=float)
    weights = weights / weights.sum()
    weighted = matrix.scores @ weights  # [option, scenario]
    regret = weighted.max(axis=0, keepdims=True) - weighted
    if matrix.scenario_weights is not None:
        p = np.array([matrix.scenario_weights[s] for s in matrix.scenarios])
    else:
        p = np.full(len(matrix.scenarios), 1.0 / len(matrix.scenarios))
    thresholds = np.array(
        [-np.inf if c.threshold is None else c.threshold for c in matrix.criteria]
    )
    meets = matrix.scores >= thresholds  # [option, scenario, criterion]
    satisfices = meets.all(axis=2)  # [option, scenario]

    unranked = []
    for i, option in enumerate(matrix.options):
        worst = int(np.argmax(regret[i]))
        failed = {
            scenario: [
                criterion.id for k, criterion in enumerate(matrix.criteria) if not meets[i, j, k]
            ]
            for j, scenario in enumerate(matrix.scenarios)
            if not satisfices[i, j]
        }
        unranked.append(
            OptionResult(
                rank=0,
                option=option.id,
                label=option.label,
                weighted={s: float(weighted[i, j]) for j, s in enumerate(matrix.scenarios)},
                regret={s: float(regret[i, j]) for j, s in enumerate(matrix.scenarios)},
                mean_score=float(weighted[i] @ p),
                max_regret=float(regret[i, worst]),
                worst_scenario=matrix.scenarios[worst],
                expected_regret=float(regret[i] @ p),
                satisficing_share=float(satisfices[i] @ p),
                satisficing_scenarios=[
                    s for j, s in enumerate(matrix.scenarios) if satisfices[i, j]
                ],
                failed_thresholds=failed,
            )
        )
    # Round before comparing so that float noise does not decide a tie.
    ranked = sorted(
        unranked,
        key=lambda r: (
            round(r.max_regret, 9),
            -round(r.satisficing_share, 9),
            -round(r.mean_score, 9),
        ),
    )
    for position, result in enumerate(ranked, start=1):
        result.rank = position
    return OptionsAssessment(matrix=matrix, results=ranked, weighted=weighted, regret=regret)
