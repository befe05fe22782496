"""Two actor classes on real news: a role named relative to an official ("his Swedish counterpart")
holds office itself (the state's government, not the bare state); a force's garment worn by
others ("gunmen in Afghan police uniforms") names a disguise, not the wearer's force.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Norwegian foreign minister met his Swedish counterpart in Oslo on Tuesday.", "NORGOV", "SWEGOV"),
        ("The Polish president phoned his Czech counterpart about the pipeline.", "POLGOV", "CZEGOV"),
    ],
)
def test_a_counterpart_is_an_official(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "04"), text


def test_a_side_stays_the_state(pipeline) -> None:
    events = pipeline.code_text("The Swedish side rejected the Norwegian proposal.", published=PUB)
    assert [e.source_code for e in events] == ["SWE"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen in Afghan police uniforms killed three Australian soldiers.",
        "Men in Iraqi army uniforms abducted two Turkish engineers.",
    ],
)
def test_a_uniform_does_not_make_its_wearer_that_force(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert events, text
    assert not [e for e in events if (e.source_code or "")[3:6] in ("COP", "MIL")], text
