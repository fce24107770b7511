"""Scoring the resolver against a gold list of mentions (benchmarks/gold/actors.jsonl).

A mention is right when country, organisation and sector all equal the gold ones (the
issue's measure); person accuracy is reported separately over mentions whose gold names one.
Person names compare without case and accents, since transliterations differ.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from faultline.actors.kb import normalise
from faultline.actors.resolver import Resolver


@dataclass
class ActorScore:
    total: int = 0
    right: int = 0
    person_total: int = 0
    person_right: int = 0
    by_kind: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def person_accuracy(self) -> float:
        return self.person_right / self.person_total if self.person_total else 0.0


def load_gold(path: str | Path, split: str | None = None) -> list[dict]:
    items = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()
             if line.strip()]
    return [i for i in items if split in (None, "all", i.get("split"))]


def same_person(a: str | None, b: str | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None
                                         and normalise(a) == normalise(b))


def score(items: list[dict], resolver: Resolver | None = None) -> ActorScore:
    resolver = resolver or Resolver()
    result = ActorScore()
    for item in items:
        expected = item["expected"]
        actor = resolver.resolve(item["text"], date.fromisoformat(item["date"]),
                                 item.get("context") or None)
        got = {"country": actor.country if actor else None, "org": actor.org if actor else None,
               "sector": actor.sector if actor else None,
               "person": actor.person if actor else None}
        if "countries" in expected:
            ok = bool(actor) and sorted(actor.countries) == sorted(expected["countries"])
        else:
            ok = all(got[k] == expected.get(k) for k in ("country", "org", "sector"))
        result.total += 1
        result.right += ok
        result.by_kind[item.get("kind", "?")]["right" if ok else "wrong"] += 1
        if expected.get("person"):
            result.person_total += 1
            result.person_right += same_person(got["person"], expected["person"])
        if not ok:
            result.misses.append({"id": item["id"], "text": item["text"], "date": item["date"],
                                  "expected": expected, "got": got})
    return result
