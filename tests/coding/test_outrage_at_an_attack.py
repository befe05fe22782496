"""OUTRAGE AT AN ATTACK (``roles._condemned_objects``): an outrage, anger or indignation voiced at or over an
attack condemns it as "condemned" does -- toward the attack's author where the sentence names one, else in
sympathy with its victims (018, te3dev's convention). A victim named with no country of its own takes the
state its phrase places it in ("the murder of an editor in B"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import asserted_pairs

PUB = "2024-03-01"


def pairs(pipeline, text: str) -> set[tuple[str, str, str]]:
    return asserted_pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway voiced outrage over the slaying of a Somali aid worker.", ("NOR", "SOM", "018")),
        ("Canada voiced its anger on Tuesday over the bombing of a market in Pakistan.", ("CAN", "PAK", "018")),
        ("Italy expressed indignation over the shooting of a radio journalist in Honduras.", ("ITA", "HND", "018")),
    ],
)
def test_outrage_at_an_unattributed_attack_is_sympathy_with_its_victims(pipeline, monkeypatch, text: str,
                                                                         pair: tuple[str, str, str]) -> None:
    assert pair in pairs(pipeline, text)
    monkeypatch.setattr(roles, "_voiced_outrage", lambda verb: [])
    assert pair not in pairs(pipeline, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia expressed anger over the Azerbaijani shelling of border villages.", ("ARM", "AZE", "11")),
        ("Serbia voiced outrage at the Croatian raid on the camp.", ("SRB", "HRV", "11")),
    ],
)
def test_outrage_at_an_attributed_attack_is_aimed_at_its_author(pipeline, text: str,
                                                                pair: tuple[str, str, str]) -> None:
    assert any((s, t, c[:2]) == pair for s, t, c in pairs(pipeline, text))


def test_a_countryless_victim_takes_the_state_it_is_placed_in(pipeline) -> None:
    assert ("SWE", "ETH", "018") in pairs(pipeline, "Sweden condemned the murder of a relief worker in Ethiopia.")
