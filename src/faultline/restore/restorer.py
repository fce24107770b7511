"""Finding spun wording, scoring it, and writing the restored text with an offset map."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from faultline.data import read_table
from faultline.restore import thesaurus
from faultline.restore.context import abbreviation, suggest
from faultline.restore.fluency import model

#: Weight of each kind of evidence in the spin score. Phrases are spun forms that are not
#: news English; single words are real words a spinner also produces, so they count less.
WEIGHTS = {"institution": 1.0, "office": 1.0, "idiom": 1.0, "number": 1.0, "word": 0.2,
           "synonym": 0.15}
#: Score from which a text is taken as spun, so single words and synonyms are restored too.
SPUN = 0.12
#: Score from strong synonyms alone from which a text is taken as spun by a thesaurus, so
#: synonyms are restored (tuned on our dev pairs, benchmarks/restore.py).
SPUN_SYNONYMS = 0.08
#: Evidence per 100 words at which the score reaches 1 - 1/e (about 0.63).
SCALE = 1.5
MIN_WORDS = 60
SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by"})
NUMBER_WORDS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
                "8": "eight", "9": "nine"}
DECADES = {"tens": 1, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
           "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
DIGIT_BEFORE_NOUN = re.compile(
    r"(?<![\w.,:/$£€-])([2-9])\s+(?=(?:nations|countries|sides|leaders|men|women|soldiers|"
    r"people|states|presidents|ministers|officials|days|weeks|months|years|times|sons|"
    r"daughters|children|neighbours|neighbors|rivals|parties|groups|members|rounds)\b)")
DECADE_WORDS = re.compile(r"\b(nineteen|twenty)[ -](tens|twenties|thirties|forties|fifties|"
                          r"sixties|seventies|eighties|nineties)\b", re.IGNORECASE)
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Change:
    """One restored span: [start, end) in the input, what stood there and what replaces it."""

    start: int
    end: int
    found: str
    restored: str
    kind: str
    confidence: float
    alternatives: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "found": self.found,
                "restored": self.restored, "kind": self.kind, "confidence": self.confidence,
                "alternatives": list(self.alternatives)}


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in the restored text back to the input text.

    ``points`` are (restored_start, restored_end, input_start, input_end) of each change,
    in order; between changes the two texts are the same, shifted by the changes before.
    """

    points: tuple[tuple[int, int, int, int], ...] = ()

    def to_input(self, pos: int) -> int:
        starts = [p[0] for p in self.points]
        index = bisect.bisect_right(starts, pos) - 1
        if index < 0:
            return pos
        r_start, r_end, i_start, i_end = self.points[index]
        if pos < r_end:  # inside a change: its start (or end, for its end)
            return i_start if pos == r_start else min(i_end, i_start + (pos - r_start))
        return i_end + (pos - r_end)

    def span_to_input(self, start: int, end: int) -> tuple[int, int]:
        return self.to_input(start), self.to_input(end)


