"""Same input, same stored data: whatever the batch size or the order of inputs within a run."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from realpolitik import open_store
from realpolitik.ingest import ingest
from realpolitik.pipeline import Pipeline
from tests.conftest import DATA, REPO, SEEDS

CORPUS = DATA / "corpus" / "te3news.dev.jsonl"
# Wall-clock columns (one value per run by design) and where an article was read from (file:line).
CLOCK = {"ingested_at", "first_seen", "last_seen", "origin"}
TABLES = {"articles": "doc_id", "mentions": "mention_id", "events": "event_id", "actors": "entity_id",
          "unresolved": "doc_id, sentence_index, text"}


def _political_sample(path: Path, n: int) -> list[str]:
    """Corpus lines about states and their leaders (many events and actors per article)."""
    lines = (line for line in path.open(encoding="utf-8") if "President" in line and "minister" in line)
    return list(itertools.islice(lines, n))


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    with open_store(db, read_only=True) as store:
        for table, key in TABLES.items():
            cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in CLOCK]
            out[table] = store.con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}").fetchall()
    return out


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/data/corpus")
def test_batch_size_and_input_order_do_not_change_the_store(tmp_path: Path, pipeline: Pipeline) -> None:
    lines = _political_sample(CORPUS, 24)
    (tmp_path / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    (tmp_path / "news-reversed.jsonl").write_text("".join(reversed(lines)), encoding="utf-8")
    inputs = [str(REPO / "examples"), str(SEEDS)]
    dumps = []
    for size, name in ((1, "news.jsonl"), (7, "news-reversed.jsonl"), (200, "news.jsonl")):
        db = tmp_path / f"b{size}.duckdb"
        with open_store(db) as store:
            p = Pipeline(replace(pipeline.settings, batch_size=size), nlp=pipeline.nlp)
            report = ingest([*inputs, str(tmp_path / name)], store, p, batch_size=size)
        assert report.articles_added >= 24
        dumps.append(_dump(db))
    for table in TABLES:
        assert dumps[0][table] == dumps[1][table] == dumps[2][table], table
    assert len(dumps[0]["events"]) > 50 and len(dumps[0]["actors"]) > 20
    assert json.dumps(dumps[0]["events"][0], default=str)
