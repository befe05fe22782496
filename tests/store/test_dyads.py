"""The dyad index (store/dyads.py) gives exactly the pages a scan of ``events`` gives, stays fresh
through the writer and the GDELT import, and is built for stores written before it existed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest

from realpolitik import api
from realpolitik.query import Query, encode_cursor
from realpolitik.store import LATEST_VERSION, Store, open_store
from realpolitik.store import state as store_state
from realpolitik.store.dyads import TABLE
from realpolitik.store.migrations import MIGRATIONS
from realpolitik.store.queries import _page, events_json
from tests.store.factories import TUR, VEN, build_sample_store, coded, event

# Sides a listing can meet: states, their organs, a person coded by an IGO code but resolved to a
# country, a code whose country column disagrees with its prefix, empty and missing countries.
SIDES: tuple[tuple[str | None, str | None], ...] = (
    ("TUR", "TUR"), ("TURGOV", "TUR"), ("TURMIL", "TUR"), ("VEN", "VEN"), ("VENGOV", "VEN"), ("USA", "USA"),
    ("IGOUNO", "TUR"), ("IGOUNO", None), ("VENOPP", ""), ("RUSGOV", "VEN"), (None, None), ("TU", None),
)
MODALITIES = ("asserted", "asserted", "asserted", "reported", "intended", "negated")


def _v1_store(path: Path, n: int, seed: int = 3) -> None:
    """A store at schema version 1 (before the index) holding ``n`` random events."""
    con = duckdb.connect(str(path))
    MIGRATIONS[0][1](con)
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        (sc, scc), (tc, tcc) = rng.choice(SIDES), rng.choice(SIDES)
        day = None if rng.random() < 0.05 else date(2015, 1, 1) + timedelta(days=rng.randrange(400))
        code = rng.choice(("042", "057", "190", "111", "036"))
        rows.append((f"ev{i:05d}", day, sc, tc, scc, tcc, code, code[:3], code[:2], 1 if code < "1" else 4,
                     1.0, rng.choice(MODALITIES), round(rng.random(), 3), "gdelt"))
    con.executemany(
        "INSERT INTO events (event_id, event_date, source_code, target_code, source_country, target_country, "
        "event_code, base_code, root_code, quad_class, goldstein, modality, confidence, num_mentions, "
        "num_articles, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?)", rows)
    con.close()


def _walk(store: Store, query: Query, use_index: bool) -> list[list[dict[str, Any]]]:
    """Every page of a listing, following cursors as the API does; with the index, each page's
    ready-made JSON (``events_json``) is also checked against the page's ``to_dict()`` as orjson
    writes it, byte for byte, and its cursor against the listing's."""
    pages = []
    cursor = None
    limit = query.limit or 10
    while True:
        rows = _page(store, query.with_(cursor=cursor), limit + 1, use_index=use_index)
        if use_index:
            listed = api.events(store, query.with_(limit=limit, cursor=cursor))
            ready = events_json(store, query.with_(limit=limit, cursor=cursor))
            assert ready is not None
            assert ready[0] == orjson.dumps(listed.to_dict()).decode()
            assert ready[1] == listed.next_cursor
        pages.append(rows[:limit])
        if len(rows) <= limit:
            return pages
        cursor = encode_cursor(rows[limit - 1]["event_date"], rows[limit - 1]["event_id"])


DYADS = (("TUR", "VEN"), ("VEN", "TUR"), ("TURGOV", "VEN"), ("TUR", "TUR"), ("TURGOV", "TURMIL"), ("IGO", "VEN"),
         ("IGOUNO", "TUR"), ("RUS", "VEN"), ("USA", "TUR"), ("VENOPP", "TURGOV"), ("TUR", "ZZZ"))
FILTERS: tuple[dict[str, Any], ...] = (
    {}, {"modality": "all"}, {"modality": "reported,negated", "code": "19"},
    {"since": "2015-03-01", "until": "2015-09-30", "min_confidence": 0.5, "quad": 1},
)


@pytest.mark.parametrize("limit", [40, 1000])
def test_index_pages_equal_scan_pages(tmp_path: Path, limit: int) -> None:
    db = tmp_path / "v1.duckdb"
    _v1_store(db, 1500)
    with open_store(db) as store:  # migrates: builds the index from the stored events
        assert store.schema_version == LATEST_VERSION
        compared = 0
        for a, b in DYADS:
            for directed in (False, True):
                for extra in FILTERS:
                    query = Query.build(dyad=(a, b), directed=directed, limit=limit, **extra)
                    indexed, scanned = _walk(store, query, True), _walk(store, query, False)
                    assert indexed == scanned, (a, b, directed, extra)
                    compared += sum(len(p) for p in scanned)
        assert compared > 1500  # the comparisons saw real rows, not empty pages


