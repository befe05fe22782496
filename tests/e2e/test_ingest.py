"""`realpolitik ingest` end to end with the real NLP pipeline and a real DuckDB file."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from realpolitik import open_store
from realpolitik.ingest import ingest
from realpolitik.pipeline import Pipeline
from tests.conftest import REPO, SEEDS

EXAMPLES = REPO / "examples"
TABLES = ("articles", "mentions", "events", "actors", "unresolved")


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "300"}
    return subprocess.run([sys.executable, "-m", "realpolitik", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env=env, input=stdin)


def _counts(db: Path) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        return {t: store.count(t) for t in TABLES}


def test_ingest_examples_then_rerun_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "ex.duckdb"
    n_inputs = 4 + 1  # three single-document files and a JSONL file holding two articles
    first = run("ingest", str(EXAMPLES), "--db", str(db), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert f"{n_inputs} article(s) added" in first.stdout
    counts = _counts(db)
    assert counts["articles"] == n_inputs and counts["events"] > 0 and counts["mentions"] >= counts["events"]
    again = run("ingest", str(EXAMPLES), "--db", str(db), "--batch-size", "2", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"0 article(s) added, {n_inputs} already present" in again.stdout
    assert _counts(db) == counts


def test_ingest_stdin_with_published_and_source(tmp_path: Path) -> None:
    db = tmp_path / "stdin.duckdb"
    text = "Turkey and Venezuela signed an agreement on trade.\n"
    r = run("ingest", "-", "--db", str(db), "--published", "2017-10-09", "--source", "Desk",
            cwd=tmp_path, stdin=text)
    assert r.returncode == 0, r.stderr
    with open_store(db, read_only=True) as store:
        assert store.con.execute("SELECT published, source, origin FROM articles").fetchall() == [
            (date(2017, 10, 9), "Desk", "<stdin>")]
        codes = store.con.execute("SELECT DISTINCT event_code FROM events").fetchall()
    assert ("057",) in codes


def test_seed_article_with_published(tmp_path: Path) -> None:
    db = tmp_path / "seed.duckdb"
    seed = SEEDS / "003_472764142b3a9927.txt"
    r = run("ingest", str(seed), "--db", str(db), "--published", "2017-10-09", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    with open_store(db, read_only=True) as store:
        row = store.con.execute("SELECT published, n_sentences, n_mentions FROM articles").fetchone()
        assert row is not None and row[0] == date(2017, 10, 9) and row[1] > 10
        assert store.count("events") > 0


def test_ingest_api_skips_known_articles_before_nlp(tmp_path: Path, pipeline: Pipeline) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("title: Accord\ndate: 2017-10-09\n\nTurkey and Venezuela signed an agreement.\n")
    seen: list[int] = []

    class Counting(Pipeline):
        def code_articles(self, articles):  # type: ignore[no-untyped-def]
            batch = list(articles)
            seen.append(len(batch))
            return super().code_articles(batch)

    counting = Counting(pipeline.settings, nlp=pipeline.nlp)
    with open_store(tmp_path / "api.duckdb") as store:
        first = ingest([str(doc)], store, counting)
        second = ingest([str(doc)], store, counting)
    assert (first.articles_added, first.already_present, first.ok) == (1, 0, True)
    assert (second.articles_added, second.already_present) == (0, 1)
    assert seen == [1]  # the second run never reached the NLP pipeline
    assert first.mentions_added >= 1 and first.events_added >= 1


def test_ingest_api_batches_progress_and_rejections(tmp_path: Path, pipeline: Pipeline) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, country in enumerate(["Turkey", "Russia", "China"]):
        (src / f"{i}.txt").write_text(f"date: 2019-0{i + 1}-10\n\n{country} signed an agreement with Venezuela.\n")
    (src / "3.txt").write_bytes(b"")
    calls: list[tuple[int, int]] = []
    with open_store(tmp_path / "b.duckdb") as store:
        report = ingest([str(src)], store, pipeline, batch_size=2,
                        progress=lambda r: calls.append((r.articles_read, r.articles_added)))
        published = sorted(r[0] for r in store.con.execute("SELECT published FROM articles").fetchall())
    assert (report.articles_read, report.articles_added, report.ok) == (3, 3, False)
    assert [str(r) for r in report.rejected] == [f"{src / '3.txt'}: empty file"]
    assert calls[0] == (2, 2) and calls[-1] == (3, 3)
    assert published == [date(2019, 1, 10), date(2019, 2, 10), date(2019, 3, 10)]
    assert report.events_added >= 3 and report.sentences == 3
