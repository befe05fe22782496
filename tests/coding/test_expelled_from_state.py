"""Class EXPELLED FROM A STATE: in an agentless passive expulsion ("were expelled from B", "were
deported from B") the state named by ``from`` expels and the expelled are the target; a ``from``
phrase that names no state gives no source (sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.coding import expulsions
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2016-04-19"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Four Iranian diplomats were expelled from Azerbaijan after the embassy row.", "AZE", "IRN"),
        ("Two Bolivian reporters were deported from Paraguay on Thursday.", "PRY", "BOL"),
        ("Three Georgian nationals have been expelled from Armenia.", "ARM", "GEO"),
    ],
)
def test_the_from_state_expels(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, "1"), events
    assert not find(events, target, source, ""), events


def test_a_from_phrase_without_a_state_gives_no_source(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Bolivian senator was expelled from the ruling party.", published=PUB)
    assert not [e for e in events if e.source_code and e.target_code and e.source_code[:3] != e.target_code[:3]]


def test_switched_off_the_agentless_passive_has_no_source(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(expulsions, "EXPULSION_VERBS", frozenset())
    text = "Two Bolivian reporters were deported from Paraguay on Thursday."
    assert not find(pipeline.code_text(text, published=PUB), "PRY", "BOL", "1")


def test_a_party_expelling_a_member_is_no_state(pipeline: Pipeline) -> None:
    text = "The Bolivian deputy was expelled from the Movement for Socialism on Friday."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("17") and e.source_code], events
