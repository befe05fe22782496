"""`realpolitik export --format parquet --partition-by month --output DIR`: a hive-partitioned dataset."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

from realpolitik import open_store
from tests.store.factories import build_sample_store


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "realpolitik", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "300"})


def test_partitioned_export_reads_back_as_the_events_table(tmp_path: Path) -> None:
    db, out = tmp_path / "s.duckdb", tmp_path / "events"
    build_sample_store(db)
    with open_store(db, read_only=True) as store:
        expected = sorted(store.con.execute("SELECT event_id, event_date FROM events").fetchall())
    r = run("export", "--format", "parquet", "--partition-by", "month", "--output", str(out), "--db", str(db),
            cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"{len(expected)} event(s) written" in r.stderr
    months = {d.name for d in out.iterdir()}
    assert months == {f"month={d:%Y-%m}" for _, d in expected}
    glob = str(out / "**" / "*.parquet")
    back = duckdb.sql(f"SELECT event_id, event_date, month FROM read_parquet('{glob}', hive_partitioning=true)")
    rows = back.fetchall()
    assert sorted((e, d) for e, d, _ in rows) == expected
    assert all(m == f"{d:%Y-%m}" for _, d, m in rows)
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == len(expected) and "month" in table.column_names

    again = run("export", "--format", "parquet", "--partition-by", "month", "--output", str(out), "--db", str(db),
                cwd=tmp_path)
    assert again.returncode == 1 and "exists and is not an empty directory" in again.stderr
    wrong = run("export", "--format", "csv", "--partition-by", "month", "--output", str(tmp_path / "x"),
                "--db", str(db), cwd=tmp_path)
    assert wrong.returncode == 2 and "needs --format parquet" in wrong.stderr
