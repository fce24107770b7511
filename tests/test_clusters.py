"""Story clusters and merged events: copies of a story are one story, reports of an event
are one event, on real DuckDB files through the real pipeline."""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace
from datetime import date

import pytest

from faultline import pipeline
from faultline.analysis.events import EventMerger, window
from faultline.analysis.stories import story_records
from faultline.records import Actor, Article, Event
from faultline.restore.spinner import spin_table
from faultline.store import open_store
from faultline.store.base import EventFilter

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
RETELLING = REPO / "tests" / "data" / "armenia_retelling.txt"


@pytest.fixture(scope="module")
def seed_and_retelling(tmp_path_factory):
    """The spun seed ingested first, our clean retelling of the same wire story later, in
    a second run: clustering must work incrementally, through the store."""
    from conftest import SEED

    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    db = str(tmp_path_factory.mktemp("stories") / "s.duckdb")
    with open_store(db) as store:
        pipeline.ingest([str(SEED)], store)
    with open_store(db) as store:
        pipeline.ingest([str(RETELLING)], store)
    return db


def test_seed_and_retelling_are_one_story_with_the_clean_one_canonical(seed_and_retelling):
    with open_store(seed_and_retelling) as store:
        stories = story_records(store)
    assert len(stories) == 1
    (story,) = stories
    assert story["articles"] == 2
    members = {m["title"].split()[1]: m for m in story["members"]}
    clean, spun = members["turns"], members["asks"]
    assert story["canonical"] == clean["article_id"] and not clean["spun"]
    assert spun["spun"] and 0 < spun["similarity"] < 1


def test_events_shared_by_both_reports_are_merged(seed_and_retelling):
    with open_store(seed_and_retelling) as store:
        merged = store.events(EventFilter(include_historical=True), merged=True)
        mentions = store.events(EventFilter(include_historical=True))
    shared = {(e["source"]["code"], (e["target"] or {}).get("code"), e["cameo"]["code"])
              for e in merged if e["articles"] == 2}
    # Armenia's appeals to Russia and the CSTO, and its accusation against Azerbaijan's
    # military, are each reported by both articles.
    assert any(s == "ARMGOV" and t == "RUSGOV" and c.startswith("02") for s, t, c in shared)
    assert any(s == "ARMGOV" and t == "IGOCSTO" and c.startswith("02") for s, t, c in shared)
    assert any(s == "ARM" and t == "AZEMIL" and c.startswith("11") for s, t, c in shared)
    assert len(merged) < len(mentions)
    assert sum(e["mentions"] for e in merged) == len(mentions)


