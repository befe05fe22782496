"""Class ATTACK ON A STATE'S ORGANS AT HOME (``coding/roles.py``, ``domestic_sources``): rebels,
insurgents or unidentified attackers named without a country who take on one state's police, courts,
legislature or ministries are that state's (the guidelines code unidentified gunmen by the place); not
when they take on its army, its diplomats or its people, who are often abroad. Sentences written for
these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import codes, find

PUB = "2016-05-10"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen attacked a Peruvian police station before dawn on Sunday.", "PER"),
        ("Masked gunmen shot dead a Bolivian judge outside his home on Friday.", "BOL"),
        ("Gunmen stormed the Afghan interior ministry on Tuesday.", "AFG"),
    ],
)
def test_attackers_of_home_organs_are_of_that_state(pipeline, monkeypatch, text: str, country: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.source_code.startswith(country) and e.target_code.startswith(country)
            and e.event_code[:2] in ("18", "19")], codes(events)
    monkeypatch.setattr(roles, "HOME_ORGAN_TARGETS", frozenset({"GOV"}))
    monkeypatch.setattr(roles, "HOME_CHALLENGERS", frozenset({"REB", "INS", "OPP"}))
    off = pipeline.code_text(text, published=PUB)
    assert not [e for e in off if e.source_code.startswith(country)], codes(off)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the Peruvian embassy on Sunday.",
        "Rebels fired on the Bolivian consulate on Friday.",
        "Gunmen ambushed a Peruvian army patrol on Sunday.",
        "Gunmen kidnapped two Bolivian engineers on Friday.",
    ],
)
def test_attackers_of_diplomats_troops_or_people_get_no_country(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.source_code[:3] == e.target_code[:3] and e.event_code[:2] in ("18", "19")], \
        codes(events)


def test_rebels_against_a_government_stay_its_own(pipeline) -> None:
    events = pipeline.code_text("Rebels shelled the Chadian presidential palace on Friday.", published=PUB)
    assert find(events, "TCD", "TCD", "19") or find(events, "TCD", "TCD", "18"), codes(events)
