"""Signing an agreement is the agreement (057), whatever compound names its topic
(coding/signing.py): CAMEO.2.0 codes a signed trade or oil accord as an intent to cooperate (0311)
and a defence pact as 0312, and gives the partner's side that intent too; both sides sign (057). A
signing still planned stays an intent (03).

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Peru and Chile signed a free trade agreement on Tuesday.", "PER", "CHL"),
        ("Kenya signed a defence pact with Uganda.", "KEN", "UGA"),
        ("Brazil signed an oil agreement with Angola.", "BRA", "AGO"),
        ("Ghana signed a trade pact with Benin on Monday.", "GHA", "BEN"),
    ],
)
def test_a_signed_topical_agreement_is_057(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "057"), text
    assert not find(events, src, tgt, "03") and not find(events, src, tgt, "06"), text
    assert find(events, tgt, src, "057") and not find(events, tgt, src, "03"), text  # the partner signs too
    monkeypatch.setattr(extract, "signed_agreement_code", lambda *args: None)
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "057"), text


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile will sign a free trade agreement next month.",
        "Kenya is expected to sign a defence pact with Uganda in June.",
    ],
)
def test_a_planned_signing_stays_an_intent(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code.startswith("03") and e.modality == "asserted"], text
    assert not [e for e in events if e.event_code == "057" and e.modality == "asserted"], text


def test_signing_something_else_keeps_its_code(pipeline) -> None:
    text = "Norway signed a petition to Sweden demanding the release of the fishermen."
    assert not find(pipeline.code_text(text, published=PUB), "NOR", "SWE", "057")


@pytest.mark.parametrize("text", [
    "Syria and Jordan signed a memo on water sharing.",
    "Peru and Ecuador signed an MOU on border trade on Friday.",
])
def test_a_clipped_memorandum_is_a_treaty(pipeline, text: str) -> None:
    """"memo" and "MOU" are the memorandum's short forms, in the composed TREATY object class."""
    events = pipeline.code_text(text, published=PUB)
    assert find(events, text.split()[0][:3].upper(), "", "057"), events
