from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from twentyten.store import Store, open_store, resolve_database_url


def test_migration_creates_every_table(store: Store) -> None:
    names = set(inspect(store.engine).get_table_names())
    expected = {name for name in store.tables.metadata.tables}
    assert expected <= names


def test_migrating_twice_is_harmless(store_url: str) -> None:
    open_store(store_url).dispose()
    again = open_store(store_url)
    assert "projects" in inspect(again.engine).get_table_names()
    again.dispose()


def test_sqlite_file_is_plain_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "reg.sqlite"
    open_store(path).dispose()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = conn.execute("PRAGMA foreign_key_list(mentions)").fetchall()
    assert {row[2] for row in fks} >= {"document_versions", "admin_units", "events"}
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(document_versions)")}
    assert "ix_document_versions_content_hash" in indexes


def test_database_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TWENTYTEN_DATABASE_URL", "postgresql://u@h/db")
    assert resolve_database_url(None) == "postgresql://u@h/db"
    assert resolve_database_url(tmp_path / "a.sqlite").endswith("/a.sqlite")
    monkeypatch.delenv("TWENTYTEN_DATABASE_URL")
    assert resolve_database_url(None).startswith("sqlite:///")


def test_exclusive_lock_serialises_holders(store: Store) -> None:
    import threading
    import time

    order: list[str] = []
    holding = threading.Event()

    def first() -> None:
        with store.exclusive("register"):
            holding.set()
            order.append("first-in")
            time.sleep(0.3)
            order.append("first-out")

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait(5)
    with store.exclusive("register"):
        order.append("second-in")
    thread.join()
    assert order == ["first-in", "first-out", "second-in"]
