"""Names written with hyphens (``actors/matcher.py``). HYPHENATED NAME: a name of several words is also
written with hyphens ("Latin-American"), which the tokenizer splits. COMPOUND OF A WIDER WHOLE: a
demonym after "Ibero-", "Inter-", "Afro-" is part of a wider community's word, not that state. REGION
INSIDE A LONGER NAME: a region's name that runs into a longer name ("the South America Summit") lends
none of its words to a state ("America" there is no USA). An all-capital acronym of up to six letters
("LATIN") needs capitals, so the word "Latin" names no organisation. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.matcher as matcher
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2012, 3, 1)


def _all(doc: Doc) -> set[str]:
    return {c for cs in codes(doc).values() for c in cs}


@pytest.mark.parametrize("text", [
    "The Latin-American envoys met in Quito on Monday.",
    "Several Latin-American states abstained in the vote.",
])
def test_a_hyphenated_region_is_that_region(parse: Parse, text: str) -> None:
    found = _all(parse(text, DAY))
    assert any(c.startswith("LAM") for c in found), found
    assert not any(c.startswith(("USA", "IGO")) for c in found), found


@pytest.mark.parametrize("text", [
    "The Peruvian leader flew to the Ibero-American Summit in Lisbon.",
    "An Afro-American Festival opened in Lima on Monday.",
])
def test_a_demonym_in_a_wider_compound_names_no_state(parse: Parse, monkeypatch, text: str) -> None:
    assert "USA" not in _all(parse(text, DAY))
    monkeypatch.setattr(matcher, "COMPOUND_PREFIXES", frozenset())
    assert "USA" in _all(parse(text, DAY))


def test_a_place_after_such_a_prefix_keeps_its_state(parse: Parse) -> None:
    assert "CHN" in _all(parse("He toured the Pan-Pearl River area last year.", DAY))


@pytest.mark.parametrize("text", [
    "Leaders at the Africa-South America Summit discussed debt relief.",
    "Delegates to the first South America Conference met in Brasilia.",
])
def test_a_region_inside_a_longer_name_lends_no_word_to_a_state(parse: Parse, text: str) -> None:
    assert "USA" not in _all(parse(text, DAY))


def test_the_word_latin_is_no_organisation(parse: Parse) -> None:
    found = _all(parse("The Latin liturgy returned to the cathedral in Lyon.", DAY))
    assert not any(c.startswith("IGO") for c in found), found


def test_a_hyphenated_name_does_not_hide_a_name_after_a_region(parse: Parse) -> None:
    """"the West" running into "Bank" is rejected, and "West Bank" is still found."""
    assert "PSE" in _all(parse("Settlers left two hilltops of the West Bank overnight.", DAY))


@pytest.mark.parametrize(("text", "name"), [
    ("Philippe Douste-Blazy told reporters in Cairo that talks would go on.", "Philippe Douste-Blazy"),
    ("Michele Alliot-Marie inspected the troops in Abidjan.", "Michele Alliot-Marie"),
])
def test_a_listed_person_may_join_two_names_with_a_hyphen(text: str, name: str, parse: Parse) -> None:
    """HYPHENATED SURNAME: the dictionary spells the two names apart."""
    assert codes(parse(text, date(2006, 5, 10)))[name][0].startswith("FRAGOV")


@pytest.mark.parametrize(("text", "name"), [
    ("Douste-Blazy told reporters in Cairo that talks would go on.", "Douste-Blazy"),
    ("In Abidjan, Alliot-Marie inspected the troops.", "Alliot-Marie"),
])
def test_a_hyphenated_surname_alone_is_the_listed_holder(text: str, name: str, parse: Parse) -> None:
    """HYPHENATED SURNAME ALONE (``ActorComponent._hyphenated_surnames``): both words must end the listed name."""
    assert codes(parse(text, date(2006, 5, 10)))[name][0].startswith("FRAGOV")


def test_a_hyphenated_name_that_only_ends_in_a_listed_surname_is_nobody(parse: Parse) -> None:
    doc = parse("Jean-Blazy told reporters in Cairo that talks would go on.", date(2006, 5, 10))
    assert "Jean-Blazy" not in codes(doc)