@dataclass(frozen=True)
class Restoration:
    """The restored text, the changes made, the evidence left alone and the spin score."""

    input_text: str
    text: str
    score: float
    changes: tuple[Change, ...]
    evidence: tuple[Change, ...] = ()
    offsets: OffsetMap = field(default_factory=OffsetMap)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def diff(self) -> str:
        """The input with every change marked as [-found-]{+restored+}."""
        out, last = [], 0
        for change in self.changes:
            out.append(self.input_text[last:change.start])
            out.append(f"[-{change.found}-]{{+{change.restored}+}}")
            last = change.end
        out.append(self.input_text[last:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class Variant:
    original: str
    kind: str


#: Spun form -> variants, one matcher for all forms, and the first words of the forms
#: (matching is tried only where one of them starts: one regex of a thousand alternatives
#: run at every position costs more than the rest of restoration).
Lexicon = tuple[dict[str, list[Variant]], re.Pattern, frozenset[str]]
FIRST_WORD = re.compile(r"(?<![\w'’-])\w+")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon (see ``build_lexicon``)."""
    return build_lexicon(tuple(read_table("restore/lexicon.tsv")))


def build_lexicon(rows: tuple[dict[str, str], ...]) -> Lexicon:
    """Spun form (lower case) -> the originals it may stand for, and one matcher for all.
    Measurements build one from part of the rows, to hold the rest out."""
    table: dict[str, list[Variant]] = {}
    for row in rows:
        table.setdefault(row["spun"], []).append(Variant(row["original"], row["kind"]))
    forms = sorted(table, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms)
    firsts = frozenset(m.group(0) for form in forms if (m := re.match(r"\w+", form)))
    return table, re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE), firsts


def match_case(found: str, replacement: str) -> str:
    """Carry the found span's capitalisation over, word by word where the counts agree."""
    src, dst = found.split(), replacement.split()
    if len(src) == len(dst):
        out = []
        for s, d in zip(src, dst, strict=True):
            if s.isupper() and len(s) > 1:
                out.append(d.upper())
            elif s[:1].isupper():
                out.append(d[:1].upper() + d[1:])
            else:
                out.append(d)
        return " ".join(out)
    if found.istitle():
        return " ".join(w if i and w in SMALL_WORDS else w[:1].upper() + w[1:]
                        for i, w in enumerate(dst))
    return replacement[:1].upper() + replacement[1:] if found[:1].isupper() else replacement


def lexicon_hits(text: str, words: Lexicon | None = None) -> list[Change]:
    table, pattern, firsts = words or lexicon()
    if not table:  # an empty lexicon (ablation) matches nothing
        return []
    hits = []
    lowered = text.lower()
    for match in _matches(text, pattern, firsts):
        found = match.group(0)
        variants = table[" ".join(found.lower().split())]
        # prefer an original the text itself also uses ("defence" vs "defense")
        ranked = sorted(variants, key=lambda v: v.original not in lowered)
        best = ranked[0]
        confidence = 0.9 if best.kind != "word" else 0.6
        hits.append(Change(match.start(), match.end(), found, match_case(found, best.original),
                           best.kind, confidence,
                           tuple(match_case(found, v.original) for v in ranked[1:])))
    return hits


def _matches(text: str, pattern: re.Pattern, firsts: frozenset[str]) -> list[re.Match]:
    """``pattern.finditer(text)``, tried only at words that begin some form."""
    out: list[re.Match] = []
    end = 0
    for word in FIRST_WORD.finditer(text):
        if word.start() < end or word.group(0).lower() not in firsts:
            continue
        match = pattern.match(text, word.start())
        if match:
            out.append(match)
            end = match.end()
    return out


def number_hits(text: str) -> list[Change]:
    hits = [Change(m.start(1), m.end(1), m.group(1), NUMBER_WORDS[m.group(1)], "number", 0.8)
            for m in DIGIT_BEFORE_NOUN.finditer(text)]
    for m in DECADE_WORDS.finditer(text):
        century = 1900 if m.group(1).lower() == "nineteen" else 2000
        hits.append(Change(m.start(), m.end(), m.group(0),
                           f"{century + 10 * DECADES[m.group(2).lower()]}s", "number", 0.85))
    return hits


def spin_score(evidence: list[Change], words: int) -> float:
    """Spin score in [0, 1] from the evidence density per 100 words."""
    mass = sum(WEIGHTS.get(c.kind, 1.0) for c in evidence)
    density = 100.0 * mass / max(words, MIN_WORDS)
    return round(1.0 - math.exp(-density / SCALE), 3)


def non_overlapping(changes: list[Change]) -> list[Change]:
    """Earliest first, longer first at a tie; later overlapping changes are dropped."""
    chosen: list[Change] = []
    for change in sorted(changes, key=lambda c: (c.start, -(c.end - c.start))):
        if chosen and change.start < chosen[-1].end:
            continue
        chosen.append(change)
    return chosen


def synonym_hits(text: str, sources: tuple[str, ...] = thesaurus.SOURCES
                 ) -> list[tuple[Change, float]]:
    """Words a far likelier thesaurus synonym would replace in context (``context.py``),
    with the margin in nats; the confidence grows with it (0.39 at 4, 0.63 at 8, 0.86 at 16).
    """
    return [(Change(s.start, s.end, s.found, match_case(s.found, s.restored), "synonym",
                    round(1.0 - math.exp(-s.margin / 8.0), 2),
                    tuple(match_case(s.found, a) for a in s.alternatives)), s.margin)
            for s in suggest(text, sources)] if sources else []


def restore(text: str, words: Lexicon | None = None,
            sources: tuple[str, ...] = thesaurus.SOURCES) -> Restoration:
    """Detect spun wording in ``text`` and restore it (``words``: a lexicon other than the
    bundled one, ``sources``: fewer thesauri, for held-out measurement and ablation)."""
    rules = non_overlapping(lexicon_hits(text, words) + number_hits(text))
    taken = {i for c in rules for i in range(c.start, c.end)}
    scored = [(c, m) for c, m in synonym_hits(text, sources) if c.start not in taken]
    detect = model().detect_margin
    strong = [c for c, margin in scored if margin >= detect
              and not abbreviation(c.found.lower(), c.restored.lower())]
    evidence = rules + strong
    n_words = len(WORD.findall(text))
    score = spin_score(evidence, n_words)
    # Single words are evidence only until the text as a whole reads as spun: each is also
    # a real word used correctly elsewhere, and the coder reads "stated" and "requested" as
    # well as "said" and "asked". Synonyms need the text to read as spun by a thesaurus:
    # in copy where only names and phrases were spun they would be wrong edits.
    spun = score >= SPUN
    thesaurus_spun = spin_score(strong, n_words) >= SPUN_SYNONYMS
    found = non_overlapping(rules + [c for c, _ in scored])
    apply = [c for c in found if c.kind not in ("word", "synonym")
             or (c.kind == "word" and spun) or (c.kind == "synonym" and thesaurus_spun)]
    held = tuple(c for c in evidence if c not in apply)
    restored, offsets = apply_changes(text, apply)
    return Restoration(input_text=text, text=restored, score=score, changes=tuple(apply),
                       evidence=held, offsets=offsets)


def apply_changes(text: str, changes: list[Change]) -> tuple[str, OffsetMap]:
    """The text with non-overlapping changes (in order) applied, and the offset map back."""
    pieces, points, last, shift = [], [], 0, 0
    for change in changes:
        pieces.append(text[last:change.start])
        r_start = change.start + shift
        points.append((r_start, r_start + len(change.restored), change.start, change.end))
        pieces.append(change.restored)
        shift += len(change.restored) - (change.end - change.start)
        last = change.end
    pieces.append(text[last:])
    return "".join(pieces), OffsetMap(tuple(points))
