"""PREVENTED ACT (``coding/modality.PREVENTING_VERBS``): what someone is prevented, kept, stopped or deterred
from doing, or refrains from, is not done, so it is not asserted; and the one kept from it is the one who
would have done it (``roles._find_sources``), not the one who prevents. Sentences written for these tests,
in two wordings each, each also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import modality, roles
from tests.coding.helpers import find, find_asserted

PUB = "2015-02-11"

PREVENTED = [
    ("Kenyan police stopped Somali militants from attacking the Ugandan embassy.", "SOMREB", "UGAGOV", "19"),
    ("Chadian troops kept Sudanese rebels from shelling the Libyan consulate on Monday.", "SDNREB", "LBYGOV", "19"),
]


@pytest.mark.parametrize(("text", "src", "tgt", "root"), PREVENTED)
def test_a_prevented_act_is_not_asserted(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, root) and not find_asserted(events, src, tgt, root), events
    monkeypatch.setattr(modality, "PREVENTING_VERBS", frozenset())
    monkeypatch.setattr(roles, "PREVENTING_VERBS", frozenset())
    off = pipeline.code_text(text, published=PUB)
    assert not find(off, src, tgt, root)  # with the class off, the one who prevents is read as the doer


@pytest.mark.parametrize("text", [
    "Egyptian border guards tried to prevent gunmen from firing rockets at Israel.",
    "Jordanian police deployed to deter protesters from storming the Israeli embassy.",
])
def test_the_preventer_does_not_do_the_prevented_act(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.source_code[:3] in ("EGY", "JOR") and e.modality == "asserted"
                and e.event_code[:2] in ("17", "18", "19")], [(e.source_code, e.target_code, e.event_code)
                                                             for e in events]
