"""PEOPLE OF ANOTHER STATE (``coding/roles.PRIVATE_SECTORS``): police, courts or a legislature named without
a country take the country of their targets only when those are a state's own bodies; private people of a
state (smugglers, traders, reporters) travel and trade abroad, so their nationality lends none. Sentences
written for these tests, in two wordings, each also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find

PUB = "2016-09-27"


@pytest.mark.parametrize(("text", "tgt"), [
    ("Police arrested three Bolivian smugglers near the border on Monday.", "BOL"),
    ("Riot police detained four Ghanaian traders at the market.", "GHA"),
])
def test_private_people_lend_no_country(pipeline, monkeypatch, text: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), tgt + "COP", tgt, "17")
    monkeypatch.setattr(roles, "PRIVATE_SECTORS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), tgt + "COP", tgt, "17")


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Police arrested Bolivian opposition leaders on Monday.", "BOLCOP", "BOLOPP", "17"),
    ("Judges opened an inquiry against Chilean officials.", "CHLJUD", "CHLGOV", "09"),
])
def test_a_states_own_bodies_still_place_the_organ(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root)
