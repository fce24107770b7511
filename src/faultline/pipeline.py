"""The one place that knows the order of the stages: read -> (restore -> nlp -> code) -> store.

The CLI, the API and the Spark job all call this module, so there is a single code
path from text to stored records. Restoration runs before parsing; the events' sentence
spans are mapped back through the restoration's offset map, so they point into the input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from faultline.analysis.events import EventMerger, Link
from faultline.analysis.stories import StoryIndex
from faultline.analysis.treaties import refresh_obligations
from faultline.coding import code_articles
from faultline.ingest import read_inputs
from faultline.records import Article, Event, Problem, ReadOptions
from faultline.restore import Restoration
from faultline.restore import restore as restore_text
from faultline.restore.source import restore_from
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


def restoration_for(article: Article, lexicon: Restoration,
                    original: tuple[str, str, float] | None) -> Restoration:
    """Restored from the original when one is known (exact), else from the lexicon."""
    if original is None:
        return lexicon
    exact = restore_from(article.text, original[1])
    return Restoration(input_text=article.text, text=exact.text, score=lexicon.score,
                       changes=exact.changes, evidence=lexicon.changes + lexicon.evidence,
                       offsets=exact.offsets)


def place_and_restore(article: Article, *, restore: bool, stories: StoryIndex | None
                      ) -> Restoration:
    """The article's restoration (its spin score even when not restoring); with a story
    index the article is placed in its story, and a copy whose less spun original is known
    is restored exactly from it."""
    lexicon = restore_text(article.text)
    placed = stories.place(article, lexicon.score) if stories is not None else None
    if not restore:
        return lexicon
    return restoration_for(article, lexicon, placed.original if placed else None)


def coding_failure(article: Article, failure: Exception) -> Problem:
    """The one-line error for an article the coder failed on (a bug of ours, not of the
    input): the article is left out, so a fixed coder can take it in again later."""
    return Problem(article.source or article.id,
                   f"article {article.id} not coded: {type(failure).__name__}: {failure}")


def process(articles: Iterable[Article], *, restore: bool = True, n_process: int = 1,
            stories: StoryIndex | None = None,
            on_error: Callable[[Article, Exception], None] | None = None
            ) -> Iterator[Processed]:
    """Restore, parse and code articles, in input order (placing each in its story when
    given a story index). An article the coder fails on is reported to ``on_error`` and
    left out."""
    pending: dict[str, Restoration] = {}

    def text_of(article: Article) -> str:
        return pending[article.id].text if article.id in pending else article.text

    def restored(items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            done = place_and_restore(article, restore=restore, stories=stories)
            if restore:
                pending[article.id] = done
            yield article

    for article, events in code_articles(restored(articles), n_process=n_process,
                                         text_of=text_of, on_error=on_error):
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
    fingerprints: list[tuple[str, int]] = field(default_factory=list)
    copies: list[tuple[str, str, float]] = field(default_factory=list)
    stories: list[tuple[str, str, float, bool, float]] = field(default_factory=list)
    story_merges: list[tuple[str, str]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    failures: dict[str, Problem] = field(default_factory=dict)  # article id -> error


def code_batch(fresh: list[Article], stories: StoryIndex, merger: EventMerger | None = None,
               *, code: bool = True, restore: bool = True, n_process: int = 1) -> CodedBatch:
    """Restore and code one batch of distinct articles, place them in stories and (with a
    merger) link their events to merged events: every row the store keeps. Shared by
    ``ingest`` and the Spark job, so both store the same rows. The story index forgets the
    batch afterwards: later batches find it through the store."""
    coded = CodedBatch()
    if code:
        def failed(article: Article, failure: Exception) -> None:
            coded.failures[article.id] = coding_failure(article, failure)

        for done in process(fresh, restore=restore, n_process=n_process, stories=stories,
                            on_error=failed):
            coded.events.extend(done.events)
            if done.restoration is not None:
                coded.restorations.append((done.article.id, done.restoration))
    else:
        for article in fresh:
            place_and_restore(article, restore=False, stories=stories)
    # an article the coder failed on is not stored: none of its story rows are either
    failed = coded.failures.keys()
    coded.fingerprints = stories.fingerprints(a.id for a in fresh if a.id not in failed)
    coded.copies = [c for c in stories.copy_links() if not {c[0], c[1]} & failed]
    coded.stories = [row for row in stories.story_rows() if row[0] not in failed]
    coded.story_merges = stories.story_merges()
    coded.links = merger.link(coded.events) if merger is not None else []
    stories.next_batch()
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
    each. Articles already stored are neither parsed nor coded again. Articles are placed
    in stories and events merged as they are stored; the treaty obligations are recomputed
    at the end when any event was added."""
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

    stories = StoryIndex(store)
    merger = EventMerger(store)
    for batch in batches(articles(), batch_size):
        known = store.stored_ids([a.id for a in batch])
        fresh = list({a.id: a for a in batch if a.id not in known}.values())
        coded = code_batch(fresh, stories, merger, code=code, restore=restore,
                           n_process=n_process)
        for problem in coded.failures.values():
            report.errors.append(problem)
            if on_problem:
                on_problem(problem)
        # an article the coder failed on is not stored, so a later run takes it in again
        batch = [a for a in batch if a.id not in coded.failures]
        result = store.write_batch(batch, coded.events, coded.restorations, coded.fingerprints,
                                   coded.copies, coded.stories, coded.links, coded.story_merges)
        report.stored += result.stored
        report.duplicates += result.duplicates
        report.events += result.events
    if report.events:  # new events can engage treaties, or change a merged event's code
        refresh_obligations(store)
    return report


def code_inputs(paths: list[str], options: ReadOptions | None = None, *, n_process: int = 1,
                restore: bool = True) -> Iterator[Processed | Problem]:
    """Read, restore and code inputs without a database: each processed article, problems
    inline in input order (for ``faultline code``)."""
    pending: list[Article] = []
    failures: list[Problem] = []

    def coded(articles: list[Article]) -> Iterator[Processed | Problem]:
        for done in process(articles, restore=restore, n_process=n_process,
                            on_error=lambda a, f: failures.append(coding_failure(a, f))):
            yield from failures
            failures.clear()
            yield done
        yield from failures
        failures.clear()

    for item in read_inputs(paths, options):
        if isinstance(item, Problem):
            yield from coded(pending)
            pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= DEFAULT_BATCH:
            yield from coded(pending)
            pending = []
    yield from coded(pending)


def restore_inputs(paths: list[str], options: ReadOptions | None = None
                   ) -> Iterator[tuple[Article, Restoration] | Problem]:
    """Read inputs and restore each article (for ``faultline restore`` and ``spin-score``)."""
    for item in read_inputs(paths, options):
        yield item if isinstance(item, Problem) else (item, restore_text(item.text))
