from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from realpolitik import open_store
from realpolitik.errors import InputError
from realpolitik.query import Query
from realpolitik.store import Store
from realpolitik.store.queries import EVENT_FIELD_NAMES, export, query_events, stats
from tests.store.factories import build_sample_store

REQUIRED = {
    "event_id", "event_date", "date_precision", "source_code", "target_code", "source_name", "target_name",
    "event_code", "root_code", "quad_class", "goldstein", "modality", "num_mentions", "num_articles",
    "evidence", "doc_id", "title", "url", "plover_type", "confidence", "event_name",
}


@pytest.fixture()
def store(db_path: Path) -> Store:
    build_sample_store(db_path)
    s = open_store(db_path, read_only=True)
    yield s  # type: ignore[misc]
    s.close()


def _pairs(rows: list[dict[str, object]]) -> set[tuple[object, object, object]]:
    return {(r["source_code"], r["target_code"], r["event_code"]) for r in rows}


def test_default_lists_asserted_with_evidence(store: Store) -> None:
    rows = query_events(store)
    assert REQUIRED <= set(rows[0])
    assert len(rows) == 5
    assert all(r["modality"] == "asserted" for r in rows)
    accord = next(r for r in rows if r["source_code"] == "TUR")
    assert accord["evidence"] == "Turkey and Venezuela signed four agreements."
    assert accord["title"] == "Accords signed" and accord["url"] == "https://example.org/accords"
    assert accord["event_name"] == "event 057" and accord["event_date"] == date(2017, 10, 6)
    assert [r["event_date"] for r in rows] == sorted(r["event_date"] for r in rows)  # type: ignore[type-var]


def test_actor_prefix(store: Store) -> None:
    assert _pairs(query_events(store, Query.build(actors=["TURGOV"]))) == {("TURGOV", "VENGOV", "041")}
    assert _pairs(query_events(store, Query.build(actors=["TUR"]))) == {
        ("TUR", "VEN", "057"), ("VEN", "TUR", "057"), ("TURGOV", "VENGOV", "041")}
    assert len(query_events(store, Query.build(actors=["RUS", "USA"]))) == 2


def test_dyad_either_direction_unless_directed(store: Store) -> None:
    both = query_events(store, Query.build(dyad=("VEN", "TUR")))
    assert _pairs(both) == {("TUR", "VEN", "057"), ("VEN", "TUR", "057"), ("TURGOV", "VENGOV", "041")}
    directed = query_events(store, Query.build(dyad=("VEN", "TUR"), directed=True))
    assert _pairs(directed) == {("VEN", "TUR", "057")}


def test_code_quad_dates_confidence_limit(store: Store) -> None:
    assert _pairs(query_events(store, Query.build(code="16"))) == {("USA", "VEN", "163")}
    assert _pairs(query_events(store, Query.build(quad=2))) == {("RUS", "VEN", "070")}
    assert {r["event_date"] for r in query_events(store, Query.build(since=date(2017, 10, 1)))} == {
        date(2017, 10, 1), date(2017, 10, 6), date(2019, 3, 23)}
    assert _pairs(query_events(store, Query.build(until=date(2017, 9, 1)))) == {("USA", "VEN", "163")}
    assert len(query_events(store, Query.build(min_confidence=0.85))) == 1
    assert len(query_events(store, Query.build(limit=2))) == 2


def test_modality(store: Store) -> None:
    intended = query_events(store, Query(modalities=("intended",)))
    assert _pairs(intended) == {("USA", "VEN", "0233")}
    assert intended[0]["evidence"] == "It may cut aid."
    assert len(query_events(store, Query(modalities=None))) == 6


@pytest.mark.parametrize(
    "kwargs",
    [{"modality": "maybe"}, {"quad": 7}, {"since": date(2020, 1, 1), "until": date(2019, 1, 1)}],
)
def test_invalid_filters(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        Query.build(**kwargs)


def test_stats(store: Store) -> None:
    s = stats(store)
    assert (s["articles"], s["mentions"], s["events"]) == (4, 6, 6)
    assert {r["quad_class"]: r["events"] for r in s["by_quad_class"]} == {1: 3, 2: 1, 3: 1, 4: 1}
    assert {r["modality"]: r["events"] for r in s["by_modality"]} == {"asserted": 5, "intended": 1}
    assert s["top_dyads"][0] == {"actor_a": "TUR", "actor_b": "VEN", "events": 2, "mentions": 2}
    assert (s["first_event_date"], s["last_event_date"]) == (date(2017, 8, 25), date(2019, 3, 23))


def test_export_jsonl(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    assert export(store, out, "jsonl") == 6
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 6 and list(rows[0]) == list(EVENT_FIELD_NAMES)
    assert {r["event_date"] for r in rows} >= {"2017-10-06", "2019-03-23"}


def test_export_csv(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert export(store, out, "csv") == 6
    with out.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6 and set(rows[0]) == set(EVENT_FIELD_NAMES)
    assert {r["evidence"] for r in rows} >= {"It may cut aid.", "Russia sent aid to Venezuela."}


def test_export_parquet(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert export(store, out, "parquet") == 6
    con = duckdb.connect()
    sql = "SELECT event_code, num_articles FROM read_parquet(?) ORDER BY event_code"
    rows = con.execute(sql, [str(out)]).fetchall()
    assert [r[0] for r in rows] == ["0233", "041", "057", "057", "070", "163"]


def test_export_needs_file_for_binary_formats(store: Store) -> None:
    with pytest.raises(InputError, match="needs --output"):
        export(store, None, "parquet")
    with pytest.raises(InputError, match="unknown export format"):
        export(store, "x", "xml")


def test_event_mentions_lists_every_sentence(db_path: Path) -> None:
    from realpolitik.store.queries import event_mentions
    from tests.store.factories import TUR, VEN, coded, event

    a = coded("Turkey and Venezuela signed four agreements.", [event(TUR, VEN)], title="First")
    b = coded("Venezuela and Turkey signed accords.",
              [event(TUR, VEN, evidence="Venezuela and Turkey signed accords.")], title="Second")
    with open_store(db_path) as s:
        s.write_batch([a])
        s.write_batch([b])
        rows = event_mentions(s, a.events[0].event_id)
        assert [r["title"] for r in rows] == ["First", "Second"]
        assert rows[1]["evidence"] == "Venezuela and Turkey signed accords."
        assert event_mentions(s, "nope") == []


def test_write_csv_to_stream(store: Store) -> None:
    import io

    from realpolitik.store.queries import write_csv

    buf = io.StringIO()
    assert write_csv(store, buf, Query.build(actors=["RUS"])) == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["source_code"] == "RUS" and rows[0]["event_date"] == "2019-03-23"


def test_stats_rows_flatten(store: Store) -> None:
    from realpolitik.store.queries import stats_rows

    rows = stats_rows(stats(store))
    assert {"section": "totals", "key": "articles", "value": 4} in rows
    assert {"section": "modality", "key": "intended", "value": 1} in rows
