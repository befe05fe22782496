"""ROLES OF ONE PERSON (``coding/actorindex._roles_of_one``): titles coordinated in apposition to one
person ("A, head of B and former minister of C") are that person's roles, not more actors beside the
person, so the act is not also coded from a former or second office; names or titles in apposition
to a plural or a list ("the two leaders, X and Y", "the US, Russia and Chile") are many actors.
Sentences written for these tests; each is also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.actorindex as actorindex

PUB = "2024-03-01"


def _sources(events) -> set[str]:
    return {e.source_code[:3] for e in events}


@pytest.mark.parametrize(("text", "current", "former"), [
    ("Jan Novak, the WHO director and former Czech health minister, offered help to Chad.", "IGO", "CZE"),
    ("Jan Novak, head of the UN refugee agency and a former Czech foreign minister, offered help to Chad.",
     "IGO", "CZE"),
    ("Wolfgang Ebner, Austria's foreign minister and former OSCE chief, criticised Serbia on Monday.",
     "AUT", "IGO"),
])
def test_one_person_s_roles_are_one_actor(pipeline, monkeypatch, text: str, current: str, former: str) -> None:
    found = _sources(pipeline.code_text(text, published=PUB))
    assert current in found and former not in found, found
    monkeypatch.setattr(actorindex, "_roles_of_one", lambda noun, appos: False)
    assert former in _sources(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(("text", "many"), [
    ("The two leaders, the Kenyan president and the Ugandan premier, criticised Sudan.", {"KEN", "UGA"}),
    ("Chile, Peru and Bolivia criticised Argentina on Monday.", {"CHL", "PER", "BOL"}),
])
def test_titles_or_names_after_a_plural_or_list_are_many(pipeline, text: str, many: set[str]) -> None:
    assert many <= _sources(pipeline.code_text(text, published=PUB))


def test_a_person_the_dictionary_does_not_know_takes_the_roles(pipeline) -> None:
    text = "The Bulgarian premier held a meeting with Wu Tang, deputy party secretary and mayor of Tianjin."
    events = pipeline.code_text(text, published=PUB)
    assert {("BGR", "CHN")} <= {(e.source_code[:3], e.target_code[:3]) for e in events}
