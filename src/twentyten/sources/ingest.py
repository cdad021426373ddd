"""Storing reports: batches, content hashes, versions, and faults that do not stop a batch.

Documents are written in chunks (500 by default) of one transaction each, so that a kill
at any moment leaves every document either fully stored (document row, version row, batch
counters) or not at all. A batch that was killed is resumed by the next run with the same
arguments: what it already stored is recognised by its content hash and not counted twice.

Re-ingesting identical text changes nothing; new text under a known locator is stored as
the next version and the document is flagged ``changed``. Text identical to an *earlier*
version of the document counts as unchanged (each text is kept once per document).
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, bindparam, func, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from twentyten.sources.feeds import feed_locator, read_feed
from twentyten.sources.files import iter_candidate_files, read_file
from twentyten.sources.records import InputProblem, SourceDocument
from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import document_versions, documents, ingest_batches, ingest_errors

DEFAULT_CHUNK = 500
# A batch that did not finish (killed, interrupted, or stopped by a store fault) is taken
# up again by the next run with the same arguments.
RESUMABLE_STATUSES = ("running", "interrupted", "failed")


@dataclass(frozen=True, slots=True)
class ChangedDocument:
    """A document that got a new version in this batch."""

    document_id: int
    locator: str
    version: int


@dataclass(frozen=True, slots=True)
class IngestProgress:
    files_done: int
    documents_done: int
    current: str


@dataclass
class IngestReport:
    """What one batch did. ``errors`` and ``changed`` list the files and documents by name."""

    batch_id: int
    status: str = "running"
    resumed: bool = False
    n_new: int = 0
    n_versions: int = 0
    n_unchanged: int = 0
    n_failed: int = 0
    # Documents a resumed batch had already stored before it was interrupted.
    n_already_done: int = 0
    n_files: int = 0
    errors: list[InputProblem] = field(default_factory=list)
    changed: list[ChangedDocument] = field(default_factory=list)

    @property
    def n_documents(self) -> int:
        return self.n_new + self.n_versions + self.n_unchanged + self.n_already_done

    def summary(self) -> str:
        text = (
            f"batch {self.batch_id}: {self.n_new:,} new, {self.n_versions:,} new versions, "
            f"{self.n_unchanged:,} unchanged, {self.n_failed:,} failed"
        )
        if self.resumed:
            text += f" (resumed; {self.n_already_done:,} stored before the interruption)"
        return text


ProgressCallback = Callable[[IngestProgress], None]


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> IngestReport:
    """Ingest files and folders (recursively): txt, md, html, json/jsonl, csv, rss/atom."""
    return ingest(store, paths=paths, progress=progress, chunk_size=chunk_size)


def ingest_feed(
    store: Store,
    url_or_file: str,
    *,
    progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> IngestReport:
    """Ingest the items of an RSS or Atom feed (local file, file:// or http(s):// URL)."""
    return ingest(store, feeds=[url_or_file], progress=progress, chunk_size=chunk_size)


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike[str]] = (),
    feeds: Sequence[str] = (),
    *,
    progress: ProgressCallback | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    resume: bool = True,
) -> IngestReport:
    """One batch over files, folders and feeds. Bad input is recorded, never raised.

    Raises only for faults of the store itself (the batch is then marked failed, and its
    committed chunks stay: running the same command again resumes it).
    """
    resolved = [Path(os.path.abspath(os.path.expanduser(os.fspath(p)))) for p in paths]
    arguments = {
        "paths": [str(p) for p in resolved],
        "feeds": [feed_locator(f) for f in feeds],
    }
    writer = _BatchWriter(store, arguments, chunk_size=chunk_size, resume=resume)
    try:
        for item in _read_everything(resolved, list(feeds), writer.report, progress):
            writer.add(item)
        writer.finish()
    except KeyboardInterrupt:
        writer.abandon("interrupted")
        raise
    except BaseException:
        writer.abandon("failed")
        raise
    return writer.report


def _read_everything(
    paths: list[Path],
    feeds: list[str],
    report: IngestReport,
    progress: ProgressCallback | None,
) -> Iterator[SourceDocument | InputProblem]:
    documents_done = 0
    for candidate in iter_candidate_files(paths):
        if isinstance(candidate, InputProblem):
            yield candidate
            continue
        for item in read_file(candidate):
            documents_done += isinstance(item, SourceDocument)
            yield item
        report.n_files += 1
        if progress is not None:
            progress(IngestProgress(report.n_files, documents_done, str(candidate)))
    for feed in feeds:
        for item in read_feed(feed):
            documents_done += isinstance(item, SourceDocument)
            yield item
        report.n_files += 1
        if progress is not None:
            progress(IngestProgress(report.n_files, documents_done, feed))


# --- the batch ---------------------------------------------------------------------------


@dataclass
class _ChunkOutcome:
    n_new: int = 0
    n_versions: int = 0
    n_unchanged: int = 0
    n_already_done: int = 0
    errors: list[InputProblem] = field(default_factory=list)
    changed: list[ChangedDocument] = field(default_factory=list)


