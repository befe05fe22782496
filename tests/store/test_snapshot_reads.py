"""A read of several statements sees one state of the database, even while a batch commits beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik import open_store
from realpolitik.store import Store, queries
from realpolitik.store.queries import snapshot, stats
from tests.store.factories import TUR, VEN, build_sample_store, coded, event


def _batch(n: int) -> list:  # type: ignore[type-arg]
    return [coded(f"Turkey praised Venezuela on day {i}.", [event(TUR, VEN, "051", evidence=f"day {i}")])
            for i in range(n)]


@pytest.fixture()
def store(db_path: Path) -> Store:
    build_sample_store(db_path)
    s = open_store(db_path)
    yield s  # type: ignore[misc]
    s.close()


def test_stats_counts_come_from_one_snapshot(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = Store(store.con.cursor(), store.path, read_only=True, schema_version=store.schema_version)
    before = stats(reader)
    real_scalar = queries._scalar
    wrote: list[bool] = []

    def scalar_with_a_commit_between(s: Store, sql: str):  # type: ignore[no-untyped-def]
        value = real_scalar(s, sql)
        if not wrote:  # another writer commits a whole batch after the first count
            store.write_batch(_batch(3))
            wrote.append(True)
        return value

    monkeypatch.setattr(queries, "_scalar", scalar_with_a_commit_between)
    during = stats(reader)
    assert wrote
    assert (during["articles"], during["mentions"], during["events"]) == (
        before["articles"], before["mentions"], before["events"])
    monkeypatch.undo()
    after = stats(reader)
    assert after["articles"] == before["articles"] + 3 and after["mentions"] > before["mentions"]


def test_snapshots_nest_and_roll_back(store: Store) -> None:
    cur = store.con.cursor()
    with snapshot(cur):
        first = cur.execute("SELECT count(*) FROM articles").fetchone()
        with snapshot(cur):  # an inner read in the same request adds no transaction
            assert cur.execute("SELECT count(*) FROM articles").fetchone() == first
        store.write_batch(_batch(2))
        assert cur.execute("SELECT count(*) FROM articles").fetchone() == first
    later = cur.execute("SELECT count(*) FROM articles").fetchone()
    assert later is not None and first is not None and later[0] == first[0] + 2
