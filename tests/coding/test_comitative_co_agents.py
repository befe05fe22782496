"""Comitative co-agents: a phrase "along with B", "together with B" or "alongside B" before the verb
makes B a co-agent of the subject, so B does the act too; after the verb it may name a partner or a
co-target, and does not."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2016-09-14"


@pytest.mark.parametrize(
    ("text", "first", "second", "tgt", "root"),
    [
        ("Kenya, along with Tanzania, condemned Uganda for the raid.", "KEN", "TZA", "UGA", "11"),
        ("Norway, together with Sweden, sent aid to Somalia.", "NOR", "SWE", "SOM", "07"),
        ("Along with Japan, South Korea protested to China over the islands.", "KOR", "JPN", "CHN", "11"),
        ("Alongside Portugal, Spain sent aid to Angola.", "ESP", "PRT", "AGO", "07"),
    ],
)
def test_a_comitative_phrase_before_the_verb_adds_a_co_agent(
    text: str, first: str, second: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, first, tgt, root) and find(events, second, tgt, root), events
    assert not find(events, first, second, root), events


@pytest.mark.parametrize(
    "text",
    ["Kenya expelled the Ugandan envoy along with his staff.", "Kenya condemned Uganda together with its allies."],
)
def test_a_comitative_phrase_after_the_verb_is_no_co_agent(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "UGA", ""), events
    assert not find(events, "UGA", "", ""), events
