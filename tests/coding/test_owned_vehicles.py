"""An attack on a vehicle is an attack on its owner or riders (coding/owned_vehicles.py): the
state or force named on the vehicle ("a British military convoy"), or the person a possessive
pronoun refers back to ("a bomb struck his vehicle"), is the target, not the country where it
happened.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "owner", "scene"),
    [
        (
            "A Danish corporal died after a landmine hit his jeep in Helmand province of Afghanistan.",
            "DNK",
            "AFG",
        ),
        ("Three Estonian soldiers were hurt when a roadside bomb hit their vehicle in Helmand.", "EST", "AFG"),
        (
            "Militants rammed a minibus packed with explosives into a Danish military convoy near Basra.",
            "DNK",
            "IRQ",
        ),
    ],
)
def test_the_vehicle_s_owner_is_the_target(placed_attackers_pipeline, monkeypatch, text: str, owner: str,
                                           scene: str) -> None:
    events = placed_attackers_pipeline.code_text(text, published=PUB)
    assert [e for e in events if (e.target_code or "").startswith(owner) and e.event_code[:2] in ("18", "19")], text
    assert not [e for e in events if e.target_code == scene], text
    monkeypatch.setattr(extract, "vehicle_owners", lambda *args: [])
    assert not find(placed_attackers_pipeline.code_text(text, published=PUB), "", owner, "19"), text


def test_a_pronoun_does_not_point_back_at_a_place(pipeline) -> None:
    text = "In Kandahar, gunmen opened fire on their jeep as two Italian aid workers drove to the airport."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.target_code == "AFG" and e.event_code[:2] in ("18", "19")], text


def test_an_attack_on_a_named_force_keeps_its_target(pipeline) -> None:
    text = "Gunmen ambushed a Turkish army lorry outside Kirkuk."
    assert find(pipeline.code_text(text, published=PUB), "", "TURMIL", "19")


def test_a_state_named_on_a_place_owns_no_vehicle(pipeline) -> None:
    text = "Gunmen shot at the truck of a Ghanaian trader on the road to the Togolese border."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.target_code or "").startswith("TGO")], text


@pytest.mark.parametrize(
    "text",
    [
        "Ghana accused Togolese soldiers of targeting the mayor by firing on his car.",
        "Chad blamed Sudanese militiamen for attacking its convoy near the border.",
        "Ghana has accused Togolese soldiers of targeting the mayor on Monday by firing on his car.",
    ],
)
def test_an_accusation_s_charge_gives_the_accuser_no_attack(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.source_code or "")[:3] in ("GHA", "TCD") and e.event_code[:2] in ("18", "19")]

