"""Closed-loop HTTP load for benchmarks/api.py: N client processes, each with one keep-alive connection.

Each client is its own Python process running this file (standard library only), so clients never
queue on one another's GIL, and uses ``http.client``, whose few Python calls per request leave the
shared cores to the server rather than to the load generator. A request's latency is measured in
the client from just before the request is written to just after the last byte of the response
body is read: the full request → response time over real HTTP on 127.0.0.1. All clients connect and
send one untimed request first, then start together when the parent says go.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import time
from typing import Any
from urllib.parse import urlencode


def client(job: dict[str, Any]) -> dict[str, Any]:
    """One client's run (in the client process): connect, warm up, wait for go, time every request."""
    conn = http.client.HTTPConnection(job["host"], job["port"], timeout=300)
    conn.request("GET", job["warm"])
    conn.getresponse().read()
    print("ready", flush=True)
    sys.stdin.readline()
    cpu = time.process_time()
    latencies: list[float] = []
    failures: list[int] = []
    for url in job["urls"]:
        start = time.perf_counter()
        conn.request("GET", url)
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - start)
        if response.status != 200:
            failures.append(response.status)
    conn.close()
    return {"latencies": latencies, "failures": failures, "cpu_s": time.process_time() - cpu}


def run(host: str, port: int, path: str, params: list[dict[str, Any]], clients: int, per_client: int,
        warm: str = "/actors/unknown?limit=0") -> tuple[list[float], list[int], float, float]:
    """``clients`` processes, ``per_client`` requests each; request ``i`` of client ``c`` asks
    ``params[(c * per_client + i) % len(params)]``. Returns every latency (s), the non-200 statuses,
    the wall time from the common start to the last response (s) and the clients' CPU time (s)."""
    procs = []
    for c in range(clients):
        urls = [f"{path}?{urlencode(params[(c * per_client + i) % len(params)], doseq=True)}"
                for i in range(per_client)]
        proc = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps({"host": host, "port": port, "warm": warm, "urls": urls}) + "\n")
        proc.stdin.flush()
        procs.append(proc)
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    start = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        assert proc.stdout is not None
        results.append(json.loads(proc.stdout.readline()))
    wall = time.perf_counter() - start
    for proc in procs:
        proc.wait(timeout=60)
    latencies = [x for r in results for x in r["latencies"]]
    failures = [x for r in results for x in r["failures"]]
    return latencies, failures, wall, sum(r["cpu_s"] for r in results)


if __name__ == "__main__":
    print(json.dumps(client(json.loads(sys.stdin.readline()))), flush=True)
