"""Plain text: one article per file, its first short line taken as the title."""

from __future__ import annotations

from collections.abc import Iterator

from faultline.ingest.build import decode, make_article
from faultline.ingest.source import Input
from faultline.records import Article, Problem, ReadOptions

MAX_TITLE_CHARS = 200


def split_title(text: str) -> tuple[str | None, str]:
    """A short first line followed by a blank line is a headline; otherwise there is none."""
    stripped = text.lstrip("\ufeff")
    first, sep, rest = stripped.partition("\n")
    if sep and len(first.strip()) <= MAX_TITLE_CHARS and rest.startswith("\n"):
        return first.strip(), stripped
    return None, stripped


def read(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    problems: list[Problem] = []
    data = source.stream.read(options.max_article_bytes + 1)
    if len(data) > options.max_article_bytes:
        yield Problem(source.name, f"larger than {options.max_article_bytes} bytes for one article")
        return
    text = decode(data, source.name, problems)
    yield from problems
    title, body = split_title(text)
    result = make_article(
        text=body,
        title=title,
        published=options.date,
        date_source="option",
        fmt="text",
        source=source.name,
        byte_range=(0, len(data)),
    )
    if isinstance(result, Article) and result.undated:
        yield Problem(source.name, "no date (give --date); stored as undated", fatal=False)
    yield result
