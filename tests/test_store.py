"""The store on both backends (DuckDB and PostgreSQL): migrations, idempotent batches,
all-or-nothing transactions, and concurrent writers on the server."""

from __future__ import annotations

import json
from datetime import date

import pytest

from faultline.records import Article, article_id
from faultline.store import open_store
from faultline.store.migrations import all_migrations


def make_article(text: str, day: date | None = date(2021, 5, 14)) -> Article:
    return Article(id=article_id(text), title=text[:20], published=day, date_source="header",
                   text=text, language="en", format="dated", source="mem")


def test_migrations_apply_once(db_url):
    db = db_url
    latest = max(m.version for m in all_migrations())
    with open_store(db) as store:
        assert store.schema_version() == latest
    with open_store(db) as store:  # re-opening applies nothing twice
        assert store.execute("SELECT count(*) FROM schema_migrations")[0][0] == latest


def test_batches_are_idempotent(db_url):
    db = db_url
    a, b = make_article("Armenia asked Russia for help."), make_article("Baku denied it.")
    with open_store(db) as store:
        first = store.write_batch([a, b, a])
        second = store.write_batch([a, b])
        assert (first.stored, first.duplicates) == (2, 1)
        assert (second.stored, second.duplicates) == (0, 2)
        assert [r["id"] for r in store.articles()] == sorted([a.id, b.id])


def test_a_failed_batch_leaves_nothing_half_written(db_url, monkeypatch):
    db = db_url
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


def test_date_filters(db_url):
    with open_store(db_url) as store:
        store.write_batch([make_article("Old news.", date(2015, 7, 14)),
                           make_article("New news.", date(2022, 2, 24)),
                           make_article("Undated.", None)])
        since = [r["date"] for r in store.articles(since=date(2020, 1, 1))]
        until = [r["date"] for r in store.articles(until=date(2020, 1, 1))]
        assert since == [date(2022, 2, 24)] and until == [date(2015, 7, 14)]
        assert len(list(store.articles())) == 3


def test_events_and_summary_read_back_alike(db_url, seed):
    """The read queries give the same answers on both backends (types included)."""
    from faultline import pipeline
    from faultline.store.base import EventFilter

    with open_store(db_url) as store:
        report = pipeline.ingest([str(seed)], store)
        assert report.stored == 1 and report.events > 0
        (row,) = store.summary()
        assert row["articles"] == 1 and row["events"] == report.events
        assert isinstance(row["events"], int) and row["first"] == date(2021, 5, 14)
        everything = store.events(EventFilter(include_historical=True))
        assert len(everything) == report.events
        accusations = store.events(EventFilter(cameo="11", include_historical=True))
        assert accusations and all(e["cameo"]["code"].startswith("11") for e in accusations)
        (restored,) = [store.restoration(a["id"]) for a in store.articles()]
        assert restored["spin_score"] > 0.8 and restored["detail"]["changes"]


def test_an_unreachable_server_is_one_line_without_the_password(cli):
    url = "postgresql://analyst:s3cret@127.0.0.1:1/news"
    result = cli("articles", "--db", url)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: postgresql://analyst:***@127.0.0.1:1/news: cannot connect")
    assert "s3cret" not in result.stderr


