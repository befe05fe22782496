"""Mediation named by a participle on the mediated noun: "a Nigerian-brokered truce between Ghana and
Togo", "a ceasefire brokered by Nigeria between Ghana and Togo" — the mediator (hyphen prefix or ``by``
phrase) mediates between the parties of the ``between`` phrase (CAMEO 045). A backing participle
("US-backed forces") describes the noun and stays no event."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2013-05-08"


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        ("A Nigerian-brokered truce between Ghana and Togo collapsed on Monday.", "NGA", ("GHA", "TGO")),
        ("Talks stalled despite an Angolan-mediated accord between Burundi and Rwanda.", "AGO", ("BDI", "RWA")),
        ("A ceasefire brokered by Nigeria between Ghana and Togo took effect on Monday.", "NGA", ("GHA", "TGO")),
    ],
)
def test_the_mediator_of_a_participle_mediates_between_the_noun_parties(
    text: str, mediator: str, parties: tuple[str, str], pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    for party in parties:
        assert find(events, mediator, party, "04"), events


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian-backed Ghanaian troops patrolled the border town.",
        "Saudi-funded schools in Pakistan reopened on Monday.",
    ],
)
def test_a_backing_participle_is_no_mediation(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.event_code[:3] == "045"], events
