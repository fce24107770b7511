"""``faultline spark ingest``: read, restore and code articles on Spark, write Parquet.

Three stages. Reading: every input file (local path or any Hadoop-compatible URI) is read
whole by Spark and handed to ``faultline.ingest.read_input``, the readers the CLI uses.
The articles are then shuffled by id, which drops duplicates across inputs and spreads
one big WARC or JSONL file over every executor. Coding: each partition goes through
``faultline.pipeline.code_batch`` batch by batch (the models load once per Python worker,
which Spark reuses between tasks) and writes its rows as Parquet with pyarrow, straight
from the executor: one pass over the data, no Python rows shipped back to the JVM. The
rows are those ``faultline.store`` stores (``article_rows``, ``event_rows``,
``restoration_rows``), so the Parquet loads into either store unchanged; with ``--db``
each partition also writes its batches into that store. Clustering: what story and event
merging need of each article and event (a compact profile, a mention) comes out of the
coding tasks and is kept in executor memory, so ``faultline.spark.clusters`` merges the
whole output without reading back its thousands of small day-partitioned files.

There are twice as many coding partitions as cores by default, so the cores stay busy
until the end of the stage when partitions take unequal times.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from faultline.analysis.events import EventMerger
from faultline.analysis.stories import StoryIndex
from faultline.ingest import read_input
from faultline.ingest.source import Input
from faultline.pipeline import DEFAULT_BATCH, batches, code_batch
from faultline.records import Article, Problem, ReadOptions
from faultline.spark.clusters import compact_profile, mention_item
from faultline.store.base import article_rows, event_rows, restoration_rows

#: The tables the job writes, each partitioned by ``day`` (YYYY-MM-DD, or "undated"). All but
#: mentions and problems are store tables, with the store's columns.
TABLES = ("articles", "events", "mentions", "restorations", "story_keys", "copies",
          "problems")
#: The tables the clustering over the whole output writes (not partitioned by day).
CLUSTER_TABLES = ("stories", "event_links")
#: Coding partitions per core by default.
PARTITIONS_PER_CORE = 2

MENTION_COLUMNS = ("event_id", "article_id", "article_date", "url", "sentence_index",
                   "char_start", "char_end", "confidence")


@dataclass(frozen=True)
class JobOptions:
    """How to read and code, and where else to write (a store URL, usually PostgreSQL)."""

    read: ReadOptions = field(default_factory=ReadOptions)
    restore: bool = True
    db: str | None = None
    partitions: int | None = None
    batch_size: int = DEFAULT_BATCH


@dataclass(frozen=True)
class JobReport:
    """Rows written per table, for the summary line."""

    counts: dict[str, int]


# -- stage 1: inputs -> (key, article or problem) -------------------------------------------

def local_name(uri: str) -> str:
    """A ``file:`` URI as the plain path the local pipeline would record; others as given."""
    if uri.startswith("file://"):
        return uri[len("file://"):]
    if uri.startswith("file:"):
        return uri[len("file:"):]
    return uri


def read_order(name: str, roots: list[str]) -> tuple:
    """Where a file comes in a local run over ``roots``: by input, then as ``os.walk``
    visits a folder (its files in name order, then its sub-folders in name order)."""
    for index, root in enumerate(roots):
        if name == root or name.startswith(root.rstrip("/") + "/"):
            parts = name[len(root):].strip("/").split("/") if name != root else []
            return (index, *((1, p) for p in parts[:-1]), (0, parts[-1] if parts else ""))
    return (len(roots), (0, name))


def read_files(rows: Iterable[Any], options: ReadOptions, roots: list[str]
               ) -> Iterator[tuple[str, tuple[tuple, Any]]]:
    """Articles keyed by id, problems keyed uniquely, each with its place in a local run's
    reading order, from Spark ``binaryFile`` rows."""
    for row in rows:
        content = bytes(row.content)
        name = local_name(row.path)
        order = read_order(name, roots)
        source = Input(name, io.BufferedReader(io.BytesIO(content)), len(content))
        for item in read_input(source, options):
            if isinstance(item, Problem):
                yield ("!" + item.input + "\0" + item.reason, ((*order, 0), item))
            else:
                yield (item.id, ((*order, item.byte_start), item))


def first_read(a: tuple[tuple, Any], b: tuple[tuple, Any]) -> tuple[tuple, Any]:
    """Of two copies of one article, the one a local run would store: the first read."""
    return min(a, b, key=lambda pair: pair[0])


# -- stage 2: articles -> rows ----------------------------------------------------------------

def day_of(value: date | None) -> str:
    return value.isoformat() if value else "undated"


def rows_for(fresh: list[Article], coded: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """The store's rows for one coded batch, each tagged with its table and ``day``."""
    published = {a.id: a for a in fresh}
    for row in article_rows(fresh):
        yield "articles", {**row, "day": day_of(row["published"])}
    for row in event_rows(coded.events):
        yield "events", {**row, "day": day_of(row["date_start"])}
        article = published[row["article_id"]]
        yield "mentions", {"event_id": row["event_id"], "article_id": row["article_id"],
                           "article_date": article.published, "url": article.url,
                           "sentence_index": row["sentence_index"],
                           "char_start": row["char_start"], "char_end": row["char_end"],
                           "confidence": row["confidence"], "day": day_of(article.published)}
    for row in restoration_rows(coded.restorations):
        yield "restorations", {**row, "day": day_of(published[row["article_id"]].published)}
    for article_id, key in coded.fingerprints:
        yield "story_keys", {"article_id": article_id, "key": key,
                             "day": day_of(published[article_id].published)}
    for copy_id, original_id, similarity in coded.copies:
        yield "copies", {"article_id": copy_id, "original_id": original_id,
                         "similarity": similarity,
                         "day": day_of(published[copy_id].published)}


