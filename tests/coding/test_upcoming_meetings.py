"""An event noun placed later than its clause ("ahead of talks with X", "prior to his visit to Y") is
planned: under the default (analyst) conventions a planned meeting or visit is the intent to meet
(036), both ways, with the clause's subject as the side that goes. A noun placed earlier ("after talks
with X") is a meeting held. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ahead of talks with Uganda, Kenya released ten prisoners.", "KEN", "UGA"),
        ("Ghana freed two journalists ahead of talks with Togo next week.", "GHA", "TGO"),
        ("Prior to his visit to Peru, the Chilean president met opposition leaders.", "CHL", "PER"),
    ],
)
def test_a_meeting_still_to_come_is_planned(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "036") and find(events, tgt, src, "036"), events
    assert not find(events, src, tgt, "04"), events


def test_a_meeting_before_the_clause_was_held(pipeline: Pipeline) -> None:
    events = pipeline.code_text("After talks with Uganda, Kenya released ten prisoners.", published=DATE)
    assert find(events, "KEN", "UGA", "04"), events