def test_concurrent_writers_neither_lose_nor_duplicate(pg_url, tmp_path, cli):
    """Three OS processes ingest overlapping thirds of 36 articles into one PostgreSQL
    database at once, in small batches: every article, event, restoration and fingerprint
    is stored exactly once, as many as one process ingesting everything stores alone."""
    import subprocess

    from conftest import faultline_bin

    texts = [DAY_TEXT.format(i=i, who=who, whom=whom)
             for i, (who, whom) in enumerate(PAIRS * 3)]
    for i, text in enumerate(texts):
        (tmp_path / "in" / str(i % 3)).mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / str(i % 3) / f"{i:03}.txt").write_text(text, encoding="utf-8")
    reference = str(tmp_path / "alone.duckdb")
    assert cli("ingest", str(tmp_path / "in"), "--db", reference, "-q").returncode == 0
    parts = [("0", "1"), ("1", "2"), ("2", "0")]
    writers = [subprocess.Popen([faultline_bin(), "ingest", *(str(tmp_path / "in" / p)
                                                             for p in part),
                                 "--db", pg_url, "--batch-size", "3", "-q"],
                                stderr=subprocess.PIPE, text=True) for part in parts]
    for writer in writers:
        assert writer.wait(timeout=600) == 0, writer.stderr.read()
    counts = ("SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT id) FROM articles),"
              " (SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM events),"
              " (SELECT count(*) FROM restorations), (SELECT count(*) FROM story_keys),"
              " (SELECT count(*) FROM (SELECT DISTINCT article_id, key FROM story_keys) f),"
              " (SELECT count(*) FROM stories), (SELECT count(DISTINCT article_id) FROM stories),"
              " (SELECT count(*) FROM event_links), (SELECT count(*) FROM obligations)")
    with open_store(reference) as alone, open_store(pg_url) as shared:
        expected = [int(v) for v in alone.execute(counts)[0]]
        got = [int(v) for v in shared.execute(counts)[0]]
        assert expected[0] == len(set(texts)) and expected[2] > len(texts)
        assert got == expected
        assert sorted(json.dumps(e, sort_keys=True) for e in shared.events()) == \
            sorted(json.dumps(e, sort_keys=True) for e in alone.events())


def test_migrating_one_new_database_from_two_processes(pg_url):
    """Two processes opening a new database at once apply each migration once."""
    import subprocess
    import sys

    code = "import sys; from faultline.store import open_store; open_store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url], stderr=subprocess.PIPE,
                              text=True) for _ in range(3)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    with open_store(pg_url) as store:
        versions = [r[0] for r in store.execute("SELECT version FROM schema_migrations "
                                                "ORDER BY version")]
        assert versions == [m.version for m in all_migrations()]


PAIRS = [("Armenia", "Azerbaijan"), ("Russia", "Ukraine"), ("France", "Germany"),
         ("China", "India"), ("Turkey", "Greece"), ("Egypt", "Israel"),
         ("Iran", "Iraq"), ("Japan", "South Korea"), ("Kenya", "Somalia"),
         ("Brazil", "Argentina"), ("Poland", "Belarus"), ("Serbia", "Kosovo")]

DAY_TEXT = (" date 2021-05-14 {who} and {whom}, report {i}\n\n"
            "{who} accused {whom} of violating the ceasefire on Monday. "
            "The foreign minister of {who} met his counterpart from {whom} in Geneva. "
            "Report number {i}.\n")


def test_a_writer_racing_an_uncommitted_batch_stores_nothing_twice(pg_url):
    """Writer A has stored a batch but not committed; writer B, checking before A commits,
    sees none of it and writes the same batch. B waits on A's rows, then keeps only what
    the primary key let it insert: no second fingerprint or copy link, no failure."""
    import threading

    from faultline.coding import code_articles

    a_text = make_article(DAY_TEXT.format(i=1, who="Armenia", whom="Azerbaijan"))
    copy = make_article(DAY_TEXT.format(i=2, who="Armenia", whom="Azerbaijan"))
    events = [e for _, found in code_articles([a_text, copy]) for e in found]
    assert events
    batch = {"articles": [a_text, copy], "events": events,
             "fingerprints": [(a_text.id, 10), (copy.id, 11)],
             "copies": [(copy.id, a_text.id, 0.9)]}
    with open_store(pg_url) as first, open_store(pg_url) as second:
        results = []
        with first.transaction():
            assert first.write_batch(**batch).stored == 2
            racer = threading.Thread(target=lambda: results.append(second.write_batch(**batch)))
            racer.start()
            racer.join(timeout=2)
            assert racer.is_alive()  # waiting on A's uncommitted rows, as it should
        racer.join(timeout=60)
        assert results and (results[0].stored, results[0].events) == (0, 0)
        counts = first.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
                               "events), (SELECT count(*) FROM story_keys), "
                               "(SELECT count(*) FROM copies)")[0]
        assert [int(c) for c in counts] == [2, len({e.event_id for e in events}), 2, 1]


