"""Event clusters: reports of one real-world event, from any article and sentence, merged
into one event that keeps every report as a mention.

Two mentions report the same event when they have the same source and target (at country
or organisation level), compatible codes (the same CAMEO root: one may refine the other),
the same negation and hypothetical flags, and dates that can be the same day. How far
apart two dates may be depends on how each was found (``window``): an explicit or relative
day ("on Thursday") is that day give or take ``DAY_SLACK``; a publication date stands for
the event's report, so the event may have happened up to ``PUBLICATION_LAG`` days before;
a month or a year covers all its days. A mention dated to the day joins the nearest merged
event dated to the day; a month- or year-dated one joins only an event it cannot be
confused with (the only candidate). Mentions in the same sentence are never merged: a
sentence that codes two events with one dyad and root means two events.

Merging is incremental: a new mention is compared with the merged events already stored
for its dyad and root in a date range (one indexed query per dyad of the batch) and with
the mentions earlier in its batch. The first mention's event id names the merged event.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from faultline.records import Event

if TYPE_CHECKING:
    from faultline.store import Store

DAY_SLACK = 1
PUBLICATION_LAG = 2
#: A window wider than this is a month or a year, not a day.
COARSE_DAYS = 7
#: How far back the store is searched for a merged event (covers year-level dates).
SEARCH_DAYS = 366


def window(value: str, basis: str) -> tuple[date, date]:
    """The first and last day an event dated ``value`` (YYYY, YYYY-MM or YYYY-MM-DD) on
    ``basis`` may have happened."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    if basis == "publication":
        return day - timedelta(days=PUBLICATION_LAG), day
    return day - timedelta(days=DAY_SLACK), day + timedelta(days=DAY_SLACK)


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


@dataclass(frozen=True, slots=True)
class Mention:
    """What merging needs to know of one coded event."""

    event_id: str
    article_id: str
    sentence_index: int
    source: str | None
    target: str | None
    root: str
    negated: bool
    hypothetical: bool
    days: tuple[date, date]
    code: str = ""
    merged_id: str = ""

    @property
    def key(self) -> tuple[str | None, str | None, str]:
        return self.source, self.target, self.root

    @property
    def coarse(self) -> bool:
        """Dated by month or year only: it could be any of several events."""
        return (self.days[1] - self.days[0]).days > COARSE_DAYS

    def gap(self, other: Mention) -> int:
        """Days between the middles of the two windows."""
        return abs((self.days[0] - other.days[0]).days + (self.days[1] - other.days[1]).days)

    def same_event(self, other: Mention) -> bool:
        """Whether ``other`` (the first mention of a merged event) reports this event."""
        return (self.key == other.key and self.negated == other.negated
                and self.hypothetical == other.hypothetical
                and (self.article_id, self.sentence_index)
                != (other.article_id, other.sentence_index)
                and overlaps(self.days, other.days))


def specificity(code: str) -> int:
    """How specific a CAMEO code is: "020" (appeal, not specified) < "023" < "0232"."""
    return len(code.rstrip("0"))


def represents_better(mention: Mention, current: Mention) -> bool:
    """Whether ``mention`` should represent its merged event instead of ``current``: a more
    specific code, or as specific and a smaller id (so any order of arrival, in ingest or
    in the batch job, picks the same one)."""
    return ((specificity(mention.code), current.event_id)
            > (specificity(current.code), mention.event_id))


@dataclass(frozen=True, slots=True)
class Link:
    """A mention's merged event, and whether it now represents it."""

    event_id: str
    merged_id: str
    representative: bool


def best_match(mention: Mention, matches: list[Mention]) -> Mention | None:
    """The merged event a mention reports, among those it could: the nearest one dated to
    the day; a month- or year-dated mention (or event) only when it is the only one."""
    if not mention.coarse:
        precise = [m for m in matches if not m.coarse]
        return min(precise, key=mention.gap) if precise else None
    return matches[0] if len(matches) == 1 else None


