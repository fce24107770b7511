"""API latency benchmark: `/api/events` with filters over 1,000,000 stored events.

Run: .venv/bin/python benchmarks/api.py [--events 1000000] [--requests 200] [--db PATH]

Builds a DuckDB file through the store's migrations and bulk-loads synthetic events through
Arrow (one INSERT ... SELECT from an Arrow table; never row by row): actors drawn from the
bundled country table with a skewed (Zipf-like) popularity, CAMEO codes from the bundled
table, dates over ten years, 5% historical, and a full schema record per event. Then starts
`faultline serve` on a free loopback port and times HTTP requests from one keep-alive
client: a few kinds of filter, each with random values, a page of 50.
Prints p50 and p95 per kind and overall.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

from faultline.data import read_table
from faultline.store import open_store
from faultline.store.duckdb_store import EVENT_SCHEMA

FIRST_DAY = date(2015, 1, 1)
DAYS = 3650
ARTICLES = 50_000


def actors() -> list[str]:
    return [row["iso3"] for row in read_table("actors/countries.tsv") if len(row["iso3"]) == 3]


def cameo_table() -> list[dict[str, str]]:
    return [row for row in read_table("coding/cameo.tsv") if len(row["code"]) >= 3]


def record(i: int, article: str, day: str, src: str, tgt: str, cameo: dict[str, str],
           historical: bool) -> str:
    """A schema-shaped record like the pipeline stores (the payload the API returns)."""
    actor = {"text": src, "name": src, "code": src, "country": src, "org": None,
             "sector": None, "person": None, "role": None}
    return json.dumps({
        "event_id": f"{i:016x}", "article_id": article,
        "sentence": f"Synthetic sentence {i}: {src} acted towards {tgt} in a way a news "
                    "wire would report in some thirty words of ordinary prose.",
        "sentence_index": i % 20, "char_span": [0, 120], "date": day, "date_basis": "relative",
        "historical": historical, "negated": False, "hypothetical": False, "source": actor,
        "target": {**actor, "text": tgt, "name": tgt, "code": tgt, "country": tgt},
        "cameo": {"code": cameo["code"], "root": cameo["root"], "name": cameo["name"],
                  "goldstein": float(cameo["goldstein"]),
                  "quad_class": int(cameo["quad_class"])},
        "plover": {"event_type": "OTHER", "mode": None}, "attribution": None,
        "location": None, "confidence": 0.7})


def synthetic_events(n: int, seed: int = 8) -> pa.Table:
    """``n`` event rows as an Arrow table in the events table's schema."""
    rng = np.random.default_rng(seed)
    codes = actors()
    weights = 1 / np.arange(1, len(codes) + 1) ** 1.1
    weights /= weights.sum()
    src = rng.choice(len(codes), n, p=weights)
    tgt = (src + 1 + rng.choice(len(codes) - 1, n, p=weights[:-1] / weights[:-1].sum())) \
        % len(codes)
    cameo = cameo_table()
    which = rng.integers(0, len(cameo), n)
    offsets = rng.integers(0, DAYS, n)
    historical = rng.random(n) < 0.05
    articles = [f"{a:020x}" for a in range(ARTICLES)]
    article_of = rng.integers(0, ARTICLES, n)
    days = [(FIRST_DAY + timedelta(days=int(d))) for d in range(DAYS)]
    cols: dict[str, list] = {c: [] for c in EVENT_SCHEMA.names}
    for i in range(n):
        s, t, c, day = codes[src[i]], codes[tgt[i]], cameo[which[i]], days[offsets[i]]
        art = articles[article_of[i]]
        row = {
            "event_id": f"{i:016x}", "article_id": art, "sentence_index": i % 20,
            "char_start": 0, "char_end": 120, "event_date": day.isoformat(),
            "date_start": day, "date_basis": "relative", "historical": bool(historical[i]),
            "negated": False, "hypothetical": False, "source_code": s, "source_country": s,
            "source_org": None, "source_sector": None, "source_person": None,
            "target_code": t, "target_country": t, "target_org": None, "target_sector": None,
            "target_person": None, "cameo_code": c["code"], "cameo_root": c["root"],
            "goldstein": float(c["goldstein"]), "quad_class": int(c["quad_class"]),
            "plover_type": "OTHER", "plover_mode": None, "speaker_code": None,
            "confidence": 0.7,
            "record": record(i, art, day.isoformat(), s, t, c, bool(historical[i])),
        }
        for key, value in row.items():
            cols[key].append(value)
    return pa.table(cols, schema=EVENT_SCHEMA)


