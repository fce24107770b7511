"""A spinner of our own, to make (original, spun) pairs from clean text for measurement.

It behaves like the content-farm tools: phrases and words are swapped for the variants
in a lexicon at set rates, and number styles are flipped ("two" -> "2", "1990s" ->
"Nineteen Nineties"). Giving it a different lexicon from the restorer's is how a
held-out measurement is made.

``spin_words`` is the thesaurus spinner: any lower-case word may become one of its WordNet or
mythes synonyms, whatever its sense, at a set rate; ``thesaurus_pairs`` gives it a thesaurus
or one half of one, for measurements that hold the other half out.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable

from faultline.data import read_table
from faultline.restore.restorer import match_case

NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
           "eight": "8", "nine": "9"}
DECADE_NAMES = {"1": "Tens", "2": "Twenties", "3": "Thirties", "4": "Forties", "5": "Fifties",
                "6": "Sixties", "7": "Seventies", "8": "Eighties", "9": "Nineties"}


def spin_table(rows: list[dict[str, str]] | None = None) -> dict[str, list[str]]:
    """original (lower case) -> spun variants, from lexicon rows (default: the lexicon)."""
    table: dict[str, list[str]] = {}
    for row in rows if rows is not None else read_table("restore/lexicon.tsv"):
        table.setdefault(row["original"], []).append(row["spun"])
    return table


def spin(text: str, table: dict[str, list[str]], rng: random.Random, rate: float = 0.8,
         number_rate: float = 0.8) -> str:
    """``text`` with phrases of ``table`` swapped (each occurrence with probability
    ``rate``) and number styles flipped (with probability ``number_rate``)."""
    originals = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(o) for o in originals) +
                         r")(?![\w'-])", re.IGNORECASE)

    def swap(match: re.Match) -> str:
        found = match.group(0)
        if rng.random() >= rate:
            return found
        return match_case(found, rng.choice(table[found.lower()]))

    out = pattern.sub(swap, text) if originals else text

    def number(match: re.Match) -> str:
        word = match.group(0)
        return NUMBERS[word.lower()] if rng.random() < number_rate else word

    out = re.sub(r"\b(?:two|three|four|five|six|seven|eight|nine)\b(?= [a-z]+s\b)", number, out)

    def decade(match: re.Match) -> str:
        if rng.random() >= number_rate:
            return match.group(0)
        century = "Nineteen" if match.group(1) == "19" else "Twenty"
        return f"{century} {DECADE_NAMES[match.group(2)]}"

    return re.sub(r"\b(19|20)([1-9])0s\b", decade, out)


def thesaurus_pairs(sources: tuple[str, ...] = ("wordnet", "mythes"), half: int | None = None
                    ) -> Callable[[str], list[str]]:
    """word -> the single-word synonyms a thesaurus spinner may put in its place, from the
    chosen thesauri; with ``half`` (0 or 1) only the synonym pairs in that half of a hash
    split, so a measurement can hold the other half out."""
    from faultline.restore.thesaurus import synonyms

    def choices(word: str) -> list[str]:
        found = [s for s in synonyms(word, sources) if " " not in s and s.isalpha()]
        if half is None:
            return found
        return [s for s in found if pair_half(word, s) == half]

    return choices


def pair_half(a: str, b: str) -> int:
    """Which half of the split the unordered pair (a, b) falls in."""
    return zlib.crc32("|".join(sorted((a, b))).encode()) % 2


def spin_words(text: str, choices: Callable[[str], list[str]], rng: random.Random,
               rate: float = 0.25, skip: frozenset[str] = frozenset()) -> str:
    """``text`` with lower-case words swapped for a thesaurus synonym, each word that has one
    with probability ``rate``, as sense-blind spinners do ("last year" -> "final yr").
    Capitalised words (names) and the words in ``skip`` (function words) are kept."""

    def swap(match: re.Match) -> str:
        word = match.group(0)
        if not word.islower() or word in skip or rng.random() >= rate:
            return word
        options = choices(word)
        return rng.choice(options) if options else word

    return re.sub(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])", swap, text)
