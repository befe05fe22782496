"""REST API benchmark: requests/s and p50/p99 latency on a synthetic store of N events (default 1,000,000).

Run by hand: ``python benchmarks/api.py [--rows N] [--keep DIR]``. Builds the store as
``benchmarks/analysis.py`` does (synthetic GDELT export → ``import-gdelt``; with ``--keep DIR`` the
store is kept in DIR and reused by later runs, migrated to the current schema first, outside any
timing), times the same queries through the Python API in this process (the baseline), then starts
``realpolitik serve`` in its own process on 127.0.0.1 and drives it with 1 and 8 concurrent clients.

How latency is measured (``http_load.py``): every client is its own process with one keep-alive HTTP
connection (``http.client``), sending its requests one after another (a closed loop); a request's
latency is the time from just before the request is written to just after the last byte of the
response body is read, over real HTTP. The clients share the machine's cores with the server, so
their CPU time per request is reported beside the server's. For comparison, the 8-client ``/events``
level is also run with the previous load generator (``events_threads_8``: 8 httpx threads in this
process, which queue on this process's GIL while timing).

- ``/events`` filtered by one dyad, 100 rows per page; successive requests cycle through the 15 dyads
  of the six most active states (the two most active first), so no figure is one page read again.
  ``events_deep`` asks pages 2–200 of those listings (cursor pages, found by following ``next``
  links), each once per 8-client level. A dyad page is read from the dyad index, each row written as JSON
  by DuckDB, within a date bound taken from the pair's month histogram (``store/dyads.py``), which the
  server reads on a pair's first page and keeps for 30 s: ``events_histogram_ms`` is that cost,
  direct. ``events_direct_ms`` is that JSON path called directly, ``events_direct_dicts_ms``
  the same page built as Python rows (what the CLI's JSON shows), side by side;
- ``/sanctuary`` as of 2024-12-31, top 10; successive requests cycle through 40 states, each asked
  once per load level. The server keeps sanctuary's country-independent pair table until the next
  write (``analysis/cache.py``), so the figures are split: ``cold`` is the first request after the
  server starts (one client) and the first requests of 8 clients at once for another date (one
  computes the table, the others wait for it); the 1- and 8-client levels after that are ``warm``
  (the table kept, every country's own figures computed).

Prints and writes ``benchmarks/results/api.json``, with the ratio of HTTP p50 to the direct call
(the cost of the HTTP face) measured side by side, the server's and the clients' CPU time per request
(the most robust figures on a shared machine) and the machine's 1-minute load average as each level
starts. Goals on the 2-core machine: ``/events`` p99 < 50 ms at 8 clients, ``/sanctuary`` p99 < 1.5 s.
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

import http_load
import httpx

from realpolitik import api
from realpolitik.analysis import cache
from realpolitik.analysis.synthetic import ranked_states, write_synthetic_export
from realpolitik.query import Query
from realpolitik.store import dyads as dyads_index
from realpolitik.store import open_store
from realpolitik.store.gdelt import import_gdelt

RESULTS = Path(__file__).resolve().parent / "results" / "api.json"
AS_OF = "2024-12-31"
DEEP_PAGES = (2, 5, 20, 50, 200)
COLD_AS_OF = "2024-12-30"  # a date no request asked before: the 8-client cold level computes its table


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


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc), to report the server's CPU per request:
    unlike latency, it does not grow with what else the shared machine is running."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(port: int, path: str, params: list[dict[str, Any]], clients: int, per_client: int,
         server_pid: int | None = None) -> dict[str, Any]:
    """``clients`` client processes (``http_load.py``), each with its own keep-alive connection,
    ``per_client`` requests each; request ``i`` of client ``c`` asks ``params[(c * per_client + i) % len(params)]``."""
    load_1min = os.getloadavg()[0]
    cpu_before = cpu_seconds(server_pid) if server_pid else None
    latencies, failures, wall, client_cpu = http_load.run("127.0.0.1", port, path, params, clients, per_client)
    cpu_after = cpu_seconds(server_pid) if server_pid else None
    n = max(1, len(latencies))
    cpu = {"server_cpu_ms_per_request": round((cpu_after - cpu_before) * 1000 / n, 2)} \
        if cpu_before is not None and cpu_after is not None else {}
    return {**cpu, "client_cpu_ms_per_request": round(client_cpu * 1000 / n, 2),
        "clients": clients, "requests": len(latencies), "errors": len(failures),
        "requests_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1), "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1), "load_1min": round(load_1min, 1),
    }


def deep_pages(store: Any, dyads: list[tuple[str, str]], pages: tuple[int, ...]) -> list[dict[str, Any]]:
    """Query parameters of pages ``pages`` (1 = first) of each dyad's listing, where it has that many:
    cursors found by walking the listing as a client following ``next`` links would."""
    found = []
    for a, b in dyads:
        cursor = None
        for number in range(2, max(pages) + 1):
            page = api.events_json(store, Query.build(dyad=(a, b), limit=100, cursor=cursor))
            cursor = page[1] if page else None
            if cursor is None:
                break
            if number in pages:
                found.append({"dyad": f"{a},{b}", "limit": 100, "cursor": cursor})
    return found


def load_threads(base: str, path: str, params: list[dict[str, Any]], clients: int, per_client: int,
                 server_pid: int | None = None) -> dict[str, Any]:
    """The previous load generator, kept for comparison: ``clients`` threads of this process, each with
    an httpx keep-alive client, sharing its GIL (and so queueing on one another while timing)."""
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    load_1min = os.getloadavg()[0]

    def worker(c: int) -> None:
        with httpx.Client(base_url=base, timeout=300) as client:
            client.get("/actors/unknown", params={"limit": 0})
            mine = []
            for i in range(per_client):
                start = time.perf_counter()
                r = client.get(path, params=params[(c * per_client + i) % len(params)])
                mine.append(time.perf_counter() - start)
                if r.status_code != 200:
                    failures.append(r.status_code)
            with lock:
                latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(c,)) for c in range(clients)]
    cpu_before = cpu_seconds(server_pid) if server_pid else None
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    cpu_after = cpu_seconds(server_pid) if server_pid else None
    n = max(1, len(latencies))
    cpu = {"server_cpu_ms_per_request": round((cpu_after - cpu_before) * 1000 / n, 2)} \
        if cpu_before is not None and cpu_after is not None else {}
    return {**cpu, "clients": clients, "requests": len(latencies), "errors": len(failures),
            "requests_per_s": round(len(latencies) / wall, 1), "p50_ms": round(percentile(latencies, 50) * 1000, 1),
            "p99_ms": round(percentile(latencies, 99) * 1000, 1), "load_1min": round(load_1min, 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="Directory to keep (and reuse) the database in.")
    parser.add_argument("--events-requests", type=int, default=2000,
                        help="Requests per load level for /events (2,000: a p99 then rests on its 20 slowest, not 4).")
    parser.add_argument("--sanctuary-requests", type=int, default=40, help="Requests per load level for /sanctuary.")
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
    open_store(db).close()  # a store kept from an older release is migrated here, not inside a timing

    states = ranked_states()
    top = states[:6]
    dyads = [(a, b) for i, a in enumerate(top) for b in top[i + 1:]]
    homes = states[10:50]
    events_params = [{"dyad": f"{a},{b}", "limit": 100} for a, b in dyads]
    sanctuary_params = [{"country": c, "as_of": AS_OF, "top": 10} for c in homes]
    with open_store(db, read_only=True) as store:
        n_events = store.count("events")
        page = api.events(store, dyad=dyads[0], limit=100)
        turn = iter(range(10**9))

        def next_dyad() -> Any:
            return api.events(store, dyad=dyads[next(turn) % len(dyads)], limit=100).to_dict()

        def next_dyad_json() -> Any:
            return api.events_json(store, Query.build(dyad=dyads[next(turn) % len(dyads)], limit=100))

        def histogram() -> Any:
            dyads_index.forget()
            pair = " ".join(sorted(dyads[next(turn) % len(dyads)]))
            return dyads_index.month_counts(store.con, str(store.path), pair)

        deep_params = deep_pages(store, dyads, DEEP_PAGES)

        def sanctuary_cold() -> Any:
            cache.clear()
            return api.sanctuary(store, country=homes[0], as_of=AS_OF, top=10).to_dict()

        def sanctuary_warm() -> Any:
            return api.sanctuary(store, country=homes[next(turn) % len(homes)], as_of=AS_OF, top=10).to_dict()

        events_direct_dicts = direct(next_dyad, 30)
        events_direct = direct(next_dyad_json, 30)
        events_histogram = direct(histogram, 15)
        sanctuary_direct_cold = direct(sanctuary_cold, 3)
        sanctuary_direct = direct(sanctuary_warm, 10)

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
        pid = server.pid
        cold = [load(port, "/sanctuary", sanctuary_params[:1], 1, 1, pid),
                load(port, "/sanctuary", [{**p, "as_of": COLD_AS_OF} for p in sanctuary_params[1:9]], 8, 1, pid)]
        for clients in (1, 8):
            runs["events"].append(load(port, "/events", events_params, clients, args.events_requests // clients, pid))
            runs["sanctuary"].append(
                load(port, "/sanctuary", sanctuary_params, clients, max(1, args.sanctuary_requests // clients), pid))
        events_deep = load(port, "/events", deep_params, 8, args.events_requests // 8, pid)
        events_threads = load_threads(base, "/events", events_params, 8, args.events_requests // 8, pid)
    finally:
        server.terminate()
        server.wait(timeout=60)

    ev8 = runs["events"][1]
    sa = runs["sanctuary"]
    figures = {
        "rows": n_events, "cpus": os.cpu_count(),
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "events_query": f"/events?dyad=A,B&limit=100 over the {len(dyads)} dyads of {','.join(top)}",
        "events_page_rows": len(page),
        "sanctuary_query": f"/sanctuary?country=C&as_of={AS_OF}&top=10 over {len(homes)} states",
        "events_direct_ms": round(events_direct * 1000, 2),
        "events_direct_dicts_ms": round(events_direct_dicts * 1000, 2),
        "events_ready_json_vs_dicts": round(events_direct / events_direct_dicts, 2),
        "events_histogram_ms": round(events_histogram * 1000, 2),
        "events_deep": events_deep,
        "events_deep_query": f"/events?dyad=A,B&limit=100&cursor=C: pages {', '.join(map(str, DEEP_PAGES))} "
                             f"of each dyad that has them ({len(deep_params)} distinct pages)",
        "events_threads_8": events_threads,
        "sanctuary_direct_ms": round(sanctuary_direct * 1000, 1),
        "sanctuary_direct_cold_ms": round(sanctuary_direct_cold * 1000, 1),
        "events": runs["events"], "sanctuary": sa,
        "sanctuary_cold": cold,
        "events_http_vs_direct_p50": round(runs["events"][0]["p50_ms"] / (events_direct * 1000), 2),
        "sanctuary_http_vs_direct_p50": round(sa[0]["p50_ms"] / (sanctuary_direct * 1000), 2),
        "goals": {"events_p99_ms_at_8": 50, "sanctuary_p99_ms": 1500},
    }
    figures["goals_met"] = {
        "events_p99_at_8": ev8["p99_ms"] < 50,
        "events_deep_p99_at_8": events_deep["p99_ms"] < 50,
        "sanctuary_p99_at_1": sa[0]["p99_ms"] < 1500,
        "sanctuary_p99_at_8": sa[1]["p99_ms"] < 1500,
        "sanctuary_cold_at_1": cold[0]["p99_ms"] < 1500,
        "sanctuary_cold_at_8": cold[1]["p99_ms"] < 1500,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    for key, value in figures.items():
        print(f"{key:30} {value}")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