def code_partition(items: Iterable[Any], options: JobOptions) -> Iterator[tuple[str, Any]]:
    """Run the pipeline over one partition, batch by batch, as ``faultline ingest`` does:
    each table's rows, and each article's ``profile`` for story merging."""
    from faultline.store import open_store

    store = open_store(options.db) if options.db else None
    stories = StoryIndex(store)
    merger = EventMerger(store) if store is not None else None
    articles: list[Article] = []
    try:
        for item in items:
            if isinstance(item, Problem):
                yield "problems", {"input": item.input, "reason": item.reason,
                                   "fatal": item.fatal, "day": "undated"}
            else:
                articles.append(item)
        for batch in batches(articles, options.batch_size):
            coded = code_batch(batch, stories, merger, restore=options.restore)
            for problem in coded.failures.values():
                yield "problems", {"input": problem.input, "reason": problem.reason,
                                   "fatal": problem.fatal, "day": "undated"}
            batch = [a for a in batch if a.id not in coded.failures]  # retried next run
            yield from rows_for(batch, coded)
            scores = {article_id: r.score for article_id, r in coded.restorations}
            for article in batch:
                yield "profile", compact_profile(article.id, article.text, article.published,
                                                 scores.get(article.id))
            if store is not None:
                store.write_batch(batch, coded.events, coded.restorations, coded.fingerprints,
                                  coded.copies, coded.stories, coded.links, coded.story_merges)
    finally:
        if store is not None:
            store.close()


# -- writing Parquet from each partition ----------------------------------------------------

def arrow_schema(table: str) -> Any:
    """A table's Arrow schema: the store's columns (for store tables) plus ``day``."""
    import pyarrow as pa

    from faultline.store.duckdb_store import ARTICLE_SCHEMA, EVENT_SCHEMA, RESTORATION_SCHEMA

    schemas = {
        "articles": ARTICLE_SCHEMA, "events": EVENT_SCHEMA, "restorations": RESTORATION_SCHEMA,
        "mentions": pa.schema([("event_id", pa.string()), ("article_id", pa.string()),
                               ("article_date", pa.date32()), ("url", pa.string()),
                               ("sentence_index", pa.int32()), ("char_start", pa.int32()),
                               ("char_end", pa.int32()), ("confidence", pa.float64())]),
        "story_keys": pa.schema([("article_id", pa.string()), ("key", pa.int64())]),
        "copies": pa.schema([("article_id", pa.string()), ("original_id", pa.string()),
                             ("similarity", pa.float64())]),
        "problems": pa.schema([("input", pa.string()), ("reason", pa.string()),
                               ("fatal", pa.bool_())]),
    }
    return schemas[table].append(pa.field("day", pa.string()))


