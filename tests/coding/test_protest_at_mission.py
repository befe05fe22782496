"""Class PROTEST AT A MISSION (``coding/protest_sites.py``): a protest held outside, in front of, at or
near a state's embassy or consulate, with no target named, is aimed at that state, not at the
protesters' own government; a protest in a city keeps that fallback. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import protest_sites
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2003-02-17"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Several hundred Bolivian farmers demonstrated outside the Peruvian consulate on Monday.", "BOLAGR", "PERGOV"),
    ("Hundreds of Chilean students demonstrated noisily in front of the Argentine embassy.", "CHLEDU", "ARGGOV"),
    ("A crowd of Nepalese youths burned flags near the Indian embassy yesterday.", "NPL", "INDGOV"),
])
def test_a_protest_at_a_mission_targets_its_state(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, source, target, "14"), events


def test_a_protest_in_a_city_still_targets_the_home_government(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Hundreds of Bolivian farmers demonstrated in La Paz on Monday.", published=PUB)
    assert not find(events, "BOL", "PER", "14") and find(events, "BOLAGR", "BOL", "14"), events


def test_switched_off_the_mission_is_no_target(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(protest_sites, "MISSION_NOUNS", frozenset())
    text = "Several hundred Bolivian farmers demonstrated outside the Peruvian consulate on Monday."
    assert not find(pipeline.code_text(text, published=PUB), "BOLAGR", "PER", "14")
