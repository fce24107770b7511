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


def open_store(url: str | None = None, *, read_only: bool = False, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store at ``url``."""
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{url}: the PostgreSQL backend is not available in this build")
    from faultline.store.duckdb_store import DuckDBStore

    try:
        store = DuckDBStore(url, read_only=read_only)
    except Exception as exc:  # duckdb raises its own IOException and friends
        raise StoreError(f"{url}: cannot open database ({exc})") from exc
    if migrate and not read_only:
        store.migrate()
    return store


__all__ = ["DEFAULT_DB", "BatchResult", "Store", "StoreError", "default_url", "open_store"]
