"""Alerts on rises: a step in a pair's conflict rate must alert, steady noise must not."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from faultline.analysis.alerts import find_alerts, rise_score, upper_tail
from synthetic import conflict_stream, event, store_events

START = date(2021, 1, 1)
STEP = START + timedelta(days=60)


def test_step_rise_alerts_within_a_week_with_its_evidence(db_url):
    events = conflict_stream(START, [1.0] * 60 + [5.0] * 20, seed=3)
    with store_events(db_url, events) as store:
        found = find_alerts(store)
        assert len(found) == 1
        alert = found[0]
        assert (alert["a"], alert["b"]) == ("AAA", "BBB")
        assert STEP <= alert["day"] <= STEP + timedelta(days=6)
        assert alert["score"] >= 3.5 and alert["events"] > 2 * alert["expected"]
        window = {e.event_id for e in events
                  if alert["day"] - timedelta(days=6) <= date.fromisoformat(e.date)
                  <= alert["day"]}
        assert set(alert["evidence"]) == window and len(window) == alert["events"]
        assert alert["tension"] == pytest.approx(2.0, abs=0.4)  # accusations weigh 2, +1 prior


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("rate", [0.3, 2.0, 8.0])
def test_steady_noise_does_not_alert(tmp_path, seed, rate):
    events = conflict_stream(START, [rate] * 240, seed=seed)
    with store_events(tmp_path / "noise.duckdb", events) as store:
        assert find_alerts(store) == []


def test_the_same_step_in_cooperation_does_not_alert(db_url):
    events = [event(i, START + timedelta(days=i // 6), "AAA", "BBB", "040")
              for i in range(6 * 90)]
    with store_events(db_url, events) as store:
        assert find_alerts(store) == []


def test_the_start_of_the_record_is_not_a_rise(tmp_path):
    stream = conflict_stream(START, [8.0] * 90, seed=1)
    with store_events(tmp_path / "start.duckdb", stream) as store:
        assert find_alerts(store) == []
    # the same stream after a month of other reports: now its first week is a rise
    earlier = event(9_000_000, START - timedelta(days=40), "CCC", "DDD", "040")
    with store_events(tmp_path / "later.duckdb", [earlier, *stream]) as store:
        assert [a["day"] for a in find_alerts(store)] == [START]


def test_since_and_until_bound_the_tested_days(db_url):
    events = conflict_stream(START, [1.0] * 60 + [5.0] * 20, seed=3)
    with store_events(db_url, events) as store:
        assert find_alerts(store, until=STEP - timedelta(days=1)) == []
        assert find_alerts(store, since=STEP + timedelta(days=40)) == []
        assert len(find_alerts(store, since=STEP - timedelta(days=10))) == 1


def test_exact_tail_matches_hand_computed_binomials():
    assert upper_tail(3, 3, 0.2) == pytest.approx(0.008)
    assert upper_tail(0, 10, 0.2) == 1.0
    assert upper_tail(1, 2, 0.5) == pytest.approx(0.75)
    assert rise_score(3, 3, 0.2) == pytest.approx(2.409, abs=1e-3)
    assert rise_score(1, 5, 0.2) < 0


def test_cli_alerts(db_url, cli):
    events = conflict_stream(START, [1.0] * 60 + [5.0] * 20, seed=3)
    store_events(db_url, events).close()
    db = db_url
    lines = cli("alerts", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["evidence"]
    table = cli("alerts", "--db", db)
    assert table.returncode == 0 and "AAA" in table.stdout and "2021-03-0" in table.stdout
    assert cli("alerts", "--db", db, "--since", "2021-05-01", "-f", "csv").stdout.strip() == (
        "a,b,day,tension,baseline,score,events,expected,through,evidence")
    assert len(cli("alerts", "--db", db, "--threshold", "9", "-f", "jsonl").stdout) == 0
