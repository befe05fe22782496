"""Nouns of asking: "A's call on B to <act>", "a call by A for B to <act>", "A's plea to B to <act>" are
appeals by A to B (CAMEO 02); the act asked for has not happened. Rejecting such a request made
"by A" rejects A. A call with no to-clause ("A's call to B was brief") is no appeal."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2008-03-11"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya's call on Uganda to withdraw its troops went unanswered.", "KEN", "UGA"),
        ("Ghana's plea to Togo to reopen the border was ignored.", "GHA", "TGO"),
        ("Ecuador's call on Peru to release the fishermen drew no answer.", "ECU", "PER"),
    ],
)
def test_a_call_noun_with_a_to_clause_is_an_appeal(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "02"), events
    assert not [e for e in find(events, tgt, "", "") if e.modality == "asserted" and e.event_code[:2] != "04"], events


@pytest.mark.parametrize(
    ("text", "rejecter", "maker"),
    [
        ("Uganda rejected a call by Kenya for Ugandan troops to leave the island.", "UGA", "KEN"),
        ("Togo rejected a proposal by Ghana to share the river water.", "TGO", "GHA"),
    ],
)
def test_rejecting_a_request_made_by_someone_rejects_its_maker(
    text: str, rejecter: str, maker: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, rejecter, maker, "12"), events


def test_a_call_without_a_to_clause_is_no_appeal(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya's call to Uganda was brief.", published=DATE)
    assert not find(events, "KEN", "UGA", "02"), events
