"""VENUE OF TALKS (actors/sentence_state.venue_of_talks): a place that locates talks, a meeting or a
summit says where their parties met, often abroad, so it gives no countryless party of the sentence
(rebels, the opposition) its country; a place that locates an act still does.

Sentences written for these tests; each is also read with the class switched off.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors import context, sentence_state
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2010 = date(2010, 5, 5)


@pytest.mark.parametrize(
    "text",
    [
        "The minister praised the rebels for their restraint but called the talks in Nairobi pointless.",
        "Army officers said the rebels were to blame, a day after the summit in Pretoria broke up.",
    ],
)
def test_the_venue_of_talks_gives_no_party_its_country(parse: Parse, monkeypatch, text: str) -> None:
    assert codes(parse(text, D2010))["the rebels"] == ["---REB"], text
    off = lambda top: False  # noqa: E731
    monkeypatch.setattr(sentence_state, "venue_of_talks", off)
    monkeypatch.setattr(context, "venue_of_talks", off)
    assert codes(parse(text, D2010))["the rebels"] != ["---REB"], text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels ambushed an army convoy near Gulu in Uganda on Monday.", "UGAREB"),
        ("The rebels seized two towns in Chad after the talks collapsed.", "TCDREB"),
    ],
)
def test_the_place_of_an_act_still_gives_it(parse: Parse, text: str, code: str) -> None:
    found = codes(parse(text, D2010))
    assert code in [c for cs in found.values() for c in cs], found
