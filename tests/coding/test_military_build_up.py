"""Class MILITARY BUILD-UP (``compositions.tsv``: BUILD_UP x ARMED_FORCES, PEACEKEEPERS, UNARMED_FORCES):
adding to one's troops, forces or military presence is CAMEO's increase of armed forces (154), aimed at
the party the move faces; more peacekeepers are a peacekeeping deployment (074); a police, labour or
task force is no army. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find_asserted

PUB = "2019-05-14"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Armenia has bolstered its forces along the border with Azerbaijan.", "ARM", "AZE"),
    ("Greece increased the number of its soldiers near the Turkish border on Friday.", "GRC", "TUR"),
    ("Ethiopia is beefing up its troops on the Eritrean frontier.", "ETH", "ERI"),
])
def test_adding_to_armed_forces_is_a_build_up(pipeline, text: str, src: str, tgt: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "154"), text


@pytest.mark.parametrize("text", [
    "Kenya strengthened its police force along the border with Somalia.",
    "Peru boosted its labour force along the border with Bolivia.",
])
def test_a_force_that_is_no_army_is_no_build_up(pipeline, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.root_code == "15"], text