def test_read_only_old_store_lists_without_the_index(tmp_path: Path) -> None:
    db = tmp_path / "v1.duckdb"
    _v1_store(db, 200)
    with open_store(db, read_only=True) as store:
        assert store.schema_version == 1
        assert store_state.version(store.con) is None
        page = api.events(store, dyad=("TUR", "VEN"), limit=5)
        everything = api.events(store, dyad=("TUR", "VEN"))
        assert len(page) == 5 and page.items == everything.items[:5]


def _agree(store: Store, pairs: tuple[tuple[str, str], ...]) -> None:
    for a, b in pairs:
        for directed in (False, True):
            query = Query.build(dyad=(a, b), directed=directed, limit=3, modality="all")
            assert _walk(store, query, True) == _walk(store, query, False)


def test_writer_keeps_the_index_and_counter_current(db_path: Path) -> None:
    build_sample_store(db_path)
    with open_store(db_path) as store:
        before = store_state.version(store.con)
        assert before is not None and before[1] == 1
        _agree(store, (("TUR", "VEN"), ("VEN", "USA"), ("TURGOV", "VEN"), ("RUS", "VEN")))
        n = store.count("events")
        # a second article mentioning an already stored event: the event is refreshed, not duplicated
        store.write_batch([coded("Ankara and Caracas signed deals, officials said.",
                                 [event(TUR, VEN, evidence="Ankara and Caracas signed deals.")], title="Deals")])
        after = store_state.version(store.con)
        assert after == (before[0], 2)
        assert store.count("events") == n
        indexed = store.con.execute(f"SELECT count(*), count(DISTINCT event_id) FROM {TABLE}").fetchone()
        assert indexed is not None and indexed[0] == indexed[1]
        _agree(store, (("TUR", "VEN"), ("VEN", "TUR")))
        store.write_batch([])  # nothing to write: nothing counted
        assert store_state.version(store.con) == after


def test_gdelt_import_indexes_new_events_once(tmp_path: Path) -> None:
    from realpolitik.analysis.synthetic import ranked_states, write_synthetic_export
    from realpolitik.store.gdelt import import_gdelt

    export = write_synthetic_export(tmp_path / "x.export.CSV", 3000)
    with open_store(tmp_path / "g.duckdb") as store:
        import_gdelt(store, [export])
        rows = store.con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()
        import_gdelt(store, [export])  # every row already present: nothing new to index
        assert store.con.execute(f"SELECT count(*) FROM {TABLE}").fetchone() == rows
        assert store_state.version(store.con) is not None
        top = ranked_states()
        _agree(store, ((top[0], top[1]), (top[1], top[0]), (top[2], top[5]), (top[0], top[0])))


def test_date_bound_is_used_and_a_short_bound_falls_back(tmp_path: Path) -> None:
    """The month-histogram bound (``dyads.window``) serves busy pages from the pair's first months; when
    the query's other filters drop most of those rows, the page is read again without it."""
    from realpolitik.store import queries

    db = tmp_path / "v1.duckdb"
    _v1_store(db, 1500)
    with open_store(db) as store:
        plain = Query.build(dyad=("TUR", "VEN"), limit=20)
        bound = queries._date_bound(store, "TUR VEN", plain, 21)
        assert bound is not None and bound[1] < date(2016, 1, 1)
        rare = Query.build(dyad=("TUR", "VEN"), limit=20, modality="negated")
        rare_bound = queries._date_bound(store, "TUR VEN", rare, 21)
        assert rare_bound is not None
        where = "e.pair = ? AND (e.fwd OR e.rev) AND e.modality = 'negated' AND e.event_date <= ?"
        short = queries._index_rows(store.con, where, ["TUR VEN", rare_bound[1]], 21)
        assert len(short) < 21  # the bounded attempt alone would have cut the page short
        for query in (plain, rare):
            assert _walk(store, query, True) == _walk(store, query, False)
        later = _walk(store, plain, True)[1][0]
        after = plain.with_(cursor=encode_cursor(later["event_date"], later["event_id"]))
        start = queries._date_bound(store, "TUR VEN", after, 21)
        assert start is not None and start[0] == later["event_date"]
        assert bound[0] is None


def test_an_out_of_date_histogram_never_changes_a_page(tmp_path: Path) -> None:
    """The histogram is kept for a while, not keyed on the write counter, so after a write it may be
    wrong: a bound it gives that comes up short is dropped and the page read whole, the same page."""
    import time

    from realpolitik.store import dyads

    db = tmp_path / "v1.duckdb"
    _v1_store(db, 1500)
    with open_store(db) as store:
        query = Query.build(dyad=("TUR", "VEN"), limit=20)
        expected = _walk(store, query, False)[0]
        key = (str(store.path), "TUR VEN")
        dyads._months[key] = (time.monotonic(), (date(2015, 1, 1),), (10**6,))  # "all rows in January 2015"
        ready = events_json(store, query)
        assert ready is not None and orjson.loads(ready[0]) == orjson.loads(orjson.dumps(
            api.events(store, query).to_dict())) and len(expected) == 20
        assert [e["event_id"] for e in orjson.loads(ready[0])] == [e["event_id"] for e in expected]
        assert key not in dyads._months or dyads._months[key][2] != (10**6,)
