"""A meeting that is asked for has not been held (coding/appealed_acts.py): "a call for talks
with B", "urged a dialogue with B" are an appeal to negotiate (026) by the asker to B, not a meeting
(04) both ways. A meeting held stays a meeting.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

ASKED = [
    ("Kenya's new defence chief began his term on Monday with a call for talks with Somali insurgents.", "KEN", "SOM"),
    ("Pakistan on Sunday urged fresh talks with India over the disputed glacier.", "PAK", "IND"),
    ("The Peruvian premier renewed an appeal for negotiations with Bolivia on the gas pipeline.", "PER", "BOL"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), ASKED)
def test_a_meeting_asked_for_is_an_appeal_to_negotiate(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "026"), text
    assert not find(events, src, tgt, "04"), text
    assert not find(events, tgt, src, "04"), text


@pytest.mark.parametrize(("text", "src", "tgt"), ASKED[:2])
def test_without_the_class_it_reads_as_a_meeting(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    monkeypatch.setattr(extract, "appealed_act_code", lambda noun, code: None)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "04"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenyan and Somali officials held talks in Nairobi on Monday.", "KEN", "SOM"),
        ("Pakistan resumed talks with India on Sunday after a pause of a year.", "PAK", "IND"),
    ],
)
def test_a_meeting_held_stays_a_meeting(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "04"), text
    assert not find(events, src, tgt, "026"), text
