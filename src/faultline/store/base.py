"""What every store backend offers: migrations, batched writes, and the read queries.

Backends differ only in how they connect, bulk-load and bind parameters; the
schema and the queries live here once.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from faultline.records import Article, Event
from faultline.restore import Restoration
from faultline.store.migrations import all_migrations

ARTICLE_COLUMNS = (
    "id", "title", "published", "date_source", "text", "language", "format", "source", "url",
    "byte_start", "byte_end", "ingested_at",
)


EVENT_COLUMNS = (
    "event_id", "article_id", "sentence_index", "char_start", "char_end", "event_date",
    "date_start", "date_basis", "historical", "negated", "hypothetical", "source_code",
    "source_country", "source_org", "source_sector", "source_person", "target_code",
    "target_country", "target_org", "target_sector", "target_person", "cameo_code",
    "cameo_root", "goldstein", "quad_class", "plover_type", "plover_mode", "speaker_code",
    "confidence", "record",
)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one batch write did: new articles, articles already stored, events stored."""

    stored: int
    duplicates: int
    events: int = 0


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``faultline events`` and the API may ask for; every field optional."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    cameo: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    include_historical: bool = False
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        """A parameterised WHERE clause (never built from values)."""
        clauses, params = ["1=1"], []
        if self.actor:
            clauses.append("(source_country = ? OR target_country = ? OR source_org = ? "
                           "OR target_org = ?)")
            params += [self.actor] * 4
        if self.dyad:
            a, b = self.dyad
            clauses.append("((coalesce(source_country, source_org) = ? AND "
                           "coalesce(target_country, target_org) = ?) OR "
                           "(coalesce(source_country, source_org) = ? AND "
                           "coalesce(target_country, target_org) = ?))")
            params += [a, b, b, a]
        if self.cameo:
            clauses.append("cameo_code LIKE ?")
            params.append(self.cameo + "%")
        if self.quad_class:
            clauses.append("quad_class = ?")
            params.append(self.quad_class)
        if self.since:
            clauses.append("date_start >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date_start <= ?")
            params.append(self.until)
        if not self.include_historical:
            clauses.append("NOT historical")
        if self.article_id:
            clauses.append("article_id = ?")
            params.append(self.article_id)
        return " AND ".join(clauses), params


def restoration_rows(items: Sequence[tuple[str, Restoration]]) -> list[dict[str, Any]]:
    rows, seen = [], set()
    for article_id, r in items:
        if article_id in seen:
            continue
        seen.add(article_id)
        detail = {"changes": [c.as_dict() for c in r.changes],
                  "evidence": [c.as_dict() for c in r.evidence]}
        rows.append({"article_id": article_id, "spin_score": r.score,
                     "changes": len(r.changes), "restored_text": r.text if r.changed else None,
                     "detail": json.dumps(detail, ensure_ascii=False)})
    return rows


def date_start(value: str) -> date:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD value can mean."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def event_rows(events: Sequence[Event]) -> list[dict[str, Any]]:
    rows, seen = [], set()
    for e in events:
        if e.event_id in seen:
            continue
        seen.add(e.event_id)
        target = e.target
        rows.append({
            "event_id": e.event_id, "article_id": e.article_id,
            "sentence_index": e.sentence_index, "char_start": e.char_span[0],
            "char_end": e.char_span[1], "event_date": e.date, "date_start": date_start(e.date),
            "date_basis": e.date_basis, "historical": e.historical, "negated": e.negated,
            "hypothetical": e.hypothetical, "source_code": e.source.code,
            "source_country": e.source.country, "source_org": e.source.org,
            "source_sector": e.source.sector, "source_person": e.source.person,
            "target_code": target.code if target else None,
            "target_country": target.country if target else None,
            "target_org": target.org if target else None,
            "target_sector": target.sector if target else None,
            "target_person": target.person if target else None,
            "cameo_code": e.cameo_code, "cameo_root": e.cameo_root, "goldstein": e.goldstein,
            "quad_class": e.quad_class, "plover_type": e.plover_type,
            "plover_mode": e.plover_mode,
            "speaker_code": e.speaker.code if e.speaker else None,
            "confidence": e.confidence,
            "record": json.dumps(e.as_dict(), ensure_ascii=False),
        })
    return rows


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


