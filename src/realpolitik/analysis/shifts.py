"""Dyads whose relation changed, found by a test against each dyad's own history.

Events between two states (either direction) are binned into consecutive windows (``30d`` = 30
days, aligned on 2000-01-03). Each window W of a dyad with at least ``min_events`` events is
compared with the dyad's ``history`` preceding windows H, provided the store covered them (the whole
store has at least as many events in H as in W, so the first windows of a store are not tested).
Two things can change, and both are tested:

- **the mix**: the QuadClass counts of W against those of H, a 2×4 likelihood-ratio (G) test of
  homogeneity; H carries a prior of ``PRIOR_EVENTS`` pseudo-events in the period's overall QuadClass
  mix (the between-dyad spread of mixes on real data is that of a Dirichlet with about eight events
  of weight), so two events of history cannot make a window look new; a dyad with no history at all
  has no mix to change (only its intensity is tested);
- **the conflict intensity** (one-sided, a rise): the number of conflict events (QuadClass 3–4) in
  W against the count H predicts, scaled by how many events the whole store has in W relative to H
  (news volume moves every dyad at once). The expected count is (conflict in H + c0) · volume(W) /
  volume(H), where c0 is what the two states' overall conflict activity predicts for the pair over H
  (C_a·C_b / 2C, the configuration-model expectation). Its Poisson G statistic is divided by a
  dispersion φ estimated from all tested windows (median Pearson residual² / 0.455, the χ²₁
  median), because real counts vary more than Poisson. Only a rise counts: news about a dyad falls
  away when nothing happens, so fewer conflict reports in a quiet window are no evidence of
  reconciliation unless the mix says so.

G_mix + G_conflict / φ is referred to χ² with 4 degrees of freedom (conservative for the one-sided
part); p-values are corrected over every tested window of every dyad with Benjamini–Hochberg, and a
window counts as a shift when its q-value is at most ``alpha``. ``z`` is the signed normal score of
p (the strength of evidence; its sign gives the direction). Direction: "cooling" where the conflict
intensity carries most of the evidence, otherwise the sign of the change in mean Goldstein (history
shrunk toward the period mean with the same prior). A cooperation surge alone (a state visit) moves
neither the mix much nor the conflict count, so coverage spikes are not shifts. Of consecutive
significant windows of one dyad in one direction only the strongest is kept. Each shift lists the
events of its window that drive it: the most hostile conflict events for a cooling, the most
cooperative events for a warming.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import duckdb
import numpy as np

from realpolitik.analysis.evidence import evidence_for
from realpolitik.analysis.query import Filters, StoreLike, as_connection, country_expr, known_states
from realpolitik.errors import InputError

_WINDOW = re.compile(r"^(\d+)\s*([dwmy]?)$")
_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365, "": 1}
PRIOR_EVENTS = 8.0
CHI2_1_MEDIAN = 0.4549


def window_days(window: str) -> int:
    """``30d`` / ``4w`` / ``3m`` / ``1y`` / ``30`` → days."""
    m = _WINDOW.match(window.strip().lower())
    if not m or int(m.group(1)) <= 0:
        raise InputError(f"--window {window!r}: expected e.g. 30d, 4w, 3m or 1y")
    return int(m.group(1)) * _DAYS[m.group(2)]


def _windows_sql(days: int, history: int, where: str) -> str:
    return f"""
    WITH ev AS (
        SELECT {country_expr('source')} AS sc, {country_expr('target')} AS tc, e.quad_class AS q, e.goldstein AS g,
               time_bucket(INTERVAL '{days} days', e.event_date, DATE '2000-01-03') AS win
        FROM events e WHERE e.event_date IS NOT NULL AND e.quad_class BETWEEN 1 AND 4 AND {where}
    ), w AS (
        SELECT least(sc, tc) AS a, greatest(sc, tc) AS b, win, count(*) AS n,
               count(*) FILTER (WHERE q = 1) AS q1, count(*) FILTER (WHERE q = 2) AS q2,
               count(*) FILTER (WHERE q = 3) AS q3, count(*) FILTER (WHERE q = 4) AS q4,
               sum(coalesce(g, 0)) AS gs
        FROM ev WHERE sc IS NOT NULL AND tc IS NOT NULL AND sc <> tc GROUP BY ALL
    ), s AS (
        SELECT * FROM w WHERE a IN ({known_states()}) AND b IN ({known_states()})
    )
    SELECT a, b, CAST(win AS DATE) AS win, n, q1, q2, q3, q4, gs,
           coalesce(sum(q1) OVER h, 0) AS h1, coalesce(sum(q2) OVER h, 0) AS h2,
           coalesce(sum(q3) OVER h, 0) AS h3, coalesce(sum(q4) OVER h, 0) AS h4,
           coalesce(sum(gs) OVER h, 0) AS hgs
    FROM s
    WINDOW h AS (PARTITION BY a, b ORDER BY win
                 RANGE BETWEEN INTERVAL '{days * history} days' PRECEDING AND INTERVAL '{days} days' PRECEDING)
    ORDER BY a, b, win
    """


def _bh(logp: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg q-values from natural-log p-values (log domain, so tiny p stay ordered)."""
    m = len(logp)
    if not m:
        return logp
    order = np.argsort(logp)
    ranked = logp[order] + math.log(m) - np.log(np.arange(1, m + 1))
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 0.0)
    return out


