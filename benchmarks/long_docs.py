"""Long-document benchmark: time and peak memory to code one article of 50k, 200k and 1M characters.

Each size runs in its own process so that its peak RSS (``ru_maxrss``) is its own; the pipeline's
load time and memory are measured beside it in the same child, so the figures printed are what the
document itself costs. The article is the shipped examples and seed articles, paragraph by paragraph,
repeated until it has the wanted length. Growth is linear when time per character (and memory above
the loaded pipeline) stays flat from 50k to 1M: the ratios printed are those per-character costs
relative to the 50k run, measured side by side in one run. Time ratios and the 30 s goal use CPU
seconds (``time.process_time``): on a shared machine wall time mostly measures the neighbours. Each
child also times the bare spaCy model (no realpolitik components) on the same document, after the
full run (its peak memory is not counted): the floor the full pipeline cannot go under.

    python benchmarks/long_docs.py [--sizes 50000 200000 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
RESULT = ROOT / "benchmarks" / "results" / "long_docs.json"
GOALS = {"seconds_1m": 30.0, "peak_rss_mb_1m": 1024.0}


def paragraphs() -> list[str]:
    from realpolitik.model import Article
    from realpolitik.sources import read_inputs

    inputs = [str(ROOT / "examples")] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    texts = [a.text for a in read_inputs(inputs) if isinstance(a, Article)]
    return [p.strip() for t in texts for p in t.split("\n") if p.strip()]


def document(chars: int) -> str:
    paras = paragraphs()
    out: list[str] = []
    total = i = 0
    while total < chars:
        out.append(paras[i % len(paras)])
        total += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:chars]


def child(chars: int) -> dict[str, float | int | None]:
    import spacy

    from realpolitik.model import Article
    from realpolitik.pipeline import Pipeline

    text = document(chars)
    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.code_text("Turkey met Venezuela.")  # load and warm up
    load_s = time.perf_counter() - t0
    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t1, c1 = time.perf_counter(), time.process_time()
    coded = next(iter(pipeline.code_articles([Article(text=text, published=date(2017, 10, 9))])))
    seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bare = spacy.load(pipeline.settings.model)  # the same model without our components, on the same text
    bare("Turkey met Venezuela.")
    c2 = time.process_time()
    bare(text)
    bare_cpu = time.process_time() - c2
    return {"chars": len(text), "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "load_s": round(load_s, 2),
            "loaded_rss_mb": round(loaded_mb), "peak_rss_mb": round(peak_mb), "events": len(coded.events),
            "sentences": coded.n_sentences, "bare_spacy_cpu_seconds": round(bare_cpu, 2),
            "full_over_bare": round(cpu / bare_cpu, 3) if bare_cpu else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50_000, 200_000, 1_000_000])
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    runs = []
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(size)], capture_output=True, text=True,
                             check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = runs[-1]
        print(f"{r['chars']:>9,} chars: {r['seconds']:6.1f} s wall, {r['cpu_seconds']:6.1f} s CPU, "
              f"peak RSS {r['peak_rss_mb']:5} MB "
              f"(pipeline loaded: {r['loaded_rss_mb']} MB), {r['events']} events, {r['sentences']} sentences")
    base = runs[0]
    per_char = base["cpu_seconds"] / base["chars"]
    extra_base = max(1, base["peak_rss_mb"] - base["loaded_rss_mb"])
    for r in runs:
        r["time_per_char_ratio"] = round((r["cpu_seconds"] / r["chars"]) / per_char, 2)
        r["memory_growth_ratio"] = round((r["peak_rss_mb"] - r["loaded_rss_mb"]) / extra_base, 2)
        print(f"{r['chars']:>9,} chars: CPU time per character × {r['time_per_char_ratio']} of the "
              f"{base['chars']:,} run; memory above the loaded pipeline × {r['memory_growth_ratio']}")
    last = runs[-1]
    result = {"runs": runs, "goals": GOALS, "largest_chars": last["chars"],
              "largest_within_goals": last["chars"] < 1_000_000 or (
                  last["cpu_seconds"] <= GOALS["seconds_1m"] and last["peak_rss_mb"] <= GOALS["peak_rss_mb_1m"])}
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
