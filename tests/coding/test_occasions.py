"""Organising a cultural occasion is no political event (coding/occasions.py): an exhibition or a
festival co-organised by an embassy and a ministry is no diplomatic cooperation (05); a conference
held together stays a meeting.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

OCCASIONS = [
    ("The photo exhibition was organized by the Japanese Embassy to Kenya and the Kenyan Ministry of Culture.",
     "JPN", "KEN"),
    ("The Indian embassy and the Kenyan government jointly organised a film festival in Nairobi.", "IND", "KEN"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), OCCASIONS)
def test_an_organised_occasion_is_no_cooperation(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, ""), text
    monkeypatch.setattr(extract, "organised_occasion", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "05"), text


def test_a_conference_held_together_stays_a_meeting(pipeline) -> None:
    text = "The Spanish and Mexican governments held a joint conference on trade in Madrid."
    assert find(pipeline.code_text(text, published=PUB), "ESP", "MEX", "04"), text
