"""Disasters, diseases and accidents are no political agents (coding/natural_forces.py): a state
"hard-hit by" a drought or an epidemic is struck by no one, and an accidental blast has no attacker.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"
ARMED = ("18", "19", "20")


def armed(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_code[:2] in ARMED]


@pytest.mark.parametrize(
    "text",
    [
        "Three Central Asian states hard-hit by the locust plague -- Kazakhstan, Uzbekistan and Tajikistan -- "
        "have asked Russia for pesticides.",
        "A cyclone hit Bangladesh on Monday, killing 40 people.",
        "Peru, badly hit by the floods, asked Chile for tents.",
    ],
)
def test_a_disaster_strikes_no_event(pipeline, text: str) -> None:
    assert not armed(pipeline.code_text(text, published=PUB)), text


def test_without_the_class_the_named_states_struck_their_region(pipeline, monkeypatch) -> None:
    text = (
        "Three Central Asian states hard-hit by the locust plague -- Kazakhstan, Uzbekistan and Tajikistan -- "
        "have asked Russia for pesticides."
    )
    monkeypatch.setattr(extract, "struck_by_nature", lambda verb: False)
    assert armed(pipeline.code_text(text, published=PUB)), text


def test_the_request_of_the_struck_states_stays(pipeline) -> None:
    text = (
        "Three Central Asian states hard-hit by the locust plague -- Kazakhstan, Uzbekistan and Tajikistan -- "
        "have asked Russia for pesticides."
    )
    assert find(pipeline.code_text(text, published=PUB), "", "RUS", "02"), text


@pytest.mark.parametrize(
    "text",
    [
        "A methane explosion killed twelve miners in eastern Ukraine.",
        "Nine coal workers were killed by a methane blast at a colliery in eastern Kazakhstan.",
        "A boiler explosion at a textile plant in Dhaka killed six workers.",
    ],
)
def test_an_accidental_blast_has_no_attacker(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.source_code or "").endswith("UAF")], text


def test_without_the_class_the_accident_was_a_bombing(placed_attackers_pipeline, monkeypatch) -> None:
    text = "A methane explosion killed twelve miners in eastern Ukraine."
    monkeypatch.setattr(roles, "accidental_blast", lambda tok: False)
    monkeypatch.setattr(extract, "struck_by_nature", lambda verb: False)
    assert find(placed_attackers_pipeline.code_text(text, published=PUB), "UKRUAF", "", ""), text


def test_a_bombing_stays_an_attack(placed_attackers_pipeline) -> None:
    text = "A car bomb killed nine Iraqi soldiers at a checkpoint in Mosul."
    assert find(placed_attackers_pipeline.code_text(text, published=PUB), "IRQ", "IRQ", ""), text
