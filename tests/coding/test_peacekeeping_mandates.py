"""Prolonging the mandate of a peacekeeping or protection force (extend/renew/prolong x mandate of a
mission, force or operation) is providing military protection (CAMEO 074; 0334 when still expected);
the mandate of a commission or an envoy is not. Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2023-01-17"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The UN Security Council extended the mandate of its peacekeeping mission in Liberia.", "074"),
        ("The UN Security Council on Friday renewed the mandate of the protection force in Liberia.", "074"),
        ("The UN Security Council is expected to prolong the mandate of the peace operation in Liberia.", "0334"),
    ],
)
def test_a_prolonged_peacekeeping_mandate_is_protection(text: str, code: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "IGOUNO", "LBR", code), _show(events)


def test_another_mandate_is_no_protection(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The UN Security Council extended the mandate of its envoy to Liberia.", published=PUB)
    assert not find(events, "", "", "074") and not find(events, "", "", "0334"), _show(events)
