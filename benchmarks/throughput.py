"""Coding throughput: articles per second and peak memory, beside spaCy alone.

Run: .venv/bin/python benchmarks/throughput.py [--articles 1000] [--words 600]

Codes the same generated articles (benchmarks/generate.py) with faultline's pipeline on 1
and 2 processes, and parses them with the bare spaCy model on 1 and 2 processes: the floor
the pipeline cannot beat, since parsing is part of it. Each measurement runs in its own
child process so peak memory (max RSS, children included) is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def texts(n: int, words: int) -> list[tuple[str, str]]:
    from generate import article

    out = []
    for i in range(n):
        day, _title, body = article(i, words)
        out.append((day.isoformat(), body))
    return out


def measure(mode: str, jobs: int, n: int, words: int) -> dict:
    from datetime import date

    from faultline.records import Article, article_id

    items = texts(n, words)
    if mode == "spacy":
        import spacy

        from faultline.nlp import MODEL

        nlp = spacy.load(MODEL)
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe((t for _, t in items), batch_size=32,
                                                  n_process=jobs))
        events = 0
    else:
        from faultline.coding import code_articles
        from faultline.nlp import load_nlp

        load_nlp()
        articles = [Article(id=article_id(t), title=None, published=date.fromisoformat(d),
                            date_source="field", text=t, language="en", format="jsonl",
                            source=str(i)) for i, (d, t) in enumerate(items)]
        start = time.perf_counter()
        events = sum(len(found) for _, found in code_articles(articles, n_process=jobs))
        tokens = 0
    elapsed = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {"mode": mode, "jobs": jobs, "articles": n, "seconds": round(elapsed, 1),
            "articles_per_s": round(n / elapsed, 2), "events": events, "tokens": tokens,
            "peak_rss_mb": round(peak)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]), args.articles,
                                 args.words)))
        return
    results = {}
    for mode in ("spacy", "faultline"):
        for jobs in (1, 2):
            out = subprocess.run([sys.executable, __file__, "--articles", str(args.articles),
                                  "--words", str(args.words), "--child", mode, str(jobs)],
                                 capture_output=True, text=True, check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results[(mode, jobs)] = result
            print(f"{mode:<9} {jobs} proc: {result['articles_per_s']:6.2f} articles/s "
                  f"({result['seconds']} s), peak RSS {result['peak_rss_mb']} MB"
                  + (f", {result['events']} events" if mode == "faultline" else
                     f", {result['tokens']} tokens"), flush=True)
    for jobs in (1, 2):
        ratio = results[("faultline", jobs)]["articles_per_s"] / \
            results[("spacy", jobs)]["articles_per_s"]
        print(f"faultline / spaCy alone with {jobs} proc: {ratio:.0%}")


if __name__ == "__main__":
    main()
