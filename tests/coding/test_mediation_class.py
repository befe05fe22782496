"""Mediating, brokering, facilitating or sponsoring talks between parties is mediation (045) toward
each party named by 'between'; coordination joins the cooperation objects. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-01-20"


@pytest.mark.parametrize(
    ("text", "src", "sides"),
    [
        ("Qatar mediated talks between Sudan and Chad.", "QAT", ("SDN", "TCD")),
        ("Norway facilitated negotiations between Colombia and Venezuela last week.", "NOR", ("COL", "VEN")),
        ("Algeria brokered a dialogue between Mali and Niger.", "DZA", ("MLI", "NER")),
    ],
)
def test_mediating_talks_between_parties(text: str, src: str, sides: tuple[str, str], pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    for side in sides:
        assert find(events, src, side, "045"), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan will strengthen coordination on water issues.",
        "Chile and Peru agreed to deepen coordination on fisheries.",
    ],
)
def test_deepening_coordination_is_cooperation(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith("03")], [
        (e.source_code, e.target_code, e.event_code) for e in events
    ]
