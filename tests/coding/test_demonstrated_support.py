"""DEMONSTRATED SUPPORT (coding/support_rallies.py): a demonstration in support of, in favour of or in
solidarity with someone backs them (051 to the one backed) and protests against no one else; a
demonstration against someone stays a protest.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.support_rallies as support_rallies
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "backing"),
    [
        ("Iraqi militiamen marched through Baghdad in support of the Iraqi government.", "IRQ", "IRQGOV", True),
        ("Thousands of Thais marched in Bangkok in support of the Thai army.", "THA", "THA", False),
    ],
)
def test_a_rally_for_someone_is_no_protest(pipeline, monkeypatch, text: str, src: str, tgt: str, backing: bool) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("14")], text
    assert bool(find(events, src, tgt, "051")) is backing, [(e.source_code, e.target_code, e.event_code)
                                                             for e in events]
    monkeypatch.setattr(extract, "support_code", lambda code, backed, target: None)
    assert [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("14")], text


@pytest.mark.parametrize(
    "text",
    ["Students in Cairo protested against the Egyptian government.",
     "Angry Kenyan farmers demonstrated outside the Kenyan parliament against the new tax."],
)
def test_a_protest_against_someone_stays(pipeline, text: str) -> None:
    assert [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("14")], text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Hundreds of Gambians marched in Banjul in support of the Senegalese government.", "GMB", "SEN"),
        ("Crowds of Moldovans marched through Chisinau in support of the Romanian president's offer.", "MDA", "ROU"),
    ],
)
def test_the_backed_side_abroad_is_praised(pipeline, text: str, src: str, tgt: str) -> None:
    """The backed side (or whoever the backed thing belongs to) is the target, whatever target the frame
    found: a march at home for a foreign government endorses that government."""
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "051"), text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Russian communists held a rally in Moscow to commemorate the anniversary of the revolution.",
        "Thousands of Kenyan students marched through Nairobi to mark independence day.",
        "Hundreds of Bolivian miners rallied in La Paz to celebrate the anniversary of the revolution.",
    ],
)
def test_a_commemorative_gathering_is_no_protest(pipeline, monkeypatch, text: str) -> None:
    """COMMEMORATIVE GATHERING (``support_rallies.commemorative``)."""
    assert not [e for e in pipeline.code_text(text, published="2011-11-10") if e.event_code.startswith("14")]
    monkeypatch.setattr(support_rallies, "commemorative", lambda trigger: False)
    assert [e for e in pipeline.code_text(text, published="2011-11-10") if e.event_code.startswith("14")], text


def test_a_commemoration_with_a_demand_is_still_a_protest(pipeline) -> None:
    events = pipeline.code_text("Kenyan students marched in Nairobi to mark ten years since the massacre, "
                                "urging the cabinet to resign.", published="2011-11-10")
    assert [e for e in events if e.event_code.startswith("14") and e.source_code.startswith("KEN")]