class _BatchWriter:
    def __init__(self, store: Store, arguments: dict, *, chunk_size: int, resume: bool) -> None:
        self.store = store
        self.chunk_size = max(1, chunk_size)
        self.pending: list[SourceDocument | InputProblem] = []
        self.pending_locators: set[str] = set()
        batch_id, resumed = _open_batch(store, arguments, resume=resume)
        self.report = IngestReport(batch_id=batch_id, resumed=resumed)
        self.recorded_errors: set[tuple[str, int | None, str]] = set()
        if resumed:
            with store.connect() as conn:
                rows = conn.execute(
                    select(
                        ingest_errors.c.locator, ingest_errors.c.line, ingest_errors.c.message
                    ).where(ingest_errors.c.batch_id == batch_id)
                )
                self.recorded_errors = {(r.locator, r.line, r.message) for r in rows}

    def add(self, item: SourceDocument | InputProblem) -> None:
        if isinstance(item, SourceDocument):
            # Two texts for one locator in a chunk are versions of each other: the first
            # must be stored before the second is compared with it.
            if item.locator in self.pending_locators:
                self.flush()
            self.pending_locators.add(item.locator)
        self.pending.append(item)
        if len(self.pending) >= self.chunk_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        items, self.pending, self.pending_locators = self.pending, [], set()
        try:
            with self.store.begin() as conn:
                outcome = _write_chunk(conn, self.report.batch_id, items, self.recorded_errors)
        except (IntegrityError, DataError):
            # Another ingest stored some of these locators meanwhile, or one document has a
            # value this database refuses: redo the chunk one document per transaction, so
            # that each one is either stored or reported.
            outcome = _ChunkOutcome()
            for item in items:
                try:
                    with self.store.begin() as conn:
                        single = _write_chunk(
                            conn, self.report.batch_id, [item], self.recorded_errors
                        )
                except (IntegrityError, DataError) as error:
                    reason = str(error.orig).strip().splitlines()[0] if error.orig else error
                    problem = InputProblem(getattr(item, "locator", "?"), f"not stored: {reason}")
                    with self.store.begin() as conn:
                        single = _write_chunk(
                            conn, self.report.batch_id, [problem], self.recorded_errors
                        )
                _merge(outcome, single)
        self._account(outcome)

    def _account(self, outcome: _ChunkOutcome) -> None:
        report = self.report
        report.n_new += outcome.n_new
        report.n_versions += outcome.n_versions
        report.n_unchanged += outcome.n_unchanged
        report.n_already_done += outcome.n_already_done
        report.n_failed += len(outcome.errors)
        report.errors.extend(outcome.errors)
        report.changed.extend(outcome.changed)
        for problem in outcome.errors:
            self.recorded_errors.add((problem.locator, problem.line, problem.message))

    def finish(self) -> None:
        self.flush()
        self._close("done")

    def abandon(self, status: str) -> None:
        # When the store itself is gone the batch stays "running", and the next run resumes it.
        with contextlib.suppress(OperationalError, OSError):
            self._close(status)

    def _close(self, status: str) -> None:
        self.report.status = status
        with self.store.begin() as conn:
            conn.execute(
                update(ingest_batches)
                .where(ingest_batches.c.id == self.report.batch_id)
                .values(status=status, finished_at=utcnow())
            )


def _merge(total: _ChunkOutcome, part: _ChunkOutcome) -> None:
    total.n_new += part.n_new
    total.n_versions += part.n_versions
    total.n_unchanged += part.n_unchanged
    total.n_already_done += part.n_already_done
    total.errors.extend(part.errors)
    total.changed.extend(part.changed)


def _open_batch(store: Store, arguments: dict, *, resume: bool) -> tuple[int, bool]:
    """A new batch, or the interrupted one with the same arguments when it can be resumed."""
    here = socket.gethostname()
    with store.begin() as conn:
        if resume:
            running = conn.execute(
                select(ingest_batches.c.id, ingest_batches.c.arguments)
                .where(ingest_batches.c.status.in_(RESUMABLE_STATUSES))
                .order_by(ingest_batches.c.id.desc())
            ).all()
            for row in running:
                args = dict(row.arguments or {})
                owner = args.pop("process", None) or {}
                if args != arguments or owner.get("host") != here:
                    continue
                if _process_alive(owner.get("pid")):
                    continue  # that ingest is still at work: this one gets its own batch
                conn.execute(
                    update(ingest_batches)
                    .where(ingest_batches.c.id == row.id)
                    .values(
                        arguments={**arguments, "process": _process_info()},
                        status="running",
                        finished_at=None,
                    )
                )
                return row.id, True
        result = conn.execute(
            ingest_batches.insert().values(
                started_at=utcnow(),
                status="running",
                arguments={**arguments, "process": _process_info()},
                n_new=0,
                n_versions=0,
                n_unchanged=0,
                n_failed=0,
            )
        )
        return int(result.inserted_primary_key[0]), False


def _process_info() -> dict[str, object]:
    return {"host": socket.gethostname(), "pid": os.getpid()}


