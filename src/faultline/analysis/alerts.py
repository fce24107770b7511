"""Alerts: days when conflict between a pair of actors rises above the pair's own recent past.

Method (a conditional test of two Poisson rates): for each undirected pair and each day d
with reports, let c be the number of conflictual events (quad classes 3 and 4) in the
RECENT_DAYS days ending on d, and r the number in the BASELINE_DAYS days before those. If
the pair's rate of conflict did not change, then given n = c + r, c is binomial with
p0 = RECENT_DAYS / (RECENT_DAYS + BASELINE_DAYS). The p-value is the exact binomial upper
tail P(X >= c), and the score is its one-sided normal equivalent z = -Phi^-1(p). A day
alerts when z >= THRESHOLD (3.5, p ~ 2.3e-4: about one false alarm per pair per 12 years of
daily tests under a steady rate) and c >= MIN_EVENTS (so a lone report never alerts).

The counts are windowed in SQL over ``dyad_days`` and a continuity-corrected normal
approximation of the same test screens the pair-days (it overstates small-count evidence,
so screening at THRESHOLD - 1 loses nothing); the exact tail is computed for the few that
pass. Days are only tested when the database holds a full baseline before them (its first
event at least RECENT_DAYS + BASELINE_DAYS days earlier), so the start of the record does
not read as a rise. Alerting days of one pair less than RECENT_DAYS apart are one alert,
reported at its first day, with the conflictual events of that day's window as evidence.

Counting follows ``tension``: merged events, no negated or hypothetical ones, historical
ones on their own dates; an actor with itself is not a pair.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from statistics import NormalDist
from typing import Any

from faultline.analysis.tension import PRIOR, window_clause
from faultline.store.base import Store

RECENT_DAYS = 7
BASELINE_DAYS = 28
THRESHOLD = 3.5
#: Above this many events the normal approximation replaces the exact tail.
EXACT_UP_TO = 5000
MIN_EVENTS = 3
#: At most this many event ids of evidence per alert.
EVIDENCE_LIMIT = 50

ALERT_KEYS = ("a", "b", "day", "tension", "baseline", "score", "events", "expected",
              "through", "evidence")


def _scan_sql(day_clause: str) -> str:
    """Every tested pair-day with its counts, tension, baseline tension and z score."""
    history = RECENT_DAYS + BASELINE_DAYS
    return f"""
        WITH days AS (
            SELECT least(a, b) AS a, greatest(a, b) AS b, day, sum(events) AS events,
                   sum(q3 + q4) AS conflict, sum(conflict_mass) AS conflict_mass
            FROM dyad_days WHERE a <> b AND {day_clause}
            GROUP BY least(a, b), greatest(a, b), day
        ), windows AS (
            SELECT a, b, day, conflict,
                   sum(conflict) OVER recent AS c, sum(events) OVER recent AS n_recent,
                   sum(conflict_mass) OVER recent AS m_recent,
                   sum(conflict) OVER history AS c_all, sum(events) OVER history AS n_all,
                   sum(conflict_mass) OVER history AS m_all
            FROM days
            WINDOW recent AS (PARTITION BY a, b {window_clause(RECENT_DAYS)}),
                   history AS (PARTITION BY a, b {window_clause(history)})
        ), scored AS (
            SELECT a, b, day, c, c_all - c AS r,
                   CAST(m_recent AS DOUBLE PRECISION) / (n_recent + ?) AS tension,
                   CAST(m_all - m_recent AS DOUBLE PRECISION) / (n_all - n_recent + ?)
                       AS baseline,
                   (c - 0.5 - c_all * ?) / sqrt(c_all * ? * (1 - ?)) AS score
            FROM windows WHERE conflict > 0
        )
        SELECT a, b, day, tension, baseline, score, c, r FROM scored
        WHERE score >= ? AND c >= ? AND day >= ?
        ORDER BY a, b, day"""


def first_day(store: Store) -> date | None:
    """The earliest day any counted event falls on: where the record starts."""
    rows = store.execute("SELECT min(date_start) FROM merged_events "
                         "WHERE NOT negated AND NOT hypothetical")
    return rows[0][0] if rows else None


def find_alerts(store: Store, since: date | None = None, until: date | None = None,
                threshold: float = THRESHOLD,
                min_events: int = MIN_EVENTS) -> list[dict[str, Any]]:
    """Rises of conflict between pairs of actors, strongest first, each with its evidence."""
    start = first_day(store)
    if start is None:
        return []
    history = RECENT_DAYS + BASELINE_DAYS
    tested_from = max(start + timedelta(days=history), since or start)
    lookback = tested_from - timedelta(days=history - 1)
    clauses, params = ["day >= ?"], [lookback]
    if until:
        clauses.append("day <= ?")
        params.append(until)
    day_clause = " AND ".join(clauses)
    p0 = RECENT_DAYS / history
    screened = store.execute(_scan_sql(day_clause),
                             [*params, PRIOR, PRIOR, p0, p0, p0, threshold - 1, min_events,
                              tested_from])
    rows = []
    for row in screened:
        score = rise_score(int(row[6]), int(row[6]) + int(row[7]), p0)
        if score >= threshold:
            rows.append((*row[:5], score, *row[6:]))
    alerts = [_alert(run) for run in _runs(rows)]
    for alert, ids in zip(alerts, evidence(store, alerts), strict=True):
        alert["evidence"] = ids
    return sorted(alerts, key=lambda a: (-a["score"], a["day"], a["a"], a["b"]))


def upper_tail(c: int, n: int, p: float) -> float:
    """P(X >= c) for X binomial(n, p): exact up to EXACT_UP_TO, else normal approximation."""
    if c <= 0:
        return 1.0
    if c > n:
        return 0.0
    if n > EXACT_UP_TO:
        z = (c - 0.5 - n * p) / math.sqrt(n * p * (1 - p))
        return NormalDist().cdf(-z)
    if c > n * p:
        return min(1.0, _outer_sum(c, n, p, up=True))
    return max(0.0, 1.0 - _outer_sum(c - 1, n, p, up=False))


def _outer_sum(k: int, n: int, p: float, up: bool) -> float:
    """Binomial terms from k away from the mean (up or down), each from the last by their ratio.

    Away from the mean the terms only fall, so the sum stops once they no longer count.
    """
    log_term = (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
                + k * math.log(p) + (n - k) * math.log1p(-p))
    if log_term < -745:  # the largest term underflows: so does the sum
        return 0.0
    term, total, odds = math.exp(log_term), 0.0, p / (1 - p)
    while 0 <= k <= n and term >= total * 1e-17:
        total += term
        term *= (n - k) / (k + 1) * odds if up else k / (n - k + 1) / odds
        k += 1 if up else -1
    return total


def rise_score(c: int, n: int, p: float) -> float:
    """The normal-equivalent z of seeing c or more of n events in the recent window."""
    tail = max(upper_tail(c, n, p), 1e-300)
    return -NormalDist().inv_cdf(tail) if tail < 1.0 else float("-inf")


def _runs(rows: list[tuple]) -> list[list[tuple]]:
    """Group alerting days of one pair that lie less than RECENT_DAYS apart."""
    runs: list[list[tuple]] = []
    for row in rows:
        last = runs[-1][-1] if runs else None
        if last and last[:2] == row[:2] and (row[2] - last[2]).days < RECENT_DAYS:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _alert(run: list[tuple]) -> dict[str, Any]:
    a, b, day, tension, baseline, score, c, r = run[0]
    expected = (int(c) + int(r)) * RECENT_DAYS / (RECENT_DAYS + BASELINE_DAYS)
    return {"a": a, "b": b, "day": day, "tension": round(float(tension), 4),
            "baseline": round(float(baseline), 4), "score": round(float(score), 3),
            "events": int(c), "expected": round(expected, 3), "through": run[-1][2],
            "evidence": []}


def evidence(store: Store, alerts: list[dict[str, Any]]) -> list[list[str]]:
    """For each alert, its pair's conflictual merged events in the week ending on its day.

    One scan for all alerts: the alerts go in as a VALUES list the events are joined to.
    """
    if not alerts:
        return []
    values = ", ".join("(CAST(? AS INTEGER), CAST(? AS TEXT), CAST(? AS TEXT), "
                       "CAST(? AS DATE), CAST(? AS DATE))" for _ in alerts)
    params: list[Any] = []
    for i, alert in enumerate(alerts):
        params += [i, alert["a"], alert["b"],
                   alert["day"] - timedelta(days=RECENT_DAYS - 1), alert["day"]]
    rows = store.execute(
        f"WITH wanted (i, a, b, first_day, last_day) AS (VALUES {values}), "
        "sides AS (SELECT event_id, date_start, coalesce(source_country, source_org) AS s, "
        "coalesce(target_country, target_org) AS t FROM merged_events "
        "WHERE quad_class >= 3 AND NOT negated AND NOT hypothetical), "
        "conflict AS (SELECT event_id, date_start, least(s, t) AS a, greatest(s, t) AS b "
        "FROM sides) "
        "SELECT w.i, c.event_id FROM wanted w JOIN conflict c ON c.a = w.a AND c.b = w.b "
        "AND c.date_start BETWEEN w.first_day AND w.last_day "
        "ORDER BY w.i, c.date_start, c.event_id", params)
    found: list[list[str]] = [[] for _ in alerts]
    for i, event_id in rows:
        if len(found[i]) < EVIDENCE_LIMIT:
            found[i].append(event_id)
    return found
