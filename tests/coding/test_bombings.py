"""NON-MILITARY BOMBING (coding/bombings.py): an attack whose means is an improvised bomb is CAMEO 183
(1831 suicide, 1832 car, 1833 roadside), not conventional force (19x); bombs dropped from aircraft,
and a state's own bombing told only by the verb, keep the aerial reading (195).

Sentences written for these tests; the recoded ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Four Somali soldiers were wounded on Tuesday by a roadside bomb planted outside Mogadishu.", "SOM", "SOM",
         "1833"),
        ("Insurgents wounded five Iraqi policemen with a roadside bomb in Mosul.", "IRQ", "IRQ", "1833"),
        ("A suicide bomber struck an Afghan police checkpoint in Kandahar on Sunday.", "AFG", "AFG", "1831"),
        ("Twelve Pakistani police recruits were killed in a suicide bombing in Quetta.", "PAK", "PAK", "1831"),
        ("Militants attacked an Iraqi police convoy in Mosul with a car bomb.", "IRQ", "IRQ", "1832"),
        ("A car bombing outside a Kabul hotel killed six Afghan guards.", "AFG", "AFG", "1832"),
        ("Taliban insurgents bombed a police station in Kabul.", "AFG", "AFG", "183"),
        ("Rebels attacked an Afghan army post near Kandahar with explosives.", "AFG", "AFG", "183"),
    ],
)
def test_improvised_bombings_are_unconventional_violence(placed_attackers_pipeline, monkeypatch, text: str, src: str,
                                                         tgt: str, code: str) -> None:
    events = find(placed_attackers_pipeline.code_text(text, published=PUB), src, tgt, "18")
    assert [e.event_code for e in events] == [code], text
    monkeypatch.setattr(extract, "bombing_code", lambda *args: None)
    switched_off = find(placed_attackers_pipeline.code_text(text, published=PUB), src, tgt, "")
    assert switched_off and code not in {e.event_code for e in switched_off}, text


@pytest.mark.parametrize(
    "text",
    [
        "Militants bombed a market in Peshawar, killing twelve Pakistani shoppers.",
        "Insurgents bombed a bus station in Kirkuk, wounding twenty Iraqi civilians.",
    ],
)
def test_the_toll_of_a_bombing_shares_its_code(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    armed = [e for e in events if e.event_code[:2] in ("18", "19")]
    assert armed and all(e.event_code == "183" for e in armed), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Israeli jets bombed Hamas positions in Gaza.", "ISR", "PSE"),
        ("Israeli aircraft bombed a Hezbollah depot in southern Lebanon.", "ISR", "LBN"),
        ("Russian forces bombed rebel positions near Grozny.", "RUS", "RUS"),
        ("Ethiopian troops bombed an Islamist base in southern Somalia.", "ETH", "SOM"),
    ],
)
def test_air_and_state_bombing_keep_the_aerial_code(pipeline, text: str, src: str, tgt: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), src, tgt, "19")
    assert [e.event_code for e in events] == ["195"], text


@pytest.mark.parametrize(
    ("text", "place_state"),
    [
        ("Five Kenyans were killed in the Uganda embassy bombing.", "UGA"),
        ("Nine Turks were killed in the Iraq embassy bombing.", "IRQ"),
    ],
)
def test_a_struck_building_is_not_the_bomber(pipeline, monkeypatch, text: str, place_state: str) -> None:
    """STRUCK PLACE (``roles.struck_compound``): a building compounded to the attack noun is what was hit."""
    assert not [e for e in pipeline.code_text(text, published="2010-05-05")
                if (e.source_code or "").startswith(place_state)], text
    monkeypatch.setattr(roles, "STRUCK_NOUNS", frozenset())
    assert [e for e in pipeline.code_text(text, published="2010-05-05")
            if (e.source_code or "").startswith(place_state)], text
