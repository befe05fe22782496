"""HEADLINE FUTURE (``modality.headline_infinitive``): a headline with no finite verb, its act a
to-infinitive ("EU envoy to tour Serbia in the spring", "Ghana to sign trade pact with Togo"), announces a
plan: the act is not asserted as done (a planned meeting is the intent to meet, 036), while a finite
sentence keeps its act.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.coding.helpers import find, find_asserted

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "done", "planned"),
    [
        ("EU envoy to tour Serbia in the spring", "IGOEUREEC", "SRB", "042", "036"),
        ("Kenyan president to visit Uganda next week", "KEN", "UGA", "042", "036"),
        ("Ghana to sign trade pact with Togo", "GHA", "TGO", "057", "03"),
    ],
)
def test_a_headline_infinitive_is_a_plan(pipeline, text: str, src: str, tgt: str, done: str, planned: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, planned), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find_asserted(events, src, tgt, done)


def test_a_finite_sentence_keeps_its_act(pipeline) -> None:
    events = pipeline.code_text("Kenya's president visited Uganda.", published=PUB)
    assert find(events, "KEN", "UGA", "042")
