"""A rejection is aimed at whoever asked: "turned down Togo's request for troops", "rejected a Togolese
request", "spurned a plea from Lome" code the rejecting side against the requester (poss, demonym or
``from`` phrase of the request noun), not against what was asked for (the ``for`` phrase)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2013-05-08"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ghana turned down Togo's request for troops.", "GHA", "TGO"),
        ("Austria rejected a Slovak request for border guards.", "AUT", "SVK"),
        ("Chile turned down a request from Bolivia for naval access.", "CHL", "BOL"),
    ],
)
def test_the_rejection_targets_the_requester(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "12"), events
    assert not [e for e in events if (e.target_code or "").startswith("---")], events
