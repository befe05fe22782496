"""Dyads whose relation changed significantly between consecutive time windows.

Method: events between two states (either direction) are binned into consecutive windows of the
given length (``30d`` = 30 days, aligned on 2000-01-03). For each window with at least
``min_events`` events and a previous window that also has them, the change in mean Goldstein is
tested with a Welch-style z score: z = (mean_now - mean_before) / sqrt(var_now/n_now +
var_before/n_before + 1/n_now + 1/n_before); the last two terms are a small-sample floor (one
Goldstein unit of noise) so that windows of identical events cannot produce an infinite z.
Dyads with |z| >= threshold are reported with the events of the new window that moved furthest from
the previous mean (the drivers), each with its evidence.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb

from realpolitik.analysis.evidence import evidence_for
from realpolitik.analysis.query import Filters, StoreLike, as_connection, country_expr, fetch_dicts, known_states
from realpolitik.errors import InputError

_WINDOW = re.compile(r"^(\d+)\s*([dwmy]?)$")
_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365, "": 1}


def window_days(window: str) -> int:
    """``30d`` / ``4w`` / ``3m`` / ``1y`` / ``30`` → days."""
    m = _WINDOW.match(window.strip().lower())
    if not m or int(m.group(1)) <= 0:
        raise InputError(f"--window {window!r}: expected e.g. 30d, 4w, 3m or 1y")
    return int(m.group(1)) * _DAYS[m.group(2)]


def shifts(
    store: StoreLike, window: str = "30d", filters: Filters | None = None,
    threshold: float = 2.0, min_events: int = 3, drivers: int = 3, limit: int = 50,
) -> list[dict[str, Any]]:
    """Significant changes in dyads' windowed mean Goldstein, strongest first, with driving events."""
    con = as_connection(store)
    days = window_days(window)
    filters = filters or Filters()
    where, params = filters.sql("e")
    sql = f"""
    WITH ev AS (
        SELECT {country_expr('source')} AS sc, {country_expr('target')} AS tc, e.event_id, e.goldstein,
               time_bucket(INTERVAL '{days} days', e.event_date, DATE '2000-01-03') AS win
        FROM events e WHERE e.event_date IS NOT NULL AND e.goldstein IS NOT NULL AND {where}
    ), w AS (
        SELECT least(sc, tc) AS a, greatest(sc, tc) AS b, win, count(*) AS n, avg(goldstein) AS mean,
               coalesce(var_samp(goldstein), 0) AS var
        FROM ev WHERE sc IS NOT NULL AND tc IS NOT NULL AND sc <> tc GROUP BY ALL HAVING count(*) >= ?
    ), lagged AS (
        SELECT a, b, win, n, mean, var,
               lag(win) OVER d AS prev_win, lag(n) OVER d AS prev_n, lag(mean) OVER d AS prev_mean,
               lag(var) OVER d AS prev_var
        FROM w WHERE a IN ({known_states()}) AND b IN ({known_states()})
        WINDOW d AS (PARTITION BY a, b ORDER BY win)
    )
    SELECT a, b, CAST(prev_win AS DATE) AS before_start, CAST(win AS DATE) AS after_start,
           prev_n AS n_before, n AS n_after, round(prev_mean, 3) AS mean_before, round(mean, 3) AS mean_after,
           round((mean - prev_mean) / sqrt(var / n + prev_var / prev_n + 1.0 / n + 1.0 / prev_n), 3) AS z
    FROM lagged WHERE prev_win IS NOT NULL
      AND abs((mean - prev_mean) / sqrt(var / n + prev_var / prev_n + 1.0 / n + 1.0 / prev_n)) >= ?
    ORDER BY abs(z) DESC, a, b, win LIMIT ?
    """
    rows = fetch_dicts(con, sql, [*params, int(min_events), float(threshold), int(limit)])
    for r in rows:
        start, end = r["after_start"], r["after_start"]
        r["direction"] = "warming" if r["z"] > 0 else "cooling"
        r["before_start"] = r["before_start"].isoformat()
        r["after_start"] = start.isoformat()
        ids = _drivers(con, r["a"], r["b"], start, end, days, float(r["mean_before"]), drivers, filters)
        r["drivers"] = evidence_for(con, ids, per_event=1)
    return rows


def _drivers(
    con: duckdb.DuckDBPyConnection, a: str, b: str, start: Any, _end: Any, days: int, prev_mean: float,
    n: int, filters: Filters,
) -> list[str]:
    where, params = filters.sql("e")
    sql = f"""
    SELECT e.event_id FROM events e
    WHERE e.event_date >= ? AND e.event_date < ? + INTERVAL '{days} days' AND e.goldstein IS NOT NULL
      AND least({country_expr('source')}, {country_expr('target')}) = ?
      AND greatest({country_expr('source')}, {country_expr('target')}) = ? AND {where}
    ORDER BY abs(e.goldstein - ?) DESC, e.event_id LIMIT ?
    """
    return [r[0] for r in con.execute(sql, [start, start, a, b, *params, prev_mean, n]).fetchall()]
