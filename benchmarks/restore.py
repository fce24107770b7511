"""Spin detection and restoration on outside data (read from ../shared/data, never shipped).

Run: .venv/bin/python benchmarks/restore.py [--reuters 5000]

* Reuters-21578 (clean 1987 newswire): the spin-score distribution of clean copy and the
  false-edit rate (every change to clean text is a wrong edit), per 100 words.
* Tortured phrases (spun phrases from scientific papers with their originals): how many
  are detected (any change or evidence) and how many are restored exactly without a source.
  Our lexicon is written for news English, so this measures reach outside that domain.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reuters", type=int, default=5000)
    args = parser.parse_args()
    reuters(args.reuters)
    tortured()


if __name__ == "__main__":
    main()
