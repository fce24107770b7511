"""Printing records the way the ecosystem expects: a rich table, CSV or JSON Lines."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TextIO

FORMATS = ("table", "csv", "jsonl")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write_records(records: Iterable[dict[str, Any]], fmt: str, *, columns: Sequence[str] | None
                  = None, title: str | None = None, out: TextIO | None = None) -> int:
    """Write records in the chosen format; return how many were written."""
    out = out or sys.stdout
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False,
                                 default=_plain))
            out.write("\n")
            count += 1
        return count
    rows = list(records)
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _plain(row.get(k)) for k in cols})
        return len(rows)
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in cols:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(_plain(row.get(c))) for c in cols))
    Console(file=out, width=160 if not out.isatty() else None).print(table)
    return len(rows)
