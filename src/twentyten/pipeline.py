"""The main job: bring the register up to date and assess it, in pipeline order.

sources -> extract -> register (bundled evidence + anything ingested) -> indicators ->
model (calibrated baseline outlook) -> forecasts (seeded, auto-resolved). The brief and
dashboard will read the same :class:`MainJobResult`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from twentyten.forecasts import auto_resolve, list_questions, seed_questions
from twentyten.indicators import Indicators, compute_indicators
from twentyten.model import EnsembleResult, load_scenario, run_ensemble
from twentyten.register import ReconcileReport, load_bundled, process_new_documents
from twentyten.register.bundled import BundledReport
from twentyten.store import Store

DEFAULT_OUTLOOK_FUTURES = 50_000  # calibration keeps a few hundred of them (effective sample)
DEFAULT_SEED = 20240115  # the day the policy was announced


@dataclass
class MainJobResult:
    bundled: BundledReport
    register_update: ReconcileReport
    indicators: Indicators
    outlook: EnsembleResult | None
    open_questions: int
    resolved_now: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "register_update": vars(self.register_update),
            "bundled": {
                "cohort_rows_changed": self.bundled.cohorts.rows_changed,
                "errors": [str(e) for e in self.bundled.cohorts.errors],
            },
            "indicators": self.indicators.to_dict(),
            "outlook": self.outlook.summary() if self.outlook is not None else None,
            "forecasts": {"open": self.open_questions, "resolved_now": self.resolved_now},
        }


def run_main_job(
    store: Store,
    *,
    as_of: date | None = None,
    outlook_futures: int = DEFAULT_OUTLOOK_FUTURES,
    seed: int = DEFAULT_SEED,
    scenario: str = "baseline",
) -> MainJobResult:
    """Load the bundled evidence, fold in new reports, compute indicators and the outlook."""
    bundled = load_bundled(store)
    update = process_new_documents(store)
    indicators = compute_indicators(store, as_of=as_of)
    outlook = None
    if outlook_futures > 0:
        outlook = run_ensemble(
            load_scenario(scenario),
            futures=outlook_futures,
            seed=seed,
            calibrate=True,
            store=store,
            keep_experiments=False,
            keep_outcomes=False,
        )
    seed_questions(store)
    resolved = [r.question_id for r in auto_resolve(store, as_of=as_of) if r.action == "resolved"]
    open_questions = len(list_questions(store, status="open", as_of=as_of))
    return MainJobResult(bundled, update, indicators, outlook, open_questions, resolved)
