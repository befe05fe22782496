"""Class CHALLENGERS FIGHT THEIR OWN ARMY (``coding/roles.own_army_of_challengers``): rebels, insurgents or an
opposition of one state acting on a bare "army" or "military" act on their own state's army; "troops",
"soldiers" or "forces" with no country stay open (a state sends those abroad). Sentences written for these
tests, in at least two wordings."""

from __future__ import annotations

import pytest

from realpolitik.coding.roles import own_army_of_challengers
from realpolitik.model import Actor
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Chadian rebels attacked the army near the capital.", "TCDREB", "TCDMIL"),
    ("Colombian guerrillas shelled army positions overnight.", "COLREB", "COLMIL"),
])
def test_national_rebels_fight_their_own_army(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published="2009-04-02")
    assert find(events, src, tgt, "19"), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_bare_troops_are_not_given_the_rebels_country(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Somali rebels attacked troops near the port.", published="2009-04-02")
    assert not find(events, "SOMREB", "SOMMIL", "19")


def _actor(text: str, code: str) -> Actor:
    return Actor(text=text, code=code, entity_id=None, name=None, country=code[:3] if code[:3] != "---" else None,
                 kind="agent", confidence=0.9, how="test")


def test_only_challengers_and_only_army_words() -> None:
    rebels = [_actor("Malian rebels", "MLIREB")]
    police = [_actor("Malian police", "MLICOP")]
    assert own_army_of_challengers(_actor("the army", "---MIL"), rebels)
    assert own_army_of_challengers(_actor("the national guard", "---MIL"), rebels)
    assert not own_army_of_challengers(_actor("the army", "---MIL"), police)
    assert not own_army_of_challengers(_actor("soldiers", "---MIL"), rebels)
    assert not own_army_of_challengers(_actor("foreign forces", "---MIL"), rebels)
