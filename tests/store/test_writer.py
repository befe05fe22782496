from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from realpolitik import open_store
from realpolitik.errors import StoreError
from realpolitik.store import Store
from tests.store.factories import TUR, TURGOV, USA, VEN, coded, event

TABLES = ("articles", "mentions", "events", "actors", "unresolved")


def _counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES}


def test_write_batch_stores_every_table(db_path: Path) -> None:
    item = coded(
        "Turkey and Venezuela signed four agreements.",
        [event(TUR, VEN), event(VEN, TUR)],
        unresolved=[(0, "Foo Holdings", "ORG", "Turkey and Venezuela signed four agreements.")],
    )
    with open_store(db_path) as store:
        result = store.write_batch([item])
        assert (result.articles_added, result.mentions_added, result.events_added) == (1, 2, 2)
        assert _counts(store) == {"articles": 1, "mentions": 2, "events": 2, "actors": 2, "unresolved": 1}
        assert store.has_article(item.doc_id)
        assert not store.has_article("0" * 64)
        art = store.con.execute("SELECT title, published, n_mentions, coder_version FROM articles").fetchone()
        assert art == ("A story", date(2017, 10, 9), 2, "test-1")
        mids = {r[0] for r in store.con.execute("SELECT mention_id FROM mentions").fetchall()}
        assert mids == {e.mention_id for e in item.events}
        ev = store.con.execute(
            "SELECT event_id, source_code, target_code, event_code, num_mentions, num_articles, origin, "
            "first_mention FROM events WHERE source_code = 'TUR'"
        ).fetchone()
        assert ev == (item.events[0].event_id, "TUR", "VEN", "057", 1, 1, "text", item.events[0].mention_id)


def test_rewrite_is_idempotent(db_path: Path) -> None:
    item = coded("Turkey hosted Venezuela.", [event(TUR, VEN, "043")])
    with open_store(db_path) as store:
        store.write_batch([item])
        before = _counts(store)
        again = store.write_batch([item, item])
        assert again.articles_added == 0 and again.already_present == 2
        assert _counts(store) == before


def test_duplicate_within_batch_stored_once(db_path: Path) -> None:
    item = coded("Turkey hosted Venezuela.", [event(TUR, VEN, "043")])
    with open_store(db_path) as store:
        result = store.write_batch([item, item])
        assert (result.articles_added, result.already_present) == (1, 1)
        assert store.count("articles") == 1 and store.count("mentions") == 1


def test_events_deduplicated_across_articles(db_path: Path) -> None:
    a = coded("Turkey and Venezuela signed four agreements.", [event(TUR, VEN, confidence=0.6)], source="Wire")
    b = coded(
        "Venezuela and Turkey signed accords.",
        [event(TUR, VEN, evidence="Venezuela and Turkey signed accords.", confidence=1.0)],
        source="Daily",
    )
    with open_store(db_path) as store:
        store.write_batch([a])
        result = store.write_batch([b])
        assert result.events_added == 0 and result.events_touched == 1
        row = store.con.execute(
            "SELECT num_mentions, num_articles, num_sources, confidence, first_mention, first_seen <= last_seen "
            "FROM events"
        ).fetchone()
        assert row is not None
        assert row[:3] == (2, 2, 2)
        assert row[3] == pytest.approx(0.8)
        # Same published date: the first doc_id in sort order gives the default evidence, whichever came first.
        assert row[4] == min((a, b), key=lambda c: c.doc_id).events[0].mention_id
        assert row[5] is True
        assert store.count("events") == 1


def test_different_modality_is_a_different_event(db_path: Path) -> None:
    a = coded("Turkey may sign with Venezuela.", [event(TUR, VEN, modality="hypothetical")])
    b = coded("Turkey signed with Venezuela.", [event(TUR, VEN)])
    with open_store(db_path) as store:
        store.write_batch([a, b])
        assert store.count("events") == 2


def test_database_error_mid_batch_leaves_nothing(db_path: Path) -> None:
    good = coded("Turkey hosted Venezuela.", [event(TUR, VEN, "043")])
    broken_event = event(USA, VEN, "163")
    broken_event.root_code = None  # type: ignore[assignment]  # violates NOT NULL in mentions
    broken = coded("Washington sanctioned Venezuela.", [broken_event])
    with open_store(db_path) as store:
        with pytest.raises(StoreError, match="rolled back"):
            store.write_batch([good, broken])
        assert _counts(store) == dict.fromkeys(TABLES, 0)
        assert not store.has_article(good.doc_id)
        # the store is still usable afterwards
        assert store.write_batch([good]).articles_added == 1


