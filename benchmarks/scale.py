"""Scale-out benchmark on real news: bare spaCy vs realpolitik ingest, one process vs Dask workers.

Five runs over the same articles (the first ``--limit`` of ``../shared/data/corpus/te3news.dev.jsonl``,
read at run time and never copied into the repo), each a fresh process tree, side by side:

1. bare spaCy ``nlp.pipe``, one process          (the model alone: the floor)
2. bare spaCy ``nlp.pipe(n_process=2)``           (spaCy's own multiprocessing: the bar to beat)
3. ``realpolitik ingest`` single process          (full pipeline + DuckDB writer)
4. ``realpolitik ingest --workers 1``             (Dask overhead)
5. ``realpolitik ingest --workers 2``             (the scale-out)

Every figure is wall time of the whole command (model loads included, measured the same way for all
five), articles/s and words/s, and the peak RSS and CPU seconds of every process of the run's tree,
sampled with psutil. Per process, the peak over the first quarter of the run is printed beside the
whole-run peak (memory must stay flat as partitions stream). The three ingests must store the same events.
A local cluster's workers are forked from a "fork server" that built the pipeline first; it is listed
on its own, and its pages, shared with the workers until they write to them, count in each RSS.

    .venv/bin/python benchmarks/scale.py                 # 2,000 articles (the acceptance run)
    .venv/bin/python benchmarks/scale.py --limit 300     # a quick run
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "te3news.dev.jsonl"
OUT = ROOT / "benchmarks" / "results" / "scale.json"
MB = 1024 * 1024

BARE = """
import sys, json, spacy
n_process = int(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
nlp = spacy.load(sys.argv[3])
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=n_process))
print(n)
"""


@dataclass
class Run:
    name: str
    wall_s: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # role → peak RSS of that process
    early_rss_mb: dict[str, float] = field(default_factory=dict)  # role → peak over the first quarter
    cpu_s: dict[str, float] = field(default_factory=dict)  # role → CPU seconds (user + system) last seen
    stdout: str = ""


def _role(proc: psutil.Process, root: int) -> str:
    try:
        cmd = " ".join(proc.cmdline()[1:])  # not the interpreter's path, which may name anything
    except psutil.Error:
        cmd = ""
    if proc.pid == root:
        return "main"
    if "distributed" in cmd or "dask" in cmd or "spawn_main" in cmd or "forkserver" in cmd:
        return "worker"
    return "child"


def measure(name: str, args: list[str], cwd: Path) -> Run:
    """Run a command, sampling the RSS of it and every descendant every 0.1 s until it exits."""
    run = Run(name)
    samples: dict[int, list[tuple[float, float]]] = {}
    cpu: dict[int, float] = {}
    roles: dict[int, str] = {}
    parents: dict[int, int] = {}
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "300"})
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        now = time.perf_counter() - started
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            tree = []
        for p in tree:
            try:
                rss = p.memory_info().rss / MB
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
            except psutil.Error:
                continue
            samples.setdefault(p.pid, []).append((now, rss))
            if p.pid not in roles:
                roles[p.pid] = _role(p, proc.pid)
                with contextlib.suppress(psutil.Error):
                    parents[p.pid] = p.ppid()
        time.sleep(0.1)
    out, err = proc.communicate()
    run.wall_s = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}):\n{err[-3000:]}")
    run.stdout = out
    for pid, parent in parents.items():  # workers forked from a fork server share its command line
        if roles[pid] == "worker" and roles.get(parent) == "worker":
            roles[parent] = "fork server"
    counters: dict[str, int] = {}
    for pid, series in sorted(samples.items(), key=lambda kv: kv[1][0][0]):
        peak = max(r for _, r in series)
        if peak < 50:  # shells, resource trackers: not part of the work
            continue
        role = roles[pid]
        counters[role] = counters.get(role, 0) + 1
        label = role if role in ("main", "fork server") else f"{role} {counters[role]}"
        run.peak_rss_mb[label] = round(peak, 1)
        early = [r for t, r in series if t <= run.wall_s / 4]
        run.early_rss_mb[label] = round(max(early), 1) if early else 0.0
        run.cpu_s[label] = round(cpu.get(pid, 0.0), 1)
    return run


def events_of(db: Path) -> list[tuple[Any, ...]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        cols = [r[0] for r in con.execute("DESCRIBE events").fetchall() if r[0] not in ("first_seen", "last_seen")]
        return sorted(con.execute(f"SELECT {', '.join(cols)} FROM events").fetchall(), key=repr)
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000, help="articles from the corpus (default 2000)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--partition-size", type=int, default=None, help="articles per Dask task (default: settings)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()

    from realpolitik.settings import load_settings

    settings = load_settings()
    corpus = Path(args.corpus)
    if not corpus.is_file():
        raise SystemExit(f"{corpus}: not found (the benchmark reads ../shared/data/corpus at run time)")
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()][: args.limit]
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    py = sys.executable
    load_start = round(os.getloadavg()[0], 2)
    with tempfile.TemporaryDirectory(prefix="rp-scale-") as tmp:
        work = Path(tmp)
        data = work / "articles.jsonl"
        data.write_text("\n".join(lines) + "\n", encoding="utf-8")
        part = ["--partition-size", str(args.partition_size)] if args.partition_size else []

        def ingest(name: str, *extra: str) -> Run:
            db = work / f"{name}.duckdb"
            return measure(name, [py, "-m", "realpolitik", "ingest", str(data), "--db", str(db), "--quiet", *extra],
                           work)

        runs = [
            measure("spacy_1", [py, "-c", BARE, str(data), "1", settings.model], work),
            measure("spacy_2", [py, "-c", BARE, str(data), "2", settings.model], work),
            ingest("ingest_single"),
            ingest("ingest_workers_1", "--workers", "1", *part),
            ingest("ingest_workers_2", "--workers", "2", *part),
        ]
        same = events_of(work / "ingest_single.duckdb") == events_of(work / "ingest_workers_1.duckdb") == events_of(
            work / "ingest_workers_2.duckdb")
        n_events = len(events_of(work / "ingest_single.duckdb"))

    by = {r.name: r for r in runs}
    n = len(lines)
    cpus = os.cpu_count() or 1
    print(f"{n} articles, {words} words, {cpus} CPU(s), load average {os.getloadavg()[0]:.1f} at the end")
    print(f"{'run':18} {'wall s':>8} {'articles/s':>11} {'words/s':>9}  "
          "per process: peak RSS MB (first quarter → whole run), CPU s")
    for r in runs:
        rss = ", ".join(f"{k} {r.early_rss_mb[k]:.0f}→{v:.0f} MB {r.cpu_s[k]:.0f} s" for k, v in r.peak_rss_mb.items())
        print(f"{r.name:18} {r.wall_s:8.1f} {n / r.wall_s:11.2f} {words / r.wall_s:9.0f}  {rss}")

    def speed(name: str) -> float:
        return n / by[name].wall_s

    worker_peaks = [v for k, v in by["ingest_workers_2"].peak_rss_mb.items() if k.startswith("worker")]
    worker_early = [by["ingest_workers_2"].early_rss_mb[k] for k in by["ingest_workers_2"].peak_rss_mb
                    if k.startswith("worker")]
    ratios = {
        "workers_2_over_single": round(speed("ingest_workers_2") / speed("ingest_single"), 3),
        "workers_2_over_spacy_2": round(speed("ingest_workers_2") / speed("spacy_2"), 3),
        "workers_1_over_single": round(speed("ingest_workers_1") / speed("ingest_single"), 3),
        "full_over_bare": round(by["ingest_single"].wall_s / by["spacy_1"].wall_s, 3),
        "spacy_2_over_spacy_1": round(speed("spacy_2") / speed("spacy_1"), 3),
    }
    # CPU seconds of every process of a run: less sensitive than wall time to other load on a shared machine.
    cpu = {r.name: sum(r.cpu_s.values()) for r in runs}
    cpu_ratios = {
        "full_over_bare": round(cpu["ingest_single"] / cpu["spacy_1"], 3),
        "workers_2_over_spacy_2": round(cpu["spacy_2"] / cpu["ingest_workers_2"], 3),
    }
    goals = {
        "workers_2_over_single": ">= 1.6",
        "workers_2_over_spacy_2": ">= 1.0",
        "workers_1_over_single": ">= 0.9",
        "full_over_bare": "<= 1.20",
    }
    print()
    for key, value in ratios.items():
        print(f"{key:24} {value:6.3f}   goal {goals.get(key, '-')}")
    print(f"CPU s of all processes: full / bare {cpu_ratios['full_over_bare']:.3f}, "
          f"spaCy n_process=2 / --workers 2 {cpu_ratios['workers_2_over_spacy_2']:.3f} (higher is better)")
    print(f"peak RSS per worker (--workers 2): {max(worker_peaks, default=0):.0f} MB "
          f"(first quarter {max(worker_early, default=0):.0f} MB); goal <= 700 MB and flat")
    print(f"same events in the three ingests: {same} ({n_events} events)")
    per_hour = speed("ingest_workers_2") * 3600
    print(f"projection: 100,000 such articles take {100_000 / per_hour:.2f} h with --workers 2 on this machine "
          f"({100_000 / (speed('ingest_single') * 3600):.2f} h single process)")

    result = {
        "articles": n,
        "words": words,
        "cpus": cpus,
        "partition_size": args.partition_size or settings.partition_size,
        "events": n_events,
        "same_events": same,
        "runs": {
            r.name: {
                "wall_s": round(r.wall_s, 2),
                "articles_per_s": round(n / r.wall_s, 2),
                "words_per_s": round(words / r.wall_s),
                "peak_rss_mb": r.peak_rss_mb,
                "first_quarter_rss_mb": r.early_rss_mb,
                "cpu_s": r.cpu_s,
            }
            for r in runs
        },
        "ratios": ratios,
        "cpu_ratios": cpu_ratios,
        "goals": goals,
        "worker_peak_rss_mb": max(worker_peaks, default=0),
        "worker_first_quarter_rss_mb": max(worker_early, default=0),
        "hours_for_100k_workers_2": round(100_000 / per_hour, 2),
        "hours_for_100k_single": round(100_000 / (speed("ingest_single") * 3600), 2),
        "load_average_start": load_start,
        "load_average_end": round(os.getloadavg()[0], 2),
        "date": time.strftime("%Y-%m-%d"),
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
