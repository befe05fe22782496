"""STATED NEED (coding/nonevents.stated_need): "X needs Y" states what X lacks; it is no demand or
appeal toward anyone, though CAMEO.2.0 lists NEED with the demand and appeal verbs. A real demand or
appeal in the same words stays.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.nonevents as nonevents
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The Kenyan government needs more investment from China.", "KEN", "CHN", "10"),
        ("Kenya needs Uganda's support to win the seat.", "KEN", "UGA", "02"),
    ],
)
def test_a_need_is_no_demand(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(nonevents, "stated_need", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya demanded more investment from China.", "KEN", "CHN", "10"),
        ("The Kenyan president urged Uganda to support its bid for the seat.", "KEN", "UGA", "02"),
    ],
)
def test_a_demand_or_appeal_stays(pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, root), text
