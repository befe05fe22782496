"""PRESENT OBLIGATION and NOT YET (``coding/modality._present_obligation``, ``_not_yet``): what a state
"has to", "needs to" or "is required to" do is a duty not yet met (hypothetical, as under "must"); a
past duty ("had to withdraw") was usually met and stays asserted; what it "has yet to" or "is yet to"
do has not happened (negated). Sentences written for these tests, the present ones also coded with the
class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import modality
from tests.coding.helpers import find, find_asserted

PUB = "2011-05-10"


@pytest.mark.parametrize("text", [
    "Estonia still has to ratify the border treaty with Latvia.",
    "Estonia needs to sign the trade accord with Latvia before June.",
    "Estonia is required to ratify the border treaty with Latvia.",
    "Estonia will have to sign the trade accord with Latvia.",
])
def test_a_present_duty_is_not_asserted(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "EST", "LVA", "0") and not find_asserted(events, "EST", "LVA", "0"), events
    monkeypatch.setattr(modality, "NECESSITY_VERBS", frozenset())
    monkeypatch.setattr(modality, "REQUIRING_PASSIVES", frozenset())
    assert find_asserted(pipeline.code_text(text, published=PUB), "EST", "LVA", "0")


@pytest.mark.parametrize("text", [
    "Estonia has yet to ratify the border treaty with Latvia.",
    "Estonia is yet to sign the trade accord with Latvia.",
])
def test_not_yet_is_negated(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "EST", "LVA", "0") and not find_asserted(events, "EST", "LVA", "0"), events
    assert all(e.modality == "negated" for e in events if e.source.code[:3] == "EST"), events


@pytest.mark.parametrize("text", [
    "Estonia had to sign the trade accord with Latvia last week.",
    "Estonia was required to ratify the border treaty with Latvia in April.",
])
def test_a_past_duty_stays_asserted(pipeline, text: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "EST", "LVA", "0")
