"""ACTOR'S OWN INFINITIVE (``roles._find_sources``): an infinitive that modifies an actor noun ranked by an
ordinal, "only" or a superlative has that actor as its doer ("the first Kenyan president to visit Chile"
visits Chile). A noun that is no actor ("a decision by B to ...") keeps its own readings, and a power to
act ("authorities ... the power to seize") is no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find_asserted

DATE = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Mwangi is the first Kenyan president to visit Chile in two decades.", "KEN", "CHL"),
    ("She became the only Peruvian minister to visit Ecuador during the dispute.", "PER", "ECU"),
])
def test_the_actor_noun_of_an_infinitive_is_its_doer(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find_asserted(events, src, tgt, "042"), codes(events)


def test_a_decision_noun_still_takes_its_by_phrase(pipeline: Pipeline) -> None:
    events = pipeline.code_text("A decision by Kenya to expel the Ugandan envoy angered Kampala.", published=DATE)
    assert any(e.source_code.startswith("KEN") and e.target_code.startswith("UGA") for e in events), codes(events)


def test_a_power_to_act_is_no_act(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The new law gives Kenyan authorities the power to seize assets of Ugandan traders.",
                                published=DATE)
    assert not find_asserted(events, "KEN", "UGA", "17"), codes(events)
