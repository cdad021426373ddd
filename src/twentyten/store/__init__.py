"""The store underneath the pipeline: SQLite by default, PostgreSQL for a team."""

from twentyten.store.engine import Store, default_database_url, open_store, resolve_database_url

__all__ = ["Store", "default_database_url", "open_store", "resolve_database_url"]
