"""RELATION NOUN (coding/roles.standing_relation): "cooperation" standing alone names how parties
stand with each other, not something one of them did; a verb that makes it an act still codes it.

Sentences written for these tests; the dropped ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Cooperation between Chile and Peru has grown steadily over the past decade.", "CHL", "PER"),
        ("The minister praised the fruitful cooperation between Ghana and Togo.", "GHA", "TGO"),
    ],
)
def test_a_relation_noun_alone_is_no_event(pipeline, monkeypatch, text: str, a: str, b: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), a, b, "05"), text
    monkeypatch.setattr(roles, "RELATION_NOUNS", frozenset())
    assert find(pipeline.code_text(text, published=PUB), a, b, "05"), text


@pytest.mark.parametrize(
    ("text", "a", "b", "root"),
    [
        ("Chile and Peru pledged to broaden their fisheries cooperation.", "CHL", "PER", "03"),
        ("Norway offered its cooperation to Iceland in the inquiry.", "NOR", "ISL", "03"),
        ("At their meeting, Chile and Peru decided to deepen cooperation on mining.", "CHL", "PER", "04"),
    ],
)
def test_a_verb_that_makes_cooperation_an_act_still_codes_it(pipeline, text: str, a: str, b: str,
                                                              root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), a, b, root), text
