"""ACKNOWLEDGED FACT: acknowledging takes responsibility (CAMEO 015) only for what the speaker's own side
did; acknowledging any other fact is a statement, no act toward anyone."""

from __future__ import annotations

import pytest

from realpolitik.coding import reported_claims
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes

DATE = "2006-11-29"


@pytest.mark.parametrize(
    "text",
    [
        "In a speech to Swiss bankers, the German finance minister acknowledged that oil prices had risen for good.",
        "The US president acknowledged to Japanese reporters that the dollar had weakened.",
    ],
)
def test_an_acknowledged_fact_is_no_claim_of_responsibility(text: str, pipeline: Pipeline,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.event_code == "015"], codes(events)
    monkeypatch.setattr(reported_claims, "RESPONSIBILITY", "---")
    assert [e for e in pipeline.code_text(text, published=DATE) if e.event_code == "015"], text


@pytest.mark.parametrize(
    "clause",
    ["that its troops had shelled the village", "that they had fired on the convoy", "that it had erred"],
)
def test_the_speakers_own_deed_is_still_owned(clause: str, nlp) -> None:
    doc = nlp(f"Ruritania acknowledged {clause}.")
    verb = next(t for t in doc if t.lower_ == "acknowledged")
    assert any(reported_claims.own_deed(c) for c in verb.children if c.dep_ == "ccomp")
