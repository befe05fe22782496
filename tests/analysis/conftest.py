"""Fixtures for analysis tests: stores built from hand-written events, the real GDELT export and the
two seed articles run through the real pipeline."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from realpolitik.store import Store, open_store
from realpolitik.store.writer import events_changed
from tests.conftest import DATA, SEEDS

GDELT_FILE = DATA / "gdelt" / "20191024143000.export.CSV"
SEED_003 = SEEDS / "003_472764142b3a9927.txt"
SEED_000 = SEEDS / "000_a76e36512f66a408.txt"
GOLDSTEIN = {"010": 0.0, "036": 4.0, "042": 1.9, "043": 2.8, "051": 3.4, "057": 8.0, "070": 7.0,
             "075": 7.0, "111": -2.0, "120": -4.0, "163": -8.0, "173": -5.0, "190": -10.0}
QUAD = {"01": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "11": 3, "12": 3, "16": 4, "17": 4, "19": 4}


def add_event(
    store: Store, src: str, tgt: str, code: str, when: str | None, modality: str = "asserted",
    evidence: str | None = None, title: str = "Synthetic article", n: int = 1,
) -> str:
    """Insert one text event (with its mention and article when ``evidence`` is given); ``when=None``
    is an event from an article without a publication date."""
    day = date.fromisoformat(when) if when else None
    key = f"{when}|{src}|{tgt}|{code}|{modality}|{evidence}"
    event_id = hashlib.sha1(key.encode()).hexdigest()[:16]
    mention_id = None
    if evidence is not None:
        doc_id = hashlib.sha256(f"{title}|{evidence}".encode()).hexdigest()
        mention_id = hashlib.sha1(f"m|{key}".encode()).hexdigest()[:20]
        store.con.execute(
            "INSERT OR IGNORE INTO articles (doc_id, title, published, text, ingested_at) VALUES (?, ?, ?, ?, ?)",
            [doc_id, title, day, evidence, datetime(2025, 1, 1)],
        ).fetchall()
        store.con.execute(
            "INSERT INTO mentions (mention_id, event_id, doc_id, sentence_index, evidence, source_code, "
            "target_code, event_code, root_code, modality, event_date) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
            [mention_id, event_id, doc_id, evidence, src, tgt, code, code[:2], modality, day],
        ).fetchall()
    store.con.execute(
        "INSERT INTO events (event_id, event_date, source_code, target_code, source_country, target_country, "
        "event_code, base_code, root_code, quad_class, goldstein, modality, num_mentions, num_articles, "
        "first_mention, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'text')",
        [event_id, day, src, tgt, src[:3], tgt[:3], code, code[:3], code[:2], QUAD[code[:2]],
         GOLDSTEIN[code], modality, n, n, mention_id],
    ).fetchall()
    events_changed(store.con, [event_id])
    return event_id


@pytest.fixture()
def store(db_path: Path) -> Any:
    with open_store(db_path) as s:
        yield s


@pytest.fixture(scope="session")
def gdelt_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from realpolitik.store.gdelt import import_gdelt

    path = tmp_path_factory.mktemp("gdelt") / "gdelt.duckdb"
    with open_store(path) as s:
        import_gdelt(s, [GDELT_FILE])
    return path


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    """Both seed articles ingested together, as the acceptance criteria say."""
    from realpolitik.ingest import ingest

    path = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    with open_store(path) as s:
        ingest([str(SEED_003)], s, pipeline, date(2017, 10, 9))
        ingest([str(SEED_000)], s, pipeline, date(2025, 6, 1))
    return path
