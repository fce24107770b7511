"""Dated text: a first line `` date YYYY-MM-DD <title>``, then the body.

This is how scraped wire copies are often stored (the seed article is one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from faultline.ingest.build import decode, make_article, parse_date
from faultline.ingest.source import Input
from faultline.records import Article, Problem, ReadOptions

HEADER = re.compile(r"^\ufeff?\s?date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")


def read(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    problems: list[Problem] = []
    data = source.stream.read(options.max_article_bytes + 1)
    if len(data) > options.max_article_bytes:
        yield Problem(source.name, f"larger than {options.max_article_bytes} bytes for one article")
        return
    text = decode(data, source.name, problems)
    yield from problems
    first, _, body = text.partition("\n")
    match = HEADER.match(first)
    if not match:
        yield Problem(source.name, "first line is not ' date YYYY-MM-DD <title>'")
        return
    published = parse_date(match[1])
    if published is None:
        yield Problem(source.name, f"invalid date {match[1]!r} in the header line")
        return
    yield make_article(
        text=body,
        title=match[2],
        published=published,
        date_source="header",
        fmt="dated",
        source=source.name,
        byte_range=(0, len(data)),
    )
