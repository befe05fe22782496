"""Blocs (signed communities) and each state's alignment with a reference actor over time.

Method (partition, ``blocs``): each pair of states gets a *tone*, the shrunk log-odds of
cooperation against conflict in its events, measured against the whole network's mix:

    tone_ij = log((coop_ij + A·p) / (conflict_ij + A·(1 − p))) − log(p / (1 − p))

where p is the network's cooperative share (QuadClass 1–2 among 1–4) and A = ``TONE_PRIOR`` pseudo-
events (the between-dyad spread of mixes on real data is that of a Dirichlet of about eight events).
A pair's volume does not make it friendly: a superpower's thousand meetings and thousand threats
with a rival give a negative tone, three agreements between neighbours a positive one, and a pair
with a handful of events stays near zero. Positive tones form one layer and negative tones another;
Leiden (``leidenalg``) maximises signed modularity with a resolution γ on both at once (layer
weights +1 and −1, the configuration null model on each, Traag & Bruggeman 2009): many friendly ties
inside a bloc beyond what each state's total friendliness predicts, few hostile ones.
Higher ``resolution`` gives more, smaller blocs. Each bloc reports its *cohesion* (mean tone of the
pairs inside it that have events) and its share of positive inside ties; a state *sits between*
blocs when its summed tone with another bloc is at least 0.8 of that with its own (``between``).

Method (two camps, ``signed_bipartition``): the leading eigenvector of A_ij = sign_ij · log(1 +
n_events_ij) split by sign, then greedy moves of single states while they lower the frustration.

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
    """Summed |tone| of the ties that contradict a partition (hostile inside a bloc, friendly across)."""
    return sum(abs(t) for (a, b), t in tones(graph).items() if (camp[a] == camp[b]) == (t < 0))


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


TONE_PRIOR = 8.0
BETWEEN_SHARE = 0.8


def tones(graph: nx.Graph) -> dict[tuple[str, str], float]:
    """Shrunk log-odds of cooperation vs conflict per edge, against the network's overall mix."""
    coop = sum(float(d.get("n_coop") or 0) for _, _, d in graph.edges(data=True))
    conflict = sum(float(d.get("n_conflict") or 0) for _, _, d in graph.edges(data=True))
    if coop + conflict == 0:
        return {(a, b): 0.0 for a, b in graph.edges()}
    p = min(max(coop / (coop + conflict), 1e-6), 1 - 1e-6)
    base = math.log(p / (1 - p))
    return {(a, b): math.log((float(d.get("n_coop") or 0) + TONE_PRIOR * p)
                             / (float(d.get("n_conflict") or 0) + TONE_PRIOR * (1 - p))) - base
            for a, b, d in graph.edges(data=True)}


def signed_communities(graph: nx.Graph, resolution: float = 1.0, seed: int = 7) -> dict[str, int]:
    """Leiden on the positive and negative tone layers at once (signed modularity, resolution γ)."""
    import igraph as ig
    import leidenalg as la

    nodes = sorted(graph)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    tone = tones(graph)
    layers = []
    for sign in (1, -1):
        chosen = [(a, b) for (a, b), t in tone.items() if t * sign > 0]
        layer = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in chosen])
        layer.es["weight"] = [abs(tone[e]) for e in chosen]
        layers.append(la.RBConfigurationVertexPartition(layer, weights="weight", resolution_parameter=resolution))
    optimiser = la.Optimiser()
    optimiser.set_rng_seed(seed)
    optimiser.optimise_partition_multiplex(layers, layer_weights=[1, -1])
    return {n: int(layers[0].membership[index[n]]) for n in nodes}


def blocs(graph: nx.Graph, reference: str | None = None, resolution: float = 1.0) -> dict[str, Any]:
    """Signed communities as JSON-ready data: blocs (largest first; the reference's first) with
    members, cohesion and positive share, the states between blocs, and the frustration."""
    if resolution <= 0:
        raise InputError(f"--resolution {resolution}: must be positive")
    raw = signed_communities(graph, resolution)
    tone = tones(graph)
    sizes: dict[int, int] = {}
    for c in raw.values():
        sizes[c] = sizes.get(c, 0) + 1
    ref_bloc = raw.get(reference) if reference else None
    order = sorted(sizes, key=lambda c: (c != ref_bloc, -sizes[c], min(n for n, x in raw.items() if x == c)))
    renumber = {c: i for i, c in enumerate(order)}
    camp = {n: renumber[c] for n, c in raw.items()}
    inside: dict[int, list[float]] = {c: [] for c in renumber.values()}
    affinity: dict[str, dict[int, float]] = {n: {} for n in camp}
    for (a, b), t in tone.items():
        if camp[a] == camp[b]:
            inside[camp[a]].append(t)
        affinity[a][camp[b]] = affinity[a].get(camp[b], 0.0) + t
        affinity[b][camp[a]] = affinity[b].get(camp[a], 0.0) + t
    between: list[dict[str, Any]] = []
    for n in sorted(camp):
        own = affinity[n].get(camp[n], 0.0)
        others = [(v, c) for c, v in affinity[n].items() if c != camp[n]]
        if not others or own <= 0:
            continue
        best, other = max(others)
        if best >= BETWEEN_SHARE * own:
            between.append({"state": n, "name": country_name(n), "bloc": camp[n], "also": other,
                            "tone_own": round(own, 3), "tone_also": round(best, 3)})
    between.sort(key=lambda r: (-float(r["tone_also"]) / float(r["tone_own"]), str(r["state"])))
    members: dict[int, list[str]] = {c: [] for c in inside}
    for n, c in sorted(camp.items()):
        members[c].append(n)
    wrong = frustration(graph, camp)
    return {
        "method": f"Leiden signed modularity on shrunk cooperation/conflict log-odds (resolution {resolution})",
        "reference": reference, "resolution": resolution,
        "frustration": round(wrong, 3),
        "blocs": [{"bloc": c, "members": ms, "names": [country_name(m) for m in ms], "size": len(ms),
                   "cohesion": round(sum(inside[c]) / len(inside[c]), 3) if inside[c] else None,
                   "positive_share": round(sum(t > 0 for t in inside[c]) / len(inside[c]), 3) if inside[c] else None,
                   "inside_ties": len(inside[c])}
                  for c, ms in members.items()],
        "between": between,
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
