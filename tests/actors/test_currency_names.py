"""CURRENCY NAME (actors/currencies.py): a state's name or nationality that names money ("50 million US
dollars", "Hong Kong dollars") is no actor, and no evidence of where the sentence is; the same names
elsewhere stay actors.

Sentences written for these tests; the first ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.actors.component as component
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "money"),
    [
        ("The African Union has set up a fund of 50 million US dollars to help Somalia.", "IGOAFRAFU", "USA"),
        ("Kenya's finance ministry decided to release 2 million US dollars for flood relief.", "KEN", "USA"),
        ("The World Bank approved a loan of 300 million US dollars to help Ghana.", "IGOUNODEVWBK", "USA"),
    ],
)
def test_a_currency_s_country_is_no_party(pipeline, monkeypatch, text: str, src: str, money: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, money, ""), text
    monkeypatch.setattr(component, "drop_currencies", lambda doc, mentions: (mentions, set()))
    assert any(money in (e.source_code or "") + (e.target_code or "")
               for e in pipeline.code_text(text, published=PUB)), text


def test_a_currency_s_country_does_not_place_the_sentence(pipeline) -> None:
    text = "With a budget of 90 million US dollars, police raided a rebel camp and clashed with Nigerian gunmen."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "NGA", "NGA", "19") and not find(events, "USA", "", ""), text


def test_a_territory_named_for_its_money_is_dropped_too(pipeline) -> None:
    from datetime import date

    from realpolitik.model import Article

    doc = pipeline.nlp(pipeline.make_doc(Article(text="Japan pledged 300 million Hong Kong dollars to Kenya.",
                                                 published=date(2024, 3, 1))))
    assert [s.text for s in doc.spans["rp_actors"]] == ["Japan", "Kenya"]


def test_the_same_names_elsewhere_stay_actors(pipeline) -> None:
    assert find(pipeline.code_text("US officials met Chinese envoys in Beijing.", published=PUB), "USA", "CHN", "04")
