"""DIPLOMATIC PROTEST (coding/state_protests.py): a state, a government or an international body that
protests complains officially (114); civilians, students and parties who protest keep the 14x
dissent code; PETRARCH conventions keep the verb's row. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find

PUB = "2010-05-05"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Japan has formally protested China's plan to drill in the disputed waters.", "JPN", "CHN"),
        ("The Chilean government protested Peru's new maritime map on Tuesday.", "CHL", "PER"),
    ],
)
def test_a_state_that_protests_complains_officially(pipeline, petrarch_pipeline, text: str, src: str,
                                                     tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "114") and not find(events, src, tgt, "14"), [
        (e.source_code, e.target_code, e.event_code) for e in events]
    assert find(petrarch_pipeline.code_text(text, published=PUB), src, tgt, "14"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Thousands of Chilean students protested against the government in Santiago on Monday.", "CHL", "CHLGOV"),
        ("Peruvian farmers protested Chile's new water rules outside the embassy.", "PER", "CHL"),
    ],
)
def test_people_who_protest_keep_dissent(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "14"), [(e.source_code, e.target_code, e.event_code) for e in events]


def test_a_people_named_by_the_bare_state_code_keeps_dissent(pipeline) -> None:
    """The dictionary gives a people ("Bolivians") the bare state code; they are no government."""
    events = pipeline.code_text("Hundreds of Bolivians protested Chile's new border fence on Sunday.", published=PUB)
    assert find(events, "BOL", "CHL", "14") and not find(events, "BOL", "CHL", "114"), [
        (e.source_code, e.target_code, e.event_code) for e in events]
