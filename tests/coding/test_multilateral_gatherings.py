"""MULTILATERAL GATHERING (coding/rules.multilateral): a joint act of five or more states, none of
them alone on one side, is one gathering and gives no bilateral pairs; one state acting with a
group, and joint acts of four or fewer parties, are still coded pair by pair.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Kenya, Uganda, Tanzania, Rwanda and Burundi met in Arusha on Friday.",
        "The foreign ministers of Chile, Peru, Bolivia, Brazil and Argentina held talks in Lima on Tuesday.",
    ],
)
def test_a_gathering_of_five_states_is_no_web_of_bilateral_meetings(pipeline, monkeypatch, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("04")], text
    monkeypatch.setattr(extract, "multilateral", lambda sources, targets, code: False)
    assert len([e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("04")]) >= 12, text


def test_four_parties_are_still_coded_pair_by_pair(pipeline) -> None:
    events = pipeline.code_text("Kenya, Uganda, Tanzania and Rwanda signed a customs pact on Friday.", published=PUB)
    assert find(events, "KEN", "RWA", "057") and find(events, "RWA", "UGA", "057")


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("The Chinese president met the leaders of Rwanda, Uganda and Tanzania on Monday.", ("RWA", "UGA", "TZA")),
        ("Egypt held talks with Sudan, Chad, Libya and Niger in Cairo.", ("SDN", "TCD", "LBY", "NER")),
    ],
)
def test_one_state_meeting_a_group_meets_each(pipeline, text: str, partners: tuple[str, ...]) -> None:
    events = pipeline.code_text(text, published=PUB)
    source = "CHN" if "Chinese" in text else "EGY"
    for partner in partners:
        assert find(events, source, partner, "04"), (text, partner)
