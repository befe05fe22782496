"""Attempted acts: "tried/attempted to <act>" reports an act carried out, successful or not, so it is
asserted as the act itself, never an intention (and so never a threat, 13x)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2011-08-19"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Somali militants attempted to storm a Kenyan police station.", "SOM", "KEN", "19"),
        ("Norway tried to mediate between Sudan and South Sudan.", "NOR", "SDN", "04"),
    ],
)
def test_an_attempt_is_the_act_asserted(text: str, src: str, tgt: str, root: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    acts = find(events, src, tgt, root)
    assert acts and all(e.modality == "asserted" for e in acts), events
    assert not find(events, src, tgt, "13") and not find(events, src, tgt, "03"), events


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Somali militants threatened to storm a Kenyan police station.", "SOM", "KEN"),
        ("Somali militants vowed to storm a Kenyan police station.", "SOM", "KEN"),
    ],
)
def test_a_threat_or_vow_to_assault_stays_a_threat(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "13") and not find(events, src, tgt, "19"), events
