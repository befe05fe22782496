"""Balance, blocs, alignment and shifts on hand-written events whose answers are known."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

import pytest

from realpolitik.analysis import (
    alignment_over_time,
    balance_summary,
    blocs,
    build_network,
    enemy_of_enemy,
    shifts,
    triads,
)
from realpolitik.analysis.blocs import frustration
from realpolitik.analysis.shifts import window_days
from realpolitik.errors import InputError
from tests.analysis.conftest import add_event


@pytest.fixture()
def camps(store: Any) -> Any:
    """Two camps: {VEN, RUS, CHN, TUR} against {USA, COL}, plus one unbalanced triad RUS-TUR-SYR."""
    for x in ("RUS", "CHN", "TUR"):
        add_event(store, x, "VENGOV", "057", "2019-03-01", evidence=f"{x} signed a deal with Venezuela.")
        add_event(store, x, "USA", "111", "2019-03-02", evidence=f"{x} criticised the United States.")
    add_event(store, "USA", "VENGOV", "163", "2019-03-03", evidence="The US imposed sanctions on Venezuela.")
    add_event(store, "USA", "COLGOV", "057", "2019-03-04")
    add_event(store, "COL", "VEN", "120", "2019-03-05")
    add_event(store, "RUS", "CHN", "057", "2019-03-06")
    add_event(store, "RUS", "SYR", "070", "2019-03-07")
    add_event(store, "TUR", "SYR", "190", "2019-03-08")
    add_event(store, "RUS", "TUR", "057", "2019-03-09")
    return store


def test_triads_balanced_and_unbalanced(camps: Any) -> None:
    graph = build_network(camps.con)
    found = {tuple(t["nodes"]): t for t in triads(graph)}
    assert found[("TUR", "USA", "VEN")]["kind"] == "+--" and found[("TUR", "USA", "VEN")]["balanced"]
    assert found[("CHN", "RUS", "VEN")]["kind"] == "+++"
    assert found[("RUS", "SYR", "TUR")]["kind"] == "++-" and not found[("RUS", "SYR", "TUR")]["balanced"]
    edge = next(e for e in found[("TUR", "USA", "VEN")]["edges"] if {e["a"], e["b"]} == {"TUR", "USA"})
    assert edge["sign"] == -1 and len(edge["evidence"]) == 1
    summary = balance_summary(graph)
    assert summary["unbalanced"] == 1 and summary["balanced"] == summary["triads"] - 1


def test_enemy_of_my_enemy_groups_allies(camps: Any) -> None:
    patterns = enemy_of_enemy(build_network(camps.con), min_allies=2)
    assert len(patterns[0]["allies"]) == 3
    top = next(p for p in patterns if (p["pivot"], p["enemy"]) == ("VEN", "USA"))
    assert (top["allies"], top["pivot_enemy_sign"]) == (["CHN", "RUS", "TUR"], -1)
    assert len(top["edges"]) == 7
    assert not any(p["enemy"] == "VEN" and "USA" in p["allies"] for p in patterns)  # COL is USA's only friend


def test_blocs_split_camps_and_minimise_frustration(camps: Any) -> None:
    graph = build_network(camps.con)
    result = blocs(graph, reference="USA")
    assign = result["assignment"]
    assert assign["USA"] == 0 and assign["COL"] == 0
    assert {assign[x] for x in ("VEN", "RUS", "CHN", "TUR")} == {1}
    flipped = dict(assign, CHN=0)
    assert frustration(graph, flipped) > result["frustration"]


def test_alignment_over_time(camps: Any) -> None:
    add_event(camps, "TUR", "USA", "057", "2020-05-01")
    add_event(camps, "TUR", "USA", "042", "2020-05-02")
    rows = {(r["period"], r["state"]): r for r in alignment_over_time(camps.con, "USA", "year")}
    assert rows[("2019-01-01", "TUR")]["direct"] == pytest.approx(-0.2)
    assert rows[("2020-01-01", "TUR")]["direct"] > 0.4
    assert rows[("2019-01-01", "COL")]["direct"] == pytest.approx(0.8)
    assert rows[("2019-01-01", "RUS")]["indirect"] < 0  # RUS's friends are USA's enemies
    with pytest.raises(InputError):
        alignment_over_time(camps.con, "USA", "decade")


def test_shifts_detect_change_with_driving_events(store: Any) -> None:
    """A dyad that met twice and then fought is a cooling shift; a steady dyad (which also shows the
    store covered the history) is none."""
    start = date(2020, 1, 6)
    for offset in (0, 30):
        for i in range(5):
            add_event(store, "IND", "PAK", "042", (start + timedelta(days=offset + i)).isoformat())
    for i in range(5):
        add_event(store, "IND", "PAK", "190", (start + timedelta(days=65 + i)).isoformat(),
                  evidence=f"Indian forces shelled Pakistani posts, day {i}.")
    for i in range(40):
        add_event(store, "FRA", "DEU", "042", (start + timedelta(days=3 * i)).isoformat())
    rows = shifts(store.con, "30d", min_events=3)
    assert [(r["a"], r["b"], r["direction"]) for r in rows] == [("IND", "PAK", "cooling")]
    change = rows[0]
    # the history's mean is shrunk toward the period's mean (prior of PRIOR_EVENTS events), the window's is not
    assert change["mean_before"] > change["mean_after"] == pytest.approx(-10.0)
    assert change["quad_before"] == [10, 0, 0, 0] and change["quad_after"] == [0, 0, 0, 5]
    assert change["z"] < -2 and change["log10_q"] <= math.log10(0.05)
    assert change["driven_by"] in ("event mix", "conflict intensity") and change["conflict_after"] == 5
    assert len(change["drivers"]) == 3 and all("shelled" in d["sentence"] for d in change["drivers"])
    assert shifts(store.con, "30d", min_events=6) == []
    assert window_days("4w") == 28 and window_days("1y") == 365
    with pytest.raises(InputError, match="--window"):
        window_days("soon")
