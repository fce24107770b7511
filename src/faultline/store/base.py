"""What every store backend offers: migrations, batched writes, and the read queries.

Backends differ only in how they connect, bulk-load and bind parameters; the
schema and the queries live here once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from faultline.records import Article
from faultline.store.migrations import all_migrations

ARTICLE_COLUMNS = (
    "id", "title", "published", "date_source", "text", "language", "format", "source", "url",
    "byte_start", "byte_end", "ingested_at",
)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one batch write did: how many articles were new and how many already stored."""

    stored: int
    duplicates: int


def article_rows(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Rows for the articles table, one per distinct id (first occurrence wins)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    seen: set[str] = set()
    rows = []
    for article in articles:
        if article.id in seen:
            continue
        seen.add(article.id)
        row = asdict(article)
        row["ingested_at"] = now
        rows.append({col: row[col] for col in ARTICLE_COLUMNS})
    return rows


class Store(ABC):
    """A faultline database. Use as a context manager so connections are closed."""

    url: str

    # -- backend hooks -------------------------------------------------------
    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement with ``?`` placeholders; return its rows (if any)."""

    @abstractmethod
    def transaction(self) -> Any:
        """A context manager: everything inside commits together or not at all."""

    @abstractmethod
    def insert_new_articles(self, rows: list[dict[str, Any]]) -> int:
        """Bulk-insert rows whose id is not stored yet; return how many went in."""

    @abstractmethod
    def close(self) -> None: ...

    # -- shared behaviour ----------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        rows = self.execute("SELECT coalesce(max(version), 0) FROM schema_migrations")
        return int(rows[0][0])

    def migrate(self) -> int:
        """Apply the migrations this database has not seen; return the new version."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
        )
        current = self.schema_version()
        for migration in all_migrations():
            if migration.version <= current:
                continue
            with self.transaction():
                for statement in migration.statements():
                    self.execute(statement)
                self.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).replace(
                        tzinfo=None)),
                )
        return self.schema_version()

    def write_batch(self, articles: Sequence[Article]) -> BatchResult:
        """Store one batch of articles in one transaction; already-stored ids are skipped."""
        rows = article_rows(articles)
        with self.transaction():
            stored = self.insert_new_articles(rows) if rows else 0
        return BatchResult(stored=stored, duplicates=len(articles) - stored)

    def articles(self, since: date | None = None, until: date | None = None,
                 limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Stored articles, oldest first, as dicts without their text."""
        sql = ("SELECT id, title, published, date_source, url, source, format, language, "
               "length(text) AS chars FROM articles WHERE 1=1")
        params: list[Any] = []
        if since:
            sql += " AND published >= ?"
            params.append(since)
        if until:
            sql += " AND published <= ?"
            params.append(until)
        sql += " ORDER BY published NULLS LAST, id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        cols = ("id", "title", "date", "date_source", "url", "path", "format", "language", "chars")
        for row in self.execute(sql, params):
            yield dict(zip(cols, row, strict=True))

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.execute("SELECT " + ", ".join(ARTICLE_COLUMNS) +
                            " FROM articles WHERE id = ?", (article_id,))
        return dict(zip(ARTICLE_COLUMNS, rows[0], strict=True)) if rows else None

    def summary(self) -> list[dict[str, Any]]:
        """Counts of stored articles by format, for the end-of-run table."""
        rows = self.execute(
            "SELECT format, count(*), min(published), max(published) FROM articles "
            "GROUP BY format ORDER BY format"
        )
        return [dict(zip(("format", "articles", "first", "last"), r, strict=True)) for r in rows]
