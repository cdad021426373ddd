"""Sources: reading reports (files, folders, exports, feeds) into the store.

The Python API::

    from twentyten.sources import ingest_paths, ingest_feed
    report = ingest_paths(store, ["archive/"])
    print(report.summary(), report.changed, report.errors)

Each document's text is hashed; identical text is never stored twice, a changed text under
the same locator (file path or URL) becomes a new version and flags the document.
"""

from twentyten.sources.catalog import (
    DocumentDetail,
    DocumentSummary,
    StoredVersion,
    batch_versions,
    get_document,
    list_batches,
    list_documents,
    new_versions_since,
)
from twentyten.sources.ingest import (
    ChangedDocument,
    IngestProgress,
    IngestReport,
    ingest,
    ingest_feed,
    ingest_paths,
)
from twentyten.sources.records import InputProblem, SourceDocument

__all__ = [
    "ChangedDocument",
    "DocumentDetail",
    "DocumentSummary",
    "IngestProgress",
    "IngestReport",
    "InputProblem",
    "SourceDocument",
    "StoredVersion",
    "batch_versions",
    "get_document",
    "ingest",
    "ingest_feed",
    "ingest_paths",
    "list_batches",
    "list_documents",
    "new_versions_since",
]
