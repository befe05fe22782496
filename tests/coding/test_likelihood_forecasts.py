"""A forecast is not an act (modality.LIKELIHOOD_PREDICATES): "X is likely to ask Y", "X is unlikely
to recognise Y" tell what the writer expects, so the act is hypothetical, never asserted.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya is likely to ask Uganda for help next week.", "KEN", "UGA"),
        ("Ghana is unlikely to recognise Togo's new government.", "GHA", "TGO"),
        ("Analysts say Chile is likely to expel the Peruvian ambassador soon.", "CHL", "PER"),
    ],
)
def test_a_forecast_act_is_hypothetical(pipeline, text: str, src: str, tgt: str) -> None:
    hits = find(pipeline.code_text(text, published=PUB), src, tgt, "")
    assert hits and all(e.modality == "hypothetical" for e in hits), text


def test_without_the_class_the_forecast_was_asserted(pipeline, monkeypatch) -> None:
    text = "Kenya is likely to ask Uganda for help next week."
    monkeypatch.setattr(modality, "LIKELIHOOD_PREDICATES", frozenset())
    assert [e for e in find(pipeline.code_text(text, published=PUB), "KEN", "UGA", "") if e.modality == "asserted"]


def test_a_likely_consequence_leaves_the_act_asserted(pipeline) -> None:
    text = "Kenya asked Uganda for help, which is likely to anger Sudan."
    assert [e for e in find(pipeline.code_text(text, published=PUB), "KEN", "UGA", "02") if e.modality == "asserted"]