def _process_alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_chunk(
    conn: Connection,
    batch_id: int,
    items: list[SourceDocument | InputProblem],
    recorded_errors: set[tuple[str, int | None, str]],
) -> _ChunkOutcome:
    outcome = _ChunkOutcome()
    docs = [item for item in items if isinstance(item, SourceDocument)]
    now = utcnow()
    # Write first: on SQLite this takes the write lock before the lookups below, so that a
    # concurrent ingest cannot store the same locator between our read and our insert.
    conn.execute(
        update(ingest_batches).where(ingest_batches.c.id == batch_id).values(status="running")
    )
    if docs:
        _write_documents(conn, batch_id, docs, now, outcome)
    error_rows = []
    for item in items:
        if isinstance(item, InputProblem):
            if (item.locator, item.line, item.message) in recorded_errors:
                continue  # recorded before this batch was interrupted
            outcome.errors.append(item)
            error_rows.append(
                {
                    "batch_id": batch_id,
                    "locator": item.locator,
                    "line": item.line,
                    "message": item.message,
                    "at": now,
                }
            )
    if error_rows:
        conn.execute(ingest_errors.insert(), error_rows)
    conn.execute(
        update(ingest_batches)
        .where(ingest_batches.c.id == batch_id)
        .values(
            n_new=ingest_batches.c.n_new + outcome.n_new,
            n_versions=ingest_batches.c.n_versions + outcome.n_versions,
            n_unchanged=ingest_batches.c.n_unchanged + outcome.n_unchanged,
            n_failed=ingest_batches.c.n_failed + len(error_rows),
        )
    )
    return outcome


def _write_documents(
    conn: Connection,
    batch_id: int,
    docs: list[SourceDocument],
    now: object,
    outcome: _ChunkOutcome,
) -> None:
    locators = [doc.locator for doc in docs]
    known: dict[str, tuple[int, int]] = {
        row.locator: (row.id, row.latest_version)
        for row in conn.execute(
            select(documents.c.id, documents.c.locator, documents.c.latest_version).where(
                documents.c.locator.in_(locators)
            )
        )
    }
    seen_in: dict[tuple[int, str], int | None] = {}
    if known:
        rows = conn.execute(
            select(
                document_versions.c.document_id,
                document_versions.c.content_hash,
                document_versions.c.batch_id,
            ).where(
                document_versions.c.document_id.in_([v[0] for v in known.values()]),
                document_versions.c.content_hash.in_([doc.content_hash for doc in docs]),
            )
        )
        seen_in = {(r.document_id, r.content_hash): r.batch_id for r in rows}

    fresh: list[SourceDocument] = []
    versions: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for doc in docs:
        if doc.locator not in known:
            fresh.append(doc)
            continue
        document_id, latest = known[doc.locator]
        key = (document_id, doc.content_hash)
        if key in seen_in:
            if seen_in[key] == batch_id:
                outcome.n_already_done += 1
            else:
                outcome.n_unchanged += 1
            continue
        version = latest + 1
        known[doc.locator] = (document_id, version)
        seen_in[key] = batch_id
        versions.append(_version_row(doc, document_id, version, batch_id, now))
        updates.append(
            {
                "b_id": document_id,
                "b_version": version,
                "b_title": doc.title,
                "b_published": doc.published,
                "b_language": doc.language,
                "b_url": doc.url,
            }
        )
        outcome.n_versions += 1
        outcome.changed.append(ChangedDocument(document_id, doc.locator, version))

    if fresh:
        inserted = conn.execute(
            documents.insert().returning(documents.c.id, sort_by_parameter_order=True),
            [
                {
                    "locator": doc.locator,
                    "title": doc.title,
                    "url": doc.url,
                    "outlet": doc.outlet,
                    "source_kind": doc.source_kind,
                    "language": doc.language,
                    "published": doc.published,
                    "first_seen_at": now,
                    "latest_version": 1,
                    "changed": False,
                }
                for doc in fresh
            ],
        ).all()
        for doc, row in zip(fresh, inserted, strict=True):
            versions.append(_version_row(doc, row.id, 1, batch_id, now))
        outcome.n_new += len(fresh)
    if versions:
        conn.execute(document_versions.insert(), versions)
    if updates:
        conn.execute(
            update(documents)
            .where(documents.c.id == bindparam("b_id"))
            .values(
                latest_version=bindparam("b_version"),
                changed=True,
                # A later version without a title, date or URL keeps the earlier one's.
                title=func.coalesce(bindparam("b_title"), documents.c.title),
                published=func.coalesce(bindparam("b_published"), documents.c.published),
                url=func.coalesce(bindparam("b_url"), documents.c.url),
                language=bindparam("b_language"),
            ),
            updates,
        )


def _version_row(
    doc: SourceDocument, document_id: int, version: int, batch_id: int, now: object
) -> dict[str, object]:
    return {
        "document_id": document_id,
        "version": version,
        "content_hash": doc.content_hash,
        "raw_hash": doc.raw_hash,
        "text": doc.text,
        "raw_format": doc.raw_format,
        "encoding": doc.encoding,
        "byte_size": doc.byte_size,
        "ingested_at": now,
        "batch_id": batch_id,
    }
