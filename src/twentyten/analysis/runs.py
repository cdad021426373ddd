"""Recording sensitivity and discovery runs in ``model_runs`` so any figure can be redone.

The row holds what is needed to reproduce the analysis: the scenario's levers and range
overrides, the sample design (sampler, sizes, outcome, uncertainty ranges), the seed and the
package version; the summary holds the ranked drivers or the boxes.
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert

from twentyten import __version__
from twentyten.store import Store, schema


def _plain(value: Any) -> Any:
    """JSON-safe: NumPy arrays and scalars to Python values, NaN and infinities to None."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "tolist"):  # NumPy arrays and scalars
        return _plain(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record_analysis_run(
    store: Store,
    *,
    kind: str,
    scenario: Any,
    sample_design: dict[str, Any],
    futures: int,
    seed: int,
    summary: dict[str, Any],
) -> str:
    """Insert one ``model_runs`` row and return its id."""
    run_id = str(uuid.uuid4())
    with store.begin() as conn:
        conn.execute(
            insert(schema.model_runs).values(
                id=run_id,
                created_at=datetime.now(UTC),
                kind=kind,
                scenario=scenario.name,
                parameters=_plain(scenario.parameters()),
                sample_design=_plain(sample_design),
                futures=int(futures),
                seed=int(seed),
                package_version=__version__,
                summary=_plain(summary),
            )
        )
    return run_id
