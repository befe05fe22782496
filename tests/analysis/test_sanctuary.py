"""Sanctuary ranking on hand-written events: components, evidence, weights, dates, lookup."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from realpolitik.analysis import DEFAULT_WEIGHTS, resolve_leader, sanctuary
from realpolitik.analysis.sanctuary import presence
from realpolitik.errors import InputError
from tests.analysis.conftest import add_event


@pytest.fixture()
def venezuela(store: Any) -> Any:
    add_event(store, "CUBGOV", "VENGOV", "042", "2019-01-10", evidence="Cuba's president visited Caracas.")
    add_event(store, "CUB", "VEN", "070", "2019-01-11", evidence="Cuba sent doctors and aid to Venezuela.")
    add_event(store, "CUB", "VENGOV", "075", "2019-01-12", modality="hypothetical",
              evidence="Cuba could offer the Venezuelan president a safe haven if he must go into exile.")
    add_event(store, "CUB", "USA", "111", "2019-01-13", evidence="Havana denounced Washington's threats.")
    add_event(store, "NIC", "VENGOV", "051", "2019-01-14", evidence="Nicaragua praised Venezuela.")
    add_event(store, "USA", "VENGOV", "163", "2019-01-15", evidence="Washington imposed new sanctions on Caracas.")
    add_event(store, "USA", "VENGOV", "173", "2019-01-16", evidence="The US seized Venezuelan assets.")
    add_event(store, "COL", "USA", "057", "2019-01-17", evidence="Colombia and the US signed a security pact.")
    add_event(store, "BOL", "VENGOV", "057", "2030-01-01", evidence="Bolivia signed a future treaty.")
    return store


def test_undated_events_count_only_without_as_of(store: Any) -> None:
    """Articles ingested without a publication date still inform today's ranking, at reduced weight,
    but cannot be placed before an explicit --as-of date."""
    add_event(store, "CUB", "VENGOV", "042", None, evidence="Cuba's president visited Caracas.")
    add_event(store, "CUB", "VEN", "070", None, evidence="Cuba sent doctors and aid to Venezuela.")
    now = sanctuary(store.con, country="VEN", top=None)
    cuba = next(c for c in now["candidates"] if c["code"] == "CUB")
    assert now["undated_events"] == 2
    assert cuba["rank"] == 1 and cuba["basis"] == "events and structure"
    assert cuba["components"]["visits"] > 0 and cuba["components"]["material_support"] > 0
    assert {e["sentence"] for e in cuba["evidence"]} >= {"Cuba's president visited Caracas."}
    then = sanctuary(store.con, country="VEN", as_of=date(2024, 1, 1), top=None)
    cuba_then = next(c for c in then["candidates"] if c["code"] == "CUB")
    assert then["undated_events"] == 0
    assert cuba_then["basis"] == "structural only" and cuba_then["components"]["visits"] == 0


def test_support_for_the_leaders_opponents_is_not_support_for_the_leader(store: Any) -> None:
    """Arming "Syrian Kurds" or praising the opposition speaks against the government, not for it."""
    add_event(store, "USA", "SYRKUR", "070", "2019-01-10", evidence="The US began arming Syrian Kurds.")
    add_event(store, "FRA", "SYROPP", "051", "2019-01-11", evidence="France praised the Syrian opposition.")
    add_event(store, "RUSGOV", "SYRGOV", "070", "2019-01-12", evidence="Moscow sent arms to Damascus.")
    ranked = {c["code"]: c for c in sanctuary(store.con, country="SYR", as_of=date(2020, 1, 1), top=None)["candidates"]}
    assert ranked["RUS"]["components"]["material_support"] > 0 and ranked["RUS"]["basis"] == "events and structure"
    assert ranked["USA"]["components"]["material_support"] == 0 and ranked["USA"]["basis"] == "structural only"
    assert ranked["FRA"]["components"]["cooperation"] == 0


def test_ranking_components_and_evidence(venezuela: Any) -> None:
    result = sanctuary(venezuela.con, country="VEN", as_of=date(2020, 1, 1), top=None)
    ranked = {c["code"]: c for c in result["candidates"]}
    first = result["candidates"][0]
    assert first["code"] == "CUB" and first["rank"] == 1
    comp = first["components"]
    # Cuba's only visit and aid are all the store has: more than anything else predicts (excess > 0)
    assert comp["asylum"] > 0 and comp["visits"] > 0 and comp["material_support"] > 0 and comp["tone"] > 0
    assert comp["shared_adversaries"] == 1.0 and comp["hostility_to_pressers"] > 0
    assert result["pressers"] == {"USA": 1.0}
    asylum = [e for e in first["evidence"] if e["component"] == "asylum"]
    assert asylum and asylum[0]["modality"] == "hypothetical" and "safe haven" in asylum[0]["sentence"]
    for ev in first["evidence"]:
        assert {"sentence", "doc_id", "title", "event_date", "event_code", "modality"} <= set(ev)
        assert ev["sentence"] and ev["doc_id"] and ev["title"] == "Synthetic article"
    assert {e["component"] for e in first["evidence"]} >= {"asylum", "visits", "material_support",
                                                           "hostility_to_pressers"}
    usa = ranked["USA"]
    assert usa["components"]["conflict_with_leader"] > 0 and usa["score"] < ranked["NIC"]["score"]
    assert ranked["COL"]["components"]["cooperation_with_pressers"] > 0
    assert [e["component"] for e in ranked["COL"]["evidence"]] == ["cooperation_with_pressers"]
    assert "security pact" in ranked["COL"]["evidence"][0]["sentence"]
    assert ranked["BRA"]["basis"] == "structural only" and "structural signals alone" in ranked["BRA"]["note"]
    assert ranked["BRA"]["evidence"] == [] and ranked["BRA"]["components"]["contiguity"] == 1.0
    assert ranked["BOL"]["components"]["cooperation"] == 0  # its event is after --as-of
    assert "VEN" not in ranked
    assert result["modality"] == "modality: asserted"
    expected = sum(DEFAULT_WEIGHTS[k] * v for k, v in first["components"].items())
    assert first["score"] == pytest.approx(expected, abs=1e-3)


def test_weights_are_configurable(venezuela: Any) -> None:
    base = sanctuary(venezuela.con, country="VEN", as_of=date(2020, 1, 1), top=3)
    assert [c["code"] for c in base["candidates"]][0] == "CUB"
    only_geo = {k: 0.0 for k in DEFAULT_WEIGHTS} | {"contiguity": 1.0, "proximity": 1.0}
    geo = sanctuary(venezuela.con, country="VEN", as_of=date(2020, 1, 1), weights=only_geo, top=3)
    assert geo["candidates"][0]["code"] in {"COL", "GUY", "BRA", "TTO"}
    with pytest.raises(InputError, match="unknown component"):
        sanctuary(venezuela.con, country="VEN", weights={"luck": 1.0})
    with pytest.raises(InputError, match="not a state"):
        sanctuary(venezuela.con, country="XXX")


def test_presence_scale_and_leader_lookup(venezuela: Any) -> None:
    assert presence(0, 10) == 0 and presence(10, 10) == 1.0 and 0.5 < presence(1, 10) < presence(3, 10) < 1
    code, how = resolve_leader(venezuela.con, "Maduro", date(2014, 6, 1))
    assert code == "VEN" and how
    with pytest.raises(InputError, match="--country"):
        resolve_leader(venezuela.con, "Nobody Atall Xyzzy", date(2014, 6, 1))
    result = sanctuary(venezuela.con, leader="Nicolas Maduro", as_of=date(2020, 1, 1), top=1)
    assert result["country"] == "VEN" and result["candidates"][0]["code"] == "CUB"


def test_older_events_weigh_less(store: Any) -> None:
    for day in ("2019-01-01", "2019-02-01"):
        add_event(store, "ARG", "VEN", "057", day)
        add_event(store, "MEX", "VEN", "057", day.replace("2019", "2012"))
    recent = sanctuary(store.con, country="VEN", as_of=date(2020, 1, 1), top=None)
    by_code = {c["code"]: c["components"]["cooperation"] for c in recent["candidates"]}
    assert by_code["ARG"] > by_code["MEX"] > 0
    flat = sanctuary(store.con, country="VEN", as_of=date(2020, 1, 1), top=None, half_life_days=None)
    by_code = {c["code"]: c["components"]["cooperation"] for c in flat["candidates"]}
    assert by_code["ARG"] == by_code["MEX"]
