"""Background told in passing (coding/background.py): a non-restrictive past perfect relative clause
("X, which had cut aid to Y"), a past frame ("in the past", "in history") and an explicit past year
("last year") recall earlier acts, not the news of the day.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
from tests.coding.helpers import find, find_asserted

PUB = "2024-06-10"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Students burned the flag of Germany, which had suspended aid to Bolivia over the row.", "DEU", "BOL", "16"),
        ("Farmers marched past the embassy of France, which had expelled two Malian diplomats.", "FRA", "MLI", "16"),
    ],
)
def test_an_anterior_relative_is_background(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(background, "anterior_relative", lambda trigger: False)
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("In the past, Brazil supplied weapons to Angola.", "BRA", "AGO", "07"),
        ("In history, Spain sent many trade missions to Morocco.", "ESP", "MAR", "03"),
    ],
)
def test_a_past_frame_is_background(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(background, "past_frame", lambda trigger: False)
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean activist had been jailed by a Peruvian court last year for spying.",
        "Last year a Peruvian court jailed a Chilean activist for spying.",
    ],
)
def test_an_act_of_last_year_is_background(pipeline, text) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "PER", "CHL", "17"), text
    assert not find_asserted(pipeline.code_text(text, published=PUB), "PER", "CHL", "17"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Students burned the flag of Germany, which suspended aid to Bolivia on Monday.", "DEU", "BOL", "16"),
        ("The envoy of France, which had expelled two Malian diplomats on Sunday, left Bamako.", "FRA", "MLI", "16"),
        ("A Peruvian court jailed a Chilean activist for spying on Friday.", "PER", "CHL", "17"),
    ],
)
def test_news_of_the_day_stays_asserted(pipeline, text, src, tgt, root) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
