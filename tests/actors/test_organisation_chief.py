"""Class THE BODY'S CHIEF (``curated/agents_extra.jsonl``, weak agent nouns "chief", "czar"): "the UN's aid chief",
"the EU's foreign policy chief <name>", "the UNEP chief" name the body's head, who acts for the body; "chief"
is a weak agent noun (it makes the mention, like "leader", and adds no sector), so the phrase takes the body's
code. Sentences written for these tests, in at least two wordings."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The EU's foreign policy chief Elena Varga met Iranian negotiators in Geneva.", "IGOEUR", "IRN", "04"),
    ("The UN's refugee chief praised Jordan for keeping its border open.", "IGOUNO", "JOR", "05"),
    ("Arab League chief Nabil Khoury urged Libya to release the detained diplomats.", "IGOMEAARL", "LBY", "02"),
])
def test_the_chief_of_a_body_acts_for_it(pipeline: Pipeline, text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published="2011-03-09")
    assert find(events, src, tgt, root), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_chief_as_an_adjective_makes_no_actor(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The chief concern of Peru is the price of copper.", published="2011-03-09")
    assert not events
