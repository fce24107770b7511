"""Story and event merging over a whole Spark job output, so that a month of news merges
correctly across partitions.

The rules are those of ``faultline.analysis`` (one definition of a copy, a retelling and a
repeat report); only the search is distributed:

- stories: every article's LSH keys over its names and numbers are grouped by key (the LSH
  join); pairs sharing ``MIN_SHARED_BANDS`` keys (each article's ``MAX_CANDIDATES`` best, as
  in ingest) are verified with ``story_similarity`` on the executors, each profile computed
  once, and the verified edges (few: copies and retellings) are joined into stories on the
  driver;
- events: mentions are grouped by source, target and CAMEO root, and each group is merged
  in date order with ``merge_mentions``, exactly as ingest merges them batch by batch.

The job hands its coded articles and events over in memory (``cluster``); an output
already on disk is clustered from its Parquet tables (``cluster_output``). Every step is a
plain RDD shuffle with a fixed number of partitions: a fixed cost per Spark task is paid
per partition, never per input file or per day folder. The results are written beside
the job's tables as ``stories`` and ``event_links``, by pyarrow: stories from the driver,
links from the executors that merged them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from faultline.analysis.events import Mention, mention_of_row, merge_mentions, merge_order
from faultline.analysis.stories import (
    MAX_CANDIDATES,
    MIN_SHARED_BANDS,
    Profile,
    profile,
    stories_from_edges,
    story_similarity,
)

#: (dyad-and-root key, (the order ingest sees the mention in, the mention))
MentionItem = tuple[tuple, tuple[tuple, Mention]]

STORY_SCHEMA = (("article_id", "string"), ("story_id", "string"), ("similarity", "float64"),
                ("spun", "bool"), ("spin_score", "float64"))
LINK_SCHEMA = (("event_id", "string"), ("merged_id", "string"), ("representative", "bool"))


# -- what clustering needs of each article and event ----------------------------------------

def compact_profile(article_id: str, text: str, published: date | None,
                    score: float | None) -> tuple[str, Profile]:
    """An article's profile; the text is kept only as a digest (equal texts are copies), so
    pairs ship sets, not articles."""
    full = profile(article_id, text, published, score or 0.0)
    digest = hashlib.blake2b(text.encode(), digest_size=12).hexdigest()
    return article_id, replace(full, text=digest)


def mention_item(row: Mapping[str, Any]) -> MentionItem:
    """An event row (``store.base.event_rows``) as merging needs it: by dyad and root, in
    the order ingest merges a batch in (``merge_order``: date, article, sentence)."""
    mention = mention_of_row(row)
    return mention.key, (merge_order(mention), mention)


# -- stories ----------------------------------------------------------------------------------

def bucket_members(bucket: tuple[int, Iterable[int]]) -> Iterator[tuple[int, Any]]:
    """Each article of one LSH bucket, with the bucket's articles (ranks, as an array)."""
    import numpy as np

    members = np.sort(np.fromiter(bucket[1], dtype=np.int64))
    for rank in members:
        yield int(rank), members


def best_candidates(article: tuple[int, Iterable[Any]]) -> Iterator[tuple[int, int]]:
    """The pairs to verify of one article (by rank): the articles sharing at least
    ``MIN_SHARED_BANDS`` of its buckets, the ``MAX_CANDIDATES`` sharing most (ties by id)
    among those after it and among those before it, as (smaller rank, larger rank)."""
    import numpy as np

    rank, buckets = article
    others, shared = np.unique(np.concatenate(list(buckets)), return_counts=True)
    keep = (shared >= MIN_SHARED_BANDS) & (others != rank)
    others, shared = others[keep], shared[keep]
    for side in (others > rank, others < rank):
        best = np.lexsort((others[side], -shared[side]))[:MAX_CANDIDATES]
        for other in others[side][best]:
            yield (rank, int(other)) if other > rank else (int(other), rank)


def candidate_pairs(ranked: Any, partitions: int) -> Any:
    """(a, b) ranks of each pair of articles to verify, a < b, from ``ranked`` (an RDD of
    (rank, Profile)): the LSH join, as ingest's candidate search, one article at a time.
    Each bucket's articles are grouped (as an array of ranks) and sent to each of them,
    where the buckets an article shares with each other are counted with numpy: a bucket
    shared by thousands of articles (news on the same few actors) makes millions of
    pairs, too many to count one by one."""
    memberships = ranked.flatMap(lambda rp: [(key, rp[0]) for key in rp[1].buckets])
    return (memberships.groupByKey(partitions).flatMap(bucket_members)
            .groupByKey(partitions).flatMap(best_candidates))


def with_first(group: tuple[int, tuple[Iterable[int], Iterable[Profile]]]
               ) -> Iterator[tuple[int, Profile]]:
    """(second rank, first profile) for each distinct pair of one first article."""
    _, (seconds, firsts) = group
    for first in firsts:
        for second in set(seconds):
            yield second, first


def verified(pairs: Iterable[tuple[int, tuple[Profile, Profile]]]
             ) -> Iterator[tuple[str, str, float]]:
    """The candidate pairs that are one story, with their similarity."""
    for _, (a, b) in pairs:
        sim = 1.0 if a.text == b.text else story_similarity(a, b)
        if sim > 0:
            yield a.article_id, b.article_id, sim


