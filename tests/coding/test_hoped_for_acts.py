"""HOPED-FOR ACT (``coding/modality.WISH_WORDS``): what someone hopes or wishes others will do ("voiced the hope
that both sides would talk") is a wish about them, not their plan or act, so it is not asserted; the hope
itself may still be an optimistic comment (013). Sentences written for these tests, each also coded with
the class switched off."""

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
