"""ASKED QUESTION (coding/asked_questions.py): "Asked whether ..., the minister said ..." reports a
question put to the speaker, not an appeal by the speaker; a stated asker or a real request stays.

Sentences written for these tests; the dropped ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Asked whether Chile would sign the treaty, the Peruvian minister said no decision had been taken.",
         "PER", "CHL"),
        ("When asked if Brazil would send troops, the Argentine envoy declined to comment.", "ARG", "BRA"),
    ],
)
def test_a_question_put_to_the_speaker_is_no_appeal(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "02"), text
    monkeypatch.setattr(nonevents, "asked_question", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "02"), text


def test_a_request_is_still_an_appeal(pipeline) -> None:
    events = pipeline.code_text("The Mexican president asked Guatemala to close its border.", published=PUB)
    assert find(events, "MEX", "GTM", "02")
