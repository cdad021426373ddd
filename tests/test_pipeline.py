"""The main job end to end on the bundled data (both backends)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from twentyten.pipeline import run_main_job
from twentyten.store import Store


def test_main_job_builds_register_indicators_and_recorded_outlook(store: Store) -> None:
    result = run_main_job(store, outlook_futures=2_000, seed=7)
    cohorts = {c["cohort"]: c for c in result.indicators.to_dict()["cohorts"]}
    assert cohorts[2024]["selected"] == 20
    assert cohorts[2024]["completed"] == 20
    assert cohorts[2024]["completed_in_cohort_year"] == 1
    assert cohorts[2026]["started"] >= 1
    assert result.outlook is not None
    with store.connect() as conn:
        runs = conn.execute(select(store.tables.model_runs.c.id)).scalars().all()
    assert result.outlook.run_id in runs
    assert result.open_questions > 0

    # Running it again adds no evidence: the bundled load is idempotent.
    with store.connect() as conn:
        before = conn.execute(select(func.count()).select_from(store.tables.claims)).scalar()
    run_main_job(store, outlook_futures=0)
    with store.connect() as conn:
        after = conn.execute(select(func.count()).select_from(store.tables.claims)).scalar()
    assert before == after


def test_run_command_json(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "twentyten",
            "run",
            "--db",
            str(db),
            "--futures",
            "0",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    payload = json.loads(completed.stdout)
    assert payload["outlook"] is None
    by_cohort = {c["cohort"]: c for c in payload["indicators"]["cohorts"]}
    assert by_cohort[2025]["completed_in_cohort_year"] == by_cohort[2025]["completed"]
