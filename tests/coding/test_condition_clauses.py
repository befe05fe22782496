"""CONDITION CLAUSE (``coding/modality._stated_condition``, ``_after_condition_word``): what a clause
sets as a condition with "provided (that)", "providing (that)", "as long as", "so long as" or "on
condition that" must happen first; it has not happened, so it is hypothetical. "Provided" as a verb of
supplying ("Brazil provided Bolivia with arms", "aid provided by Brazil") is no condition. Sentences
written for these tests, the conditions also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import modality
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2010-05-05"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Oman will reopen the border as long as Yemen expels the Saudi envoy.", "YEM", "SAU", "17"),
    ("Oman will reopen the border so long as Yemen expels the Saudi envoy.", "YEM", "SAU", "17"),
    ("Oman reopened the border on Monday on condition that Yemen expel the Saudi envoy.", "YEM", "SAU", "17"),
])
def test_a_stated_condition_is_not_asserted(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (modality, "_stated_condition", lambda clause: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Oman backed the plan on Monday, provided Qatar continues to boycott Bahrain.", "QAT", "BHR", "1"),
    ("Oman lifted its veto, providing Yemen expels the Saudi envoy.", "YEM", "SAU", "17"),
    ("Oman lifted its veto on Sunday provided that Yemen expels the Saudi envoy.", "YEM", "SAU", "17"),
])
def test_a_condition_word_the_parser_leaves_loose(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (modality, "CONDITION_HEADS", frozenset())
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Brazil provided Bolivia with arms on Monday.", "BRA", "BOL", "07"),
    ("The aid, provided to Bolivia by Brazil, arrived on Monday.", "BRA", "BOL", "07"),
    ("Brazil is providing medical aid to Bolivia.", "BRA", "BOL", "07"),
])
def test_supplying_is_no_condition(pipeline, text, src, tgt, root) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(("text", "conditional_text"), [
    ("Yemen would boycott Bahrain, the Omani minister said.",
     "Oman will reopen the border, provided Yemen continues to boycott Bahrain, an aide said."),
    ("Yemen would boycott Bahrain, the Omani minister said.",
     "Oman will reopen the border as long as Yemen continues to boycott Bahrain, an aide said."),
])
def test_a_condition_is_nobody_s_threat(pipeline, text, conditional_text) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "YEM", "BHR", "13")
    assert not find_asserted(pipeline.code_text(conditional_text, published=PUB), "YEM", "BHR", "1")
