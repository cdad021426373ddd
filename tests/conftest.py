"""Fixtures shared by the suite: stores on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from twentyten.store import Store, open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POSTGRES_URL = os.environ.get("TWENTYTEN_TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("TWENTYTEN_REQUIRE_POSTGRES") == "1"


def _postgres_database() -> Iterator[str]:
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("TWENTYTEN_REQUIRE_POSTGRES=1 but no TWENTYTEN_TEST_POSTGRES_URL")
        pytest.skip("no PostgreSQL server (set TWENTYTEN_TEST_POSTGRES_URL)")
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = POSTGRES_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend: use it for every store test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'twentyten.sqlite'}"
    else:
        yield from _postgres_database()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A migrated, empty store on each backend."""
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "twentyten.sqlite")
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def shared_dir() -> Path:
    """The read-only ../shared folder (skips when a checkout has none beside it)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
