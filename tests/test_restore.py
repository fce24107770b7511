"""Undoing spinning: detection score, restoration, and offsets back into the input."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from faultline.data import data_file
from faultline.ingest import read_inputs
from faultline.pipeline import process
from faultline.restore import restore


def seed_article(seed):
    (article,) = list(read_inputs([str(seed)]))
    return article


def test_seed_is_scored_spun_and_restored(seed):
    result = restore(seed_article(seed).text)
    assert result.score > 0.8
    assert "UN Security Council" in result.text and "UN Safety Council" not in result.text
    kinds = {c.kind for c in result.changes}
    assert {"institution", "office", "number"} <= kinds


def test_our_clean_articles_score_low():
    articles = [a for a in read_inputs([str(data_file("demo"))])]
    results = [restore(a.text) for a in articles]
    assert max(r.score for r in results) < 0.2, [r.score for r in results]
    assert not any(r.changes for r in results)  # the thesaurus part leaves clean copy alone


def test_offsets_map_restored_text_back_to_the_input(seed):
    text = seed_article(seed).text
    result = restore(text)
    changed = [(result.offsets.to_input(0), 0)]
    for r_start, r_end, i_start, i_end in result.offsets.points:
        assert result.text[r_start:r_end] == next(
            c.restored for c in result.changes if c.start == i_start)
        changed.append((i_start, i_end))
    # outside the changes every character maps onto the same character of the input
    points = result.offsets.points
    for pos in range(0, len(result.text), 7):
        if any(r_start <= pos < r_end for r_start, r_end, _, _ in points):
            continue
        assert text[result.offsets.to_input(pos)] == result.text[pos]


def test_case_is_carried_over():
    result = restore("The Safety Council met. the safety council met. THE SAFETY COUNCIL met.")
    assert result.text == ("The Security Council met. the security council met. "
                           "THE SECURITY COUNCIL met.")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Armenia", "said", "the", "talks", "on", "Friday", "border",
                                 "troops", "and", "Russia", "with", "officials", "."]),
                min_size=5, max_size=60))
def test_text_without_spun_forms_is_left_alone(words):
    """The lexicon and number rules leave any text without spun forms alone. (The thesaurus
    part is left out: on word salad such as "Armenia on border border border" a language
    model rightly prefers other words; on real clean copy see the test above.)"""
    text = " ".join(words)
    result = restore(text, sources=())
    assert result.text == text and not result.changes


def test_events_from_restored_text_point_into_the_input(seed):
    article = seed_article(seed)
    (done,) = list(process([article]))
    assert done.restoration is not None and done.restoration.changed
    assert any(e["org"] == "UNSC" or e["country"] for e in
               [ev.as_dict()["source"] for ev in done.events])
    for event in done.events:
        start, end = event.char_span
        assert 0 <= start < end <= len(article.text)
        raw = article.text[start:end]
        if restore(raw).text == raw:  # a sentence the spinner left alone reads the same
            assert raw == event.sentence


def test_restore_and_spin_score_commands(cli, seed, tmp_path, db_url):
    diff = cli("restore", str(seed), "--diff")
    assert diff.returncode == 0
    assert "[-UN Safety Council-]{+UN Security Council+}" in diff.stdout
    scores = cli("spin-score", str(seed), str(data_file("demo") / "001_armenia-accuses-"
                                              "azerbaijan-of-border-incursion.txt"),
                 "--format", "jsonl")
    rows = [json.loads(line) for line in scores.stdout.splitlines()]
    assert rows[0]["score"] > 0.8 and rows[1]["score"] < 0.2
    db = db_url
    assert cli("ingest", str(seed), "--db", db).returncode == 0
    (stored,) = [json.loads(x) for x in cli("articles", "--db", db, "--format", "jsonl")
                 .stdout.splitlines()]
    assert stored["spin_score"] > 0.8


def test_copy_is_restored_exactly_from_its_stored_original(tmp_path, db_url):
    import random

    from faultline import pipeline
    from faultline.restore.spinner import spin, spin_table
    from faultline.store import open_store

    source = data_file("demo") / "002_armenia-turns-to-csto.txt"
    header, body = source.read_text("utf-8").split("\n", 1)
    spun_body = spin(body, spin_table(), random.Random(7))
    assert spun_body != body
    (tmp_path / "original.txt").write_text(header + "\n" + body, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(header + "\n" + spun_body, encoding="utf-8")
    db = db_url
    with open_store(db) as store:
        pipeline.ingest([str(tmp_path / "original.txt")], store)
        pipeline.ingest([str(tmp_path / "copy.txt")], store)
        (copy,) = [a for a in read_inputs([str(tmp_path / "copy.txt")])]
        (original,) = [a for a in read_inputs([str(tmp_path / "original.txt")])]
        stored = store.restoration(copy.id)
        assert stored["restored_text"] == original.text
        assert [(c["article_id"], c["original_id"]) for c in store.copies()] == \
            [(copy.id, original.id)]


def _thesauri_or_skip():
    """Thesaurus tests need the Debian packages: skipped without them, except under CI."""
    import os

    import pytest

    from faultline.restore.thesaurus import available

    if not all(available().values()):
        if os.environ.get("CI") == "true":
            pytest.fail("wordnet-base and mythes-en-us must be installed under CI")
        pytest.skip("wordnet-base / mythes-en-us not installed")


def test_thesaurus_synonyms_are_inflected_like_the_word():
    _thesauri_or_skip()
    from faultline.restore.thesaurus import synonyms

    assert "year" in synonyms("yr")
    assert "last" in synonyms("final")
    assert "said" in synonyms("stated")  # "state" -> "say", back to the past tense
    assert "stresses" in synonyms("tensions")


def test_spun_words_are_restored_from_context_without_the_source():
    _thesauri_or_skip()
    text = ("Tensions along the border have risen since final yr, a senior official stated "
            "on Monday.")
    from faultline.restore.restorer import synonym_hits

    hits = {c.found: c for c, _ in synonym_hits(text)}  # the thesaurus and context alone
    assert hits["final"].restored == "last" and hits["yr"].restored == "year"
    change = hits["final"]
    assert change.kind == "synonym" and change.start == text.index("final")
    assert 0 < change.confidence < hits["yr"].confidence < 1 and change.alternatives


def test_thesaurus_spinner_spins_and_the_restorer_finds_it():
    _thesauri_or_skip()
    import random

    from faultline.restore.spinner import spin_words, thesaurus_pairs

    text = " ".join(a.text for a in list(read_inputs([str(data_file("demo"))]))[:2])
    copy = spin_words(text, thesaurus_pairs(half=1), random.Random(3), rate=0.3)
    assert copy != text and len(copy.split()) == len(text.split())
    result = restore(copy)
    assert result.score > restore(text).score + 0.1
    assert any(c.kind == "synonym" for c in result.changes)
    back = sum(a == b for a, b in zip(result.text.split(), text.split(), strict=False))
    assert back > sum(a == b for a, b in zip(copy.split(), text.split(), strict=False))


def test_without_thesauri_the_lexicon_still_works(tmp_path):
    result = restore("The Safety Council met over final yr's clashes.", sources=())
    assert "Security Council" in result.text
    assert all(c.kind != "synonym" for c in result.changes + result.evidence)
    # with the Debian files missing: lexicon and numbers only, said once
    import os
    import subprocess
    import sys

    script = ("from faultline.restore import restore\n"
              "for _ in range(3):\n"
              "    r = restore('The Safety Council met on 2 days since final yr.')\n"
              "print(r.text)\n")
    env = {**os.environ, "FAULTLINE_WORDNET": str(tmp_path / "none"),
           "FAULTLINE_MYTHES": str(tmp_path / "none" / "th")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=True)
    assert "Security Council" in done.stdout and "two days" in done.stdout
    assert done.stderr.count("thesaurus missing") == 1


def _suggested(text: str, **settings) -> list[tuple[str, str]]:
    """The context search's changes in ``text`` with constants of ``context`` changed."""
    from faultline.restore import context

    saved = {name: getattr(context, name) for name in settings}
    try:
        for name, value in settings.items():
            setattr(context, name, value)
        context.candidates.cache_clear()
        context._function_words.cache_clear()
        return [(s.found, s.restored) for s in context.suggest(text)]
    finally:
        for name, value in saved.items():
            setattr(context, name, value)
        context.candidates.cache_clear()
        context._function_words.cache_clear()


