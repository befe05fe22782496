"""VICTIM OF A COMPLAINED ACT (``coding/roles._complained_patient``): in "complained that its traders had
been harassed", the passive subject -- someone's own people, or people of no office -- suffered the act
complained of. The complaint (11x) is against whoever did it, the "by" agent when one is named, never
against the victims. Sentences written for these tests; each is also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(("text", "src", "victims"), [
    ("The former Peruvian premier complained that his supporters were beaten up at rallies.", "PER", "PER"),
    ("The Kenyan minister complained that Kenyan truckers had been assaulted.", "KEN", "KEN"),
])
def test_the_victims_of_a_complained_act_are_no_target(pipeline, monkeypatch, text: str, src: str,
                                                        victims: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), src, victims, "11"), text
    monkeypatch.setattr(roles, "_complained_patient", lambda code, clause, actors: False)
    assert find(pipeline.code_text(text, published=PUB), src, victims, "11"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Kenya complained that its traders had been harassed by Ugandan police.", "KEN", "UGA"),
    ("A Ghanaian official claimed Ghanaian fishermen had been detained by Togolese sailors.", "GHA", "TGO"),
])
def test_the_named_doer_is_the_target(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "11"), text


def test_a_body_blamed_in_the_passive_stays_the_target(pipeline) -> None:
    text = "The Indonesian opposition claimed that the government election board was biased."
    assert find(pipeline.code_text(text, published=PUB), "IDN", "IDN", "11"), text
