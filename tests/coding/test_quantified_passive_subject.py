"""Class QUANTIFIED PASSIVE SUBJECT: a passive subject that is a quantity ("hundreds of B migrants",
"dozens of B workers") stands for the people in its ``of`` phrase, as a quantified direct object
already does, so they are the target (sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2018-03-12"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hundreds of Ethiopian migrants have been deported from Saudi Arabia.", "SAU", "ETH"),
        ("Dozens of Tunisian workers were expelled from Libya last month.", "LBY", "TUN"),
    ],
)
def test_quantified_subject_is_the_target(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=PUB), source, target, "17"), text
