"""REST API benchmark: requests/s and p50/p99 latency on a synthetic store of N events (default 1,000,000).

Run by hand: ``python benchmarks/api.py [--rows N] [--keep DIR]``. Builds the store as
``benchmarks/analysis.py`` does (synthetic GDELT export → ``import-gdelt``), times the same queries
through the Python API in this process (the baseline), then starts ``realpolitik serve`` in its own
process on 127.0.0.1 and drives it with 1 and 8 concurrent keep-alive clients:

- ``/events`` filtered by one dyad (the two most active states), 100 rows per page;
- ``/sanctuary`` for one state as of 2024-12-31, top 10.

Prints and writes ``benchmarks/results/api.json``, with the ratio of HTTP p50 to the direct call
(the cost of the HTTP face) measured side by side. Goals on the 2-core machine: ``/events`` p99 < 50 ms
at 8 clients, ``/sanctuary`` p99 < 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from realpolitik import api
from realpolitik.analysis.synthetic import ranked_states, write_synthetic_export
from realpolitik.store import open_store
from realpolitik.store.gdelt import import_gdelt

RESULTS = Path(__file__).resolve().parent / "results" / "api.json"
AS_OF = "2024-12-31"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def direct(fn: Callable[[], Any], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load(base: str, path: str, params: dict[str, Any], clients: int, per_client: int) -> dict[str, Any]:
    """``clients`` threads, each with its own keep-alive connection, ``per_client`` requests each."""
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            client.get(path, params=params)  # connection set up outside the measurement
            mine = []
            for _ in range(per_client):
                start = time.perf_counter()
                r = client.get(path, params=params)
                mine.append(time.perf_counter() - start)
                if r.status_code != 200:
                    failures.append(r.status_code)
            with lock:
                latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    return {
        "clients": clients, "requests": len(latencies), "errors": len(failures),
        "requests_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1), "p99_ms": round(percentile(latencies, 99) * 1000, 1),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="Directory to keep (and reuse) the database in.")
    parser.add_argument("--events-requests", type=int, default=400, help="Requests per load level for /events.")
    parser.add_argument("--sanctuary-requests", type=int, default=24, help="Requests per load level for /sanctuary.")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="rp-api-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"api-{args.rows}.duckdb"
    if not db.exists():
        export = workdir / "synthetic.export.CSV"
        write_synthetic_export(export, args.rows)
        with open_store(db) as store:
            import_gdelt(store, [export])
        export.unlink()

    states = ranked_states()
    a, b, home = states[0], states[1], states[10]
    events_params = {"dyad": f"{a},{b}", "limit": 100}
    sanctuary_params = {"country": home, "as_of": AS_OF, "top": 10}
    with open_store(db, read_only=True) as store:
        n_events = store.count("events")
        page = api.events(store, dyad=(a, b), limit=100)
        events_direct = direct(lambda: api.events(store, dyad=(a, b), limit=100).to_dict(), 20)
        sanctuary_direct = direct(lambda: api.sanctuary(store, country=home, as_of=AS_OF, top=10).to_dict(), 3)

    load_before = os.getloadavg()[0]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "realpolitik", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "REALPOLITIK_TOKEN": ""})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{base}/stats", timeout=60)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"server did not start: {server.stderr.read() if server.stderr else ''}") from None
                time.sleep(0.2)
        runs: dict[str, list[dict[str, Any]]] = {"events": [], "sanctuary": []}
        for clients in (1, 8):
            runs["events"].append(load(base, "/events", events_params, clients, args.events_requests // clients))
            runs["sanctuary"].append(
                load(base, "/sanctuary", sanctuary_params, clients, max(1, args.sanctuary_requests // clients)))
    finally:
        server.terminate()
        server.wait(timeout=60)

    ev8 = runs["events"][1]
    sa = runs["sanctuary"]
    figures = {
        "rows": n_events, "cpus": os.cpu_count(),
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "events_query": f"/events?dyad={a},{b}&limit=100", "events_page_rows": len(page),
        "sanctuary_query": f"/sanctuary?country={home}&as_of={AS_OF}&top=10",
        "events_direct_ms": round(events_direct * 1000, 2),
        "sanctuary_direct_ms": round(sanctuary_direct * 1000, 1),
        "events": runs["events"], "sanctuary": sa,
        "events_http_vs_direct_p50": round(runs["events"][0]["p50_ms"] / (events_direct * 1000), 2),
        "sanctuary_http_vs_direct_p50": round(sa[0]["p50_ms"] / (sanctuary_direct * 1000), 2),
        "goals": {"events_p99_ms_at_8": 50, "sanctuary_p99_ms": 1500},
    }
    figures["goals_met"] = {
        "events_p99_at_8": ev8["p99_ms"] < 50,
        "sanctuary_p99_at_1": sa[0]["p99_ms"] < 1500,
        "sanctuary_p99_at_8": sa[1]["p99_ms"] < 1500,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    for key, value in figures.items():
        print(f"{key:30} {value}")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
