"""An invitation is the inviter's act (coding/invitations.py): inviter -> invitee only, never both
ways; an invitation to meet, visit or talk is the inviter's intent to meet (036).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "inviter", "invitee"),
    [
        ("Mexico invited Brazilian President Lula to visit Mexico City.", "MEX", "BRA"),
        ("Kenya has invited Ethiopia for talks on the disputed border.", "KEN", "ETH"),
        ("The Chilean president was invited by Argentina's foreign ministry to attend the summit.", "ARG", "CHL"),
        ("Canada invited the trade ministers of Chile and Peru to a conference in Ottawa.", "CAN", "PER"),
    ],
)
def test_an_invitation_goes_one_way_as_intent_to_meet(pipeline, text: str, inviter: str, invitee: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, inviter, invitee, "036"), text
    assert not find(events, invitee, inviter, ""), text


def test_without_the_class_the_invitation_was_coded_both_ways(pipeline, monkeypatch) -> None:
    text = "Mexico invited Brazilian President Lula to visit Mexico City."
    monkeypatch.setattr(extract, "is_invitation", lambda trigger, noun: False)
    monkeypatch.setattr(extract, "invitation_code", lambda trigger, noun, code, as_intent: None)
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "BRA", "MEX", "04"), text


def test_an_invitation_to_do_business_is_no_meeting(pipeline) -> None:
    text = "Ghana invited Norwegian oil firms to bid for offshore blocks on Monday."
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "GHA", "NOR", "036"), text
    assert not find(events, "NOR", "GHA", ""), text


def test_accepting_an_invitation_is_the_invitee_s_act(pipeline) -> None:
    text = "Mozambique accepted an invitation from Zambia to hold talks next month."
    assert find(pipeline.code_text(text, published=PUB), "MOZ", "ZMB", "036"), text


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Peru invited Bolivia's president to come to Lima next month.", True),
        ("Peru invited Bolivian firms to come forward and invest in its mines.", False),
    ],
)
def test_coming_is_a_visit_only_when_it_goes_somewhere(pipeline, text: str, meeting: bool) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert bool(find(events, "PER", "BOL", "036")) is meeting, text


@pytest.mark.parametrize(
    ("text", "inviter", "invitee", "code"),
    [
        ("ASEAN invited East Timor to join its free trade area.", "IGOSEAASN", "TLS", "030"),
        ("The EU invited Moldova to join its free trade zone on Monday.", "IGOEUREEC", "MDA", "030"),
        ("Liberia's president invited Ghanaian police to train his new recruits.", "LBRGOV", "GHACOP", "020"),
        ("Kenya invited Ugandan police to send officers to the border town.", "KEN", "UGA", "020"),
    ],
)
def test_an_invitation_to_act_is_an_offer_or_an_appeal(pipeline, text: str, inviter: str, invitee: str,
                                                        code: str) -> None:
    """INVITED TO ACT: invited to join is an offer of cooperation (030), to do anything else an appeal
    (020); neither is the consultation (040) of the bare CAMEO.2.0 row."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, inviter, invitee, code), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, inviter, invitee, "04")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ghana has extended an invitation to Togolese premier Kofi to attend a regional forum.", "036"),
        ("Ghana issued an invitation to Togo's foreign minister to visit Accra.", "036"),
        ("Ghana sent the Togolese leader an invitation for talks in Accra.", "036"),
        ("Ghana has extended an invitation to Togo to join its power pool.", "030"),
    ],
)
def test_a_tendered_invitation_is_the_inviting_itself(pipeline, text: str, code: str) -> None:
    """TENDERED INVITATION (``invitations.tendered_invitation``): a light verb with the noun invites as
    "invited" does, and only the inviter acts."""
    events = pipeline.code_text(text, published="2010-06-01")
    assert {(e.source_code[:3], e.target_code[:3], e.event_code) for e in events} == {("GHA", "TGO", code)}


def test_without_the_class_a_tendered_invitation_keeps_the_cameo2_appeal(pipeline, monkeypatch) -> None:
    from realpolitik.coding import invitations

    monkeypatch.setattr(invitations, "tendered_invitation", lambda trigger, noun: False)
    events = pipeline.code_text("Ghana has extended an invitation to Togolese premier Kofi to attend a regional forum.",
                                published="2010-06-01")
    assert {e.event_code for e in events if e.source_code[:3] == "GHA"} == {"028"}


@pytest.mark.parametrize(
    ("text", "summoner", "summoned"),
    [
        ("A Kenyan doctor, summoned by the Ugandan court as a witness, failed to appear.", "UGA", "KEN"),
        ("The Peruvian tribunal summoned two Chilean executives to testify.", "PER", "CHL"),
    ],
)
def test_a_summons_goes_one_way(pipeline, monkeypatch, text: str, summoner: str, summoned: str) -> None:
    """A SUMMONS GOES ONE WAY (``invitations.summons``): only the summoner has acted."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, summoner, summoned, "04") and not find(events, summoned, summoner, ""), text
    monkeypatch.setattr(extract, "summons", lambda trigger, noun: False)
    assert find(pipeline.code_text(text, published=PUB), summoned, summoner, "04"), text
