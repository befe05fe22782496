"""Class CRITICISED ATTACK'S AUTHOR (``coding/roles.py``, ``condemned_attack_authors``): criticism of an
attack that its noun attributes is aimed at the attacker, not at the attacked that the noun's ``on``
phrase names. Sentences written for these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2015-04-02"


@pytest.mark.parametrize(
    ("text", "critic", "attacker", "attacked"),
    [
        ("Algeria condemned the Moroccan raid on Mauritania.", "DZA", "MAR", "MRT"),
        ("Venezuela denounced Colombia's incursion into Ecuador on Saturday.", "VEN", "COL", "ECU"),
        ("Bolivia sharply criticised the Chilean offensive against Peru.", "BOL", "CHL", "PER"),
    ],
)
def test_the_attacker_is_criticised(pipeline, monkeypatch, text: str, critic: str, attacker: str,
                                    attacked: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, critic, attacker, "11"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find(events, critic, attacked, "11"), text
    monkeypatch.setattr(extract, "condemned_attack_authors", lambda verb, code, actors: [])
    monkeypatch.setattr(roles, "JUDGING_CODES", frozenset())  # JUDGED ACT'S OWNER reads the author too
    off = pipeline.code_text(text, published=PUB)
    assert find(off, critic, attacked, "11") and not find(off, critic, attacker, "11"), text


def test_an_unattributed_attack_is_still_sympathy(pipeline) -> None:
    events = pipeline.code_text("Algeria condemned the attack on the Moroccan embassy.", published=PUB)
    assert find(events, "DZA", "MAR", "018") and not find(events, "DZA", "MAR", "11")


@pytest.mark.parametrize(
    ("text", "critic", "victims"),
    [
        # a row that codes sympathy (018) itself still needs its victims
        ("Chile strongly condemned the two terrorist attacks in Peru and Bolivia.", "CHL", ("PER", "BOL")),
        # the country of the place attacked
        ("The Greek premier condemned the bomb attack on two schools in Albania.", "GRC", ("ALB",)),
        ("Oman deplored the raid on a market in Yemen that left many dead.", "OMN", ("YEM",)),
        # whom a passive relative clause on the attack harmed
        ("Japan condemned a car bombing in which six Kenyan policemen were wounded.", "JPN", ("KEN",)),
        ("Ireland condemned the ambush in which four Malian soldiers were killed.", "IRL", ("MLI",)),
    ],
)
def test_the_victims_of_an_unattributed_attack(pipeline, text: str, critic: str, victims: tuple[str, ...]) -> None:
    events = pipeline.code_text(text, published=PUB)
    for victim in victims:
        assert find(events, critic, victim, "018"), (text, events)
