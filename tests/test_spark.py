"""The Spark job on a real local[2] session: its Parquet output is the local pipeline's.

One run for the module (starting Spark costs tens of seconds): a handful of dated demo
articles, the same two again as JSON Lines (duplicates across inputs), a WARC page, and a
bad file; also written into a PostgreSQL database through ``--db``.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import duckdb
import pytest

from faultline.data import data_file
from faultline.store import open_store
from faultline.store.base import ARTICLE_COLUMNS, EVENT_COLUMNS

from conftest import make_warc, run_cli, write

DEMO = ["001_armenia-accuses-azerbaijan-of-border-incursion.txt",
        "002_armenia-turns-to-csto.txt", "010_iran-nuclear-deal-vienna.txt"]

PAGE = ("<html><head><title>Talks in Ankara</title></head><body><article><p>Turkish and "
        "Russian defence officials met in Ankara to discuss patrols in northern Syria, the "
        "Turkish defence ministry said on Wednesday.</p><p>Turkey accused Syria of shelling "
        "its border posts.</p></article></body></html>")


def inputs(folder: Path) -> Path:
    (folder / "in" / "dated").mkdir(parents=True)
    for name in DEMO:
        shutil.copy(data_file("demo") / name, folder / "in" / "dated" / name)
    lines = []
    for name in DEMO[:2]:
        header, body = (data_file("demo") / name).read_text("utf-8").split("\n", 1)
        day = header.split()[1]
        lines.append(json.dumps({"text": body, "date": day, "title": "again"}))
    write(folder / "in" / "more.jsonl", "\n".join(lines) + "\n")
    write(folder / "in" / "crawl.warc.gz", make_warc([("https://example.org/ankara",
                                                       "text/html; charset=utf-8", PAGE)]))
    write(folder / "in" / "broken.jsonl", "{not json\n")
    return folder / "in"


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory, postgres_server):
    """(input folder, Parquet output, local reference DuckDB, PostgreSQL URL the job wrote)."""
    import psycopg

    folder = tmp_path_factory.mktemp("spark")
    source = inputs(folder)
    name = "spark_" + uuid.uuid4().hex[:8]
    with psycopg.connect(postgres_server, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    pg = postgres_server.rsplit("/", 1)[0] + "/" + name
    out = folder / "out"
    job = run_cli("spark", "ingest", str(source), str(out), "--master", "local[2]",
                  "--db", pg)
    assert job.returncode == 1, job.stderr[-3000:]  # the broken line is a problem
    local = str(folder / "local.duckdb")
    alone = run_cli("ingest", str(source), "--db", local, "-q")
    assert alone.returncode == 1, alone.stderr
    return source, out, local, pg


def parquet(out: Path, table: str) -> str:
    return f"read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)"


def rows(con, sql: str) -> list[tuple]:
    return sorted(con.execute(sql).fetchall(), key=repr)


def test_parquet_events_and_articles_are_the_local_pipelines(spark_run):
    _, out, local, _ = spark_run
    con = duckdb.connect(local, read_only=True)
    events = ", ".join(EVENT_COLUMNS)
    expected = rows(con, f"SELECT {events} FROM events")
    assert len(expected) > 10
    assert rows(con, f"SELECT {events} FROM {parquet(out, 'events')}") == expected
    articles = ", ".join(c for c in ARTICLE_COLUMNS if c != "ingested_at")
    stored = rows(con, f"SELECT {articles} FROM articles")
    assert len(stored) == len(DEMO) + 1  # the JSONL copies are the dated articles again
    assert rows(con, f"SELECT {articles} FROM {parquet(out, 'articles')}") == stored
    assert rows(con, f"SELECT * EXCLUDE (day) FROM {parquet(out, 'restorations')}") == \
        rows(con, "SELECT * FROM restorations")
    assert rows(con, f"SELECT article_id, key FROM {parquet(out, 'story_keys')}") \
        == rows(con, "SELECT article_id, key FROM story_keys")


def test_partitions_mentions_and_problems(spark_run):
    out = spark_run[1]
    con = duckdb.connect()
    days = con.execute(f"SELECT DISTINCT day::VARCHAR, published::VARCHAR FROM "
                       f"{parquet(out, 'articles')}").fetchall()
    assert days and all(day == published for day, published in days)
    assert con.execute(f"SELECT count(*) FROM {parquet(out, 'mentions')} m JOIN "
                       f"{parquet(out, 'events')} e USING (event_id, article_id)").fetchone() \
        == con.execute(f"SELECT count(*) FROM {parquet(out, 'events')}").fetchone()
    (problem,) = con.execute(f"SELECT input, fatal FROM {parquet(out, 'problems')}").fetchall()
    assert problem[0].endswith("broken.jsonl:1") and problem[1]


def test_the_db_option_stored_what_a_local_ingest_stores(spark_run):
    _, _, local, pg = spark_run
    with open_store(local) as alone, open_store(pg) as shared:
        assert shared.events() == alone.events()
        assert [a["id"] for a in shared.articles()] == [a["id"] for a in alone.articles()]


def test_spark_load_into_either_backend(spark_run, db_url, cli):
    _, out, local, _ = spark_run
    loaded = cli("spark", "load", str(out), "--db", db_url)
    assert loaded.returncode == 0, loaded.stderr
    assert f"{len(DEMO) + 1} articles stored" in loaded.stderr
    again = cli("spark", "load", str(out), "--db", db_url)
    assert "0 articles stored with 0 events" in again.stderr
    with open_store(local) as alone, open_store(db_url) as store:
        assert store.events() == alone.events()
        assert [store.restoration(a["id"]) for a in store.articles()] == \
            [alone.restoration(a["id"]) for a in alone.articles()]


def test_spark_arguments_are_checked(cli, tmp_path):
    alone = cli("spark", "ingest", str(tmp_path))
    assert alone.returncode == 2 and "output folder" in alone.stderr
    missing = cli("spark", "load", str(tmp_path), "--db", str(tmp_path / "x.duckdb"))
    assert missing.returncode == 2 and "not a spark ingest output" in missing.stderr


def test_exports_from_parquet_match_exports_from_the_store(spark_run, cli, tmp_path):
    """GDELT and PLOVER exports read the Parquet output as they read a store: the same
    lines, but for DATEADDED (when each run stored the article)."""
    from faultline.export import gdelt

    _, out, local, _ = spark_run
    lines = {}
    for name, source in (("parquet", ["--parquet", str(out)]), ("store", ["--db", local])):
        target = tmp_path / f"{name}.CSV"
        assert cli("export", "gdelt", str(target), *source).returncode == 0
        rows = [line.split("\t") for line in target.read_text("utf-8").splitlines()]
        assert rows and all(gdelt.problems(r) == [] for r in rows)
        added = gdelt.COLUMNS.index("DATEADDED")
        lines[name] = [r[:added] + r[added + 1:] for r in rows]
        plover = cli("export", "plover", "-", *source)
        lines[name + " plover"] = plover.stdout
    assert lines["parquet"] == lines["store"]
    assert lines["parquet plover"] == lines["store plover"] != ""


def test_a_partition_spanning_years_of_days_is_written(tmp_path):
    """One executor's rows may cover thousands of days (an archive of ten years)."""
    from datetime import date, timedelta

    from faultline.spark.job import write_rows

    days = [date(2015, 1, 1) + timedelta(days=i) for i in range(1500)]
    rows = [{"article_id": f"a{i}", "key": i, "day": d.isoformat()}
            for i, d in enumerate(days)]
    write_rows(str(tmp_path), "story_keys", rows, "part-00000-0000")
    written = duckdb.connect().execute(
        f"SELECT count(*), count(DISTINCT day) FROM {parquet(tmp_path, 'story_keys')}")
    assert written.fetchone() == (1500, 1500)
