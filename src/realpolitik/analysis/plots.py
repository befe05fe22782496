"""Charts as files: PNG through matplotlib (Agg, no display) and self-contained interactive HTML.

The HTML chart embeds its data as JSON in ``<script type="application/json" id="data">`` and draws
it with inline JavaScript into SVG, so it opens offline (no CDN) and tests can read the data back.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from realpolitik.errors import InputError

SERIES_COLOURS = {
    "verbal_coop": "#6baed6", "material_coop": "#2171b5", "verbal_conflict": "#fc9272",
    "material_conflict": "#cb181d", "goldstein_mean": "#333333",
}


def _check_target(path: str | Path, allowed: Sequence[str]) -> Path:
    out = Path(path)
    if out.suffix.lower() not in allowed:
        raise InputError(f"{out}: plot file must end with one of {', '.join(allowed)}")
    if not out.parent.exists():
        raise InputError(f"{out}: directory {out.parent} does not exist")
    return out


def plot_dyad(rows: Sequence[dict[str, Any]], path: str | Path, title: str) -> Path:
    """Stacked QuadClass counts per period with the mean Goldstein on a second axis."""
    out = _check_target(path, (".png", ".html"))
    if out.suffix.lower() == ".html":
        return write_html_chart(rows, out, title, x="period",
                                bars=["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"],
                                line="goldstein_mean")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = [r["period"] for r in rows]
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=100)
    bottom = [0.0] * len(rows)
    for key in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"):
        values = [float(r[key]) for r in rows]
        ax.bar(periods, values, bottom=bottom, color=SERIES_COLOURS[key], label=key.replace("_", " "))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    ax.set_title(title)
    ax.tick_params(axis="x", rotation=45, labelsize=8)
    ax2 = ax.twinx()
    ax2.plot(periods, [r["goldstein_mean"] if r["goldstein_mean"] is not None else float("nan") for r in rows],
             color=SERIES_COLOURS["goldstein_mean"], marker="o", label="mean Goldstein")
    ax2.set_ylim(-10, 10)
    ax2.set_ylabel("mean Goldstein")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out


_JS = r"""
(function () {
  var spec = JSON.parse(document.getElementById('data').textContent);
  var rows = spec.rows, W = 900, H = 380, L = 50, R = 50, T = 20, B = 70;
  var svgNS = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('width', W); svg.setAttribute('height', H);
  document.getElementById('chart').appendChild(svg);
  function el(name, attrs, text) {
    var e = document.createElementNS(svgNS, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (text !== undefined) { e.textContent = text; }
    svg.appendChild(e); return e;
  }
  var maxTotal = 1;
  rows.forEach(function (r) {
    var t = 0; spec.bars.forEach(function (b) { t += r[b] || 0; }); maxTotal = Math.max(maxTotal, t);
  });
  var n = Math.max(rows.length, 1), bw = (W - L - R) / n;
  var tip = document.getElementById('tip');
  rows.forEach(function (r, i) {
    var y = H - B;
    spec.bars.forEach(function (b) {
      var h = (r[b] || 0) / maxTotal * (H - T - B);
      var rect = el('rect', {x: L + i * bw + 1, y: y - h, width: Math.max(bw - 2, 1), height: h,
                             fill: spec.colours[b]});
      rect.addEventListener('mouseover', function () { tip.textContent = r[spec.x] + ' ' + b + ': ' + r[b]; });
      y -= h;
    });
    if (n <= 40 || i % Math.ceil(n / 40) === 0) {
      el('text', {x: L + i * bw + bw / 2, y: H - B + 12, 'font-size': 9,
                  transform: 'rotate(45 ' + (L + i * bw + bw / 2) + ' ' + (H - B + 12) + ')'}, r[spec.x]);
    }
  });
  if (spec.line) {
    var pts = [];
    rows.forEach(function (r, i) {
      var v = r[spec.line]; if (v === null || v === undefined) { return; }
      pts.push((L + i * bw + bw / 2) + ',' + (T + (10 - v) / 20 * (H - T - B)));
    });
    el('polyline', {points: pts.join(' '), fill: 'none', stroke: spec.colours[spec.line], 'stroke-width': 2});
    el('text', {x: W - R + 5, y: T + 10, 'font-size': 10}, '+10');
    el('text', {x: W - R + 5, y: H - B, 'font-size': 10}, '-10');
  }
  el('line', {x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#000'});
  el('text', {x: 5, y: T + 10, 'font-size': 10}, String(maxTotal));
})();
"""


def write_html_chart(
    rows: Sequence[dict[str, Any]], path: str | Path, title: str, x: str, bars: Sequence[str],
    line: str | None = None,
) -> Path:
    """A self-contained HTML bar/line chart; the data is embedded verbatim as JSON."""
    out = Path(path)
    spec = {"title": title, "x": x, "bars": list(bars), "line": line, "rows": list(rows),
            "colours": SERIES_COLOURS}
    payload = json.dumps(spec, default=str, ensure_ascii=False).replace("</", "<\\/")
    legend = " ".join(
        f'<span style="color:{SERIES_COLOURS.get(b, "#000")}">&#9632; {html.escape(b)}</span>'
        for b in [*bars, *([line] if line else [])]
    )
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;margin:1em}} #tip{{height:1.2em;color:#555}}</style></head>
<body><h1 style="font-size:1.2em">{html.escape(title)}</h1><div>{legend}</div><div id="tip"></div>
<div id="chart"></div>
<script type="application/json" id="data">{payload}</script>
<script>{_JS}</script></body></html>
"""
    out.write_text(doc, encoding="utf-8")
    return out


def read_html_data(path: str | Path) -> dict[str, Any]:
    """The JSON embedded in a chart written by ``write_html_chart`` (used by tests and the API)."""
    text = Path(path).read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="data">') + len('<script type="application/json" id="data">')
    end = text.index("</script>", start)
    data: dict[str, Any] = json.loads(text[start:end].replace("<\\/", "</"))
    return data
