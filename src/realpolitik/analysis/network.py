"""The signed, weighted relations network between states, built from one SQL aggregate.

Nodes are states (country level); an undirected edge carries every event between the two states in
either direction: ``n_events``, ``goldstein_sum`` (the edge ``weight``: Goldstein-weighted,
modality-filtered event volume), ``goldstein_mean``, cooperation/conflict counts, ``sign`` (+1
cooperative, -1 hostile, 0 neutral) and the ids of the events that weigh most (``evidence``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from realpolitik.analysis.query import Filters, StoreLike, as_connection, country_expr, fetch_dicts, known_states
from realpolitik.analysis.structural import country_name
from realpolitik.errors import InputError

EXPORT_FORMATS = ("graphml", "gexf", "json")


def edge_rows(
    store: StoreLike, filters: Filters | None = None, min_events: int = 1, top_evidence: int = 3
) -> list[dict[str, Any]]:
    """One row per state pair (a < b) with the aggregate relation between them."""
    con = as_connection(store)
    filters = filters or Filters()
    where, params = filters.sql("e")
    sql = f"""
    WITH ev AS (
        SELECT {country_expr('source')} AS sc, {country_expr('target')} AS tc, e.event_id, e.goldstein,
               e.quad_class, e.num_articles
        FROM events e WHERE {where}
    ), pairs AS (
        SELECT least(sc, tc) AS a, greatest(sc, tc) AS b, count(*) AS n_events,
               round(coalesce(sum(goldstein), 0), 3) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS n_coop,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS n_conflict,
               coalesce(sum(num_articles), 0) AS n_articles,
               max_by(event_id, abs(coalesce(goldstein, 0)), {int(top_evidence)}) AS evidence
        FROM ev WHERE sc IS NOT NULL AND tc IS NOT NULL AND sc <> tc
        GROUP BY 1, 2 HAVING count(*) >= ?
    )
    SELECT * FROM pairs WHERE a IN ({known_states()}) AND b IN ({known_states()}) ORDER BY a, b
    """
    rows = fetch_dicts(con, sql, [*params, int(min_events)])
    for r in rows:
        gs = float(r["goldstein_sum"])
        r["sign"] = 1 if gs > 0 else (-1 if gs < 0 else 0)
    return rows


def build_network(
    store: StoreLike, filters: Filters | None = None, min_events: int = 1
) -> nx.Graph:
    """The signed graph; node attribute ``name``, edge attributes as in ``edge_rows``."""
    graph = nx.Graph()
    for r in edge_rows(store, filters, min_events):
        for node in (r["a"], r["b"]):
            if node not in graph:
                graph.add_node(node, name=country_name(node))
        graph.add_edge(r["a"], r["b"], weight=float(r["goldstein_sum"]),
                       **{k: v for k, v in r.items() if k not in {"a", "b"}})
    return graph


def graph_to_json(graph: nx.Graph) -> dict[str, Any]:
    return {
        "nodes": [{"id": n, **d} for n, d in sorted(graph.nodes(data=True))],
        "edges": sorted(({"source": min(a, b), "target": max(a, b), **d} for a, b, d in graph.edges(data=True)),
                        key=lambda e: (e["source"], e["target"])),
    }


def export_network(graph: nx.Graph, path: str | Path, fmt: str) -> Path:
    """Write the graph as GraphML, GEXF or JSON (lists become comma-joined strings for XML formats)."""
    out = Path(path)
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"--export {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if not out.parent.exists():
        raise InputError(f"{out}: directory {out.parent} does not exist")
    if fmt == "json":
        out.write_text(json.dumps(graph_to_json(graph), indent=2, default=str), encoding="utf-8")
        return out
    flat = nx.Graph()
    for n, d in graph.nodes(data=True):
        flat.add_node(n, **{k: _scalar(v) for k, v in d.items()})
    for a, b, d in graph.edges(data=True):
        flat.add_edge(a, b, **{k: _scalar(v) for k, v in d.items()})
    if fmt == "graphml":
        nx.write_graphml(flat, out)
    else:
        nx.write_gexf(flat, out)
    return out


def _scalar(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    if value is None:
        return ""
    return value


def plot_network(graph: nx.Graph, path: str | Path, title: str = "Relations network") -> Path:
    """PNG (matplotlib, spring layout; green = cooperative, red = hostile) or self-contained HTML."""
    out = Path(path)
    if out.suffix.lower() not in (".png", ".html"):
        raise InputError(f"{out}: plot file must end with .png or .html")
    if not out.parent.exists():
        raise InputError(f"{out}: directory {out.parent} does not exist")
    if out.suffix.lower() == ".html":
        return _network_html(graph, out, title)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 9), dpi=100)
    if graph.number_of_nodes():
        pos = nx.spring_layout(graph, seed=7, weight=None)
        colours = ["#1a9850" if d["sign"] > 0 else ("#d73027" if d["sign"] < 0 else "#999999")
                   for _, _, d in graph.edges(data=True)]
        widths = [1 + min(4.0, abs(d["weight"]) / 10) for _, _, d in graph.edges(data=True)]
        nx.draw_networkx_edges(graph, pos, ax=ax, edge_color=colours, width=widths, alpha=0.7)
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color="#f0f0f0", edgecolors="#333", node_size=500)
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=8)
    ax.set_title(title)
    ax.axis("off")
    fig.savefig(out, format="png")
    plt.close(fig)
    return out


_NET_JS = r"""
(function () {
  var g = JSON.parse(document.getElementById('data').textContent);
  var W = 800, H = 800, cx = W / 2, cy = H / 2, rad = 330, pos = {};
  g.nodes.forEach(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(g.nodes.length, 1);
    pos[n.id] = [cx + rad * Math.cos(a), cy + rad * Math.sin(a)];
  });
  var ns = 'http://www.w3.org/2000/svg', svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', W); svg.setAttribute('height', H);
  document.getElementById('chart').appendChild(svg);
  var tip = document.getElementById('tip');
  function el(name, attrs, text) {
    var e = document.createElementNS(ns, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (text !== undefined) { e.textContent = text; }
    svg.appendChild(e); return e;
  }
  g.edges.forEach(function (e) {
    var a = pos[e.source], b = pos[e.target];
    var line = el('line', {x1: a[0], y1: a[1], x2: b[0], y2: b[1],
      'stroke-width': 1 + Math.min(4, Math.abs(e.weight) / 10),
      stroke: e.sign > 0 ? '#1a9850' : (e.sign < 0 ? '#d73027' : '#999')});
    line.addEventListener('mouseover', function () {
      tip.textContent = e.source + ' - ' + e.target + ': ' + e.n_events + ' events, Goldstein ' + e.goldstein_sum;
    });
  });
  g.nodes.forEach(function (n) {
    el('circle', {cx: pos[n.id][0], cy: pos[n.id][1], r: 16, fill: '#f0f0f0', stroke: '#333'});
    el('text', {x: pos[n.id][0], y: pos[n.id][1] + 4, 'font-size': 10, 'text-anchor': 'middle'}, n.id);
  });
})();
"""


def _network_html(graph: nx.Graph, out: Path, title: str) -> Path:
    import html as _html

    payload = json.dumps(graph_to_json(graph), default=str, ensure_ascii=False).replace("</", "<\\/")
    out.write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_html.escape(title)}</title></head>
<body style="font-family:sans-serif"><h1 style="font-size:1.2em">{_html.escape(title)}</h1>
<div id="tip" style="height:1.2em;color:#555"></div><div id="chart"></div>
<script type="application/json" id="data">{payload}</script>
<script>{_NET_JS}</script></body></html>
""", encoding="utf-8")
    return out