def write_rows(output: str, table: str, rows: list[dict[str, Any]], name: str) -> None:
    """Write rows as ``output/table/day=.../name-N.parquet``. Names are fixed by partition
    and flush, so a task Spark runs again replaces its files instead of adding copies."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyarrow import fs

    filesystem, root = fs.FileSystem.from_uri(output)
    frame = pa.Table.from_pylist(rows, schema=arrow_schema(table))
    pq.write_to_dataset(frame, f"{root}/{table}", partition_cols=["day"],
                        filesystem=filesystem, basename_template=name + "-{i}.parquet",
                        existing_data_behavior="overwrite_or_ignore",
                        max_partitions=1_000_000)  # a partition may span decades of days


def write_partition(index: int, items: Iterable[Any], output: str, options: JobOptions,
                    flush_rows: int = 200_000) -> Iterator[tuple[str, Any]]:
    """Code one partition and write its rows, every ``flush_rows`` rows and at the end.
    Yields what clustering needs, tagged: ("profile", (id, Profile)) per article and
    ("mention", ``mention_item``) per event; then ("count", (table, rows written))."""
    pending: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    flushes = 0

    def flush() -> None:
        nonlocal flushes
        for table, rows in pending.items():
            if rows:
                write_rows(output, table, rows, f"part-{index:05}-{flushes:04}")
                counts[table] += len(rows)
                rows.clear()
        flushes += 1

    held = 0
    for table, row in code_partition(items, options):
        if table == "profile":
            yield "profile", row
            continue
        if table == "events":
            yield "mention", mention_item(row)
        pending[table].append(row)
        held += 1
        if held >= flush_rows:
            flush()
            held = 0
    flush()
    for table, count in counts.items():
        yield "count", (table, count)


def tagged(rdd: Any, tag: str) -> Any:
    """The payloads of one kind of ``write_partition`` output."""
    return rdd.filter(lambda item: item[0] == tag).map(lambda item: item[1])


# -- the driver -------------------------------------------------------------------------------

def session(master: str | None = None, app: str = "faultline") -> Any:
    """A Spark session: the given master (``local[2]``...), or whatever ``spark-submit``
    configured. Locally the Python workers run this interpreter, so they import the same
    faultline; on a cluster faultline must be installed on the executors (see README)."""
    import os

    from pyspark.sql import SparkSession

    if master and master.startswith("local"):  # PySpark reads the workers' Python from here
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app).config("spark.sql.session.timeZone", "UTC")
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            builder = (builder.config("spark.ui.enabled", "false")
                       .config("spark.ui.showConsoleProgress", "false")
                       .config("spark.sql.shuffle.partitions", "8"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")  # problems are reported as rows, not log lines
    return spark


def qualified(path: str) -> str:
    """An input as ``read_files`` will see its files' names: local paths made absolute."""
    from pathlib import Path

    if "://" in path or path.startswith("file:"):
        return local_name(path)
    return str(Path(path).absolute())


def run(spark: Any, inputs: list[str], output: str, options: JobOptions | None = None
        ) -> JobReport:
    """Read ``inputs``, code every distinct article once, write each table under
    ``output/<table>/day=YYYY-MM-DD/`` as Parquet (replacing what was there), then merge
    stories and events over the whole output (``output/stories``, ``output/event_links``)."""
    from pyarrow import fs
    from pyspark import StorageLevel

    from faultline.spark.clusters import cluster

    options = options or JobOptions()
    output = qualified(output) if "://" not in output else output
    filesystem, root = fs.FileSystem.from_uri(output)
    for table in TABLES + CLUSTER_TABLES:
        filesystem.delete_dir_contents(f"{root}/{table}", missing_dir_ok=True)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .load(inputs))
    partitions = options.partitions or coding_partitions(spark)
    read, roots = options.read, [qualified(path) for path in inputs]
    keyed = files.rdd.mapPartitions(lambda rows: read_files(rows, read, roots))
    distinct = keyed.reduceByKey(first_read, numPartitions=partitions).map(lambda kv: kv[1][1])
    # coded once: kept (spilling to disk if need be) for the counts and the clustering
    coded = distinct.mapPartitionsWithIndex(
        lambda index, items: write_partition(index, items, output, options)
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        for table, count in tagged(coded, "count").collect():
            counts[table] += count
        clusters = cluster(tagged(coded, "profile"), tagged(coded, "mention"), output,
                           partitions)
    finally:
        coded.unpersist()
    return JobReport({**counts, "stories": clusters["stories"],
                      "merged events": clusters["events"]})


def coding_partitions(spark: Any) -> int:
    """``PARTITIONS_PER_CORE`` per core: with one per core, the stage lasts as long as its
    slowest partition while the other cores idle."""
    return max(2, PARTITIONS_PER_CORE * spark.sparkContext.defaultParallelism)


def main(argv: list[str] | None = None) -> None:
    """Entry point for ``spark-submit .../faultline/spark/job.py INPUT... OUTPUT [options]``:
    the ``faultline spark ingest`` command with the master spark-submit chose."""
    from faultline.cli import app

    app(["spark", "ingest", "--master", "", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
