"""Class ORDERED OUT: telling or ordering foreigners to leave ("ordered the envoys to leave the
country", "told the consul to quit <capital>") is expelling them (CAMEO 174), not a demand (100) or,
as a CAMEO.2.0 row reads "order envoy", a visit; a state ordering its own people out expels no one
(sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2011-09-14"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya ordered two Ugandan diplomats to leave the country within 48 hours.", "KEN", "UGA"),
        ("The Chilean government told the Bolivian consul to quit Santiago.", "CHL", "BOL"),
        ("Peru asked the Ecuadorean ambassador to leave Lima on Monday.", "PER", "ECU"),
    ],
)
def test_telling_foreigners_to_go_is_expelling_them(text: str, source: str, target: str,
                                                    pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, "174"), events
    assert not find(events, source, target, "04") and not find(events, source, target, "10"), events


@pytest.mark.parametrize("text", ["Kenya ordered its troops to leave Somalia.",
                                  "Officials asked thousands of Chilean villagers to leave their homes."])
def test_ordering_ones_own_people_out_is_no_expulsion(text: str, pipeline: Pipeline) -> None:
    assert not find(pipeline.code_text(text, published=PUB), "", "", "174")
