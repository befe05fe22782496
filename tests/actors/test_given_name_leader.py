"""Class LEADER KNOWN BY A GIVEN NAME (``curated/people.jsonl``): news names Saddam Hussein by his
given name alone, which no surname lookup finds; the name resolves by date (Iraq's government while
he ruled, then an elite). And class CITY NAMED AFTER A PERSON (``matcher.PERSON_PLACE_HEADS``): the
leader's name inside "Saddam City" is a place, not the man. Sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.matcher as matcher
from tests.actors.conftest import codes

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("text", "when", "code"), [
    ("Saddam told his generals to hold the line at Basra.", date(1991, 2, 20), "IRQGOV"),
    ("Saddam rejected the inspectors' demands on Sunday.", date(1998, 11, 15), "IRQGOV"),
    ("Saddam interrupted the prosecutor twice on Monday.", date(2006, 3, 13), "IRQELI"),
])
def test_the_given_name_is_the_leader_by_date(parse: Parse, text: str, when: date, code: str) -> None:
    assert codes(parse(text, when)).get("Saddam") == [code]


@pytest.mark.parametrize("text", [
    "Shops in Saddam City stayed shut on Thursday.",
    "The army sealed off Saddam City at dawn.",
])
def test_a_city_named_after_a_leader_is_no_leader(parse: Parse, monkeypatch, text: str) -> None:
    def leaders(doc: Doc) -> list[str]:
        return [c for cs in codes(doc).values() for c in cs if c.endswith("GOV")]

    assert not leaders(parse(text, date(2001, 5, 1)))
    monkeypatch.setattr(matcher, "PERSON_PLACE_HEADS", frozenset())
    assert leaders(parse(text, date(2001, 5, 1)))
