"""ATTACKER IN A TIME CLAUSE (``roles.attackers_in_time_clause``): "a soldier was killed when B's troops
opened fire", "two guards were wounded as rebels stormed the post": the harm has no "by" agent, and the
when/as clause names the attack that did it, so its subject is the harm's source. A clause that is no
attack ("when a storm hit the coast") names no attacker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2008-11-05"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("An Armenian soldier was killed when Azerbaijani troops opened fire on Tuesday.", "AZEMIL", "ARM"),
    ("Two Georgian policemen were wounded as Russian soldiers shelled the village.", "RUSMIL", "GEO"),
])
def test_the_time_clause_names_the_attacker(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, "1"), text


def test_switched_off_the_harm_has_no_attacker(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roles, "ATTACK_VERBS", frozenset())
    text = "An Armenian soldier was killed when Azerbaijani troops opened fire on Tuesday."
    assert not find(pipeline.code_text(text, published=PUB), "AZE", "ARM", "")


def test_a_clause_that_is_no_attack_names_no_attacker(pipeline: Pipeline) -> None:
    text = "An Armenian farmer was killed when Georgian floods swept the valley."
    assert not find(pipeline.code_text(text, published=PUB), "GEO", "ARM", "")


def test_an_attack_with_a_named_victim_is_coded_by_itself(pipeline: Pipeline) -> None:
    """The attack names its victims, so the harm adds nothing and the attack keeps its own, narrower code."""
    text = "Two Chechen fighters were killed after a Russian helicopter struck a group of rebels near the village."
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.trigger == "killed"], events
