"""Generated news-like articles for benchmarks: varied, deterministic, written from templates.

The sentences are ours; the actor and place names are real so later stages have work to do.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

ACTORS = ["Armenia", "Azerbaijan", "Russia", "Turkey", "France", "the United States", "Iran",
          "Georgia", "Kazakhstan", "China", "India", "Pakistan", "Ukraine", "Israel", "Egypt"]
VERBS = ["accused {b} of violating the ceasefire", "asked {b} for military help",
         "held talks with {b} on the border dispute", "criticised {b} over its troop movements",
         "signed a trade agreement with {b}", "expelled two diplomats from {b}",
         "promised economic aid to {b}", "threatened {b} with sanctions",
         "hosted a delegation from {b}", "rejected a proposal from {b}"]
DAYS = ["on Monday", "on Tuesday", "late on Wednesday", "earlier on Thursday", "on Friday", ""]
FILLER = ["Officials said the situation remained calm but tense.",
          "The statement did not give further details.",
          "Analysts said the move could affect regional trade.",
          "Diplomats in the capital said talks would continue next week.",
          "The ministry said its position had not changed."]


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    verb = rng.choice(VERBS).format(b=b)
    day = rng.choice(DAYS)
    text = f"{a} {day} {verb}." if day else f"{a} {verb}."
    return text[0].upper() + text[1:]


def article(i: int, words: int = 300, seed: int = 7) -> tuple[date, str, str]:
    """One article: (publication date, title, body of about ``words`` words)."""
    rng = random.Random(seed * 1_000_003 + i)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
    paragraphs, count = [], 0
    while count < words:
        para = " ".join(sentence(rng) if rng.random() < 0.6 else rng.choice(FILLER)
                        for _ in range(rng.randint(2, 4)))
        paragraphs.append(para)
        count += len(para.split())
    title = f"Report {i}: " + paragraphs[0].split(".")[0]
    return day, title, "\n\n".join(paragraphs)


def dated_text(i: int, words: int = 300) -> str:
    day, title, body = article(i, words)
    return f" date {day.isoformat()} {title}\n\n{body}\n"
