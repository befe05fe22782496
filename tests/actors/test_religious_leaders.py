"""Class HEAD OF A FAITH (``actors/data/curated/people.jsonl`` and ``institutions.jsonl``): the pope is
the Holy See's head (VAT + GOV), by name for the years of his reign and by his title ("the pope",
"the pontiff") at any date; the Dalai Lama is the Tibetan Buddhist leader (CHN + BUD, the religion
code the te3dev guidelines give religious leaders). Before, none of them was an actor, so a papal
visit or a pontiff's praise coded nothing. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.pipeline import Pipeline
from tests.actors.conftest import codes
from tests.coding.helpers import find

Parse = Callable[..., Doc]


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


@pytest.mark.parametrize(("text", "when", "word", "code"), [
    ("Pope John Paul II blessed the pilgrims from a balcony.", date(1999, 5, 2), "john paul", "VATGOV"),
    ("Pope Benedict XVI wrote to the bishops of Ireland.", date(2010, 3, 20), "benedict", "VATGOV"),
    ("Pope Francis will spend three days in Iraq.", date(2021, 3, 1), "francis", "VATGOV"),
    ("The pontiff spoke of hunger and of drought.", date(2016, 6, 1), "pontiff", "VATGOV"),
    ("Thousands waited for the pope in the rain.", date(1987, 9, 1), "pope", "VATGOV"),
    ("The Dalai Lama spoke to students in Dharamsala.", date(2009, 4, 1), "dalai", "CHNBUD"),
])
def test_a_head_of_a_faith_is_an_actor(parse: Parse, text: str, when: date, word: str, code: str) -> None:
    assert _of(parse(text, when), word) == [code]


def test_a_pope_named_outside_his_reign_is_no_head_of_state(parse: Parse) -> None:
    """A dated role: the name stands for the Holy See's head only while he reigns."""
    assert _of(parse("Pope Benedict XVI wrote to the bishops of Ireland.", date(2019, 3, 20)), "benedict") != [
        "VATGOV"]


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Pope Benedict XVI landed in Beirut on Friday, starting his visit to Lebanon.", "VAT", "LBN", "042"),
    ("The pontiff praised Jordan's king for sheltering refugees.", "VAT", "JOR", "051"),
    ("The Indian prime minister met the Dalai Lama in New Delhi on Monday.", "IND", "CHN", "040"),
])
def test_acts_of_a_head_of_a_faith_are_coded(pipeline: Pipeline, text: str, src: str, tgt: str, root: str) -> None:
    assert find(pipeline.code_text(text, published="2012-09-16"), src, tgt, root), text


def test_only_a_name_spelt_in_lower_case_needs_no_capital(parse: Parse) -> None:
    """LOWER-CASE TITLE (``matcher``): "the pope" is written in lower case in the dictionary and so in
    news; a state's name still needs its capital ("turkey" the bird is no state)."""
    doc = parse("The crowd cheered the pope while the cooks roasted turkey and chicken.", date(2010, 5, 1))
    assert codes(doc) == {"the pope": ["VATGOV"]}
