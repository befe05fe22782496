"""The README's main job: ingest the shipped examples, then summarise — a real result, end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "realpolitik", *args], capture_output=True, text=True)


def test_examples_ingest_and_summary(tmp_path: Path) -> None:
    db = tmp_path / "main.duckdb"
    proc = _cli("ingest", str(REPO / "examples"), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    proc = _cli("summary", "--db", str(db), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["articles"] == 5
    assert summary["events"] >= 10
    quads = {row["quad_class"] for row in summary["by_quad_class"]}
    assert {1, 3} <= quads
    pairs = {frozenset((d["actor_a"][:3], d["actor_b"][:3])) for d in summary["top_dyads"]}
    assert frozenset(("TUR", "VEN")) in pairs
    assert summary["sample_events"] and all(e["evidence"] for e in summary["sample_events"])

    table = _cli("summary", "--db", str(db))
    assert table.returncode == 0
    assert "Top dyads" in table.stdout and "evidence" in table.stdout


def test_reingesting_examples_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    assert _cli("ingest", str(REPO / "examples"), "--db", str(db)).returncode == 0
    first = json.loads(_cli("summary", "--db", str(db), "--format", "json").stdout)
    assert _cli("ingest", str(REPO / "examples"), "--db", str(db)).returncode == 0
    second = json.loads(_cli("summary", "--db", str(db), "--format", "json").stdout)
    for key in ("articles", "mentions", "events"):
        assert first[key] == second[key], key
