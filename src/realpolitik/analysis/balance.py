"""Structural balance on the signed relations network (Heider/Cartwright–Harary).

A triad (three states, all three pairs related) is *balanced* when the product of its edge signs is
positive: +++ (three friends) or +-- (two friends with a common enemy). ++- and --- are unbalanced.
"Enemy of my enemy" patterns group, for a pivot P and an enemy E, every state X that cooperates with P
while in conflict with E (e.g. RUS, CHN, TUR each cooperating with VEN while in conflict with USA);
each edge comes with the events behind it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from itertools import combinations
from typing import Any

import networkx as nx

KINDS = {3: "+++", 1: "++-", -1: "+--", -3: "---"}


def _edge(graph: nx.Graph, a: str, b: str) -> dict[str, Any]:
    d = graph.edges[a, b]
    return {"a": a, "b": b, "sign": d["sign"], "n_events": d["n_events"], "goldstein_sum": d["goldstein_sum"],
            "evidence": list(d.get("evidence") or [])}


def _triangles(graph: nx.Graph) -> Iterator[tuple[str, str, str]]:
    """Every triangle whose three edges are signed (non-zero), each once, nodes sorted."""
    signed = nx.Graph((a, b, d) for a, b, d in graph.edges(data=True) if d.get("sign"))
    for a in sorted(signed):
        later = sorted(n for n in signed[a] if n > a)
        for b, c in combinations(later, 2):
            if signed.has_edge(b, c):
                yield a, b, c


def _volume(graph: nx.Graph, a: str, b: str, c: str) -> int:
    return int(graph.edges[a, b]["n_events"] + graph.edges[a, c]["n_events"] + graph.edges[b, c]["n_events"])


def triads(graph: nx.Graph, limit: int | None = None) -> list[dict[str, Any]]:
    """Signed triangles, balanced ones first, then by event volume; at most ``limit`` of them.

    Only the kept triads are expanded with their edges, so dense graphs stay cheap.
    """
    def key(t: tuple[str, str, str]) -> tuple[bool, int, tuple[str, str, str]]:
        a, b, c = t
        product = graph.edges[a, b]["sign"] * graph.edges[a, c]["sign"] * graph.edges[b, c]["sign"]
        return (product < 0, -_volume(graph, a, b, c), t)

    chosen = heapq.nsmallest(limit, _triangles(graph), key=key) if limit else sorted(_triangles(graph), key=key)
    out: list[dict[str, Any]] = []
    for a, b, c in chosen:
        edges = [_edge(graph, a, b), _edge(graph, a, c), _edge(graph, b, c)]
        signs = [e["sign"] for e in edges]
        out.append({"nodes": [a, b, c], "kind": KINDS[sum(signs)], "balanced": signs.count(-1) % 2 == 0,
                    "n_events": sum(e["n_events"] for e in edges), "edges": edges})
    return out


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
    total = balanced = 0
    for a, b, c in _triangles(graph):
        total += 1
        balanced += graph.edges[a, b]["sign"] * graph.edges[a, c]["sign"] * graph.edges[b, c]["sign"] > 0
    return {"triads": total, "balanced": balanced, "unbalanced": total - balanced,
            "balance_ratio": round(balanced / total, 3) if total else None}
