"""The CLI as a user runs it: real processes, real database files, real exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import DATED_ARTICLE, write

COMMANDS = ["ingest", "articles", "actor", "code", "events", "eval", "restore", "spin-score"]


def test_seed_ingest_is_idempotent_and_bad_inputs_exit_1(cli, seed, tmp_path, db_url):
    db = db_url
    first = cli("ingest", str(seed), "--db", db)
    assert first.returncode == 0, first.stderr
    listed = cli("articles", "--db", db, "--format", "jsonl")
    (record,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert record["date"] == "2021-05-14" and record["title"].startswith("Armenia asks")
    assert {"id", "title", "date", "url", "path", "format", "language"} <= set(record)

    empty = write(tmp_path / "empty.txt", "")
    binary = write(tmp_path / "blob.bin", bytes(range(256)) * 10)
    bad = write(tmp_path / "bad.jsonl", "{this is not json\n")
    again = cli("ingest", str(seed), str(empty), str(binary), str(bad), "--db", db)
    assert again.returncode == 1
    error_lines = [ln for ln in again.stderr.splitlines() if ln.startswith("error:")]
    assert len(error_lines) == 3
    for path in (empty, binary, bad):
        assert sum(str(path) in ln for ln in error_lines) == 1
    listed = cli("articles", "--db", db, "--format", "jsonl")
    assert len(listed.stdout.splitlines()) == 1


def test_nothing_usable_exits_2(cli, tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    result = cli("ingest", str(empty), str(tmp_path / "nope.txt"), "--db",
                 str(tmp_path / "n.duckdb"))
    assert result.returncode == 2
    assert "nope.txt: no such file" in result.stderr


def test_stdin_and_env_database(cli, tmp_path, db_url):
    db = db_url
    result = cli("ingest", "-", stdin=DATED_ARTICLE, env={"FAULTLINE_DB": db})
    assert result.returncode == 0, result.stderr
    listed = cli("articles", "--format", "csv", env={"FAULTLINE_DB": db})
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert [r["date"] for r in rows] == ["2022-01-06"] and rows[0]["path"] == "-"


def test_articles_date_filters_and_table(cli, tmp_path, db_url):
    db = db_url
    write(tmp_path / "in" / "a.txt", DATED_ARTICLE)
    write(tmp_path / "in" / "b.txt", DATED_ARTICLE.replace("2022-01-06", "2015-07-14")
          .replace("first units", "last units"))
    assert cli("ingest", str(tmp_path / "in"), "--db", db).returncode == 0
    since = cli("articles", "--db", db, "--since", "2020-01-01", "--format", "jsonl")
    assert [json.loads(x)["date"] for x in since.stdout.splitlines()] == ["2022-01-06"]
    table = cli("articles", "--db", db)
    assert "2015-07-14" in table.stdout and "2022-01-06" in table.stdout
    bad = cli("articles", "--db", db, "--since", "yesterday")
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("faultline ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(cli, command):
    result = cli(command, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout


def test_code_prints_schema_valid_events_without_a_database(cli, seed, tmp_path):
    import jsonschema

    from faultline.data import data_file

    schema = json.loads(data_file("../schema/event.schema.json").read_text("utf-8"))
    result = cli("code", str(seed), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        jsonschema.validate(record, schema)
    assert not list(tmp_path.glob("*.duckdb"))


def test_ingest_stores_events_and_events_filters(cli, seed, tmp_path, db_url):
    db = db_url
    assert cli("ingest", str(seed), "--db", db).returncode == 0
    dyad = cli("events", "--db", db, "--dyad", "ARM", "AZE", "--format", "jsonl")
    records = [json.loads(line) for line in dyad.stdout.splitlines()]
    assert records
    assert all({r["source"]["country"], (r["target"] or {}).get("country")} == {"ARM", "AZE"}
               for r in records)
    accusations = cli("events", "--db", db, "--cameo", "11", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(accusations.stdout)))
    assert rows and all(r["cameo"].startswith("11") for r in rows)
    plain = [json.loads(x) for x in cli("events", "--db", db, "--format", "jsonl")
             .stdout.splitlines()]
    everything = [json.loads(x) for x in cli("events", "--db", db, "--format", "jsonl",
                                             "--include-historical").stdout.splitlines()]
    assert not any(r["historical"] for r in plain)
    assert len(everything) >= len(plain)
    # ingesting again stores nothing new
    again = cli("ingest", str(seed), "--db", db)
    assert "0 stored with 0 events" in again.stderr


def test_eval_prints_precision_recall(cli, tmp_path):
    gold = write(tmp_path / "gold.jsonl", json.dumps({
        "id": "x1", "split": "dev", "published": "2021-05-14",
        "text": "Armenia accused Azerbaijan on Thursday of violating its border.",
        "events": [{"source": {"country": "ARM", "org": None},
                    "target": {"country": "AZE", "org": None}, "cameo": "112",
                    "date": "2021-05-13", "historical": False, "negated": False,
                    "hypothetical": False, "speaker": None}]}) + "\n")
    result = cli("eval", str(gold), "--format", "jsonl")
    rows = {r["measure"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["root"]["precision"] == 1.0 and rows["root"]["recall"] == 1.0
    assert rows["date"]["accuracy"] == 1.0
