"""How tense a pair of actors is, day by day, computed in SQL over the ``dyad_days`` view.

The tension index of a pair on day d is

    tension(d) = M(d-6 .. d) / (N(d-6 .. d) + PRIOR)

where M is the conflictual Goldstein mass (the sum of -goldstein over events scoring below
zero) and N the number of events reported between the pair in the trailing WINDOW_DAYS
days. It reads as the average conflict weight per report over the past week, on
Goldstein's 0-10 scale: cooperation between the pair dilutes it, conflict raises it,
and PRIOR (one neutral pseudo-report) keeps a single report from reaching the extremes.
Days with no reports still count as days: the window is calendar days, not rows.

Events are read from ``merged_events`` (copies of one story count once), without negated
or hypothetical events; historical events count on their own, past, dates. A side of a
pair is its country, else its organisation (ARM, CSTO).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from faultline.store.base import Store, range_clause

#: Calendar days the tension index looks back over, the day itself included.
WINDOW_DAYS = 7
#: Neutral pseudo-reports added to the volume, so sparse pairs shrink towards zero.
PRIOR = 1.0

SERIES_KEYS = ("day", "events", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean",
               "tension")
DYAD_KEYS = ("a", "b", "events", "conflict", "goldstein_mean", "tension")


def window_clause(days: int) -> str:
    """The trailing window over calendar days, written the way DuckDB and PostgreSQL share."""
    return (f"ORDER BY day RANGE BETWEEN INTERVAL '{int(days) - 1} days' PRECEDING "
            "AND CURRENT ROW")


def _pair_clause(a: str, b: str, directed: bool) -> tuple[str, list[str]]:
    if directed:
        return "a = ? AND b = ?", [a, b]
    return "((a = ? AND b = ?) OR (a = ? AND b = ?))", [a, b, b, a]


def dyad_series(store: Store, a: str, b: str, since: date | None = None,
                until: date | None = None, directed: bool = False) -> list[dict[str, Any]]:
    """One dict per day with reports between ``a`` and ``b`` (either way unless ``directed``).

    The smoothing window reaches back before ``since``, so the first days of a range have
    the same tension as in the full series.
    """
    pair, pair_params = _pair_clause(a, b, directed)
    lookback = since - timedelta(days=WINDOW_DAYS - 1) if since else None
    inner, inner_params = range_clause("day", lookback, until)
    outer, outer_params = range_clause("day", since, until)
    sql = f"""
        WITH days AS (
            SELECT day, sum(events) AS events, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3,
                   sum(q4) AS q4, sum(goldstein_sum) AS goldstein_sum,
                   sum(conflict_mass) AS conflict_mass
            FROM dyad_days WHERE {pair} AND {inner}
            GROUP BY day
        ), smoothed AS (
            SELECT day, events, q1, q2, q3, q4, goldstein_sum,
                   goldstein_sum / events AS goldstein_mean,
                   CAST(sum(conflict_mass) OVER w AS DOUBLE PRECISION)
                       / (sum(events) OVER w + ?) AS tension
            FROM days
            WINDOW w AS ({window_clause(WINDOW_DAYS)})
        )
        SELECT {", ".join(SERIES_KEYS)} FROM smoothed WHERE {outer} ORDER BY day"""
    rows = store.execute(sql, [*pair_params, *inner_params, PRIOR, *outer_params])
    return [_series_row(row) for row in rows]


def _series_row(row: tuple) -> dict[str, Any]:
    record = dict(zip(SERIES_KEYS, row, strict=True))
    for key in ("events", "q1", "q2", "q3", "q4"):
        record[key] = int(record[key])
    for key in ("goldstein_sum", "goldstein_mean", "tension"):
        record[key] = round(float(record[key]), 4)
    return record


def top_dyads(store: Store, since: date | None = None, until: date | None = None,
              limit: int = 20) -> list[dict[str, Any]]:
    """The pairs with the most conflictual reports in a period, for the dashboard.

    Pairs are undirected (``a`` sorts before ``b``), an actor with itself is left out;
    ``conflict`` counts verbal and material conflict (quad classes 3 and 4), and
    ``tension`` is the index over the whole period.
    """
    days, params = range_clause("day", since, until)
    sql = f"""
        SELECT least(a, b) AS a, greatest(a, b) AS b, sum(events) AS events,
               sum(q3 + q4) AS conflict, sum(goldstein_sum) / sum(events) AS goldstein_mean,
               CAST(sum(conflict_mass) AS DOUBLE PRECISION) / (sum(events) + ?) AS tension
        FROM dyad_days WHERE a <> b AND {days}
        GROUP BY least(a, b), greatest(a, b)
        ORDER BY conflict DESC, tension DESC, a, b
        LIMIT ?"""
    rows = store.execute(sql, [PRIOR, *params, limit])
    return [{"a": a_, "b": b_, "events": int(n), "conflict": int(c),
             "goldstein_mean": round(float(g), 4), "tension": round(float(t), 4)}
            for a_, b_, n, c, g, t in rows]
