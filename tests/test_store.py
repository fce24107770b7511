"""The DuckDB store: migrations, idempotent batches, all-or-nothing transactions."""

from __future__ import annotations

from datetime import date

import pytest

from faultline.records import Article, article_id
from faultline.store import open_store
from faultline.store.migrations import all_migrations


def make_article(text: str, day: date | None = date(2021, 5, 14)) -> Article:
    return Article(id=article_id(text), title=text[:20], published=day, date_source="header",
                   text=text, language="en", format="dated", source="mem")


def test_migrations_apply_once(tmp_path):
    db = str(tmp_path / "m.duckdb")
    latest = max(m.version for m in all_migrations())
    with open_store(db) as store:
        assert store.schema_version() == latest
    with open_store(db) as store:  # re-opening applies nothing twice
        assert store.execute("SELECT count(*) FROM schema_migrations")[0][0] == latest


def test_batches_are_idempotent(tmp_path):
    db = str(tmp_path / "i.duckdb")
    a, b = make_article("Armenia asked Russia for help."), make_article("Baku denied it.")
    with open_store(db) as store:
        first = store.write_batch([a, b, a])
        second = store.write_batch([a, b])
        assert (first.stored, first.duplicates) == (2, 1)
        assert (second.stored, second.duplicates) == (0, 2)
        assert [r["id"] for r in store.articles()] == sorted([a.id, b.id])


def test_a_failed_batch_leaves_nothing_half_written(tmp_path, monkeypatch):
    db = str(tmp_path / "t.duckdb")
    with open_store(db) as store:
        real_insert = store.insert_new_articles

        def insert_then_fail(rows):
            real_insert(rows)
            raise RuntimeError("disk full")

        monkeypatch.setattr(store, "insert_new_articles", insert_then_fail)
        with pytest.raises(RuntimeError):
            store.write_batch([make_article("One."), make_article("Two.")])
        monkeypatch.undo()
        assert list(store.articles()) == []


def test_date_filters(tmp_path):
    with open_store(str(tmp_path / "d.duckdb")) as store:
        store.write_batch([make_article("Old news.", date(2015, 7, 14)),
                           make_article("New news.", date(2022, 2, 24)),
                           make_article("Undated.", None)])
        since = [r["date"] for r in store.articles(since=date(2020, 1, 1))]
        until = [r["date"] for r in store.articles(until=date(2020, 1, 1))]
        assert since == [date(2022, 2, 24)] and until == [date(2015, 7, 14)]
        assert len(list(store.articles())) == 3
