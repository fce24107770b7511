"""HTML pages: the article body, title and date pulled out by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from faultline.ingest.build import decode, make_article, parse_date
from faultline.ingest.source import Input
from faultline.records import Article, Problem, ReadOptions


@dataclass(frozen=True, slots=True)
class Extracted:
    title: str | None
    published: date | None
    text: str


def extract(html: str, url: str | None = None) -> Extracted | None:
    """Main text, title and date of a page; None when there is no article in it."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return None
    text = doc.text
    title = doc.title
    # trafilatura repeats the headline as the first line of the text; keep it once.
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]
    return Extracted(title=title, published=parse_date(doc.date), text=text)


def read(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    problems: list[Problem] = []
    data = source.stream.read(options.max_article_bytes + 1)
    if len(data) > options.max_article_bytes:
        yield Problem(source.name, f"larger than {options.max_article_bytes} bytes for one page")
        return
    html = decode(data, source.name, problems)
    yield from problems
    page = extract(html)
    if page is None:
        yield Problem(source.name, "no article text found in the HTML")
        return
    result = make_article(
        text=page.text,
        title=page.title,
        published=page.published or options.date,
        date_source="metadata" if page.published else "option",
        fmt="html",
        source=source.name,
        byte_range=(0, len(data)),
    )
    if isinstance(result, Article) and result.undated:
        yield Problem(source.name, "no date in the page (give --date); stored as undated",
                      fatal=False)
    yield result
