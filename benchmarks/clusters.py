"""Story and event clustering, measured on synthetic corpora where the truth is known.

    .venv/bin/python benchmarks/clusters.py                  # accuracy (B-cubed)
    .venv/bin/python benchmarks/clusters.py --scale 100000   # + incremental throughput

Stories: ``storygen.corpus`` stories with copies of every kind (edited, re-headlined, cut
short, re-dated, spun), ingested in batches into a real DuckDB file; the stored story of
each article is compared with the story it was generated from (B-cubed precision, recall,
F1, overall and for spun copies). Events: reports of known events (dyad, root, day) from
several articles on several days with every date basis, mixed with other events on the same
dyads, merged batch by batch through the store; B-cubed against the known events.
Throughput: with ``--scale`` articles already stored (bulk-loaded as ingest leaves them),
``--new`` more are ingested incrementally; the story placement work per article
(candidates from the store's LSH keys, verification) is timed.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from faultline import pipeline
from faultline.analysis.events import EventMerger
from faultline.analysis.stories import StoryIndex
from faultline.ingest import read_inputs
from faultline.records import Actor, Article, Event
from faultline.store import open_store
from storygen import Doc, corpus


def bcubed(truth: dict[str, object], found: dict[str, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering ``found`` against ``truth``."""
    by_truth, by_found = defaultdict(set), defaultdict(set)
    for item, label in truth.items():
        by_truth[label].add(item)
    for item, label in found.items():
        by_found[label].add(item)
    p = r = 0.0
    for item in truth:
        mine, real = by_found[found[item]], by_truth[truth[item]]
        both = len(mine & real)
        p += both / len(mine)
        r += both / len(real)
    p, r = p / len(truth), r / len(truth)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def write_docs(docs: list[Doc], folder: Path) -> dict[str, Doc]:
    paths = {}
    for i, doc in enumerate(docs):
        path = folder / f"{i:06d}.txt"
        path.write_text(doc.dated_text(), encoding="utf-8")
        paths[str(path)] = doc
    return paths


def story_accuracy(stories: int, copies: int, seed: int) -> dict[str, object]:
    docs = corpus(stories, copies, seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_docs(docs, Path(tmp))
        db = str(Path(tmp) / "stories.duckdb")
        truth: dict[str, object] = {}
        kinds: dict[str, str] = {}
        for article in read_inputs(sorted(paths)):
            if isinstance(article, Article) and article.id not in truth:
                truth[article.id] = paths[article.source].story
                kinds[article.id] = paths[article.source].kind
        with open_store(db) as store:
            pipeline.ingest(sorted(paths), store, code=False, batch_size=100)
            found = {r[0]: r[1] for r in store.execute(
                "SELECT article_id, story_id FROM stories")}
    p, r, f = bcubed(truth, found)
    spun = [i for i, k in kinds.items() if k == "spun"]
    by_story = defaultdict(set)
    for item, label in found.items():
        by_story[label].add(item)
    spun_right = sum(1 for i in spun if any(
        truth[j] == truth[i] and kinds[j] != "spun" for j in by_story[found[i]]))
    return {"articles": len(truth), "stories": len(set(truth.values())), "precision": p,
            "recall": r, "f1": f, "spun copies": len(spun),
            "spun with their original": spun_right / len(spun) if spun else None}


ROOTS = ["042", "112", "138", "190", "036", "057"]
PAIRS = [("ARM", "AZE"), ("AZE", "ARM"), ("RUS", "ARM"), ("TUR", "AZE"), ("IRN", "AZE")]


def mention(event_id: str, article: str, sentence: int, dyad: tuple[str, str], root: str,
            day: str, basis: str) -> Event:
    source, target = (Actor(text=c, code=c, country=c) for c in dyad)
    return Event(event_id, article, "", sentence, (0, 0), day, basis, False, False, False,
                 source, target, root, root, "", 0.0, 1, "OTHER", None, None, None, 1.0)


def event_stream(events: int, seed: int) -> tuple[list[list[Event]], dict[str, object]]:
    """Batches of mentions of ``events`` known events and the truth. Each event is reported
    by 1-6 articles over up to three days: on its day (explicit or relative), by the
    publication date of a report a day or two later, by month. Events on one dyad and root
    are at least five days apart; other roots share dyads and days."""
    rng = random.Random(seed)
    mentions, truth = [], {}
    last: dict[tuple, date] = {}
    for n in range(events):
        dyad, root = rng.choice(PAIRS), rng.choice(ROOTS)
        day = max(date(2021, 1, 1) + timedelta(days=rng.randrange(300)),
                  last.get((dyad, root), date(2020, 1, 1)) + timedelta(days=5))
        last[(dyad, root)] = day
        for k in range(rng.randint(1, 6)):
            published = day + timedelta(days=rng.choice([0, 0, 1, 2]))
            style = rng.choices(["explicit", "relative", "publication", "month"],
                                [0.35, 0.3, 0.3, 0.05])[0]
            if style == "publication":
                value, basis = published.isoformat(), "publication"
            elif style == "month":
                value, basis = day.isoformat()[:7], "explicit"
            else:
                value, basis = day.isoformat(), style
            event_id = f"e{n}-{k}"
            mentions.append((published, mention(event_id, f"a{n}-{k}", rng.randrange(9), dyad,
                                                root, value, basis)))
            truth[event_id] = n
    mentions.sort(key=lambda m: m[0])
    ordered = [m for _, m in mentions]
    return [ordered[i:i + 200] for i in range(0, len(ordered), 200)], truth


def event_accuracy(events: int, seed: int) -> dict[str, object]:
    batches, truth = event_stream(events, seed)
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "e.duckdb")) as store:
        merger = EventMerger(store)
        for batch in batches:
            reports = [Article(e.article_id, None, None, "none", e.article_id, "en", "text",
                               "synthetic") for e in batch]
            store.write_batch(reports, batch, event_links=merger.link(batch))
        found = {r[0]: r[1] for r in store.execute(
            "SELECT event_id, merged_id FROM event_links")}
    p, r, f = bcubed(truth, found)
    return {"mentions": len(truth), "events": events, "precision": p, "recall": r, "f1": f}


