"""Ingest speed: the synthetic archive into a fresh SQLite file, against a naive baseline.

    python bench/ingest_speed.py [--n 100000] [--archive DIR] [--baseline-n 2000]

Writes the archive once (``bench/synthetic_archive.py``; reused when it is already there),
ingests it with ``twentyten.sources.ingest_paths`` (streamed, chunked transactions) and
prints reports/s with the process's memory at checkpoints, to show that memory stays flat.
In the same run, a naive ingest (the same readers, then one SELECT + INSERTs + COMMIT per
document) runs on a subset and is extrapolated. Then the archive is ingested once more to
time the idempotent "nothing changed" pass. Target: >= 1,000 reports/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from twentyten.sources import IngestProgress, ingest_paths
from twentyten.sources.files import iter_candidate_files, read_file
from twentyten.sources.records import SourceDocument
from twentyten.store import Store, open_store
from twentyten.store.engine import utcnow
from twentyten.store.schema import document_versions, documents

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_archive import write_archive  # noqa: E402

TARGET_PER_S = 1000


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        resident_pages = int(handle.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


def ensure_archive(folder: Path, n: int, seed: int) -> None:
    marker = folder / f".complete-{n}-{seed}"
    if marker.exists():
        print(f"reusing the archive in {folder}")
        return
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    size = write_archive(folder, n, seed)
    marker.touch()
    print(
        f"wrote {n:,} reports ({size / 1e6:.0f} MB) to {folder} "
        f"in {time.perf_counter() - started:.1f} s"
    )


def timed_ingest(store: Store, folder: Path, n: int, checkpoints: int) -> float:
    step = max(1, n // checkpoints)
    started = time.perf_counter()
    print(f"{'files':>9} {'seconds':>8} {'reports/s':>10} {'RSS MB':>8} {'peak MB':>8}")

    def report(progress: IngestProgress) -> None:
        if progress.files_done % step == 0:
            elapsed = time.perf_counter() - started
            print(
                f"{progress.files_done:>9,} {elapsed:>8.1f} "
                f"{progress.files_done / elapsed:>10,.0f} {rss_mb():>8.1f} {peak_rss_mb():>8.1f}",
                flush=True,
            )

    result = ingest_paths(store, [folder], progress=report)
    elapsed = time.perf_counter() - started
    assert result.n_failed == 0, result.errors[:3]
    print(result.summary())
    return elapsed


def naive_ingest(store: Store, folder: Path, limit: int) -> float:
    """The straightforward way: each document in its own transaction, looked up first."""
    started = time.perf_counter()
    done = 0
    for path in iter_candidate_files([folder]):
        if done >= limit:
            break
        for doc in read_file(path):  # type: ignore[arg-type]
            assert isinstance(doc, SourceDocument)
            with store.begin() as conn:
                known = conn.execute(
                    select(documents.c.id).where(documents.c.locator == doc.locator)
                ).first()
                if known is None:
                    document_id = conn.execute(
                        documents.insert().values(
                            locator=doc.locator,
                            title=doc.title,
                            outlet=doc.outlet,
                            source_kind=doc.source_kind,
                            language=doc.language,
                            published=doc.published,
                            first_seen_at=utcnow(),
                            latest_version=1,
                            changed=False,
                        )
                    ).inserted_primary_key[0]
                    conn.execute(
                        document_versions.insert().values(
                            document_id=document_id,
                            version=1,
                            content_hash=doc.content_hash,
                            raw_hash=doc.raw_hash,
                            text=doc.text,
                            raw_format=doc.raw_format,
                            encoding=doc.encoding,
                            byte_size=doc.byte_size,
                            ingested_at=utcnow(),
                        )
                    )
            done += 1
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ingest speed against a naive baseline.")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--archive", type=Path, default=None)
    parser.add_argument("--baseline-n", type=int, default=2000)
    parser.add_argument("--checkpoints", type=int, default=10)
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.gettempdir()) / "twentyten-bench"
    archive = args.archive or workdir / f"archive-{args.n}-{args.seed}"
    ensure_archive(archive, args.n, args.seed)
    scratch = Path(tempfile.mkdtemp(prefix="ingest-speed-", dir=workdir))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; databases in {scratch}\n")

    print(f"twentyten ingest_paths: {args.n:,} reports into a fresh SQLite file (WAL)")
    with open_store(scratch / "fast.sqlite") as store:
        fast = timed_ingest(store, archive, args.n, args.checkpoints)
        started = time.perf_counter()
        again = ingest_paths(store, [archive])
        unchanged = time.perf_counter() - started
        assert again.n_unchanged == args.n and again.n_new == 0
    db_mb = (scratch / "fast.sqlite").stat().st_size / 1e6

    subset = min(args.baseline_n, args.n)
    print(f"\nnaive baseline: one transaction per document, first {subset:,} reports")
    with open_store(scratch / "naive.sqlite") as store:
        naive = naive_ingest(store, archive, subset)
    naive_rate = subset / naive

    fast_rate = args.n / fast
    print("\n" + "-" * 78)
    print(f"{'':34} {'reports':>9} {'seconds':>9} {'reports/s':>10}")
    print(f"{'twentyten (chunked, streamed)':34} {args.n:>9,} {fast:>9.1f} {fast_rate:>10,.0f}")
    print(
        f"{'twentyten re-ingest, unchanged':34} {args.n:>9,} {unchanged:>9.1f} "
        f"{args.n / unchanged:>10,.0f}"
    )
    print(
        f"{'naive, 1 commit per document':34} {subset:>9,} {naive:>9.1f} {naive_rate:>10,.0f}"
        f"   (extrapolated to {args.n:,}: {args.n / naive_rate:,.0f} s)"
    )
    print(
        f"speed-up over naive: {fast_rate / naive_rate:.1f}x; target {TARGET_PER_S:,}/s: "
        f"{'met' if fast_rate >= TARGET_PER_S else 'NOT met'}; "
        f"peak RSS {peak_rss_mb():.0f} MB; database {db_mb:.0f} MB"
    )
    if not args.keep_db:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
