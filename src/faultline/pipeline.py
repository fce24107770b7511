"""The one place that knows the order of the stages: read -> (restore -> nlp -> code) -> store.

The CLI, the API and the Spark job all call this module, so there is a single code
path from text to stored records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from faultline.coding import code_articles
from faultline.ingest import read_inputs
from faultline.records import Article, Event, Problem, ReadOptions
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
    formats: Counter[str] = field(default_factory=Counter)

    @property
    def exit_status(self) -> int:
        """0 when everything went in, 1 when some inputs were rejected, 2 when nothing did."""
        if self.read == 0:
            return 2
        return 1 if self.errors else 0


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: list[str],
    store: Store,
    options: ReadOptions | None = None,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_problem: Callable[[Problem], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    code: bool = True,
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
            report.formats[item.format] += 1
            if on_article:
                on_article(item)
            yield item

    for batch in batches(articles(), batch_size):
        events: list[Event] = []
        if code:
            known = store.stored_ids([a.id for a in batch])
            fresh = list({a.id: a for a in batch if a.id not in known}.values())
            events = [e for _, found in code_articles(fresh, n_process=n_process)
                      for e in found]
        result = store.write_batch(batch, events)
        report.stored += result.stored
        report.duplicates += result.duplicates
        report.events += result.events
    return report


def code_inputs(paths: list[str], options: ReadOptions | None = None, *, n_process: int = 1
                ) -> Iterator[tuple[Article, list[Event]] | Problem]:
    """Read and code inputs without a database: each article with its events, problems
    inline in input order (for ``faultline code``)."""
    pending: list[Article] = []
    for item in read_inputs(paths, options):
        if isinstance(item, Problem):
            yield from code_articles(pending, n_process=n_process)
            pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= DEFAULT_BATCH:
            yield from code_articles(pending, n_process=n_process)
            pending = []
    yield from code_articles(pending, n_process=n_process)
