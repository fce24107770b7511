"""The coding knowledge that is not verb patterns: CAMEO facts, PLOVER mapping, intent and
threat codes, and the cue words for speech, modality and negation. All from data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from faultline.data import read_table, split_list


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    return {r["code"]: CameoCode(r["code"], r["root"], r["name"], float(r["goldstein"]),
                                 int(r["quad_class"]))
            for r in read_table("coding/cameo.tsv")}


def _prefix_table(relpath: str, key: str, value: str) -> dict[str, str]:
    return {r[key]: r[value] for r in read_table(relpath)}


def longest_prefix(table: dict[str, object], code: str) -> object | None:
    """The table's value for the longest prefix of ``code`` it has a row for."""
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


@lru_cache(maxsize=1)
def plover_table() -> dict[str, tuple[str, str | None]]:
    return {r["cameo"]: (r["type"], r["mode"] or None) for r in read_table("coding/plover.tsv")}


def plover_for(code: str) -> tuple[str, str | None]:
    """PLOVER (type, mode) for a CAMEO code."""
    found = longest_prefix(plover_table(), code)
    return found if found else ("OTHER", None)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def intent_table() -> dict[str, str]:
    return _prefix_table("coding/intent.tsv", "act", "intent")


@lru_cache(maxsize=1)
def threat_table() -> dict[str, str]:
    return _prefix_table("coding/threat.tsv", "act", "threat")


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue lemmas by kind: speech, intent, modal, negation, condition, threat."""
    found: dict[str, set[str]] = {}
    for row in read_table("coding/cues.tsv"):
        found.setdefault(row["kind"], set()).update(split_list(row["words"]))
    return {kind: frozenset(words) for kind, words in found.items()}


@lru_cache(maxsize=1)
def instruments() -> dict[str, str]:
    """Weapon words (lower case, last word matched on lemma) -> the attack code they imply."""
    return {r["term"]: r["code"] for r in read_table("coding/instruments.tsv")}


@lru_cache(maxsize=1)
def refusal_table() -> dict[str, str]:
    return _prefix_table("coding/refusal.tsv", "intent", "refusal")


@lru_cache(maxsize=1)
def appeal_table() -> dict[str, tuple[str, str]]:
    """Act code prefix -> (appeal code, demand code) for an act asked of someone."""
    return {r["act"]: (r["appeal"], r["demand"]) for r in read_table("coding/appeal.tsv")}
