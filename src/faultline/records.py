"""The small typed records the pipeline stages hand to each other.

Each stage takes records and returns records; none of them knows where its
input came from or where its output goes. Records are frozen so a stage can
never change what an earlier stage produced.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

#: Where an article's publication date came from, from most to least trustworthy.
DATE_SOURCES = ("header", "field", "metadata", "feed", "option", "crawl", "none")

#: The input formats faultline reads.
FORMATS = ("dated", "text", "jsonl", "html", "rss", "warc")


def normalise_for_id(text: str) -> str:
    """Fold the differences that do not make two texts different articles.

    Unicode compatibility forms, case and runs of white space vary between copies
    of the same file (re-encoding, re-wrapping) but not between different stories.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", folded).strip()


def article_id(text: str) -> str:
    """A stable id from the article's normalised content, so re-ingesting is idempotent."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input, before any analysis."""

    id: str
    title: str | None
    published: date | None
    date_source: str
    text: str
    language: str
    format: str
    source: str
    url: str | None = None
    byte_start: int = 0
    byte_end: int = 0

    @property
    def undated(self) -> bool:
        return self.published is None


@dataclass(frozen=True, slots=True)
class Problem:
    """An input (or part of one) that could not be used, with the reason in one line.

    ``fatal`` problems mean nothing from that input went in; the others are
    warnings about an article that was still stored (for example: no date).
    """

    input: str
    reason: str
    fatal: bool = True

    def line(self) -> str:
        kind = "error" if self.fatal else "warning"
        return f"{kind}: {self.input}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: the forced format, a fallback date, JSONL field names."""

    format: str = "auto"
    date: date | None = None
    jsonl_fields: dict[str, str] = field(
        default_factory=lambda: {"text": "text", "title": "title", "date": "date", "url": "url"}
    )
    max_article_bytes: int = 5_000_000


@dataclass(frozen=True, slots=True)
class Actor:
    """Who a mention denotes on a given day, in the CAMEO style and as plain fields.

    ``countries`` is set instead of ``country`` for plural mentions such as "both sides".
    ``former`` marks a person named after leaving the office they are known for.
    """

    text: str
    code: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    sectors: tuple[str, ...] = ()
    person: str | None = None
    role: str | None = None
    former: bool = False
    countries: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The schema's actor object (event.schema.json ``$defs/actor``)."""
        return {"text": self.text, "name": self.name, "code": self.code,
                "country": self.country, "org": self.org, "sector": self.sector,
                "person": self.person, "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, from which sentence of which article."""

    event_id: str
    article_id: str
    sentence: str
    sentence_index: int
    char_span: tuple[int, int]
    date: str
    date_basis: str
    historical: bool
    negated: bool
    hypothetical: bool
    source: Actor
    target: Actor | None
    cameo_code: str
    cameo_root: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str | None
    speaker: Actor | None
    attribution_verb: str | None
    confidence: float
    trigger: str = ""

    def as_dict(self) -> dict[str, object]:
        """The event as ``event.schema.json`` prints it."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "char_span": list(self.char_span),
            "date": self.date,
            "date_basis": self.date_basis,
            "historical": self.historical,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "source": self.source.as_dict(),
            "target": self.target.as_dict() if self.target else None,
            "cameo": {"code": self.cameo_code, "root": self.cameo_root, "name": self.cameo_name,
                      "goldstein": self.goldstein, "quad_class": self.quad_class},
            "plover": {"event_type": self.plover_type, "mode": self.plover_mode},
            "attribution": ({"speaker": self.speaker.as_dict(), "verb": self.attribution_verb}
                            if self.speaker else None),
            "location": None,
            "confidence": self.confidence,
        }