def preload(store, docs: list[Doc]) -> int:
    """Store ``docs`` as ingest would leave them (articles, stories, LSH keys), in bulk
    through Arrow: the state after ingesting them one by one, built in minutes."""
    from faultline.ingest.build import make_article

    index = StoryIndex(None)
    articles = []
    for i, doc in enumerate(docs):
        article = make_article(text=doc.text, title=doc.title, published=doc.published,
                               date_source="header", fmt="dated", source=f"preload/{i}")
        if isinstance(article, Article) and article.id not in index.batch:
            index.place(article, 0.5 if doc.kind == "spun" else 0.0)
            articles.append(article)
    store.write_batch(articles, fingerprints=index.fingerprints(a.id for a in articles),
                      stories=index.story_rows())
    return len(articles)


def throughput(stored: int, new: int, seed: int) -> dict[str, object]:
    """With ``stored`` articles in the store, ingest ``new`` more (copies of stored stories
    and new stories, no coding) in batches, timing the story placement of each."""
    docs = corpus((stored + new) * 2 // 5, 4, seed=seed, days=365)
    timings: list[float] = []
    place = StoryIndex.place

    def timed(self, article, score):
        t0 = time.perf_counter()
        try:
            return place(self, article, score)
        finally:
            timings.append(time.perf_counter() - t0)

    with tempfile.TemporaryDirectory() as tmp, \
            open_store(str(Path(tmp) / "scale.duckdb")) as store:
        t0 = time.perf_counter()
        loaded = preload(store, docs[:stored])
        load_time = time.perf_counter() - t0
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = write_docs(docs[stored:stored + new], folder)
        StoryIndex.place = timed  # measure the real method in place
        try:
            t0 = time.perf_counter()
            pipeline.ingest(sorted(paths), store, code=False, batch_size=200)
            wall = time.perf_counter() - t0
        finally:
            StoryIndex.place = place
    ordered = sorted(timings)
    return {"stored": loaded, "preload s": load_time, "new articles": len(timings),
            "ingest articles/s": len(timings) / wall,
            "placement p50 ms": 1000 * ordered[len(ordered) // 2],
            "placement p95 ms": 1000 * ordered[int(len(ordered) * 0.95)],
            "placement mean ms": 1000 * sum(timings) / len(timings),
            "max RSS MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=400)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--scale", type=int, default=0,
                        help="also time placing --new articles with this many stored")
    parser.add_argument("--new", type=int, default=2000)
    args = parser.parse_args()
    for name, result in (("stories", story_accuracy(args.stories, args.copies, args.seed)),
                         ("events", event_accuracy(args.events, args.seed))):
        print(name, {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()})
    if args.scale:
        result = throughput(args.scale, args.new, args.seed)
        print("scale", {k: round(v, 2) if isinstance(v, float) else v
                        for k, v in result.items()})


if __name__ == "__main__":
    main()
