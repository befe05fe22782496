"""DISCUSSED TOPIC (``coding/roles.DISCUSSING_VERBS``): the object of a verb of discussing names what
is talked about ("discussed Cyprus", "discussed Sudan's border dispute", "debated Iran's nuclear
plans"), never a party to the talks; the parties are the subject, the "with" phrase or the partners.
Sentences written for these tests, the topics also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find, find_asserted

PUB = "2010-05-05"


@pytest.mark.parametrize(("text", "src", "topic"), [
    ("The Kenyan president discussed Somalia on Monday.", "KEN", "SOM"),
    ("The Nigerian foreign minister discussed Sudan's border dispute on Monday.", "NGA", "SDN"),
    ("The Kenyan president debated Uganda's oil plans on Monday.", "KEN", "UGA"),
])
def test_the_topic_is_no_party(pipeline, monkeypatch, text: str, src: str, topic: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, topic, "04"), text
    monkeypatch.setattr(roles, "DISCUSSING_VERBS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), src, topic, "04"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Kenyan president discussed the situation in Somalia with the Ugandan leader on Monday.", "KEN", "UGA"),
    ("Kenya and Uganda discussed border security on Monday.", "KEN", "UGA"),
])
def test_the_parties_still_talk(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "04"), events
    assert not find(events, src, "SOM", "04"), events
