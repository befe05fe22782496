"""Habits told by a frequency adverb of the calendar ("annually") or a period with "every"/"each"
(coding/modality.py ``habitual``) are how things go, not an act of the day, under analyst conventions.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Japanese teachers visit Vietnam every year.",
        "Japanese teachers visit Vietnam annually to train nurses.",
    ],
)
def test_a_recurring_visit_is_a_habit(pipeline, monkeypatch, text) -> None:
    events = find(pipeline.code_text(text, published=PUB), "JPN", "VNM", "04")
    assert events and all(e.modality != "asserted" for e in events), text
    monkeypatch.setattr(extract, "habitual", lambda trigger: False)
    events = find(pipeline.code_text(text, published=PUB), "JPN", "VNM", "04")
    assert any(e.modality == "asserted" for e in events), text


def test_a_visit_of_the_day_is_asserted(pipeline) -> None:
    events = find(pipeline.code_text("Japanese teachers visited Vietnam on Monday.", published=PUB), "JPN", "VNM", "04")
    assert any(e.modality == "asserted" for e in events)
