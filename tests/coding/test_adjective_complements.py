"""Two classes of the act told through an adjective, with sentences written for these tests:

- ADJECTIVE COMPLEMENT (``coding/modality.CLIMB`` holds ``acomp``): the negation, modal or condition on
  the copula bears on the act the adjective governs: "are not able to attack", "is not interested
  in invading";
- WILLINGNESS (``coding/modality.INTENT_HEADS``: happy, glad): "would be happy to withdraw" offers the
  act; "was happy to meet them" tells a meeting that took place.
"""

from __future__ import annotations

import pytest

from realpolitik.coding import modality
from tests.coding.helpers import find, find_asserted

PUB = "2011-06-01"


@pytest.mark.parametrize(("text", "src", "tgt", "root", "modal"), [
    ("Kenya insists Somali insurgents are not able to attack Nairobi.", "SOM", "KEN", "", "negated"),
    ("Ethiopia's premier is not interested in invading Eritrea, his spokesman insisted.", "ETH", "ERI", "", "negated"),
])
def test_the_copula_marks_bear_on_the_adjectives_act(pipeline, monkeypatch, text, src, tgt, root, modal) -> None:
    events = find(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert events and all(e.modality == modal for e in events), [(e.event_code, e.modality) for e in events]
    monkeypatch.setattr(modality, "CLIMB", modality.CLIMB - {"acomp"})
    monkeypatch.setattr(modality, "stated_ability", lambda chain: None)  # "not able to" is also STATED ABILITY
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize("text", [
    "Ghana would be happy to withdraw its soldiers from Togo.",
    "Ghana is glad to send aid to Togo.",
])
def test_willingness_offers_the_act(pipeline, text: str) -> None:
    events = find(pipeline.code_text(text, published=PUB), "GHA", "TGO", "")
    assert events and not [e for e in events if e.modality == "asserted" and not e.event_code.startswith("03")], [
        (e.event_code, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    "The Ghanaian president was happy to meet Togo's leader on Monday.",
    "Ghana's foreign minister was glad to meet the Togolese premier in Lome.",
])
def test_gladness_in_the_past_tells_the_act(pipeline, text: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "GHA", "TGO", "04"), text
