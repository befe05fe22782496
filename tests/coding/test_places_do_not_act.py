"""Towns the actor step places by GeoNames (``actors/towns.py``) in the coder: where an act happens or is
aimed is its target's state (GAZETTEER TOWN), and a place never does the act itself (PLACES DO NOT ACT,
``coding.actorindex.mere_place``).

Sentences written for these tests; each town here is absent from the actor dictionaries.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2006-06-01"


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Ethiopian warplanes bombed targets in Kismayo on Sunday.", "ETHMIL", "SOM", "19"),
        ("Ethiopian helicopters shelled a market in Kismayo on Sunday.", "ETHMIL", "SOM", "19"),
        ("The UN envoy paid a visit to Bunia last week.", "IGOUNOGOV", "COD", "04"),
        ("The UN envoy travelled to Bunia on Friday for talks.", "IGOUNOGOV", "COD", "04"),
    ],
)
def test_an_act_in_or_toward_a_town_is_aimed_at_its_state(pipeline, text: str, source: str, target: str,
                                                          root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), source, target, root), text


@pytest.mark.parametrize(
    "text",
    [
        "The bombing in Bunia, which killed two people, shocked the region.",
        "A car bombing in Kindu, which wounded four soldiers, angered the army.",
    ],
)
def test_a_town_is_no_doer(pipeline, monkeypatch, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.source_code == "COD"], text
    monkeypatch.setattr(extract, "mere_place", lambda actor: False)
    assert [e for e in pipeline.code_text(text, published=PUB) if e.source_code == "COD"], text
