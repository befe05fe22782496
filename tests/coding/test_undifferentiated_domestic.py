"""UNDIFFERENTIATED DOMESTIC PARTY (coding/domestic.py, analyst conventions): with the state itself
named on one side of a domestic dyad ("Kenyans", "Russia") and no challenger on either, there is no
identifiable counterpart, so no event; acts on a city or province of one's own state, appeals to the
nation, protest and force stay.

Sentences written for these tests; each dropped one is also coded with the rule switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.domestic as domestic
from realpolitik.actors.statenames import names_whole_state
from realpolitik.model import Actor
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "country", "root"),
    [
        ("The Peruvian premier praised Peruvians for their patience during the strike.", "PER", "05"),
        ("The Kenyan president thanked all Kenyans for a peaceful vote.", "KEN", "05"),
        ("Russia criticised the Russian oil firms for raising prices.", "RUS", "11"),
        ("Norway accused Norwegian fishing companies of breaking quotas.", "NOR", "11"),
    ],
)
def test_the_state_itself_on_one_side_is_no_counterpart(pipeline, monkeypatch, text: str, country: str,
                                                        root: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), country, country, root), text
    monkeypatch.setattr(domestic, "names_whole_state", lambda actor: False)
    assert find(pipeline.code_text(text, published=PUB), country, country, root), text


@pytest.mark.parametrize(
    ("text", "country", "root"),
    [
        ("The Chilean minister praised Valparaiso for its handling of the fires.", "CHL", "05"),
        ("The Moroccan king commended Casablanca for its new port.", "MAR", "05"),
        ("The Ivorian president threatened to impose a curfew on Abidjan.", "CIV", "13"),
        ("The Kenyan president appealed to Kenyans to stay calm after the vote.", "KEN", "02"),
        ("The Ghanaian president urged Ghanaians to register for the census.", "GHA", "02"),
        ("Thousands of Bolivians protested against the government in La Paz.", "BOL", "14"),
        ("Hundreds of Romanians demonstrated against the government in Bucharest on Sunday.", "ROU", "14"),
    ],
)
def test_places_appeals_and_protest_inside_a_state_stay(pipeline, text: str, country: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), country, country, root), text


@pytest.mark.parametrize(
    ("text", "code", "whole"),
    [
        ("China", "CHN", True),
        ("Chinese", "CHN", True),
        ("all Kenyans", "KEN", True),
        ("the United States", "USA", True),
        ("Russia's", "RUS", True),
        ("Sichuan", "CHN", False),
        ("Beijing", "CHN", False),
        ("Casablanca", "MAR", False),
    ],
)
def test_state_names_against_places_inside_it(text: str, code: str, whole: bool) -> None:
    assert names_whole_state(Actor(text=text, code=code)) is whole
