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
