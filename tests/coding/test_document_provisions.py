"""A document's provisions (coding/provisions.py): what a programme, accord or law provides for,
commits to or allows is no act done on the day; the document's own speech acts are left alone.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find_asserted

PUB = "2024-06-10"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The accord allows Kenyan officials to inspect Ugandan farms.", "KEN", "UGA", "09"),
        ("Their new pact, which commits Portugal to defend Spain, was signed in Lisbon.", "PRT", "ESP", "03"),
        ("The programme provides for Chilean engineers to train Bolivian technicians.", "CHL", "BOL", "0"),
    ],
)
def test_a_provision_is_not_an_act_done(pipeline, monkeypatch, text, src, tgt, root) -> None:
    """"provides for X to V" is also a FOR-TO INFINITIVE (``modality.for_to_infinitive``), which says the same;
    both are switched off to see the act the clause names."""
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(extract, "provided_act", lambda trigger: False)
    monkeypatch.setattr(extract, "for_to_infinitive", lambda trigger: False)
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


def test_the_hosting_body_still_acts(pipeline) -> None:
    text = "Kenyan officials inspected Ugandan farms on Tuesday under the accord."
    assert find_asserted(pipeline.code_text(text, published=PUB), "KEN", "UGA", "09"), text


def test_a_protest_amid_which_a_law_passed_is_real(pipeline) -> None:
    text = "MPs passed a bill allowing the troops to stay, amid protests by Filipino students against the cabinet."
    assert find_asserted(pipeline.code_text(text, published=PUB), "PHL", "PHL", "14"), text
