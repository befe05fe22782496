"""Verbal-attack idioms (CAMEO 111): a preposition or the idiom's noun turns a verb of motion, force
or handling into criticism ("railed against X", "took X to task", "singled X out for
criticism", "heaped scorn on X", "found fault with X"). Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2021-06-03"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Serbian president railed against Croatia in a televised address.", "SRB", "HRV"),
        ("Ghana's foreign minister inveighed against Togo at the summit.", "GHA", "TGO"),
        ("The Malian junta fulminated against France on state radio.", "MLI", "FRA"),
        ("Bolivia singled out Chile for criticism in its report.", "BOL", "CHL"),
        ("The Irish premier took Britain to task over the border checks.", "IRL", "GBR"),
        ("Uruguay found fault with Argentina's river proposal.", "URY", "ARG"),
        ("Mexico heaped scorn on the United States for the wall plan.", "MEX", "USA"),
        ("The Cuban leader poured scorn on Spain's offer.", "CUB", "ESP"),
        ("Pakistan heaped criticism on India after the vote.", "PAK", "IND"),
    ],
)
def test_verbal_attack_idioms_are_criticism(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "111"), _show(events)
    assert not find(events, "", "", "18") and not find(events, "", "", "19"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian coach took the Ecuadorian players to the stadium.",
        "The Chilean team singled out two players for the final.",
    ],
)
def test_the_literal_readings_are_no_criticism(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", "", "111"), _show(events)
