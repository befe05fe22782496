"""Wanting to take part in talks is the intent to meet (coding/wanted_meetings.py): "said it wanted to
join the talks with B" is an asserted 036 from the wanter to B, not talks held (04), and nothing is
coded back from B; talks taken part in stay a meeting.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

WANTED = [
    ("Myanmar said on Friday it hoped to take part in the meeting with Thailand.", "MMR", "THA"),
    ("Bolivia wants to participate in the negotiations with Chile, its foreign minister said.", "BOL", "CHL"),
    ("Serbia said it wanted to join the talks with Kosovo next year.", "SRB", "KSV"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), WANTED)
def test_a_wish_to_take_part_is_an_intent_to_meet(pipeline, text: str, src: str, tgt: str) -> None:
    events = [e for e in pipeline.code_text(text, published=PUB) if e.modality == "asserted"]
    assert find(events, src, tgt, "036"), text
    assert not find(events, tgt, src, "03"), text
    assert not find(events, src, tgt, "04"), text


@pytest.mark.parametrize(("text", "src", "tgt"), WANTED[:2])
def test_without_the_class_the_partner_is_coded_back(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """Without the class nothing makes the wish one-way: the partner, who said nothing, is coded back
    (a wish to meet read as a joint intent), or nothing is coded."""
    monkeypatch.setattr(extract, "wanting_verb", lambda noun, code: None)
    events = [e for e in pipeline.code_text(text, published=PUB) if e.modality == "asserted"]
    assert find(events, tgt, src, "036") or not find(events, src, tgt, "036"), text


def test_talks_taken_part_in_stay_a_meeting(pipeline) -> None:
    text = "Myanmar took part in the talks with Thailand on Monday."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "MMR", "THA", "04") and find(events, "THA", "MMR", "04"), text
