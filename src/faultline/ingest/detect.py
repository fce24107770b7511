"""Telling input formats apart from their first bytes, since file names often lie."""

from __future__ import annotations

import re

DATED_HEADER = re.compile(rb"^\s?date\s+\d{4}-\d{2}-\d{2}\b")
GZIP_MAGIC = b"\x1f\x8b"


def looks_binary(head: bytes) -> bool:
    """NUL bytes or mostly control characters: not text in any encoding we read."""
    if not head or head.startswith(GZIP_MAGIC):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.1


def detect_format(head: bytes) -> str | None:
    """The format of an input from its first bytes, or None when it is not one we read."""
    if head.startswith(GZIP_MAGIC):
        return "warc"  # the only compressed format we take is .warc.gz
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = stripped[:2048].lower()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if DATED_HEADER.match(head.lstrip(b"\xef\xbb\xbf")):
        return "dated"
    if stripped.startswith(b"{"):
        return "jsonl"
    if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
        return "rss"
    if lower.startswith((b"<!doctype html", b"<html")) or b"<body" in lower or b"<html" in lower:
        return "html"
    return "text"
