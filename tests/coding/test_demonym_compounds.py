"""DEMONYM READ AS A COMPOUND (``ActorIndex.modifiers``): the parser often tags the nationality word before a
plural noun as a compound ("shelled Eritrean positions"); an adjective so tagged still names its state, as
it does when tagged a modifier. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import codes, find

PUB = "2024-03-01"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Eritrean troops shelled Ethiopian positions along the frontier.", "ERI", "ETH"),
    ("Ghanaian troops attacked Togolese positions near the border.", "GHA", "TGO"),
])
def test_a_demonym_tagged_as_a_compound_names_the_target(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "19"), codes(events)
