"""A monarch who reigns over several realms is coded as head of state of the realm she is known by:
Phoenix files Queen Elizabeth II under St Kitts and Nevis (KNA); the curated entry makes her GBRGOV
for her reign (1952-2022)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Queen Elizabeth II hosted Ghana's president at Windsor Castle.", "GBRGOV", "GHA"),
        ("Ghana's president held talks with Queen Elizabeth in London.", "GHA", "GBRGOV"),
    ],
)
def test_queen_elizabeth_is_the_british_head_of_state(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published="2006-11-20")
    assert find(events, src, tgt, "04"), events
    assert not [e for e in events if "KNA" in (e.source_code or "") + (e.target_code or "")], events
