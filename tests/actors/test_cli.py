"""The `realpolitik actors` verbs, run through the real console entry point."""

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import REPO


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "realpolitik", "actors", *args], capture_output=True, text=True,
                          env=full_env, cwd=REPO, timeout=120)


def test_lookup_json_explains_the_role(tmp_path: Path) -> None:
    r = run("lookup", "Erdogan", "--date", "2012-05-01", "--format", "json", env={"XDG_DATA_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    row = json.loads(r.stdout)[0]
    assert row["code"] == "TURGOV"
    assert row["entity_id"] == "person:recep-tayyip-erdogan"
    assert row["role"] == "prime minister"
    assert (row["valid_from"], row["valid_until"]) == ("2003-03-14", "2014-08-28")
    assert row["country"] == "TUR" and row["sector"] == "GOV"
    assert "2012-05-01" in row["why"]


def test_lookup_unknown_name_and_bad_date(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    assert run("lookup", "Zzyzx Quarble", env=env).returncode == 1
    assert run("lookup", "Erdogan", "--date", "May 2012", env=env).returncode == 2


def test_import_petrarch_then_lookup_uses_it(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    src = tmp_path / "mine.actors"
    src.write_text("ZORAN_QUILLAN_\n+QUILLAN_\n\t[TURGOV >030314]\n\t[TURELI]\nBAD_ [QQQ]\n", encoding="utf-8")
    r = run("import", str(src), "--format", "petrarch", env=env)
    assert r.returncode == 1  # one line rejected
    assert f"{src}:5" in r.stderr and "unknown actor code" in r.stderr
    assert "imported 1 entries" in r.stdout
    assert (tmp_path / "realpolitik" / "actors.jsonl").is_file()
    r = run("lookup", "Quillan", "--date", "2010-01-01", "-f", "json", env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["code"] == "TURGOV"


def test_check_reports_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"names": ["Ok"], "code": "TUR"}\nnot json\n', encoding="utf-8")
    r = run("check", str(f), env={"XDG_DATA_HOME": str(tmp_path)})
    assert r.returncode == 1
    assert f"{f}:2: malformed JSON" in r.stdout


def test_unknown_lists_frequent_unresolved_names(tmp_path: Path) -> None:
    db = tmp_path / "u.duckdb"
    from realpolitik.store import open_store

    open_store(db).close()  # a real, migrated store
    con = duckdb.connect(str(db))
    con.executemany("INSERT INTO unresolved VALUES (?, ?, ?, ?, ?)", [
        ("d1", 0, "Zzyzx Front", "ORG", "The Zzyzx Front attacked."),
        ("d2", 3, "Zzyzx Front", "ORG", "Zzyzx Front denied it."),
        ("d2", 4, "Bob Quill", "PERSON", "Bob Quill spoke."),
    ])
    con.close()
    r = run("unknown", "--db", str(db), "--min-count", "2", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(x["text"], x["mentions"], x["articles"]) for x in rows] == [("Zzyzx Front", 2, 2)]
    assert rows[0]["example"].startswith(("The Zzyzx", "Zzyzx"))
    assert run("unknown", "--db", str(tmp_path / "missing.duckdb")).returncode == 1


def test_unknown_after_a_real_ingest(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Zorblax Quintero met Turkish officials in Ankara on Monday.\n\n"
                   "Later Zorblax Quintero visited Caracas.\n", encoding="utf-8")
    db = tmp_path / "a.duckdb"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    ingest = subprocess.run([sys.executable, "-m", "realpolitik", "ingest", str(art), "--db", str(db),
                             "--published", "2017-10-09"], capture_output=True, text=True, env=env, cwd=REPO,
                            timeout=300)
    assert ingest.returncode == 0, ingest.stderr
    r = run("unknown", "--db", str(db), "--min-count", "2", "-f", "json", env={"XDG_DATA_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(x["text"], x["mentions"]) for x in rows] == [("Zorblax Quintero", 2)]
