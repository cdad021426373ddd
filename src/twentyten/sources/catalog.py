"""Looking at what is stored: documents, their versions, batches, and what a batch added.

:func:`new_versions_since` is the hand-over to extraction: it streams the versions that a
batch (and any later one) stored, page by page, so that the register can process them
without holding the archive in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from twentyten.errors import InputError
from twentyten.store import Store
from twentyten.store.schema import document_versions, documents, ingest_batches, ingest_errors

PAGE_SIZE = 500


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: int
    locator: str
    title: str | None
    url: str | None
    outlet: str | None
    source_kind: str
    language: str | None
    published: str | None
    first_seen_at: datetime
    latest_version: int
    changed: bool


@dataclass(frozen=True, slots=True)
class VersionInfo:
    id: int
    version: int
    content_hash: str
    raw_hash: str | None
    raw_format: str | None
    encoding: str | None
    byte_size: int | None
    ingested_at: datetime
    batch_id: int | None
    text: str | None  # filled for the latest version, and for all when asked


@dataclass(frozen=True, slots=True)
class DocumentDetail:
    document: DocumentSummary
    versions: list[VersionInfo]  # oldest first

    @property
    def text(self) -> str:
        return self.versions[-1].text or ""


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One stored version with what extraction needs to know about its document."""

    version_id: int
    document_id: int
    version: int
    locator: str
    url: str | None
    title: str | None
    outlet: str | None
    source_kind: str
    language: str | None
    published: str | None
    text: str
    batch_id: int | None


def _summary(row) -> DocumentSummary:  # type: ignore[no-untyped-def]
    return DocumentSummary(
        id=row.id,
        locator=row.locator,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        source_kind=row.source_kind,
        language=row.language,
        published=row.published,
        first_seen_at=row.first_seen_at,
        latest_version=row.latest_version,
        changed=bool(row.changed),
    )


def list_documents(
    store: Store,
    *,
    outlet: str | None = None,
    source_kind: str | None = None,
    language: str | None = None,
    changed: bool | None = None,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[DocumentSummary]:
    """Stored documents, newest first, filtered by the given fields."""
    query: Select = select(documents).order_by(documents.c.id.desc())
    if outlet is not None:
        query = query.where(func.lower(documents.c.outlet) == outlet.lower())
    if source_kind is not None:
        query = query.where(documents.c.source_kind == source_kind)
    if language is not None:
        query = query.where(documents.c.language == language)
    if changed is not None:
        query = query.where(documents.c.changed == changed)
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(
            func.lower(documents.c.title).like(pattern) | documents.c.locator.like(f"%{search}%")
        )
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    with store.connect() as conn:
        return [_summary(row) for row in conn.execute(query)]


def count_documents(store: Store) -> int:
    with store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())


def get_document(store: Store, document_id: int, *, all_texts: bool = False) -> DocumentDetail:
    """A document with its versions (the latest one's text; every text with ``all_texts``)."""
    with store.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
        if row is None:
            raise InputError(
                "documents", f"no document with id {document_id}", key=str(document_id)
            )
        rows = conn.execute(
            select(document_versions)
            .where(document_versions.c.document_id == document_id)
            .order_by(document_versions.c.version)
        ).all()
    latest = max(r.version for r in rows) if rows else None
    versions = [
        VersionInfo(
            id=r.id,
            version=r.version,
            content_hash=r.content_hash,
            raw_hash=r.raw_hash,
            raw_format=r.raw_format,
            encoding=r.encoding,
            byte_size=r.byte_size,
            ingested_at=r.ingested_at,
            batch_id=r.batch_id,
            text=r.text if all_texts or r.version == latest else None,
        )
        for r in rows
    ]
    return DocumentDetail(_summary(row), versions)


def _versions_query(condition) -> Select:  # type: ignore[no-untyped-def]
    return (
        select(
            document_versions.c.id.label("version_id"),
            document_versions.c.document_id,
            document_versions.c.version,
            document_versions.c.text,
            document_versions.c.batch_id,
            documents.c.locator,
            documents.c.url,
            documents.c.title,
            documents.c.outlet,
            documents.c.source_kind,
            documents.c.language,
            documents.c.published,
        )
        .join(documents, documents.c.id == document_versions.c.document_id)
        .where(condition)
        .order_by(document_versions.c.id)
    )


def _stream_versions(store: Store, condition) -> Iterator[StoredVersion]:  # type: ignore[no-untyped-def]
    # Keyset pages: flat memory, and no long-lived read transaction blocking a writer.
    last_id = 0
    while True:
        with store.connect() as conn:
            rows = conn.execute(
                _versions_query(condition & (document_versions.c.id > last_id)).limit(PAGE_SIZE)
            ).all()
        if not rows:
            return
        for row in rows:
            yield StoredVersion(
                version_id=row.version_id,
                document_id=row.document_id,
                version=row.version,
                locator=row.locator,
                url=row.url,
                title=row.title,
                outlet=row.outlet,
                source_kind=row.source_kind,
                language=row.language,
                published=row.published,
                text=row.text,
                batch_id=row.batch_id,
            )
        last_id = rows[-1].version_id


def batch_versions(store: Store, batch_id: int) -> Iterator[StoredVersion]:
    """The versions one batch stored (new documents and new versions), in storage order."""
    return _stream_versions(store, document_versions.c.batch_id == batch_id)


def new_versions_since(store: Store, batch_id: int | None = None) -> Iterator[StoredVersion]:
    """Versions stored by ``batch_id`` and every later batch (all versions when None)."""
    if batch_id is None:
        return _stream_versions(store, document_versions.c.id > 0)
    return _stream_versions(store, document_versions.c.batch_id >= batch_id)


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    n_new: int
    n_versions: int
    n_unchanged: int
    n_failed: int
    arguments: dict | None  # type: ignore[type-arg]


def list_batches(store: Store, *, limit: int = 20) -> list[BatchInfo]:
    with store.connect() as conn:
        rows = conn.execute(
            select(ingest_batches).order_by(ingest_batches.c.id.desc()).limit(limit)
        ).all()
    return [
        BatchInfo(
            id=r.id,
            started_at=r.started_at,
            finished_at=r.finished_at,
            status=r.status,
            n_new=r.n_new,
            n_versions=r.n_versions,
            n_unchanged=r.n_unchanged,
            n_failed=r.n_failed,
            arguments=r.arguments,
        )
        for r in rows
    ]


def batch_errors(store: Store, batch_id: int) -> list[tuple[str, int | None, str]]:
    """(locator, line, message) of each problem a batch recorded."""
    with store.connect() as conn:
        rows = conn.execute(
            select(ingest_errors.c.locator, ingest_errors.c.line, ingest_errors.c.message)
            .where(ingest_errors.c.batch_id == batch_id)
            .order_by(ingest_errors.c.id)
        ).all()
    return [(r.locator, r.line, r.message) for r in rows]
