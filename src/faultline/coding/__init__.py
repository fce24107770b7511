"""Event coding: CAMEO and PLOVER events from parsed articles.

``code_articles`` parses articles with the shared spaCy pipeline and codes each one; it is
what the pipeline, the ``code`` command and the Spark job call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from faultline.records import Article, Event

#: Parsing batch size: large enough to amortise spaCy's overhead, small enough for memory.
PIPE_BATCH = 32


def code_articles(articles: Iterable[Article], *, n_process: int = 1,
                  text_of: Callable[[Article], str] | None = None,
                  on_error: Callable[[Article, Exception], None] | None = None
                  ) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events, in input order. Undated articles are coded against
    the day they are read, with every date marked as coming from publication.

    ``text_of`` gives the text to parse (the restored text, when the pipeline restores);
    by default the article's own text. ``on_error`` is told of an article the coder failed
    on, which is then skipped, so one bad article does not stop a run; without it the
    failure propagates (tests and evaluation must see it)."""
    from datetime import date

    from faultline.coding.coder import Coder
    from faultline.nlp import load_nlp

    nlp = load_nlp()
    coder = Coder()
    pairs = (((text_of or _own_text)(a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=PIPE_BATCH,
                                 n_process=n_process):
        try:
            events = coder.code(doc, article.id, article.published or date.today())
        except Exception as failure:  # any bug of the coder's, reported per article
            if on_error is None:
                raise
            on_error(article, failure)
            continue
        yield article, events


def _own_text(article: Article) -> str:
    return article.text
