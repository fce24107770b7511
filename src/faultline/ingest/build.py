"""Turning raw decoded text into an ``Article``, with the checks every reader shares."""

from __future__ import annotations

import re
from datetime import date, datetime

from faultline.ingest.language import guess_language
from faultline.records import Article, Problem, article_id

ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def decode(data: bytes, name: str, problems: list[Problem]) -> str:
    """UTF-8 text from bytes; invalid bytes become U+FFFD with a warning, not a rejection."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(
            Problem(name, f"invalid UTF-8 at byte {exc.start}; replaced bad bytes", fatal=False)
        )
        return data.decode("utf-8-sig", errors="replace")


def parse_date(value: object) -> date | None:
    """A calendar date from an ISO string, a datetime, or free text (via dateparser)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    match = ISO_DATE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    import dateparser  # slow to import; only free-text dates need it

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def clean_text(text: str) -> str:
    """Line endings made uniform and trailing space dropped; offsets count in this text."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def make_article(
    *,
    text: str,
    title: str | None,
    published: date | None,
    date_source: str,
    fmt: str,
    source: str,
    url: str | None = None,
    byte_range: tuple[int, int] = (0, 0),
) -> Article | Problem:
    """An Article, or the reason this text is not one (empty, not English)."""
    text = clean_text(text)
    if not text.strip():
        return Problem(source, "no article text")
    language = guess_language(text)
    if language != "en":
        return Problem(source, f"not English (looks like '{language}'); skipped")
    return Article(
        id=article_id(text),
        title=(title or "").strip() or None,
        published=published,
        date_source=date_source if published else "none",
        text=text,
        language=language,
        format=fmt,
        source=source,
        url=url,
        byte_start=byte_range[0],
        byte_end=byte_range[1],
    )
