"""An act told as a habit ("frequently", "routinely", "regularly" ...) states how things go, not an
act of the day: under analyst conventions it is stored as background (``historical``), not asserted;
PETRARCH conventions, like the CAMEO manual's examples, keep it (``habits_as_events``). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2024-03-01"

HABITS = [
    ("Israeli troops often raid Palestinian towns in the West Bank.", "ISR", ""),
    ("The Greek prime minister regularly calls on Turkey to withdraw its troops from the island.", "GRC", "02"),
    ("Turkish jets routinely bomb Kurdish rebel camps in northern Iraq.", "TUR", "19"),
    # HABIT ADJECTIVES: "frequent", "regular" ... on an event noun
    ("The Kenyan leader drew frequent opposition rallies over the tax.", "KEN", "14"),
    ("Frequent Indian shelling of Pakistani border villages has emptied the valley.", "IND", "19"),
    ("Regular Turkish air raids on Iraqi Kurdish villages have driven out farmers.", "TUR", "19"),
]


@pytest.mark.parametrize(("text", "src", "root"), HABITS)
def test_a_habit_is_background_not_an_act_of_the_day(pipeline, petrarch_pipeline, text: str, src: str, root: str):
    events = find(pipeline.code_text(text, published=PUB), src, "", root)
    assert events, text
    assert all(e.modality == "historical" for e in events), [(e.event_code, e.modality) for e in events]
    kept = find(petrarch_pipeline.code_text(text, published=PUB), src, "", root)
    assert any(e.modality == "asserted" for e in kept), text


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean troops repeatedly shelled Ethiopian positions on Friday.",
        "Turkish jets bombed Kurdish rebel camps in northern Iraq on Sunday.",
    ],
)
def test_an_act_of_the_day_stays_asserted(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith("19") and e.modality == "asserted"], text


def test_an_annual_gathering_of_the_day_stays_news(pipeline) -> None:
    """HABIT ADJECTIVES leave out "annual", "daily" and the like: the annual summit held today is news."""
    events = pipeline.code_text("The annual summit of Peru and Chile opened in Lima on Monday.", published=PUB)
    assert [e for e in events if e.event_code[:2] == "04" and e.modality == "asserted"], [
        (e.source_code, e.target_code, e.event_code, e.modality) for e in events]
