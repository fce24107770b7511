"""A bigram fluency model from the word counts that ship inside the ``symspellpy`` wheel.

``frequency_dictionary_en_82_765.txt`` (82,765 words) and
``frequency_bigramdictionary_en_243_342.txt`` (242,342 word pairs) are English web counts
bundled with symspellpy for spelling correction; we only read them. A spun word shows up as
a word pair that English rarely writes ("tensions run excessive", "final yr") where a
synonym gives a common one ("run high", "last year").

The score of a word ``x`` between ``left`` and ``right`` is the log probability of the three
words in a bigram chain, up to terms that do not depend on ``x``:
``log P(left, x) + log P(x, right) - log P(x)``. A pair missing from the table (it keeps
only pairs seen more than ~6 million times) backs off to ``BACKOFF * P(left) P(x)``, so
with no pair known the score falls back on how common ``x`` is.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

#: Weight of independence for a pair the table does not list (below its cut-off).
BACKOFF = 0.3


class Fluency:
    """Unigram and bigram log probabilities over the symspellpy counts (lower case)."""

    def __init__(self, unigrams: dict[str, int], bigrams: dict[str, int]):
        """``bigrams`` keys are "a b" strings (a tuple per pair would double the memory)."""
        n1 = float(sum(unigrams.values()))
        n2 = float(sum(bigrams.values()))
        self.floor = math.log(min(unigrams.values()) / 4 / n1)
        self.logp1 = {w: math.log(c / n1) for w, c in unigrams.items()}
        self.p2 = {pair: c / n2 for pair, c in bigrams.items()}
        self._links: dict[str, float] = {}

    def known(self, word: str) -> bool:
        return word in self.logp1

    def unigram(self, word: str) -> float:
        return self.logp1.get(word, self.floor)

    def link(self, a: str | None, b: str | None) -> float:
        """log P(a, b) with back-off; 0 when either side is a boundary (None)."""
        if a is None or b is None:
            return 0.0
        pair = f"{a} {b}"
        value = self._links.get(pair)
        if value is None:  # memoised: restoration runs on every article
            value = math.log(self.p2.get(pair, 0.0) +
                             BACKOFF * math.exp(self.unigram(a) + self.unigram(b)))
            if len(self._links) > 100_000:
                self._links.clear()
            self._links[pair] = value
        return value

    def local(self, left: str | None, word: str, right: str | None) -> float:
        """The score of ``word`` between ``left`` and ``right`` (see the module docstring)."""
        links = self.link(left, word) + self.link(word, right)
        bounded = (left is None) + (right is None)
        # a boundary side contributes P(word) once, as a chain start or end would
        return links - self.unigram(word) * (1 - bounded)


@lru_cache(maxsize=1)
def model() -> Fluency:
    """The model, read once per process from the installed symspellpy wheel."""
    folder = resources.files("symspellpy")
    unigrams: dict[str, int] = {}
    with (folder / "frequency_dictionary_en_82_765.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, _, count = line.rstrip("\n").partition(" ")
            unigrams[word] = int(count)
    bigrams: dict[str, int] = {}
    with (folder / "frequency_bigramdictionary_en_243_342.txt").open(encoding="utf-8") as lines:
        for line in lines:
            pair, _, count = line.rstrip("\n").rpartition(" ")
            bigrams[pair] = int(count)
    return Fluency(unigrams, bigrams)
