"""A small register builder for the indicator and export tests (no tests of its own).

It writes rows straight into the store's tables, the way the register would, so the tests
do not depend on the register's reconciliation code.
"""

from __future__ import annotations

from datetime import UTC, datetime

from twentyten.store import Store

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def precision_of(text: str | None) -> str | None:
    if text is None:
        return None
    return {1: "year", 2: "month", 3: "day"}[len(text.split("-"))]


class RegisterBuilder:
    """Insert admin units, projects, events and claims with sensible defaults."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.t = store.tables
        self._document_ids: dict[str, int] = {}

    def unit(
        self,
        unit_id: str,
        name_en: str,
        province: str,
        *,
        name_ko: str = "군",
        unit_type: str = "county",
        lat: float | None = None,
        lon: float | None = None,
    ) -> str:
        with self.store.begin() as conn:
            conn.execute(
                self.t.admin_units.insert().values(
                    id=unit_id,
                    name_en=name_en,
                    name_ko=name_ko,
                    unit_type=unit_type,
                    province=province,
                    lat=lat,
                    lon=lon,
                    source="test gazetteer",
                )
            )
        return unit_id

    def project(
        self,
        unit_id: str,
        cohort: int | None,
        *,
        facility_type: str = "regional_industry_factory",
        facility_detail: str | None = None,
        status: str = "selected",
        start: str | None = None,
        end: str | None = None,
        planned_start: str | None = None,
        planned_end: str | None = None,
        review_state: str = "accepted",
        counted_in_cohort: bool | None = None,
    ) -> int:
        with self.store.begin() as conn:
            return conn.execute(
                self.t.projects.insert()
                .values(
                    unit_id=unit_id,
                    facility_type=facility_type,
                    facility_detail=facility_detail,
                    cohort=cohort,
                    status=status,
                    planned_start=planned_start,
                    planned_end=planned_end,
                    actual_start=start,
                    actual_start_precision=precision_of(start),
                    actual_end=end,
                    actual_end_precision=precision_of(end),
                    place_precision="county",
                    review_state=review_state,
                    counted_in_cohort=counted_in_cohort,
                    created_at=NOW,
                    updated_at=NOW,
                )
                .returning(self.t.projects.c.id)
            ).scalar_one()

    def event(
        self,
        project_id: int | None,
        event_type: str,
        date: str | None,
        *,
        unit_id: str | None = None,
        leader: bool | None = None,
        review_state: str = "accepted",
        facility_types: list[str] | None = None,
    ) -> int:
        if unit_id is None and project_id is not None:
            with self.store.connect() as conn:
                unit_id = (
                    conn.execute(self.t.projects.select().where(self.t.projects.c.id == project_id))
                    .one()
                    .unit_id
                )
        with self.store.begin() as conn:
            return conn.execute(
                self.t.events.insert()
                .values(
                    project_id=project_id,
                    unit_id=unit_id,
                    event_type=event_type,
                    date=date,
                    date_precision=precision_of(date),
                    facility_types=facility_types or ["regional_industry_factory"],
                    leader_attended=leader,
                    confidence=0.9,
                    review_state=review_state,
                    created_at=NOW,
                )
                .returning(self.t.events.c.id)
            ).scalar_one()

    def claim(
        self,
        event_id: int,
        url: str | None,
        *,
        kind: str = "foreign_media",
        reliability: str = "B",
        credibility: int = 2,
        document: str | None = None,
        outlet: str | None = None,
        origin: str | None = None,
        review_state: str = "accepted",
    ) -> int:
        document_id = self._document(document, kind, None) if document else None
        with self.store.begin() as conn:
            return conn.execute(
                self.t.claims.insert()
                .values(
                    event_id=event_id,
                    document_id=document_id,
                    source_url=url,
                    source_kind=kind,
                    reliability=reliability,
                    credibility=credibility,
                    outlet=outlet,
                    origin=origin,
                    review_state=review_state,
                    created_at=NOW,
                )
                .returning(self.t.claims.c.id)
            ).scalar_one()

    def _document(self, locator: str, kind: str, outlet: str | None) -> int:
        if locator not in self._document_ids:
            with self.store.begin() as conn:
                self._document_ids[locator] = conn.execute(
                    self.t.documents.insert()
                    .values(
                        locator=locator,
                        outlet=outlet,
                        source_kind=kind,
                        first_seen_at=NOW,
                        latest_version=1,
                        changed=False,
                    )
                    .returning(self.t.documents.c.id)
                ).scalar_one()
        return self._document_ids[locator]

    def mention(self, unit_id: str) -> None:
        """A bare extracted mention of a unit (needs a document version to hang on)."""
        document_id = self._document(f"file:///mention/{unit_id}", "other", None)
        with self.store.begin() as conn:
            version_id = conn.execute(
                self.t.document_versions.insert()
                .values(
                    document_id=document_id,
                    version=1,
                    content_hash=unit_id.ljust(64, "0")[:64],
                    text="test text",
                    ingested_at=NOW,
                )
                .returning(self.t.document_versions.c.id)
            ).scalar_one()
            conn.execute(
                self.t.mentions.insert().values(
                    document_version_id=version_id,
                    event_type="other",
                    unit_id=unit_id,
                    facility_types=[],
                    confidence=0.5,
                    extractor_version="test",
                )
            )
