"""The register a fresh install carries: the 2024-2026 cohorts as curated evidence.

``data/register/cohorts.csv`` (facts and source URLs, see the README beside it) and
``data/register/programme_claims.csv`` (claims about whole cohorts). Loading is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from twentyten.register.curated import ImportReport, import_facts, import_programme_claims
from twentyten.register.grading import Grading
from twentyten.store import Store


@dataclass
class BundledReport:
    admin_units: int
    cohorts: ImportReport
    programme: ImportReport


def bundled_path(name: str) -> Path:
    return Path(str(resources.files("twentyten.data").joinpath(f"register/{name}")))


def load_bundled(store: Store, *, grading: Grading | None = None) -> BundledReport:
    """Sync the gazetteer's admin units into the store, then load the bundled cohorts."""
    from twentyten.gazetteer import sync_admin_units

    synced = sync_admin_units(store)
    cohorts = import_facts(store, bundled_path("cohorts.csv"), grading=grading)
    programme = import_programme_claims(
        store, bundled_path("programme_claims.csv"), grading=grading
    )
    return BundledReport(
        admin_units=int(synced) if isinstance(synced, int) else 0,
        cohorts=cohorts,
        programme=programme,
    )
