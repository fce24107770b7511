"""Spin detection and restoration on outside data (read from ../shared/data, never shipped).

Run: .venv/bin/python benchmarks/restore.py [--reuters 5000] (or --dev: the thesaurus
measurement and its ablation on the dev pairs only)

* Reuters-21578 (clean 1987 newswire): the spin-score distribution of clean copy and the
  false-edit rate (every change to clean text is a wrong edit), per 100 words.
* Tortured phrases (spun phrases from scientific papers with their originals): how many
  are detected (any change or evidence) and how many are restored exactly without a source.
  Our lexicon is written for news English, so this measures reach outside that domain.
* Our own articles spun by faultline's spinner: with the original stored first, how many
  copies are restored exactly from it; without it, how many the lexicon alone restores.
* Held out: our own texts spun with one half of the lexicon (split by original phrase),
  restored with the other half: spun spans restored, wrong edits per 100 clean words, and
  detection AUROC between spun and clean texts.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import statistics
import time
from pathlib import Path

from faultline.restore import restore

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
WORD = re.compile(r"\w+")


def reuters(limit: int, skip: int = 0) -> None:
    """``limit`` stories of at least 50 words, after the first ``skip`` such stories (the
    first 1,000 were looked at while setting the thresholds of the thesaurus part)."""
    scores, edits, words, docs, skipped = [], 0, 0, 0, 0
    start = time.perf_counter()
    with gzip.open(DATA / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("body") or ""
            if len(text.split()) < 50:
                continue
            if skipped < skip:
                skipped += 1
                continue
            result = restore(text)
            scores.append(result.score)
            edits += len(result.changes)
            words += len(WORD.findall(text))
            docs += 1
            if docs >= limit:
                break
    elapsed = time.perf_counter() - start
    scores.sort()
    print(f"reuters: {docs} clean stories after the first {skip}, {words} words, "
          f"{docs / elapsed:.0f} stories/s")
    print(f"  spin score mean {statistics.mean(scores):.3f}, median "
          f"{scores[len(scores) // 2]:.3f}, p95 {scores[int(len(scores) * 0.95)]:.3f}, "
          f"max {scores[-1]:.3f}; below 0.2: {sum(s < 0.2 for s in scores) / docs:.1%}")
    print(f"  wrong edits: {edits} = {100 * edits / words:.3f} per 100 words")


def tortured() -> None:
    from faultline.restore.restorer import apply_changes, synonym_hits

    items = [json.loads(line) for line in (DATA / "tortured_phrases.jsonl").open()]
    detected = exact = flagged = suggested = 0
    for item in items:
        result = restore(item["text"])
        detected += bool(result.changes or result.evidence)
        exact += result.text.lower() == item["expected"].lower()
        # the context search on its own, every suggestion applied (a bare phrase is too
        # short for the spin score to open the gate)
        hits = [c for c, _ in synonym_hits(item["text"])]
        flagged += bool(hits)
        suggested += apply_changes(item["text"], hits)[0].lower() == item["expected"].lower()
    print(f"tortured phrases: {len(items)} pairs; detected {detected / len(items):.1%}, "
          f"restored exactly {exact / len(items):.1%}; context search alone: flagged "
          f"{flagged / len(items):.1%}, its suggestions exact {suggested / len(items):.1%}")


def from_source(seeds: int = 3) -> None:
    import random
    import tempfile

    from faultline import pipeline
    from faultline.data import data_file
    from faultline.ingest import read_inputs
    from faultline.restore.spinner import spin, spin_table
    from faultline.store import open_store

    table = spin_table()
    originals = list(read_inputs([str(data_file("demo"))]))
    exact = lexicon_exact = total = spun_words = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k in range(seeds):
            copies = []
            for n, article in enumerate(originals):
                copy = spin(article.text, table, random.Random(1000 * k + n))
                if copy == article.text:
                    continue
                path = folder / f"copy-{k}-{n}.txt"
                path.write_text(f" date {article.published} {article.title}\n{copy}",
                                encoding="utf-8")
                copies.append((article, path, copy))
            with open_store(str(folder / f"db{k}.duckdb")) as store:
                pipeline.ingest([str(data_file("demo"))], store, code=False)
                pipeline.ingest([str(p) for _, p, _ in copies], store)
                for article, path, copy in copies:
                    (read,) = list(read_inputs([str(path)]))
                    stored = store.restoration(read.id) or {}
                    exact += stored.get("restored_text") == article.text
                    lexicon_exact += restore(copy).text == article.text
                    total += 1
                    spun_words += sum(a != b for a, b in zip(copy.split(),
                                                             article.text.split(),
                                                             strict=False))
    share, alone = exact / total, lexicon_exact / total
    print(f"own spun copies: {total} ({seeds} spins of each demo article, {spun_words} "
          f"words differing); restored exactly from the stored original {share:.1%}; "
          f"by the lexicon alone {alone:.1%}")


def clean_documents() -> list[str]:
    """Our own texts: the demo articles, and the gold sentences in groups of eight."""
    from faultline.data import data_file
    from faultline.ingest import read_inputs

    docs = [a.text for a in read_inputs([str(data_file("demo"))])]
    gold = Path(__file__).parent / "gold" / "events.jsonl"
    texts = [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines()]
    docs += [" ".join(texts[i:i + 8]) for i in range(0, len(texts), 8)]
    return docs


def differing_runs(a: str, b: str) -> int:
    import difflib

    ops = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).get_opcodes()
    return sum(op != "equal" for op, *_ in ops)


def auroc(positives: list[float], negatives: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def held_out() -> None:
    import random
    import zlib

    from faultline.data import read_table
    from faultline.restore.restorer import build_lexicon
    from faultline.restore.spinner import spin, spin_table

    rows = read_table("restore/lexicon.tsv")
    restorer_rows = tuple(r for r in rows if zlib.crc32(r["original"].encode()) % 2 == 0)
    spinner_rows = [r for r in rows if zlib.crc32(r["original"].encode()) % 2 == 1]
    for label, words, spinner in (
            ("held out (restorer and spinner lexicons disjoint)", build_lexicon(restorer_rows),
             spin_table(spinner_rows)),
            ("not held out (both use the whole lexicon), for reference", None, spin_table())):
        docs = clean_documents()
        spun_runs = left_runs = wrong = words_total = 0
        clean_scores, spun_scores = [], []
        for n, doc in enumerate(docs):
            copy = spin(doc, spinner, random.Random(n))
            restored = restore(copy, words)
            spun_runs += differing_runs(copy, doc)
            left_runs += differing_runs(restored.text, doc)
            clean = restore(doc, words)
            wrong += len(clean.changes)
            words_total += len(WORD.findall(doc))
            clean_scores.append(clean.score)
            spun_scores.append(restored.score)
        print(f"{label}: {len(docs)} texts; spun spans restored "
              f"{(spun_runs - left_runs) / spun_runs:.1%} of {spun_runs}; wrong edits "
              f"{100 * wrong / words_total:.3f} per 100 clean words; detection AUROC "
              f"{auroc(spun_scores, clean_scores):.3f}")


def gold_documents(split: str) -> list[str]:
    """The gold sentences of one split (dev for tuning, test for reporting) in eights."""
    gold = Path(__file__).parent / "gold" / "events.jsonl"
    items = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    texts = [i["text"] for i in items if i["split"] == split]
    return [" ".join(texts[i:i + 8]) for i in range(0, len(texts), 8)]


def spinner_skip() -> frozenset[str]:
    """The thesaurus spinner leaves the 50 most frequent words alone, as real ones keep
    function words (fewer than the restorer's 100, so its list is not the spinner's)."""
    from faultline.restore.fluency import count_model

    logp = count_model(pairs=False).logp1
    return frozenset(sorted(logp, key=lambda w: -logp[w])[:50])


def thesaurus_held_out(docs: list[str], label: str, *, spinner_sources=("wordnet", "mythes"),
                       sources=("wordnet", "mythes"), rate: float = 0.25,
                       words_held_out: bool = True, lexicon_rules: bool = True) -> dict:
    """Our texts spun by the thesaurus spinner with one half of the synonym pairs (and the
    lexicon spinner with one half of the lexicon), restored with the other lexicon half:
    spun words restored exactly, wrong edits per 100 clean words (on the clean texts), AUROC
    of spun against clean, and milliseconds per article."""
    import random
    import zlib

    from faultline.data import read_table
    from faultline.restore.restorer import build_lexicon
    from faultline.restore.spinner import spin, spin_table, spin_words, thesaurus_pairs

    rows = read_table("restore/lexicon.tsv")
    keep = (lambda r: zlib.crc32(r["original"].encode()) % 2 == 0) if words_held_out else \
        (lambda r: True)
    restorer = build_lexicon(tuple(r for r in rows if keep(r))) if lexicon_rules else \
        build_lexicon(())
    spinner = spin_table([r for r in rows if zlib.crc32(r["original"].encode()) % 2 == 1])
    choices = thesaurus_pairs(spinner_sources, half=1)
    skip = spinner_skip()
    spun_runs = left_runs = wrong = words_total = 0
    clean_scores, spun_scores, elapsed = [], [], 0.0
    for n, doc in enumerate(docs):
        copy = spin_words(spin(doc, spinner, random.Random(n), rate=0.5), choices,
                          random.Random(n), rate=rate, skip=skip)
        start = time.perf_counter()
        restored = restore(copy, restorer, sources)
        elapsed += time.perf_counter() - start
        spun_runs += differing_runs(copy, doc)
        left_runs += differing_runs(restored.text, doc)
        clean = restore(doc, restorer, sources)
        wrong += len(clean.changes)
        words_total += len(WORD.findall(doc))
        clean_scores.append(clean.score)
        spun_scores.append(restored.score)
    result = {"texts": len(docs), "spun_spans": spun_runs,
              "restored": (spun_runs - left_runs) / spun_runs,
              "wrong_per_100": 100 * wrong / words_total,
              "auroc": auroc(spun_scores, clean_scores),
              "clean_max": max(clean_scores), "ms_per_article": 1000 * elapsed / len(docs),
              "words_per_article": words_total / len(docs)}
    print(f"{label}: {len(docs)} texts ({result['words_per_article']:.0f} words each); spun "
          f"spans restored {result['restored']:.1%} of {spun_runs}; wrong edits "
          f"{result['wrong_per_100']:.3f} per 100 clean words; AUROC {result['auroc']:.3f}; "
          f"clean max score {result['clean_max']:.3f}; {result['ms_per_article']:.1f} ms/article")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reuters", type=int, default=5000)
    parser.add_argument("--dev", action="store_true",
                        help="only the thesaurus measurement with its ablation on the dev "
                             "split of the gold sentences (what thresholds are tuned on)")
    args = parser.parse_args()
    if args.dev:
        thesaurus_ablation(gold_documents("dev"), "dev")
        return
    reuters(args.reuters)
    reuters(args.reuters, skip=1000)
    tortured()
    from_source()
    held_out()
    thesaurus_report()


def thesaurus_report() -> None:
    """The thesaurus measurement on texts never used for tuning (demo articles and the test
    split of the gold sentences), with an ablation of the restorer's parts."""
    from faultline.restore.fluency import model
    from faultline.restore.thesaurus import available

    print(f"thesauri installed: {available()}; fluency model: {type(model()).__name__}")
    docs = clean_documents()[:36] + gold_documents("test")
    thesaurus_ablation(docs, "held out")
    thesaurus_held_out(docs, "lexicon half + numbers, no thesaurus", sources=())
    thesaurus_held_out(docs, "numbers + thesaurus/fluency, no lexicon", lexicon_rules=False)
    thesaurus_held_out(docs, "numbers only", lexicon_rules=False, sources=())
    with counts_model():
        thesaurus_held_out(docs, "all parts, symspellpy bigram counts instead of the CMU model")
    thesaurus_held_out(docs, "spinner with mythes pairs, restorer with WordNet only",
                       spinner_sources=("mythes",), sources=("wordnet",))
    thesaurus_held_out(docs, "not held out: whole lexicon in restorer (reference)",
                       words_held_out=False)
    long_article_timing()


