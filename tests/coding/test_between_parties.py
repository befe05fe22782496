"""An agentless passive whose subject names its parties with "between" ("a deal between A and B was
signed", "an agreement between A and B was reached"): the parties did it together, both ways for a
joint act. A thing between two states that nobody does together ("the border between A and B was
closed") names no doer. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The deal between Kenya and Uganda was signed on Monday.", "KEN", "UGA"),
        ("A trade accord between Peru and Chile was concluded in Lima.", "PER", "CHL"),
        ("An agreement between Ghana and Togo was reached after long talks.", "GHA", "TGO"),
    ],
)
def test_the_parties_between_whom_a_deal_is_made_make_it(text: str, a: str, b: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, a, b, "05") and find(events, b, a, "05"), events


def test_a_border_between_two_states_closes_by_nobody_named(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The border between Kenya and Uganda was closed on Monday.", published=DATE)
    assert not find(events, "KEN", "UGA", "") and not find(events, "UGA", "KEN", ""), events
