"""Scoring the coder against gold events (``faultline eval``).

Each gold item is a sentence or short paragraph with its publication date and the events an
analyst coded in it. Predicted and gold events are paired one-to-one, greedily:

* root level: same source and target (country or organisation) and same CAMEO root;
* code level: the same, with the full CAMEO code;
* actor accuracy: of the pairs that agree on the root alone (actors ignored), the share
  whose source and target both agree;
* date accuracy and flag accuracy: over the root-level pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from faultline.records import Article, Event, article_id


def actor_key(actor: dict | None) -> str | None:
    if actor is None:
        return None
    return actor.get("country") or actor.get("org")


@dataclass
class PRF:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    items: int = 0
    root: PRF = field(default_factory=PRF)
    code: PRF = field(default_factory=PRF)
    actor_pairs: int = 0
    actor_right: int = 0
    date_pairs: int = 0
    date_right: int = 0
    flag_pairs: int = 0
    flag_right: int = 0
    empty_items: int = 0
    empty_right: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def actor_accuracy(self) -> float:
        return self.actor_right / self.actor_pairs if self.actor_pairs else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.date_pairs if self.date_pairs else 0.0

    @property
    def flag_accuracy(self) -> float:
        return self.flag_right / self.flag_pairs if self.flag_pairs else 0.0

    def rows(self) -> list[dict[str, object]]:
        """The report as table rows: one measure a row."""
        return [
            {"measure": "root", "precision": self.root.precision, "recall": self.root.recall,
             "f1": self.root.f1, "n": self.root.gold},
            {"measure": "code", "precision": self.code.precision, "recall": self.code.recall,
             "f1": self.code.f1, "n": self.code.gold},
            {"measure": "actors", "accuracy": self.actor_accuracy, "n": self.actor_pairs},
            {"measure": "date", "accuracy": self.date_accuracy, "n": self.date_pairs},
            {"measure": "flags", "accuracy": self.flag_accuracy, "n": self.flag_pairs},
            {"measure": "no-event items", "accuracy": (self.empty_right / self.empty_items
                                                       if self.empty_items else 0.0),
             "n": self.empty_items},
        ]


def load(path: str | Path, split: str = "all") -> list[dict]:
    items = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()
             if line.strip()]
    return [i for i in items if split == "all" or i.get("split") == split]


def gold_article(item: dict) -> Article:
    text = item["text"]
    return Article(id=article_id(text + item["id"]), title=None,
                   published=date.fromisoformat(item["published"]), date_source="field",
                   text=text, language="en", format="jsonl", source=item["id"])


def _pair(gold: list[dict], predicted: list[dict], same) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        for n, p in enumerate(predicted):
            if n not in used and same(g, p):
                pairs.append((g, p))
                used.add(n)
                break
    return pairs


def predicted_view(event: Event) -> dict:
    record = event.as_dict()
    return {"source": actor_key(record["source"]), "target": actor_key(record["target"]),
            "cameo": event.cameo_code, "date": event.date, "historical": event.historical,
            "negated": event.negated, "hypothetical": event.hypothetical}


def gold_view(event: dict) -> dict:
    return {"source": actor_key(event["source"]), "target": actor_key(event.get("target")),
            "cameo": event["cameo"], "date": event["date"],
            "historical": event.get("historical", False),
            "negated": event.get("negated", False),
            "hypothetical": event.get("hypothetical", False)}


def same_actors(g: dict, p: dict) -> bool:
    return g["source"] == p["source"] and g["target"] == p["target"]


def score_item(report: EvalReport, gold: list[dict], predicted: list[dict], item_id: str
               ) -> None:
    report.items += 1
    for prf in (report.root, report.code):
        prf.gold += len(gold)
        prf.predicted += len(predicted)
    roots = _pair(gold, predicted, lambda g, p: same_actors(g, p)
                  and g["cameo"][:2] == p["cameo"][:2])
    codes = _pair(gold, predicted, lambda g, p: same_actors(g, p) and g["cameo"] == p["cameo"])
    report.root.tp += len(roots)
    report.code.tp += len(codes)
    loose = _pair(gold, predicted, lambda g, p: g["cameo"][:2] == p["cameo"][:2])
    report.actor_pairs += len(loose)
    report.actor_right += sum(same_actors(g, p) for g, p in loose)
    for g, p in roots:
        report.date_pairs += 1
        report.date_right += g["date"] == p["date"]
        report.flag_pairs += 1
        report.flag_right += all(g[f] == p[f] for f in ("historical", "negated", "hypothetical"))
    if not gold:
        report.empty_items += 1
        report.empty_right += not predicted
    if len(roots) < max(len(gold), len(predicted)):
        report.errors.append({"id": item_id, "gold": gold, "predicted": predicted})


def evaluate(items: list[dict], *, n_process: int = 1) -> EvalReport:
    """Code every gold item's text and score the events against the gold ones."""
    from faultline.coding import code_articles

    by_source = {item["id"]: item for item in items}
    report = EvalReport()
    for article, events in code_articles((gold_article(i) for i in items), n_process=n_process):
        item = by_source[article.source]
        score_item(report, [gold_view(e) for e in item["events"]],
                   [predicted_view(e) for e in events], item["id"])
    return report
