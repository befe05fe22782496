"""Formal censure and rejection: a motion "of no confidence / of censure" tabled against a body is
the censure-motion class (CAMEO 1041) with its kind in an of-phrase, and the phrasal rejecting verbs
(turn down, throw out) join the rejecting class for proposals and appeals (CAMEO 12).
Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-05-02"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian opposition submitted a motion of censure against the Serbian cabinet.",
        "Serbian opposition lawmakers filed a motion of no confidence against Serbia's cabinet on Friday.",
    ],
)
def test_a_motion_of_censure_is_a_censure_motion(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "SRB", "SRBGOV", "1041"), _show(events)


def test_a_motion_on_a_topic_is_no_censure(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Czech opposition tabled a motion on farm subsidies.", published=PUB)
    assert not find(events, "", "", "104"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Polish court turned down the opposition's appeal.",
        "The Kenyan high court threw out an appeal by the Kenyan opposition.",
    ],
)
def test_phrasal_rejections_reject(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "", "", "12"), _show(events)
