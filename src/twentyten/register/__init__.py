"""The evidence register: reports -> mentions -> events -> projects, graded and reviewed.

Writing: :func:`record_mentions`, :func:`reconcile`, :func:`process_new_documents`,
:func:`import_facts`, :func:`load_bundled`; review: :func:`review_queue`, :func:`accept`,
:func:`reject`, :func:`edit`, :func:`audit_entries`; reading: :func:`list_projects`,
:func:`get_project`, :func:`programme_claims`.
"""

from twentyten.register.audit import AuditEntry, audit_entries
from twentyten.register.bundled import load_bundled
from twentyten.register.curated import ImportReport, import_facts, import_programme_claims
from twentyten.register.grading import (
    Grade,
    Grading,
    independent_sources,
    load_grading,
    regrade_claims,
)
from twentyten.register.lifecycle import HALTED, STAGES, STATUSES, derive_lifecycle
from twentyten.register.precision import DATE_PRECISIONS, PLACE_PRECISIONS, parse_partial_date
from twentyten.register.query import (
    ClaimView,
    EventView,
    ProgrammeClaim,
    ProjectView,
    get_project,
    list_projects,
    programme_claims,
)
from twentyten.register.reconcile import (
    ReconcileReport,
    process_new_documents,
    reconcile,
    record_mentions,
)
from twentyten.register.review import ReviewItem, accept, edit, reject, review_queue

__all__ = [
    "DATE_PRECISIONS",
    "HALTED",
    "PLACE_PRECISIONS",
    "STAGES",
    "STATUSES",
    "AuditEntry",
    "ClaimView",
    "EventView",
    "Grade",
    "Grading",
    "ImportReport",
    "ProgrammeClaim",
    "ProjectView",
    "ReconcileReport",
    "ReviewItem",
    "accept",
    "audit_entries",
    "derive_lifecycle",
    "edit",
    "get_project",
    "import_facts",
    "import_programme_claims",
    "independent_sources",
    "list_projects",
    "load_bundled",
    "load_grading",
    "parse_partial_date",
    "process_new_documents",
    "programme_claims",
    "reconcile",
    "record_mentions",
    "regrade_claims",
    "reject",
    "review_queue",
]
