"""An office a state sets up at home is its own (coding/home_units.py): "established a national WTO
desk" is no act toward the WTO; a unit founded with a partner keeps its partner.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

HOME_UNITS = [
    ("Bhutan has established a national WTO desk in its commerce ministry.", "BTN", "IGO"),
    ("Croatia established a NATO coordination office inside its defence ministry last month.", "HRV", "IGO"),
    ("Laos has already established a national WTO unit in its trade ministry as it prepares to join.", "LAO", "IGO"),
    # the parser makes the body's name the object and the unit its apposition
    ("Last year Bhutan established a South Asian Free Trade Area (SAFTA) cell inside its economy ministry.",
     "BTN", "IGO"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), HOME_UNITS)
def test_a_unit_named_after_a_body_is_no_act_toward_it(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, ""), text
    monkeypatch.setattr(extract, "home_unit_targets", lambda trigger, targets, actors: targets)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "06"), text


def test_a_unit_founded_together_keeps_its_partners(pipeline) -> None:
    text = "China and Russia established a joint commission on trade."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "CHN", "RUS", "06") and find(events, "RUS", "CHN", "06"), text
