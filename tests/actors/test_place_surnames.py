"""SURNAME THAT NAMES A PLACE (actors/place_surnames.py): a city or state name right after a given name is
the person's surname ("Mayor Pablo Toledo"), not the place; the same names stay places elsewhere.

Sentences written for these tests; each is also coded with the class switched off, where the place wins.
"""

from __future__ import annotations

import pytest

import realpolitik.actors.component as component
from realpolitik.actors.place_surnames import given_names
from realpolitik.actors.resolver import ActorResolver
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police Commissioner Pablo Toledo urged Cuba to free the prisoners.", "ESP"),
        ("Harbour master Ricardo Lima accused Brazil of negligence.", "PER"),
        ("Senator Charles Georgia criticized Mexico on Tuesday.", "GEO"),
    ],
)
def test_a_surname_is_no_place(pipeline, monkeypatch, text: str, place: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, place, "", ""), [(e.source_code, e.target_code, e.event_code) for e in events]
    monkeypatch.setattr(component, "drop_place_surnames", lambda doc, matches, resolver: (matches, set()))
    assert find(pipeline.code_text(text, published=PUB), place, "", ""), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Brazil's president met his Peruvian counterpart in Lima on Monday.", "BRA", "PER"),
        ("The Georgian foreign minister said Georgia would sue Russia.", "GEO", "RUS"),
    ],
)
def test_places_after_other_words_stay_places(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, ""), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_a_listed_person_of_that_name_keeps_it(pipeline) -> None:
    """The given name that is the listed office holder's own makes the full name his."""
    events = pipeline.code_text("Peruvian President Alejandro Toledo met Chilean President Ricardo Lagos.",
                                published="2004-05-01")
    assert find(events, "PERGOV", "CHLGOV", "04")


def test_given_names_come_from_the_dictionaries_less_titles_and_places() -> None:
    names = given_names(ActorResolver.default())
    assert {"pablo", "charles", "ricardo"} <= names
    assert not {"president", "georgia", "san", "sri", "abu"} & names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jordan Whitfield, a British engineer, criticised Egypt on Tuesday.", "JOR"),
        ("Chad Morrison accused Mexico of negligence.", "TCD"),
    ],
)
def test_a_given_name_is_no_place(pipeline, monkeypatch, text: str, place: str) -> None:
    """GIVEN NAME THAT NAMES A PLACE: a state name opening a person's name is a given name."""
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, place, "", ""), [(e.source_code, e.target_code, e.event_code) for e in events]
    monkeypatch.setattr(component, "drop_place_surnames", lambda doc, matches, resolver: (matches, set()))
    events = pipeline.code_text(text, published=PUB)
    assert find(events, place, "", ""), text


def test_a_state_name_before_an_agent_noun_is_still_the_state(pipeline) -> None:
    events = pipeline.code_text("Jordan criticised Egypt on Tuesday.", published=PUB)
    assert find(events, "JOR", "EGY", "11")
