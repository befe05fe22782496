"""Where an undirected act happened, told through a common noun for part of a territory ("the Sudan
border area", "the Rift valley") or a named place held by a state's possessive ("northern Syria's
Afrin"): the state named in the modifier is the place. A noun that is no place ("the Iraq war")
names none."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2018-01-22"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Ugandan soldiers launched a raid in the Sudan border area on Friday.", "UGAMIL", "SDN"),
        ("Turkish troops are conducting an operation in northern Syria's Afrin.", "TURMIL", "SYR"),
        ("Kenyan soldiers carried out a raid in the Somalia border zone on Friday.", "KENMIL", "SOM"),
    ],
)
def test_a_part_of_a_territory_places_the_act_in_its_state(
    text: str, src: str, tgt: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "19"), events


def test_a_noun_that_is_no_place_names_no_place(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenyan soldiers took part in an operation in the Somalia crisis talks.",
                                published=DATE)
    assert not find(events, "KENMIL", "SOM", "19"), events
