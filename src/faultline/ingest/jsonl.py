"""JSON Lines: one article per line, field names configurable.

Streamed line by line, so an archive of any size is never held in memory; a bad
line is reported with its number and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from faultline.ingest.build import make_article, parse_date
from faultline.ingest.source import Input
from faultline.records import Article, Problem, ReadOptions


def read(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    fields = options.jsonl_fields
    offset = 0
    for number, raw in enumerate(source.stream, start=1):
        start, offset = offset, offset + len(raw)
        where = f"{source.name}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Problem(where, f"invalid UTF-8 at byte {exc.start} of the line")
            continue
        except json.JSONDecodeError as exc:
            yield Problem(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Problem(where, "not a JSON object")
            continue
        text = record.get(fields["text"])
        if not isinstance(text, str) or not text.strip():
            yield Problem(where, f"no text in field {fields['text']!r}")
            continue
        published = parse_date(record.get(fields["date"])) or options.date
        from_field = record.get(fields["date"]) not in (None, "")
        result = make_article(
            text=text,
            title=_as_text(record.get(fields["title"])),
            published=published,
            date_source="field" if from_field else "option",
            fmt="jsonl",
            source=where,
            url=_as_text(record.get(fields["url"])),
            byte_range=(start, offset),
        )
        if isinstance(result, Article) and result.undated:
            yield Problem(where, "no date; stored as undated", fatal=False)
        yield result


def _as_text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