def test_a_word_the_text_uses_elsewhere_is_the_likelier_original():
    _thesauri_or_skip()
    text = ("The army said troops had crossed the border. The military said the parades had "
            "crossed the frontier overnight.")
    assert ("parades", "troops") in _suggested(text)
    assert ("parades", "troops") not in _suggested(text, DOCUMENT=0.0)  # the signal decides


def test_common_words_spinners_swap_are_candidates():
    _thesauri_or_skip()
    text = "It was the initiative time the two leaders had met since the war."
    assert _suggested(text) == [("initiative", "first")]
    assert _suggested(text, FUNCTION_WORDS=100) == []  # "first" was never proposed


def test_misinflected_and_abbreviated_spun_words_are_looked_up():
    _thesauri_or_skip()
    from faultline.restore.thesaurus import synonyms

    assert "years" in synonyms("yrs", repair=True) and "years" not in synonyms("yrs")
    assert "heightened" in synonyms("sharpenned", repair=True)
    assert not synonyms("sharpenned")  # the spinner's own lookup is unchanged
    assert not synonyms("")  # an empty key would find the license lines of the index
    text = "Tensions have sharpenned along the border for two yrs."
    assert _suggested(text) == [("sharpenned", "heightened"), ("yrs", "years")]
    assert _suggested(text, REPAIR=False) == []
