"""Fluency models from language data that ships inside Python wheels.

The CMU US English trigram model inside the ``pocketsphinx`` wheel (``en-us.lm.bin``, read
memory-mapped by pocketsphinx's own reader) gives P(b | a) for any two words it knows; it
is used when pocketsphinx is installed. Either way the word counts of the ``symspellpy``
wheel give word ranks (which words are function words) and the fallback bigram model.

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
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Weight of independence for a pair the table does not list (below its cut-off).
BACKOFF = 0.3


class Fluency:
    """Unigram and bigram log probabilities over the symspellpy counts (lower case).

    Each model carries its thresholds, tuned on our dev pairs (``benchmarks/restore.py``):
    the nats a change must gain over keeping the word (before the spinner's choice among
    the candidate's synonyms is priced in) and the margin from which a change counts as
    evidence of spinning."""

    change_penalty = 4.0
    detect_margin = 10.0

    def __init__(self, unigrams: dict[str, int], bigrams: dict[str, int]):
        """``bigrams`` keys are "a b" strings (a tuple per pair would double the memory)."""
        n1 = float(sum(unigrams.values()))
        n2 = float(sum(bigrams.values())) or 1.0
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

    def follow(self, word: str, prev: str, before: str | None) -> float:
        """log P(word | before prev); this model only looks at ``prev``."""
        return self.link(prev, word) - self.unigram(prev)


class CmuFluency(Fluency):
    """``Fluency`` with P(b | a) and P(a) from the CMU trigram model (used as a bigram model:
    the search keeps one word of history). Unknown words get the counts' floor."""

    change_penalty = 3.0
    detect_margin = 9.0
    LOG_ZERO = -536870912  # what pocketsphinx returns for a word it does not know
    LN_BASE = math.log(1.0001)  # its log base

    def __init__(self, counts: Fluency, ngrams: object):
        self.__dict__.update(counts.__dict__)
        self.ngrams = ngrams
        self._links = {}
        self._unigrams: dict[str, float] = {}

    def _log(self, words: list[str]) -> float:
        raw = self.ngrams.prob(words)  # type: ignore[attr-defined]
        return raw * self.LN_BASE if raw > self.LOG_ZERO else self.floor

    def unigram(self, word: str) -> float:
        value = self._unigrams.get(word)
        if value is None:
            if len(self._unigrams) > 100_000:
                self._unigrams.clear()
            value = self._unigrams[word] = self._log([word])
        return value

    def link(self, a: str | None, b: str | None) -> float:
        """log P(a, b) = log P(b | a) + log P(a); 0 at a boundary."""
        if a is None or b is None:
            return 0.0
        pair = f"{a} {b}"
        value = self._links.get(pair)
        if value is None:
            if len(self._links) > 100_000:
                self._links.clear()
            value = self._links[pair] = self._log([b, a]) + self.unigram(a)
        return value

    def follow(self, word: str, prev: str, before: str | None) -> float:
        """log P(word | before prev) from the trigram model."""
        if before is None:
            return self.link(prev, word) - self.unigram(prev)
        key = f"{before} {prev} {word}"
        value = self._links.get(key)
        if value is None:
            if len(self._links) > 100_000:
                self._links.clear()
            value = self._links[key] = self._log([word, prev, before])
        return value


@lru_cache(maxsize=1)
def model() -> Fluency:
    """The model, read once per process: the CMU trigram model when pocketsphinx is
    installed, the symspellpy bigram counts otherwise (or when ``FAULTLINE_FLUENCY`` is
    "counts", for comparison)."""
    if os.environ.get("FAULTLINE_FLUENCY") == "counts":
        return count_model()
    try:
        from pocketsphinx import NGramModel, get_model_path
    except ImportError:
        return count_model()
    path = Path(get_model_path()) / "en-us" / "en-us.lm.bin"
    if not path.exists():
        return count_model()
    # only the word counts are needed beside it (ranks, vocabulary): skip the pairs
    return CmuFluency(count_model(pairs=False), NGramModel.readfile(str(path)))


@lru_cache(maxsize=2)
def count_model(pairs: bool = True) -> Fluency:
    """The bigram model from the word counts in the symspellpy wheel (``pairs=False``: the
    word counts alone)."""
    folder = resources.files("symspellpy")
    unigrams: dict[str, int] = {}
    with (folder / "frequency_dictionary_en_82_765.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, _, count = line.rstrip("\n").partition(" ")
            unigrams[word] = int(count)
    bigrams: dict[str, int] = {}
    with (folder / "frequency_bigramdictionary_en_243_342.txt").open(encoding="utf-8") as lines:
        for line in lines if pairs else ():
            pair, _, count = line.rstrip("\n").rpartition(" ")
            bigrams[pair] = int(count)
    return Fluency(unigrams, bigrams)
