"""One store shared by every request, used by one request at a time.

A DuckDB connection must not run two statements at once from different threads, and
FastAPI runs plain route functions in a thread pool; a lock around each request's queries
keeps them apart. Queries on the store take milliseconds, so requests rarely wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from faultline.store import Store, StoreError, open_store
from faultline.store.migrations import all_migrations

T = TypeVar("T")


class Database:
    """The store behind the API, opened read-only unless writes are enabled."""

    def __init__(self, url: str, writable: bool = False) -> None:
        self.url = url
        self.writable = writable
        self.store = open_api_store(url, writable)
        self.lock = threading.Lock()
        with suppress(Exception):  # DuckDB draws progress bars on long queries: not here
            self.store.execute("SET enable_progress_bar = false")

    def run(self, query: Callable[[Store], T]) -> T:
        """Run ``query`` on the store while no other request uses it."""
        with self.lock:
            return query(self.store)

    def close(self) -> None:
        with self.lock:
            self.store.close()


def open_api_store(url: str, writable: bool) -> Store:
    """Open the store for serving. Without writes it must exist already; it is brought to
    the current schema first (a short read-write open), then reopened read-only so the API
    can never change it."""
    if url.startswith(("postgresql://", "postgres://")):
        return open_store(url, read_only=not writable)
    if not writable and not Path(url).exists():
        raise StoreError(f"{url}: no such database (run `faultline ingest ... --db {url}` "
                         "first)")
    if writable:
        return open_store(url)
    store = open_store(url, read_only=True, migrate=False)
    try:
        current = store.schema_version()
    except Exception as exc:  # the file is a database, but not a faultline one
        store.close()
        raise StoreError(f"{url}: not a faultline database ({exc})") from exc
    if current >= all_migrations()[-1].version:
        return store
    store.close()  # an older file: the API reads tables and views of later migrations
    with open_store(url):
        pass
    return open_store(url, read_only=True, migrate=False)
