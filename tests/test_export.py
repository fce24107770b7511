"""Exports: GDELT 2.0 event TSV (61 columns, extra fields in a side file) and PLOVER JSON
Lines, from a store on either backend; each line checked against its format."""

from __future__ import annotations

import csv
import json

import jsonschema
import pytest

from faultline.data import data_file
from faultline.export import gdelt

DEMO = ["001_armenia-accuses-azerbaijan-of-border-incursion.txt",
        "004_pashinyan-asks-putin-for-help.txt", "010_iran-nuclear-deal-vienna.txt"]


@pytest.fixture
def stored(db_url, cli):
    """A database with three demo articles ingested, and its events as `events` lists them."""
    paths = [str(data_file("demo") / name) for name in DEMO]
    assert cli("ingest", *paths, "--db", db_url, "-q").returncode == 0
    listed = cli("events", "--db", db_url, "--format", "jsonl")
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(events) > 5
    return db_url, events


def test_gdelt_export_has_61_valid_columns_and_a_side_file(stored, cli, tmp_path):
    db, events = stored
    out = tmp_path / "events.export.CSV"
    result = cli("export", "gdelt", str(out), "--db", db)
    assert result.returncode == 0, result.stderr
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == len(events)
    rows = [line.split("\t") for line in lines]
    for fields in rows:
        assert gdelt.problems(fields) == [], fields
    ids = [int(f[0]) for f in rows]
    assert len(set(ids)) == len(ids)
    by_id = {e["event_id"]: e for e in events}
    with open(str(out) + ".faultline.tsv", encoding="utf-8") as side:
        extra = list(csv.DictReader(side, delimiter="\t"))
    assert [int(x["GlobalEventID"]) for x in extra] == ids
    for fields, x in zip(rows, extra, strict=True):
        event = by_id[x["event_id"]]
        column = dict(zip(gdelt.COLUMNS, fields, strict=True))
        assert column["EventCode"] == event["cameo"]["code"]
        assert column["Actor1Code"] == event["source"]["code"]
        assert column["Actor1CountryCode"] == (event["source"]["country"] or "")
        assert column["Day"].startswith(event["date"].replace("-", ""))
        assert column["SOURCEURL"].endswith(".txt")
        assert x["plover_type"] == event["plover"]["event_type"]


def test_plover_export_validates_against_its_schema(stored, cli, tmp_path):
    db, events = stored
    schema = json.loads(data_file("../schema/plover.schema.json").read_text("utf-8"))
    result = cli("export", "plover", "-", "--db", db)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [e for e in events if e["plover"]["event_type"] != "OTHER"]
    assert len(records) == len(expected) > 5
    for record in records:
        jsonschema.validate(record, schema)
    modes = {}
    for line in data_file("coding/plover.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith(("#", "cameo")):
            _, kind, mode = [*line.split("\t"), "", ""][:3]
            modes.setdefault(kind, {""}).add(mode)
    assert all(r["mode"] in modes[r["event_type"]] for r in records)
    assert [r["id"] for r in records] == [e["event_id"] for e in expected]


def test_the_gdelt_checker_rejects_what_is_not_gdelt():
    assert gdelt.problems(["1"] * 60) == ["60 fields, not 61"]
    good = ["123", "20210514", "202105", "2021", "2021.3644", "ARM", "ARMENIA", "ARM",
            *[""] * 7, *[""] * 10, "1", "112", "112", "11", "3", "-2.0", "1", "1", "1", "",
            *(["0"] + [""] * 7) * 3, "20210514120000", "https://example.org/a"]
    assert gdelt.problems(good) == []
    bad = list(good)
    bad[gdelt.COLUMNS.index("EventRootCode")] = "12"
    bad[gdelt.COLUMNS.index("Day")] = "20210532"
    assert gdelt.problems(bad) == ["EventCode, EventBaseCode and EventRootCode disagree",
                                   "Day='20210532' is not a date"]


def test_export_from_a_missing_parquet_folder_is_one_line(cli, tmp_path):
    result = cli("export", "plover", "-", "--parquet", str(tmp_path / "nothing"))
    assert result.returncode == 2 and "no events Parquet files" in result.stderr


@pytest.mark.parametrize("command", [("export", "gdelt"), ("export", "plover"),
                                     ("spark", "ingest"), ("spark", "load")])
def test_new_commands_have_help_with_an_example(cli, command):
    result = cli(*command, "--help")
    assert result.returncode == 0 and "Example" in result.stdout
