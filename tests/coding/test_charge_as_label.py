"""CHARGE AS A LABEL (``coding/nonevents.charge_as_label``): a charging participle in front of the one
charged ("extradited accused spy John Doe", "the activist and accused bomber Ali Hassan") is how the
writer names him, though the parser reads it as a verb with the name as its object; an accusation with
its own charge, subject or a state named without a role noun stays. Sentences written for these tests,
each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import codes, find

PUB = "2016-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana deported accused Togolese smuggler Kofi Mensah on Friday.",
        "Ghana police put the militia chief and accused Togolese bomber Kofi Mensah on the list of fugitives.",
    ],
)
def test_a_charge_that_names_the_charged_is_no_accusation(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:3] == "112"], codes(events)
    monkeypatch.setattr(nonevents, "charge_as_label", lambda trigger: False)
    off = pipeline.code_text(text, published=PUB)
    assert [e for e in off if e.event_code[:3] == "112"], codes(off)


def test_a_suspect_named_after_the_charge_is_no_suspicion(pipeline, monkeypatch) -> None:
    text = "Croatian soldiers searched the house of a friend of war crimes suspect Slobodan Milosevic."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:2] == "11"], codes(events)
    monkeypatch.setattr(nonevents, "charge_as_label", lambda trigger: False)
    assert [e for e in pipeline.code_text(text, published=PUB) if e.event_code[:2] == "11"]


def test_suspecting_a_state_stays(pipeline) -> None:
    events = pipeline.code_text("Serbia suspects Croatia of hiding the fugitive.", published=PUB)
    assert find(events, "SRB", "HRV", "11"), codes(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana detained two Togolese traders and accused them of smuggling.", "TGO"),
        ("Ghana closed the border and accused Togo on Friday.", "TGO"),
        ("Ghana recalled its envoy and accused the Togolese government of lying.", "TGO"),
    ],
)
def test_an_accusation_with_its_charge_or_a_state_stays(pipeline, text: str, target: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "GHA", target, "112"), codes(events)
