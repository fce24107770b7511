"""The embedded default backend: one DuckDB file, bulk-loaded through Arrow."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from faultline.store.base import EVENT_COLUMNS, Store

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("published", pa.date32()),
    ("date_source", pa.string()), ("text", pa.string()), ("language", pa.string()),
    ("format", pa.string()), ("source", pa.string()), ("url", pa.string()),
    ("byte_start", pa.int64()), ("byte_end", pa.int64()), ("ingested_at", pa.timestamp("us")),
])

_TEXT = {"event_id", "article_id", "event_date", "date_basis", "source_code", "source_country",
         "source_org", "source_sector", "source_person", "target_code", "target_country",
         "target_org", "target_sector", "target_person", "cameo_code", "cameo_root",
         "plover_type", "plover_mode", "speaker_code", "record"}
_TYPES = {"sentence_index": pa.int32(), "char_start": pa.int32(), "char_end": pa.int32(),
          "date_start": pa.date32(), "historical": pa.bool_(), "negated": pa.bool_(),
          "hypothetical": pa.bool_(), "goldstein": pa.float64(), "quad_class": pa.int32(),
          "confidence": pa.float64()}
EVENT_SCHEMA = pa.schema([(c, pa.string() if c in _TEXT else _TYPES[c]) for c in EVENT_COLUMNS])

RESTORATION_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("spin_score", pa.float64()), ("changes", pa.int32()),
    ("restored_text", pa.string()), ("detail", pa.string()),
])


class DuckDBStore(Store):
    def __init__(self, path: str, read_only: bool = False) -> None:
        self.url = path
        if not read_only and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(path, read_only=read_only)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = self.con.execute(sql, list(params))
        return cursor.fetchall() if cursor.description else []

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def insert_missing(self, table: str, key: str, rows: list[dict[str, Any]],
                       schema: pa.Schema) -> list[Any]:
        """Bulk-insert the rows whose ``key`` the table does not hold yet, through Arrow;
        return the keys that went in."""
        batch = pa.Table.from_pylist(rows, schema=schema)
        view = f"batch_{table}"
        self.con.register(view, batch)
        try:
            cols = ", ".join(schema.names)
            inserted = self.con.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view} b "
                f"WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.{key} = b.{key}) "
                f"RETURNING {key}"
            ).fetchall()
        finally:
            self.con.unregister(view)
        return [r[0] for r in inserted]

    def insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        view = f"rows_{table}"
        self.con.register(view, pa.Table.from_pylist(rows))
        try:
            cols = ", ".join(rows[0])
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}")
        finally:
            self.con.unregister(view)

    def insert_new_articles(self, rows: list[dict[str, Any]]) -> set[str]:
        return set(self.insert_missing("articles", "id", rows, ARTICLE_SCHEMA))

    def insert_new_events(self, rows: list[dict[str, Any]]) -> int:
        return len(self.insert_missing("events", "event_id", rows, EVENT_SCHEMA))

    def insert_new_restorations(self, rows: list[dict[str, Any]]) -> int:
        return len(self.insert_missing("restorations", "article_id", rows,
                                       RESTORATION_SCHEMA))

    def close(self) -> None:
        self.con.close()
