"""A killing told through a heavy weapon is an attack with that weapon (coding/weapon_attacks.py):
"artillery shells killed civilians" is 194, "killed in an air strike" 195, not mass killing (202);
a killing told through its killers stays as the lexicon codes it.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

TOLD_THROUGH_WEAPON = [
    ("Russian artillery shells killed 12 civilians in the Ukrainian town of Izium on Tuesday.", "RUS", "UKR", "194"),
    ("Armenian artillery killed four civilians in an Azerbaijani village on Sunday.", "ARM", "AZE", "194"),
    ("Eight civilians were killed in a Saudi air strike on the Yemeni port of Hodeidah.", "SAU", "YEM", "195"),
]


@pytest.mark.parametrize(("text", "src", "tgt", "code"), TOLD_THROUGH_WEAPON)
def test_a_killing_told_through_a_weapon_is_the_weapon_s_attack(
    pipeline, text: str, src: str, tgt: str, code: str
) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, code), text
    assert not find(events, src, tgt, "20"), text


@pytest.mark.parametrize(("text", "src", "tgt", "code"), TOLD_THROUGH_WEAPON)
def test_without_the_class_it_is_mass_killing(pipeline, monkeypatch, text: str, src: str, tgt: str, code: str) -> None:
    monkeypatch.setattr(extract, "weapon_attack_code", lambda trigger, code: None)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "202"), text


def test_a_killing_told_through_its_killers_keeps_its_code(pipeline) -> None:
    text = "Sudanese militiamen killed 40 civilians in a Darfur village."
    assert find(pipeline.code_text(text, published=PUB), "SDN", "SDN", "202"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Russian artillery hit the Ukrainian town of Izium.", "RUS", "UKR", "194"),
        ("An Israeli drone struck a Hezbollah vehicle in southern Lebanon.", "ISR", "LBN", "195"),
    ],
)
def test_unspecified_force_told_through_a_weapon_is_the_weapon_s_attack(
    pipeline, monkeypatch, text: str, src: str, tgt: str, code: str
) -> None:
    assert [e.event_code for e in find(pipeline.code_text(text, published=PUB), src, tgt, "19")] == [code], text
    monkeypatch.setattr(extract, "weapon_attack_code", lambda trigger, code: None)
    assert [e.event_code for e in find(pipeline.code_text(text, published=PUB), src, tgt, "19")] == ["190"], text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Three Palestinian civilians were killed in an Israeli bombing in Gaza.", "ISR", "PSE"),
        ("Two Syrian soldiers were wounded in a Turkish bombing near Afrin.", "TUR", "SYR"),
    ],
)
def test_a_state_s_bombing_is_read_as_from_the_air(pipeline, text: str, src: str, tgt: str) -> None:
    """A bombing by a state with no improvised cue (coding/bombings.py) is an aerial attack."""
    assert [e.event_code for e in find(pipeline.code_text(text, published=PUB), src, tgt, "")] == ["195"], text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("A Kenyan warplane used a guided bomb against Somali rebel units on Monday.", "KEN", "SOM", "195"),
        ("Ethiopian troops used heavy artillery against Eritrean positions.", "ETH", "ERI", "194"),
        ("Sudanese soldiers used machine guns against Chadian rebels.", "SDN", "TCD", "193"),
    ],
)
def test_a_weapon_used_in_combat_is_an_armed_attack(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                                    code: str) -> None:
    """WEAPON USED IN COMBAT (``weapon_attacks.combat_weapon_code``): CAMEO.2.0's "use <weapon>" reads
    repression (175), which is for a state's own public."""
    events = pipeline.code_text(text, published="2011-03-02")
    assert [e for e in events if (e.source_code[:3], e.target_code[:3], e.event_code) == (src, tgt, code)], text
    monkeypatch.setattr(extract, "combat_weapon_code", lambda *args: None)
    events = pipeline.code_text(text, published="2011-03-02")
    assert [e for e in events if e.event_code == "175"], text


def test_a_weapon_used_on_the_state_s_own_public_stays_repression(pipeline) -> None:
    events = pipeline.code_text("Kenyan riot police used guns against opposition supporters.", published="2011-03-02")
    assert {e.event_code for e in events} == {"175"}


def test_crowd_control_on_another_state_s_protesters_stays_repression(pipeline) -> None:
    events = pipeline.code_text("Israeli police fired tear gas and used water cannon against Palestinian protesters.",
                                published="2011-03-02")
    assert events and {e.event_code for e in events} <= {"175"}, [(e.source_code, e.event_code) for e in events]
