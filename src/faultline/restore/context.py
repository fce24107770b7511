"""Spun words found without the source: a thesaurus synonym that fits the context far better.

For every lower-case content word, its thesaurus synonyms (``thesaurus.py``) that the
fluency model knows are candidates for the word a spinner replaced. Within each stretch of
words between punctuation, a Viterbi search picks the reading that maximises the language
model score of the whole stretch minus a penalty for every word changed, so neighbouring spun
words are restored together ("final yr" -> "last year": neither pair alone is convincing).
Each change records its margin over keeping the word (the evidence for detection) and the
next-best candidates as alternatives.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from faultline.restore import thesaurus
from faultline.restore.fluency import Fluency, model

#: Weight of the spinner's choice among a candidate's synonyms (see ``_cost``).
CHANNEL = 1.0
#: Synonyms looked at per word, the most common first.
SHORTLIST = 8
#: Candidates kept per word after a first look with the observed neighbours.
BEAM = 3
#: Words this common are left alone: spinners rarely pick them, and they anchor the context.
COMMON = math.log(2e-3)
#: The most frequent words (function words: "on", "is", "be") are never candidates:
#: spinners swap content words, and these would fit almost any context. Past the first 50
#: the list (web counts) holds words spinners do swap ("first", "back", "only", "up"), and
#: proposing them raised exact restoration on the dev pairs by 3 points at no cost in wrong
#: edits (benchmarks/restore.py).
FUNCTION_WORDS = 50
#: Candidates are also looked up for forms a spinner inflects wrongly or abbreviates
#: ("sharpenned", "yrs"; see ``thesaurus.base_forms``).
REPAIR = True
#: Nats taken off what restoring a word costs when the text uses that word elsewhere: a
#: spinner swaps each occurrence on its own, so the original usually survives somewhere.
DOCUMENT = 2.0
TOKEN = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:['’-][A-Za-z]+)*(?![\w'’-])")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A word the search would change: [start, end) in the text, what to, and by how much."""

    start: int
    end: int
    found: str
    restored: str
    margin: float
    alternatives: tuple[str, ...]


def stretches(text: str) -> list[list[re.Match]]:
    """Runs of words separated only by spaces (a punctuation mark or number breaks a run)."""
    runs: list[list[re.Match]] = []
    last_end = -1
    for match in TOKEN.finditer(text):
        gap = text[last_end:match.start()] if last_end >= 0 else "."
        if gap.strip() or "\n\n" in gap or not runs:
            runs.append([])
        runs[-1].append(match)
        last_end = match.end()
    return runs


@lru_cache(maxsize=65536)
def candidates(word: str, sources: tuple[str, ...]) -> tuple[str, ...]:
    """The ``SHORTLIST`` most common single-word synonyms of ``word`` that the fluency model
    knows (none if the word is too common or not a plain word to be worth a look): the
    original is rarely a rare word, and the context search is paid per candidate."""
    lm = model()
    if len(word) < 2 or not word.isalpha() or lm.unigram(word) > COMMON or \
            NUMBER_WORDS.fullmatch(word):
        return ()
    found = [s for s in thesaurus.synonyms(word, sources, repair=REPAIR)
             if " " not in s and lm.known(s) and s not in _function_words()
             and _spelling(s) != _spelling(word) and not NUMBER_WORDS.fullmatch(s)]
    return tuple(sorted(found, key=lambda s: -lm.unigram(s))[:SHORTLIST])


#: Number words are never swapped for each other: WordNet groups "million" and "billion"
#: under "a very large number", and restoring one for the other would change a fact.
NUMBER_WORDS = re.compile(r"(?:hundred|thousand|million|billion|trillion|dozen|score|"
                          r"zillion|gazillion|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten)s?")
SPELLINGS = ((re.compile(r"our"), "or"), (re.compile(r"re(s?)\b"), r"er\1"),
             (re.compile(r"is(e|ing|ed|ation)"), r"iz\1"), (re.compile(r"ll"), "l"),
             (re.compile(r"ae|oe"), "e"))


def _spelling(word: str) -> str:
    """British and American spellings of a word made the same ("favour", "favor"): a
    spinner's synonym is another word, never another spelling."""
    for pattern, replacement in SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def abbreviation(found: str, restored: str) -> bool:
    """Whether ``found`` is a short form of ``restored`` ("yr", "pct"): spinners use them,
    but so does wire copy, so they are restored in spun text without counting as evidence."""
    letters = iter(restored)
    return len(found) <= 4 and len(found) < len(restored) and found[0] == restored[0] and \
        all(ch in letters for ch in found)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lm = model()
    return frozenset(sorted(lm.logp1, key=lambda w: -lm.logp1[w])[:FUNCTION_WORDS])


