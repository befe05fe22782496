"""Feared outcomes (coding/apprehensions.py): an act told as what someone fears or what something
risks has not happened, even with "will"; the same act told as done stays asserted.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.apprehensions as apprehensions
import realpolitik.coding.extract as extract
from tests.coding.helpers import find, find_asserted

PUB = "2024-06-10"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Diplomats fear that Ecuador will expel Peruvian envoys after the vote.", "ECU", "PER", "1"),
        ("There is a real danger that Armenia will sever ties with Georgia.", "ARM", "GEO", "1"),
    ],
)
def test_a_feared_act_is_not_asserted(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(extract, "feared_act", lambda trigger: False)
    assert [e for e in find(pipeline.code_text(text, published=PUB), src, tgt, root)], text


def test_the_act_told_as_done_is_asserted(pipeline) -> None:
    text = "Ecuador expelled Peruvian envoys after the vote."
    assert find_asserted(pipeline.code_text(text, published=PUB), "ECU", "PER", "1"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Traders feared for their jobs after Bolivian troops seized Chilean trucks on Friday.", "BOL", "CHL", "17"),
        ("Critics spoke of the dangers of deepening Italy's role in the French war on Mali.", "FRA", "MLI", "19"),
    ],
)
def test_an_act_beside_the_fear_is_not_feared(pipeline, text, src, tgt, root) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The threat of a border war between Chad and Sudan has grown.", "TCD", "SDN", "19"),
        ("Bankers now weigh the likelihood of a Ukrainian blockade of Moldovan ports.", "UKR", "MDA", "1"),
    ],
)
def test_a_threat_no_one_makes_is_a_risk(pipeline, monkeypatch, text, src, tgt, root) -> None:
    """AGENTLESS THREAT (``apprehensions.RISK_NOUNS``): the threat, possibility or likelihood of an act that
    no one is said to make is a risk of it; the act has not happened."""
    assert not find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
    monkeypatch.setattr(apprehensions, "RISK_NOUNS", frozenset())
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's threat of war against Chad alarmed the African Union.",
        "A renewed threat by Sudan of war against Chad alarmed donors.",
    ],
)
def test_a_threat_someone_makes_is_their_act(pipeline, text) -> None:
    """A threat with a maker stays that maker's coercive act (13x)."""
    assert find_asserted(pipeline.code_text(text, published=PUB), "SDN", "TCD", "13"), text
