"""PARTICIPIAL PREPOSITION (``roles.governing_verb``): "following", like "after", only introduces the
scene of a clause ("**Following** talks with X, Y said ..."); the parser tags it a verb, and it used to
be taken for the clause that governs the event noun, so the talks had no subject. The main clause's
subject holds them, as with "after". Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2001-05-08"


@pytest.mark.parametrize("text", [
    "Following talks with the Malian foreign minister, the Senegalese minister said the road would reopen.",
    "Following consultations with Kenyan officials, the Ugandan minister flew home on Tuesday.",
    "Following his meeting with the Malian president, the Senegalese premier told reporters trade would grow.",
])
def test_following_introduces_the_subject_s_own_meeting(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    pairs = {(e.source_code[:3], (e.target_code or "")[:3]) for e in find_asserted(events, "", "", "04")}
    assert pairs & {("SEN", "MLI"), ("UGA", "KEN")}, events


def test_after_and_following_read_alike(pipeline: Pipeline) -> None:
    after = "After talks with the Malian foreign minister, the Senegalese minister said the road would reopen."
    following = after.replace("After", "Following", 1)
    def pairs(text: str) -> set[tuple[str | None, str | None, str]]:
        return {(e.source_code, e.target_code, e.event_code) for e in pipeline.code_text(text, published=PUB)}
    assert pairs(after) == pairs(following) and pairs(after)


@pytest.mark.parametrize("text", [
    "Following his talks with the Malian president, the Senegalese premier is to visit the Gambia.",
    "After a meeting with the Malian president, the Senegalese premier is to be received by the Pope.",
])
def test_the_scene_of_a_scheduled_act_is_planned(pipeline: Pipeline, text: str) -> None:
    """SCENE OF A SCHEDULED ACT (``modality._scheduled_after``): what a scheduled act follows is to come too."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, "SEN", "MLI", "036") and not find_asserted(events, "SEN", "MLI", "040"), events


def test_a_dated_scene_of_a_scheduled_act_was_held(pipeline: Pipeline) -> None:
    text = "After a meeting with the Malian president on Monday, the Senegalese premier is to be received by the Pope."
    assert find_asserted(pipeline.code_text(text, published=PUB), "SEN", "MLI", "040")
