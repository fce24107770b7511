"""Story clusters: the copies of one story (exact, edited, re-headlined, spun) grouped as
they are ingested, without re-reading the store.

Spinners, sub-editors and syndication change words, headlines and paragraphs, but keep
what a story is made of: its names, its numbers and the order they come in. Each article is
profiled by its distinctive names and numbers (``anchors``) and by the runs of capitalised
words and numbers it is made of (``restore.source.untouched_shingles``). A MinHash of the
anchors is banded for locality-sensitive hashing, so a new article's candidates are the
stored articles sharing a band (one indexed lookup); each candidate is then verified:

- a *copy* shares at least ``COPY_SIMILARITY`` of its name-and-number runs (Jaccard);
- a *retelling* (the same wire story written over) shares fewer runs, but at least
  ``RETELLING_SIMILARITY`` of them, most of its distinctive names and numbers
  (``ANCHOR_CONTAINMENT``) and was published within ``RETELLING_DAYS`` days.

An article joins the story of its most similar verified candidate; otherwise it starts a
story of its own. When it also verifies against members of other stories, it proves them
one story and they are merged into the one it joined (so the clusters are the connected
groups of verified pairs, as the batch job computes them). A story's id is its first
article's id and changes only by such a merge; the canonical
article (unspun first, then earliest, then least spun) is chosen when the story is read, so
a clean copy arriving after a spun one becomes canonical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from faultline.data import read_table
from faultline.records import Article
from faultline.restore import restore as restore_text
from faultline.restore.source import (
    band_keys,
    signature,
    similarity,
    token_hash,
    untouched_shingles,
)
from faultline.store import Store

#: An article whose spin score reaches this is flagged spun (clean news scores below 0.2).
SPUN_SCORE = 0.3
#: Jaccard overlap of name-and-number runs that makes two articles copies of one text.
COPY_SIMILARITY = 0.5
#: A copy cut short: this share of its runs (at least ``MIN_RUNS``) is in the other.
CUT_CONTAINMENT = 0.8
MIN_RUNS = 10
#: A retelling shares at least this much of the runs ...
RETELLING_SIMILARITY = 0.12
#: ... and at least this share of the smaller article's distinctive names and numbers ...
ANCHOR_CONTAINMENT = 0.6
#: ... and was published this close in time.
RETELLING_DAYS = 3
#: LSH bands of 3 MinHash values (21 of them): a band agrees with probability J³ for
#: anchor sets of Jaccard J. A stored article must share MIN_SHARED_BANDS to be a
#: candidate: retellings (J about 0.75) share about 9, copies cut short (J about 0.45)
#: about 2, unrelated stories on the same actors (J about 0.3) rarely 2.
BAND_ROWS = 3
MIN_SHARED_BANDS = 2
#: Candidates verified per new article, those sharing the most bands first.
MAX_CANDIDATES = 20
#: Stored articles' profiles kept in memory between batches.
CACHE_SIZE = 20_000
#: Anchors counted at all: articles with fewer distinctive names are matched as copies only.
MIN_ANCHORS = 8
ANCHOR = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*|\b\d[\d,.]*\d|\b\d\b")
SENTENCE_END = re.compile(r"(?:[.!?:\n][\"'“”‘’)]*\s+|[\"“‘]\s*)\Z")
WEEKDAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december"}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words that are capitalised only because they start a sentence: never anchors."""
    rows = read_table("lexicons/function_words.tsv")
    words = {w.lower() for row in rows if row["lang"] == "en" for w in row["words"].split()}
    return frozenset(words | WEEKDAYS_MONTHS)


def starts_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 6):at]
    return not text[:at].strip() or bool(SENTENCE_END.search(before))


def anchors(text: str) -> frozenset[str]:
    """The distinctive names and numbers of a text, possessives and case folded. A word
    capitalised only at the start of a sentence ("Officials said") is not a name."""
    common = common_words()
    found = set()
    for match in ANCHOR.finditer(text):
        if match.group(0)[0].isupper() and starts_sentence(text, match.start()):
            continue
        word = match.group(0).lower().removesuffix("'s").removesuffix("’s").rstrip(".,")
        if word and word not in common:
            found.add(word)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Profile:
    """What is kept of an article to compare it with later ones."""

    article_id: str
    text: str
    published: date | None
    score: float
    shingles: frozenset[int]
    anchors: frozenset[str]
    buckets: tuple[int, ...] = ()
    story_id: str = ""


def anchor_hashes(found: frozenset[str]) -> set[int]:
    return {token_hash(a) for a in found}


