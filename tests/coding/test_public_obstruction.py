"""PUBLIC OBSTRUCTION (``coding/obstructions.py``): people who block or blockade protest by obstruction
(144); a state's forces keep the coercion and blockade rows. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract
from tests.coding.helpers import find_asserted

PUB = "2012-05-02"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenyan students blocked police from entering the campus.", "KEN", "KEN"),
        ("Hundreds of Bolivian miners were blocking Bolivian soldiers from reaching the mine.", "BOL", "BOL"),
        ("Striking Nigerian dock workers blockaded the port of Lagos.", "NGA", "NGA"),
    ],
)
def test_the_public_blocking_is_a_protest_by_obstruction(pipeline, monkeypatch, text: str, src: str,
                                                         tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "144"), [(e.source_code, e.target_code, e.event_code) for e in events]
    monkeypatch.setattr(extract, "public_obstruction_code", lambda trigger, noun, code, sources: None)
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "144"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police blocked opposition supporters from entering the stadium.",
        "The Kenyan army has blocked Somali rebels from crossing the border.",
    ],
)
def test_a_state_s_forces_blocking_keep_the_coercion_row(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert events and not any(e.event_code == "144" for e in events), [(e.source_code, e.event_code) for e in events]
