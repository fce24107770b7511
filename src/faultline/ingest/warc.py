"""WARC archives (plain or gzipped): each HTML response record is a page to extract.

Records are streamed by warcio, so an archive of any size is read one record at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

from faultline.ingest.build import decode, make_article, parse_date
from faultline.ingest.html import extract
from faultline.ingest.source import Input
from faultline.records import Article, Problem, ReadOptions


def read(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(source.stream)
    try:
        for record in records:
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source.name}#{url}"
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers \
                else ""
            if "html" not in (content_type or "").lower():
                continue
            body = record.content_stream().read(options.max_article_bytes + 1)
            if len(body) > options.max_article_bytes:
                yield Problem(where, "response larger than one page may be")
                continue
            problems: list[Problem] = []
            page = extract(decode(body, where, problems), url=url)
            yield from problems
            if page is None:
                yield Problem(where, "no article text found in the response")
                continue
            crawl_date = parse_date(record.rec_headers.get_header("WARC-Date"))
            start = records.get_record_offset()
            yield make_article(
                text=page.text,
                title=page.title,
                published=page.published or crawl_date or options.date,
                date_source="metadata" if page.published else "crawl",
                fmt="warc",
                source=where,
                url=url,
                byte_range=(start, start + records.get_record_length()),
            )
    except ArchiveLoadFailed as exc:
        yield Problem(source.name, f"not a readable WARC archive ({exc.msg})")
