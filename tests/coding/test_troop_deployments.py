"""Troops sent somewhere (send/deploy/dispatch x troops, soldiers, battalions ...): sent *to a state*
they protect it (CAMEO 074; a promise to send them is 0334), sent *to a frontier* they are a show of
force (154). The destination, not the troops, is the target. Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-08-21"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.modality, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya dispatched troops to Somalia last week.", "KEN", "SOM"),
        ("Rwanda deployed a battalion of soldiers to Mozambique.", "RWA", "MOZ"),
        ("Nigeria sent paratroopers to Gambia on Monday.", "NGA", "GMB"),
    ],
)
def test_troops_sent_to_a_state_protect_it(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "074"), _show(events)
    assert not find(events, src, tgt, "13"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana will send a battalion of soldiers to Liberia next month.",
        "Senegal pledged to deploy soldiers to Liberia.",
    ],
)
def test_troops_promised_to_a_state_are_an_intent_to_protect(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "", "LBR", "0334"), _show(events)


def test_troops_sent_to_a_frontier_are_a_show_of_force(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Armenia sent troops to the frontier with Azerbaijan.", published=PUB)
    assert not find(events, "", "", "074"), _show(events)
