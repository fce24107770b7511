"""Verb and noun patterns (``data/coding/patterns.tsv``) and the term sets they name.

A pattern says: this trigger lemma, with this direct object and these prepositional
complements, expresses this CAMEO code, and the target is found there. Matching is on the
dependency parse, so word order and inserted words do not matter.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from faultline.coding.tables import cameo_codes
from faultline.data import read_table, split_list

TARGET_SLOTS = ("dobj", "to", "with", "against", "on", "at", "from", "into", "for", "of",
                "towards", "none", "auto", "about")


@dataclass(frozen=True, slots=True)
class Term:
    """A head lemma with the modifier words that must precede it ("military aid")."""

    head: str
    modifiers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Constraint:
    """A slot (``obj``, ``mod`` or a preposition) whose head must be one of ``terms``;
    an empty tuple means only that the slot must be filled."""

    slot: str
    terms: tuple[Term, ...]


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    kind: str
    lemma: str
    companions: tuple[str, ...]
    constraints: tuple[Constraint, ...]
    target: str
    line: int

    @property
    def specificity(self) -> tuple[int, int, int]:
        return (len(self.constraints) + len(self.companions), len(self.code), -self.line)


def parse_terms(cell: str, sets: dict[str, tuple[Term, ...]]) -> tuple[Term, ...]:
    """``@set`` or ``a|b c`` as terms; multi-word terms keep their modifier words."""
    if cell == "*":
        return ()
    terms: list[Term] = []
    for item in split_list(cell):
        if item.startswith("@"):
            if item[1:] not in sets:
                raise ValueError(f"unknown term set {item!r}")
            terms.extend(sets[item[1:]])
        else:
            words = item.lower().split()
            terms.append(Term(words[-1], tuple(words[:-1])))
    return tuple(terms)


@lru_cache(maxsize=1)
def term_sets() -> dict[str, tuple[Term, ...]]:
    sets: dict[str, tuple[Term, ...]] = {}
    for row in read_table("coding/terms.tsv"):
        sets[row["set"]] = parse_terms(row["terms"], {})
    return sets


def parse_constraints(obj: str, prep: str, sets: dict[str, tuple[Term, ...]]
                      ) -> tuple[Constraint, ...]:
    found: list[Constraint] = []
    if obj:
        if obj.startswith("mod="):
            found.append(Constraint("mod", parse_terms(obj[4:], sets)))
        else:
            found.append(Constraint("obj", parse_terms(obj, sets)))
    for part in prep.split():
        slot, _, terms = part.partition("=")
        found.append(Constraint(slot.lower(), parse_terms(terms or "*", sets)))
    return tuple(found)


@lru_cache(maxsize=1)
def patterns() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Patterns indexed by (kind, trigger lemma), most specific first."""
    sets = term_sets()
    codes = cameo_codes()
    index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for line, row in enumerate(read_table("coding/patterns.tsv"), start=1):
        if row["code"] not in codes:
            raise ValueError(f"patterns.tsv row {line}: unknown CAMEO code {row['code']!r}")
        target = row.get("target") or "auto"
        for trigger in split_list(row["trigger"]):
            words = trigger.lower().split()
            pattern = Pattern(code=row["code"], kind=row["kind"], lemma=words[0],
                              companions=tuple(words[1:]),
                              constraints=parse_constraints(row.get("object", ""),
                                                            row.get("prep", ""), sets),
                              target=target if target in TARGET_SLOTS else "auto", line=line)
            index[(pattern.kind, pattern.lemma)].append(pattern)
    return {k: tuple(sorted(v, key=lambda p: p.specificity, reverse=True))
            for k, v in index.items()}
