"""A second process on a database in use: a clear message naming the holder, a retry, exit code 3."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from realpolitik.errors import EXIT_LOCKED, StoreLockedError
from realpolitik.store import open_store

HOLD = ("import sys, time; from realpolitik import open_store; s = open_store(sys.argv[1]); "
        "print('held', flush=True); time.sleep(float(sys.argv[2]))")


def _hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_locked_database_names_the_holder_and_gives_up(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    open_store(db).close()
    holder = _hold(db, 30)
    try:
        started = time.monotonic()
        with pytest.raises(StoreLockedError) as info:
            open_store(db, read_only=True, lock_wait=1.0)
        assert time.monotonic() - started >= 1.0, "it retried before giving up"
        message = str(info.value)
        assert f"PID {holder.pid}" in message and "realpolitik" in message and "-readonly" not in message
        env = {**os.environ, "COLUMNS": "300"}
        r = subprocess.run([sys.executable, "-m", "realpolitik", "stats", "--db", str(db)], capture_output=True,
                           text=True, env=env, timeout=120)
        assert r.returncode == EXIT_LOCKED == 3, r.stderr
        assert "in use by another realpolitik process" in r.stderr and "Traceback" not in r.stderr
    finally:
        holder.kill()
        holder.wait()


def test_reader_waits_for_a_short_lock(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    open_store(db).close()
    holder = _hold(db, 1.0)
    try:
        with open_store(db, read_only=True, lock_wait=20) as store:
            assert store.count("events") == 0
    finally:
        holder.kill()
        holder.wait()
