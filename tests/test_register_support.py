"""Builders shared by the register tests: admin units, documents and extracted events.

The texts are this suite's own; nothing here comes from the development corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from sqlalchemy import insert

from twentyten.store import Store
from twentyten.store.engine import utcnow
from twentyten.store.schema import admin_units, document_versions, documents

UNITS = [
    ("south-phyongan/songchon", "Songchon", "성천군", "South Phyongan"),
    ("south-hwanghae/jaeryong", "Jaeryong", "재령군", "South Hwanghae"),
    ("nampho/ryonggang", "Ryonggang", "룡강군", "Nampho"),
    ("north-phyongan/unsan", "Unsan", "운산군", "North Phyongan"),
    ("south-phyongan/unsan", "Unsan", "은산군", "South Phyongan"),
]
_serial = count(1)


def add_units(store: Store) -> None:
    with store.begin() as conn:
        for unit_id, name_en, name_ko, province in UNITS:
            conn.execute(
                insert(admin_units).values(
                    id=unit_id,
                    name_en=name_en,
                    name_ko=name_ko,
                    unit_type="county",
                    province=province,
                    source="test fixture",
                )
            )


def add_document(
    store: Store,
    locator: str,
    *,
    outlet: str | None = None,
    source_kind: str = "other",
    text: str = "A report written for the register tests.",
    published: str | None = None,
) -> int:
    """A document with one version; returns the version id."""
    with store.begin() as conn:
        document_id = conn.execute(
            insert(documents).values(
                locator=locator,
                outlet=outlet,
                source_kind=source_kind,
                language="en",
                published=published,
                first_seen_at=utcnow(),
                latest_version=1,
                changed=False,
            )
        ).inserted_primary_key[0]
        return conn.execute(
            insert(document_versions).values(
                document_id=document_id,
                version=1,
                content_hash=f"{next(_serial):064x}",
                text=text,
                ingested_at=utcnow(),
            )
        ).inserted_primary_key[0]


@dataclass
class Found:
    """Stands in for the extractor's ExtractedEvent (same field names)."""

    event_type: str
    unit_id: str | None
    date: str | None
    facility_types: list[str] = field(default_factory=lambda: ["regional_industry_factory"])
    province: str | None = None
    leader_attended: bool | None = None
    span: tuple[int, int] = (0, 40)
    confidence: float = 0.9
    date_precision: str | None = None
    document: str | None = None
    county: str | None = None
