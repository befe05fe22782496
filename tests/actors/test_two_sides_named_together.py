"""THE TWO SIDES NAMED TOGETHER (``coref._pair_named_together``): "the two sides" or "the two countries" are
the last pair the text set side by side ("A and B reached a deal", "A-B talks"), not the last two states
named at all, when a third state came in between as broker or host. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.actors import coref
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2005-06-14"
TEXT = ("Ecuador and Peru settled their fishing dispute on Monday. The talks were hosted by Brazilian "
        "President Lula. Under the accord, the two sides will sign a fisheries pact in Lima next week.")


def test_the_sides_are_the_pair_named_together(pipeline: Pipeline) -> None:
    events = [e for e in pipeline.code_text(TEXT, published=PUB) if "two sides" in e.evidence]
    assert {(e.source_code[:3], e.target_code[:3]) for e in events} == {("ECU", "PER"), ("PER", "ECU")}, events


def test_switched_off_the_last_two_named_are_the_sides(pipeline: Pipeline,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coref._Coref, "_pair_named_together", lambda self, m: None)
    events = [e for e in pipeline.code_text(TEXT, published=PUB) if "two sides" in e.evidence]
    assert find(events, "BRA", "", "") or find(events, "", "BRA", ""), events


def test_a_pair_of_places_is_no_pair_of_sides(pipeline: Pipeline) -> None:
    """A hyphenated pair on a border or route joins two places, not two sides."""
    text = ("Ecuador and Peru settled their fishing dispute on Monday. Trucks crossed the Colombia-Ecuador "
            "border all day. Under the accord, the two sides will sign a fisheries pact in Lima next week.")
    events = [e for e in pipeline.code_text(text, published=PUB) if "two sides" in e.evidence]
    assert {(e.source_code[:3], e.target_code[:3]) for e in events} == {("ECU", "PER"), ("PER", "ECU")}, events