def mention_of_row(row: dict) -> Mention:
    """A mention from a stored event row (``store.base.event_rows``)."""
    return Mention(row["event_id"], row["article_id"], row["sentence_index"],
                   row["source_country"] or row["source_org"],
                   row["target_country"] or row["target_org"], row["cameo_root"],
                   row["negated"], row["hypothetical"],
                   window(row["event_date"], row["date_basis"]), row["cameo_code"])


def mention_of(event: Event) -> Mention:
    target = event.target
    return Mention(event.event_id, event.article_id, event.sentence_index,
                   event.source.country or event.source.org,
                   (target.country or target.org) if target else None, event.cameo_root,
                   event.negated, event.hypothetical, window(event.date, event.date_basis),
                   event.cameo_code)


@dataclass
class EventMerger:
    """Links each new mention to the merged event it reports (or to itself when it is the
    first report), looking in the store and in the current batch."""

    store: Store | None = None

    def stored_events(self, mentions: Sequence[Mention]) -> dict[tuple, list[Mention]]:
        """The stored merged events that could match, by dyad and root."""
        found: dict[tuple, list[Mention]] = {}
        if self.store is None:
            return found
        ranges: dict[tuple, tuple[date, date]] = {}
        for m in mentions:
            lo, hi = ranges.get(m.key, m.days)
            ranges[m.key] = (min(lo, m.days[0]), max(hi, m.days[1]))
        for key, (lo, hi) in ranges.items():
            rows = self.store.merged_event_candidates(
                key[0], key[1], key[2], lo - timedelta(days=SEARCH_DAYS), hi)
            found[key] = [Mention(r["event_id"], r["article_id"], r["sentence_index"],
                                  key[0], key[1], key[2], r["negated"], r["hypothetical"],
                                  window(r["event_date"], r["date_basis"]), r["cameo_code"],
                                  r["merged_id"]) for r in rows]
        return found

    def link(self, events: Sequence[Event]) -> list[Link]:
        """The merged event of each new event, in order. A batch's mentions are merged in
        ``merge_order``, as the Spark job merges each dyad's, so the order the articles of
        a batch were read in does not change the result."""
        mentions = [mention_of(e) for e in events]
        ordered = sorted(mentions, key=merge_order)
        by_id = {link.event_id: link for link in merge_mentions(ordered,
                                                               self.stored_events(mentions))}
        return [by_id[m.event_id] for m in mentions]


def merge_order(mention: Mention) -> tuple:
    """The order mentions are merged in: day-dated before month- or year-dated ones (which
    join an event only when exactly one fits, so the events must be there first), then by
    date, article, sentence and id."""
    return (mention.coarse, mention.days[0], mention.article_id, mention.sentence_index,
            mention.event_id)


def merge_mentions(mentions: Sequence[Mention],
                   stored: dict[tuple, list[Mention]] | None = None) -> list[Link]:
    """The merged event of each mention, in order: each joins the merged event it reports
    among ``stored`` ones (their representatives, by dyad and root) and those started by
    earlier mentions, or starts one; it becomes the representative when it
    ``represents_better``. The batch job calls it per dyad and root."""
    reps: dict[tuple, list[Mention]] = {k: list(v) for k, v in (stored or {}).items()}
    links: dict[str, Link] = {}
    for m in mentions:
        pool = reps.get(m.key, [])
        merged = best_match(m, [other for other in pool if m.same_event(other)])
        if merged is None:
            reps.setdefault(m.key, []).append(replace(m, merged_id=m.event_id))
            links[m.event_id] = Link(m.event_id, m.event_id, True)
            continue
        if represents_better(m, merged):
            pool[pool.index(merged)] = replace(m, merged_id=merged.merged_id)
            if merged.event_id in links:
                links[merged.event_id] = replace(links[merged.event_id], representative=False)
            links[m.event_id] = Link(m.event_id, merged.merged_id, True)
        else:
            links[m.event_id] = Link(m.event_id, merged.merged_id, False)
    return [links[m.event_id] for m in mentions]
