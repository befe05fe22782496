"""REINFORCING IS NO COERCION (curated row for a bare "reinforce"): strengthening a position, a policy or a
tie coerces no one; reinforcing troops is still a show of force. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Russia reinforced the position of Serbia in the talks.",
        "France will reinforce the cohesion of Europe's policies.",
    ],
)
def test_reinforcing_a_thing_is_no_coercion(pipeline, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.root_code in ("13", "17")]


def test_reinforcing_troops_is_still_military_force(pipeline) -> None:
    events = pipeline.code_text("Mali reinforced its troops along the border with Niger.", published=PUB)
    assert any(e.source_code.startswith("MLI") and e.root_code == "15" for e in events)