def story_edges(ranked: Any, partitions: int) -> list[tuple[str, str, float]]:
    """The verified pairs among the articles of ``ranked`` (an RDD of (rank, Profile)):
    the candidate pairs, then the two profiles of each joined in and compared."""
    firsts = candidate_pairs(ranked, partitions).cogroup(ranked, partitions).flatMap(
        with_first)
    return firsts.join(ranked, partitions).mapPartitions(verified).collect()


def story_rows(profiles: Any, partitions: int) -> list[tuple]:
    """Stories of every article of ``profiles`` (an RDD of (id, Profile)). Articles are
    numbered in id order, so that numbers compare as ids do (which article of a pair
    comes first, ties between candidates) and numpy can count them."""
    ranked = (profiles.sortByKey(numPartitions=partitions).zipWithIndex()
              .map(lambda pr: (pr[1], pr[0][1])).persist())
    try:
        edges = story_edges(ranked, partitions)
        meta = [Profile(i, "", published, score, frozenset(), frozenset())
                for i, published, score in ranked.map(
                    lambda rp: (rp[1].article_id, rp[1].published, rp[1].score)).collect()]
    finally:
        ranked.unpersist()
    return stories_from_edges(meta, edges)


# -- events -----------------------------------------------------------------------------------

def merged_group(items: Iterable[tuple[tuple, Mention]]) -> list[tuple[str, str, bool]]:
    """Merge one dyad-and-root group of mentions in the order ingest would see them."""
    ordered = [mention for _, mention in sorted(items, key=lambda item: item[0])]
    return [(link.event_id, link.merged_id, link.representative)
            for link in merge_mentions(ordered)]


def write_links(index: int, links: Iterable[tuple[str, str, bool]], output: str
                ) -> Iterator[tuple[int, int]]:
    """Write one partition's links as ``event_links/part-N.parquet``; yield (mentions,
    merged events). A merged event's mentions share a key, so they are in one partition."""
    rows = list(links)
    if rows:
        write_table(output, "event_links", LINK_SCHEMA, rows, f"part-{index:05}")
    yield len(rows), len({merged for _, merged, _ in rows})


# -- writing ----------------------------------------------------------------------------------

def filesystem_of(output: str) -> tuple[Any, str]:
    """The pyarrow filesystem and root path of an output (local path or URI)."""
    from pyarrow import fs

    return fs.FileSystem.from_uri(output if "://" in output else str(Path(output).absolute()))


def clear_table(output: str, table: str) -> None:
    filesystem, root = filesystem_of(output)
    filesystem.delete_dir_contents(f"{root}/{table}", missing_dir_ok=True)


def write_table(output: str, table: str, schema: tuple[tuple[str, str], ...],
                rows: list[tuple], name: str) -> None:
    """Write ``rows`` (tuples in ``schema`` order) as ``output/table/name.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pa.schema([(column, pa.type_for_alias(kind)) for column, kind in schema])
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    frame = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, arrow,
                                                                              strict=True)],
                                 schema=arrow)
    filesystem, root = filesystem_of(output)
    filesystem.create_dir(f"{root}/{table}", recursive=True)
    pq.write_table(frame, f"{root}/{table}/{name}.parquet", filesystem=filesystem)


# -- the whole output -------------------------------------------------------------------------

def cluster(profiles: Any, mentions: Any, output: str, partitions: int) -> dict[str, int]:
    """Merge stories (``profiles``: an RDD of (id, Profile)) and events (``mentions``: an RDD
    of ``mention_item``) and write ``output/stories`` and ``output/event_links``
    (replacing what was there); return the counts."""
    clear_table(output, "stories")
    clear_table(output, "event_links")
    stories = story_rows(profiles, partitions)
    if stories:
        write_table(output, "stories", STORY_SCHEMA, stories, "part-00000")
    counts = (mentions.groupByKey(partitions)
              .flatMap(lambda kv: merged_group(kv[1]))
              .mapPartitionsWithIndex(lambda index, links: write_links(index, links, output))
              .collect())
    return {"stories": len({s[1] for s in stories}), "articles": len(stories),
            "events": sum(events for _, events in counts),
            "mentions": sum(mentions for mentions, _ in counts)}


def table_uri(output: str, table: str) -> str:
    return f"{output.rstrip('/')}/{table}"


def has_table(output: str, table: str) -> bool:
    """Whether the job wrote any row of ``table`` (local paths or any pyarrow filesystem)."""
    from pyarrow import fs

    filesystem, root = filesystem_of(output)
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


def cluster_output(spark: Any, output: str, partitions: int | None = None) -> dict[str, int]:
    """Cluster a job output already written, from its Parquet tables: write ``stories``
    and ``event_links`` beside them; return the counts."""
    partitions = partitions or 2 * spark.sparkContext.defaultParallelism
    profiles = article_frame(spark, output).rdd.map(
        lambda r: compact_profile(r["id"], r["text"], r["published"], r["spin_score"]))
    if has_table(output, "events"):
        mentions = spark.read.parquet(table_uri(output, "events")).rdd.map(
            lambda r: mention_item(r.asDict()))
    else:
        mentions = spark.sparkContext.parallelize([])
    profiles.cache()  # read three times: keys, pairs' profiles, and the story list
    try:
        return cluster(profiles, mentions, output, partitions)
    finally:
        profiles.unpersist()
