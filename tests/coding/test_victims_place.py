"""The country of unidentified attackers told only through their weapon is where the assault happened,
and the parser often hangs that place on the victims ("killed two X engineers in Y") rather than on
the verb: the victims' place is read; their nationality alone is no place, so with none named there
is no event (``roles.unidentified_attackers``, with ``weapon_attackers_of_place`` set). Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "attackers", "victims"),
    [
        ("A roadside bomb killed two Italian engineers in Afghanistan.", "AFG", "ITA"),
        ("A landmine killed four Chinese road builders in northern Sudan last week.", "SDN", "CHN"),
    ],
)
def test_the_victims_place_names_the_attackers_country(placed_attackers_pipeline, text: str, attackers: str,
                                                       victims: str) -> None:
    events = placed_attackers_pipeline.code_text(text, published=PUB)
    assert find(events, attackers, victims, "18") or find(events, attackers, victims, "19"), text
    assert not [e for e in events if (e.source_code or "").startswith(victims)], text


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed two Italian engineers.",
        "A Dutch truck was badly damaged in the explosion, the army said.",
    ],
)
def test_without_a_place_the_victims_nationality_is_no_guess(pipeline, text: str) -> None:
    """The victims' nationality says nothing of where the attack was or who made it: no event."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.source_code or "").endswith("UAF")], text


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish air raid killed nine people on Thursday.",
        "An Ethiopian shelling attack killed six villagers on Monday.",
    ],
)
def test_victims_of_a_states_attack_do_not_take_its_country(pipeline, monkeypatch, text: str) -> None:
    """STATE'S ATTACK ABROAD (``roles.domestic_targets``): a state named bare as the doer of violence acts
    through its forces, which strike abroad as often as at home, so unplaced victims are not its own."""
    src = text.split()[1][:3].upper()
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.target_code or "").startswith(src)], text
    monkeypatch.setattr(roles, "VIOLENT_ROOTS", frozenset())
    assert [e for e in pipeline.code_text(text, published=PUB) if (e.target_code or "").startswith(src)], text
