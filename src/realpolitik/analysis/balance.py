"""Structural balance on the signed relations network (Heider/Cartwright–Harary).

A triad (three states, all three pairs related) is *balanced* when the product of its edge signs is
positive: +++ (three friends) or +-- (two friends with a common enemy). ++- and --- are unbalanced.
"Enemy of my enemy" patterns group, for a pivot P and an enemy E, every state X that cooperates with P
while in conflict with E (e.g. RUS, CHN, TUR each cooperating with VEN while in conflict with USA);
each edge comes with the events behind it.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import networkx as nx

KINDS = {3: "+++", 1: "++-", -1: "+--", -3: "---"}


def _edge(graph: nx.Graph, a: str, b: str) -> dict[str, Any]:
    d = graph.edges[a, b]
    return {"a": a, "b": b, "sign": d["sign"], "n_events": d["n_events"], "goldstein_sum": d["goldstein_sum"],
            "evidence": list(d.get("evidence") or [])}


def triads(graph: nx.Graph, limit: int | None = None) -> list[dict[str, Any]]:
    """Every triangle whose three edges are signed (non-zero), balanced ones first, then by volume."""
    out: list[dict[str, Any]] = []
    signed = nx.Graph((a, b, d) for a, b, d in graph.edges(data=True) if d.get("sign"))
    for a in sorted(signed):
        for b, c in combinations(sorted(n for n in signed[a] if n > a), 2):
            if not signed.has_edge(b, c):
                continue
            edges = [_edge(graph, a, b), _edge(graph, a, c), _edge(graph, b, c)]
            signs = [e["sign"] for e in edges]
            kind = KINDS[sum(signs)]
            out.append({
                "nodes": [a, b, c], "kind": kind, "balanced": signs.count(-1) % 2 == 0,
                "n_events": sum(e["n_events"] for e in edges), "edges": edges,
            })
    out.sort(key=lambda t: (not t["balanced"], -t["n_events"], t["nodes"]))
    return out[:limit] if limit else out


def enemy_of_enemy(graph: nx.Graph, min_allies: int = 1) -> list[dict[str, Any]]:
    """For each pivot P and enemy E: the states X with X–P cooperative and X–E hostile.

    ``pivot_enemy_sign`` says how P and E relate (-1 completes a balanced "enemy of my enemy" triad).
    Sorted by number of allies, then by event volume.
    """
    out: list[dict[str, Any]] = []
    for pivot in sorted(graph):
        friends = {x for x in graph[pivot] if graph.edges[pivot, x]["sign"] > 0}
        enemies: dict[str, list[str]] = {}
        for x in friends:
            for e in graph[x]:
                if e != pivot and graph.edges[x, e]["sign"] < 0:
                    enemies.setdefault(e, []).append(x)
        for enemy, allies in enemies.items():
            if len(allies) < min_allies:
                continue
            allies = sorted(allies)
            pe = graph.edges[pivot, enemy]["sign"] if graph.has_edge(pivot, enemy) else None
            edges = [_edge(graph, pivot, x) for x in allies] + [_edge(graph, x, enemy) for x in allies]
            if pe is not None:
                edges.append(_edge(graph, pivot, enemy))
            out.append({"pivot": pivot, "enemy": enemy, "allies": allies, "pivot_enemy_sign": pe,
                        "n_events": sum(e["n_events"] for e in edges), "edges": edges})
    out.sort(key=lambda p: (-len(p["allies"]), p["pivot_enemy_sign"] != -1, -p["n_events"], p["pivot"], p["enemy"]))
    return out


def balance_summary(graph: nx.Graph) -> dict[str, Any]:
    """Counts of balanced/unbalanced triads and the share balanced (the network's balance ratio)."""
    all_triads = triads(graph)
    balanced = sum(1 for t in all_triads if t["balanced"])
    return {"triads": len(all_triads), "balanced": balanced, "unbalanced": len(all_triads) - balanced,
            "balance_ratio": round(balanced / len(all_triads), 3) if all_triads else None}
