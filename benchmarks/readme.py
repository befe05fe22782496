"""Write the latest benchmark figures into README.md, from the JSON files the benchmarks leave in
``benchmarks/results/``, so that the README never shows a number that no run produced.

    .venv/bin/python benchmarks/readme.py          # rewrite the block between the markers
    .venv/bin/python benchmarks/readme.py --check  # exit 1 if the README is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE.parent / "README.md"
START, END = "<!-- BENCHMARKS -->", "<!-- /BENCHMARKS -->"


NEWS_LEVELS = ["root", "dyad_root", "dyad_code", "source_actor", "target_actor"]


def _load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _pipeline(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Pipeline** (`benchmarks/pipeline.py`): full pipeline / bare spaCy = **{d['ratio_full_over_bare']}** "
        f"({d['documents']} documents, {d['sentences']} sentences, {d['events']} events; "
        f"{d['full_pipeline_s']} s vs {d['bare_spacy_s']} s, {d['sentences_per_s_full']} sentences/s on one core)."
    ]


def _actors(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Actor resolution** (`benchmarks/actors.py`): spaCy + actors / spaCy = **{d['ratio']}**; the component "
        f"alone adds {100 * d['component_share_of_spacy']:.1f} % to spaCy time "
        f"({d['dictionary_entries']:,} dictionary entries load once in {d['dictionary_load_s']} s)."
    ]


def _store(d: dict[str, Any]) -> list[str]:
    return [
        f"- **Store writer** (`benchmarks/store_write.py`): Arrow batch writer **{d['speedup']}×** faster than "
        f"row-by-row `executemany` ({d['articles']:,} articles, {d['mentions']:,} mentions; "
        f"{d['writer_articles_per_s']:,} articles/s)."
    ]


def _analysis(d: dict[str, Any]) -> list[str]:
    goals = d["goals"]
    return [
        f"- **Analysis at scale** (`benchmarks/analysis.py`, {d['rows']:,} synthetic GDELT-format events, "
        f"{d['file_mb']} MB): import **{d['import_rows_per_s']:,} rows/s** (goal ≥ {goals['import_rows_per_s']:,}; "
        f"{d['import_vs_parse_ratio']}× the time DuckDB takes only to parse the file), monthly dyad series "
        f"**{d['dyad_monthly_ms']} ms** (goal < {goals['dyad_monthly_ms']}), network build "
        f"**{d['network_build_ms']} ms** ({d['network_nodes']} nodes, {d['network_edges']:,} edges), "
        f"sanctuary **{d['sanctuary_ms']} ms** (goal < {goals['sanctuary_ms']})."
    ]


def _backtest(d: dict[str, Any]) -> list[str]:
    s = d["summary"]["structural_default"]
    p = d["summary"]["proximity_only"]
    return [
        f"- **Sanctuary backtest** (`benchmarks/sanctuary_backtest.py`, {d['cases']} leaders who fled abroad, "
        f"structural signals only): hit@1 {s['hit@1']}, hit@5 **{s['hit@5']}**, hit@10 {s['hit@10']}, "
        f"MRR {s['mrr']} — against proximity alone hit@5 {p['hit@5']} and chance {s['random_hit@5']}."
    ]


def _accuracy(d: dict[str, Any]) -> list[str]:
    lines = [
        f"- **Coding accuracy** (`benchmarks/accuracy.py`, dev gold, computed {d['generated'][:10]}):",
        "",
        "  | part | records | level | precision | recall | F1 | false alarms | spurious |",
        "  |---|---|---|---|---|---|---|---|",
    ]
    for part in ("up-gsr", "plover-gsr"):
        r = d["parts"].get(part)
        if r is None:
            continue
        levels = ["plover"] if part == "plover-gsr" else NEWS_LEVELS
        for level in levels:
            m = r["levels"][level]
            lines.append(
                f"  | {part} | {r['records']} | {level} | {m['precision']:.2f} | {m['recall']:.2f} | "
                f"**{m['f1']:.2f}** | {r['false_alarm_rate']:.0%} | {r['spurious_rate']:.0%} |"
            )
    lines += ["", "  Published figures for other coders on the same kind of data (not measured by us):"]
    lines += [f"  - {ref['coder']}: {ref['level']} on {ref['records']}: {ref['figure']}." for ref in d["references"]]
    return lines


def _long_docs(d: dict[str, Any]) -> list[str]:
    runs = d["runs"]
    sizes = ", ".join(f"{r['chars']:,} chars {r.get('cpu_seconds', r['seconds'])} s CPU ({r['seconds']} s wall) / "
                      f"{r['peak_rss_mb']} MB" for r in runs)
    last = runs[-1]
    goals = d["goals"]
    return [
        f"- **Long documents** (`benchmarks/long_docs.py`, one article each, own process): {sizes} "
        f"(pipeline loaded: {last['loaded_rss_mb']} MB); CPU time per character at {last['chars']:,} chars is "
        f"**{last['time_per_char_ratio']}×** that at {runs[0]['chars']:,} (linear = 1), memory above the loaded "
        f"pipeline **{last['memory_growth_ratio']}×** (goal for 1 M chars: ≤ {goals['seconds_1m']:g} s, "
        f"≤ {goals['peak_rss_mb_1m']:g} MB; met: {'yes' if d['largest_within_goals'] else 'no'})."
    ]


SECTIONS: list[tuple[str, Callable[[dict[str, Any]], list[str]]]] = [
    ("accuracy", _accuracy),
    ("pipeline", _pipeline),
    ("actors", _actors),
    ("store_write", _store),
    ("analysis", _analysis),
    ("sanctuary_backtest", _backtest),
    ("long_docs", _long_docs),
]


def render() -> str:
    lines: list[str] = []
    for name, fmt in SECTIONS:
        data = _load(name)
        if data is not None:
            lines += fmt(data)
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report whether README.md is up to date")
    args = ap.parse_args()
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md lacks the {START} … {END} markers", file=sys.stderr)
        return 2
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{START}\n{render()}\n{END}{tail}"
    if args.check:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    print(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
