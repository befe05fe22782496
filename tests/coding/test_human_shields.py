"""HUMAN SHIELD: people used as a shield, or held or kept as human shields, are used as human shields (184)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2009-01-12"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Hamas used Palestinian civilians as shields, Israel said.", "PSE", "PSE"),
        ("Chadian soldiers held Sudanese herders as human shields.", "TCD", "SDN"),
        ("The Sudanese army kept Chadian traders as human shields.", "SDN", "TCD"),
    ],
)
def test_people_used_or_held_as_shields(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "184"), codes(events)
