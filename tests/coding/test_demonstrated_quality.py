"""DEMONSTRATED QUALITY (coding/nonevents.py, ``demonstrated_quality``): "demonstrate" with an object or
a clause, and "a demonstration of", mean showing something, not a protest (14x); the bare verb and
the noun without "of" stay protests.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Norwegian fishermen demonstrated great patience during the negotiations, their union said.", "NOR"),
        ("Mexican farmers demonstrated that they can work with the Guatemalan traders, their union said.", "MEX"),
        ("Chilean officials called the vote a demonstration of the Bolivian miners' influence.", "BOL"),
        ("Peruvian diplomats saw the treaty as a demonstration of goodwill by Ecuadorian workers.", "ECU"),
    ],
)
def test_showing_something_is_no_protest(pipeline, monkeypatch, text: str, country: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), country, "", "14"), text
    monkeypatch.setattr(nonevents, "demonstrated_quality", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), country, "", "14"), text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyan teachers demonstrated against the Kenyan government in Nairobi.",
        "A large demonstration against the Kenyan government was held in Nairobi by Kenyan teachers.",
    ],
)
def test_a_protest_stays_a_protest(pipeline, text: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), "KEN", "KENGOV", "14"), text
