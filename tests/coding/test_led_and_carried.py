"""A LED DELEGATION (``roles.led_group_leader``): a delegation, mission or team of no stated country that
someone leads or heads travels as the leader's. MOTION VERB WITH AN OBJECT (``extract.carried_object``):
a verb of travel with a direct object that is not a place carries, sends or leads it, and is no trip.
Sentences written for these tests; each is also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.roles as roles
from tests.coding.helpers import asserted_pairs

PUB = "2024-03-01"


@pytest.mark.parametrize(("text", "leader", "host", "code"), [
    ("The Finnish trade minister led a delegation on a visit to Brazil last week.", "FIN", "BRA", "042"),
    ("Kenya's farm minister is leading a business delegation on his first visit to India.", "KEN", "IND", "042"),
    ("A senior Estonian official headed a team that toured Georgia on Monday.", "EST", "GEO", "042"),
    ("The Dutch deputy premier led the delegation, which visited Ghana on Tuesday.", "NLD", "GHA", "042"),
    ("The Peruvian farm minister will lead a delegation to visit Chile on March 12.", "PER", "CHL", "036"),
    ("Uruguay's president is to head a trade mission to tour Brazil next week.", "URY", "BRA", "036"),
])
def test_a_led_delegation_travels_as_its_leader_s(pipeline, monkeypatch, text: str, leader: str, host: str,
                                                  code: str) -> None:
    """Before the class, the delegation was the trip's only bearer and, having no country, yielded none;
    and "leading a delegation" linked the leader to it, so that a visit in the same clause was dropped as
    part of that act (``extract._foreign_link``: a target of no country links nobody)."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (leader, host, code) in found, found
    monkeypatch.setattr(roles, "led_group_leader", lambda group, own, actors: own)
    monkeypatch.setattr(extract, "NO_COUNTRY", "\0")
    off = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert not {p for p in off if p[:2] == (leader, host)}, off


@pytest.mark.parametrize(("text", "source", "target", "code"), [
    ("The US air force flew food aid to Haiti on Monday.", "USA", "HTI", "073"),
    ("Canada airlifted medicine to Haiti on Tuesday.", "CAN", "HTI", "073"),
    ("Britain rushed troops to Sierra Leone on Tuesday.", "GBR", "SLE", "074"),
])
def test_what_is_flown_or_rushed_to_a_state_is_sent_there(pipeline, text: str, source: str, target: str,
                                                          code: str) -> None:
    """Aid or troops flown, shipped or rushed to a state are aid (07x) or a deployment (074) there, as
    when they are sent (``compositions.tsv``), and the subject does not visit."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (source, target, code) in found, found
    assert not {p for p in found if p[2] == "042"}, found


@pytest.mark.parametrize("text", [
    "Petr Dvorak, a former Czech premier now heading the OSCE observers to Moldova, said the vote was fair.",
    "Britain flew the two detainees to Jordan on Monday.",
])
def test_a_motion_verb_with_an_object_is_no_trip(pipeline, monkeypatch, text: str) -> None:
    """What is flown or headed to a state is carried or led there; its subject does not visit."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert not {p for p in found if p[2] == "042"}, found
    monkeypatch.setattr(extract, "carried_object", lambda verb: False)
    off = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert {p for p in off if p[2] == "042"}, off


@pytest.mark.parametrize("text", [
    "The Kenyan minister left Nairobi for Kampala on Monday.",
    "The Kenyan envoy flew to Kampala on Monday.",
])
def test_a_place_object_or_none_keeps_the_trip(pipeline, text: str) -> None:
    """A place object is where the trip starts, and a trip with no object is the subject's own."""
    assert ("KEN", "UGA", "042") in asserted_pairs(pipeline.code_text(text, published=PUB))