def profile(article_id: str, text: str, published: date | None, score: float,
            story_id: str = "", with_buckets: bool = True) -> Profile:
    """An article's profile; its LSH buckets are over its anchors, which copies and
    retellings share more of than of their word runs."""
    shingles = frozenset(untouched_shingles(text))
    found = anchors(text)
    buckets = tuple(band_keys(signature(anchor_hashes(found)), BAND_ROWS)) if with_buckets \
        else ()
    return Profile(article_id, text, published, score, shingles, found, buckets,
                   story_id or article_id)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set found in the other."""
    if len(a) < MIN_ANCHORS or len(b) < MIN_ANCHORS:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def days_apart(a: date | None, b: date | None) -> int | None:
    return abs((a - b).days) if a and b else None


def run_overlap(a: Profile, b: Profile) -> float:
    """How much two articles share of their runs of names and numbers: Jaccard, or for a
    copy cut short, the share of the shorter one found in the other."""
    jaccard = similarity(set(a.shingles), set(b.shingles))
    shorter = min(len(a.shingles), len(b.shingles))
    if shorter < MIN_RUNS:
        return jaccard
    contained = len(a.shingles & b.shingles) / shorter
    return max(jaccard, contained if contained >= CUT_CONTAINMENT else 0.0)


def story_similarity(a: Profile, b: Profile, runs: float | None = None) -> float:
    """How surely ``a`` and ``b`` are one story: their run overlap when they are copies or
    retellings, 0 when they are not (``runs``: their ``run_overlap``, if already known)."""
    runs = run_overlap(a, b) if runs is None else runs
    if runs >= COPY_SIMILARITY:
        return runs
    apart = days_apart(a.published, b.published)
    if runs >= RETELLING_SIMILARITY and apart is not None and apart <= RETELLING_DAYS:
        shared = containment(a.anchors, b.anchors)
        if shared >= ANCHOR_CONTAINMENT:
            return max(runs, shared * COPY_SIMILARITY)
    return 0.0


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an article went: its story, the member it matched (if any) and how well, and
    the stored copy less spun than it to restore it from (if any)."""

    article_id: str
    story_id: str
    similarity: float
    spun: bool
    original: tuple[str, str, float] | None = None


@dataclass
class StoryIndex:
    """Places each new article in a story; remembers the current batch's articles, and
    finds earlier ones through the store's LSH buckets."""

    store: Store | None = None
    batch: dict[str, Profile] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    by_key: dict[int, list[str]] = field(default_factory=dict)
    cache: dict[str, Profile] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    merges: list[tuple[str, str]] = field(default_factory=list)

    def candidates(self, mine: Profile) -> list[Profile]:
        shared: dict[str, int] = {}
        for key in mine.buckets:
            for other in self.by_key.get(key, ()):
                shared[other] = shared.get(other, 0) + 1
        found = [self.batch[i] for i, n in shared.items()
                 if n >= MIN_SHARED_BANDS and i != mine.article_id]
        if self.store is not None:
            ids = [i for i in self.store.articles_sharing_keys(
                mine.buckets, MIN_SHARED_BANDS, MAX_CANDIDATES)
                   if i not in self.batch and i != mine.article_id]
            found += self.stored_profiles(ids)
        return found

    def stored_profiles(self, ids: Sequence[str]) -> list[Profile]:
        """Profiles of stored articles; the spin score is read from the store when it was
        restored there (and computed otherwise)."""
        if not ids or self.store is None:
            return []
        missing = [i for i in ids if i not in self.cache]
        for row in self.store.story_candidates(missing) if missing else ():
            score = row["spin_score"]
            if score is None:  # stored before stories were kept
                score = restore_text(row["text"]).score
            self.remember(profile(row["id"], row["text"], row["published"], score,
                                  row["story_id"] or row["id"], with_buckets=False))
        return [self.cache[i] for i in ids if i in self.cache]

    def remember(self, stored: Profile) -> None:
        """Keep a stored article's profile: popular stories are candidates again and again,
        and a stored article's story never changes."""
        self.cache[stored.article_id] = stored
        if len(self.cache) > CACHE_SIZE:
            del self.cache[next(iter(self.cache))]

    def place(self, article: Article, score: float) -> Placement:
        """Put ``article`` (with spin score ``score``) in a story and remember it."""
        mine = profile(article.id, article.text, article.published, score)
        best: tuple[float, Profile] | None = None
        original: tuple[str, str, float] | None = None
        joined: set[str] = set()
        for other in self.candidates(mine):
            runs = run_overlap(mine, other)
            sim = 1.0 if other.text == article.text else story_similarity(mine, other, runs)
            if sim <= 0:
                continue
            joined.add(self.current(other.story_id))
            if best is None or sim > best[0]:
                best = (sim, other)
            if (other.text != article.text and runs >= COPY_SIMILARITY and other.score < score
                    and (original is None or runs > original[2])):
                original = (other.article_id, other.text, round(runs, 3))
        story_id = self.current(best[1].story_id) if best else article.id
        for other_story in sorted(joined - {story_id}):  # this article bridges two stories
            self.renamed[other_story] = story_id
            self.merges.append((other_story, story_id))
        placed = Placement(article.id, story_id, round(best[0], 3) if best else 1.0,
                           score >= SPUN_SCORE, original)
        self.batch[article.id] = Profile(mine.article_id, mine.text, mine.published, score,
                                         mine.shingles, mine.anchors, mine.buckets, story_id)
        for key in mine.buckets:
            self.by_key.setdefault(key, []).append(article.id)
        self.placements.append(placed)
        return placed

    def current(self, story_id: str) -> str:
        """A story's id now: stories an article proved to be one carry the id of the story
        it joined."""
        while story_id in self.renamed:
            story_id = self.renamed[story_id]
        return story_id

    def story_merges(self) -> list[tuple[str, str]]:
        """(old story id, new story id) for the stories this batch merged, in order."""
        return list(self.merges)

    def fingerprints(self, ids: Iterable[str]) -> list[tuple[str, int]]:
        """The LSH keys of this batch's articles among ``ids``, for the store."""
        return [(i, key) for i in ids if i in self.batch for key in self.batch[i].buckets]

    def story_rows(self) -> list[tuple[str, str, float, bool, float]]:
        return [(p.article_id, self.current(p.story_id), p.similarity, p.spun,
                 self.batch[p.article_id].score) for p in self.placements]

    def copy_links(self) -> list[tuple[str, str, float]]:
        return [(p.article_id, p.original[0], p.original[2]) for p in self.placements
                if p.original]

    def next_batch(self) -> None:
        """Forget the batch: it is stored, and found through the store from now on (its
        profiles stay cached)."""
        for placed in self.batch.values():
            self.remember(replace(placed, buckets=()))
        self.batch, self.placements, self.by_key, self.merges = {}, [], {}, []


