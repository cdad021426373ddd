"""The record of model runs (table ``model_runs``): every figure can be reproduced.

A row holds the run id, kind (simulate, calibrate, sensitivity, discover …), scenario,
its levers and range overrides, the sample design (sampler, N, seed, chunk size, the
uncertainty ranges and the failure definitions), the seed, the package version and the
summary (quantiles, P(failure), calibration report).
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from twentyten import __version__
from twentyten.errors import TwentytenError
from twentyten.store import Store, schema

if TYPE_CHECKING:
    from twentyten.model.ensemble import EnsembleResult
    from twentyten.model.scenarios import Scenario


def plain(value: Any) -> Any:
    """JSON-safe: NumPy values to Python, NaN and infinities to None."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if hasattr(value, "tolist"):
        return plain(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record_run(store: Store, result: EnsembleResult) -> str:
    """Insert the ensemble run into ``model_runs``; returns its id."""
    insert_run(
        store,
        run_id=result.run_id,
        kind=result.kind,
        scenario=result.scenario,
        sample_design=result.sample_design(),
        futures=result.futures,
        seed=result.seed,
        summary=result.summary(),
        package_version=result.package_version,
    )
    result.recorded = True
    return result.run_id


def insert_run(
    store: Store,
    *,
    kind: str,
    scenario: Scenario,
    sample_design: dict[str, Any],
    futures: int,
    seed: int,
    summary: dict[str, Any],
    run_id: str | None = None,
    package_version: str = __version__,
) -> str:
    """Insert one ``model_runs`` row (any kind: an ensemble, a sensitivity or discovery
    analysis …) and return its id, a new one unless ``run_id`` is given."""
    run_id = run_id or str(uuid.uuid4())
    with store.begin() as conn:
        conn.execute(
            insert(schema.model_runs).values(
                id=run_id,
                created_at=datetime.now(UTC),
                kind=kind,
                scenario=scenario.name,
                parameters=plain(scenario.parameters()),
                sample_design=plain(sample_design),
                futures=int(futures),
                seed=int(seed),
                package_version=package_version,
                summary=plain(summary),
            )
        )
    return run_id


def list_runs(store: Store, *, kind: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Most recent runs first (without their summaries)."""
    table = schema.model_runs
    query = (
        select(
            table.c.id,
            table.c.created_at,
            table.c.kind,
            table.c.scenario,
            table.c.futures,
            table.c.seed,
            table.c.package_version,
        )
        .order_by(table.c.created_at.desc())
        .limit(limit)
    )
    if kind:
        query = query.where(table.c.kind == kind)
    with store.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def get_run(store: Store, run_id: str) -> dict[str, Any]:
    """One run with its parameters, sample design and summary (a unique id prefix works)."""
    table = schema.model_runs
    with store.connect() as conn:
        rows = conn.execute(select(table).where(table.c.id.like(f"{run_id}%")).limit(2)).all()
    if not rows:
        raise TwentytenError(f"no model run {run_id!r}")
    if len(rows) > 1:
        raise TwentytenError(f"run id prefix {run_id!r} is ambiguous")
    return dict(rows[0]._mapping)
