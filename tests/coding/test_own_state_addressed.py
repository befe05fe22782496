"""OWN STATE AMONG THE ADDRESSED (``roles.foreign_addressees``): an appeal that names the speaker's own state
beside a foreign one asks the foreign one; the own state is among those who would act. Sentences written
for these tests; each is also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract

PUB = "1997-11-01"


def _pairs(events) -> set[tuple[str, str, str]]:
    return {(e.source_code[:3], e.target_code[:3], e.event_code[:2]) for e in events}


@pytest.mark.parametrize(("text", "own", "foreign"), [
    ("Chinese Premier Li Peng urged China and Kenya to expand trade.", "CHN", "KEN"),
    ("The Chilean foreign minister called on Chile and Peru to settle the sea dispute in court.", "CHL", "PER"),
])
def test_the_speaker_s_own_state_is_not_whom_he_appeals_to(pipeline, monkeypatch, text: str, own: str,
                                                           foreign: str) -> None:
    found = _pairs(pipeline.code_text(text, published=PUB))
    assert (own, foreign, "02") in found and (own, own, "02") not in found, found
    monkeypatch.setattr(extract, "foreign_addressees", lambda code, sources, targets: targets)
    assert (own, own, "02") in _pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(("text", "pair"), [
    ("The Chinese premier urged Chinese firms to invest more.", ("CHN", "CHN", "02")),
    ("The Kenyan president urged Kenyan firms and Ugandan traders to respect the accord.", ("KEN", "KEN", "02")),
])
def test_an_appeal_to_the_speaker_s_own_people_stays(pipeline, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(pipeline.code_text(text, published=PUB))
