"""Two nominal-event argument classes. Nouns of leaving a place ("withdrawal", "pullout", "retreat")
take their "of" phrase as who leaves and their "from" phrase as the place left, the target ("the
withdrawal of Kenyan troops from Somalia"), not as a source the way "a letter from X" does. And the
actor hyphenated to a "-led" modifier of an event noun leads, so does, the act ("a Ruritanian-led
offensive"); one that only backs it ("a US-backed offensive") does not. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The withdrawal of Kenyan troops from Somalia began on Monday.", "KEN", "SOM"),
        ("Ghana's withdrawal from Togo began on Monday.", "GHA", "TGO"),
    ],
)
def test_who_leaves_acts_on_the_place_left(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "08"), events
    assert not find(events, tgt, src, ""), events


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Saudi-led bombing of Yemen continued on Monday.", "SAU", "YEM"),
        ("A Russian-led offensive in Syria began on Monday.", "RUS", "SYR"),
    ],
)
def test_the_leader_of_an_act_does_it(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "19"), events


def test_a_backer_of_an_act_does_not_do_it(pipeline: Pipeline) -> None:
    events = pipeline.code_text("A US-backed offensive against Iraqi insurgents began on Monday.", published=DATE)
    assert not find(events, "USA", "IRQ", "19"), events
