"""MET WITH A THING (``coding/nonevents.met_with_a_thing``): to meet or encounter resistance, fire or
criticism is no meeting (04) with whoever resists or shoots; an event noun of the hostile act is still
coded, with the one it comes from as its source (``roles.RECEPTION_VERBS``). Sentences written for these
tests; the first ones are also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from realpolitik.coding import roles
from tests.coding.helpers import dyads, find

PUB = "2019-08-20"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Indian troops encountered heavy fire from Pakistani soldiers on Tuesday.", "INDMIL", "PAKMIL"),
    ("Turkish troops met stiff resistance from Kurdish fighters in Syria.", "TURMIL", "KUR"),
])
def test_meeting_a_hardship_meets_no_one(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("04")]
    monkeypatch.setattr(extract, "met_with_a_thing", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "04")


@pytest.mark.parametrize("text", [
    "Israeli troops encountered gunfire from Palestinian militants in Jenin.",
    "Israeli soldiers encountered sniper fire from Palestinian gunmen near Nablus.",
])
def test_the_hostile_act_is_the_shooters(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "PSE", "ISRMIL", "19") and not find(events, "ISR", "PSE", "04"), dyads(events)
    monkeypatch.setattr(roles, "RECEPTION_VERBS", roles.RECEPTION_VERBS - {"encounter"})
    assert not find(pipeline.code_text(text, published=PUB), "PSE", "ISRMIL", "19")


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Chinese premier met representatives of Chad on Monday.", "CHNGOV", "TCD", "04"),
    ("Israel met the demands of Egypt over the crossing.", "ISR", "EGY", "08"),
])
def test_meeting_people_and_meeting_demands_stay(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root)
