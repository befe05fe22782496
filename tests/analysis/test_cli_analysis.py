"""The analysis verbs end to end through the real console entry point (python -m realpolitik)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from realpolitik.analysis import read_html_data
from tests.analysis.conftest import GDELT_FILE


def rp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "realpolitik", *args], capture_output=True, text=True, timeout=300)


def as_json(proc: subprocess.CompletedProcess[str]) -> Any:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_import_gdelt_cli_reports_and_is_idempotent(tmp_path: Path) -> None:
    db = str(tmp_path / "g.duckdb")
    first = rp("import-gdelt", str(GDELT_FILE), "--db", db, "--format", "json")
    assert as_json(first)["inserted"] == 2111
    again = as_json(rp("import-gdelt", str(GDELT_FILE), "--db", db, "--format", "json"))
    assert (again["inserted"], again["duplicates"]) == (0, 2111)
    lines = GDELT_FILE.read_text(encoding="utf-8").splitlines()[:5]
    lines[2] = lines[2].replace("\t20181024\t", "\tyesterday\t", 1)
    bad = tmp_path / "bad.CSV"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = rp("import-gdelt", str(bad), "--db", str(tmp_path / "b.duckdb"))
    assert proc.returncode == 1
    assert f"rejected: {bad}:3: SQLDATE is not a YYYYMMDD date" in proc.stderr
    assert "4 event(s) imported" in proc.stdout
    missing = rp("import-gdelt", str(tmp_path / "nope.CSV"), "--db", db)
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_dyad_network_balance_blocs_shifts_cli(tmp_path: Path, gdelt_db: Path) -> None:
    db = str(tmp_path / "copy.duckdb")
    shutil.copy(gdelt_db, db)
    rows = as_json(rp("dyad", "USA", "SYR", "--db", db, "--by", "day", "--format", "json",
                      "--plot", str(tmp_path / "d.html")))
    assert rows and rows[0]["period"] == "2019-10-24" and rows[0]["n_events"] > 0
    assert read_html_data(tmp_path / "d.html")["rows"] == rows
    csv_out = rp("dyad", "USA", "SYR", "--db", db, "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith("period,verbal_coop")
    edges = as_json(rp("network", "--db", db, "--min-events", "5", "--format", "json", "--export", "json",
                       "-o", str(tmp_path / "n.json"), "--plot", str(tmp_path / "n.png")))
    assert edges and all(e["n_events"] >= 5 for e in edges)
    assert len(json.loads((tmp_path / "n.json").read_text())["edges"]) == len(edges)
    assert (tmp_path / "n.png").read_bytes()[:4] == b"\x89PNG"
    balance = as_json(rp("balance", "--db", db, "--format", "json", "--min-events", "2"))
    assert balance["triads"] and balance["modality"] == "modality: asserted"
    assert balance["summary"]["triads"] >= len(balance["triads"]) and balance["summary"]["balanced"] > 0
    assert all(e["evidence"] and "event_code" in e["evidence"][0] for e in balance["triads"][0]["edges"])
    blocs = as_json(rp("blocs", "--db", db, "--against", "USA", "--format", "json"))
    assert blocs["assignment"]["USA"] == 0 and blocs["alignment"]
    finer = as_json(rp("blocs", "--db", db, "--resolution", "3", "--format", "json"))
    assert finer["resolution"] == 3.0 and len(finer["blocs"]) >= len(blocs["blocs"])
    assert as_json(rp("shifts", "--db", db, "--top", "5", "--format", "json")) == []  # one day: no history
    table = rp("dyad", "USA", "SYR", "--db", db)
    assert table.returncode == 0 and "modality: asserted" in table.stdout
    bad = rp("dyad", "USA", "SYR", "--db", db, "--by", "century")
    assert bad.returncode == 1 and "--by" in bad.stderr
    usage = rp("dyad", "USA", "--db", db)
    assert usage.returncode == 2


def test_sanctuary_cli_json_table_and_weights(tmp_path: Path, gdelt_db: Path, seeds_db: Path) -> None:
    db = str(tmp_path / "seeds.duckdb")
    shutil.copy(seeds_db, db)
    report = as_json(rp("sanctuary", "Nicolas Maduro", "--db", db, "--format", "json"))
    assert report["country"] == "VEN" and report["leader"] == "Nicolas Maduro" and report["pressers"]
    cands = report["candidates"]
    assert cands[0]["code"] == "TUR" and cands[0]["rank"] == 1
    assert {"code", "name", "rank", "score", "components", "evidence"} <= set(cands[0])
    table = rp("sanctuary", "Nicolas Maduro", "--db", db, "--top", "3")
    assert table.returncode == 0 and "Turkey" in table.stdout and "modality: asserted" in table.stdout
    assert "asylum evidence: every modality" in table.stdout, "the header must not claim asserted-only evidence"
    config = tmp_path / "w.toml"
    config.write_text("[realpolitik.sanctuary_weights]\ncontiguity = 50.0\n", encoding="utf-8")
    geo = as_json(rp("sanctuary", "--country", "VEN", "--db", db, "--format", "json", "--config", str(config)))
    geo = geo["candidates"]
    assert geo[0]["components"]["contiguity"] == 1.0 and geo[0]["code"] != "TUR"
    none = rp("sanctuary", "--db", db)
    assert none.returncode == 2
    unknown = rp("sanctuary", "Zzyzx Qwerty", "--db", db)
    assert unknown.returncode == 1 and "--country" in unknown.stderr
