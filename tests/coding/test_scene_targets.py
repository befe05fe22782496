"""The scene of an act is no party to it (placeroles.scene_only_target, analyst conventions): an
attack by unnamed attackers on a vehicle or a cafe "in <country>" is not an attack on that state,
while a force of another state striking targets there, and fighting among a country's own armed
sides, still are. PETRARCH conventions keep the place as target (``scene_as_target``).

Sentences written for these tests; each is also coded with the rule switched off. The vehicles
here have no named owner: "their truck" or "a British convoy" make the owner the target
(``owned_vehicles``), so the scene rule is not the one deciding there.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from realpolitik.coding.conventions import conventions_named
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.fixture(scope="module")
def unfiltered():
    """A pipeline without the confidence bar: an attack read off its scene is a low-confidence event."""
    from realpolitik.pipeline import Pipeline
    from realpolitik.settings import Settings

    return Pipeline(Settings(min_confidence=0.0))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen ambushed a van in Helmand, killing three Danish engineers.", "AFG"),
        ("Masked gunmen ambushed a pickup truck in Kandahar on Sunday, killing two Norwegian deminers.", "AFG"),
    ],
)
def test_the_scene_of_an_attack_by_unnamed_attackers_is_no_target(
    unfiltered, monkeypatch, text: str, place: str
) -> None:
    events = unfiltered.code_text(text, published=PUB)
    assert not [e for e in events if e.target_code == place], text
    monkeypatch.setattr(extract, "scene_only_target", lambda *args, **kwargs: False)
    assert [e for e in unfiltered.code_text(text, published=PUB) if e.target_code == place], text


def test_a_bomb_among_the_scene_s_own_people_keeps_the_scene(pipeline) -> None:
    text = "Unknown attackers set off a bomb in a cafe in central Nairobi on Tuesday."
    assert find(pipeline.code_text(text, published=PUB), "KEN", "KEN", "18")


def test_people_acted_on_in_their_own_country_stay_the_target(pipeline) -> None:
    text = "Moroccan police arrested eleven Moroccans in an overnight sweep in Casablanca."
    assert find(pipeline.code_text(text, published=PUB), "MAR", "MAR", "17")


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Israeli jets struck targets in Gaza overnight.", "ISR", "PSE"),
        ("Rebels attacked a police post in eastern Chad on Monday.", "TCD", "TCD"),
    ],
)
def test_a_foreign_force_or_a_local_armed_side_still_attacks(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "19"), text


def test_petrarch_conventions_keep_the_scene_as_target() -> None:
    assert conventions_named("petrarch").scene_as_target
    assert not conventions_named("analyst").scene_as_target
