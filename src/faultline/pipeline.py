"""The one place that knows the order of the stages: read -> (restore -> nlp -> code) -> store.

The CLI, the API and the Spark job all call this module, so there is a single code
path from text to stored records. Restoration runs before parsing; the events' sentence
spans are mapped back through the restoration's offset map, so they point into the input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from faultline.coding import code_articles
from faultline.ingest import read_inputs
from faultline.records import Article, Event, Problem, ReadOptions
from faultline.restore import Restoration
from faultline.restore import restore as restore_text
from faultline.restore.source import (
    MIN_SIMILARITY,
    bands,
    restore_from,
    signature,
    similarity,
    untouched_shingles,
)
from faultline.store import Store

DEFAULT_BATCH = 200


@dataclass
class IngestReport:
    """What an ingest run did, for the summary table and the exit status."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        """0 when everything went in, 1 when some inputs were rejected, 2 when nothing did."""
        if self.read == 0:
            return 2
        return 1 if self.errors else 0


@dataclass(frozen=True)
class Processed:
    """One article after every stage: its restoration (None when off) and its events,
    whose sentence spans point into the input text."""

    article: Article
    restoration: Restoration | None
    events: list[Event]


@dataclass(frozen=True)
class Seen:
    """What the finder keeps of an article it has looked at in the current batch."""

    text: str
    buckets: list[tuple[int, str]]
    shingles: set[int]
    score: float


class OriginalFinder:
    """Finds the stored (or earlier in this batch) original of a spun copy through LSH over
    the words spinners leave alone, and remembers what it has seen."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store
        self.seen: dict[str, Seen] = {}
        self.links: list[tuple[str, str, float]] = []

    def buckets(self, article: Article) -> list[tuple[int, str]]:
        seen = self.seen.get(article.id)
        return seen.buckets if seen else bands(signature(untouched_shingles(article.text)))

    def stored(self, article_id: str) -> Seen | None:
        """A stored candidate, its spin score read from the store when it was restored."""
        text = (self.store.article(article_id) or {}).get("text") if self.store else None
        if not text:
            return None
        restored = self.store.restoration(article_id) if self.store else None
        score = restored["spin_score"] if restored else restore_text(text).score
        return Seen(text, [], untouched_shingles(text), score)

    def original_of(self, article: Article, own_score: float
                    ) -> tuple[str, str, float] | None:
        """(original id, original text, similarity) of a stored article less spun than
        this one (``own_score``) that it is a copy of, or None."""
        shingles = untouched_shingles(article.text)
        mine = bands(signature(shingles))
        self.seen[article.id] = Seen(article.text, mine, shingles, own_score)
        wanted = set(mine)
        ids = [i for i, s in self.seen.items() if i != article.id and wanted & set(s.buckets)]
        if self.store is not None:
            ids += [i for i in self.store.articles_sharing_buckets(mine) if i not in ids]
        best = None
        for other_id in ids:
            other = self.seen.get(other_id) or self.stored(other_id)
            if other_id == article.id or other is None or other.text == article.text:
                continue
            sim = similarity(shingles, other.shingles)
            if sim >= MIN_SIMILARITY and other.score < own_score and (
                    best is None or sim > best[2]):
                best = (other_id, other.text, sim)
        if best:
            self.links.append((article.id, best[0], round(best[2], 3)))
        return best


def restoration_for(article: Article, finder: OriginalFinder | None) -> Restoration:
    """Restored from the original when one is known (exact), else from the lexicon."""
    from_lexicon = restore_text(article.text)
    original = finder.original_of(article, from_lexicon.score) if finder is not None else None
    if original is None:
        return from_lexicon
    exact = restore_from(article.text, original[1])
    return Restoration(input_text=article.text, text=exact.text, score=from_lexicon.score,
                       changes=exact.changes,
                       evidence=from_lexicon.changes + from_lexicon.evidence,
                       offsets=exact.offsets)