RESTORATION_COLUMNS = ("article_id", "spin_score", "changes", "restored_text", "detail")


def parquet_table_rows(folder: str, table: str, columns: Sequence[str],
                 batch: int = 10_000) -> Iterator[list[dict[str, Any]]]:
    """Rows of one table of a Parquet output (``folder/table/day=.../*.parquet``), a batch
    at a time; nothing when the job wrote no row of that table."""
    from pathlib import Path

    import pyarrow.dataset as ds

    files = sorted(str(p) for p in Path(folder, table).rglob("*.parquet"))
    if not files:
        return
    dataset = ds.dataset(files, format="parquet")
    for record_batch in dataset.to_batches(columns=list(columns), batch_size=batch):
        yield record_batch.to_pylist()


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
    def insert_new_articles(self, rows: list[dict[str, Any]]) -> set[str]:
        """Bulk-insert rows whose id is not stored yet; return the ids that went in.

        The ids, not a count: with several writers, only the writer whose row went in may
        store that article's events, so none are lost and none stored twice.
        """

    @abstractmethod
    def insert_new_events(self, rows: list[dict[str, Any]]) -> int:
        """Bulk-insert event rows whose id is not stored yet; return how many went in."""

    @abstractmethod
    def insert_new_restorations(self, rows: list[dict[str, Any]]) -> int:
        """Bulk-insert restoration rows whose article is not there yet."""

    @abstractmethod
    def insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Bulk-insert rows of plain values into a table (no duplicate check)."""

    @abstractmethod
    def close(self) -> None: ...

    def migration_lock(self) -> AbstractContextManager[Any]:
        """Held while migrating; a server backend makes other processes wait here."""
        return nullcontext()

    def articles_sharing_buckets(self, buckets: Sequence[tuple[int, str]]) -> list[str]:
        """Stored articles with an LSH bucket in common, most shared first."""
        if not buckets:
            return []
        clause = " OR ".join("(band = ? AND bucket = ?)" for _ in buckets)
        params = [v for pair in buckets for v in pair]
        rows = self.execute(f"SELECT article_id, count(*) AS n FROM fingerprints WHERE {clause} "
                            "GROUP BY article_id ORDER BY n DESC, article_id LIMIT 20", params)
        return [r[0] for r in rows]

    def copies(self) -> list[dict[str, Any]]:
        rows = self.execute("SELECT article_id, original_id, similarity FROM copies "
                            "ORDER BY original_id, article_id")
        return [dict(zip(("article_id", "original_id", "similarity"), r, strict=True))
                for r in rows]

    def restoration(self, article_id: str) -> dict[str, Any] | None:
        rows = self.execute("SELECT spin_score, changes, restored_text, detail FROM "
                            "restorations WHERE article_id = ?", (article_id,))
        if not rows:
            return None
        score, changes, text, detail = rows[0]
        return {"spin_score": score, "changes": changes, "restored_text": text,
                "detail": json.loads(detail)}

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
        with self.migration_lock():
            return self._migrate()

    def _migrate(self) -> int:
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

    def write_batch(self, articles: Sequence[Article], events: Sequence[Event] = (),
                    restorations: Sequence[tuple[str, Restoration]] = (),
                    fingerprints: Sequence[tuple[str, int, str]] = (),
                    copies: Sequence[tuple[str, str, float]] = ()) -> BatchResult:
        """Store a batch of articles and their events in one transaction.

        Articles already stored are skipped, and so are their events: re-ingesting the
        same input changes nothing. Only the articles this call inserted get their events,
        restorations, fingerprints and copy links, so a concurrent writer of the same
        articles can neither duplicate nor lose them.
        """
        rows = article_rows(articles)
        with self.transaction():
            known = self.stored_ids([r["id"] for r in rows])
            mine = self.insert_new_articles([r for r in rows if r["id"] not in known]) \
                if rows else set()
            fresh = [e for e in events if e.article_id in mine]
            added = self.insert_new_events(event_rows(fresh)) if fresh else 0
            kept = [(i, r) for i, r in restorations if i in mine]
            if kept:
                self.insert_new_restorations(restoration_rows(kept))
            prints = [{"article_id": i, "band": b, "bucket": k} for i, b, k in fingerprints
                      if i in mine]
            if prints:
                self.insert_rows("fingerprints", prints)
            links = [{"article_id": c, "original_id": o, "similarity": sim}
                     for c, o, sim in copies if c in mine]
            if links:
                self.insert_rows("copies", links)
        return BatchResult(stored=len(mine), duplicates=len(articles) - len(mine), events=added)

    def load_parquet(self, folder: str) -> BatchResult:
        """Store the Parquet tables ``faultline spark ingest`` wrote under ``folder``, in one
        transaction: new articles, and the events, restorations, fingerprints and copy links
        of the articles that went in (as ``write_batch`` does)."""
        with self.transaction():
            mine: set[str] = set()
            for rows in parquet_table_rows(folder, "articles", ARTICLE_COLUMNS):
                mine |= self.insert_new_articles(rows)
            added = 0
            for rows in parquet_table_rows(folder, "events", EVENT_COLUMNS):
                ours = [r for r in rows if r["article_id"] in mine]
                added += self.insert_new_events(ours) if ours else 0
            for rows in parquet_table_rows(folder, "restorations", RESTORATION_COLUMNS):
                ours = [r for r in rows if r["article_id"] in mine]
                if ours:
                    self.insert_new_restorations(ours)
            for table, cols in (("fingerprints", ("article_id", "band", "bucket")),
                                ("copies", ("article_id", "original_id", "similarity"))):
                for rows in parquet_table_rows(folder, table, cols):
                    ours = [r for r in rows if r["article_id"] in mine]
                    if ours:
                        self.insert_rows(table, ours)
        read = sum(len(rows) for rows in parquet_table_rows(folder, "articles", ("id",)))
        return BatchResult(stored=len(mine), duplicates=read - len(mine), events=added)

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored."""
        if not ids:
            return set()
        marks = ", ".join("?" * len(ids))
        return {r[0] for r in self.execute(f"SELECT id FROM articles WHERE id IN ({marks})",
                                           list(ids))}

    def events(self, where: EventFilter | None = None) -> list[dict[str, Any]]:
        """Stored events as schema records, in date order."""
        clause, params = (where or EventFilter()).where()
        sql = f"SELECT record FROM events WHERE {clause} ORDER BY date_start, event_id"
        if where and where.limit:
            sql += " LIMIT ? OFFSET ?"
            params += [where.limit, where.offset]
        return [json.loads(r[0]) for r in self.execute(sql, params)]

    def articles(self, since: date | None = None, until: date | None = None,
                 limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Stored articles, oldest first, as dicts without their text."""
        sql = ("SELECT id, title, published, date_source, url, source, format, language, "
               "length(text) AS chars, r.spin_score FROM articles "
               "LEFT JOIN restorations r ON r.article_id = articles.id WHERE 1=1")
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
        cols = ("id", "title", "date", "date_source", "url", "path", "format", "language", "chars",
                "spin_score")
        for row in self.execute(sql, params):
            yield dict(zip(cols, row, strict=True))

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.execute("SELECT " + ", ".join(ARTICLE_COLUMNS) +
                            " FROM articles WHERE id = ?", (article_id,))
        return dict(zip(ARTICLE_COLUMNS, rows[0], strict=True)) if rows else None

    def summary(self) -> list[dict[str, Any]]:
        """Counts of stored articles by format, for the end-of-run table."""
        rows = self.execute(
            "SELECT a.format, count(*), min(a.published), max(a.published), "
            "CAST(coalesce(sum(e.n), 0) AS BIGINT) FROM articles a LEFT JOIN "
            "(SELECT article_id, count(*) AS n FROM events GROUP BY article_id) e "
            "ON e.article_id = a.id "
            "GROUP BY a.format ORDER BY a.format"
        )
        cols = ("format", "articles", "first", "last", "events")
        return [dict(zip(cols, r, strict=True)) for r in rows]
