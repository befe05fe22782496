"""Unidentified attackers take the country of the event's place, never the victims' nationality
alone (roles.unidentified_attackers): "a bomb killed three French tourists" names no place, so no
event; the victims' country counts only where the sentence names it as the scene. Attackers are named by
place only where ``weapon_attackers_of_place`` is set (the ``placed_attackers_pipeline`` fixture).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


def uaf(events):  # type: ignore[no-untyped-def]
    return [e for e in events if (e.source_code or "").endswith("UAF")]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed three French tourists on Sunday.",
        "A Dutch truck was badly damaged in the explosion, the army said.",
        "Four Kenyan soldiers were killed by a roadside bomb near Kismayo.",
    ],
)
def test_the_victims_nationality_is_not_the_attackers(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in uaf(events) if e.source_code[:3] == (e.target_code or "")[:3]], text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two Kenyan policemen were killed in a bomb attack in Marsabit, a town in northern Kenya.", "KEN"),
        ("Three Israeli farmers were wounded by a rocket in the town of Ashkelon, a city in southern Israel.", "ISR"),
    ],
)
def test_a_scene_of_the_victims_country_names_the_attackers(placed_attackers_pipeline, text: str, country: str) -> None:
    hits = find(placed_attackers_pipeline.code_text(text, published=PUB), country + "UAF", country, "")
    assert [e for e in hits if e.event_code[:2] in ("18", "19")], text


def test_without_the_scene_the_confirmed_country_is_lost(pipeline, monkeypatch) -> None:
    text = "Two Kenyan policemen were killed in a bomb attack in Marsabit, a town in northern Kenya."
    monkeypatch.setattr(roles, "_victims_scene_country", lambda verb, targets, actors: None)
    assert not uaf(pipeline.code_text(text, published=PUB)), text