def process(articles: Iterable[Article], *, restore: bool = True, n_process: int = 1,
            finder: OriginalFinder | None = None) -> Iterator[Processed]:
    """Restore, parse and code articles, in input order. With a ``finder``, a copy whose
    original is known is restored exactly from it."""
    pending: dict[str, Restoration] = {}

    def text_of(article: Article) -> str:
        return pending[article.id].text if article.id in pending else article.text

    def restored(items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            if restore:
                pending[article.id] = restoration_for(article, finder)
            yield article

    for article, events in code_articles(restored(articles), n_process=n_process,
                                         text_of=text_of):
        restoration = pending.pop(article.id, None)
        if restoration is not None and restoration.changed:
            events = [replace(e, char_span=restoration.offsets.span_to_input(*e.char_span))
                      for e in events]
        yield Processed(article, restoration, events)


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class CodedBatch:
    """What coding one batch produced, in the shape ``Store.write_batch`` takes."""

    events: list[Event] = field(default_factory=list)
    restorations: list[tuple[str, Restoration]] = field(default_factory=list)
    fingerprints: list[tuple[str, int, str]] = field(default_factory=list)
    links: list[tuple[str, str, float]] = field(default_factory=list)


def code_batch(fresh: list[Article], finder: OriginalFinder | None, *, code: bool = True,
               restore: bool = True, n_process: int = 1) -> CodedBatch:
    """Restore and code one batch of distinct articles, with the fingerprints and copy links
    the store keeps. Shared by ``ingest`` and the Spark job, so both store the same rows.
    The finder forgets the batch afterwards: later batches find it through the store."""
    coded = CodedBatch()
    if code:
        for done in process(fresh, restore=restore, n_process=n_process, finder=finder):
            coded.events.extend(done.events)
            if done.restoration is not None:
                coded.restorations.append((done.article.id, done.restoration))
    if finder is not None:  # every stored article can be found as an original later
        coded.fingerprints = [(a.id, band, key) for a in fresh for band, key in finder.buckets(a)]
        coded.links, finder.links, finder.seen = finder.links, [], {}
    return coded


def ingest(
    paths: list[str],
    store: Store,
    options: ReadOptions | None = None,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_problem: Callable[[Problem], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    code: bool = True,
    restore: bool = True,
    n_process: int = 1,
) -> IngestReport:
    """Read every input, code its articles, and store both in batches of one transaction
    each. Articles already stored are neither parsed nor coded again."""
    report = IngestReport()

    def articles() -> Iterator[Article]:
        for item in read_inputs(paths, options):
            if isinstance(item, Problem):
                (report.errors if item.fatal else report.warnings).append(item)
                if on_problem:
                    on_problem(item)
                continue
            report.read += 1
            if on_article:
                on_article(item)
            yield item

    finder = OriginalFinder(store) if restore else None
    for batch in batches(articles(), batch_size):
        known = store.stored_ids([a.id for a in batch])
        fresh = list({a.id: a for a in batch if a.id not in known}.values())
        coded = code_batch(fresh, finder, code=code, restore=restore, n_process=n_process)
        result = store.write_batch(batch, coded.events, coded.restorations, coded.fingerprints,
                                   coded.links)
        report.stored += result.stored
        report.duplicates += result.duplicates
        report.events += result.events
    return report


def code_inputs(paths: list[str], options: ReadOptions | None = None, *, n_process: int = 1,
                restore: bool = True) -> Iterator[Processed | Problem]:
    """Read, restore and code inputs without a database: each processed article, problems
    inline in input order (for ``faultline code``)."""
    pending: list[Article] = []
    for item in read_inputs(paths, options):
        if isinstance(item, Problem):
            yield from process(pending, restore=restore, n_process=n_process)
            pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= DEFAULT_BATCH:
            yield from process(pending, restore=restore, n_process=n_process)
            pending = []
    yield from process(pending, restore=restore, n_process=n_process)


def restore_inputs(paths: list[str], options: ReadOptions | None = None
                   ) -> Iterator[tuple[Article, Restoration] | Problem]:
    """Read inputs and restore each article (for ``faultline restore`` and ``spin-score``)."""
    for item in read_inputs(paths, options):
        yield item if isinstance(item, Problem) else (item, restore_text(item.text))
