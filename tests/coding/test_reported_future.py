"""Backshifted future in reported speech: "said she would travel" reports a plan, not a hypothesis.

Sentences written for these tests.
"""

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Austria's foreign minister said on Monday she would travel to Kenya next week.", "AUT", "KEN"),
        ("Officials announced that the presidents of Chile and Peru would hold talks in Lima on Friday.", "CHL", "PER"),
        ("Norway's premier told reporters he would meet the Danish prime minister later in the day.", "NOR", "DNK"),
    ],
)
def test_past_speech_would_is_a_planned_meeting(pipeline, text: str, src: str, tgt: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), src, tgt, "036")
    assert events and events[0].modality == "asserted", text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The minister said Chile would meet Peru if the border dispute were settled.", "CHL", "PER"),
        ("Chile says it would meet Peru.", "CHL", "PER"),
        ("Norway could meet Denmark next year, the premier said.", "NOR", "DNK"),
    ],
)
def test_would_under_a_condition_or_present_speech_stays_hypothetical(pipeline, text: str, src: str, tgt: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), src, tgt, "")
    assert events, text
    assert all(e.modality == "hypothetical" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said it would be impossible to sign a deal with Peru without the support of Chile.",
        "Chile's envoy said that an accord with Peru would be welcome news for the region.",
    ],
)
def test_a_judgement_on_a_nominal_event_is_no_plan(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.modality == "asserted"], text


def test_an_event_inside_a_noun_keeps_its_own_time(pipeline) -> None:
    text = "The minister said Chile would discuss the treaty that ended the war with Peru."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.modality == "asserted" and e.event_code.startswith("03")]
