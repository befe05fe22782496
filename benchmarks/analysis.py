"""Analysis benchmark: a synthetic GDELT export of N events (default 1,000,000), imported and queried.

Run by hand: ``python benchmarks/analysis.py [--rows N] [--keep DIR]``. Prints and writes
``benchmarks/results/analysis.json``: generation time, import rate (rows/s) against DuckDB's bare
CSV scan of the same file (the baseline: parsing alone), dyad monthly series, network build and
sanctuary times (medians of several runs; import: three fresh databases) against a plain
``count(*)`` scan of the events table.
Goals: import >= 200k rows/s, dyad series < 100 ms, sanctuary < 1 s.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="Directory to keep the file and database in.")
    args = parser.parse_args()
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
