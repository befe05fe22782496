"""Class OWN STATE AS INQUIRY TARGET (``roles.own_state_investigated``): a state's police, prosecutors or
officials investigating a matter whose only stated party is their own state, named by a place in it
(the scene of a crime at home), investigate no party: no dyad. An inquiry into another state, or into a
named group of their own country, is kept; so is a visit its investigators pay abroad.

Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2007-02-20"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("French detectives arrived in Rabat on Monday to conduct an inquiry into the shooting in Paris of a banker.",
         "FRA"),
        ("Kenyan police launched an investigation into the bombing in Nairobi.", "KEN"),
    ],
)
def test_a_crime_scene_at_home_is_no_inquiry_target(pipeline, text: str, own: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("09") and (e.target_code or "") == own], \
        [(e.source_code, e.target_code, e.event_code) for e in events]


def test_investigators_abroad_still_visit_their_host(pipeline) -> None:
    text = "French detectives arrived in Rabat on Monday to conduct an inquiry into the shooting in Paris of a banker."
    assert find(pipeline.code_text(text, published=PUB), "FRA", "MAR", "042")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Belgian investigators opened an inquiry into Congo over the mine deal.", "BEL", "COG"),
        ("Kenyan police launched an investigation into the opposition leader.", "KENCOP", "KENOPP"),
    ],
)
def test_an_inquiry_into_another_state_or_a_named_group_is_kept(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "09")
