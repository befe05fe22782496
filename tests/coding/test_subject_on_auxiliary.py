"""SUBJECT HUNG ON THE AUXILIARY (``frames.subject_token``): in a reported clause the parser may attach the
subject to the auxiliary rather than the participle ("the envoy said Chile was opposed to ..."); the
participle's subject is then the auxiliary's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import frames
from tests.coding.helpers import codes, find_asserted

PUB = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Lopez noted that Washington was opposed to Venezuela's arms purchases.", "USA", "VEN"),
    ("Diaz said Chile was opposed to Bolivia's demand for a port.", "CHL", "BOL"),
])
def test_a_subject_on_the_auxiliary_is_the_participles(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "11"), codes(events)


def test_the_rule_reads_the_auxiliarys_subject(pipeline) -> None:
    doc = pipeline.nlp("Lopez noted that Washington was opposed to Venezuela's arms purchases.")
    verb = next(t for t in doc if t.lower_ == "opposed")
    subject = frames.subject_token(verb)
    assert subject is not None and subject.text == "Washington"
