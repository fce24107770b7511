"""Ingest benchmark: articles per second and peak memory for 10,000 generated articles.

Run: .venv/bin/python benchmarks/ingest.py [--articles 10000]
Writes the articles as dated-text files and as one JSONL file, ingests each into a fresh
DuckDB file through the same pipeline the CLI uses (reading and storing only, as
`faultline ingest --no-code`; coding speed is benchmarks/throughput.py), and prints one
line per run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from faultline import pipeline
from faultline.store import open_store
from generate import article, dated_text


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(label: str, paths: list[str], db: Path, n: int) -> None:
    with open_store(str(db)) as store:
        start = time.perf_counter()
        report = pipeline.ingest(paths, store, code=False)
        elapsed = time.perf_counter() - start
    assert report.stored == n, (report.stored, n)
    print(f"{label:<12} {n} articles in {elapsed:6.2f} s = {n / elapsed:8.0f} articles/s, "
          f"peak RSS {peak_rss_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    n = parser.parse_args().articles
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dated"
        folder.mkdir()
        for i in range(n):
            (folder / f"{i:06d}.txt").write_text(dated_text(i), encoding="utf-8")
        jsonl = Path(tmp) / "all.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for i in range(n):
                day, title, body = article(i)
                out.write(json.dumps({"text": body, "title": title, "date": day.isoformat()}))
                out.write("\n")
        print(f"faultline ingest benchmark, {n} generated articles of ~300 words")
        run("dated files", [str(folder)], Path(tmp) / "a.duckdb", n)
        run("one JSONL", [str(jsonl)], Path(tmp) / "b.duckdb", n)


if __name__ == "__main__":
    main()
