"""Volume-aware signals on hand-written events: a superpower's coverage does not make it a friend,
pressing states say so, the leader's own events count apart (and obey --as-of), blocs partition."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Any

import pytest

from realpolitik.analysis import blocs, build_network, sanctuary
from realpolitik.analysis.blocs import tones
from realpolitik.analysis.sanctuary import excess
from realpolitik.errors import InputError
from realpolitik.store.writer import events_changed
from tests.analysis.conftest import add_event

PARTNERS = ("GBR", "FRA", "DEU", "JPN", "IND", "BRA", "MEX", "CAN", "AUS", "KOR")


def raw_event(store: Any, when: str, src: str | None, src_name: str, code: str, tgt: str | None, tgt_name: str,
              quad: int, goldstein: float) -> None:
    """An event as a GDELT/ICEWS import stores it: codes may be missing, names are always there."""
    key = hashlib.sha1(f"{when}|{src}|{src_name}|{code}|{tgt}|{tgt_name}".encode()).hexdigest()[:16]
    store.con.execute(
        "INSERT INTO events (event_id, event_date, source_code, target_code, source_name, target_name, "
        "source_country, target_country, event_code, base_code, root_code, quad_class, goldstein, modality, "
        "num_mentions, num_articles, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'asserted', 1, 1, 'gdelt')",
        [f"gdelt:{key}", date.fromisoformat(when), src, tgt, src_name, tgt_name, src[:3] if src else None,
         tgt[:3] if tgt else None, code, code[:3], code[:2], quad, goldstein]).fetchall()
    events_changed(store.con, [f"gdelt:{key}"])


def test_excess_is_bounded_signed_and_shrunk() -> None:
    assert excess(0, 0) == 0
    assert excess(10, 0) == pytest.approx(10 / 12) and excess(0, 10) == pytest.approx(-10 / 12)
    assert 0 < excess(2, 1) < excess(20, 10) < 1  # same lift, more evidence


@pytest.fixture()
def coverage(store: Any) -> Any:
    """The US talks with everyone (and with Venezuela both ways); Cuba talks with few, mostly Venezuela."""
    start = date(2019, 1, 1)
    for i in range(12):
        day = (start + timedelta(days=i)).isoformat()
        for p in PARTNERS:
            add_event(store, "USA", p, "036", day)
        add_event(store, "USA", "VEN", "036", day)
        add_event(store, "USA", "VENGOV", "163" if i % 2 else "111", day)
    for i in range(6):
        day = (start + timedelta(days=i)).isoformat()
        add_event(store, "CUB", "VENGOV", "042" if i < 2 else "036", day)
    add_event(store, "CUB", "ESP", "036", "2019-01-02")
    return store


def test_a_superpowers_coverage_does_not_make_it_a_friend(coverage: Any) -> None:
    result = sanctuary(coverage.con, country="VEN", as_of=date(2019, 6, 1), top=None)
    ranked = {c["code"]: c for c in result["candidates"]}
    usa, cuba = ranked["USA"], ranked["CUB"]
    assert usa["observed"]["cooperation"] > cuba["observed"]["cooperation"]  # more events ...
    assert cuba["components"]["tone"] > 0 > usa["components"]["tone"]  # ... but not a friendlier relation
    assert cuba["components"]["cooperation"] > usa["components"]["cooperation"]
    assert cuba["rank"] < usa["rank"]
    assert list(result["pressers"]) == ["USA"]
    assert usa["components"]["pressing"] > 0 and usa["components"]["conflict_with_leader"] > 0
    assert usa["note"].startswith("listed as pressing VEN")
    assert "pressing" not in (cuba.get("note") or "") and cuba["components"]["pressing"] == 0


def test_the_leaders_own_events_count_apart_and_obey_as_of(store: Any) -> None:
    """Maduro's visit to Havana (his name on a government code) and praise from Cuba's president (a name
    with no code, found through the dictionary) are leader-level ties, counted only once they happened."""
    raw_event(store, "2019-01-10", "VENGOV", "NICOLÁS MADURO", "042", "CUB", "CUBA", 1, 1.9)
    raw_event(store, "2019-02-01", None, "MIGUEL DÍAZ-CANEL", "051", "VENGOV", "NICOLÁS MADURO", 1, 3.4)
    raw_event(store, "2019-01-15", "USA", "UNITED STATES", "163", "VENGOV", "NICOLÁS MADURO", 4, -8.0)
    raw_event(store, "2019-01-20", "BRA", "BRAZIL", "036", "COL", "COLOMBIA", 1, 4.0)
    early = {c["code"]: c for c in sanctuary(store.con, "Nicolas Maduro", as_of=date(2019, 1, 31),
                                             top=None)["candidates"]}
    late_result = sanctuary(store.con, "Nicolas Maduro", as_of=date(2019, 3, 1), top=None)
    late = {c["code"]: c for c in late_result["candidates"]}
    assert late_result["leader_entity"] == "person:nicolas-maduro"
    assert early["CUB"]["components"]["leader_visits"] > 0 and early["CUB"]["observed"]["leader_praise"] == 0
    assert late["CUB"]["observed"]["leader_praise"] > 0 and late["CUB"]["components"]["leader_praise"] > 0
    assert late["USA"]["components"]["leader_conflict"] > 0 and late["USA"]["components"]["leader_visits"] == 0
    cited = {e["component"] for e in late["CUB"]["evidence"]}
    assert {"leader_visits", "leader_praise"} <= cited
    by_country = sanctuary(store.con, country="VEN", as_of=date(2019, 3, 1), top=None)
    assert all(c["components"]["leader_visits"] == 0 for c in by_country["candidates"])  # no leader named


@pytest.fixture()
def two_camps(store: Any) -> Any:
    west, east = ("USA", "GBR", "FRA", "DEU"), ("RUS", "SYR", "IRN")
    day = 0
    for group in (west, east):
        for a in group:
            for b in group:
                if a < b:
                    for _ in range(3):
                        day += 1
                        add_event(store, a, b, "057", (date(2019, 1, 1) + timedelta(days=day % 300)).isoformat())
    for a in west:
        for b in east:
            day += 1
            add_event(store, a, b, "111", (date(2019, 1, 1) + timedelta(days=day % 300)).isoformat())
            add_event(store, a, b, "036", (date(2019, 1, 1) + timedelta(days=day % 300)).isoformat())
    return store


def test_blocs_partition_signed_and_resolution(two_camps: Any) -> None:
    graph = build_network(two_camps.con)
    tone = tones(graph)
    assert tone[("GBR", "USA")] > 0 > tone[("RUS", "USA")]
    result = blocs(graph, reference="RUS")
    assign = result["assignment"]
    assert assign["RUS"] == 0 and {assign[s] for s in ("SYR", "IRN")} == {0}
    assert len({assign[s] for s in ("USA", "GBR", "FRA", "DEU")}) == 1 and assign["USA"] != 0
    assert result["frustration"] == 0 and all(b["cohesion"] > 0 and b["positive_share"] == 1 for b in result["blocs"])
    assert result["between"] == []
    finer = blocs(graph, resolution=5.0)
    assert len(finer["blocs"]) >= len(result["blocs"])
    with pytest.raises(InputError, match="resolution"):
        blocs(graph, resolution=0)
