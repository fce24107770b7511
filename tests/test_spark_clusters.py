"""Story and event merging on Spark gives the clusters the incremental ingest gives, on a
local Spark session over Parquet tables exported from a real DuckDB store."""

from __future__ import annotations

import os
import sys
from collections import defaultdict

import pytest

from faultline import pipeline
from faultline.store import open_store

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))


def partition(pairs) -> set[frozenset]:
    groups = defaultdict(set)
    for item, label in pairs:
        groups[label].add(item)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture(scope="module")
def spark():
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("pyspark is not installed (pip install -e '.[spark]')")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers import faultline
    session = (SparkSession.builder.master("local[2]").appName("faultline-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """A corpus of copies and retellings, its folder, and what the incremental ingest made
    of it: (folder, DuckDB path, stories, merged events, representatives)."""
    from storygen import corpus

    tmp = tmp_path_factory.mktemp("clusters")
    folder = tmp / "in"
    folder.mkdir()
    for i, doc in enumerate(corpus(12, 3, seed=4)):
        (folder / f"{i:03d}.txt").write_text(doc.dated_text(), encoding="utf-8")
    db = str(tmp / "local.duckdb")
    with open_store(db) as store:
        pipeline.ingest([str(folder)], store)
        stories = partition(store.execute("SELECT article_id, story_id FROM stories"))
        events = partition(store.execute("SELECT event_id, merged_id FROM event_links"))
        reps = partition(store.execute("SELECT event_id, merged_id FROM event_links "
                                       "WHERE representative"))
    return folder, db, stories, events, reps


def assert_clusters_match(spark, out, counts, ingested) -> None:
    _, _, local_stories, local_events, local_reps = ingested
    got_stories = partition(tuple(r) for r in spark.read.parquet(str(out / "stories"))
                            .select("article_id", "story_id").collect())
    links = spark.read.parquet(str(out / "event_links"))
    got_events = partition(tuple(r) for r in links.select("event_id", "merged_id").collect())
    assert partition(tuple(r) for r in links.where("representative")
                     .select("event_id", "merged_id").collect()) == local_reps
    assert counts["stories"] == len(local_stories) < len(got_stories.union(*got_stories))
    assert got_stories == local_stories
    assert got_events == local_events
    assert counts["events"] == len(local_events) < links.count()


def test_spark_clusters_match_the_incremental_ones(spark, tmp_path, ingested):
    """From a job output on disk: Parquet tables exported from the store."""
    from faultline.spark.clusters import cluster_output

    out = tmp_path / "out"
    with open_store(ingested[1]) as store:
        for table in ("articles", "events", "restorations"):
            (out / table).mkdir(parents=True)
            store.execute(f"COPY {table} TO '{out / table / 'part-0.parquet'}' "
                          "(FORMAT PARQUET)")
    counts = cluster_output(spark, str(out))
    assert_clusters_match(spark, out, counts, ingested)


def test_the_job_clusters_what_it_codes_as_ingest_does(spark, tmp_path, ingested):
    """In the job: profiles and mentions handed over in memory from the coding tasks."""
    from faultline.spark.job import run

    out = tmp_path / "out"
    report = run(spark, [str(ingested[0])], str(out))
    counts = {"stories": report.counts["stories"], "events": report.counts["merged events"]}
    assert_clusters_match(spark, out, counts, ingested)
