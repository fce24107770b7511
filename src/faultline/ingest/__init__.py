"""Reading articles from the formats people have: dated text, plain text, JSONL, HTML,
RSS/Atom feeds and WARC archives.

``read_inputs`` is the one entry point: it expands directories, detects each input's
format from its content (or takes the forced one), and yields ``Article`` records and
``Problem`` records in input order. It never decides where articles go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from faultline.ingest import dated, feed, html, jsonl, text, warc
from faultline.ingest.detect import detect_format, looks_binary
from faultline.ingest.source import Input, expand_paths, open_input
from faultline.records import FORMATS, Article, Problem, ReadOptions

Reader = Callable[[Input, ReadOptions], Iterator[Article | Problem]]

READERS: dict[str, Reader] = {
    "dated": dated.read,
    "text": text.read,
    "jsonl": jsonl.read,
    "html": html.read,
    "rss": feed.read,
    "warc": warc.read,
}
assert set(READERS) == set(FORMATS)


def read_input(source: Input, options: ReadOptions) -> Iterator[Article | Problem]:
    """Articles from one opened input, after the checks every format shares."""
    head = source.head()
    if not head:
        yield Problem(source.name, "empty input")
        return
    if looks_binary(head):
        yield Problem(source.name, "binary data, not text")
        return
    fmt = options.format if options.format != "auto" else detect_format(head)
    if fmt not in READERS:
        yield Problem(source.name, f"unknown format {fmt!r}")
        return
    yield from READERS[fmt](source, options)


def read_inputs(paths: list[str], options: ReadOptions | None = None
                ) -> Iterator[Article | Problem]:
    """Every article in the given paths (files, directories, ``-``), with problems inline."""
    options = options or ReadOptions()
    for path in expand_paths(paths):
        if isinstance(path, Problem):
            yield path
            continue
        opened = open_input(path)
        if isinstance(opened, Problem):
            yield opened
            continue
        try:
            yield from read_input(opened, options)
        except OSError as exc:
            yield Problem(path, f"read failed: {exc.strerror or exc}")
        finally:
            opened.close()