def stories_from_edges(profiles: Sequence[Profile], edges: Iterable[tuple[str, str, float]]
                       ) -> list[tuple[str, str, float, bool, float]]:
    """Stories of a whole collection at once (the batch job's way): the articles joined by
    verified ``edges`` form one story, named after its earliest article. Rows as
    ``StoryIndex.story_rows`` gives them: article, story, best similarity, spun, score."""
    parent = {p.article_id: p.article_id for p in profiles}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    best: dict[str, float] = {}
    for a, b, sim in edges:
        parent[root(a)] = root(b)
        best[a], best[b] = max(best.get(a, 0.0), sim), max(best.get(b, 0.0), sim)
    order = sorted(profiles, key=lambda p: (p.published is None, p.published or date.min,
                                            p.article_id))
    names: dict[str, str] = {}
    for p in order:
        names.setdefault(root(p.article_id), p.article_id)
    rows = []
    for p in profiles:
        story = names[root(p.article_id)]
        sim = 1.0 if story == p.article_id else round(best.get(p.article_id, 0.0), 3)
        rows.append((p.article_id, story, sim, p.score >= SPUN_SCORE, p.score))
    return rows


def story_records(store: Store, since: date | None = None, until: date | None = None,
                  min_members: int = 1) -> list[dict[str, Any]]:
    """One record per story: its canonical article (unspun first, then earliest, then least
    spun) and its members, each with its similarity to the canonical article and whether it
    is spun."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in store.story_members(since, until):
        grouped.setdefault(row["story_id"], []).append(row)
    records = []
    for story_id, members in grouped.items():
        if len(members) < min_members:
            continue
        canonical = members[0]
        base = profile(canonical["id"], canonical["text"], canonical["published"], 0.0,
                       with_buckets=False) if len(members) > 1 else None
        listed = []
        for m in members:
            sim = 1.0 if base is None or m is canonical else round(story_similarity(
                base, profile(m["id"], m["text"], m["published"], 0.0, with_buckets=False))
                or m["similarity"], 3)
            listed.append({"article_id": m["id"], "title": m["title"], "date": m["published"],
                           "similarity": sim, "spun": m["spun"],
                           "spin_score": m["spin_score"]})
        records.append({"story_id": story_id, "canonical": canonical["id"],
                        "title": canonical["title"], "date": canonical["published"],
                        "articles": len(members), "spun": sum(m["spun"] for m in members),
                        "members": listed})
    records.sort(key=lambda r: (r["date"] is None, r["date"] or date.min, r["story_id"]))
    return records
