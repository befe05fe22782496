"""Class PROTEST CALLED OFF (``compositions.tsv``: END_PROTEST x PROTEST_ACTIONS, and
``rules.implied_targets``): protesters who end, suspend or call off their own strike, boycott or
demonstration ease their dissent (CAMEO 082) toward those it was aimed at: the state named, else their
own government, as for the protest itself. Sentences written for these tests."""

from __future__ import annotations

import pytest

import realpolitik.coding.rules as rules
from tests.coding.helpers import find_asserted

PUB = "2016-09-20"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Ghanaian nurses called off their general strike on Tuesday.", "GHA", "GHAGOV"),
    ("The Bolivian opposition suspended its hunger strike after five days.", "BOL", "BOLGOV"),
    ("Chadian teachers suspended their walkout.", "TCD", "TCDGOV"),
])
def test_ending_one_s_protest_eases_dissent_toward_the_own_state(pipeline, text: str, src: str,
                                                                    tgt: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "082"), text


def test_without_the_implied_target_an_untargeted_end_of_a_strike_is_no_event(pipeline, monkeypatch) -> None:
    text = "Zambian miners postponed their walkout by a week."
    assert find_asserted(pipeline.code_text(text, published=PUB), "ZMB", "ZMBGOV", "082")
    monkeypatch.setattr(rules, "PROTEST_EASED", "---")
    assert not find_asserted(pipeline.code_text(text, published=PUB), "ZMB", "ZMBGOV", "082")


def test_halted_air_strikes_are_no_eased_dissent(pipeline) -> None:
    events = pipeline.code_text("Turkey halted its air strikes on Iraq on Sunday.", published=PUB)
    assert not [e for e in events if e.event_code == "082"]
