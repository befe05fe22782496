"""Class CRITICISED ACT'S COUNTRY: criticising or condemning an act placed **in** a country (a coup, a
crackdown, executions) targets that country, also for co-agents joined by "along with" / "together
with"; an ``in`` phrase naming no country gives no target (sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.coding import criticised_scenes
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2017-06-30"


@pytest.mark.parametrize(
    ("text", "sources", "target"),
    [
        ("Senegal, along with Gambia, condemned the coup in Guinea-Bissau.", ("SEN", "GMB"), "GNB"),
        ("Sweden together with Denmark denounced the crackdown in Belarus on Monday.", ("SWE", "DNK"), "BLR"),
        ("Canada deplored the death sentences in Iran.", ("CAN",), "IRN"),
    ],
)
def test_criticised_act_targets_its_country(text: str, sources: tuple[str, ...], target: str,
                                            pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    for source in sources:
        assert find(events, source, target, "11"), events


def test_an_in_phrase_without_a_country_gives_no_target(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Sweden criticised the sharp rise in fuel prices.", published=PUB)
    assert not [e for e in events if e.target_code], events


def test_switched_off_the_placed_act_has_no_target(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(criticised_scenes, "SCENE_PREPS", frozenset())
    text = "Senegal, along with Gambia, condemned the coup in Guinea-Bissau."
    assert not find(pipeline.code_text(text, published=PUB), "SEN", "GNB", "11")


def test_a_gatherings_venue_is_not_criticised(pipeline: Pipeline) -> None:
    text = "Chad dismissed the planned ceasefire talks in Gabon as a waste of time."
    assert not find(pipeline.code_text(text, published=PUB), "TCD", "GAB", "")
