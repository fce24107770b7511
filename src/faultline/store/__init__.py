"""Where coded records live: DuckDB embedded by default, PostgreSQL for a shared server.

``open_store`` picks the backend from the URL: a ``postgresql://`` URL selects the
server, anything else is a DuckDB file path. ``FAULTLINE_DB`` sets the default.
"""

from __future__ import annotations

import os

from faultline.store.base import BatchResult, Store

DEFAULT_DB = "faultline.duckdb"


def default_url() -> str:
    return os.environ.get("FAULTLINE_DB") or DEFAULT_DB


class StoreError(Exception):
    """The database could not be opened or used; the message names it and why."""


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def _open_postgres(url: str) -> Store:
    """Connect to the server, or say in one line why not (driver missing, refused...)."""
    try:
        from faultline.store.postgres_store import PostgresStore
    except ImportError as exc:
        raise StoreError(f"{redact(url)}: the PostgreSQL backend needs psycopg: "
                         "pip install 'faultline[postgres]'") from exc
    import psycopg

    try:
        return PostgresStore(url)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{redact(url)}: cannot connect ({reason})") from exc


def redact(url: str) -> str:
    """The URL with any password replaced, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def open_store(url: str | None = None, *, read_only: bool = False, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store at ``url``."""
    url = url or default_url()
    if is_postgres(url):
        store = _open_postgres(url)
        if migrate and not read_only:
            store.migrate()
        return store
    from faultline.store.duckdb_store import DuckDBStore

    try:
        store = DuckDBStore(url, read_only=read_only)
    except Exception as exc:  # duckdb raises its own IOException and friends
        raise StoreError(f"{url}: cannot open database ({exc})") from exc
    if migrate and not read_only:
        store.migrate()
    return store


__all__ = ["DEFAULT_DB", "BatchResult", "Store", "StoreError", "default_url", "is_postgres",
           "open_store"]
