"""RSS and Atom feeds: one article per entry that carries content."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from faultline.ingest.build import make_article
from faultline.ingest.html import extract
from faultline.ingest.source import Input
from faultline.records import Article, Problem, ReadOptions


def _entry_date(entry: dict) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return None


def _entry_text(entry: dict) -> str:
    """The fullest body the entry has, as plain text."""
    bodies = [c.get("value", "") for c in entry.get("content", [])]
    bodies.append(entry.get("summary", ""))
    body = max(bodies, key=len)
    if "<" in body:
        page = extract(f"<html><body><article>{body}</article></body></html>")
        return page.text if page else ""
    return body


def read(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    import feedparser

    data = source.stream.read(options.max_article_bytes * 20 + 1)
    if len(data) > options.max_article_bytes * 20:
        yield Problem(source.name, "feed too large to parse in one piece")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "no entries"
        yield Problem(source.name, f"not a usable feed ({reason})")
        return
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source.name}#{entry.get('id') or entry.get('link') or number}"
        text = _entry_text(entry)
        if not text.strip():
            yield Problem(where, "feed entry has no content")
            continue
        published = _entry_date(entry)
        result = make_article(
            text=text,
            title=entry.get("title"),
            published=published or options.date,
            date_source="feed" if published else "option",
            fmt="rss",
            source=where,
            url=entry.get("link"),
            byte_range=(0, len(data)),
        )
        if isinstance(result, Article) and result.undated:
            yield Problem(where, "feed entry has no date; stored as undated", fatal=False)
        yield result
