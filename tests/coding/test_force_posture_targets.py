"""Targets of a show of force (CAMEO 15), ``coding/roles``:

- OWN FORCES ARE THE INSTRUMENT (``own_forces_as_instrument``): troops or police a state mobilises, alerts or
  deploys are what it shows, not whom the posture is aimed at; with no other target there is no dyad.
- BORDER FACED (``border_faced``): a show of force along, near or on a border faces the state across it.

Sentences written for these tests, in two wordings each, the first ones also coded with the class off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from realpolitik.coding import roles
from tests.coding.helpers import dyads, find

PUB = "2009-07-07"


@pytest.mark.parametrize(("text", "own"), [
    ("Brazilian authorities mobilised 20,000 police officers to protect the vote.", "BRA"),
    ("The Chilean government mobilized thousands of police officers ahead of the summit.", "CHL"),
])
def test_own_forces_are_no_target(pipeline, monkeypatch, text: str, own: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), own, own, "15")
    monkeypatch.setattr(extract, "own_forces_as_instrument", lambda code, sources, targets: False)
    assert find(pipeline.code_text(text, published=PUB), own, own, "15")


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Kenya deployed its troops along the Somali border.", "KEN", "SOM"),
    ("Russia massed troops near the border with Georgia.", "RUS", "GEO"),
])
def test_a_border_posture_faces_the_state_across(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "15") and not find(events, src, tgt + "MIL", "15"), dyads(events)
    monkeypatch.setattr(roles, "BORDER_NOUNS", frozenset())
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.target_code == tgt]