def build(path: Path, n: int) -> float:
    """Create the database and bulk-load ``n`` events; return the load time in seconds."""
    table = synthetic_events(n)
    start = time.perf_counter()
    with open_store(str(path)) as store:
        store.con.register("bench_events", table)
        store.execute("INSERT INTO events SELECT * FROM bench_events")
        store.con.unregister("bench_events")
    return time.perf_counter() - start


def serve(db: Path) -> tuple[str, subprocess.Popen]:
    """`faultline serve` on a free loopback port, as a user runs it (a separate process, so
    the client's timing loop does not share an interpreter with the server)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    binary = Path(sys.executable).with_name("faultline")
    server = subprocess.Popen([str(binary), "serve", "--db", str(db), "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/api/health", timeout=5).read()
            return base, server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("faultline serve did not start")


def queries(rng: np.random.Generator, kind: str) -> dict[str, object]:
    """Random parameters of one kind of filter, as an analyst would send them."""
    codes = actors()[:40]
    day = FIRST_DAY + timedelta(days=int(rng.integers(0, DAYS - 60)))
    pick = lambda: codes[int(rng.integers(0, len(codes)))]  # noqa: E731
    page = {"limit": 50, "offset": int(rng.integers(0, 10)) * 50}
    if kind == "none":
        return page
    if kind == "actor":
        return {**page, "actor": pick()}
    if kind == "dyad":
        return {**page, "dyad": f"{pick()},{pick()}"}
    if kind == "cameo+quad":
        return {**page, "cameo": str(int(rng.integers(1, 21))).zfill(2),
                "quad": int(rng.integers(1, 5))}
    if kind == "dates":
        return {**page, "since": day.isoformat(), "until": (day + timedelta(days=30)).isoformat()}
    return {**page, "actor": pick(), "cameo": str(int(rng.integers(10, 21))),
            "since": day.isoformat(), "until": (day + timedelta(days=365)).isoformat(),
            "historical": "true"}


KINDS = ("none", "actor", "dyad", "cameo+quad", "dates", "combined")


def get(client: http.client.HTTPConnection, params: dict[str, object]) -> bytes:
    """One GET /api/events on a kept-alive connection; the whole body is read."""
    client.request("GET", "/api/events?" + urllib.parse.urlencode(params))
    response = client.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{response.status}: {body[:200]!r}")
    return body


def measure(base: str, requests: int) -> dict[str, list[float]]:
    rng = np.random.default_rng(1)
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    client = http.client.HTTPConnection(host, port, timeout=30)
    for kind in KINDS:  # warm-up: the first queries read columns from disk
        get(client, queries(rng, kind))
    for _ in range(requests):
        for kind in KINDS:
            params = queries(rng, kind)
            start = time.perf_counter()
            get(client, params)
            times[kind].append((time.perf_counter() - start) * 1000)
    client.close()
    return times


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200, help="per kind of filter")
    parser.add_argument("--db", help="keep the database here (default: a temporary file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.duckdb"
        if not db.exists():
            load = build(db, args.events)
            print(f"loaded {args.events:,} events through Arrow in {load:.1f} s -> "
                  f"{db.stat().st_size / 1e6:.0f} MB")
        base, server = serve(db)
        try:
            times = measure(base, args.requests)
        finally:
            server.terminate()
            server.wait()
    print(f"/api/events, {args.requests} requests per filter kind, page of 50 "
          "(milliseconds, HTTP round trip on loopback)")
    print(f"{'filter':<12} {'p50':>7} {'p95':>7} {'max':>7}")
    for kind, values in [*times.items(), ("all", [v for vs in times.values() for v in vs])]:
        print(f"{kind:<12} {pct(values, 50):7.1f} {pct(values, 95):7.1f} {max(values):7.1f}")


if __name__ == "__main__":
    sys.exit(main())
