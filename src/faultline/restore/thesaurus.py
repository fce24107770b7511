"""Synonyms from WordNet 3.0 and mythes-en-us, the thesauri spinners draw on.

A spun word is usually a thesaurus synonym of the word it replaced, so the synonyms of a word
in the input are the candidates for its original. Both thesauri are Debian packages
(``wordnet-base``, ``mythes-en-us``; see ``scripts/system-packages.txt``) read in place with a
small reader of our own: the index files are loaded once per process, entries are read by
seeking into the data files only for words that are asked about. Without the packages the
restorer still runs on its lexicon and number rules and says so once.

Inflected words are looked up by their base form (WordNet's exception lists, then suffix
rules) and the synonyms are inflected back the same way; forms the fluency model does not
know are dropped by the caller.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

WORDNET = Path(os.environ.get("FAULTLINE_WORDNET", "/usr/share/wordnet"))
MYTHES = Path(os.environ.get("FAULTLINE_MYTHES", "/usr/share/mythes/th_en_US_v2"))
POS = ("noun", "verb", "adj", "adv")
#: (suffix of the inflected form, suffix of the base form), WordNet's morphy rules.
SUFFIXES = (("ies", "y", "s"), ("es", "e", "s"), ("es", "", "s"), ("s", "", "s"),
            ("ied", "y", "ed"), ("ed", "e", "ed"), ("ed", "", "ed"), ("ing", "e", "ing"),
            ("ing", "", "ing"), ("er", "", "er"), ("est", "", "est"), ("er", "e", "er"),
            ("est", "e", "est"))
KIND_POS = {"s": frozenset({"noun", "verb"}), "ed": frozenset({"verb", "adj"}),
            "ing": frozenset({"verb"}), "er": frozenset({"adj", "adv"}),
            "est": frozenset({"adj", "adv"})}
MYTHES_POS = {"noun": "noun", "verb": "verb", "adj": "adj", "adv": "adv"}
ANNOTATED = re.compile(r"\((?:generic|similar|related) term\)|\(antonym\)")
SOURCES = ("wordnet", "mythes")


def available() -> dict[str, bool]:
    """Which thesauri are installed (tests and the benchmark report it)."""
    return {"wordnet": (WORDNET / "index.noun").exists(),
            "mythes": MYTHES.with_suffix(".idx").exists()}


@lru_cache(maxsize=1)
def _warn_missing() -> None:
    missing = [name for name, ok in available().items() if not ok]
    if missing:
        log.warning("thesaurus missing (%s): restoring with the lexicon and number rules only; "
                    "install the Debian packages in scripts/system-packages.txt",
                    ", ".join(missing))


class SortedLines:
    """A sorted text file held as one bytes object and searched by bisection: the index
    files are sorted by their first field, so a lookup costs ~20 comparisons and no
    per-entry Python objects (a dict of WordNet's 147,000 lemmas would take 50 MB)."""

    def __init__(self, blob: bytes, separator: bytes):
        self.blob, self.separator = blob, separator

    def find(self, key: str) -> str | None:
        """The line whose first field is ``key``, or None."""
        target, blob = key.encode("utf-8"), self.blob
        lo, hi = 0, len(blob)
        while lo < hi:
            start = blob.rfind(b"\n", 0, (lo + hi) // 2) + 1
            end = blob.find(b"\n", start)
            end = len(blob) if end < 0 else end
            found = blob[start:end].split(self.separator, 1)[0]
            if found == target:
                return blob[start:end].decode("utf-8")
            if found < target:
                lo = end + 1
            else:
                hi = start
        return None


@lru_cache(maxsize=1)
def _wordnet_index() -> dict[str, SortedLines]:
    """part of speech -> its index file (license lines first: they start with a space and
    sort before every lemma)."""
    if not available()["wordnet"]:
        return {}
    return {pos: SortedLines((WORDNET / f"index.{pos}").read_bytes(), b" ") for pos in POS}


@lru_cache(maxsize=65536)
def _senses(lemma: str) -> tuple[tuple[str, int], ...]:
    """(part of speech, synset offset) of ``lemma`` in WordNet's sense order (most frequent
    sense first)."""
    out: list[tuple[str, int]] = []
    if not lemma.strip():  # the license lines start with a space: an empty key finds them
        return ()
    for pos, index in _wordnet_index().items():
        line = index.find(lemma.replace(" ", "_"))
        if line:
            cells = line.split()
            n_synsets, n_pointers = int(cells[2]), int(cells[3])
            out += [(pos, int(o)) for o in cells[6 + n_pointers:6 + n_pointers + n_synsets]]
    return tuple(out)


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, dict[str, list[str]]]:
    """Irregular inflected form -> part of speech -> base forms ("said" -> verb -> "say"),
    from WordNet's *.exc."""
    table: dict[str, dict[str, list[str]]] = {}
    if not available()["wordnet"]:
        return table
    for pos in POS:
        path = WORDNET / f"{pos}.exc"
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                form, *bases = line.split()
                table.setdefault(form, {}).setdefault(pos, []).extend(
                    b.replace("_", " ") for b in bases)
    return table


@lru_cache(maxsize=1)
def _inflections() -> dict[str, list[str]]:
    """Base form -> its irregular inflected forms (the exception lists turned round)."""
    table: dict[str, list[str]] = {}
    for form, by_pos in _exceptions().items():
        for bases in by_pos.values():
            for base in bases:
                table.setdefault(base, []).append(form)
    return table


_handles: dict[tuple[str, int], BinaryIO] = {}


def _read_line(path: Path, offset: int) -> str:
    """The line at ``offset`` of a data file, through one handle per file and process (a
    handle inherited over fork would share its position with the parent)."""
    key = (str(path), os.getpid())
    handle = _handles.get(key)
    if handle is None:
        handle = _handles[key] = path.open("rb")
    handle.seek(offset)
    return handle.readline().decode("utf-8")


@lru_cache(maxsize=65536)
def _synset(pos: str, offset: int) -> tuple[str, ...]:
    cells = _read_line(WORDNET / f"data.{pos}", offset).split()
    count = int(cells[3], 16)
    words = cells[4:4 + 2 * count:2]
    return tuple(re.sub(r"\(\w+\)$", "", w).replace("_", " ").lower() for w in words)


def wordnet_synonyms(lemma: str, parts: frozenset[str] = frozenset(POS)) -> list[str]:
    """Every lemma sharing a synset of the given parts of speech with ``lemma``, in sense
    order (the most frequent sense first)."""
    out: list[str] = []
    for pos, offset in _senses(lemma):
        if pos in parts:
            out.extend(w for w in _synset(pos, offset) if w != lemma and w not in out)
    return out


@lru_cache(maxsize=1)
def _mythes_index() -> SortedLines:
    """mythes' index (word|offset), its two header lines (encoding, count) left out."""
    if not available()["mythes"]:
        return SortedLines(b"", b"|")
    blob = MYTHES.with_suffix(".idx").read_bytes()
    return SortedLines(blob[blob.index(b"\n", blob.index(b"\n") + 1) + 1:], b"|")


def _mythes_offset(word: str) -> int | None:
    line = _mythes_index().find(word)
    return int(line.rpartition("|")[2]) if line else None


def mythes_synonyms(lemma: str, parts: frozenset[str] = frozenset(POS)) -> list[str]:
    """The synonyms mythes lists for ``lemma`` in the given parts of speech (broader,
    narrower, related terms and antonyms left out)."""
    offset = _mythes_offset(lemma)
    if offset is None:
        return []
    path = MYTHES.with_suffix(".dat")
    head = _read_line(path, offset)
    n = int(head.rstrip().rpartition("|")[2])
    out: list[str] = []
    position = offset + len(head.encode("utf-8"))
    for _ in range(n):
        line = _read_line(path, position)
        position += len(line.encode("utf-8"))
        pos, *words = line.rstrip("\n").split("|")
        if MYTHES_POS.get(pos.strip("()"), "") not in parts:
            continue
        for word in words:
            word = word.strip().lower()
            if word and word != lemma and not ANNOTATED.search(word) and word not in out:
                out.append(word)
    return out


def base_forms(word: str, repair: bool = False) -> list[tuple[str, str, frozenset[str]]]:
    """(base form, inflection, parts of speech) readings of ``word``: the word itself as any
    part of speech, an irregular form ("said" -> "say", verb), or a regular one ("tensions" ->
    "tension" + "s", noun or verb). With ``repair``, also forms a spinner inflects wrongly or
    abbreviates: a short plural ("yrs" -> "yr") and a doubled consonant ("sharpenned" ->
    "sharpen")."""
    out = [(word, "", frozenset(POS))]
    for pos, bases in _exceptions().get(word, {}).items():
        out += [(base, "=" + _suffix_kind(word), frozenset({pos})) for base in bases]
    for inflected, base, kind in SUFFIXES:
        # short stems only for plurals ("yrs" -> "yr")
        shortest = 1 if repair and kind == "s" else 2
        if word.endswith(inflected) and len(word) > len(inflected) + shortest:
            stem = word[: -len(inflected)] + base
            stems = [stem]
            if repair and not base and len(stem) > 3 and stem[-1] == stem[-2] and \
                    stem[-1] not in "aeiouls":
                stems.append(stem[:-1])
            for stem in stems:
                if _senses(stem) or _mythes_offset(stem) is not None:
                    out.append((stem, kind, KIND_POS[kind]))
    return out


def _suffix_kind(word: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s"):
        return "s"
    return "ed"


def inflect(base: str, kind: str) -> list[str]:
    """``base`` inflected as ``kind`` ("s", "ed", "ing", "er", "est"; "" for none): every
    plausible spelling, regular and irregular; the caller keeps those the fluency model
    knows. In a phrase the first word of a verb and the last word of a noun are inflected."""
    kind = kind.lstrip("=")
    if not kind:
        return [base]
    words = base.split()
    at = 0 if kind in ("ed", "ing") else len(words) - 1
    forms = [f for f in _inflections().get(words[at], ()) if _suffix_kind(f) == kind or
             (kind == "ed" and not f.endswith(("s", "ing")))] or _regular(words[at], kind)
    return [" ".join([*words[:at], f, *words[at + 1:]]) for f in dict.fromkeys(forms)]


def _regular(word: str, kind: str) -> list[str]:
    consonant_y = len(word) > 1 and word[-1] == "y" and word[-2] not in "aeiou"
    if kind == "s":
        if consonant_y:
            return [word[:-1] + "ies"]
        return [word + "es"] if word.endswith(("s", "x", "z", "ch", "sh")) else [word + "s"]
    if consonant_y and kind != "ing":
        return [word[:-1] + "i" + kind]
    if word.endswith("ie") and kind == "ing":
        return [word[:-2] + "ying"]
    if word.endswith("e") and not word.endswith("ee"):
        return [word[:-1] + kind]
    doubled = [word + word[-1] + kind] if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", word) else []
    return [word + kind, *doubled]


def synonyms(word: str, sources: tuple[str, ...] = SOURCES, repair: bool = False) -> list[str]:
    """Synonyms of ``word`` (lower case) from the chosen thesauri, inflected like ``word``
    (``repair``: also of the forms ``base_forms`` repairs; the restorer asks for them, the
    spinner does not)."""
    _warn_missing()
    return list(_synonyms(word, sources, repair))


@lru_cache(maxsize=65536)
def _synonyms(word: str, sources: tuple[str, ...], repair: bool = False) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for base, kind, parts in base_forms(word, repair):
        found: list[str] = []
        if "wordnet" in sources:
            found += wordnet_synonyms(base, parts)
        if "mythes" in sources:
            found += mythes_synonyms(base, parts)
        for synonym in found:
            for form in inflect(synonym, kind):
                if form != word:
                    out[form] = None
    return tuple(out)
