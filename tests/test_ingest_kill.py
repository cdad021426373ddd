"""``kill -9`` in the middle of ``twentyten ingest``: the database stays consistent and the
next run completes the same batch without duplicates (SQLite and PostgreSQL)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from twentyten.store.schema import document_versions, documents, ingest_batches, ingest_errors

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic_archive import write_archive  # noqa: E402

N_FILES = 3000
CHUNK = 50


def run_ingest(folder: Path, db: str) -> subprocess.Popen[bytes]:
    code = (
        "import sys; from twentyten.cli import main; "
        f"sys.argv = ['twentyten', 'ingest', {str(folder)!r}, '--db', {db!r}, "
        f"'--chunk-size', '{CHUNK}', '--quiet']; main()"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


def counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {
            table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in (documents, document_versions, ingest_batches, ingest_errors)
        }


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_completes_the_batch(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    write_archive(folder, N_FILES, seed=11)
    (folder / "zz-empty.txt").write_bytes(b"")
    engine = create_engine(store_url.replace("postgresql://", "postgresql+psycopg://"))

    process = run_ingest(folder, store_url)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            stored = counts(engine)["documents"]
        except Exception:  # the schema may not exist yet while the child migrates
            stored = 0
        if stored >= 5 * CHUNK:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    after_kill = counts(engine)
    assert 0 < after_kill["documents"] < N_FILES
    # Every stored document is whole: one version each, and the batch counters agree.
    assert after_kill["document_versions"] == after_kill["documents"]
    with engine.connect() as conn:
        batch = conn.execute(select(ingest_batches)).one()
    assert batch.status == "running"
    assert batch.n_new == after_kill["documents"]

    rerun = run_ingest(folder, store_url)
    output, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, output.decode()
    assert b"resumed" in output

    final = counts(engine)
    assert final == {
        "documents": N_FILES,
        "document_versions": N_FILES,
        "ingest_batches": 1,
        "ingest_errors": 1,
    }
    with engine.connect() as conn:
        batch = conn.execute(select(ingest_batches)).one()
        assert (batch.status, batch.n_new, batch.n_unchanged, batch.n_failed) == (
            "done",
            N_FILES,
            0,
            1,
        )
        duplicates = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT document_id, content_hash FROM document_versions "
                "GROUP BY document_id, content_hash HAVING count(*) > 1) AS d"
            )
        ).scalar_one()
        assert duplicates == 0
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM documents d LEFT JOIN document_versions v "
                "ON v.document_id = d.id WHERE v.id IS NULL"
            )
        ).scalar_one()
        assert orphans == 0
    engine.dispose()

    if store_url.startswith("sqlite"):
        conn = sqlite3.connect(store_url.removeprefix("sqlite:///"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()


@pytest.mark.slow
def test_two_ingests_of_one_folder_at_once_store_each_document_once(
    store_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "archive"
    n_files = 1500
    write_archive(folder, n_files, seed=12)
    engine = create_engine(store_url.replace("postgresql://", "postgresql+psycopg://"))
    from twentyten.store import open_store

    open_store(store_url).dispose()  # migrate once, so the two do not race on the schema
    first, second = run_ingest(folder, store_url), run_ingest(folder, store_url)
    outputs = [p.communicate(timeout=300)[0].decode() for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    assert counts(engine) == {
        "documents": n_files,
        "document_versions": n_files,
        "ingest_batches": 2,
        "ingest_errors": 0,
    }
    with engine.connect() as conn:
        batches = conn.execute(select(ingest_batches)).all()
    assert sum(b.n_new for b in batches) == n_files
    assert sum(b.n_new + b.n_unchanged for b in batches) == 2 * n_files
    assert {b.status for b in batches} == {"done"}
    engine.dispose()
