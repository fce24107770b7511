"""Scaling out: the local pipeline against Spark local[1] and local[2], and PostgreSQL with
concurrent writers, on the same generated articles.

Run: .venv/bin/python benchmarks/scale.py [--articles 5000] [--words 150]

Every measurement is a real `faultline` command in its own process, timed from start to
exit (so Spark's start-up and the model loading are counted, as a user pays them):
  local pipeline   faultline ingest ARTICLES.jsonl --db new.duckdb --jobs 1 and --jobs 2:
                   codes, places each article in its story, merges events, stores in
                   DuckDB. The like-for-like baseline for the Spark job.
  local coding     faultline code ARTICLES.jsonl --jobs 1 and 2: coding only (no stories,
                   no event merging, no storing), a lower bound for either.
  Spark            faultline spark ingest ARTICLES.jsonl OUT --master local[1] and local[2]:
                   codes, merges stories and events over the whole output, writes Parquet.
  PostgreSQL       two `faultline ingest` processes at once into one database of a throwaway
                   cluster (scripts/pg-throwaway.sh), each given 60% of the articles (a
                   fifth of them given to both), with and without coding; the stored counts
                   must equal the distinct articles exactly.
Prints one JSON line per measurement (with the machine's 1-minute load average before and
after it, and the share of all cores busy meanwhile, ours or not: other work on the same
cores slows every figure, and the speed-ups most), then Markdown tables for BENCHMARKS.md:
the figures, and the issue's targets (Spark local[2] at least 1.8 times local[1]; Spark
within 25% of the local pipeline on the same cores) with the coding-only comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

REPO = Path(__file__).resolve().parents[1]
FAULTLINE = str(Path(sys.executable).with_name("faultline"))


def write_articles(path: Path, n: int, words: int, offset: int = 0) -> None:
    """``n`` generated articles (benchmarks/generate.py) as JSON Lines."""
    from generate import article

    with path.open("w", encoding="utf-8") as out:
        for i in range(offset, offset + n):
            day, title, body = article(i, words)
            out.write(json.dumps({"title": title, "date": day.isoformat(), "text": body}) + "\n")


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far (Linux; zeros elsewhere). Ours
    are not separable from other work's: Spark's JVM is not a child we wait for."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
    except OSError:
        return 0, 0
    idle = values[3] + values[4]  # idle and iowait
    return sum(values) - idle, sum(values)


def timed(*args: str) -> float:
    """Wall seconds of one faultline command, which must succeed."""
    start = time.perf_counter()
    done = subprocess.run([FAULTLINE, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"faultline {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return seconds


def local(source: Path, work: Path, jobs: int) -> float:
    return timed("ingest", str(source), "--db", str(work / f"local{jobs}.duckdb"), "-q",
                 "--jobs", str(jobs))


def code_only(source: Path, jobs: int) -> float:
    """The same work the Spark job does (no database to look originals up in or write to)."""
    return timed("code", str(source), "--format", "jsonl", "--jobs", str(jobs))


def spark(source: Path, work: Path, cores: int) -> float:
    return timed("spark", "ingest", str(source), str(work / f"spark{cores}"),
                 "--master", f"local[{cores}]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_writers(n: int, words: int, work: Path, code: bool) -> tuple[float, int]:
    """Two writers at once into a new database; (seconds, distinct articles) after checking
    the stored counts are exact."""
    import psycopg

    script = str(REPO / "scripts" / "pg-throwaway.sh")
    folder = tempfile.mkdtemp(prefix="faultline-bench-pg-")
    url = subprocess.run(["bash", script, "start", folder, str(free_port())], check=True,
                         capture_output=True, text=True).stdout.strip()
    try:
        third = n * 2 // 5
        first, second = work / "pg_a.jsonl", work / "pg_b.jsonl"
        write_articles(first, n - third, words)            # articles 0 .. 3n/5
        write_articles(second, n - third, words, third)     # articles 2n/5 .. n
        subprocess.run([FAULTLINE, "articles", "--db", url, "--limit", "1"], check=True,
                       capture_output=True)                 # migrate before the race
        extra = [] if code else ["--no-code"]
        start = time.perf_counter()
        writers = [subprocess.Popen([FAULTLINE, "ingest", str(p), "--db", url, "-q", *extra],
                                    stderr=subprocess.PIPE, text=True)
                   for p in (first, second)]
        for writer in writers:
            if writer.wait() != 0:
                raise SystemExit(f"a PostgreSQL writer failed: {writer.stderr.read()[-2000:]}")
        seconds = time.perf_counter() - start
        with psycopg.connect(url) as con:
            stored, distinct = con.execute(
                "SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
            events, distinct_events = con.execute(
                "SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
        if stored != n or distinct != n or events != distinct_events:
            raise SystemExit(f"lost or duplicated rows: {stored} articles ({distinct} "
                             f"distinct) of {n}, {events} events ({distinct_events} distinct)")
        return seconds, n
    finally:
        subprocess.run(["bash", script, "stop", folder], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--only", choices=("local", "code", "spark", "postgres"),
                        action="append")
    args = parser.parse_args()
    n, only = args.articles, set(args.only or ("local", "code", "spark", "postgres"))
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="faultline-scale-") as tmp:
        work = Path(tmp)
        source = work / "articles.jsonl"
        write_articles(source, n, args.words)
        runs = []
        if "local" in only:
            runs += [("local pipeline, 1 process", lambda: local(source, work, 1)),
                     ("local pipeline, 2 processes", lambda: local(source, work, 2))]
        if "code" in only:
            runs += [("local `faultline code`, 1 process", lambda: code_only(source, 1)),
                     ("local `faultline code`, 2 processes", lambda: code_only(source, 2))]
        if "spark" in only:
            runs += [("Spark local[1]", lambda: spark(source, work, 1)),
                     ("Spark local[2]", lambda: spark(source, work, 2))]
        if "postgres" in only:
            runs += [("PostgreSQL, 2 writers, coded",
                      lambda: postgres_writers(n, args.words, work, True)[0]),
                     ("PostgreSQL, 2 writers, --no-code",
                      lambda: postgres_writers(n, args.words, work, False)[0])]
        for name, measure in runs:
            before, (busy, total) = os.getloadavg()[0], cpu_ticks()
            seconds = measure()
            busy_after, total_after = cpu_ticks()
            results[name] = seconds
            print(json.dumps({"measure": name, "articles": n, "words": args.words,
                              "seconds": round(seconds, 1),
                              "articles_per_second": round(n / seconds, 1),
                              "machine_busy": round((busy_after - busy)
                                                    / max(1, total_after - total), 2),
                              "load_1min_before": before,
                              "load_1min_after": os.getloadavg()[0]}), flush=True)
    print(f"\n| {n} articles of ~{args.words} words, {os.cpu_count()} cores | seconds | "
          "articles/s |\n|---|---|---|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds:.1f} | {n / seconds:.1f} |")
    print_targets(results)


def print_targets(results: dict[str, float]) -> None:
    """The issue's two Spark targets, met or not, and the coding-only comparison."""
    print("\n| comparison | measured | target |\n|---|---|---|")
    one, two = results.get("Spark local[1]"), results.get("Spark local[2]")
    if one and two:
        print(f"| Spark speed-up, local[2] / local[1] | {one / two:.2f}x | at least 1.80x "
              f"({'met' if one / two >= 1.8 else 'not met'}) |")
    for fast, slow, label in (("local pipeline, 2 processes", "local pipeline, 1 process",
                               "`faultline ingest` speed-up, 2 / 1 processes"),
                              ("local `faultline code`, 2 processes",
                               "local `faultline code`, 1 process",
                               "`faultline code` speed-up, 2 / 1 processes")):
        if fast in results and slow in results:
            print(f"| {label} | {results[slow] / results[fast]:.2f}x | (reference) |")
    for cores, name in ((1, "1 process"), (2, "2 processes")):
        spark_s = results.get(f"Spark local[{cores}]")
        ingest_s = results.get(f"local pipeline, {name}")
        code_s = results.get(f"local `faultline code`, {name}")
        if spark_s and ingest_s:
            over = 100 * (spark_s / ingest_s - 1)
            print(f"| Spark local[{cores}] time against `faultline ingest --jobs {cores}` "
                  f"(like for like) | {over:+.0f}% | at most +25% "
                  f"({'met' if over <= 25 else 'not met'}) |")
        if spark_s and code_s:
            print(f"| Spark local[{cores}] time against `faultline code --jobs {cores}` "
                  f"(coding only) | {100 * (spark_s / code_s - 1):+.0f}% | (reference) |")

if __name__ == "__main__":
    main()
