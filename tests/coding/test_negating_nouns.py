"""NEGATING NOUNS (coding/modality.py, ``NEG_NOUNS``): an act in the infinitive of a failure or refusal
noun ("halted loans because of its failure to help the auditors", "its refusal to meet the envoy") did not
happen, as under the verbs "fail" and "refuse"; an intent noun's act stays planned.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("The IMF halted loans to Zambia over its failure to cooperate with World Bank auditors.", "IGOBUSIMF",
         "IGOUNODEVWBK", "05"),
        ("Washington criticised Pakistan for its refusal to cooperate with Indian investigators.", "USA", "IND", "05"),
        ("Chile's failure to sign the accord with Peru angered Lima.", "CHL", "PER", "05"),
    ],
)
def test_the_act_of_a_failure_or_refusal_did_not_happen(pipeline, monkeypatch, text, src, tgt, root) -> None:
    assert_unasserted_by_class(pipeline, monkeypatch, (modality, "NEG_NOUNS", frozenset()), text, src, tgt, root,
                               PUB)


def test_an_intent_noun_keeps_its_act_planned(pipeline) -> None:
    events = pipeline.code_text("Kenya's plan to meet Somali leaders was welcomed.", published=PUB)
    assert find_asserted(events, "KEN", "SOM", "036")
