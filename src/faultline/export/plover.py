"""PLOVER JSON Lines: one event per line in the PLOVER data model
(``schema/plover.schema.json``).

PLOVER keeps the event type, its mode and contexts, the actor and recipient, and the date;
the CAMEO code and our flags ride along as extra fields. Events whose CAMEO code has no
PLOVER type (OTHER) are not PLOVER events and are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from faultline.export import ExportRow

PRECISION = {1: "year", 2: "month", 3: "day"}


def actor(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if not value:
        return None
    return {"name": value.get("name") or value.get("text") or value["code"],
            "code": value["code"], "country": value.get("country"),
            "organization": value.get("org"), "sector": value.get("sector")}


def plover_event(row: ExportRow) -> dict[str, Any] | None:
    """The PLOVER record of one event, or None when it has no PLOVER type."""
    r = row.record
    if r["plover"]["event_type"] == "OTHER":
        return None
    parts = r["date"].split("-")
    day = "-".join(parts + ["01"] * (3 - len(parts)))
    return {
        "id": r["event_id"], "date": day, "date_precision": PRECISION[len(parts)],
        "event_type": r["plover"]["event_type"], "mode": r["plover"]["mode"] or "",
        "context": [], "actor": actor(r["source"]), "recipient": actor(r.get("target")),
        "location": None,
        "source": {"article_id": r["article_id"], "url": row.url, "sentence": r["sentence"],
                   "char_span": r["char_span"]},
        "cameo": r["cameo"]["code"], "negated": r["negated"],
        "hypothetical": r["hypothetical"], "historical": r["historical"],
        "mentions": row.mentions, "confidence": r["confidence"],
    }


def write(rows: Iterable[ExportRow], out: TextIO) -> tuple[int, int]:
    """Write PLOVER JSON Lines; return (written, left out as OTHER)."""
    written = skipped = 0
    for row in rows:
        event = plover_event(row)
        if event is None:
            skipped += 1
            continue
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        written += 1
    return written, skipped
