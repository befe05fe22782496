"""Analysis benchmark: a synthetic GDELT export of N events (default 1,000,000), imported and queried.

Run by hand: ``python benchmarks/analysis.py [--rows N] [--keep DIR]``. Prints and writes
``benchmarks/results/analysis.json``: generation time, import rate (rows/s) against DuckDB's bare
CSV scan of the same file (the baseline: parsing alone), dyad monthly series, network build and
sanctuary times (medians of several runs; import: three fresh databases) against a plain
``count(*)`` scan of the events table.
Goals: import >= 200k rows/s, dyad series < 100 ms, sanctuary < 1 s.

``python benchmarks/analysis.py --icews`` instead imports the real ICEWS 2018 year
(``../shared/data/icews/icews18.export.CSV.zip``, 468,558 events) and times shifts (30-day windows),
blocs (whole year) and sanctuary (Maduro as of 2018-10-31) — medians of warm runs, the first (cold)
call reported apart — against a ``count(*)`` scan of the same store, writing
``benchmarks/results/analysis_icews.json``. Goals: shifts < 2 s, blocs < 2 s, sanctuary < 1 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from realpolitik.analysis import Filters, build_network, dyad_series, sanctuary
from realpolitik.analysis.synthetic import ranked_states, write_synthetic_export
from realpolitik.store import open_store
from realpolitik.store.gdelt import GDELT_COLUMNS, import_gdelt

RESULTS = Path(__file__).resolve().parent / "results" / "analysis.json"
ICEWS_RESULTS = RESULTS.with_name("analysis_icews.json")
ICEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "icews" / "icews18.export.CSV.zip"


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    """Median wall time in seconds over ``repeat`` runs (after one warm-up), and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def parse_baseline(path: Path) -> float:
    cols = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in GDELT_COLUMNS) + "}"
    con = duckdb.connect()
    start = time.perf_counter()
    con.execute(f"SELECT count(*) FROM read_csv('{path}', delim='\t', header=false, quote='', escape='', "
                f"auto_detect=false, columns={cols})").fetchall()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def icews(workdir: Path) -> None:
    """The analyses on a real year of events; every figure from this run."""
    from realpolitik.analysis import blocs, shifts

    db = workdir / "icews18.duckdb"
    for p in (db, Path(f"{db}.wal")):
        p.unlink(missing_ok=True)
    with open_store(db) as store:
        report = import_gdelt(store, [ICEWS])
    as_of = date(2018, 10, 31)
    with open_store(db, read_only=True) as store:
        con = store.con
        cold: dict[str, float] = {}
        for name, fn in (("shifts", lambda: shifts(con, "30d", limit=20)),
                         ("blocs", lambda: blocs(build_network(con))),
                         ("sanctuary", lambda: sanctuary(con, "Nicolas Maduro", as_of=as_of, top=15))):
            start = time.perf_counter()
            fn()
            cold[name] = time.perf_counter() - start
        scan_s, _ = timed(lambda: con.execute("SELECT count(*), sum(goldstein) FROM events").fetchall())
        shifts_s, top = timed(lambda: shifts(con, "30d", limit=20), repeat=3)
        blocs_s, found = timed(lambda: blocs(build_network(con)), repeat=3)
        sanctuary_s, ranked = timed(lambda: sanctuary(con, "Nicolas Maduro", as_of=as_of, top=15), repeat=3)
    figures = {
        "events": report.inserted, "import_s": round(report.seconds, 2),
        "count_scan_ms": round(scan_s * 1000, 2),
        "shifts_ms": round(shifts_s * 1000, 1), "blocs_ms": round(blocs_s * 1000, 1),
        "sanctuary_ms": round(sanctuary_s * 1000, 1),
        "cold_first_call_ms": {k: round(v * 1000, 1) for k, v in cold.items()},
        "shifts_vs_scan_ratio": round(shifts_s / scan_s, 1), "blocs_vs_scan_ratio": round(blocs_s / scan_s, 1),
        "sanctuary_vs_scan_ratio": round(sanctuary_s / scan_s, 1),
        "shifts_top5": [f"{r['a']}-{r['b']} {r['direction']} {r['after_start']}" for r in top[:5]],
        "blocs": len(found["blocs"]), "largest_bloc": max(len(b["members"]) for b in found["blocs"]),
        "states": len(found["assignment"]),
        "sanctuary_top5": [c["code"] for c in ranked["candidates"][:5]],
        "goals_ms": {"shifts": 2000, "blocs": 2000, "sanctuary": 1000},
        "duckdb": duckdb.__version__,
    }
    figures["goals_met"] = {k: figures[f"{k}_ms"] < v for k, v in figures["goals_ms"].items()}
    ICEWS_RESULTS.parent.mkdir(parents=True, exist_ok=True)
    ICEWS_RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    for key, value in figures.items():
        print(f"{key:24} {value}")
    print(f"written to {ICEWS_RESULTS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="Directory to keep the file and database in.")
    parser.add_argument("--icews", action="store_true", help="Time shifts/blocs/sanctuary on the ICEWS 2018 year.")
    args = parser.parse_args()
    if args.icews:
        workdir = args.keep or Path(tempfile.mkdtemp(prefix="rp-bench-"))
        workdir.mkdir(parents=True, exist_ok=True)
        icews(workdir)
        return
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="rp-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    export = workdir / "synthetic.export.CSV"
    db = workdir / "bench.duckdb"
    for p in (db, Path(f"{db}.wal")):
        p.unlink(missing_ok=True)

    start = time.perf_counter()
    write_synthetic_export(export, args.rows)
    gen_s = time.perf_counter() - start
    parse_s = parse_baseline(export)

    import_runs = []
    for _ in range(3):  # fresh database each time; the median damps a busy machine's noise
        for p in (db, Path(f"{db}.wal")):
            p.unlink(missing_ok=True)
        with open_store(db) as store:
            report = import_gdelt(store, [export])
        import_runs.append(report.seconds)
    import_s = statistics.median(import_runs)

    with open_store(db) as store:
        states = ranked_states()
        a, b = states[0], states[1]
        home = states[10]
        con = store.con
        scan_s, _ = timed(lambda: con.execute("SELECT count(*), sum(goldstein) FROM events").fetchall())
        dyad_s, rows = timed(lambda: dyad_series(con, a, b, "month"))
        network_s, graph = timed(lambda: build_network(con, Filters()), repeat=3)
        sanctuary_s, result = timed(lambda: sanctuary(con, country=home, as_of=date(2024, 12, 31), top=10),
                                    repeat=3)

    figures = {
        "rows": args.rows,
        "file_mb": round(export.stat().st_size / 1e6, 1),
        "generate_s": round(gen_s, 2),
        "csv_parse_baseline_s": round(parse_s, 3),
        "import_s": round(import_s, 3),
        "import_runs_s": [round(x, 3) for x in import_runs],
        "import_rows_per_s": round(report.rows_read / import_s),
        "import_vs_parse_ratio": round(import_s / parse_s, 2),
        "inserted": report.inserted,
        "rejected": len(report.rejected),
        "count_scan_ms": round(scan_s * 1000, 2),
        "dyad_monthly_ms": round(dyad_s * 1000, 2),
        "dyad": f"{a}-{b}", "dyad_periods": len(rows),
        "dyad_vs_scan_ratio": round(dyad_s / scan_s, 2),
        "network_build_ms": round(network_s * 1000, 1),
        "network_nodes": graph.number_of_nodes(), "network_edges": graph.number_of_edges(),
        "sanctuary_ms": round(sanctuary_s * 1000, 1),
        "sanctuary_country": home, "sanctuary_top": [c["code"] for c in result["candidates"][:5]],
        "goals": {"import_rows_per_s": 200_000, "dyad_monthly_ms": 100, "sanctuary_ms": 1000},
        "duckdb": duckdb.__version__,
    }
    figures["goals_met"] = {
        "import": figures["import_rows_per_s"] >= 200_000,
        "dyad": figures["dyad_monthly_ms"] < 100,
        "sanctuary": figures["sanctuary_ms"] < 1000,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    for key, value in figures.items():
        print(f"{key:24} {value}")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
