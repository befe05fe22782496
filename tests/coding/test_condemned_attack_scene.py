"""Classes PLACE OF A CONDEMNED ATTACK and SCENE HUNG ON THE CONDEMNING VERB (``coding/roles.py``):
condemning an unattributed attack sides with the country where it happened, also when a clause on the
attack names the place or the thing hit, and when the parser hangs the attack's place phrase on the
condemning verb. Sentences written for these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import codes, find

PUB = "2015-04-02"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemned the explosions which went off near a bus station in Togo.",
        "Ghana deplored the raids that took place at a port in Togo on Sunday.",
        "Ghana denounced the bombings that struck a Togolese church.",
    ],
)
def test_a_clause_on_the_attack_names_its_place(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "GHA", "TGO", "018"), codes(events)
    monkeypatch.setattr(roles, "_struck_place", lambda clause, struck, actors: [])
    off = pipeline.code_text(text, published=PUB)
    assert not find(off, "GHA", "TGO", "018"), codes(off)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemned the shootings in Togo.",
        "Ghana strongly condemned the bombings at three hotels in Togo.",
        "Ghana deplored the killings in two Togolese markets.",
    ],
)
def test_the_attack_scene_hung_on_the_verb(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "GHA", "TGO", "018"), codes(events)
    assert not find(events, "GHA", "TGO", "11"), codes(events)
    monkeypatch.setattr(roles, "verb_hung_scene", lambda verb, attack, actors: [])
    off = pipeline.code_text(text, published=PUB)
    assert not find(off, "GHA", "TGO", "018"), codes(off)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemned the bombings on Friday.",
        "Ghana deplored the attacks in a statement.",
        "Togo condemned the blasts in Togo.",
        "In Togo, Ghanaian visitors condemned the shootings.",
        "At a rally in Togo, the Ghanaian minister deplored the killings.",
    ],
)
def test_no_victim_without_a_foreign_place(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code == "018"], codes(events)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Ghana condemned the bombings carried out by Togolese jets in Benin.", "TGO"),
        ("Ghana denounced the raid staged by Beninese troops at a port in Togo.", "BEN"),
    ],
)
def test_an_attack_authored_in_a_participle_criticises_its_author(pipeline, monkeypatch, text: str,
                                                                 author: str) -> None:
    """Class ATTACK AUTHORED IN A PARTICIPLE: the ``by`` agent of "carried out", "staged" is the author."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "GHA", author, "11"), codes(events)
    assert not [e for e in events if e.event_code == "018"], codes(events)
    monkeypatch.setattr(roles, "_perpetrator", lambda noun, actors: [])
    off = pipeline.code_text(text, published=PUB)
    assert not find(off, "GHA", author, "11"), codes(off)
