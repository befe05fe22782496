"""A country's tour is its national team's (coding/team_tours.py): "England's tour to Pakistan"
is sport, no state visit; a leader's or a delegation's tour stays a visit.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Opener Smith, who missed England's tour to Pakistan, returned to the side on Friday.", "GBR", "PAK"),
        ("Australia's tour of India starts next month with three one-day games.", "AUS", "IND"),
        ("The Irish tour of Kenya ended with a defeat in Nairobi.", "IRL", "KEN"),
    ],
)
def test_a_state_s_own_tour_is_no_visit(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "04"), text
    monkeypatch.setattr(extract, "team_tour", lambda noun, sources: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "04"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Argentine president's tour of Asia took him to Japan.", "ARGGOV", ""),
        ("A Chinese trade delegation's tour of Kenya ended on Monday.", "CHN", "KEN"),
    ],
)
def test_a_leader_s_or_delegation_s_tour_stays_a_visit(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "042"), text


def test_people_named_with_a_nationality_still_tour(pipeline) -> None:
    text = "Kenyan ministers made goodwill tours to Ugandan schools on Monday to meet pupils."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "KEN", "UGA", "04"), text
