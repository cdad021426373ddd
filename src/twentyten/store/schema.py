"""The store's tables: plain, foreign-keyed and indexed so that datasette can browse them.

One metadata object for the whole package. Change it only together with a new Alembic
revision under ``store/migrations/versions`` (``down_revision`` = the current head).
Dates that can be partial ("2025-02", "2025") are stored as ISO text with a precision
column beside them; timestamps are timezone-aware UTC.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# --- gazetteer -------------------------------------------------------------------------

admin_units = Table(
    "admin_units",
    metadata,
    Column("id", String(64), primary_key=True),  # stable slug, e.g. "south-phyongan/songchon"
    Column("name_en", String(120), nullable=False),  # KCNA English spelling
    Column("name_ko", String(60), nullable=False),  # North Korean orthography
    Column("name_mr", String(120)),
    Column("name_rr", String(120)),
    Column("unit_type", String(20), nullable=False),  # county | city | district | province
    Column("province", String(60), nullable=False),  # KCNA English province name
    Column("lat", Float),
    Column("lon", Float),
    Column("source", Text, nullable=False),
    Index("ix_admin_units_name_province", "name_en", "province"),
)

# --- sources ---------------------------------------------------------------------------

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    # Where it came from: URL, feed item link/guid or file path. Versions share a locator.
    Column("locator", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("outlet", String(120)),  # KCNA, Rodong Sinmun, Yonhap, analyst note …
    Column("source_kind", String(30), nullable=False, default="other"),
    Column("language", String(8)),  # en | ko | und
    Column("published", String(10)),  # YYYY-MM-DD or shorter
    Column("first_seen_at", DateTime(timezone=True), nullable=False),
    Column("latest_version", Integer, nullable=False, default=1),
    Column("changed", Boolean, nullable=False, default=False),  # more than one version seen
    # The article's web address when known (feed item link, export url field, a saved page's
    # canonical link); the locator of a saved page stays its file path.
    Column("url", Text),
)

document_versions = Table(
    "document_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),  # sha256 of the extracted text
    Column("raw_hash", String(64)),  # sha256 of the bytes as read
    Column("text", Text, nullable=False),
    Column("raw_format", String(16)),  # txt | md | html | json | csv | feed
    Column("encoding", String(20)),
    Column("byte_size", Integer),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id")),
    UniqueConstraint("document_id", "version"),
    UniqueConstraint("document_id", "content_hash", name="uq_document_versions_doc_hash"),
    Index("ix_document_versions_content_hash", "content_hash"),
)

ingest_batches = Table(
    "ingest_batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False, default="running"),  # running|done|failed
    Column("arguments", JSON),
    Column("n_new", Integer, nullable=False, default=0),
    Column("n_versions", Integer, nullable=False, default=0),
    Column("n_unchanged", Integer, nullable=False, default=0),
    Column("n_failed", Integer, nullable=False, default=0),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False),
    Column("locator", Text, nullable=False),
    Column("line", Integer),
    Column("message", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# --- extraction ------------------------------------------------------------------------

mentions = Table(
    "mentions",
    metadata,
    # One extracted event as a single report states it, before reconciliation.
    Column("id", Integer, primary_key=True),
    Column("document_version_id", Integer, ForeignKey("document_versions.id"), nullable=False),
    Column("event_type", String(30), nullable=False),
    Column("unit_id", String(64), ForeignKey("admin_units.id")),
    Column("province", String(60)),  # KCNA English; kept when the county is unresolved
    # The county name a report gives when it fits units in several provinces ("Unsan") and
    # nothing in the text says which: kept for review, the unit stays blank.
    Column("place_name", String(80)),
    Column("date", String(10)),
    Column("date_precision", String(8)),  # day | month | year
    Column("facility_types", JSON, nullable=False, default=list),
    Column("leader_attended", Boolean),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("confidence", Float, nullable=False),
    Column("extractor_version", String(40), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id")),
    UniqueConstraint(
        "document_version_id",
        "event_type",
        "unit_id",
        "date",
        "span_start",
        name="uq_mentions_identity",
    ),
    Index("ix_mentions_event_id", "event_id"),
)

extracted_versions = Table(
    "extracted_versions",
    metadata,
    # Which document versions the extractor has read (also those that yielded no event), so
    # that updating the register reads each version once.
    Column("document_version_id", Integer, ForeignKey("document_versions.id"), primary_key=True),
    Column("extractor_version", String(40), nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("extracted_at", DateTime(timezone=True), nullable=False),
)

# --- register --------------------------------------------------------------------------

PROJECT_STATUSES = (
    "selected",
    "groundbreaking",
    "under_construction",
    "completed",
    "operating",
    "stalled",
    "suspended",
    "cancelled",
)

projects = Table(
    "projects",
    metadata,
    # One county's facility of one type in one cohort.
    Column("id", Integer, primary_key=True),
    Column("unit_id", String(64), ForeignKey("admin_units.id"), nullable=False),
    Column("facility_type", String(40), nullable=False),
    Column("facility_detail", String(80)),  # e.g. "leisure_complex" for facility_type=other
    Column("cohort", Integer),
    Column("status", String(20), nullable=False, default="selected"),
    Column("planned_start", String(10)),
    Column("planned_end", String(10)),
    Column("actual_start", String(10)),
    Column("actual_start_precision", String(8)),
    Column("actual_end", String(10)),
    Column("actual_end_precision", String(8)),
    Column("place_precision", String(10), nullable=False, default="county"),
    Column("notes", Text),
    Column("review_state", String(12), nullable=False, default="proposed"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Whether the site is one of its cohort's announced "20 cities and counties" (a curator's
    # judgement; None = not judged, counts by default).
    Column("counted_in_cohort", Boolean),
    # Analyst overrides {field: value}: they win over what the evidence derives.
    Column("overrides", JSON, nullable=False, default=dict),
    UniqueConstraint("unit_id", "facility_type", "cohort", name="uq_projects_identity"),
    CheckConstraint(
        "status IN ('" + "','".join(PROJECT_STATUSES) + "')", name="status_valid"
    ),
)

events = Table(
    "events",
    metadata,
    # A reconciled event: one ceremony, however many outlets reported it.
    Column("id", Integer, primary_key=True),
    Column("project_id", Integer, ForeignKey("projects.id")),
    Column("unit_id", String(64), ForeignKey("admin_units.id")),
    Column("event_type", String(30), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("facility_types", JSON, nullable=False, default=list),
    Column("leader_attended", Boolean),
    Column("confidence", Float),
    Column("review_state", String(12), nullable=False, default="proposed"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # site = about one project; programme = about a whole cohort (no county, no project).
    Column("scope", String(12), nullable=False, default="site"),
    Column("cohort", Integer),  # set for programme-level events
    Column("province", String(60)),  # KCNA English; kept when the county is unresolved
    Column("place_name", String(80)),  # a homonym's name when the county is unresolved
    Column("place_precision", String(12), nullable=False, default="county"),
    # Other dates the sources gave for this event: [{"date", "precision", "claim_ids"}].
    Column("date_conflicts", JSON, nullable=False, default=list),
    Column("statement", Text),  # for programme-level events: what the source said
    Column("overrides", JSON, nullable=False, default=dict),
    Index("ix_events_project_id", "project_id"),
    Index("ix_events_unit_type_date", "unit_id", "event_type", "date"),
)

claims = Table(
    "claims",
    metadata,
    # One source's support for one event, with its Admiralty grade.
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id")),
    Column("mention_id", Integer, ForeignKey("mentions.id")),
    Column("source_url", Text),
    Column("source_kind", String(30), nullable=False),
    Column("reliability", String(1), nullable=False),  # A–F
    Column("credibility", Integer, nullable=False),  # 1–6
    Column("note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("outlet", String(120)),  # who published it (KCNA, Yonhap, …)
    # Independence key for triangulation: mirrors and reprints carry their origin's key.
    Column("origin", String(120)),
    Column("reported_date", String(10)),  # the date this source gives for the event
    Column("reported_date_precision", String(8)),
    Column("review_state", String(12), nullable=False, default="proposed"),
    UniqueConstraint("event_id", "source_url", "document_id", name="uq_claims_identity"),
    Index("ix_claims_event_id", "event_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    # Every change an analyst or a job makes; rows are only ever appended.
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("action", String(30), nullable=False),  # create | accept | reject | edit | resolve …
    Column("table_name", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("field", String(60)),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("reason", Text),
    Index("ix_audit_log_row", "table_name", "row_id"),
)

# --- model -----------------------------------------------------------------------------

model_runs = Table(
    "model_runs",
    metadata,
    Column("id", String(36), primary_key=True),  # uuid4
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("kind", String(20), nullable=False),  # simulate | calibrate | sensitivity | discover
    Column("scenario", String(80), nullable=False),
    Column("parameters", JSON, nullable=False),  # scenario switches and levers as run
    Column("sample_design", JSON, nullable=False),  # sampler, N, uncertainties and ranges
    Column("futures", Integer, nullable=False),
    Column("seed", Integer, nullable=False),
    Column("package_version", String(40), nullable=False),
    Column("summary", JSON, nullable=False),
)

# --- forecasts -------------------------------------------------------------------------

QUESTION_STATUSES = ("open", "closed", "resolved", "ambiguous", "annulled")

forecast_questions = Table(
    "forecast_questions",
    metadata,
    Column("id", String(80), primary_key=True),  # slug
    Column("title", Text, nullable=False),
    Column("resolution_criteria", Text, nullable=False),
    Column("fine_print", Text),
    Column("open_date", String(10), nullable=False),
    Column("close_date", String(10), nullable=False),
    Column("resolve_date", String(10), nullable=False),
    Column("status", String(12), nullable=False, default="open"),
    Column("outcome", Boolean),  # None until resolved yes/no
    Column("resolved_at", DateTime(timezone=True)),
    Column("auto_rule", JSON),  # how the register resolves it, if it can
    Column("source", Text),  # the claim or assessment it comes from
    Column("created_at", DateTime(timezone=True), nullable=False),
    CheckConstraint(
        "status IN ('" + "','".join(QUESTION_STATUSES) + "')", name="status_valid"
    ),
)

forecasts = Table(
    "forecasts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("question_id", String(80), ForeignKey("forecast_questions.id"), nullable=False),
    Column("forecaster", String(80), nullable=False),
    Column("kind", String(10), nullable=False),  # analyst | model
    Column("probability", Float, nullable=False),
    Column("made_at", DateTime(timezone=True), nullable=False),
    Column("run_id", String(36), ForeignKey("model_runs.id")),
    Column("rationale", Text),
    CheckConstraint("probability >= 0 AND probability <= 1", name="probability_range"),
    Index("ix_forecasts_question_id", "question_id"),
)
