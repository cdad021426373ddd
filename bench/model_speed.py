"""Speed and memory of the ensemble engine, side by side with the EMA Workbench way.

    .venv/bin/python bench/model_speed.py                 # 25k, 50k, 100k futures + EMA on 200
    .venv/bin/python bench/model_speed.py --sizes 10000 --ema-futures 50   # quick look

1. The vectorized engine (``run_ensemble``, streaming LHS, chunks of 10,000 futures, summary
   only) for each size, each in a fresh subprocess so that its peak RSS is its own; prints
   wall time, CPU time, per-future time, peak RSS and the tracemalloc peak (NumPy buffers).
   Flat memory in N means the peaks stay about the same as N grows.
2. The same ensemble on a 2-worker ``distributed.LocalCluster`` (2 cores).
3. The same model as EMA Workbench users run one: ``ema_workbench.Model`` wrapping a
   per-experiment Python function that evaluates one future, run with its
   ``SequentialEvaluator`` on a small LHS sample; its per-future time is extrapolated and
   compared with the engine's.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import time
import tracemalloc
import warnings

SCENARIO = "baseline"
CHUNK = 10_000


def engine_once(futures: int, seed: int) -> dict[str, float]:
    from twentyten.model import run_ensemble

    run_ensemble(SCENARIO, 500, seed, keep_experiments=False, keep_outcomes=False)  # warm-up
    tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    result = run_ensemble(
        SCENARIO, futures, seed, chunk_size=CHUNK, keep_experiments=False, keep_outcomes=False
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "futures": futures,
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "tracemalloc_peak_mib": traced_peak / 2**20,
        "p_failure_2027": result.p_failure[2027],
    }


def engine_in_subprocess(futures: int, seed: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(futures), "--seed", str(seed)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def engine_on_cluster(futures: int, seed: int, workers: int) -> float:
    from distributed import Client, LocalCluster

    from twentyten.model import run_ensemble

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        run_ensemble(SCENARIO, 2 * workers * 500, seed, chunk_size=500, scheduler=client)
        began = time.perf_counter()
        run_ensemble(
            SCENARIO,
            futures,
            seed,
            chunk_size=CHUNK,
            scheduler=client,
            keep_experiments=False,
            keep_outcomes=False,
        )
        return time.perf_counter() - began


def ema_workbench_way(futures: int, seed: int) -> dict[str, float]:
    """EMA Workbench: a Model around a per-experiment function, SequentialEvaluator."""
    warnings.filterwarnings("ignore")
    import numpy as np
    from ema_workbench import (
        Model,
        RealParameter,
        ScalarOutcome,
        SequentialEvaluator,
        ema_logging,
        perform_experiments,
    )

    from twentyten.model import load_failure_definitions, load_scenario
    from twentyten.model.simulation import evaluate

    ema_logging.log_to_stderr(logging.WARNING)
    scenario = load_scenario(SCENARIO)
    failure = load_failure_definitions()
    outcomes = ("failed_by_2027", "completed_2030", "mean_operating_rate_2030", "deprivation_2030")

    def one_future(**values: float) -> dict[str, float]:
        params = {name: np.array([value]) for name, value in values.items()}
        result = evaluate(params, scenario, failure=failure)
        return {name: float(result[name][0]) for name in outcomes}

    model = Model("twentyten", function=one_future)
    model.uncertainties = [
        RealParameter(u.name, u.low, u.high) for u in scenario.uncertainties if u.high > u.low
    ]
    model.outcomes = [ScalarOutcome(name) for name in outcomes]
    np.random.seed(seed)
    with SequentialEvaluator(model) as evaluator:
        began, cpu = time.perf_counter(), time.process_time()
        perform_experiments(model, scenarios=futures, evaluator=evaluator)
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    return {"futures": futures, "wall_s": wall, "cpu_s": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25000,50000,100000")
    parser.add_argument("--ema-futures", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2, help="dask workers (0 = skip)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(engine_once(args.worker, args.seed)))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"twentyten model speed - scenario {SCENARIO}, 120 months, chunks of {CHUNK:,}")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print()
    print(f"{'futures':>9} {'wall s':>8} {'cpu s':>8} {'us/future':>10} "
          f"{'peak RSS MiB':>13} {'tracemalloc MiB':>16} {'P(fail 2027)':>13}")  # fmt: skip
    rows = []
    for futures in sizes:
        row = engine_in_subprocess(futures, args.seed)
        rows.append(row)
        print(
            f"{futures:>9,} {row['wall_s']:>8.2f} {row['cpu_s']:>8.2f} "
            f"{1e6 * row['cpu_s'] / futures:>10.1f} {row['peak_rss_mib']:>13.0f} "
            f"{row['tracemalloc_peak_mib']:>16.1f} {row['p_failure_2027']:>13.3f}"
        )
    largest = rows[-1]
    if args.workers:
        wall = engine_on_cluster(largest["futures"], args.seed, args.workers)
        print(
            f"{largest['futures']:>9,} futures on a {args.workers}-worker dask LocalCluster: "
            f"{wall:.2f} s wall"
        )
    print()
    ema = ema_workbench_way(args.ema_futures, args.seed)
    ema_per_future = ema["cpu_s"] / ema["futures"]
    engine_per_future = largest["cpu_s"] / largest["futures"]
    print(
        f"EMA Workbench way (Model + per-experiment function + SequentialEvaluator), "
        f"{ema['futures']} futures: {ema['wall_s']:.2f} s wall, {ema['cpu_s']:.2f} s CPU"
    )
    print(
        f"  per future: EMA {1e3 * ema_per_future:.2f} ms, engine {1e6 * engine_per_future:.1f} us"
    )
    print(
        f"  extrapolated to {largest['futures']:,} futures: EMA "
        f"{ema_per_future * largest['futures']:.0f} s vs engine {largest['cpu_s']:.1f} s CPU"
    )
    print(f"  speed ratio per future (CPU): {ema_per_future / engine_per_future:.0f}x")
    print(
        f"targets: 100,000 futures <= 30 s on 2 cores ({largest['wall_s']:.1f} s wall on one "
        f"process); >= 100x per future"
    )


if __name__ == "__main__":
    main()