def test_two_writers_refreshing_obligations_at_once_take_turns(pg_url):
    """Writer A is recomputing the treaty obligations (deleted, re-inserted, not committed)
    when writer B starts its own refresh. B's delete cannot see A's new rows, so without a
    lock B's insert would collide with them once A commits. B waits for A instead, then
    replaces the table with the same rows: one row per engagement, no failure."""
    import threading

    from faultline.analysis.treaties import refresh_obligations
    from faultline.coding import code_articles

    # Lithuania is in NATO: an accusation against it by an outsider engages the treaty
    articles = [make_article(DAY_TEXT.format(i=i, who=who, whom="Lithuania"))
                for i, who in enumerate(["Russia", "Belarus"])]
    events = [e for _, found in code_articles(articles) for e in found]
    with open_store(pg_url) as first, open_store(pg_url) as second:
        first.write_batch(articles, events)
        results: list[int] = []
        with first.transaction():
            expected = refresh_obligations(first)
            assert expected > 0
            racer = threading.Thread(target=lambda: results.append(refresh_obligations(second)))
            racer.start()
            racer.join(timeout=2)
            assert racer.is_alive()  # waiting for A's refresh to commit, as it should
        racer.join(timeout=60)
        assert results == [expected]
        keys = first.execute("SELECT count(*), count(DISTINCT (event_id, treaty)) "
                             "FROM obligations")[0]
        assert [int(k) for k in keys] == [expected, expected]


@pytest.fixture
def coder_fails_on_boom(monkeypatch):
    """A bug of the coder's, injected: it fails on any text with "BOOM" in it (we fix every
    crash we find, so no real text is left that triggers one)."""
    from faultline.coding.coder import Coder

    real_code = Coder.code

    def code_or_fail(self, doc, article_id, published):
        if "BOOM" in doc.text:
            raise IndexError("list index out of range")
        return real_code(self, doc, article_id, published)

    monkeypatch.setattr(Coder, "code", code_or_fail)


def test_an_article_the_coder_fails_on_is_reported_and_left_out(db_url, tmp_path,
                                                               coder_fails_on_boom):
    """A bug of the coder's on one article (injected by the fixture) costs that article
    alone: a one-line error naming the input, exit status 1, the other articles coded and
    stored, and the failed one not stored, so that a fixed coder takes it in on the next
    run."""
    from faultline.pipeline import ingest

    feed = tmp_path / "two.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"text": "Armenia asked Russia for military help on Thursday.", "date": "2021-05-14"},
        {"text": "Ruritania BOOM expelled the envoy.", "date": "2021-05-14"},
    ]) + "\n", "utf-8")
    problems = []
    with open_store(db_url) as store:
        report = ingest([str(feed)], store, on_problem=problems.append)
        titles = [r["title"] or store.article(r["id"])["text"] for r in store.articles()]
    assert report.exit_status == 1
    assert len(problems) == 1 and problems[0].line().startswith(f"error: {feed}"), problems
    assert problems[0].line().endswith("not coded: IndexError: list index out of range")
    assert report.events >= 1 and len(titles) == 1 and "Armenia" in titles[0], titles


def test_a_batch_keeps_no_story_rows_of_an_article_the_coder_failed_on(coder_fails_on_boom):
    """The Spark job writes a coded batch's rows itself (no store filters them): the article
    the coder failed on must have no fingerprint, story or copy row, or the job's row
    builder looks it up among the stored articles and fails."""
    from faultline.analysis.stories import StoryIndex
    from faultline.pipeline import code_batch
    from faultline.spark.job import rows_for

    good = make_article("Armenia asked Russia for military help on Thursday, the ministry "
                        "said, after fighting on the border with Azerbaijan.")
    bad = make_article("Ruritania BOOM expelled the envoy of its neighbour on Thursday, the "
                       "ministry said, after fighting on the border.")
    coded = code_batch([good, bad], StoryIndex(None), restore=False)
    assert list(coded.failures) == [bad.id]
    assert all(bad.id not in (row[0], row[1]) for row in coded.copies)
    assert all(row[0] != bad.id for row in [*coded.fingerprints, *coded.stories])
    tables = {table for table, _ in rows_for([good], coded)}
    assert {"articles", "story_keys"} <= tables
