"""Classes RELATION'S PARTNER (``roles.tie_partners``) and IMPORTANCE ATTACHED (curated rp-3549): valuing
one's ties with B ("cherishes its friendship with B"), or attaching importance to them, is a comment
toward B (051, 013). Acts of other kinds on a relation, and ties owned by a named third party, keep
their own reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find, find_asserted

PUB = "2014-02-11"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Laos values its long friendship with Vietnam, the Lao premier said.", "LAO", "VNM", "05"),
    ("Kazakhstan attaches particular importance to its ties with Turkey, the minister said.", "KAZ", "TUR", "01"),
    ("Oman attached much importance to its partnership with India, its envoy told reporters.", "OMN", "IND", "01"),
])
def test_valuing_ties_is_toward_the_partner(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(roles, "tie_partners", lambda thing, actors: [])
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, root), text


def test_recognising_a_relation_is_no_recognition(pipeline) -> None:
    events = pipeline.code_text("The Malawian president recognised the fruitful cooperation between Malawi and Japan.",
                                published=PUB)
    assert not find(events, "MWI", "JPN", "054"), events
