"""Bad inputs through the real `realpolitik ingest`: clear message, exit code 1, nothing partial stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from realpolitik import open_store


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "300"}
    return subprocess.run([sys.executable, "-m", "realpolitik", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env=env)


def _articles(db: Path) -> int:
    with open_store(db, read_only=True) as store:
        return store.count("articles") + store.count("mentions") + store.count("events")


BAD_FILES: dict[str, tuple[bytes, str, str]] = {
    # name: (content, expected text in the message, expected location suffix)
    "empty.txt": (b"", "empty file", "empty.txt:"),
    "binary.txt": (b"GIF89a\x00\x01\x02\x03" * 200, "binary file", "binary.txt:"),
    "latin1.txt": (b"Turkey hosted Venezuela.\n" + "Bogotá".encode("latin-1"),
                   "invalid UTF-8 at byte offset 30", "latin1.txt:2:"),
    "baddate.txt": (b"title: x\ndate: the ides of March\n\nTurkey hosted Venezuela.\n",
                    "unknown date 'the ides of March'", "baddate.txt:2:"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_rejected(tmp_path: Path, name: str) -> None:
    content, message, where = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    db = tmp_path / "bad.duckdb"
    r = run("ingest", str(path), "--db", str(db), "--quiet", cwd=tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    line = next(x for x in r.stderr.splitlines() if x.startswith("rejected:"))
    assert where in line and message in line
    assert "1 rejected" in r.stdout
    assert _articles(db) == 0


def test_five_megabyte_document(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Turkey and Venezuela signed an agreement. " * 125_000)
    assert path.stat().st_size >= 5_000_000
    db = tmp_path / "bad.duckdb"
    r = run("ingest", str(path), "--db", str(db), "--quiet", cwd=tmp_path)
    assert r.returncode == 1
    assert f"rejected: {path}: document too large" in r.stderr
    assert _articles(db) == 0


def test_missing_path(tmp_path: Path) -> None:
    db = tmp_path / "bad.duckdb"
    r = run("ingest", str(tmp_path / "nowhere.txt"), "--db", str(db), "--quiet", cwd=tmp_path)
    assert r.returncode == 1 and "nowhere.txt: no such file or directory" in r.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "u.duckdb"
    no_paths = run("ingest", "--db", str(db), cwd=tmp_path)
    assert no_paths.returncode == 2 and "PATH" in no_paths.stderr
    bad_date = run("ingest", "x.txt", "--published", "someday", "--db", str(db), cwd=tmp_path)
    assert bad_date.returncode == 2 and "someday" in bad_date.stderr
    assert not db.exists()


def test_malformed_jsonl_line_others_ingested(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = [
        {"id": "a", "title": "Sanctions", "published": "2017-08-25",
         "text": "The United States imposed sanctions on Venezuela."},
        {"id": "b", "title": "Visit", "published": "2017-10-06", "text": "Maduro visited Turkey."},
    ]
    path.write_text(json.dumps(good[0]) + "\n" + '{"id": "broken", "text": \n' + json.dumps(good[1]) + "\n")
    db = tmp_path / "mixed.duckdb"
    r = run("ingest", str(path), "--db", str(db), "--quiet", cwd=tmp_path)
    assert r.returncode == 1
    assert f"rejected: {path}:2: malformed JSON" in r.stderr
    with open_store(db, read_only=True) as store:
        rows = store.con.execute("SELECT external_id, origin FROM articles ORDER BY external_id").fetchall()
    assert rows == [("a", f"{path}:1"), ("b", f"{path}:3")]


def test_coder_failure_rejects_only_that_article(tmp_path: Path) -> None:
    """A bug met by one article (here a real spaCy component that fails on it) costs that article only."""
    from spacy.language import Language

    from realpolitik.ingest import ingest
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings

    @Language.component("rp_test_fails_on_boom")
    def fails_on_boom(doc):  # type: ignore[no-untyped-def]
        if "BOOM" in doc.text:
            raise IndexError("list index out of range")
        return doc

    pipeline = Pipeline(Settings(batch_size=8))
    pipeline.nlp.add_pipe("rp_test_fails_on_boom", first=True)
    lines = [json.dumps({"id": str(i), "text": t, "published": "2019-03-01"}) for i, t in enumerate(
        ["Russia sent aid to Venezuela.", "BOOM. Turkey hosted Venezuela.", "China criticized the United States."])]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(tmp_path / "x.duckdb") as store:
        report = ingest([str(tmp_path / "news.jsonl")], store, pipeline)
        assert store.count("articles") == 2
    assert [(r.path, r.line) for r in report.rejected] == [(str(tmp_path / "news.jsonl"), 2)]
    assert "internal error while coding" in report.rejected[0].reason


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from realpolitik.ingest import ingest
    from realpolitik.pipeline import Pipeline
    from tests.conftest import REPO

    db = tmp_path_factory.mktemp("ex") / "ex.duckdb"
    with open_store(db) as store:
        ingest([str(REPO / "examples")], store, Pipeline())
    return db


@pytest.mark.parametrize("args, message", [
    (["events", "--limit", "99999999999999999999"], "must be between 0 and"),
    (["events", "--actor", ""], "empty actor code"),
])
def test_query_options_out_of_range_are_clear(example_db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    r = run(*args, "--db", str(example_db), cwd=tmp_path)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr + r.stdout


def test_huge_but_valid_limit_works(example_db: Path, tmp_path: Path) -> None:
    from realpolitik.query.value import SQL_LIMIT_MAX

    r = run("events", "--limit", str(SQL_LIMIT_MAX), "--format", "json", "--db", str(example_db), cwd=tmp_path)
    assert r.returncode == 0 and json.loads(r.stdout)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "gdelt"])
def test_export_to_a_directory_says_so(example_db: Path, tmp_path: Path, fmt: str) -> None:
    r = run("export", "--format", fmt, "--output", str(tmp_path), "--db", str(example_db), cwd=tmp_path)
    assert r.returncode == 1 and "is a directory; give a file name" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_foreign_language_undated_and_long_paths_are_reported(tmp_path: Path) -> None:
    """Non-English articles are stored with their language and counted; undated ones are counted with a
    hint; rejection lines stay one line each even for a long path when stderr is not a terminal."""
    (tmp_path / "zh.txt").write_text("土耳其和委内瑞拉周五签署了四项协议。土耳其总统在安卡拉会见了委内瑞拉总统，"
                                     "双方讨论了贸易合作与能源。两国外长也举行了会谈。", encoding="utf-8")
    (tmp_path / "ar.txt").write_text("وقعت تركيا وفنزويلا أربع اتفاقيات يوم الجمعة في أنقرة بحضور الرئيسين، "
                                     "وناقش الجانبان التعاون التجاري والطاقة.", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Russia sent humanitarian aid to Venezuela.\n", encoding="utf-8")
    deep = tmp_path / ("a-very-long-directory-name-" * 4)
    deep.mkdir()
    (deep / "empty.txt").write_bytes(b"")
    db = tmp_path / "x.duckdb"
    r = run("ingest", str(tmp_path), "--db", str(db), "--quiet", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "not coded: only English" in r.stderr and ("'zh'" in r.stderr or "'wuu'" in r.stderr)
    assert "'ar'" in r.stderr
    assert "3 new article(s) have no publication date" in r.stderr and "--published" in r.stderr
    rejected = [line for line in r.stderr.splitlines() if line.startswith("rejected:")]
    assert rejected == [f"rejected: {deep / 'empty.txt'}: empty file"]
    with open_store(db, read_only=True) as store:
        langs = dict(store.con.execute("SELECT origin, language FROM articles").fetchall())
        assert langs[str(tmp_path / "en.txt")] == "en" and langs[str(tmp_path / "ar.txt")] == "ar"
        assert store.con.execute("SELECT count(*) FROM mentions m JOIN articles a USING (doc_id) "
                                 "WHERE a.language <> 'en'").fetchone() == (0,)


@pytest.mark.parametrize("args", [["dyad", "XXX", "YYY"], ["blocs", "--against", "ZZZ"], ["events", "--actor", "QQQ"]])
def test_unknown_actor_codes_are_named(example_db: Path, tmp_path: Path, args: list[str]) -> None:
    r = run(*args, "--db", str(example_db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    codes = [a for a in args[1:] if not a.startswith("--")]
    for code in codes:
        assert f"no actor code {code} in this database" in r.stderr
    known = run("dyad", "TUR", "VEN", "--db", str(example_db), cwd=tmp_path)
    assert "no actor code" not in known.stderr


def test_shifts_with_nothing_found_says_so(example_db: Path, tmp_path: Path) -> None:
    r = run("shifts", "--alpha", "0.0000001", "--db", str(example_db), cwd=tmp_path)
    assert r.returncode == 0 and "no dyad's" in r.stdout + r.stderr and "--alpha" in r.stdout + r.stderr


def test_ingest_summary_and_rejections_never_wrap(tmp_path: Path) -> None:
    """On a narrow terminal (or a pipe), the summary and each rejection stay one line each: grep works."""
    (tmp_path / "a.txt").write_text("Russia sent humanitarian aid to Venezuela.\n", encoding="utf-8")
    (tmp_path / "a-rather-long-file-name-for-an-empty-input-file.txt").write_bytes(b"")
    env = {**os.environ, "COLUMNS": "40"}
    r = subprocess.run([sys.executable, "-m", "realpolitik", "ingest", str(tmp_path), "--db",
                        str(tmp_path / "x.duckdb"), "--quiet"], capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 1
    summary = [line for line in r.stdout.splitlines() if line.strip()]
    assert len(summary) == 1 and "article(s) added" in summary[0] and "event(s)" in summary[0], r.stdout
    assert any(line.startswith("rejected: ") and line.endswith(": empty file") for line in r.stderr.splitlines())