def test_crash_in_event_step_rolls_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import realpolitik.store.writer as writer

    first = coded("Turkey hosted Venezuela.", [event(TUR, VEN, "043")])
    second = coded("Erdogan phoned Maduro.", [event(TURGOV, VEN, "041")])

    def boom(con: object, ids: list[str]) -> int:
        raise KeyboardInterrupt("simulated crash after articles and mentions were inserted")

    with open_store(db_path) as store:
        store.write_batch([first])
        before = _counts(store)
        monkeypatch.setattr(writer, "_refresh_events", boom)
        with pytest.raises(KeyboardInterrupt):
            store.write_batch([second])
        assert _counts(store) == before
    with open_store(db_path) as store:  # and after reopening the file
        assert _counts(store) == before
        assert not store.has_article(second.doc_id)


def test_actor_without_entity_id_keyed_by_code(db_path: Path) -> None:
    from realpolitik.model import Actor

    anon = Actor(text="rebels", code="VENREB")
    with open_store(db_path) as store:
        store.write_batch([coded("Rebels attacked Venezuela.", [event(anon, VEN, "190")])])
        ids = {r[0] for r in store.con.execute("SELECT entity_id FROM actors").fetchall()}
        assert ids == {"code:VENREB", "state:VEN"}


def test_article_without_events(db_path: Path) -> None:
    with open_store(db_path) as store:
        result = store.write_batch([coded("Nothing political happened today.", [])])
        assert result.articles_added == 1 and result.mentions_added == 0
        assert _counts(store)["events"] == 0


def test_stored_rows_do_not_depend_on_ingest_order(tmp_path: Path) -> None:
    """first_mention, confidence and the actors table are rules on the data, not on arrival order."""
    mattis_mil = TURGOV.__class__(text="Mattis", code="USAMIL", entity_id="person:james-mattis", name="Mattis",
                                  country="USA", sector="MIL", kind="person")
    mattis_usa = TURGOV.__class__(text="Mattis", code="USA", entity_id="person:james-mattis", name="Mattis",
                                  country="USA", kind="person")
    items = [
        coded("Turkey and Venezuela signed four agreements.", [event(TUR, VEN, confidence=0.1)]),
        coded("Venezuela and Turkey signed accords.", [event(TUR, VEN, confidence=0.2)]),
        coded("Mattis met Turkey.", [event(mattis_usa, TUR, "040", confidence=0.7)]),
        coded("Mattis visited Turkey.", [event(mattis_mil, TUR, "042", confidence=0.3)]),
        # the same entity, code and name, told apart only by kind: still one rule picks the row
        coded("Venezuela discussed the Turkish crisis.", [event(VEN, replace(TUR, kind="sector"), "046")]),
    ]
    tables = []
    for n, order in enumerate(([0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 4, 3, 0, 2])):
        with open_store(tmp_path / f"{n}.duckdb") as store:
            for i in order:  # one article per batch: the worst case for order effects
                store.write_batch([items[i]])
            tables.append((  # every column but the wall-clock first_seen / last_seen
                store.con.execute("SELECT * EXCLUDE (first_seen, last_seen) FROM events ORDER BY event_id").fetchall(),
                store.con.execute("SELECT * FROM actors ORDER BY entity_id").fetchall(),
            ))
    assert tables[0] == tables[1] == tables[2]
    assert ("person:james-mattis", "USAMIL") in {(r[0], r[1]) for r in tables[0][1]}
    batched = []
    for order in ([2, 4, 0], [4, 0, 2]):  # and within one batch, whatever the order of its articles
        with open_store(tmp_path / f"one-batch-{order[0]}.duckdb") as store:
            store.write_batch([items[i] for i in order])
            batched.append(store.con.execute("SELECT * FROM actors ORDER BY entity_id").fetchall())
    assert batched[0] == batched[1]
    assert {r[3] for r in batched[0] if r[0] == "state:TUR"} == {"sector"}
