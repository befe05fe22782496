"""Shooting and gunfire as event nouns (193, small arms), and 'launched a bid' as no event (CAMEO.2.0
codes it 160). Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-08-08"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Serbia protested the shooting of a Serbian farmer by Kosovo police.", "KSV", "SRB"),
        ("A Thai fisherman was wounded by Cambodian troops' gunfire near the border.", "KHM", "THA"),
    ],
)
def test_shooting_nouns_are_small_arms_fire(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "193"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey launched its bid for EU membership last week.",
        "The Georgian minister made a bid to chair the ruling party.",
        "Reforms to the courts are seen as key to Albania's bid for EU membership.",
    ],
)
def test_launching_a_bid_cuts_no_relations(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("16")], _show(events)
