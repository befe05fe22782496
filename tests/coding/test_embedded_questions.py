"""Embedded questions: an inquiry whose object is a question clause ("investigating whether A ...",
"probing why B ...") is an inquiry into that clause's subject (CAMEO 09), which is no act of its own."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2014-02-17"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenyan police are investigating whether Ugandan traders smuggled gold across the border.", "KEN", "UGA"),
        ("Peru's prosecutors are probing why Chilean officials approved the sale.", "PER", "CHL"),
    ],
)
def test_the_subject_of_an_embedded_question_is_investigated(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "09"), events
    assert not [e for e in find(events, tgt, "", "") if e.modality == "asserted"], events


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police are investigating who attacked the Ugandan convoy.",
        "Kenyan police said they were investigating the theft while Ugandan traders waited.",
    ],
)
def test_no_question_subject_no_investigated_actor(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not find(events, "KEN", "UGA", "09"), events