def _g_poisson(obs: np.ndarray, exp: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return 2 * (np.where(obs > 0, obs * np.log(obs / exp), 0.0) - (obs - exp))


def _g_mix(window: np.ndarray, hist: np.ndarray) -> np.ndarray:
    """2×K likelihood-ratio statistic of homogeneity, one row per test."""
    table = np.stack([window, hist], axis=0)
    rows = table.sum(axis=2, keepdims=True)
    cols = table.sum(axis=0, keepdims=True)
    expected = rows * cols / rows.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return 2 * np.where(table > 0, table * np.log(table / expected), 0.0).sum(axis=(0, 2))


def shift_tests(
    store: StoreLike, window: str = "30d", filters: Filters | None = None, min_events: int = 5,
    history: int = 6,
) -> list[dict[str, Any]]:
    """Every tested dyad-window with its statistics (before the FDR cut), for ``shifts`` and study."""
    from scipy import special, stats

    con = as_connection(store)
    days = window_days(window)
    if history < 1:
        raise InputError("--history: at least one window")
    filters = filters or Filters()
    where, params = filters.sql("e")
    cols = con.execute(_windows_sql(days, history, where), params).fetchnumpy()
    if not len(cols["a"]):
        return []
    a, b, win = cols["a"].astype(str), cols["b"].astype(str), cols["win"]
    counts = np.stack([cols[f"q{k}"] for k in range(1, 5)], axis=1).astype(float)
    hist = np.stack([cols[f"h{k}"] for k in range(1, 5)], axis=1).astype(float)
    n, nh = counts.sum(axis=1), hist.sum(axis=1)
    mix = counts.sum(axis=0) / counts.sum()
    g_mean = float(np.asarray(cols["gs"], dtype=float).sum() / counts.sum())

    wins = np.unique(win)
    volume = {w: float(n[win == w].sum()) for w in wins}
    span = {w: sum(volume[x] for x in wins[max(0, i - history):i]) for i, w in enumerate(wins)}
    vol_w = np.array([volume[w] for w in win])
    vol_h = np.array([span[w] for w in win])

    conflict = counts[:, 2] + counts[:, 3]
    conflict_h = hist[:, 2] + hist[:, 3]
    by_state: dict[str, float] = {}
    for x, y, c in zip(a, b, conflict, strict=True):
        by_state[x] = by_state.get(x, 0.0) + c
        by_state[y] = by_state.get(y, 0.0) + c
    total_conflict = max(conflict.sum(), 1.0)
    share_h = vol_h / max(sum(volume.values()), 1.0)
    c0 = np.array([by_state[x] * by_state[y] / (2 * total_conflict) for x, y in zip(a, b, strict=True)]) * share_h
    c0 = np.maximum(c0, 0.5 * (mix[2] + mix[3]))
    expected = (conflict_h + c0) * vol_w / np.maximum(vol_h, 1.0)

    tested = (n >= min_events) & (vol_h >= vol_w)
    if not tested.any():
        return []
    g_c = np.where(conflict > expected, _g_poisson(conflict, expected), 0.0)
    pearson = (conflict - expected) ** 2 / expected
    phi = max(1.0, float(np.median(pearson[tested])) / CHI2_1_MEDIAN)
    g_m = np.where(nh > 0, _g_mix(counts, hist + PRIOR_EVENTS * mix), 0.0)
    g_total = np.nan_to_num(g_m + g_c / phi, nan=0.0, posinf=1e6)
    logp = stats.chi2.logsf(g_total, 4)
    idx = np.flatnonzero(tested)
    logq = _bh(logp[idx])
    mean_before = (np.asarray(cols["hgs"], dtype=float) + PRIOR_EVENTS * g_mean) / (nh + PRIOR_EVENTS)
    mean_after = np.asarray(cols["gs"], dtype=float) / n
    out: list[dict[str, Any]] = []
    for j, i in enumerate(idx):
        by_conflict = g_c[i] / phi > g_m[i]
        warming = conflict[i] < expected[i] if by_conflict else mean_after[i] > mean_before[i]
        strength = float(-special.ndtri_exp(logp[i] - math.log(2)))
        out.append({
            "a": str(a[i]), "b": str(b[i]), "after_start": _day(win[i]), "days": days,
            "n_before": int(nh[i]), "n_after": int(n[i]),
            "mean_before": round(float(mean_before[i]), 3), "mean_after": round(float(mean_after[i]), 3),
            "quad_before": [int(x) for x in hist[i]], "quad_after": [int(x) for x in counts[i]],
            "conflict_expected": round(float(expected[i]), 1), "conflict_after": int(conflict[i]),
            "g_mix": round(float(g_m[i]), 2), "g_conflict": round(float(g_c[i] / phi), 2),
            "driven_by": "conflict intensity" if by_conflict else "event mix",
            "log10_p": round(float(logp[i] / math.log(10)), 2), "log10_q": round(float(logq[j] / math.log(10)), 2),
            "z": round(strength if warming else -strength, 3),
            "direction": "warming" if warming else "cooling",
            "dispersion": round(phi, 3),
        })
    return out


def _day(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else \
        date.fromisoformat(str(value)[:10])


def shifts(
    store: StoreLike, window: str = "30d", filters: Filters | None = None,
    threshold: float = 2.0, min_events: int = 5, drivers: int = 3, limit: int = 50,
    alpha: float = 0.05, history: int = 6,
) -> list[dict[str, Any]]:
    """Significant changes in dyads' relations, strongest evidence first, each with its driving events.

    A window is a shift when its Benjamini–Hochberg q-value is at most ``alpha`` and its |z| at least
    ``threshold``; of consecutive shifts of one dyad in one direction only the strongest is kept.
    """
    if not 0 < alpha <= 1:
        raise InputError(f"--alpha {alpha}: must be in (0, 1]")
    con = as_connection(store)
    tests = shift_tests(con, window, filters, min_events, history)
    cut = math.log10(alpha)
    significant = [t for t in tests if t["log10_q"] <= cut and abs(t["z"]) >= threshold]
    kept = _strongest_of_runs(significant)
    kept.sort(key=lambda t: (t["log10_p"], t["a"], t["b"], t["after_start"]))
    rows = kept[:limit]
    days = window_days(window)
    for r in rows:
        start = r["after_start"]
        r["before_start"] = (start - _timedelta(days * history)).isoformat()
        r["after_end"] = (start + _timedelta(days - 1)).isoformat()
        r["after_start"] = start.isoformat()
    _attach_drivers(con, rows, drivers, filters or Filters())
    return rows


def _timedelta(days: int) -> Any:
    from datetime import timedelta

    return timedelta(days=days)


def _strongest_of_runs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Collapse consecutive significant windows of one dyad and direction to the strongest one."""
    rows = sorted(rows, key=lambda t: (t["a"], t["b"], t["direction"], t["after_start"]))
    out: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    for t in rows:
        if run and ((t["a"], t["b"], t["direction"]) != (run[-1]["a"], run[-1]["b"], run[-1]["direction"])
                    or (t["after_start"] - run[-1]["after_start"]).days > t["days"]):
            out.append(min(run, key=lambda r: r["log10_p"]))
            run = []
        run.append(t)
    if run:
        out.append(min(run, key=lambda r: r["log10_p"]))
    return out


def _attach_drivers(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]], per: int, filters: Filters) -> None:
    """One query for all shifts: the window's conflict events (cooling) or cooperative events (warming)
    between the two states, most extreme Goldstein first."""
    if not rows:
        return
    where, params = filters.sql("e")
    keys = [(r["a"], r["b"], r["after_start"], r["days"], r["direction"] == "cooling") for r in rows]
    sql = f"""
    WITH k AS (
        SELECT unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS b, unnest(?::DATE[]) AS d0,
               unnest(?::INTEGER[]) AS days, unnest(?::BOOLEAN[]) AS cooling
    ), ev AS (
        SELECT e.event_id, e.event_date, e.goldstein, e.quad_class, e.num_mentions,
               least({country_expr('source')}, {country_expr('target')}) AS a,
               greatest({country_expr('source')}, {country_expr('target')}) AS b
        FROM events e WHERE e.event_date BETWEEN ? AND ? AND {where}
    ), hit AS (
        SELECT ev.event_id, k.a, k.b, k.d0,
               row_number() OVER (PARTITION BY k.a, k.b, k.d0 ORDER BY
                   CASE WHEN k.cooling THEN ev.goldstein ELSE -ev.goldstein END, ev.num_mentions DESC,
                   ev.event_date, ev.event_id) AS r
        FROM k JOIN ev ON ev.a = k.a AND ev.b = k.b AND ev.event_date >= k.d0
             AND ev.event_date < k.d0 + k.days
             AND (CASE WHEN k.cooling THEN ev.quad_class IN (3, 4) ELSE ev.quad_class IN (1, 2) END)
    )
    SELECT a, b, d0, event_id FROM hit WHERE r <= ? ORDER BY a, b, d0, r
    """
    lo = min(date.fromisoformat(k[2]) for k in keys)
    hi = max(date.fromisoformat(k[2]) for k in keys) + _timedelta(max(k[3] for k in keys))
    found = con.execute(sql, [[k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys],
                              [k[3] for k in keys], [k[4] for k in keys], lo, hi, *params, per]).fetchall()
    ids: dict[tuple[str, str, str], list[str]] = {}
    for x, y, d0, event_id in found:
        ids.setdefault((x, y, _day(d0).isoformat()), []).append(event_id)
    names = _names(con, [i for v in ids.values() for i in v])
    for r in rows:
        chosen = ids.get((r["a"], r["b"], r["after_start"]), [])
        evidence = {e["event_id"]: e for e in evidence_for(con, chosen, per_event=1)}
        r["drivers"] = [{**evidence[i], **names.get(i, {})} for i in chosen if i in evidence]


def _names(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    rows = con.execute("SELECT event_id, source_name, target_name FROM events WHERE event_id IN "
                       "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
    return {r[0]: {"source_name": r[1], "target_name": r[2]} for r in rows}
