"""GDELT 2.0 event files: 61 tab-separated columns, no header, one event per line.

Our ids are hex strings; GDELT's GlobalEventID is an integer, so it is derived from ours
(the first 60 bits of its SHA-1) and a side file maps it back and carries what GDELT has
no column for: the date as coded (possibly only a month or year), how it was dated, the
historical, negated and hypothetical flags, the PLOVER type and mode, the confidence, the
speaker and the sentence's offsets. Columns we do not fill (ethnicity, religion, tone,
geography) are left empty, with geographic types 0 (no location), as GDELT does.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TextIO

from faultline.export import ExportRow

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
              "FeatureID")

#: The 61 columns of a GDELT 2.0 event record, in order.
COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61

#: The side file's columns: the GDELT id, then what only faultline records.
EXTRA_COLUMNS = ("GlobalEventID", "event_id", "article_id", "event_date", "date_basis",
                 "historical", "negated", "hypothetical", "plover_type", "plover_mode",
                 "confidence", "speaker_code", "sentence_index", "char_start", "char_end")

#: Events whose sentence is among an article's first this many count as root events
#: (GDELT marks events from the lead paragraph).
LEAD_SENTENCES = 2


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for one of our event ids."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def clean(value: object) -> str:
    """A value as one TSV field: empty for None, no tabs or line breaks."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return re.sub(r"[\t\r\n]+", " ", str(value))


def first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def actor_fields(actor: dict | None) -> list[object]:
    if not actor:
        return [None] * len(ACTOR_FIELDS)
    name = (actor.get("name") or actor.get("text") or "").upper() or None
    return [actor.get("code"), name, actor.get("country"), actor.get("org"), None, None, None,
            actor.get("sector"), None, None]


def no_place() -> list[object]:
    return [0, None, None, None, None, None, None, None]


def gdelt_row(row: ExportRow) -> list[str]:
    """The 61 fields of one event."""
    r = row.record
    day = first_day(r["date"])
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    cameo = r["cameo"]
    values: list[object] = [
        global_event_id(r["event_id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"),
        day.year, f"{fraction:.4f}",
        *actor_fields(r["source"]), *actor_fields(r.get("target")),
        int(r["sentence_index"] < LEAD_SENTENCES), cameo["code"], cameo["code"][:3],
        cameo["root"], cameo["quad_class"], f"{float(cameo['goldstein']):.1f}",
        row.mentions, row.sources, row.articles, None,
        *no_place(), *no_place(), *no_place(),
        row.added.strftime("%Y%m%d%H%M%S") if row.added else None, row.url or row.path,
    ]
    return [clean(v) for v in values]


def extra_row(row: ExportRow) -> list[str]:
    """The side file's fields of one event."""
    r = row.record
    speaker = (r.get("attribution") or {}).get("speaker") or {}
    values = [global_event_id(r["event_id"]), r["event_id"], r["article_id"], r["date"],
              r["date_basis"], r["historical"], r["negated"], r["hypothetical"],
              r["plover"]["event_type"], r["plover"]["mode"], r["confidence"],
              speaker.get("code"), r["sentence_index"], r["char_span"][0], r["char_span"][1]]
    return [clean(v) for v in values]


def write(rows: Iterable[ExportRow], events: TextIO, extra: TextIO) -> int:
    """Write the GDELT file and its side file (which has a header); return the count."""
    extra.write("\t".join(EXTRA_COLUMNS) + "\n")
    count = 0
    for row in rows:
        events.write("\t".join(gdelt_row(row)) + "\n")
        extra.write("\t".join(extra_row(row)) + "\n")
        count += 1
    return count


def problems(fields: Sequence[str]) -> list[str]:
    """What makes one line's fields not a GDELT 2.0 event record (empty when valid)."""
    if len(fields) != len(COLUMNS):
        return [f"{len(fields)} fields, not {len(COLUMNS)}"]
    value = dict(zip(COLUMNS, fields, strict=True))
    found = []
    checks = {
        "GlobalEventID": r"[1-9]\d*", "Day": r"\d{8}", "MonthYear": r"\d{6}", "Year": r"\d{4}",
        "FractionDate": r"\d{4}\.\d{4}", "IsRootEvent": r"[01]", "EventCode": r"\d{2,4}",
        "EventBaseCode": r"\d{2,3}", "EventRootCode": r"\d{2}", "QuadClass": r"[1-4]",
        "GoldsteinScale": r"-?\d{1,2}\.\d", "NumMentions": r"[1-9]\d*",
        "NumSources": r"[1-9]\d*", "NumArticles": r"[1-9]\d*", "AvgTone": r"(-?\d+(\.\d+)?)?",
        "DATEADDED": r"\d{14}", "Actor1Code": r"[A-Z0-9]+", "Actor2Code": r"([A-Z0-9]+)?",
        "Actor1Geo_Type": r"[0-5]", "Actor2Geo_Type": r"[0-5]", "ActionGeo_Type": r"[0-5]",
    }
    for column, pattern in checks.items():
        if not re.fullmatch(pattern, value[column]):
            found.append(f"{column}={value[column]!r}")
    if found:
        return found
    if not value["EventCode"].startswith(value["EventBaseCode"]) or \
            not value["EventBaseCode"].startswith(value["EventRootCode"]):
        found.append("EventCode, EventBaseCode and EventRootCode disagree")
    if not -10 <= float(value["GoldsteinScale"]) <= 10:
        found.append("GoldsteinScale outside -10..10")
    if value["MonthYear"] != value["Day"][:6] or value["Year"] != value["Day"][:4]:
        found.append("Day, MonthYear and Year disagree")
    try:
        date(int(value["Day"][:4]), int(value["Day"][4:6]), int(value["Day"][6:]))
    except ValueError:
        found.append(f"Day={value['Day']!r} is not a date")
    if not value["SOURCEURL"]:
        found.append("no SOURCEURL")
    return found
