"""MOTIVE OF A MEETING (``coding/rules.py``, ``purposed_act``): what a meeting or a trip is for ("met to
coordinate their stand", "flew to the capital to sign a pact") is its motive, not an act of the day; the
meeting or the trip is the news. A purpose of any other act is left to the lexicon and the force rule.
Sentences written for these tests; each is also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.rules as rules

PUB = "2024-03-01"


def _view(events):
    return [(e.source_code[:3], e.target_code[:3], e.event_code, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b", "root", "news"),
    [
        ("The Kenyan and Ugandan leaders met to coordinate their positions on Sudan.", "KEN", "UGA", "05", "04"),
        ("The Ghanaian and Togolese ministers gathered in Lome to confer and harmonise their border rules.",
         "GHA", "TGO", "05", "04"),
        ("The Kenyan president flew to Kampala to sign a border pact with Uganda.", "KEN", "UGA", "05", "04"),
    ],
)
def test_the_purpose_of_a_meeting_or_trip_is_no_act_of_the_day(pipeline, monkeypatch, text: str, a: str, b: str,
                                                               root: str, news: str) -> None:
    events = _view(pipeline.code_text(text, published=PUB))
    assert any(s == a and t == b and c[:2] == news and m == "asserted" for s, t, c, m in events), events
    assert not any(s == a and t == b and c[:2] == root and m == "asserted" for s, t, c, m in events), events
    monkeypatch.setattr(rules, "GATHERING_VERBS", frozenset())
    off = _view(pipeline.code_text(text, published=PUB))
    assert any(s == a and t == b and c[:2] == root and m == "asserted" for s, t, c, m in off), off
