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

from faultline.analysis.events import Link
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
            # The organisation test only where an organisation is set: the same answer as
            # four ORed equalities, several times faster on a columnar scan (mostly NULLs).
            clauses.append("(source_country = ? OR target_country = ? OR "
                           "(coalesce(source_org, target_org) IS NOT NULL AND "
                           "(source_org = ? OR target_org = ?)))")
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


def range_clause(column: str, since: date | None, until: date | None
                 ) -> tuple[str, list[Any]]:
    """A parameterised condition that ``column`` (a name of ours, never a value) lies in
    [since, until], either end open; "1=1" when both are."""
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return (" AND ".join(clauses) or "1=1"), params


def page_days(days: Sequence[tuple[Any, int]], offset: int,
              limit: int) -> tuple[Any, Any, int] | None:
    """From (day, matches) in day order: the first and last day holding rows
    [offset, offset + limit) of the day-ordered matches, and how many rows come before the
    first day. None when the page starts past the end."""
    seen, first, before = 0, None, 0
    for day, n in days:
        if first is None and seen + n > offset:
            first, before = day, seen
        seen += n
        if first is not None and seen >= offset + limit:
            return first, day, before
    return (first, days[-1][0], before) if first is not None else None


#: Calendar periods a count over time may be grouped by (``date_trunc`` units).
PERIODS = ("day", "week", "month", "year")

#: An actor's key in counts: its country, else its organisation.
SOURCE_KEY = "coalesce(source_country, source_org)"
TARGET_KEY = "coalesce(target_country, target_org)"


def _as_day(value: Any) -> date:
    """``date_trunc`` returns a timestamp on DuckDB and a date elsewhere; callers want days."""
    return value.date() if isinstance(value, datetime) else value


