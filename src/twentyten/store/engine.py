"""Opening the store: which database, its connection settings, and its migrations."""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from twentyten.store import schema

ENV_DATABASE_URL = "TWENTYTEN_DATABASE_URL"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def default_database_url() -> str:
    """The embedded default: one SQLite file in the user's data directory."""
    data_dir = Path(user_data_dir("twentyten", appauthor=False))
    return f"sqlite:///{data_dir / 'twentyten.sqlite'}"


def resolve_database_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` wins (a path or a URL), then ``TWENTYTEN_DATABASE_URL``, then the default."""
    if db is not None:
        text = os.fspath(db)
        if "://" in text:
            return text
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    return os.environ.get(ENV_DATABASE_URL) or default_database_url()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets readers (datasette, the dashboard) work while an ingest writes; foreign keys
    # are off by default in SQLite; a busy timeout avoids spurious "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """A migrated database with the package's tables. Use :func:`open_store` to get one."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.tables = schema

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection inside one transaction: committed on success, rolled back on error."""
        with self.engine.begin() as connection:
            yield connection

    def connect(self) -> Connection:
        return self.engine.connect()

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Hold a named lock across processes (e.g. two ``ingest`` runs updating the register).

        PostgreSQL: a session advisory lock; SQLite: an OS file lock beside the database file
        (an in-memory database has a single process, so no lock is needed).
        """
        if self.is_sqlite:
            database = self.engine.url.database
            if not database or database == ":memory:":
                yield
                return
            with open(f"{database}.{name}.lock", "a+b") as handle:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with self.engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()

    def upgrade(self) -> None:
        """Bring the schema to the newest revision (all heads)."""
        with self.engine.begin() as connection:
            config = alembic_config(self.url)
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def open_store(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store named by ``db``, the environment or the default."""
    url = resolve_database_url(db)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(False))
        engine = create_engine(url, pool_pre_ping=True)
    store = Store(url, engine)
    if migrate:
        store.upgrade()
    return store


def utcnow() -> datetime:
    return datetime.now(UTC)