def suggest(text: str, sources: tuple[str, ...] = thesaurus.SOURCES,
            penalty: float | None = None) -> list[Suggestion]:
    """The changes the search makes in ``text``, each with its margin and alternatives
    (``penalty``: nats a change must gain, by default the fluency model's own)."""
    lm = model()
    penalty = lm.change_penalty if penalty is None else penalty
    runs = stretches(text)
    used = Counter(m.group(0).lower() for run in runs for m in run)
    out: list[Suggestion] = []
    for run in runs:
        words = [m.group(0).lower() for m in run]
        options = [_options(lm, words, i, sources) if run[i].group(0).islower()
                   else [words[i]] for i in range(len(words))]
        if all(len(o) == 1 for o in options):
            continue
        costs = [[_cost(w, penalty, sources, used) if k else 0.0 for k, w in enumerate(o)]
                 for o in options]
        best = _viterbi(lm, options, costs)
        for i, choice in enumerate(best):
            if choice != words[i]:
                out.append(_suggestion(lm, run[i], words, best, i, options[i]))
    return out


def _options(lm: Fluency, words: list[str], i: int, sources: tuple[str, ...]) -> list[str]:
    """The observed word first, then the ``BEAM`` candidates that fit the observed
    neighbours best."""
    found = candidates(words[i], sources)
    if not found:
        return [words[i]]
    left = words[i - 1] if i else None
    right = words[i + 1] if i + 1 < len(words) else None
    ranked = sorted(found, key=lambda c: -lm.local(left, c, right))
    return [words[i], *ranked[:BEAM]]


def _cost(word: str, penalty: float, sources: tuple[str, ...], used: Counter) -> float:
    """What restoring ``word`` costs: ``penalty``, plus the log of how many synonyms the
    word has (times ``CHANNEL``): a spinner picks one of them at random, so the fewer it
    had to choose from, the likelier it picked the one we see; less ``DOCUMENT`` when the
    text uses ``word`` elsewhere (``used``: word counts of the text)."""
    cost = penalty + CHANNEL * math.log(1 + _fanout(word, sources))
    return cost - DOCUMENT if used[word] else cost


@lru_cache(maxsize=65536)
def _fanout(word: str, sources: tuple[str, ...]) -> int:
    return sum(" " not in s for s in thesaurus.synonyms(word, sources))


def _viterbi(lm: Fluency, options: list[list[str]], costs: list[list[float]]) -> list[str]:
    """The best reading of a run: chain score minus the cost (``costs``, per option) of
    every changed word."""
    unigram, follow = lm.unigram, lm.follow
    scores = {w: unigram(w) - costs[0][k] for k, w in enumerate(options[0])}
    back: list[dict[str, str]] = []
    for position, cost in zip(options[1:], costs[1:], strict=True):
        # each previous word p brings its own best predecessor as the second word of history
        # (a second-order chain searched with first-order states)
        before = back[-1] if back else {}
        new, pointers = {}, {}
        for k, word in enumerate(position):
            best, prev = -math.inf, ""
            for p, s in scores.items():
                value = s + follow(word, p, before.get(p))
                if value > best:
                    best, prev = value, p
            new[word], pointers[word] = best - cost[k], prev
        scores = new
        back.append(pointers)
    word = max(scores, key=scores.__getitem__)
    path = [word]
    for pointers in reversed(back):
        word = pointers[word]
        path.append(word)
    return path[::-1]


def _suggestion(lm: Fluency, match: re.Match, words: list[str], best: list[str], i: int,
                options: list[str]) -> Suggestion:
    """The change at ``i`` with its margin over the observed word, the rest of the chosen
    reading held fixed, and the runners-up in the same context."""
    left = best[i - 1] if i else None
    right = best[i + 1] if i + 1 < len(best) else None
    scored = sorted(options[1:], key=lambda c: -lm.local(left, c, right))
    margin = lm.local(left, best[i], right) - lm.local(left, words[i], right)
    return Suggestion(match.start(), match.end(), match.group(0), best[i], round(margin, 2),
                      tuple(c for c in scored if c != best[i])[:3])
