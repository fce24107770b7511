"""Spin detection and restoration on outside data (read from ../shared/data, never shipped).

Run: .venv/bin/python benchmarks/restore.py [--reuters 5000]

* Reuters-21578 (clean 1987 newswire): the spin-score distribution of clean copy and the
  false-edit rate (every change to clean text is a wrong edit), per 100 words.
* Tortured phrases (spun phrases from scientific papers with their originals): how many
  are detected (any change or evidence) and how many are restored exactly without a source.
  Our lexicon is written for news English, so this measures reach outside that domain.
* Our own articles spun by faultline's spinner: with the original stored first, how many
  copies are restored exactly from it; without it, how many the lexicon alone restores.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from pathlib import Path

from faultline.restore import restore

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
WORD = re.compile(r"\w+")


def reuters(limit: int) -> None:
    scores, edits, words, docs = [], 0, 0, 0
    start = time.perf_counter()
    with gzip.open(DATA / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("body") or ""
            if len(text.split()) < 50:
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
    print(f"reuters: {docs} clean stories, {words} words, {docs / elapsed:.0f} stories/s")
    print(f"  spin score mean {statistics.mean(scores):.3f}, median "
          f"{scores[len(scores) // 2]:.3f}, p95 {scores[int(len(scores) * 0.95)]:.3f}, "
          f"max {scores[-1]:.3f}; below 0.2: {sum(s < 0.2 for s in scores) / docs:.1%}")
    print(f"  wrong edits: {edits} = {100 * edits / words:.3f} per 100 words")


def tortured() -> None:
    items = [json.loads(line) for line in (DATA / "tortured_phrases.jsonl").open()]
    detected = exact = 0
    for item in items:
        result = restore(item["text"])
        detected += bool(result.changes or result.evidence)
        exact += result.text.lower() == item["expected"].lower()
    print(f"tortured phrases: {len(items)} pairs; detected {detected / len(items):.1%}, "
          f"restored exactly {exact / len(items):.1%}")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reuters", type=int, default=5000)
    args = parser.parse_args()
    reuters(args.reuters)
    tortured()
    from_source()


if __name__ == "__main__":
    main()
