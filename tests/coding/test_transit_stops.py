"""TRANSIT STOP (``private_travel.transit_stop``): a trip told as a stop on the way somewhere else
("arriving in B for an overnight stop", "arrived in B en route to C", "landed in B on his way to C")
passes through B, which hosts no visit; a trip to B for talks is still one. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import private_travel
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2003-09-15"


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister, arriving in Lima for a refuelling stop, said he would meet Bolivian envoys.",
    "The Chilean foreign minister landed in Lima on Sunday en route to Caracas.",
    "The Chilean foreign minister arrived in Lima on his way to Caracas.",
])
def test_a_stop_on_the_way_is_no_visit(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "CHL", "PER", "042") and not find(events, "PER", "CHL", "043"), events


def test_a_trip_for_talks_is_still_a_visit(pipeline: Pipeline) -> None:
    text = "The Chilean foreign minister arrived in Lima on Sunday for an official visit."
    assert find_asserted(pipeline.code_text(text, published=PUB), "CHLGOV", "PER", "042")


def test_switched_off_the_stop_is_a_visit(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(private_travel, "WAY_NOUNS", frozenset())
    text = "The Chilean foreign minister arrived in Lima on his way to Caracas."
    assert find_asserted(pipeline.code_text(text, published=PUB), "CHLGOV", "PER", "042")


def test_a_stop_of_a_tour_is_a_visit(pipeline: Pipeline) -> None:
    """Coming "from" the last stop says nothing of passing through: a regional tour visits each place."""
    text = "The Chilean foreign minister arrived in Lima on his way from Quito."
    assert find_asserted(pipeline.code_text(text, published=PUB), "CHLGOV", "PER", "042")
