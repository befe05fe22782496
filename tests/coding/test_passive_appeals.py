"""The passive of the appeal "call on" keeps its preposition as a particle ("X was called on / upon
by Y to ..."): an appeal by Y to X (CAMEO 02), not a phone call (041) both ways.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Turkey was called on by Germany to release the journalists.", "DEU", "TUR"),
        ("Austria was called upon by Hungary to pay for the pipeline.", "HUN", "AUT"),
        ("The Dutch government was called on by Belgium to reconsider the plan.", "BEL", "NLD"),
    ],
)
def test_passive_call_on_is_an_appeal(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code == "041"], text
    assert find(events, src, tgt, "02"), text


def test_a_passive_phone_call_stays_a_call(pipeline) -> None:
    events = pipeline.code_text("Nepal was called by India on Sunday about the floods.", published=PUB)
    assert find(events, "IND", "NPL", "041")
