"""NAMED FACILITY (``actors/matcher.FACILITY_HEADS``): a title or a person's name inside the name of a
place, a league or a prize ("King Fahd Air Base", "the President Hotel", "the Premier League") is no
actor; the same title before a person's name still is. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors import matcher
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2012, 3, 1)


def _all_codes(doc: Doc) -> set[str]:
    return {c for cs in codes(doc).values() for c in cs}


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ghanaian jets landed at the King Fahd Air Base near the border.", "SAU"),
    ("The Scottish Premier League fined two clubs for crowd trouble.", "GOV"),
    ("A bomb went off outside the President Hotel in the capital.", "GOV"),
])
def test_a_title_or_name_inside_a_facility_name_is_no_actor(parse: Parse, monkeypatch: pytest.MonkeyPatch,
                                                            text: str, wrong: str) -> None:
    assert not any(wrong in c for c in _all_codes(parse(text, DAY))), codes(parse(text, DAY))
    monkeypatch.setattr(matcher, "FACILITY_HEADS", frozenset())
    assert any(wrong in c for c in _all_codes(parse(text, DAY))), text


@pytest.mark.parametrize(("text", "name", "code"), [
    ("King Abdullah received the Kenyan envoy in Amman.", "King Abdullah", "JOR"),
    ("President Museveni flew to Nairobi for the league talks.", "President Museveni", "UGA"),
])
def test_the_title_before_a_person_still_names_him(parse: Parse, text: str, name: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(parse(text, DAY)).get(name, [])), codes(parse(text, DAY))


@pytest.mark.parametrize(("text", "name"), [
    ("English fishermen blocked the port of Calais.", "English fishermen"),
    ("Scottish ministers met Norwegian officials in Oslo.", "Scottish ministers"),
])
def test_english_and_scottish_are_british(parse: Parse, text: str, name: str) -> None:
    assert any(c.startswith("GBR") for c in codes(parse(text, DAY)).get(name, [])), codes(parse(text, DAY))
