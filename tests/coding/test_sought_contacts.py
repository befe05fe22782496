"""Reaching out for something is one side's act (coding/sought_contacts.py): "contacted Interpol to
trace a banker", "approached the UN for help" are the contacter's 04 toward the one reached, not
back; a contact about a matter stays two-sided; what one side is ready or keen to do is its intent
alone (ONE-SIDED WILLINGNESS).

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

SOUGHT = [
    ("The Pakistani government has been contacting Interpol to find the fugitive banker.", "PAK", "IGO"),
    ("Nepal has approached the United Nations for help in monitoring the ceasefire.", "NPL", "IGO"),
    ("The Ugandan army contacted the Congolese authorities to arrange the handover of the prisoners.", "UGA", "COD"),
    ("The Peruvian foreign minister contacted his Chilean counterpart and urged him to reopen the border.",
     "PER", "CHL"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), SOUGHT)
def test_a_sought_contact_is_the_contacter_s_act(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "04"), text
    assert not find(events, tgt, src, "04"), text
    monkeypatch.setattr(extract, "sought_contact", lambda trigger: False)
    assert find(pipeline.code_text(text, published=PUB), tgt, src, "04"), text


def test_a_contact_about_a_matter_stays_two_sided(pipeline) -> None:
    text = "The Brazilian foreign minister contacted his Bolivian counterpart about the gas dispute."
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "BRA", "BOL", "04") and find(events, "BOL", "BRA", "04"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Thai premier is keen to visit Laos.", "THA", "LAO"),
    ("The Kenyan president looks forward to meeting the Somali leader.", "KEN", "SOM"),
    ("Iran said it was ready to resume talks with the European Union.", "IRN", "IGOEUREEC"),
    ("The Chilean minister stressed his readiness to meet the Bolivian foreign minister.", "CHL", "BOL"),
])
def test_one_sided_willingness_is_not_coded_back(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """ONE-SIDED WILLINGNESS (``sought_contacts.willing_side``): the willing side's intent to meet (036)
    is coded; the other side said nothing, so nothing comes back from it, as it did with the class
    switched off."""
    events = pipeline.code_text(text, published="2024-03-01")
    assert find(events, src, tgt, "036") and not find(events, tgt, src, "036"), text
    monkeypatch.setattr(extract, "willing_side", lambda trigger: False)
    assert find(pipeline.code_text(text, published="2024-03-01"), tgt, src, "036"), text


@pytest.mark.parametrize("text", [
    "The Thai premier will visit Laos next week.",
    "The Thai and Lao premiers are ready to meet.",
])
def test_planned_or_shared_meetings_stay_two_sided(pipeline, text: str) -> None:
    """A scheduled visit, or a meeting both sides are ready for, is the intent of both."""
    events = pipeline.code_text(text, published="2024-03-01")
    assert find(events, "THA", "LAO", "036") and find(events, "LAO", "THA", "036"), text
