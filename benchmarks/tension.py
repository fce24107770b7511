"""Tension and alert benchmark: the queries of faultline.analysis over 10 million events.

Run: .venv/bin/python benchmarks/tension.py [--events 10000000] [--db FILE]

Generates events in bulk (numpy into Arrow into DuckDB, never row by row): 60 countries
with Zipf-skewed activity over five years, CAMEO codes drawn from data/coding/cameo.tsv
(10% of them historical, 2% negated), and one planted rise (one event in 2,000 made an
ARM-AZE conflict event in three weeks of March 2022). Then times, each once: the tension
series of one pair, the top dyads, the alert scan over the whole record, and (with
--obligations) the obligation refresh. Prints one line per step with its wall time and the
peak RSS so far; a second run on the same --db times the queries in a process
that never held the generated rows.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from functools import partial
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from faultline.analysis.alerts import find_alerts
from faultline.analysis.tension import dyad_series, top_dyads
from faultline.analysis.treaties import refresh_obligations
from faultline.coding.tables import cameo_codes
from faultline.store import open_store
from faultline.store.duckdb_store import EVENT_SCHEMA

COUNTRIES = ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "ARM", "AZE", "TUR", "IRN", "ISR",
             "IND", "PAK", "JPN", "KOR", "PRK", "SYR", "IRQ", "SAU", "EGY", "ETH", "SDN", "NGA",
             "KEN", "ZAF", "BRA", "ARG", "MEX", "COL", "VEN", "CAN", "AUS", "IDN", "PHL", "VNM",
             "THA", "MMR", "AFG", "KAZ", "BLR", "GEO", "POL", "FIN", "SWE", "NOR", "ITA", "ESP",
             "GRC", "SRB", "HRV", "LBY", "YEM", "QAT", "ARE", "JOR", "LBN", "PSE", "CUB")
START = date(2019, 1, 1)
DAYS = 5 * 365
RISE = (date(2022, 3, 1), 21)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(n: int, rng: np.random.Generator) -> pa.Table:
    """n event rows in the events table's Arrow schema."""
    weights = 1 / np.arange(1, len(COUNTRIES) + 1) ** 1.1
    weights /= weights.sum()
    src = rng.choice(len(COUNTRIES), n, p=weights)
    tgt = rng.choice(len(COUNTRIES), n, p=weights)
    codes = list(cameo_codes().values())
    pick = rng.integers(0, len(codes), n)
    day = rng.integers(0, DAYS, n)
    rise_start = (RISE[0] - START).days
    extra = n // 2000
    src[:extra], tgt[:extra] = COUNTRIES.index("ARM"), COUNTRIES.index("AZE")
    day[:extra] = rng.integers(rise_start, rise_start + RISE[1], extra)
    conflict = [i for i, c in enumerate(codes) if c.quad_class >= 3]
    pick[:extra] = rng.choice(conflict, extra)
    names = np.array(COUNTRIES)
    ids = pc.binary_join_element_wise("e", pc.cast(pa.array(np.arange(n)), pa.string()), "")
    dates = pa.array(np.datetime64(START.isoformat()) + day.astype("timedelta64[D]"))
    code = np.array([c.code for c in codes])[pick]
    columns = {
        "event_id": ids, "article_id": pc.binary_join_element_wise(
            "a", pc.cast(pa.array(np.arange(n) // 8), pa.string()), ""),
        "sentence_index": pa.array(np.arange(n) % 8, pa.int32()),
        "char_start": pa.array(np.zeros(n, np.int32)), "char_end": pa.array(np.ones(n, np.int32)),
        "event_date": pc.cast(dates, pa.string()), "date_start": pc.cast(dates, pa.date32()),
        "date_basis": pa.array(np.full(n, "published")),
        "historical": pa.array(rng.random(n) < 0.10), "negated": pa.array(rng.random(n) < 0.02),
        "hypothetical": pa.array(np.zeros(n, bool)),
        "source_code": pa.array(names[src]), "source_country": pa.array(names[src]),
        "source_org": pa.nulls(n, pa.string()), "source_sector": pa.nulls(n, pa.string()),
        "source_person": pa.nulls(n, pa.string()), "target_code": pa.array(names[tgt]),
        "target_country": pa.array(names[tgt]), "target_org": pa.nulls(n, pa.string()),
        "target_sector": pa.nulls(n, pa.string()), "target_person": pa.nulls(n, pa.string()),
        "cameo_code": pa.array(code), "cameo_root": pa.array(np.array([c.root for c in codes])[
            pick]),
        "goldstein": pa.array(np.array([c.goldstein for c in codes])[pick]),
        "quad_class": pa.array(np.array([c.quad_class for c in codes], np.int32)[pick]),
        "plover_type": pa.array(np.full(n, "OTHER")), "plover_mode": pa.nulls(n, pa.string()),
        "speaker_code": pa.nulls(n, pa.string()), "confidence": pa.array(np.ones(n)),
        "record": pa.array(np.full(n, "{}")),
    }
    return pa.table({name: columns[name] for name in EVENT_SCHEMA.names}).cast(EVENT_SCHEMA)


def step(label: str, run):
    start = time.perf_counter()
    result = run()
    print(f"{label:<32} {time.perf_counter() - start:7.2f} s   peak RSS {peak_rss_mb():6.0f} MB",
          flush=True)
    return result


def load(store, table: pa.Table) -> None:
    """Insert the generated rows in one statement, through Arrow."""
    store.con.register("generated", table)
    try:
        store.execute("INSERT INTO events SELECT * FROM generated")
    finally:
        store.con.unregister("generated")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", help="DuckDB file (default: a temporary one); when it already "
                        "holds events, only the queries are timed")
    parser.add_argument("--obligations", action="store_true",
                        help="Also time refresh_obligations (Python over candidate events).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.duckdb")
        print(f"faultline tension benchmark, {args.events:,} events -> {db}")
        with open_store(db) as store:
            if store.execute("SELECT count(*) FROM events")[0][0]:
                print("events already stored: timing the queries alone")
            else:
                table = step("generate (numpy -> Arrow)",
                             partial(generate, args.events, np.random.default_rng(7)))
                step("load into DuckDB", partial(load, store, table))
                del table
            series = step("dyad_series ARM AZE", lambda: dyad_series(store, "ARM", "AZE"))
            step("dyad_series ARM AZE directed", lambda: dyad_series(store, "ARM", "AZE",
                                                                     directed=True))
            step("dyad_series 2022 only", lambda: dyad_series(store, "USA", "RUS",
                                                             date(2022, 1, 1),
                                                             date(2022, 12, 31)))
            top = step("top_dyads (whole record)", lambda: top_dyads(store))
            found = step("find_alerts (whole record)", lambda: find_alerts(store))
            step("find_alerts (one year)", lambda: find_alerts(store, date(2022, 1, 1),
                                                                date(2022, 12, 31)))
            stored = step("refresh_obligations", lambda: refresh_obligations(store)) \
                if args.obligations else 0
        rise = [a for a in found if (a["a"], a["b"]) == ("ARM", "AZE")]
        print(f"series days {len(series)}, top pair {top[0]['a']}-{top[0]['b']}, "
              f"{len(found)} alerts (planted ARM-AZE rise from {RISE[0]}: "
              f"{[(str(a['day']), a['score']) for a in rise]}), {stored:,} obligations")


if __name__ == "__main__":
    main()
