"""Scene adjuncts: an event noun introduced by a scene-setting preposition ("during talks with X",
"after a meeting with Y") is the occasion of the clause subject, even when the main verb is an
evaluation; only an evaluated act itself ("deplored the bombing of ...") is not the evaluator's."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2018-04-20"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        (
            "After his meeting with Ecuador's foreign minister, the Colombian president condemned the attack.",
            "COL",
            "ECU",
        ),
        (
            "During her talks with the Ghanaian president, the Nigerian minister praised the new border accord.",
            "NGA",
            "GHA",
        ),
    ],
)
def test_an_evaluating_subject_meets_the_partner_of_its_scene_adjunct(
    text: str, src: str, tgt: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "04") and find(events, tgt, src, "04"), events


@pytest.mark.parametrize(
    ("text", "evaluator", "actor"),
    [
        ("Kenya praised Uganda's meeting with Rwanda.", "KEN", "UGA"),
        ("Chile criticised the talks between Peru and Bolivia.", "CHL", "PER"),
    ],
)
def test_an_evaluated_meeting_is_not_the_evaluators(text: str, evaluator: str, actor: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not find(events, evaluator, "", "04"), events
