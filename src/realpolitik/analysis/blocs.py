"""Blocs (signed communities) and each state's alignment with a reference actor over time.

Method (partition): the signed adjacency matrix A has A_ij = sign_ij · log(1 + n_events_ij). Its
leading eigenvector splits the states into two camps by sign (spectral bipartition: friends load with
the same sign, enemies with opposite signs). A greedy pass then moves single states between camps
while that lowers the *frustration* — the weight of hostile edges inside a camp plus cooperative
edges across camps — until no move helps. Isolated or neutral states go to the camp they have the
most positive weight with (ties: camp 0). With ``reference`` set, the reference's camp is camp 0.

Method (alignment over time): per period, a state's alignment with reference R is the mean Goldstein
of all events between them divided by 10 (range -1..1); ``indirect`` is the cosine similarity of
the two states' signed relations (Goldstein sums) with every third state in that period.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import numpy as np

from realpolitik.analysis.query import (
    Filters,
    StoreLike,
    as_connection,
    check_code,
    country_expr,
    fetch_dicts,
    known_states,
)
from realpolitik.analysis.structural import country_name
from realpolitik.errors import InputError


def _weight(d: dict[str, Any]) -> float:
    return float(d["sign"]) * math.log1p(float(d["n_events"]))


def frustration(graph: nx.Graph, camp: dict[str, int]) -> float:
    """Weight of edges that contradict the partition (hostile inside a camp, cooperative across)."""
    total = 0.0
    for a, b, d in graph.edges(data=True):
        w = _weight(d)
        same = camp[a] == camp[b]
        if (same and w < 0) or (not same and w > 0):
            total += abs(w)
    return total


def signed_bipartition(graph: nx.Graph, reference: str | None = None) -> dict[str, int]:
    """Two camps: spectral initialisation on the signed adjacency, then greedy frustration descent."""
    nodes = sorted(graph)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    adj = np.zeros((len(nodes), len(nodes)))
    for a, b, d in graph.edges(data=True):
        adj[index[a], index[b]] = adj[index[b], index[a]] = _weight(d)
    values, vectors = np.linalg.eigh(adj)
    lead = vectors[:, int(np.argmax(np.abs(values)))] if len(nodes) > 1 else np.ones(1)
    camp = {n: 0 if lead[index[n]] >= 0 else 1 for n in nodes}
    improved = True
    while improved:
        improved = False
        for n in nodes:
            gain = 0.0
            for m in graph[n]:
                w = _weight(graph.edges[n, m])
                gain += w if camp[m] == camp[n] else -w
            if gain < 0:
                camp[n] = 1 - camp[n]
                improved = True
    if reference in camp and camp[reference] == 1:
        camp = {n: 1 - c for n, c in camp.items()}
    return camp


def blocs(graph: nx.Graph, reference: str | None = None) -> dict[str, Any]:
    """The partition as JSON-ready data: camps with members, frustration before/after."""
    camp = signed_bipartition(graph, reference)
    members: dict[int, list[str]] = {0: [], 1: []}
    for n, c in sorted(camp.items()):
        members[c].append(n)
    internal = {
        c: round(sum(_weight(graph.edges[a, b]) for a, b in graph.subgraph(ms).edges()), 3)
        for c, ms in members.items()
    }
    return {
        "method": "spectral bipartition of the signed adjacency + greedy frustration minimisation",
        "reference": reference,
        "frustration": round(frustration(graph, camp), 3) if camp else 0.0,
        "blocs": [{"bloc": c, "members": ms, "names": [country_name(m) for m in ms], "cohesion": internal[c]}
                  for c, ms in members.items()],
        "assignment": camp,
    }


def alignment_over_time(
    store: StoreLike, reference: str, by: str = "year", filters: Filters | None = None,
    min_events: int = 1,
) -> list[dict[str, Any]]:
    """Per period and state: direct alignment with ``reference`` and indirect (shared friends/foes)."""
    con = as_connection(store)
    if by not in ("week", "month", "quarter", "year"):
        raise InputError(f"--by {by!r}: use week, month, quarter or year")
    ref = check_code(reference)
    filters = filters or Filters()
    where, params = filters.sql("e")
    sql = f"""
    WITH ev AS (
        SELECT CAST(date_trunc('{by}', e.event_date) AS DATE) AS period,
               {country_expr('source')} AS sc, {country_expr('target')} AS tc, e.goldstein
        FROM events e WHERE e.event_date IS NOT NULL AND {where}
    )
    SELECT * FROM (
        SELECT period, least(sc, tc) AS a, greatest(sc, tc) AS b, count(*) AS n,
               sum(coalesce(goldstein, 0)) AS gs
        FROM ev WHERE sc IS NOT NULL AND tc IS NOT NULL AND sc <> tc
        GROUP BY ALL
    ) WHERE a IN ({known_states()}) AND b IN ({known_states()})
    """
    pairs = fetch_dicts(con, sql, params)
    per_period: dict[Any, dict[str, dict[str, float]]] = {}
    counts: dict[tuple[Any, str, str], int] = {}
    for r in pairs:
        rel = per_period.setdefault(r["period"], {})
        rel.setdefault(r["a"], {})[r["b"]] = float(r["gs"])
        rel.setdefault(r["b"], {})[r["a"]] = float(r["gs"])
        counts[(r["period"], r["a"], r["b"])] = int(r["n"])
    out: list[dict[str, Any]] = []
    for period in sorted(per_period):
        rel = per_period[period]
        ref_vec = rel.get(ref, {})
        for state in sorted(rel):
            if state == ref:
                continue
            n_direct = counts.get((period, *sorted((state, ref))), 0)  # type: ignore[arg-type]
            third = (set(ref_vec) | set(rel[state])) - {state, ref}
            dot = sum(ref_vec.get(t, 0.0) * rel[state].get(t, 0.0) for t in third)
            na = math.sqrt(sum(ref_vec.get(t, 0.0) ** 2 for t in third))
            nb = math.sqrt(sum(rel[state].get(t, 0.0) ** 2 for t in third))
            indirect = dot / (na * nb) if na and nb else None
            if n_direct < min_events and indirect is None:
                continue
            direct = rel[state].get(ref, 0.0) / n_direct / 10 if n_direct else None
            out.append({"period": period.isoformat(), "state": state, "name": country_name(state),
                        "direct": None if direct is None else round(direct, 3), "n_direct": n_direct,
                        "indirect": None if indirect is None else round(indirect, 3)})
    return out
