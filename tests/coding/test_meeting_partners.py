"""Sending someone to a meeting ("Kenya sent its foreign minister to talks with Uganda", "will send a
delegation to talks with Togo"): the sender meets the meeting's "with" partner; the person sent is
the sender's own envoy, not the other side. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya sent its foreign minister to talks with Uganda.", "KEN", "UGA"),
        ("Ghana will send a delegation to talks with Togo next week.", "GHA", "TGO"),
        ("Peru dispatched its deputy minister to a meeting with Chilean officials.", "PER", "CHL"),
    ],
)
def test_the_sender_meets_the_meetings_partner(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "0"), events
    assert not find(events, src, src, ""), events
