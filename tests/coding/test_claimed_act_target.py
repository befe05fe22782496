"""Class CLAIMED ACT'S TARGET (``coding/extract.claimed_act_target``): a claim of responsibility (015) is
aimed at whom the claimed act hit, named in the act's on/against/of phrase, as CAMEO.2.0's row for
"claimed the attack on B" aims it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2009-05-12"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hamas claimed responsibility for a mortar attack on Israeli border posts.", "PSE", "ISR"),
    ("The Taliban claimed responsibility on Sunday for the ambush of a NATO supply column.", "AFG", "IGOWSTNAT"),
    ("Hezbollah claimed responsibility for the raid against the Israeli patrol.", "LBN", "ISR"),
])
def test_a_claim_of_responsibility_is_aimed_at_the_act_s_victim(pipeline: Pipeline, text: str, source: str,
                                                                 target: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, "015"), text


def test_switched_off_the_claim_has_no_target(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "VICTIM_PREPS", frozenset())
    text = "Hamas claimed responsibility for a mortar attack on Israeli border posts."
    assert not find(pipeline.code_text(text, published=PUB), "PSE", "ISR", "015")


def test_a_claim_for_an_act_with_no_victim_named_has_no_target(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Hamas claimed responsibility for the blast on Tuesday.", published=PUB)
    assert not find(events, "PSE", "", "015"), events
