"""Support between fighting forces (coding/armedsupport.py): a force "supported by helicopters" is
backed by its own means (no event, whatever country the equipment is lent), and one armed force
backing another is military cooperation (062), not praise (051); so is armed men's backing of anyone
and a backing against an armed foe.

Sentences written for these tests; each class is also coded with the rule switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops supported by helicopters raided the camp near the Somali border.",
        "Israeli police backed by armoured vehicles searched the village after a Palestinian attack.",
    ],
)
def test_a_force_backed_by_its_equipment_is_no_support(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("05")], text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chadian troops backing Malian army units entered the northern town.", "TCD", "MLI"),
        ("Rwandan soldiers supported Congolese army units in the offensive against the rebels.", "RWA", "COD"),
        # SUPPORT AGAINST A FOE: an armed source, or a backing against an armed foe
        ("Kurdish fighters backing the Iraqi government stormed a militant base.", "KUR", "IRQ"),
        ("Niger is supporting Mali's embattled government against the separatist rebels.", "NER", "MLI"),
        ("Ghana backs Togo against the insurgents in the north.", "GHA", "TGO"),
    ],
)
def test_one_force_backing_another_is_military_cooperation(
    pipeline, monkeypatch, text: str, src: str, tgt: str
) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "062"), text
    monkeypatch.setattr(extract, "armed_backing", lambda *args: None)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "05"), text


def test_a_state_backing_a_bid_is_still_support(pipeline) -> None:
    assert find(pipeline.code_text("France supported Germany's bid for the post.", published=PUB), "FRA", "DEU", "05")
