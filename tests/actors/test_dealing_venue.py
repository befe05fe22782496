"""DEALING VENUE and DEALING GOVERNMENT: rebels, an opposition or a union named without a country that a
government signs with, negotiates with or meets are that government's own, and the place where they
deal is a venue, often in a third country, not the side's country."""

from __future__ import annotations

import pytest

from realpolitik.actors import grouping
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2006-05-10"


@pytest.mark.parametrize(
    ("text", "gov", "side", "root"),
    [
        ("The Ugandan government signed a truce with a rebel group in Nairobi.", "UGAGOV", "UGAREB", "05"),
        ("The Ugandan government will resume negotiations with the rebels in Juba next week.", "UGAGOV", "UGAREB",
         "03"),
        ("Sri Lankan officials met rebel leaders in Geneva on Friday.", "LKAGOV", "LKAREB", "04"),
        ("The Chadian government reached a deal with the opposition in Tripoli.", "TCDGOV", "TCDOPP", "05"),
        ("The Philippine government agreed with Muslim rebels in Kuala Lumpur to extend the truce.", "PHLGOV",
         "PHLREB", "03"),
    ],
)
def test_a_countryless_side_belongs_to_the_government_it_deals_with(
        text: str, gov: str, side: str, root: str, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, gov, side, root) and find(events, side, gov, root), codes(events)
    monkeypatch.setattr(grouping, "DEALING_VERBS", frozenset())
    monkeypatch.setattr(grouping, "DEALING_NOUNS", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), gov, side, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("UN envoys met rebels in Darfur.", "IGO", "SDNREB"),  # no government deals with them: the place holds
        ("Ethiopian troops fought Islamist militias in Somalia.", "ETHMIL", "SOMREB"),  # fighting is no dealing
    ],
)
def test_the_place_still_gives_a_side_no_government_deals_with(text: str, src: str, tgt: str,
                                                               pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, ""), codes(events)


def test_the_dealing_verb_may_take_its_subject_from_the_verb_it_completes(pipeline: Pipeline,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Nepalese premier vowed to intensify his dialogue with the rebels in New Delhi."
    assert find(pipeline.code_text(text, published=DATE), "NPLGOV", "NPLREB", "03")
    monkeypatch.setattr(grouping, "DEALING_NOUNS", frozenset())
    assert find(pipeline.code_text(text, published=DATE), "NPLGOV", "INDREB", "03")
