"""Class NEWS OUTLETS ARE NO STATE (``actors/resolver.COUNTRYLESS_ROOTS`` holds ``MED``; the actor build gives
the bare ``MED`` entries no country): the dictionaries code the wire services and big outlets (Reuters,
Xinhua, the BBC, AFP) with the bare root ``MED``; that root names no country, so an outlet that reports a
sentence never lends "its country" to the sentence's countryless police, courts or rebels (which read
``MEDCOP``, ``MEDJUD`` before) and is never one of "the two sides" of an earlier sentence, while a national
outlet named with its state ("the Ghanaian news agency") still gives its state. Sentences written for these
tests, in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors.resolver import COUNTRYLESS_ROOTS
from realpolitik.nlp.extensions import ACTOR_SPANS
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2010 = date(2010, 10, 4)


@pytest.mark.parametrize(("text", "word"), [
    ("Riot police fired tear gas at marchers on Sunday, Reuters reported.", "police"),
    ("The court jailed two bloggers for a year, the BBC said.", "court"),
    ("Rebels ambushed a fuel convoy near the border, Xinhua reported.", "rebels"),
])
def test_a_wire_service_lends_no_country(parse: Parse, text: str, word: str) -> None:
    found = next(cs for t, cs in codes(parse(text, D2010)).items() if word in t.lower())
    assert all(c[:3] == "---" for c in found), found
    assert not any(c.startswith("MED") and len(c) > 3 for cs in codes(parse(text, D2010)).values() for c in cs)


def test_a_national_outlet_named_with_its_state_still_does(parse: Parse) -> None:
    doc = parse("Riot police fired tear gas at marchers on Sunday, the Zambian news agency reported.", D2010)
    assert next(cs for t, cs in codes(doc).items() if "police" in t.lower()) == ["ZMBCOP"]


def test_med_is_a_countryless_root() -> None:
    assert "MED" in COUNTRYLESS_ROOTS


@pytest.mark.parametrize(("text", "pair"), [
    ("Bhutan accused Nepal of stalling the refugee talks, Reuters reported. The two sides will meet again in June.",
     {"BTN", "NPL"}),
    ("Chile and Peru traded charges over the border on Monday, the BBC said. Both sides agreed to hold talks "
     "next week.", {"CHL", "PER"}),
])
def test_the_two_sides_are_never_the_outlet_that_reports(parse: Parse, text: str, pair: set[str]) -> None:
    doc = parse(text, D2010)
    sides = next(cs for t, cs in codes(doc).items() if "sides" in t.lower())
    assert set(sides) == pair, sides


def test_an_outlet_has_no_country(parse: Parse) -> None:
    doc = parse("Reuters and Xinhua both carried the statement.", D2010)
    outlets = [a for s in doc.spans[ACTOR_SPANS] for a in s._.rp_actors]
    assert outlets and all(a.country is None for a in outlets), outlets
