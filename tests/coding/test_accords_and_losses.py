"""Whom praise of an accord, sympathy for a loss and a condemned blast near a mission are toward, with
sentences written for these tests, each coded with the class switched off:

- WELCOMED ACCORD (``roles.welcomed_accord_parties``): "welcomed the deal reached between A and B" is
  praise toward A and B;
- CONDOLED LOSS (``roles.condoled_loss``): sympathy "over the passing of B's leader" or "to relatives
  of B's soldiers" is toward B, unless someone is addressed ("condolences to C");
- a blast condemned "near" or "outside" a mission harmed the mission's state (``roles.VICTIM_PREPS``).
"""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find

PUB = "2010-05-05"


@pytest.mark.parametrize(("text", "src", "parties"), [
    ("Ghana welcomed the truce signed between Mali and Niger.", "GHA", ("MLI", "NER")),
    ("Norway hailed the accord between Sudan and Chad.", "NOR", ("SDN", "TCD")),
])
def test_praise_of_an_accord_is_toward_its_parties(pipeline, monkeypatch, text, src, parties) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert all(find(events, src, p, "051") for p in parties), [
        (e.source_code, e.target_code, e.event_code) for e in events]
    monkeypatch.setattr(roles, "welcomed_accord_parties", lambda verb, actors: [])
    assert not all(find(pipeline.code_text(text, published=PUB), src, p, "051") for p in parties), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Chile expressed sorrow over the passing of Peru's longtime president.", "CHL", "PER"),
    ("Kenya sent its sympathy to relatives of Ugandan soldiers killed in the crash.", "KEN", "UGA"),
])
def test_sympathy_for_a_loss_is_toward_the_state_that_lost(pipeline, monkeypatch, text, src, tgt) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "018"), text
    monkeypatch.setattr(roles, "condoled_loss", lambda verb, noun, actors: [])
    monkeypatch.setattr(roles, "feeling_occasion", lambda noun, verb, code, actors: [])  # the later fallback
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "018"), text


def test_sympathy_addressed_to_someone_stays_theirs(pipeline) -> None:
    events = pipeline.code_text("Ghana sent condolences to Togo over the deaths of Malian pilgrims.", published=PUB)
    assert find(events, "GHA", "TGO", "018") and not find(events, "GHA", "MLI", "018")


@pytest.mark.parametrize("text", [
    "Peru condemned the car bomb explosion near the Chilean embassy in Lima.",
    "Kenya condemned the bombing outside the Ugandan embassy in Nairobi.",
])
def test_a_blast_near_a_mission_harmed_its_state(pipeline, monkeypatch, text: str) -> None:
    src, tgt = ("PER", "CHL") if text.startswith("Peru") else ("KEN", "UGA")
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "018"), text
    monkeypatch.setattr(roles, "VICTIM_PREPS", ("on", "against", "of", "at", "targeting"))
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "018"), text
