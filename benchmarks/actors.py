"""Actor resolution: accuracy on the gold mentions and mentions resolved per second.

Run: .venv/bin/python benchmarks/actors.py [--split dev|test|all] [--misses N]
Right = country, org and sector all as in the gold (benchmarks/gold/actors.jsonl).
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from faultline.actors.evaluate import load_gold, score
from faultline.actors.resolver import Resolver

GOLD = Path(__file__).parent / "gold" / "actors.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="all", choices=["dev", "test", "all"])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    resolver = Resolver()
    for split in (["dev", "test"] if args.split == "all" else [args.split]):
        items = load_gold(GOLD, split)
        result = score(items, resolver)
        print(f"{split:<5} mentions {result.total:4d}  country/org+sector right "
              f"{result.accuracy:.3f}  person right {result.person_accuracy:.3f} "
              f"(of {result.person_total})")
        for kind, counts in sorted(result.by_kind.items()):
            n = counts["right"] + counts["wrong"]
            print(f"      {kind:<24} {counts['right'] / n:.2f} of {n}")
        for miss in result.misses[: args.misses]:
            print("   miss", miss)
    items = load_gold(GOLD)
    start = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for item in items:
            resolver.resolve(item["text"], date.fromisoformat(item["date"]),
                             item.get("context") or None)
    elapsed = time.perf_counter() - start
    print(f"speed {rounds * len(items) / elapsed:,.0f} mentions/s "
          f"({rounds * len(items)} resolutions, one core)")


if __name__ == "__main__":
    main()
