"""A city in an instrument's name is no party to it (coding/named_instruments.py): "the Oslo
accords", "the Stockholm agreement", "the Bamako declaration" are named after where they were made;
a state named as such ("the Iran nuclear agreement", "the Kenya-Uganda agreement") stays a party.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.named_instruments as named_instruments
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "city_state"),
    [
        ("The Ugandan rebels rejected the Nairobi accords with Kampala.", "KEN"),
        ("Eritrea denounced the Algiers agreement with Ethiopia.", "DZA"),
        ("Indonesian police withdrew to honour the Stockholm agreement with the rebels.", "SWE"),
        ("Envoys praised the Accra Framework unveiled by the ECOWAS chairman.", "GHA"),
    ],
)
def test_a_city_naming_an_instrument_is_no_party(pipeline, text: str, city_state: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if city_state in ((e.source_code or "")[:3], (e.target_code or "")[:3])], text


def test_without_the_class_the_city_s_state_was_a_party(pipeline, monkeypatch) -> None:
    text = "Eritrea denounced the Algiers agreement with Ethiopia."
    monkeypatch.setattr(extract, "without_instrument_names", lambda found, actors: found)
    assert find(pipeline.code_text(text, published=PUB), "ERI", "DZA", "111"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya and Uganda signed the Kenya-Uganda border agreement.", "KEN", "UGA"),
        ("Iran defended the Iran nuclear agreement with France.", "IRN", "FRA"),
        ("Norway and Israel signed an accord in Oslo.", "NOR", "ISR"),
    ],
)
def test_a_state_named_on_an_instrument_stays_a_party(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "057"), text


@pytest.mark.parametrize(
    ("text", "city_state"),
    [
        ("The Dakar and Bamako Declaration guarantees aid to Niger.", "SEN"),
        ("The Cairo and Amman Declaration guarantees aid to Syria.", "EGY"),
    ],
)
def test_two_cities_sharing_one_instrument_are_no_party(pipeline, monkeypatch, text: str, city_state: str) -> None:
    """CO-NAMED INSTRUMENT: the parser reads the first city as coordinated with the instrument noun."""
    assert not find(pipeline.code_text(text, published=PUB), city_state, "", ""), text
    monkeypatch.setattr(named_instruments, "_co_named", lambda tok: False)
    assert find(pipeline.code_text(text, published=PUB), city_state, "", ""), text
