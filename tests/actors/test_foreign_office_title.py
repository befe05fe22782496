"""Class FOREIGN-OFFICE TITLE: "foreign" in an office's name ("foreign ministry", "Foreign Secretary") names the
office, it does not say the office is from abroad, so a place phrase still gives it its country, while
"foreign troops in <place>" stay not local (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from realpolitik.actors.grouping import office_title
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2011 = date(2011, 3, 9)


def _code_of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_foreign_ministry_in_a_capital_is_that_states(parse: Parse) -> None:
    doc = parse("The foreign ministry in Lima summoned the Chilean ambassador on Friday.", D2011)
    assert _code_of(doc, "ministry") == ["PERGOV"]
    doc = parse("The Foreign Ministry in Baku said on Friday that the vote had been legal.", D2011)
    assert _code_of(doc, "ministry") == ["AZEGOV"]


def test_foreign_secretary_in_a_city_is_that_states(parse: Parse) -> None:
    doc = parse("The foreign secretary in Islamabad rejected the Indian proposal.", D2011)
    assert _code_of(doc, "secretary") == ["PAKGOV"]


def test_foreign_troops_stay_not_local(parse: Parse) -> None:
    doc = parse("Foreign troops in Kabul fired on a crowd near the market.", D2011)
    assert not any(c.startswith("AFG") for text, cs in codes(doc).items() if "troops" in text for c in cs)
    doc = parse("Foreign fighters in Mosul blew up a bridge.", D2011)
    assert not any(c.startswith("IRQ") for text, cs in codes(doc).items() if "fighters" in text for c in cs)


def test_office_title_words() -> None:
    assert office_title("Foreign", "Ministry") and office_title("foreign", "minister")
    assert not office_title("foreign", "troops") and not office_title("international", "community")
