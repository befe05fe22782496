"""A failed attempt is no refusal (coding/failed_attempts.py): "failed to persuade Y" or "tried but
failed to set up a summit" tell of an effort that did not succeed; "failed to implement the accord"
is still non-compliance, a rejection.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.refusals as refusals
from tests.coding.helpers import find

PUB = "2024-03-01"


def rejections(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_code[:2] == "12" and e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "Sweden failed to sway Finland's policy on the treaty.",
        "The Kenyan president has failed to persuade Uganda to reopen the border.",
        "Egypt tried but failed to set up a summit between Ethiopia and Sudan.",
    ],
)
def test_a_failed_effort_rejects_nothing(pipeline, text: str) -> None:
    assert not rejections(pipeline.code_text(text, published=PUB)), text


def test_without_the_class_the_failed_effort_was_a_rejection(pipeline, monkeypatch) -> None:
    text = "Sweden failed to sway Finland's policy on the treaty."
    monkeypatch.setattr(extract, "failed_effort", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), "SWE", "FIN", "12"), text


def test_without_the_class_the_failed_arrangement_was_refused(pipeline, monkeypatch) -> None:
    text = "Egypt tried but failed to set up a summit between Ethiopia and Sudan."
    monkeypatch.setattr(refusals, "failed_attempt", lambda trigger, head: False)
    assert rejections(pipeline.code_text(text, published=PUB)), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Turkey has failed to implement its accord with Greece.", "TUR", "GRC"),
        ("Iran failed to comply with the IAEA resolution.", "IRN", "IGO"),
    ],
)
def test_failing_an_obligation_is_still_a_rejection(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(rejections(pipeline.code_text(text, published=PUB)), src, tgt, "12"), text
