"""Class NAMED PLACE NOUN (``context.named_place``): a place noun named by an of-phrase ("in the northern
city of <name>") is as locative as the name would be, so a countryless body there takes that place's
state even when the sentence names other states (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2007 = date(2007, 8, 30)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_a_body_in_the_city_of_a_named_place(parse: Parse) -> None:
    doc = parse("Police in the northern city of Kano arrested a smuggler wanted by Chad and Niger.", D2007)
    assert _of(doc, "police") == ["NGACOP"]
    doc = parse("Rebels near the province of Herat kidnapped two Indian engineers.", D2007)
    assert _of(doc, "rebels") == ["AFGREB"]


def test_a_destination_city_is_no_place_of_the_body(parse: Parse) -> None:
    doc = parse("Rebels shelled a convoy heading to the town of Goma, the Rwandan army said.", D2007)
    assert _of(doc, "rebels") == ["---REB"]
    doc = parse("Gunmen fired at a bus bound for the city of Peshawar from Kabul.", D2007)
    assert not _of(doc, "gunmen")[0].startswith("PAK")
