"""CO-ATTENDEES (``coding/roles.co_attendees``): three or more parties told as attending one gathering are
each its guests; they are not said to meet one another, so no pair of them is coded. Parties that hold the
gathering, or two parties at talks, do meet. Sentences written for these tests, each class in two wordings,
the first ones also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find

PUB = "2008-10-14"


@pytest.mark.parametrize("text", [
    "Envoys of Peru, Chile, Bolivia and Ecuador attended the conference in Quito on Monday.",
    "Peru, Chile and Bolivia took part in the conference on Monday.",
    "Ghana, Togo and Benin will be present at Friday's summit.",
])
def test_co_attendees_do_not_meet_pairwise(pipeline, monkeypatch, text: str) -> None:
    first, second = ("PER", "CHL") if "Peru" in text else ("TGO", "BEN")
    assert not find(pipeline.code_text(text, published=PUB), first, second, "0"), text
    monkeypatch.setattr(roles, "CO_ATTENDEE_PARTIES", 99)
    assert find(pipeline.code_text(text, published=PUB), first, second, "0"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Peru, Chile and Bolivia held a conference on Monday.", "PER", "CHL"),
    ("Peru and Chile took part in talks on Monday.", "PER", "CHL"),
])
def test_holders_and_two_parties_at_talks_meet(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "04"), text


@pytest.mark.parametrize("text", [
    "Ghana and Togo attended the regional summit on Friday.",
    "Peru and Chile took part in the annual conference on Monday.",
])
def test_two_guests_of_a_gathering_of_many_do_not_meet(pipeline, monkeypatch, text: str) -> None:
    """MULTILATERAL_GATHERINGS: two parties attending a summit or conference told as one of many (named,
    numbered, regional) are its guests, as three are; before, CAMEO.2.0's "attend summit" and "take
    part" rows paired them. A bare "the summit, attended by A and B" stays theirs (see
    ``test_clause_event_classes``)."""
    first, second = ("PER", "CHL") if "Peru" in text else ("GHA", "TGO")
    assert not find(pipeline.code_text(text, published=PUB), first, second, "0"), text
    monkeypatch.setattr(roles, "MULTILATERAL_GATHERINGS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), first, second, "0"), text
