"""MULTI-YEAR SPAN (coding/background.py, ``past_frame``): an act told across a span of past years
("over the past two decades", "in recent years", "over the years", "over the last 18 months") is a
tally or a trend, not the news of the day; a span to come, or one on another word, changes nothing.

Sentences written for these tests; the background ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2024-06-10"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Norway has sent relief supplies to Yemen several times during the last decade.", "NOR", "YEM", "07"),
        ("In recent years, Vietnam and Laos expanded their cooperation in trade.", "VNM", "LAO", "03"),
        ("Chile and Peru have signed a dozen accords over the years.", "CHL", "PER", "05"),
        ("Turkish troops fought Kurdish rebels in northern Iraq many times over the past twenty years.", "TUR",
         "IRQ", "19"),
        ("During the last 18 months, Kenya and Uganda have had four rounds of negotiations.", "KEN", "UGA", "04"),
        ("Within the last several months, Chad and Sudan have signed three border accords.", "TCD", "SDN", "05"),
        # YEARS-LONG PERFECT
        ("Colombian troops have battled FARC rebels for many years.", "COL", "COL", "19"),
        ("Israel has occupied the Syrian Golan Heights for four decades.", "ISR", "SYR", "19"),
        # PERIOD THAT FOLLOWED
        ("In the months that followed, Chadian rebels raided Sudanese border towns.", "TCD", "SDN", "19"),
        ("Over the decades that followed, Chile and Peru signed many fishing accords.", "CHL", "PER", "05"),
    ],
)
def test_a_span_of_past_years_is_background(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert_unasserted_by_class(pipeline, monkeypatch, (background, "past_frame", lambda trigger: False), text, src,
                               tgt, root, PUB)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Peru and Chile will expand their trade cooperation in the coming years.", "PER", "CHL", "03"),
        ("Chile signed a trade accord with Peru on Monday, the first in the past five years.", "CHL", "PER", "05"),
        ("Chad and Sudan have held talks over the past month.", "TCD", "SDN", "04"),
    ],
)
def test_a_span_ahead_or_on_another_word_is_not_background(pipeline, text, src, tgt, root) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("A Kenyan court jailed the Ugandan smuggler for ten years on Monday.", "KEN", "UGA", "17"),
        ("Kenya and Uganda agreed on Monday to cooperate for five years on border trade.", "KEN", "UGA", "03"),
    ],
)
def test_a_term_or_a_span_ahead_is_no_record(pipeline, text, src, tgt, root) -> None:
    """A term in the simple past or a span of cooperation ahead is no years-long perfect."""
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
