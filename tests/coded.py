"""Coding a sentence of our own as an article, and finding the events it gave (shared by
the coder's and the vocabulary's tests)."""

from __future__ import annotations

from datetime import date

from faultline.coding import code_articles
from faultline.records import Article, article_id


def code_text(text: str, published: date) -> list[dict]:
    article = Article(id=article_id(text), title=None, published=published,
                      date_source="header", text=text, language="en", format="text",
                      source="test")
    ((_, events),) = list(code_articles([article]))
    return [e.as_dict() for e in events]


def find(events, source, target, root):
    def key(actor):
        return actor and (actor.get("country") or actor.get("org"))
    return [e for e in events if key(e["source"]) == source and key(e["target"]) == target
            and e["cameo"]["root"] == root]
