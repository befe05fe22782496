"""Class INTERSTATE-ONLY ACTS: reducing or breaking diplomatic relations (161) is between states, so a
recall that names no host ("Kenya recalled its ambassador") has no target, never the recalling state's
own government, while a named host still is one (sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2012-02-07"


@pytest.mark.parametrize("text", ["Kenya recalled its ambassador on Tuesday in protest.",
                                  "Angered by the vote, Bolivia has recalled its envoy for consultations."])
def test_a_recall_with_no_host_has_no_target(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code == "161" and e.source_code[:3] == e.target_code[:3]], events


@pytest.mark.parametrize(("text", "source", "target"),
                         [("Peru recalled its ambassador from Chile for consultations.", "PER", "CHL"),
                          ("Bolivia broke off diplomatic relations with Paraguay.", "BOL", "PRY")])
def test_a_named_host_is_still_the_target(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=PUB), source, target, "161")
