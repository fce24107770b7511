"""The gold sets the coder is measured on are well formed: a malformed item would be scored
silently (a code CAMEO lacks never matches, a date after the story cannot be right), so each
file is checked item by item here, with the item's id in the message."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from faultline.coding.tables import cameo_codes

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold"
EVENT_FILES = sorted(GOLD.glob("events*.jsonl"))
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
FLAGS = ("historical", "negated", "hypothetical")


def items(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def as_date(text: str) -> date:
    """The first day a (possibly partial) gold date can mean."""
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def actor_problem(actor: object, *, may_be_null: bool) -> str | None:
    if actor is None:
        return None if may_be_null else "no actor"
    if not isinstance(actor, dict) or not (actor.get("country") or actor.get("org")):
        return f"actor {actor!r} names neither a country nor an organisation"
    country = actor.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        return f"country {country!r} is not an ISO 3166 alpha-3 code"
    return None


def item_problems(item: dict) -> list[str]:
    """What is wrong with one gold item (nothing, for a well-formed one)."""
    problems = []
    published = item.get("published", "")
    if not isinstance(item.get("text"), str) or not item["text"].strip():
        problems.append("no text")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return [*problems, f"published {published!r} is not a date"]
    for n, event in enumerate(item.get("events", [])):
        where = f"event {n}"
        if event.get("cameo") not in cameo_codes():
            problems.append(f"{where}: {event.get('cameo')!r} is not a CAMEO code")
        when = event.get("date")
        if not isinstance(when, str) or not DATE.match(when):
            problems.append(f"{where}: date {when!r} is not YYYY[-MM[-DD]]")
        elif as_date(when) > as_date(published):
            problems.append(f"{where}: dated {when}, after the story ({published})")
        for flag in FLAGS:
            if not isinstance(event.get(flag), bool):
                problems.append(f"{where}: flag {flag} is not true or false")
        for side, may_be_null in (("source", False), ("target", True)):
            problem = actor_problem(event.get(side), may_be_null=may_be_null)
            if problem:
                problems.append(f"{where} {side}: {problem}")
        problem = actor_problem(event.get("speaker"), may_be_null=True)
        if problem:
            problems.append(f"{where} speaker: {problem}")
    return problems


def test_every_gold_file_is_found():
    assert len(EVENT_FILES) >= 2, EVENT_FILES


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.name)
def test_gold_items_are_well_formed(path: Path):
    found = items(path)
    ids = [item.get("id") for item in found]
    assert len(ids) == len(set(ids)), f"{path.name}: repeated ids"
    assert all(item.get("split") for item in found), f"{path.name}: an item has no split"
    problems = [f"{item.get('id')}: {p}" for item in found for p in item_problems(item)]
    assert not problems, f"{path.name}: " + "; ".join(problems[:10])


def test_a_malformed_item_is_reported():
    bad = {"id": "x1", "split": "dev", "published": "2021-05-14", "text": "Some words.",
           "events": [{"source": {"country": "Armenia", "org": None}, "target": None,
                       "cameo": "999", "date": "2021-05-15", "historical": "no",
                       "negated": False, "hypothetical": False, "speaker": None}]}
    problems = " | ".join(item_problems(bad))
    for expected in ("not a CAMEO code", "after the story", "flag historical",
                     "not an ISO 3166"):
        assert expected in problems, problems
