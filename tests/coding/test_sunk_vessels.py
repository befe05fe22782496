"""SUNK VESSEL (``compositions.tsv``): forces that sink, torpedo or scuttle another side's boat, ship or
submarine use conventional military force (190) against its owner; a state's torpedo is its military
(``grouping.HARDWARE_NOUNS``); a boat that sinks on its own has no doer and is no event. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2010-06-01"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Peruvian navy sank an Ecuadorian patrol vessel near the river mouth.", "PERMIL", "ECU"),
    ("A Chilean torpedo sank a Bolivian gunboat on the lake.", "CHLMIL", "BOL"),
])
def test_sinking_a_vessel_is_force_on_its_owner(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, "190")


def test_a_boat_that_sinks_is_no_event(pipeline: Pipeline) -> None:
    assert not pipeline.code_text("A Yemeni boat carrying Somali migrants sank in the Red Sea.", published=PUB)
