"""Blame by ascription (CAMEO 112): a verb of judging or naming with a blame predicate on its object
("held X responsible", "identified X as culpable", "named the managers of X who are accountable").
Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2022-03-09"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chile held Bolivia responsible for the border incident.", "CHL", "BOL"),
        ("The Thai government identified Cambodian soldiers as responsible for the shelling.", "THA", "KHM"),
        ("Estonia's cabinet named two Latvian ministers as culpable in the ferry scandal.", "EST", "LVA"),
        ("The Kenyan cabinet named the Tanzanian managers who are accountable for the oil spill.", "KEN", "TZA"),
    ],
)
def test_blame_predicated_of_the_object_is_an_accusation(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "112"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan cabinet met the Tanzanian managers who are responsible for trade.",
        "Chile named a Bolivian engineer as its new harbour adviser.",
        "The Kenyan judge found two Ugandan officers not responsible for the crash.",
    ],
)
def test_naming_or_meeting_without_blame_is_no_accusation(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", "", "112"), _show(events)
