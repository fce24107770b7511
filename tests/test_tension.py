"""Tension series from the database: counts by quad class, Goldstein, the smoothed index."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from faultline.analysis.tension import dyad_series, top_dyads
from synthetic import event, store_events

D1, D2, D9 = date(2021, 3, 1), date(2021, 3, 2), date(2021, 3, 9)


@pytest.fixture
def store(db_url):
    """The events below, on each backend in turn: the SQL must run on both."""
    events = [
        event(1, D1, "ARM", "AZE", "190"),  # -10, material conflict
        event(2, D2, "AZE", "ARM", "040"),  # +1, verbal cooperation
        event(3, D9, "ARM", "AZE", "112"),  # -2, verbal conflict
        event(4, D9, "ARM", "AZE", "112", negated=True),
        event(5, D9, "AZE", "ARM", "190", hypothetical=True),
        event(6, D9, "ARM", "ARM", "190"),
        event(7, D2, "RUS", "CSTO", "020"),
    ]
    with store_events(db_url, events) as s:
        yield s


def test_undirected_series_counts_both_directions_by_day(store):
    series = dyad_series(store, "AZE", "ARM")
    assert [r["day"] for r in series] == [D1, D2, D9]
    first, second, ninth = series
    assert (first["events"], first["q4"], first["goldstein_sum"]) == (1, 1, -10.0)
    assert (second["events"], second["q1"], second["goldstein_mean"]) == (1, 1, 1.0)
    assert (ninth["events"], ninth["q3"], ninth["q4"]) == (1, 1, 0)  # negated, hypothetical out


def test_directed_series_keeps_one_direction(store):
    assert [r["day"] for r in dyad_series(store, "ARM", "AZE", directed=True)] == [D1, D9]
    assert [r["day"] for r in dyad_series(store, "AZE", "ARM", directed=True)] == [D2]


def test_tension_is_weekly_conflict_mass_over_volume_plus_one(store):
    tension = [r["tension"] for r in dyad_series(store, "ARM", "AZE")]
    # day 1: 10 / (1 + 1); day 2: 10 / (2 + 1); day 9: the week 3..9 holds only the accusation
    assert tension == [pytest.approx(5.0), pytest.approx(10 / 3, abs=1e-4), pytest.approx(1.0)]


def test_since_keeps_the_smoothing_window_before_it(store):
    full = dyad_series(store, "ARM", "AZE")
    cut = dyad_series(store, "ARM", "AZE", since=D2, until=D2)
    assert cut == [full[1]]


def test_copies_of_one_event_count_once(store):
    store.execute("INSERT INTO event_links VALUES ('e0000003', 'e0000001', FALSE)")
    store.execute("INSERT INTO event_links VALUES ('e0000001', 'e0000001', TRUE)")
    days = [r["day"] for r in dyad_series(store, "ARM", "AZE")]
    assert days == [D1, D2]


def test_organisations_are_sides_and_self_pairs_are_not_top_dyads(store):
    assert dyad_series(store, "RUS", "CSTO")[0]["q1"] == 1
    pairs = top_dyads(store)
    assert [(p["a"], p["b"]) for p in pairs] == [("ARM", "AZE"), ("CSTO", "RUS")]
    assert pairs[0]["conflict"] == 2 and pairs[0]["events"] == 3
    assert pairs[0]["tension"] == pytest.approx(12 / 4)
    assert top_dyads(store, limit=1) == pairs[:1]
    assert top_dyads(store, since=D9)[0]["events"] == 1


def test_cli_tension_formats(store, cli, tmp_path):
    db = store.url
    store.close()
    table = cli("tension", "ARM", "AZE", "--db", db)
    assert table.returncode == 0, table.stderr
    assert "tension █" in table.stdout and "2021-03-09" in table.stdout
    lines = cli("tension", "ARM", "AZE", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["q4"] for x in lines] == [1, 0, 0]
    csv = cli("tension", "ARM", "AZE", "--db", db, "--format", "csv", "--since", "2021-03-02")
    assert csv.stdout.splitlines()[0].startswith("day,events,q1")
    assert len(csv.stdout.splitlines()) == 3
    png = tmp_path / "plot.png"
    made = cli("tension", "ARM", "AZE", "--db", db, "--format", "png", "--output", str(png))
    assert made.returncode == 0, made.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
    none = cli("tension", "ARM", "USA", "--db", db)
    assert none.returncode == 0 and "no reports between ARM and USA" in none.stderr
    bad = cli("tension", "ARM", "AZE", "--db", db, "--since", "May")
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_png_without_matplotlib_is_a_one_line_error(store, tmp_path):
    db = store.url
    store.close()
    program = ("import sys; sys.modules['matplotlib'] = None; "
               f"sys.argv = ['faultline', 'tension', 'ARM', 'AZE', '--db', {db!r}, "
               f"'--format', 'png', '--output', {str(tmp_path / 'x.png')!r}]; "
               "from faultline.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: png output needs matplotlib: pip install 'faultline[plot]'"]
    assert not (tmp_path / "x.png").exists()
