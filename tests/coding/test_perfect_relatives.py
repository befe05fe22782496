"""PERFECT RELATIVE and STANDING PASSIVE RELATIVE (``coding/background._record_tense``): an undated
non-restrictive relative clause in the present perfect ("the council, which has threatened sanctions
against X") gives a record of who the actor is, and one whose act is a present passive ("the militia,
which is armed by X") a standing tie: neither is an act of the day. A simple past or a progressive
relative clause stays in the news. Sentences written for these tests; the first two groups are also
coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2012-04-16"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Bolivian president, who has accused Chile of stealing the coast, opened a school in La Paz.",
     "BOL", "CHL", "11"),
    ("Norway, which has sent aid to Somalia, announced a new envoy.", "NOR", "SOM", "07"),
    ("Ecuador, which has threatened to expel Colombian diplomats, held elections on Sunday.", "ECU", "COL", "1"),
])
def test_a_perfect_relative_is_background(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (background, "anterior_relative", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Somali rebels, who are armed by Eritrea, seized a port on Friday.", "ERI", "SOM", "07"),
    ("Voters backed the separatists of Transnistria, who are funded by Russia.", "RUS", "MDA", "07"),
])
def test_a_standing_passive_relative_is_background(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (background, "anterior_relative", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Bolivian president, who flew to Santiago, met Chile's leader.", "BOL", "CHL", "04"),
    ("The Bolivian foreign minister, who is paying a visit to Chile, praised the accord.", "BOL", "CHL", "04"),
])
def test_a_simple_past_or_progressive_relative_stays_in_the_news(pipeline, text, src, tgt, root) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
