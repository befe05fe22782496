"""ORDERED OWN FORCES (``actors/context.commanding_state``) and ORDERED ACT (``coding/modality``), both
reading ``actors/context.COMMANDING_VERBS``: the troops, army or police someone orders or instructs to act,
named without a country, are the commander's own, whatever place the ordered act names; and the act they
are ordered to do is still to be done, not asserted. Sentences written for these tests, in two wordings,
each also run with the class off."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import context
from realpolitik.coding import modality
from realpolitik.model import Article
from tests.coding.helpers import find, find_asserted

PUB = "2013-03-18"


def _codes(pipeline, text: str, word: str) -> list[str]:
    doc = pipeline.nlp(pipeline.make_doc(Article(text=text, published=date.fromisoformat(PUB))))
    return [a.code for s in doc.spans["rp_actors"] if word in s.text for a in s._.rp_actors]


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Turkish premier ordered the army to attack Kurdish rebels in Iraq.", "army", "TURMIL"),
    ("The Kenyan president instructed police to detain Somali militants in Mogadishu.", "police", "KENCOP"),
])
def test_ordered_forces_are_the_commanders(pipeline, monkeypatch, text: str, word: str, code: str) -> None:
    assert _codes(pipeline, text, word) == [code]
    monkeypatch.setattr(context, "commanding_state", lambda doc, m, peers: None)
    assert _codes(pipeline, text, word) != [code]


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The Kenyan president instructed police to detain Somali militants in Mogadishu.", "KENCOP", "SOMREB", "17"),
    ("Peru's president ordered police to arrest Bolivian smugglers.", "PERCOP", "BOLCRM", "17"),
])
def test_an_ordered_act_is_not_asserted(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root) and not find_asserted(events, src, tgt, root)
    monkeypatch.setattr(modality, "COMMANDING_VERBS", frozenset())
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root)