RESTORATION_COLUMNS = ("article_id", "spin_score", "changes", "restored_text", "detail")
STORY_COLUMNS = ("article_id", "story_id", "similarity", "spun", "spin_score")
LINK_COLUMNS = ("event_id", "merged_id", "representative")
#: Tables of a Spark job output keyed by article, with the columns the store keeps.
PARQUET_ARTICLE_TABLES = (("story_keys", ("article_id", "key")),
                          ("copies", ("article_id", "original_id", "similarity")),
                          ("stories", STORY_COLUMNS))


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

    def rewriting(self, table: str) -> AbstractContextManager[Any]:
        """A transaction for recomputing a derived table whole (delete, then insert).

        One process owns an embedded file, so a plain transaction will do here; a server
        backend also locks the table, so writers refreshing it at once take turns.
        """
        return self.transaction()

    def migration_lock(self) -> AbstractContextManager[Any]:
        """Held while migrating; a server backend makes other processes wait here."""
        return nullcontext()

    def articles_sharing_keys(self, keys: Sequence[int], min_shared: int = 1,
                              limit: int = 20) -> list[str]:
        """Stored articles sharing at least ``min_shared`` LSH keys, most shared first."""
        if not keys:
            return []
        marks = ", ".join("?" * len(keys))
        rows = self.execute(
            f"SELECT article_id, count(*) AS n FROM story_keys WHERE key IN ({marks}) "
            "GROUP BY article_id HAVING count(*) >= ? ORDER BY n DESC, article_id LIMIT ?",
            [*keys, min_shared, limit])
        return [r[0] for r in rows]

    def story_candidates(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """What story placement needs of stored articles: text, date, spin score, story."""
        marks = ", ".join("?" * len(ids))
        rows = self.execute(
            "SELECT a.id, a.text, a.published, coalesce(s.spin_score, r.spin_score), s.story_id "
            "FROM articles a "
            "LEFT JOIN restorations r ON r.article_id = a.id "
            f"LEFT JOIN stories s ON s.article_id = a.id WHERE a.id IN ({marks})", list(ids))
        cols = ("id", "text", "published", "spin_score", "story_id")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def story_members(self, since: date | None = None, until: date | None = None
                      ) -> list[dict[str, Any]]:
        """Every stored article with its story, canonical member first in each story:
        unspun before spun, then earliest, then least spun."""
        sql = ("SELECT s.story_id, a.id, a.title, a.published, a.text, s.similarity, s.spun, "
               "r.spin_score FROM stories s JOIN articles a ON a.id = s.article_id "
               "LEFT JOIN restorations r ON r.article_id = s.article_id WHERE s.story_id IN "
               "(SELECT s2.story_id FROM stories s2 JOIN articles a2 ON a2.id = s2.article_id "
               "WHERE ")
        clause, params = range_clause("a2.published", since, until)
        sql += clause + (") ORDER BY s.story_id, s.spun, a.published NULLS LAST, "
                "coalesce(r.spin_score, 0), a.id")
        cols = ("story_id", "id", "title", "published", "text", "similarity", "spun",
                "spin_score")
        return [dict(zip(cols, r, strict=True)) for r in self.execute(sql, params)]

    def merged_event_candidates(self, source: str | None, target: str | None, root: str,
                                since: date, until: date) -> list[dict[str, Any]]:
        """Stored merged events (their representative mentions) with this dyad and root
        whose date starts in [since, until]."""
        rows = self.execute(
            "SELECT e.event_id, e.article_id, e.sentence_index, e.event_date, e.date_basis, "
            "e.negated, e.hypothetical, e.cameo_code, l.merged_id FROM events e "
            "JOIN event_links l ON l.event_id = e.event_id AND l.representative "
            "WHERE coalesce(e.source_country, e.source_org) IS NOT DISTINCT FROM ? "
            "AND coalesce(e.target_country, e.target_org) IS NOT DISTINCT FROM ? "
            "AND e.cameo_root = ? AND e.date_start BETWEEN ? AND ? ORDER BY e.event_id",
            (source, target, root, since, until))
        cols = ("event_id", "article_id", "sentence_index", "event_date", "date_basis",
                "negated", "hypothetical", "cameo_code", "merged_id")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def mentions(self, merged_id: str) -> list[dict[str, Any]]:
        """Every report of a merged event: article, sentence and offsets."""
        rows = self.execute(
            "SELECT e.event_id, e.article_id, e.sentence_index, e.char_start, e.char_end "
            "FROM events e JOIN event_links l ON l.event_id = e.event_id "
            "WHERE l.merged_id = ? ORDER BY e.article_id, e.sentence_index", (merged_id,))
        cols = ("event_id", "article_id", "sentence_index", "char_start", "char_end")
        return [dict(zip(cols, r, strict=True)) for r in rows]

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
                    fingerprints: Sequence[tuple[str, int]] = (),
                    copies: Sequence[tuple[str, str, float]] = (),
                    stories: Sequence[tuple[str, str, float, bool, float]] = (),
                    event_links: Sequence[Link] = (),
                    story_merges: Sequence[tuple[str, str]] = ()) -> BatchResult:
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
            prints = [{"article_id": i, "key": k} for i, k in fingerprints if i in mine]
            if prints:
                self.insert_rows("story_keys", prints)
            links = [{"article_id": c, "original_id": o, "similarity": sim}
                     for c, o, sim in copies if c in mine]
            if links:
                self.insert_rows("copies", links)
            members = [{"article_id": a, "story_id": s, "similarity": sim, "spun": spun,
                        "spin_score": score} for a, s, sim, spun, score in stories
                       if a in mine]
            if members:
                self.insert_rows("stories", members)
            for old, new in story_merges:  # an article of this batch proved them one story
                self.execute("UPDATE stories SET story_id = ? WHERE story_id = ?", (new, old))
            ours = {e.event_id for e in fresh}
            self.insert_links([link for link in event_links if link.event_id in ours])
        return BatchResult(stored=len(mine), duplicates=len(articles) - len(mine), events=added)

    def load_parquet(self, folder: str) -> BatchResult:
        """Store the Parquet tables ``faultline spark ingest`` wrote under ``folder``, in one
        transaction: new articles, and the events, restorations, LSH keys, copy links,
        stories and merged-event links of the articles that went in (as ``write_batch``
        does)."""
        with self.transaction():
            mine: set[str] = set()
            for rows in parquet_table_rows(folder, "articles", ARTICLE_COLUMNS):
                mine |= self.insert_new_articles(rows)
            added, events = 0, set()
            for rows in parquet_table_rows(folder, "events", EVENT_COLUMNS):
                ours = [r for r in rows if r["article_id"] in mine]
                events |= {r["event_id"] for r in ours}
                added += self.insert_new_events(ours) if ours else 0
            for rows in parquet_table_rows(folder, "restorations", RESTORATION_COLUMNS):
                ours = [r for r in rows if r["article_id"] in mine]
                if ours:
                    self.insert_new_restorations(ours)
            for table, cols in PARQUET_ARTICLE_TABLES:
                for rows in parquet_table_rows(folder, table, cols):
                    ours = [r for r in rows if r["article_id"] in mine]
                    if ours:
                        self.insert_rows(table, ours)
            for rows in parquet_table_rows(folder, "event_links", LINK_COLUMNS):
                ours = [r for r in rows if r["event_id"] in events]
                if ours:
                    self.insert_rows("event_links", ours)
        read = sum(len(rows) for rows in parquet_table_rows(folder, "articles", ("id",)))
        return BatchResult(stored=len(mine), duplicates=read - len(mine), events=added)

    def insert_links(self, links: Sequence[Link]) -> None:
        """Store mentions' links to their merged events; a stored merged event whose
        representative a new mention takes over is updated first."""
        if not links:
            return
        new_ids = {link.event_id for link in links}
        taken = sorted({link.merged_id for link in links
                        if link.representative and link.merged_id not in new_ids})
        if taken:
            marks = ", ".join("?" * len(taken))
            self.execute("UPDATE event_links SET representative = FALSE "
                         f"WHERE merged_id IN ({marks})", taken)
        self.insert_rows("event_links", [
            {"event_id": link.event_id, "merged_id": link.merged_id,
             "representative": link.representative} for link in links])

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored."""
        if not ids:
            return set()
        marks = ", ".join("?" * len(ids))
        return {r[0] for r in self.execute(f"SELECT id FROM articles WHERE id IN ({marks})",
                                           list(ids))}

    def events(self, where: EventFilter | None = None, *, merged: bool = False
               ) -> list[dict[str, Any]]:
        """Stored events as schema records, in date order: every mention, or (``merged``)
        one record per real-world event with its counts of mentions, articles and
        sources (stories)."""
        clause, params = (where or EventFilter()).where()
        if merged:
            sql = (f"SELECT record, mentions, articles, sources FROM merged_events "
                   f"WHERE {clause} ORDER BY date_start, event_id")
        else:
            sql = f"SELECT record FROM events WHERE {clause} ORDER BY date_start, event_id"
        if where and where.limit:
            sql += " LIMIT ? OFFSET ?"
            params += [where.limit, where.offset]
        records = []
        for row in self.execute(sql, params):
            record = json.loads(row[0])
            if merged:
                record.update(mentions=row[1], articles=row[2], sources=row[3])
            records.append(record)
        return records

    def articles(self, since: date | None = None, until: date | None = None,
                 limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        """Stored articles, oldest first, as dicts without their text."""
        clause, params = range_clause("published", since, until)
        sql = ("SELECT id, title, published, date_source, url, source, format, language, "
               "length(text) AS chars, r.spin_score FROM articles "
               f"LEFT JOIN restorations r ON r.article_id = articles.id WHERE {clause}"
               " ORDER BY published NULLS LAST, id")
        if limit:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        cols = ("id", "title", "date", "date_source", "url", "path", "format", "language", "chars",
                "spin_score")
        for row in self.execute(sql, params):
            yield dict(zip(cols, row, strict=True))

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.execute("SELECT " + ", ".join(ARTICLE_COLUMNS) +
                            " FROM articles WHERE id = ?", (article_id,))
        return dict(zip(ARTICLE_COLUMNS, rows[0], strict=True)) if rows else None

    # -- reads for the API and the dashboard -----------------------------------
    def count_events(self, where: EventFilter | None = None) -> int:
        """How many stored events (mentions) match, for paging."""
        clause, params = (where or EventFilter()).where()
        return int(self.execute(f"SELECT count(*) FROM events WHERE {clause}", params)[0][0])

    def event_page(self, where: EventFilter) -> tuple[int, list[dict[str, Any]]]:
        """How many events match, and the page ``where.limit``/``where.offset`` asks for,
        in the order ``events`` gives.

        Sorting every matching event to cut out one page is what makes paging slow over
        a million rows. One pass counts the matches per day instead; the running total
        says which days the page falls on, so the sorted read only looks at those days.
        """
        clause, params = where.where()
        days = self.execute(f"SELECT date_start, count(*) FROM events WHERE {clause} "
                            "GROUP BY date_start ORDER BY date_start", params)
        total = sum(int(n) for _, n in days)
        if not where.limit:
            return total, self.events(where)
        span = page_days(days, where.offset, where.limit)
        if span is None:
            return total, []
        first, last, before = span
        rows = self.execute(
            f"SELECT record FROM events WHERE date_start >= ? AND date_start <= ? AND {clause} "
            "ORDER BY date_start, event_id LIMIT ? OFFSET ?",
            [first, last, *params, where.limit, where.offset - before])
        return total, [json.loads(r[0]) for r in rows]

    def count_articles(self, since: date | None = None, until: date | None = None) -> int:
        clause, params = range_clause("published", since, until)
        return int(self.execute(f"SELECT count(*) FROM articles WHERE {clause}", params)[0][0])

    def totals(self) -> dict[str, Any]:
        """Articles, coded events (mentions) and real-world (merged) events stored, and the
        first and last day events fall on."""
        row = self.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
                           "events), (SELECT count(*) FROM merged_events), "
                           "(SELECT min(date_start) FROM events), "
                           "(SELECT max(date_start) FROM events)")[0]
        return {"articles": int(row[0]), "events": int(row[1]), "merged_events": int(row[2]),
                "first_day": row[3], "last_day": row[4]}

    def event_counts(self, where: EventFilter | None = None,
                     period: str = "month") -> list[dict[str, Any]]:
        """Real-world events per period and quad class: each merged event counts once, however
        many articles report it."""
        if period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}")
        clause, params = (where or EventFilter()).where()
        rows = self.execute(
            f"SELECT date_trunc(?, date_start) AS p, quad_class, count(*) FROM merged_events "
            f"WHERE {clause} GROUP BY p, quad_class ORDER BY p, quad_class", [period, *params])
        return [{"period": _as_day(p), "quad_class": q, "events": n} for p, q, n in rows]

    def actor_counts(self, where: EventFilter | None = None,
                     limit: int = 200) -> list[dict[str, Any]]:
        """Actors (country or organisation) by how many real-world events they took part in,
        as source and as target."""
        clause, params = (where or EventFilter()).where()
        rows = self.execute(
            f"SELECT actor, sum(s), sum(t), sum(s) + sum(t) AS n FROM ("
            f"SELECT {SOURCE_KEY} AS actor, 1 AS s, 0 AS t FROM merged_events WHERE {clause} "
            f"UNION ALL SELECT {TARGET_KEY}, 0, 1 FROM merged_events WHERE {clause}) x "
            "WHERE actor IS NOT NULL GROUP BY actor ORDER BY n DESC, actor LIMIT ?",
            [*params, *params, limit])
        return [{"actor": a, "as_source": int(s), "as_target": int(t), "events": int(n)}
                for a, s, t, n in rows]

    def actor_edges(self, where: EventFilter | None = None,
                    limit: int = 150) -> list[dict[str, Any]]:
        """Who acts on whom: one directed edge per actor pair with its real-world events,
        split into cooperation (quad 1-2) and conflict (quad 3-4). Acts on oneself are left
        out: they are not an edge."""
        clause, params = (where or EventFilter()).where()
        rows = self.execute(
            f"SELECT {SOURCE_KEY} AS a, {TARGET_KEY} AS b, count(*) AS n, "
            "sum(CASE WHEN quad_class <= 2 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), avg(goldstein) "
            f"FROM merged_events WHERE {clause} AND {SOURCE_KEY} IS NOT NULL AND "
            f"{TARGET_KEY} IS NOT NULL AND {SOURCE_KEY} <> {TARGET_KEY} "
            "GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?", [*params, limit])
        cols = ("source", "target", "events", "cooperation", "conflict", "goldstein_mean")
        return [dict(zip(cols, (a, b, int(n), int(c), int(k), float(g)), strict=True))
                for a, b, n, c, k, g in rows]

    def search_articles(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text contains ``text`` (case folded), newest first."""
        rows = self.execute(
            "SELECT id, title, published, url, "
            "CASE WHEN strpos(lower(title), lower(?)) > 0 THEN 1 ELSE 0 END AS in_title "
            "FROM articles WHERE strpos(lower(coalesce(title, '')), lower(?)) > 0 "
            "OR strpos(lower(text), lower(?)) > 0 "
            "ORDER BY in_title DESC, published DESC NULLS LAST, id LIMIT ?",
            [text, text, text, limit])
        return [{"id": i, "title": t, "date": d, "url": u} for i, t, d, u, _ in rows]

    def search_events(self, text: str, limit: int = 20,
                      include_historical: bool = True) -> list[dict[str, Any]]:
        """Events whose sentence contains ``text`` or whose actor code or CAMEO code is it."""
        rows = self.execute(
            "SELECT e.record FROM events e JOIN articles a ON a.id = e.article_id WHERE "
            "(strpos(lower(substr(a.text, e.char_start + 1, e.char_end - e.char_start)), "
            "lower(?)) > 0 OR e.source_code = upper(?) OR e.target_code = upper(?) "
            "OR e.cameo_code = ?) AND (? OR NOT e.historical) "
            "ORDER BY e.date_start DESC, e.event_id LIMIT ?",
            [text, text, text, text, include_historical, limit])
        return [json.loads(r[0]) for r in rows]

    def story_of(self, article_id: str) -> dict[str, Any] | None:
        """The story cluster an article belongs to and whether it was flagged spun, once
        story clustering has placed it."""
        rows = self.execute("SELECT story_id, similarity, spun FROM stories "
                            "WHERE article_id = ?", (article_id,))
        return dict(zip(("story_id", "similarity", "spun"), rows[0], strict=True)) \
            if rows else None

    def original_of(self, article_id: str) -> dict[str, Any] | None:
        """The stored original a spun copy was restored from, if any."""
        rows = self.execute("SELECT original_id, similarity FROM copies WHERE article_id = ?",
                            (article_id,))
        return {"original_id": rows[0][0], "similarity": rows[0][1]} if rows else None

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
