"""Parallel ingest on Dask: same database whatever runs the NLP, and no loss when a worker dies.

Every run goes through the real CLI, the real spaCy pipeline and real Dask processes on 127.0.0.1;
the corpus is the package's examples (five articles), split one article per task so that every
worker gets work.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from realpolitik import open_store
from tests.conftest import REPO

EXAMPLES = REPO / "examples"
N_ARTICLES = 5
BIN = Path(sys.executable).parent
# Columns that say *when* a row was written, not what it says.
WHEN = {"first_seen", "last_seen", "ingested_at"}


def ingest(db: Path, *extra: str, wait: bool = True) -> subprocess.Popen[str] | subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "realpolitik", "ingest", str(EXAMPLES), "--db", str(db), "--quiet", *extra]
    env = {**os.environ, "COLUMNS": "300"}
    if not wait:
        return subprocess.Popen(args, cwd=db.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env)
    return subprocess.run(args, cwd=db.parent, capture_output=True, text=True, timeout=600, env=env)


def table(db: Path, name: str) -> list[tuple[object, ...]]:
    """Every row of a table, sorted, without the write-time columns."""
    with open_store(db, read_only=True) as store:
        cols = [r[0] for r in store.con.execute(f"DESCRIBE {name}").fetchall() if r[0] not in WHEN]
        rows = store.con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    r = ingest(db)
    assert isinstance(r, subprocess.CompletedProcess) and r.returncode == 0, r.stderr
    assert f"{N_ARTICLES} article(s) added" in r.stdout
    assert len(table(db, "events")) >= 10
    return db


def test_workers_1_and_2_store_the_same_events_as_one_process(single: Path, tmp_path: Path) -> None:
    for n in ("1", "2"):
        db = tmp_path / f"w{n}.duckdb"
        r = ingest(db, "--workers", n, "--partition-size", "1")
        assert isinstance(r, subprocess.CompletedProcess) and r.returncode == 0, r.stderr
        assert "Dask local cluster" in r.stderr and "dashboard http://127.0.0.1:" in r.stderr
        for name in ("events", "mentions", "articles"):
            assert table(db, name) == table(single, name), (n, name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A ``dask scheduler`` and two ``dask worker`` processes (no nanny, so a killed worker stays dead)."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    log = (tmp_path / "dask.log").open("wb")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port",
                                       address.rsplit(":", 1)[1], "--no-dashboard"], stdout=log, stderr=log))
        workers = [subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny",
                                     "--no-dashboard", "--host", "127.0.0.1"], stdout=log, stderr=log)
                   for _ in range(2)]
        procs.extend(workers)
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address, workers
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()


def test_an_existing_cluster_stores_the_same_events(single: Path, tmp_path: Path, cluster) -> None:
    address, _ = cluster
    db = tmp_path / "cluster.duckdb"
    r = ingest(db, "--cluster", address, "--partition-size", "1")
    assert isinstance(r, subprocess.CompletedProcess) and r.returncode == 0, r.stderr
    assert f"Dask scheduler {address} (2 worker(s))" in r.stderr
    for name in ("events", "mentions", "articles"):
        assert table(db, name) == table(single, name), name


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(single: Path, tmp_path: Path, cluster) -> None:
    from distributed import Client

    address, workers = cluster
    db = tmp_path / "fault.duckdb"
    killed = None
    with Client(address, timeout="60s") as client:
        pids = client.run(os.getpid)
        assert sorted(pids.values()) == sorted(p.pid for p in workers)
        run = ingest(db, "--cluster", address, "--partition-size", "1", wait=False)
        assert isinstance(run, subprocess.Popen)
        deadline = time.monotonic() + 300
        while killed is None and time.monotonic() < deadline and run.poll() is None:
            busy = {w for w, keys in client.processing().items()
                    if any(str(k).startswith("realpolitik-code") for k in keys)}
            for addr in busy:
                killed = pids[addr]
                os.kill(killed, signal.SIGKILL)
                break
            time.sleep(0.2)
    out, err = run.communicate(timeout=600)
    assert killed is not None, "no worker was ever busy with a partition"
    assert next(p for p in workers if p.pid == killed).wait(timeout=30) == -signal.SIGKILL
    assert run.returncode == 0, err
    assert f"{N_ARTICLES} article(s) added" in out
    with open_store(db, read_only=True) as store:
        n, distinct = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone()
    assert n == distinct == N_ARTICLES
    for name in ("events", "mentions", "articles"):
        assert table(db, name) == table(single, name), name


def test_a_rerun_after_the_whole_run_crashed_adds_only_what_is_missing(single: Path, tmp_path: Path,
                                                                       cluster) -> None:
    from distributed import Client

    address, _ = cluster
    db = tmp_path / "crash.duckdb"
    run = ingest(db, "--cluster", address, "--partition-size", "1", wait=False)
    assert isinstance(run, subprocess.Popen)
    seen: set[str] = set()
    finished: set[str] = set()
    wal = db.with_name(db.name + ".wal")
    schema_only: int | None = None
    with Client(address, timeout="60s") as client:
        deadline = time.monotonic() + 300
        # partitions are written in input order: once the first one has come back, it is committed
        while not any(k.endswith("-0") for k in finished) and time.monotonic() < deadline and run.poll() is None:
            now = {str(k) for keys in client.processing().values() for k in keys
                   if str(k).startswith("realpolitik-code")}
            if now and schema_only is None:  # the store was created before any work was sent
                schema_only = wal.stat().st_size if wal.exists() else 0
            finished |= seen - now
            seen |= now
            time.sleep(0.05)
    # a commit appends to the write-ahead log: kill as soon as the first partition's rows are in it
    while run.poll() is None and time.monotonic() < deadline and (wal.stat().st_size if wal.exists() else 0) <= (
        schema_only or 0
    ):
        time.sleep(0.02)
    assert run.poll() is None, "the run ended before it could be interrupted"
    run.send_signal(signal.SIGKILL)  # the whole ingest dies: no cleanup, no final commit
    run.wait(timeout=30)

    again = ingest(db, "--cluster", address, "--partition-size", "1")
    assert isinstance(again, subprocess.CompletedProcess) and again.returncode == 0, again.stderr
    added, present = (int(again.stdout.split(" article(s) added, ")[0].split()[-1]),
                      int(again.stdout.split(" article(s) added, ")[1].split()[0]))
    assert added + present == N_ARTICLES and present >= 1, again.stdout
    for name in ("events", "mentions", "articles"):
        assert table(db, name) == table(single, name), name
