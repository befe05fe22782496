"""OUTSIDERS BY DEFINITION (actors/grouping.py, ``said_not_local``): migrants, refugees and other people
whose very name says they come from elsewhere take no country from the place they are found in; as
a modifier ("a refugee camp") the word says nothing about the people of the place.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


def _codes(pipeline, text: str, word: str) -> list[str]:
    from datetime import date

    from realpolitik.model import Article

    doc = pipeline.nlp(pipeline.make_doc(Article(text=text, published=date(2024, 3, 1))))
    return [a.code for s in doc.spans["rp_actors"] if word in s.text for a in s._.rp_actors or []]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Greek police detained twenty migrants near the Turkish border.", "migrants"),
        ("The Italian navy rescued three hundred refugees off the coast of Libya.", "refugees"),
        ("Moroccan police arrested forty illegal immigrants in Tangier.", "immigrants"),
    ],
)
def test_outsiders_take_no_country_from_the_place(pipeline, text: str, word: str) -> None:
    codes = _codes(pipeline, text, word)
    assert codes and all(c.startswith("---") for c in codes), (text, codes)
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if (e.target_code or "").endswith(("REF", "CRM"))], text


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Kenyan police arrested thirty Somali migrants in Nairobi.", "migrants", "SOM"),
        ("Israeli soldiers raided a refugee camp near Jenin in the West Bank.", "refugee", "PSE"),
    ],
)
def test_a_stated_nationality_or_a_camp_keeps_its_country(pipeline, text: str, word: str, country: str) -> None:
    assert any(c.startswith(country) for c in _codes(pipeline, text, word)), text
