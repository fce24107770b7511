"""The shared server backend: PostgreSQL through psycopg 3, bulk-loaded with COPY.

Several processes may write to one database at once. Nothing here locks in Python: each
batch is COPY-loaded into a temporary table and moved with ``INSERT ... ON CONFLICT DO
NOTHING RETURNING``, so the primary keys decide which writer stores an article and each
writer learns exactly which rows were its own. Rows are moved in key order, so two writers
with overlapping batches wait for each other instead of deadlocking.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from faultline.store.base import ARTICLE_COLUMNS, EVENT_COLUMNS, RESTORATION_COLUMNS, Store

#: Key of the advisory lock that serialises migrations between processes opening a new
#: database together (the number is arbitrary, fixed so every faultline process agrees).
MIGRATION_LOCK = 0x6661756C74


def to_pyformat(sql: str) -> str:
    """Our ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(Store):
    def __init__(self, url: str) -> None:
        from faultline.store import redact

        self.url = redact(url)  # what messages show; the password stays in the connection
        self.con = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.con.cursor() as cur:
            cur.execute(to_pyformat(sql), list(params))
            return cur.fetchall() if cur.description else []

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.con.transaction():
            yield

    @contextmanager
    def rewriting(self, table: str) -> Iterator[None]:
        """Lock ``table`` against other writers until commit: two processes that each
        delete and re-insert it at once would otherwise both insert the same keys (neither
        delete sees the other's uncommitted rows). Reads made after the lock see every
        event committed before it, so the last refresh is complete."""
        with self.transaction():
            self.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
            yield

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        """Hold the database-wide migration lock, so two processes migrating one new
        database apply each migration once."""
        self.execute("SELECT pg_advisory_lock(?)", (MIGRATION_LOCK,))
        try:
            yield
        finally:
            self.execute("SELECT pg_advisory_unlock(?)", (MIGRATION_LOCK,))

    def copy_in(self, table: str, columns: Sequence[str], rows: list[dict[str, Any]]) -> str:
        """COPY rows into an empty temporary table shaped like ``table``; return its name."""
        temp = f"load_{table}"
        cols = ", ".join(columns)
        with self.con.cursor() as cur:
            cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {temp} AS SELECT {cols} FROM {table} "
                        "WITH NO DATA")
            cur.execute(f"TRUNCATE {temp}")
            with cur.copy(f"COPY {temp} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row.get(c) for c in columns])
        return temp

    def insert_missing(self, table: str, key: str, columns: Sequence[str],
                       rows: list[dict[str, Any]]) -> list[str]:
        """Insert the rows whose ``key`` is not stored yet; return the keys that went in."""
        if not rows:
            return []
        cols = ", ".join(columns)
        with self.transaction():
            temp = self.copy_in(table, columns, rows)
            inserted = self.execute(
                f"INSERT INTO {table} ({cols}) SELECT DISTINCT ON ({key}) {cols} FROM {temp} "
                f"ORDER BY {key} ON CONFLICT ({key}) DO NOTHING RETURNING {key}")
            self.execute(f"TRUNCATE {temp}")
        return [r[0] for r in inserted]

    def insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        with self.transaction(), self.con.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])

    def insert_new_articles(self, rows: list[dict[str, Any]]) -> set[str]:
        return set(self.insert_missing("articles", "id", ARTICLE_COLUMNS, rows))

    def insert_new_events(self, rows: list[dict[str, Any]]) -> int:
        return len(self.insert_missing("events", "event_id", EVENT_COLUMNS, rows))

    def insert_new_restorations(self, rows: list[dict[str, Any]]) -> int:
        return len(self.insert_missing("restorations", "article_id", RESTORATION_COLUMNS, rows))

    def close(self) -> None:
        self.con.close()
