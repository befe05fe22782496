"""Actor context classes added for real news (``actors/context.py``, ``actors/coref.py``): each class on
sentences written for these tests, in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2010 = date(2010, 5, 4)


# --- An aide, adviser or spokesperson takes the side of the principal it serves (give_principals) ---

def test_aide_to_a_leader_is_the_leaders_government(parse: Parse) -> None:
    assert codes(parse("An aide to the Peruvian president denounced Chile.", D2010))["An aide"] == ["PERGOV"]
    doc = parse("A senior adviser to Kenyan President Mwai Kibaki flew to Addis Ababa.", D2010)
    assert any(text.endswith("adviser") and cs == ["KENGOV"] for text, cs in codes(doc).items())


def test_spokesman_for_or_of_a_principal(parse: Parse) -> None:
    doc = parse("A spokeswoman for the Thai foreign minister rejected the Cambodian claim.", D2010)
    assert codes(doc)["A spokeswoman"] == ["THAGOV"]
    doc = parse("The spokesman of the European Commission welcomed the vote in Skopje.", D2010)
    assert [c for text, cs in codes(doc).items() if "spokesman" in text for c in cs][0].startswith("IGO")


def test_an_aide_alone_does_not_take_the_place(parse: Parse) -> None:
    doc = parse("The adviser was wounded in a blast in Kandahar on Sunday.", D2010)
    assert codes(doc).get("The adviser", ["---GOV"]) == ["---GOV"]
    doc = parse("Two aides were detained at the airport in Lagos.", D2010)
    assert all(not c.startswith("NGA") for text, cs in codes(doc).items() if "aides" in text for c in cs)


def test_ambassador_to_a_state_is_not_that_states(parse: Parse) -> None:
    doc = parse("The Saudi ambassador to Egypt met officials in Cairo.", D2010)
    assert all(not c.startswith("EGY") for text, cs in codes(doc).items() if "ambassador" in text for c in cs)
    doc = parse("An ambassador to Jordan was recalled on Friday.", D2010)
    assert all(not c.startswith("JOR") for text, cs in codes(doc).items() if "ambassador" in text for c in cs)
