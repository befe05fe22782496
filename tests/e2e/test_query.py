"""`realpolitik events|export|stats` through the real command line, on a store built by the writer."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.store.factories import build_sample_store


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "300"}  # wide enough that table cells are not folded
    return subprocess.run([sys.executable, "-m", "realpolitik", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "events.duckdb"
    build_sample_store(path)
    return path


def test_events_json(db: Path) -> None:
    r = run("events", "--db", str(db), "--format", "json", cwd=db.parent)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 5
    sanction = next(x for x in rows if x["event_code"] == "163")
    assert sanction["evidence"] == "Washington imposed sanctions on Venezuela."
    assert sanction["event_date"] == "2017-08-25" and sanction["title"] == "Sanctions"
    assert sanction["quad_class"] == 4 and sanction["modality"] == "asserted"


def test_events_filters(db: Path) -> None:
    def codes(*args: str) -> list[str]:
        r = run("events", "--db", str(db), "-f", "json", *args, cwd=db.parent)
        assert r.returncode == 0, r.stderr
        return sorted(x["event_code"] for x in json.loads(r.stdout))

    assert codes("--actor", "TUR") == ["041", "057", "057"]
    assert codes("--actor", "RUS", "--actor", "USA") == ["070", "163"]
    assert codes("--dyad", "VEN", "TUR", "--directed") == ["057"]
    assert codes("--code", "04") == ["041"]
    assert codes("--quad", "4") == ["163"]
    assert codes("--since", "2017-10-02", "--until", "2017-12-31") == ["057", "057"]
    assert codes("--modality", "intended") == ["0233"]
    assert codes("--modality", "all") == ["0233", "041", "057", "057", "070", "163"]
    assert len(codes("--limit", "1")) == 1


def test_events_csv_and_table(db: Path) -> None:
    r = run("events", "--db", str(db), "--format", "csv", "--actor", "RUS", cwd=db.parent)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["evidence"] for x in rows] == ["Russia sent aid to Venezuela."]
    r = run("events", "--db", str(db), "--actor", "RUS", cwd=db.parent)
    assert r.returncode == 0 and "Russia sent aid" in r.stdout and "Aid flight" in r.stdout


def test_events_usage_errors(db: Path) -> None:
    assert run("events", "--db", str(db), "--since", "yesterday-ish", cwd=db.parent).returncode == 2
    bad = run("events", "--db", str(db), "--modality", "perhaps", cwd=db.parent)
    assert bad.returncode == 2 and "perhaps" in bad.stderr


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    r = run("events", "--db", str(tmp_path / "none.duckdb"), cwd=tmp_path)
    assert r.returncode == 1 and "no such database" in r.stderr
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    r = run("export", "--format", fmt, "--output", str(out), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "6 event(s)" in r.stderr
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(newline="")))
    else:
        con = duckdb.connect()
        cur = con.execute("SELECT * FROM read_parquet(?)", [str(out)])
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    assert len(rows) == 6
    assert {r["modality"] for r in rows} == {"asserted", "intended"}


def test_export_jsonl_to_stdout(db: Path) -> None:
    r = run("export", "--format", "jsonl", "--db", str(db), cwd=db.parent)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 6


def test_export_gdelt(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.csv"
    r = run("export", "--format", "gdelt", "--output", str(out), "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = out.read_text().splitlines()
    assert len(lines) >= 6 and any("\t163\t" in line for line in lines)


def test_export_usage_errors(db: Path) -> None:
    assert run("export", "--format", "xml", "--db", str(db), cwd=db.parent).returncode == 2
    assert run("export", "--format", "parquet", "--db", str(db), cwd=db.parent).returncode == 2


def test_stats(db: Path) -> None:
    r = run("stats", "--db", str(db), "--format", "json", cwd=db.parent)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    totals = {x["key"]: x["value"] for x in rows if x["section"] == "totals"}
    assert (totals["articles"], totals["events"], totals["mentions"]) == (4, 6, 6)
    assert {x["key"] for x in rows if x["section"] == "top_dyads"} >= {"TUR-VEN", "USA-VEN"}
    table = run("stats", "--db", str(db), cwd=db.parent)
    assert table.returncode == 0 and "QuadClass" in table.stdout and "TUR-VEN" in table.stdout
