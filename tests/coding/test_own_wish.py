"""OWN WISH IS INTENT (``rules.own_wish``, ``rules.intent_head``) and WANTING IS NO ACT (curated row for bare
"want"): a wish whose infinitive has the wanter as its doer states the wanter's intent, coded as the
intent (03x) of the cooperative act wished for, as "is willing to" is; a wish for a thing or for someone
else's act is no act between parties. Sentences written for these tests, two wordings or more each."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.rules as rules
from tests.coding.helpers import asserted_pairs

PUB = "2024-03-01"


def pairs(pipeline, text: str) -> set[tuple[str, str, str]]:
    return asserted_pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana wants to deepen its relations with Brazil.", ("GHA", "BRA", "032")),
        ("Laos wishes to expand cooperation with Vietnam in farming.", ("LAO", "VNM", "030")),
        ("The Peruvian foreign minister wants to help Bolivia rebuild after the floods.", ("PER", "BOL", "033")),
    ],
)
def test_a_wish_to_cooperate_is_the_intent_to(pipeline, monkeypatch, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in pairs(pipeline, text)
    monkeypatch.setattr(rules, "own_wish", lambda verb: False)
    monkeypatch.setattr(extract, "own_wish", lambda verb: False)
    assert pair not in pairs(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana wants Brazil to deepen its relations with Togo.",
        "Laos wished that Vietnam would expand cooperation with Cambodia.",
    ],
)
def test_a_wish_for_anothers_act_is_no_act_of_that_other(pipeline, text: str) -> None:
    assert not {p for p in pairs(pipeline, text) if p[0] in ("BRA", "VNM")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru wanted a stronger final declaration on fisheries.",
        "Mongolia and Kazakhstan want lower tariffs on wool.",
    ],
)
def test_wanting_a_thing_together_is_no_joint_act(pipeline, text: str) -> None:
    assert not pairs(pipeline, text)