def thesaurus_ablation(docs: list[str], split: str) -> None:
    """All parts, then each part of issue 5's second round taken out on its own."""
    thesaurus_held_out(docs[:1], "(warm-up: loads the thesauri and the fluency model)")
    thesaurus_held_out(docs, f"{split}, all parts: lexicon half + numbers + thesaurus/fluency")
    with restorer_setting(DOCUMENT=0.0):
        thesaurus_held_out(docs, f"{split}, without document consistency")
    with restorer_setting(REPAIR=False):
        thesaurus_held_out(docs, f"{split}, without repaired forms (yrs, sharpenned)")
    with restorer_setting(FUNCTION_WORDS=100):
        thesaurus_held_out(docs, f"{split}, the 100 most common words never candidates "
                                 "(as before)")
    with restorer_setting(DOCUMENT=0.0, REPAIR=False, FUNCTION_WORDS=100):
        thesaurus_held_out(docs, f"{split}, none of the three (the first round)")


@contextlib.contextmanager
def restorer_setting(**values):
    """Run with some constants of ``faultline.restore.context`` changed (ablation)."""
    from faultline.restore import context

    saved = {name: getattr(context, name) for name in values}

    def clear() -> None:
        context.candidates.cache_clear()
        context._function_words.cache_clear()

    for name, value in values.items():
        setattr(context, name, value)
    clear()
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(context, name, value)
        clear()


@contextlib.contextmanager
def counts_model():
    """Restore with the symspellpy bigram counts instead of the CMU trigram model."""
    import os

    from faultline.restore.context import candidates
    from faultline.restore.fluency import model

    os.environ["FAULTLINE_FLUENCY"] = "counts"
    model.cache_clear()
    candidates.cache_clear()
    try:
        yield
    finally:
        del os.environ["FAULTLINE_FLUENCY"]
        model.cache_clear()
        candidates.cache_clear()


def long_article_timing() -> None:
    """Milliseconds to restore a spun 600-word article (three demo articles joined)."""
    import random

    from faultline.restore.spinner import spin_words, thesaurus_pairs

    docs = clean_documents()
    text = " ".join(docs[:3])
    text = " ".join(text.split()[:600])
    copy = spin_words(text, thesaurus_pairs(), random.Random(1), skip=spinner_skip())
    restore(copy)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(20):
        restore(copy)
        restore(text)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"600-word article: {1000 * wall / 40:.1f} ms per restore wall clock, "
          f"{1000 * cpu / 40:.1f} ms CPU (spun and clean copies, warm)")


if __name__ == "__main__":
    main()
