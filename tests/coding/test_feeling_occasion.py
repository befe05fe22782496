"""Class FEELING'S OCCASION (``roles.feeling_occasion``): a feeling a speaker expresses about what someone
did is aimed at the doer ("gratitude for the aid of B"); sympathy over a loss is with the country where
it happened; the victim of an attack is not its doer, and a visit or meeting the feeling is about stays
an event of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find

PUB = "2013-09-09"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Haitian government expressed its gratitude for the aid of Canada after the storm.", "HTI", "CAN", "05"),
    ("Laos voiced appreciation for the support of Vietnam during the floods.", "LAO", "VNM", "05"),
])
def test_the_feeling_is_aimed_at_the_doer(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(roles, "FEELING_NOUNS", frozenset())
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize("text", [
    "Laotian leaders expressed sorrow over the deaths in a fire in Cambodia.",
    "Lao officials expressed grief over the deaths in a bus crash in Cambodia.",
])
def test_sympathy_over_a_loss_is_with_its_country(pipeline, monkeypatch, text: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), "LAO", "KHM", "018"), text
    monkeypatch.setattr(roles, "FEELING_NOUNS", frozenset())
    assert not find(pipeline.code_text(text, published=PUB), "LAO", "KHM", "018"), text


def test_the_victim_of_an_attack_is_not_its_doer(pipeline) -> None:
    text = "Norway voiced outrage over the killing of two Kenyan reporters by unknown gunmen."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("11") and (e.target_code or "").startswith("KEN")]


def test_a_visit_stays_an_event_of_its_own(pipeline) -> None:
    text = "The Omani minister voiced appreciation for the planned visit of the Indian premier to Muscat."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "IND", "OMN", "036"), events
