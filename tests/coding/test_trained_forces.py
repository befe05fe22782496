"""Class TRAINING ARMED FORCES: training or equipping another state's army, police or soldiers is
military assistance (CAMEO 072), not the generic cooperation (030) that a bare 'train' carries; with
'help' before it ("helped train") the trained force still decides the code (sentences written for this
test)."""

from __future__ import annotations

import pytest

from realpolitik.coding.compositions import composed_patterns
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2014-02-11"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain helped train the Somali army last year.", "GBR", "SOM"),
        ("Turkish instructors are training Libyan police officers in Tripoli.", "TUR", "LBY"),
        ("Germany will equip Iraqi soldiers with night-vision goggles.", "DEU", "IRQ"),
    ],
)
def test_training_foreign_forces_is_military_aid(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, "072") or find(events, source, target, "0332"), events
    assert not find(events, source, target, "030"), events


def test_class_is_composed_from_the_verb_and_object_classes() -> None:
    keys = {(p.frame, p.lemma, p.noun, p.code) for p in composed_patterns()}
    assert ("V+N", "train", "army", "072") in keys
    assert ("V+N", "equip", "police", "072") in keys
