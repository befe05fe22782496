"""DECIDED ACT (``coding/modality.py``, ``INTENT_NOUNS``): what a decision or a move is to do is decided,
not yet done, as a plan is; the decision itself may still be welcomed or criticised. Sentences written
for these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
from tests.coding.helpers import find, find_asserted

PUB = "2012-09-14"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya's decision to expel two Somali diplomats angered Mogadishu.", "KEN", "SOM", "16"),
        ("A Chilean move to ban Argentine beef imports drew criticism.", "CHL", "ARG", "16"),
    ],
)
def test_the_decided_act_is_not_asserted(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root) and not find_asserted(events, src, tgt, root), [
        (e.source_code, e.target_code, e.event_code, e.modality) for e in events]
    monkeypatch.setattr(modality, "INTENT_NOUNS", modality.INTENT_NOUNS - {"decision", "move"})
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


def test_welcoming_the_decision_stays_asserted(pipeline) -> None:
    events = pipeline.code_text("Ghana welcomed Togo's decision to free the jailed Ghanaian traders.", published=PUB)
    assert find_asserted(events, "GHA", "TGO", "05")
