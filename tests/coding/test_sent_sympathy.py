"""Class SENT WORDS OF SYMPATHY: condolences or sympathy that are sent, conveyed, offered or passed on
to someone are an empathetic comment (CAMEO 018), and congratulations so delivered are praise (051);
the carrying verb ("send", "offer") adds no act of its own (sentences written for this test)."""

from __future__ import annotations

import pytest

from realpolitik.coding.compositions import composed_patterns
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2013-05-21"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kenyan president sent his condolences to the Ugandan president after the floods.", "KEN", "UGA"),
        ("Peru's foreign minister relayed the government's condolences to Chile on Sunday.", "PER", "CHL"),
        ("Norway offered its deepest sympathy to Finland over the ferry disaster.", "NOR", "FIN"),
    ],
)
def test_sent_condolences_are_empathetic_comment(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, source, target, "018"), events
    assert not find(events, source, target, "03"), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Austrian chancellor sent warm congratulations to the new Czech prime minister.", "AUT", "CZE"),
        ("Vietnam conveyed its congratulations to Laos on the anniversary.", "VNM", "LAO"),
    ],
)
def test_sent_congratulations_are_praise(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert find(pipeline.code_text(text, published=PUB), source, target, "051")


def test_class_is_composed_from_the_verb_and_object_classes() -> None:
    """Without the class no V+N pattern joins 'send' to 'condolence': the old, event-less reading."""
    keys = {(p.frame, p.lemma, p.noun, p.code) for p in composed_patterns()}
    assert ("V+N", "send", "condolence", "018") in keys
    assert ("V+N", "relay", "sympathy", "018") in keys
    assert ("V+N", "convey", "congratulation", "051") in keys
