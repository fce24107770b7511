"""Story and event merging over a whole Spark job output, so that a month of news merges
correctly across partitions.

The rules are those of ``faultline.analysis`` (one definition of a copy, a retelling and a
repeat report); only the search is distributed:

- stories: every article's LSH keys over its names and numbers are exploded into rows and
  joined with themselves on the key (the LSH join); pairs sharing ``MIN_SHARED_BANDS``
  keys (at most ``MAX_CANDIDATES`` per article, as in ingest) are verified with
  ``story_similarity`` on the executors, each profile computed once, and the verified edges
  (few: copies and retellings) are joined into stories on the driver;
- events: mentions are grouped by source, target and CAMEO root, and each group is merged
  in date order with ``merge_mentions``, exactly as ingest merges them batch by batch.

The results are written beside the job's tables as ``stories`` and ``event_links``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from faultline.analysis.events import mention_of_row, merge_mentions
from faultline.analysis.stories import (
    MAX_CANDIDATES,
    MIN_SHARED_BANDS,
    Profile,
    profile,
    stories_from_edges,
    story_similarity,
)
from faultline.store.base import STORY_COLUMNS


def compact_profiles(rows: Iterable[Any]) -> Iterator[tuple[str, Profile]]:
    """Each article's profile, computed once on an executor; the text is kept only as a
    digest (equal texts are copies), so pairs ship sets, not articles."""
    for row in rows:
        full = profile(row["id"], row["text"], row["published"], row["spin_score"] or 0.0)
        digest = hashlib.blake2b(row["text"].encode(), digest_size=12).hexdigest()
        yield full.article_id, replace(full, text=digest)


def verified(pairs: Iterable[tuple[Profile, Profile]]) -> Iterator[tuple[str, str, float]]:
    """The candidate pairs that are one story, with their similarity."""
    for a, b in pairs:
        sim = 1.0 if a.text == b.text else story_similarity(a, b)
        if sim > 0:
            yield a.article_id, b.article_id, sim


def table_uri(output: str, table: str) -> str:
    return f"{output.rstrip('/')}/{table}"


def has_table(output: str, table: str) -> bool:
    """Whether the job wrote any row of ``table`` (local paths or any pyarrow filesystem)."""
    from pyarrow import fs

    filesystem, root = fs.FileSystem.from_uri(output if "://" in output
                                              else str(Path(output).absolute()))
    selector = fs.FileSelector(f"{root}/{table}", allow_not_found=True, recursive=True)
    return any(info.path.endswith(".parquet") for info in filesystem.get_file_info(selector))


def article_frame(spark: Any, output: str) -> Any:
    """id, text, published and spin score of every article the job wrote."""
    articles = spark.read.parquet(table_uri(output, "articles")).select("id", "text",
                                                                        "published")
    if has_table(output, "restorations"):
        scores = spark.read.parquet(table_uri(output, "restorations")).select(
            "article_id", "spin_score")
        return articles.join(scores, articles.id == scores.article_id, "left").drop(
            "article_id")
    from pyspark.sql import functions as F

    return articles.withColumn("spin_score", F.lit(None).cast("double"))


def story_rows(spark: Any, output: str) -> list[tuple]:
    """Stories of every article of a job output, through an LSH self-join."""
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    profiles = article_frame(spark, output).rdd.mapPartitions(compact_profiles).cache()
    keys = spark.createDataFrame(
        profiles.flatMap(lambda kv: [(kv[0], key) for key in kv[1].buckets]),
        "article_id string, key long")  # a schema given: no job to infer one
    left, right = keys.alias("l"), keys.alias("r")
    shared = (left.join(right, (F.col("l.key") == F.col("r.key"))
                        & (F.col("l.article_id") < F.col("r.article_id")))
              .groupBy(F.col("l.article_id").alias("a"), F.col("r.article_id").alias("b"))
              .count().where(F.col("count") >= MIN_SHARED_BANDS))
    # as ingest does, each article is verified against its MAX_CANDIDATES best candidates
    by_a = Window.partitionBy("a").orderBy(F.desc("count"), "b")
    by_b = Window.partitionBy("b").orderBy(F.desc("count"), "a")
    pairs = (shared.withColumn("ra", F.row_number().over(by_a))
             .withColumn("rb", F.row_number().over(by_b))
             .where((F.col("ra") <= MAX_CANDIDATES) | (F.col("rb") <= MAX_CANDIDATES))
             .select("a", "b"))
    with_a = pairs.rdd.map(lambda p: (p["a"], p["b"])).join(profiles)
    both = with_a.map(lambda kv: (kv[1][0], kv[1][1])).join(profiles).map(lambda kv: kv[1])
    edges = both.mapPartitions(verified).collect()
    meta = [Profile(i, "", published, score, frozenset(), frozenset())
            for i, published, score in profiles.map(
                lambda kv: (kv[0], kv[1].published, kv[1].score)).collect()]
    profiles.unpersist()
    return stories_from_edges(meta, edges)


def merged_group(rows: Iterable[dict[str, Any]]) -> list[tuple[str, str, bool]]:
    """Merge one dyad-and-root group of mentions in the order ingest would see them."""
    ordered = sorted(rows, key=lambda r: (r["date_start"] or date.min, r["article_id"],
                                          r["sentence_index"], r["event_id"]))
    return [(link.event_id, link.merged_id, link.representative)
            for link in merge_mentions([mention_of_row(r) for r in ordered])]


def link_rows(spark: Any, output: str) -> Any:
    """(event_id, merged_id, representative) for every event of a job output, as an RDD."""
    if not has_table(output, "events"):
        return spark.sparkContext.parallelize([])
    events = spark.read.parquet(table_uri(output, "events")).select(
        "event_id", "article_id", "sentence_index", "event_date", "date_basis", "date_start",
        "source_country", "source_org", "target_country", "target_org", "cameo_root",
        "cameo_code", "negated", "hypothetical")

    def key(row: Any) -> tuple:
        return (row["source_country"] or row["source_org"],
                row["target_country"] or row["target_org"], row["cameo_root"])

    return (events.rdd.map(lambda r: (key(r), r.asDict())).groupByKey()
            .flatMap(lambda kv: merged_group(kv[1])))


def cluster_output(spark: Any, output: str) -> dict[str, int]:
    """Write ``stories`` and ``event_links`` beside a job output's tables; return counts."""
    stories = story_rows(spark, output)
    frame = spark.createDataFrame(stories, list(STORY_COLUMNS)) if stories else None
    if frame is not None:
        frame.write.mode("overwrite").parquet(table_uri(output, "stories"))
    links = link_rows(spark, output).cache()  # written, then counted: computed once
    mentions = links.count()
    if mentions:
        spark.createDataFrame(links, "event_id string, merged_id string, "
                              "representative boolean").write.mode("overwrite").parquet(
            table_uri(output, "event_links"))
    events = links.map(lambda link: link[1]).distinct().count() if mentions else 0
    links.unpersist()
    return {"stories": len({s[1] for s in stories}), "articles": len(stories),
            "events": events, "mentions": mentions}
