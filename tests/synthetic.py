"""Synthetic event streams whose right answer is known, written through the real store."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from faultline.coding.tables import cameo_codes
from faultline.records import Actor, Article, Event
from faultline.store import Store, open_store


def actor(key: str, sector: str | None = None) -> Actor:
    """An actor from a key: three letters are a country (ARM), longer keys an organisation."""
    if len(key) == 3:
        return Actor(text=key, code=key + (sector or ""), country=key, sector=sector)
    return Actor(text=key, code="IGO" + key, org=key, sector="IGO")


def event(n: int, day: date, source: str, target: str, cameo: str, *,
          historical: bool = False, negated: bool = False, hypothetical: bool = False,
          target_sector: str | None = None, article: str = "synthetic") -> Event:
    """Event number ``n``: ``source`` does ``cameo`` to ``target`` on ``day``."""
    code = cameo_codes()[cameo]
    return Event(event_id=f"e{n:07d}", article_id=article, sentence=f"event {n}",
                 sentence_index=n, char_span=(0, 1), date=day.isoformat(),
                 date_basis="published", historical=historical, negated=negated,
                 hypothetical=hypothetical, source=actor(source),
                 target=actor(target, target_sector), cameo_code=cameo, cameo_root=code.root,
                 cameo_name=code.name, goldstein=code.goldstein, quad_class=code.quad_class,
                 plover_type="OTHER", plover_mode=None, speaker=None, attribution_verb=None,
                 confidence=1.0)


def store_events(path: Path | str, events: Iterable[Event]) -> Store:
    """A fresh store (a DuckDB file, or any store URL such as the ``db_url`` fixture's)
    holding these events under one synthetic article."""
    store = open_store(str(path))
    article = Article(id="synthetic", title="synthetic stream", published=date(2020, 1, 1),
                      date_source="option", text="synthetic", language="en", format="text",
                      source="synthetic")
    store.write_batch([article], list(events))
    return store


def poisson(rng: random.Random, rate: float) -> int:
    """A Poisson draw by counting exponential gaps (small rates only)."""
    if rate <= 0:
        return 0
    count, total = 0, rng.expovariate(rate)
    while total < 1:
        count += 1
        total += rng.expovariate(rate)
    return count


def conflict_stream(start: date, rates: list[float], seed: int, a: str = "AAA",
                    b: str = "BBB") -> list[Event]:
    """Accusations (CAMEO 112) between a and b, Poisson with ``rates[i]`` on day i."""
    rng = random.Random(seed)
    events, n = [], 0
    for offset, rate in enumerate(rates):
        day = start + timedelta(days=offset)
        for _ in range(poisson(rng, rate)):
            source, target = (a, b) if rng.random() < 0.5 else (b, a)
            events.append(event(n, day, source, target, "112"))
            n += 1
    return events
