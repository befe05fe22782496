"""Class AID CUT OFF (``compositions.tsv``: CUT_AID x AID, ECONOMIC_AID, MILITARY_AID, RELIEF, SUPPLIES):
stopping, freezing or cutting aid, loans, arms or supplies to someone reduces material aid (162 and its
sub-codes). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.coding.helpers import find_asserted

PUB = "2013-07-30"


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("Qatar halted fuel shipments to Lebanon on Sunday.", "QAT", "LBN", "162"),
    ("Sweden froze its military assistance to Mali after the mutiny.", "SWE", "MLI", "1622"),
    ("The Asian Development Bank suspended loans to Nepal.", "IGO", "NPL", "1621"),
    ("Norway reduced its humanitarian assistance to Yemen this year.", "NOR", "YEM", "1623"),
    ("The World Bank will end its lending programme to Laos, and Denmark terminated economic aid to Laos.",
     "DNK", "LAO", "1621"),
    ("Canada scaled back military aid to Niger after the coup.", "CAN", "NER", "1622"),
])
def test_cutting_aid_reduces_material_aid(pipeline, text: str, src: str, tgt: str, code: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, code), text


def test_a_firm_s_halted_shipments_are_no_event(pipeline) -> None:
    assert not pipeline.code_text("The firm halted shipments of its phones to Kenya.", published=PUB)
