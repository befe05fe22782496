"""Class SAID TO BE FOREIGN, NO COUNTRY GUESSED (``roles.keep_said_foreign``, ``grouping.said_not_local``):
people the text calls foreign ("foreign workers", "foreign aid workers", "expatriate staff") are said not
to be of the place where something happens to them, nor of the state acting on them: no rule gives them
that place's or that source's country, so a kidnapping of foreigners off some coast is no act against
that coast state's workers. Without the word, the place still gives its country.

Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2008-05-12"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen kidnapped five foreign workers from a supply boat off the Beninese coast on Sunday.", "BEN"),
        ("Rebels abducted three foreign aid workers in eastern Chad.", "TCD"),
        ("Armed men seized four foreign oil workers near a pipeline in southern Yemen.", "YEM"),
    ],
)
def test_foreigners_seized_in_a_place_are_not_its_people(pipeline, text: str, place: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", place, ""), [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen kidnapped six workers from an oil platform off the Ghanaian coast on Monday.", "GHA"),
        ("Rebels abducted three aid workers in eastern Chad.", "TCD"),
    ],
)
def test_people_not_called_foreign_still_take_the_place(pipeline, text: str, place: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), place, place, "18")


def test_a_foreign_ministry_is_no_foreigner(pipeline) -> None:
    events = pipeline.code_text("Ethiopian foreign ministry officials criticised Eritrea.", published=PUB)
    assert find(events, "ETH", "ERI", "11")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Insurgents in Mali attacked foreign and Malian soldiers near Gao on Sunday.", "MLI", "MLI"),
        ("Rebels in Chad ambushed foreign and Chadian aid workers on Friday.", "TCD", "TCD"),
    ],
)
def test_foreign_joined_to_a_local_word_is_partly_local(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "19")
