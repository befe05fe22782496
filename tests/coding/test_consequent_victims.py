"""CONSEQUENT ACT'S VICTIMS: an -ing clause after a raid or an attack tells what the attackers did to the
people of the side attacked; victims it names without a side of their own are that side's."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2006-11-14"


@pytest.mark.parametrize(
    ("text", "tgt", "code"),
    [
        ("Gunmen raided a Kenyan police station, abducting two officers.", "KENCOP", "181"),
        ("Gunmen in army uniforms stormed the Kenyan health ministry, seizing dozens of employees.", "KENGOV", "181"),
        ("Somali militiamen attacked a Kenyan army camp, abducting four guards.", "KENMIL", "181"),
    ],
)
def test_victims_of_the_clause_are_the_attacked_sides_people(text: str, tgt: str, code: str, pipeline: Pipeline,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "", tgt, code), codes(events)
    monkeypatch.setattr(extract, "consequent_victims", lambda hits, actors: None)
    assert not find(pipeline.code_text(text, published=DATE), "", tgt, code), text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a Kenyan police station, abducting two Somali traders.",
        "Gunmen raided a Kenyan police station, and the officers fled.",
    ],
)
def test_victims_with_a_side_or_a_new_clause_keep_their_reading(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not find(events, "", "KEN", "18"), codes(events)
