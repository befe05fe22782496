"""Class DEPUTIES ARE LEGISLATORS: Phoenix files "deputy"/"deputies" under police (a sheriff's
deputies), but in international news a deputy is a member of parliament, and "opposition deputies" are
the opposition; multi-word titles ("deputy prime minister") keep their own code (sentences written
for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2003 = date(2003, 3, 11)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_deputies_in_two_wordings(parse: Parse) -> None:
    doc = parse("Nepali deputies voted to censure the home minister over the curfew.", D2003)
    assert _of(doc, "deputies") == ["NPLLEG"]
    doc = parse("Two Georgian deputies walked out when the Russian envoy began to speak.", D2003)
    assert _of(doc, "deputies") == ["GEOLEG"]


def test_opposition_deputies_are_the_opposition(parse: Parse) -> None:
    doc = parse("Ukrainian opposition deputies accused Moscow of meddling in the vote.", D2003)
    assert _of(doc, "opposition deputies") == ["UKROPP"]


def test_a_deputy_minister_is_still_the_government(parse: Parse) -> None:
    doc = parse("Peru's Deputy Foreign Minister Luis Ortega met Chilean diplomats on Monday.", D2003)
    assert _of(doc, "minister")[0] == "PERGOV"


def test_a_rank_before_a_title_is_no_legislator(parse: Parse) -> None:
    """RANK BEFORE A TITLE (``grouping.RANK_WORDS``): "deputy" before another title noun is its rank."""
    doc = parse("The Zambian deputy director of customs flew to Lusaka on Monday.", D2003)
    assert not any(c.endswith("LEG") for cs in codes(doc).values() for c in cs), codes(doc)
    doc = parse("A deputy governor of the Malian central bank resigned after the audit.", D2003)
    assert not any(c.endswith("LEG") for cs in codes(doc).values() for c in cs), codes(doc)
    doc = parse("A Bolivian deputy walked out of the chamber in protest.", D2003)
    assert _of(doc, "deputy") == ["BOLLEG"]