def test_copies_of_a_story_count_once(tmp_path):
    from storygen import copy_of, corpus

    docs = corpus(3, 0, seed=5)
    original = docs[0]
    folder = tmp_path / "in"
    folder.mkdir()
    rng, table = random.Random(1), spin_table()
    kinds = ("truncated", "spun", "edited")
    copies = [original] + [copy_of(original, k, rng, table) for k in kinds]
    for i, doc in enumerate(copies + docs[1:]):
        (folder / f"{i}.txt").write_text(doc.dated_text(), encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    with open_store(db) as store:
        pipeline.ingest([str(folder)], store)
        stories = story_records(store)
        merged = store.events(merged=True)
        lone = store.events()
    assert sorted(s["articles"] for s in stories) == [1, 1, 4]
    copied = next(s for s in stories if s["articles"] == 4)
    assert copied["spun"] == 1
    assert len(merged) < len(lone)


def test_synthetic_story_clusters_meet_the_target():
    from clusters import story_accuracy

    result = story_accuracy(stories=40, copies=5, seed=3)
    assert result["f1"] >= 0.95
    assert result["spun with their original"] == 1.0


def test_synthetic_event_clusters_meet_the_target():
    from clusters import event_accuracy

    assert event_accuracy(events=300, seed=3)["f1"] >= 0.9


def mention(event_id: str, article: str, day: str, basis: str = "explicit", *,
            sentence: int = 0, root: str = "112", negated: bool = False,
            dyad: tuple[str, str] = ("ARM", "AZE")) -> Event:
    source, target = (Actor(text=c, code=c, country=c) for c in dyad)
    return Event(event_id, article, "", sentence, (0, 0), day, basis, False, negated, False,
                 source, target, root + "1", root, "", -2.0, 3, "ACCUSE", None, None, None, 1.0)


def merged_ids(events: list[Event]) -> list[str]:
    return [link.merged_id for link in EventMerger(None).link(events)]


def test_reports_a_day_apart_merge_and_a_week_apart_do_not():
    ids = merged_ids([mention("a", "x", "2021-05-13"), mention("b", "y", "2021-05-14"),
                      mention("c", "z", "2021-05-15", "publication"),
                      mention("d", "w", "2021-05-21")])
    assert ids == ["a", "a", "a", "d"]


def test_negation_sentence_dyad_and_root_keep_events_apart():
    ids = merged_ids([mention("a", "x", "2021-05-13"),
                      mention("b", "y", "2021-05-13", negated=True),
                      mention("c", "x", "2021-05-13"),  # same article and sentence as a
                      mention("d", "y", "2021-05-13", dyad=("AZE", "ARM")),
                      mention("e", "y", "2021-05-13", root="19")])
    assert ids == ["a", "b", "c", "d", "e"]


def test_month_dated_report_joins_only_an_unambiguous_event():
    one = merged_ids([mention("a", "x", "2021-05-03"), mention("b", "y", "2021-05")])
    two = merged_ids([mention("a", "x", "2021-05-03"), mention("c", "z", "2021-05-20"),
                      mention("b", "y", "2021-05")])
    assert one == ["a", "a"]
    assert two == ["a", "c", "b"]


def test_the_most_specific_report_represents_the_event(tmp_path):
    first = mention("a", "x", "2021-05-13", root="02")
    refined = replace(mention("b", "y", "2021-05-13", root="02"), cameo_code="0232")
    later = mention("c", "z", "2021-05-14", root="02")
    with open_store(str(tmp_path / "m.duckdb")) as store:
        merger = EventMerger(store)
        for event in (first, refined, later):
            report = Article(event.article_id, None, None, "none", event.article_id, "en",
                             "text", "test")
            store.write_batch([report], [event], event_links=merger.link([event]))
        (row,) = store.execute("SELECT event_id, merged_id, cameo_code, mentions "
                               "FROM merged_events")
    assert row == ("b", "a", "0232", 3)


def test_windows_follow_the_date_basis():
    assert window("2021-05-14", "relative") == (date(2021, 5, 13), date(2021, 5, 15))
    assert window("2021-05-14", "publication") == (date(2021, 5, 12), date(2021, 5, 14))
    assert window("2021-02", "explicit") == (date(2021, 2, 1), date(2021, 2, 28))
    assert window("2020", "explicit") == (date(2020, 1, 1), date(2020, 12, 31))


def test_stories_and_events_commands(cli, seed_and_retelling):
    done = cli("stories", "--db", seed_and_retelling, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    (story,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(story["members"]) == 2
    merged = cli("events", "--db", seed_and_retelling, "--format", "csv")
    every = cli("events", "--db", seed_and_retelling, "--format", "csv", "--mentions")
    assert merged.returncode == every.returncode == 0
    assert "mentions" in merged.stdout.splitlines()[0]
    assert len(merged.stdout.splitlines()) < len(every.stdout.splitlines())


def test_an_article_that_matches_two_stories_merges_them():
    """A and C each hold part of B's names and nothing like each other; B, arriving last,
    proves them one story (the clusters are connected groups, as the Spark job's)."""
    from faultline.analysis.stories import StoryIndex

    names = ["Aldan", "Borsk", "Cavor", "Dimlo", "Eskar", "Farel", "Gudin", "Holvin", "Ivrak",
             "Jastro", "Kelmar", "Lunet", "Morvik", "Nadir", "Ostrel", "Pavik", "Quorin",
             "Rostam", "Selvan", "Tibor", "Ulmer", "Varga", "Wexley", "Yarrow"]

    def text(part: list[str]) -> str:
        return "the envoys met " + " and ".join(part) + " on the border."

    day = date(2021, 5, 14)
    index = StoryIndex(None)
    a, c, b = (Article(i, None, day, "header", text(p), "en", "text", "test")
               for i, p in (("a", names[:16]), ("c", names[8:]), ("b", names)))
    index.place(a, 0.0)
    assert index.place(c, 0.0).story_id == "c"  # nothing like A
    index.place(b, 0.0)
    stories = {row[0]: row[1] for row in index.story_rows()}
    assert stories["a"] == stories["b"] == stories["c"]
    assert index.story_merges()


def test_a_batch_merges_the_same_whatever_order_its_articles_came_in():
    reports = [mention("a", "x", "2021-05-13"), mention("c", "z", "2021-05-20"),
               mention("b", "y", "2021-05"), mention("d", "w", "2021-05-14")]
    forward = dict(zip([e.event_id for e in reports], merged_ids(reports), strict=True))
    backward = list(reversed(reports))
    assert dict(zip([e.event_id for e in backward], merged_ids(backward), strict=True)) == \
        forward
