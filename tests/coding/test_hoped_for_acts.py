"""HOPED-FOR ACT (``coding/modality.WISH_WORDS``): what someone hopes or wishes others will do ("voiced the hope
that both sides would talk") is a wish about them, not their plan or act, so it is not asserted; the hope
itself may still be an optimistic comment (013). Also ANTICIPATED ACT ("looks forward to visiting X",
"is keen to visit X") and FUTURE COPULA ("her visit to X will be her second this year"): acts still ahead.
Sentences written for these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import modality
from tests.coding.helpers import find, find_asserted

PUB = "2007-02-08"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Kenyan president expressed hope that Uganda and Tanzania sign the accord soon.", "UGA", "TZA", "0"),
    ("Ghana's leader voiced the hope that Togo and Benin hold regular talks on the border.", "TGO", "BEN", "0"),
])
def test_a_hoped_for_act_of_others_is_not_asserted(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                                   root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root) and not find_asserted(events, src, tgt, root), events
    monkeypatch.setattr(modality, "WISH_WORDS", frozenset())
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root)


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Ghanaian president said he looked forward to visiting Togo.", "GHAGOV", "TGO"),
    ("Ghana's foreign minister is looking forward to meeting his Togolese counterpart.", "GHAGOV", "TGOGOV"),
    ("The Ghanaian president said he looks forward to his visit to Togo.", "GHAGOV", "TGO"),
    ("The Ghanaian president is keen to visit Togo.", "GHAGOV", "TGO"),
])
def test_an_anticipated_act_is_intended(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """ANTICIPATED ACT: what one "looks forward to" or is "keen to" do is not done yet: intent to meet (036)."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "036") and not find(events, src, tgt, "042"), events
    monkeypatch.setattr(modality, "looked_forward", lambda tok: False)
    monkeypatch.setattr(modality, "INTENT_HEADS", modality.INTENT_HEADS - {"keen"})
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "04")


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Ghanaian president's visit to Togo will be his second this year.", "GHAGOV", "TGO"),
    ("The Ghanaian president's visit to Togo would be a major step, the spokesman said.", "GHAGOV", "TGO"),
])
def test_an_event_noun_under_a_modal_copula_lies_ahead(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """FUTURE COPULA: what a modal copula says of an event noun lies ahead, so the act does too."""
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "042"), text
    monkeypatch.setattr(modality, "_future_copula_subject", lambda tok: False)
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "042"), text


def test_an_event_noun_under_a_past_copula_is_done(pipeline) -> None:
    events = pipeline.code_text("The Ghanaian president's visit to Togo was not a success.", published=PUB)
    assert find_asserted(events, "GHAGOV", "TGO", "042"), events
