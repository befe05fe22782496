"""ELECTIONEERING (``coding/nonevents.electioneering``): campaigning for votes asks no one for anything;
a campaign for or against something stays an act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import nonevents


@pytest.mark.parametrize(
    "text",
    [
        "Campaigning in Mombasa on the Kenyan coast, the Kenyan opposition leader promised jobs to Kenya's young "
        "people.",
        "The Kenyan opposition leader was campaigning in Mombasa on Kenya's coast on Sunday.",
    ],
)
def test_campaigning_for_votes_is_no_demand(pipeline, monkeypatch, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published="2012-03-01") if e.event_code.startswith("10")]
    monkeypatch.setattr(nonevents, "electioneering", lambda trigger: False)
    assert [e for e in pipeline.code_text(text, published="2012-03-01") if e.event_code.startswith("10")], text


def test_a_campaign_against_someone_stays(pipeline) -> None:
    events = pipeline.code_text("Kenyan activists campaigned against the Ugandan dam on the Nile.",
                                published="2012-03-01")
    assert [e for e in events if e.source_code.startswith("KEN") and e.target_code.startswith("UGA")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana's ruling party opened its election campaign in Accra.", True),
    ("The presidential campaign entered its last week.", True),
    ("The group widened its campaign against the cabinet.", False),
])
def test_an_election_campaign_noun_is_electioneering(pipeline, text: str, expected: bool) -> None:
    doc = pipeline.nlp(text)
    noun = next(t for t in doc if t.lower_ == "campaign")
    assert nonevents.electioneering(noun) is expected
