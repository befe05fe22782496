"""STATE FORCES USE MILITARY FORCE (``coding/military_force.py``, analyst ``armed_forces_as_force``):
a state's troops wounding or killing people use conventional military force (190), not the 18x assault
of the harm verb's row, and one assault yields one root for the pair; police, gunmen and bombings keep
their codes, and PETRARCH conventions keep the verb's row. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find, find_asserted

PUB = "2009-03-02"


@pytest.mark.parametrize("text", [
    "Ethiopian troops wounded three Somali villagers on Sunday.",
    "Ethiopian soldiers shot dead one Somali man and wounded two others on Sunday.",
])
def test_troops_harming_people_use_military_force(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, "ETH", "SOM", "19"), events
    assert not find_asserted(events, "ETH", "SOM", "18"), events


def test_petrarch_conventions_keep_the_verbs_row(pipeline, petrarch_pipeline) -> None:
    text = "Ethiopian troops wounded three Somali villagers on Sunday."
    assert find_asserted(petrarch_pipeline.code_text(text, published=PUB), "ETH", "SOM", "18")
    assert not find_asserted(pipeline.code_text(text, published=PUB), "ETH", "SOM", "18")


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Kenyan police wounded three Somali protesters on Sunday.", "KEN", "SOM"),
    ("Somali gunmen wounded three Ethiopian soldiers on Sunday.", "SOM", "ETH"),
])
def test_others_keep_the_assault(pipeline, text: str, src: str, tgt: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "18"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Turkish warplanes carried out strikes on militant hideouts in Iraq on Tuesday.", "TURMIL", "IRQ"),
        ("Kenyan jets launched fresh strikes against Somali militants near Kismayo.", "KENMIL", "SOM"),
    ],
)
def test_a_strike_by_armed_forces_is_an_attack(pipeline, text: str, src: str, tgt: str) -> None:
    """ARMED FORCES' STRIKE: no work stoppage (143) when armed forces carry out the strike."""
    events = pipeline.code_text(text, published="2016-05-03")
    assert find(events, src, tgt, "19") and not find(events, src, "", "143"), events


def test_workers_strike_stays_a_strike(pipeline) -> None:
    events = pipeline.code_text("Chilean copper miners launched a strike against the government on Monday.",
                                published="2016-05-03")
    assert find(events, "CHL", "CHLGOV", "143") and not find(events, "CHL", "", "19"), events
