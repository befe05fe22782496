"""Class A STATE'S OWN MATTER (``actors/grouping.py``, ``STATE_MATTERS``): a state adjective on a noun for a
state's situation or business ("the Togolese crisis", "Haitian affairs") makes the phrase that state, the
matter an act is about. Adjectives on other nouns stay things, and a region's adjective or one half of a
hyphenated pair makes no state. Sentences written for these tests, each in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2008 = date(2008, 5, 20)


def _of(doc: Doc, word: str) -> list[str]:
    return next((cs for text, cs in codes(doc).items() if word in text), [])


def test_a_demonym_on_a_matter_noun_is_the_state(parse: Parse) -> None:
    assert _of(parse("The envoy pledged to help settle the Gambian crisis.", D2008), "Gambian") == ["GMB"]
    assert _of(parse("Ottawa warned its neighbours against meddling in Haitian affairs.", D2008), "Haitian") == ["HTI"]
    assert _of(parse("Both delegations discussed the Moldovan question at length.", D2008), "Moldovan") == ["MDA"]
    assert codes(parse("Quito hopes to defuse the Colombian standoff.", D2008))["Colombian standoff"] == ["COL"]


def test_other_nouns_regions_and_pairs_make_no_state(parse: Parse) -> None:
    assert _of(parse("Traders sold Nigerian crude at a discount.", D2008), "Nigerian") == []
    assert not any("crisis" in t for t in codes(parse("Bankers still remember the African debt crisis.", D2008)))
    assert not any("conflict" in t for t in codes(parse("Delegates discussed the Indo-Pakistani conflict.", D2008)))
