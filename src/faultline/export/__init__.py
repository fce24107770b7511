"""Events out in the formats other tools read: GDELT 2.0 event TSV and PLOVER JSON Lines.

Both read the same rows, from a store or from the Parquet output of the Spark job: each
event's record (as ``event.schema.json`` prints it), how many mentions, articles and
sources report it (the ``merged_events`` view; 1 each before merging), and its article's
URL, path and ingestion time. The formats only decide how a row is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from faultline.store.base import EventFilter


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One event to export, with the counts and article facts the formats want."""

    record: dict[str, Any]
    mentions: int
    articles: int
    sources: int
    url: str | None
    path: str | None
    added: datetime | None


def export_query(where: EventFilter) -> tuple[str, list[Any]]:
    """The SELECT both sources run: merged events joined to their articles, in date order."""
    clause, params = where.where()
    sql = ("SELECT record, mentions, articles, sources, "
           "(SELECT url FROM articles a WHERE a.id = m.article_id), "
           "(SELECT source FROM articles a WHERE a.id = m.article_id), "
           "(SELECT ingested_at FROM articles a WHERE a.id = m.article_id) "
           f"FROM merged_events m WHERE {clause} ORDER BY date_start, event_id")
    return sql, params


def rows_from(results: list[tuple]) -> Iterator[ExportRow]:
    for record, mentions, articles, sources, url, path, added in results:
        yield ExportRow(json.loads(record), int(mentions), int(articles), int(sources), url,
                        path, added)


def store_rows(store: Any, where: EventFilter) -> Iterator[ExportRow]:
    """Rows from a faultline store (either backend)."""
    sql, params = export_query(where)
    return rows_from(store.execute(sql, params))


#: Tables a job output may lack (no story or event merged): empty, with the store's columns.
OPTIONAL_TABLES = {
    "stories": "CREATE TABLE stories (article_id TEXT, story_id TEXT, similarity DOUBLE, "
               "spun BOOLEAN, spin_score DOUBLE)",
    "event_links": "CREATE TABLE event_links (event_id TEXT, merged_id TEXT, "
                   "representative BOOLEAN)",
}


def merged_events_view() -> str:
    """The store's ``merged_events`` view, as its migration defines it."""
    from faultline.store.migrations import all_migrations

    for migration in all_migrations():
        for statement in migration.statements():
            if statement.startswith("CREATE VIEW merged_events"):
                return statement
    raise LookupError("no migration defines merged_events")


def parquet_rows(folder: str, where: EventFilter) -> Iterator[ExportRow]:
    """Rows from a ``faultline spark ingest`` output, read with DuckDB through the store's
    own ``merged_events`` view over the job's ``stories`` and ``event_links`` tables."""
    import duckdb

    con = duckdb.connect()
    for table in ("events", "articles", "stories", "event_links"):
        files = sorted(str(p) for p in Path(folder, table).rglob("*.parquet"))
        if not files and table in OPTIONAL_TABLES:
            con.execute(OPTIONAL_TABLES[table])
            continue
        if not files:
            raise FileNotFoundError(f"{folder}: no {table} Parquet files")
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listed}], "
                    "union_by_name = true)")
    con.execute(merged_events_view())
    sql, params = export_query(where)
    try:
        return rows_from(con.execute(sql, params).fetchall())
    finally:
        con.close()
