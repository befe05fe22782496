"""Class AGREEING TO MEET: "agreed to talks / a summit with X" is the intent to meet (036, asserted
and both ways under the analyst conventions), as "agreed to hold talks" already is, not an expression
of accord with X (019) nor cooperation done (050); "agreed with X" stays accord (sentences written
for this test)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2014-05-20"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru agreed to talks with Chile next month.", "PER", "CHL"),
        ("Bolivia agreed to a summit with Paraguay in March.", "BOL", "PRY"),
    ],
)
def test_agreeing_to_a_meeting_is_the_intent_to_meet(text: str, source: str, target: str,
                                                     pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, "036") and find(events, target, source, "036"), events
    assert not find(events, source, target, "019"), events


def test_agreeing_with_a_state_is_still_accord(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya agreed with Uganda on the need for calm.", published=PUB)
    assert find(events, "KEN", "UGA", "019"), events
