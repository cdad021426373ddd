"""The same ensemble on a real dask.distributed cluster equals the local run."""

from __future__ import annotations

import numpy as np
import pytest

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        memory_limit="1GiB",
    ) as local_cluster:
        yield local_cluster


def test_cluster_run_equals_local_run(cluster) -> None:  # type: ignore[no-untyped-def]
    from twentyten.model import run_ensemble

    local = run_ensemble("baseline", 1200, seed=21, chunk_size=300, calibrate=True)
    remote = run_ensemble(
        "baseline",
        1200,
        seed=21,
        chunk_size=300,
        calibrate=True,
        scheduler=cluster.scheduler_address,
    )
    assert remote.scheduler and remote.scheduler.startswith("tcp://")
    assert remote.quantiles == local.quantiles
    assert remote.p_failure == local.p_failure
    assert np.array_equal(remote.experiments, local.experiments)
    assert np.array_equal(remote.weights, local.weights)
    assert remote.calibration is not None and local.calibration is not None
    assert remote.calibration.parameters == local.calibration.parameters


def test_cluster_run_with_a_client_and_a_recorded_run(cluster, sqlite_store) -> None:  # type: ignore[no-untyped-def]
    from twentyten.model import get_run, run_ensemble

    with distributed.Client(cluster) as client:
        result = run_ensemble(
            "tightened_control", 600, seed=3, chunk_size=200, scheduler=client, store=sqlite_store
        )
        assert client.status == "running"  # a caller's client is left open
    local = run_ensemble("tightened_control", 600, seed=3, chunk_size=200)
    assert result.quantiles == local.quantiles
    assert get_run(sqlite_store, result.run_id)["scenario"] == "tightened_control"
