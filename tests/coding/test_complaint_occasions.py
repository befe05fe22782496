"""Class COMPLAINT'S OCCASION (``coding/complaint_occasions.py``): a protest or complaint that names no
addressee is aimed at whoever did what occasioned it, told in an after/because/when clause: its subject,
the "by" agent of a passive clause, or the nationality on either. The complainer's own country is never
its target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import complaint_occasions
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2011-08-23"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Manila lodged a protest after a Chinese frigate chased two of its fishing boats.", "PHL", "CHN"),
    ("Oslo complained on Tuesday after Russian bombers flew close to its airspace.", "NOR", "RUS"),
    ("Hanoi protested when its trawlers were seized by Chinese patrol boats.", "VNM", "CHN"),
])
def test_the_occasion_s_doer_is_the_target(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, source, target, "11"), events


def test_the_complainer_s_own_side_is_no_target(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Norway protested after its consulate was set on fire.", published=PUB)
    assert not [e for e in events if (e.target_code or "").startswith("NOR")], events


def test_switched_off_the_complaint_has_no_target(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(complaint_occasions, "OCCASION_MARKS", frozenset())
    text = "Manila lodged a protest after a Chinese frigate chased two of its fishing boats."
    assert not find(pipeline.code_text(text, published=PUB), "PHL", "CHN", "11")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Minsk said it would hit back if Warsaw hosted the missile base.", "BLR", "POL"),
    ("Caracas threatened to cut oil supplies if Bogota allowed the foreign bases.", "VEN", "COL"),
])
def test_a_conditional_threat_is_aimed_at_the_condition_s_doer(pipeline: Pipeline, text: str, source: str,
                                                                target: str) -> None:
    """THREAT'S CONDITION (``complaint_occasions.threat_condition``)."""
    assert find_asserted(pipeline.code_text(text, published=PUB), source, target, "13")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Manila called in the Chinese ambassador to protest the incident.", "PHL", "CHN"),
    ("The Thai foreign minister met the Cambodian envoy on Friday to complain about the shelling.", "THA", "KHM"),
])
def test_a_complaint_made_by_summoning_an_envoy_is_aimed_at_the_envoy_s_state(
        pipeline: Pipeline, text: str, source: str, target: str) -> None:
    """COMPLAINT THROUGH AN ENVOY (``complaint_occasions.envoy_complained_to``)."""
    assert find(pipeline.code_text(text, published=PUB), source, target, "11"), text


def test_switched_off_the_summoned_envoy_is_no_target(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(complaint_occasions, "SUMMONING_VERBS", frozenset())
    text = "Manila called in the Chinese ambassador to protest the incident."
    assert not find(pipeline.code_text(text, published=PUB), "PHL", "CHN", "11")


@pytest.mark.parametrize("text", [
    "Seoul summoned the Japanese ambassador to protest the new schoolbook.",
    "Canada protested the plan to dam the river.",
])
def test_a_state_never_protests_to_its_own_government(pipeline: Pipeline, text: str) -> None:
    """A state named as the state that protests with no named addressee does not protest to itself
    (``rules.home_authorities``)."""
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.source_code[:3] == (e.target_code or "")[:3]], events


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested the plan to dam the river.",
    "Kenyan students marched on Monday against the new fees.",
])
def test_a_crowd_still_protests_to_its_own_government(pipeline: Pipeline, text: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), "KEN", "KENGOV", "14")
