"""Sanctuary's pair table is kept between calls until the next write, and the ranking is the same
with or without it, with or without the dyad index, run after run."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from realpolitik.analysis import cache, sanctuary
from realpolitik.store import dyads, open_store
from tests.analysis.conftest import add_event


def test_kept_table_serves_until_a_write(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    module = importlib.import_module("realpolitik.analysis.sanctuary")
    computed: list[date] = []
    real = module._pair_table

    def counting(*args: Any, **kwargs: Any) -> Any:
        computed.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "_pair_table", counting)
    add_event(store, "CUB", "VEN", "070", "2019-01-11", evidence="Cuba sent aid to Venezuela.")
    first = sanctuary(store.con, country="VEN", as_of=date(2020, 1, 1), top=None)
    assert sanctuary(store.con, country="CUB", as_of=date(2020, 1, 1), top=None)["country"] == "CUB"
    assert sanctuary(store.con, country="VEN", as_of=date(2020, 1, 1), top=None) == first
    assert len(computed) == 1  # three rankings, one aggregate over the events
    add_event(store, "NIC", "VENGOV", "042", "2019-01-14", evidence="Nicaragua's president visited Caracas.")
    second = sanctuary(store.con, country="VEN", as_of=date(2020, 1, 1), top=None)
    assert len(computed) == 2
    nicaragua = {c["code"]: c for c in second["candidates"]}["NIC"]
    assert nicaragua["components"]["visits"] > 0 and nicaragua["basis"] == "events and structure"


def test_same_ranking_with_and_without_the_kept_table_and_the_index(gdelt_db: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(gdelt_db, read_only=True) as store:
        def rankings() -> list[dict[str, Any]]:
            return [sanctuary(store, country=c, as_of=date(2019, 10, 31), top=10) for c in ("USA", "RUS", "VEN")]

        cache.clear()
        cold = rankings()
        assert rankings() == cold
        cache.clear()
        assert rankings() == cold  # computed again: the same figures (sums do not depend on thread order)
        cache.clear()
        monkeypatch.setattr(dyads, "available", lambda con: False)
        assert rankings() == cold
    assert sum(len(r["candidates"]) for r in cold) == 30
    assert any(c["evidence"] for r in cold for c in r["candidates"])
