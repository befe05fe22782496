"""Allies are co-agents, not enemies (armedsupport.co_agents_fight_each_other): "French and Malian
troops pressed on with their offensive" is one act of both on a third party, so the two armies do
not attack each other; reciprocal fighting ("clashed", "fought each other", "exchanged fire") stays
an act of each side on the other.

Sentences written for these tests; the one-sided class is also coded with the rule switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("French and Malian troops pressed on with their offensive against the jihadists.", "FRA", "MLI"),
        ("Kenyan and Somali soldiers continued a joint assault on the port town.", "KEN", "SOM"),
    ],
)
def test_allies_in_one_offensive_do_not_attack_each_other(pipeline, monkeypatch, text: str, a: str, b: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), a, b, "19"), text
    monkeypatch.setattr(extract, "co_agents_fight_each_other", lambda *args: True)
    assert find(pipeline.code_text(text, published=PUB), a, b, "19"), text


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Armenian and Azerbaijani troops clashed overnight.", "ARM", "AZE"),
        ("Indian and Pakistani troops exchanged fire across the line of control.", "IND", "PAK"),
    ],
)
def test_sides_that_fight_each_other_still_do(pipeline, text: str, a: str, b: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, a, b, "19") and find(events, b, a, "19"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo pledged to combat piracy in the Gulf of Guinea together.",
        "Peru and Ecuador vowed to fight the smuggling gangs along their border.",
    ],
)
def test_co_agents_of_a_vowed_fight_on_an_object_do_not_threaten_each_other(pipeline, text: str) -> None:
    """A fight with an object ("combat piracy") has the object as its target, also when it is vowed
    (a 13x read off a 19x row); only a cognate or reciprocal object keeps the sides on each other."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith(("13", "19"))
                and {(e.source_code or "")[:3], (e.target_code or "")[:3]} <= {"GHA", "TGO", "PER", "ECU"}], events


def test_a_fought_battle_is_still_a_fight_between_the_sides(pipeline) -> None:
    events = pipeline.code_text("Malian and Nigerien troops fought a fierce battle near the border on Monday.",
                                published=PUB)
    assert find(events, "MLI", "NER", "19") and find(events, "NER", "MLI", "19"), events
