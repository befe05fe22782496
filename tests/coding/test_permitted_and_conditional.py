"""PERMITTED ACT (``modality.permitted_act``): what someone won or was given leave to do is not done yet.
FOR-TO INFINITIVE (``modality.for_to_infinitive``): "the best way for A to help B" reports no act.
CONDITIONAL REFUSAL (``refusals.read_refusal``): a refusal told as the condition of another act ("unless
Minsk signs") is only supposed. Sentences written for these tests; each is also coded with the class
switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.refusals as refusals
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2006-11-01"


@pytest.mark.parametrize("text", [
    "Serbia has now secured the green light to open its membership talks with the European Union.",
    "Albania finally got the nod to open accession talks with the European Union.",
])
def test_leave_to_act_is_not_the_act(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code[:3] == "046"], events
    monkeypatch.setattr(extract, "permitted_act", lambda trigger: False)
    assert [e for e in pipeline.code_text(text, published=PUB) if e.event_code[:3] == "046"]


@pytest.mark.parametrize("text", [
    "The Gazprom chief said supplies to Belarus could be halted if Minsk did not approve the firm's terms.",
    "Deliveries could end on Monday if Minsk did not approve the company's new price, the Gazprom chairman said.",
])
def test_a_refusal_set_as_a_condition_is_only_supposed(pipeline, monkeypatch, text: str) -> None:
    switch_off = (refusals, "conditional", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, "BLR", "", "12", PUB)


def test_a_refusal_told_as_done_staysfind_asserted(pipeline) -> None:
    text = "Minsk did not approve the firm's terms, the Gazprom chief said."
    assert find_asserted(pipeline.code_text(text, published=PUB), "BLR", "", "12")


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("The real benefit for Havana to invite the Pope lies abroad.", "CUB", "VAT", "04"),
    ("The best way for Kenya to help Somalia is to send food.", "KEN", "SOM", "07"),
])
def test_a_for_to_infinitive_is_no_reported_act(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                                root: str) -> None:
    """FOR-TO INFINITIVE (``modality.for_to_infinitive``): "for X to V" tells what would be good or possible."""
    switch_off = (extract, "for_to_infinitive", lambda trigger: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


def test_an_appeal_for_someone_to_act_stays_an_appeal(pipeline) -> None:
    events = pipeline.code_text("The Kenyan leader called for Uganda to free the prisoners.", published=PUB)
    assert find_asserted(events, "KEN", "UGA", "02")


def test_leave_given_with_no_recipient_is_the_giver_s_decision(pipeline) -> None:
    """PERMITTED ACT stops at leave one gives oneself: "gave its nod to resume imports" is the act."""
    events = pipeline.code_text("Seoul gave its final nod to resume imports of Canadian pork.", published=PUB)
    assert find_asserted(events, "KOR", "CAN", "08"), events
