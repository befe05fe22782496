"""Classes REPELLED CROWD and BLOCKED COMMON POSITION (``compositions.tsv``), ADVERB READ AS PARTICLE
(``frames.particles``) and FIGURATIVE SEIZING (``patterns_curated.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import realpolitik.coding.frames as frames
from tests.coding.helpers import find, find_asserted

PUB = "2011-04-19"


@pytest.mark.parametrize("text", [
    "Egyptian police pushed back Sudanese demonstrators near the embassy.",
    "Egyptian soldiers forced back the Sudanese marchers at the crossing.",
])
def test_repelling_protesters_is_repression(pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, "EGY", "SDN", "175"), text
    assert not find(events, "EGY", "SDN", "10"), text


def test_without_the_adverb_particle_the_push_is_read_as_a_demand(pipeline, monkeypatch) -> None:
    text = "Egyptian police pushed back Sudanese demonstrators near the embassy."
    monkeypatch.setattr(frames, "ADVERB_PARTICLES", frozenset())
    assert not find(pipeline.code_text(text, published=PUB), "EGY", "SDN", "175")


def test_pushing_back_a_date_is_no_event(pipeline) -> None:
    assert not pipeline.code_text("Egypt pushed back the vote on the Sudanese water deal.", published=PUB)


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Hungary blocked a joint EU statement on Israel.", "HUN", "IGOEUREEC"),
    ("Greece blocked the EU's common position on Macedonia.", "GRC", "IGOEUREEC"),
])
def test_blocking_a_common_position_is_rejecting_it(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "12"), text
    assert not find(events, src, tgt, "17"), text


@pytest.mark.parametrize("text", [
    "Chile seized the initiative from Peru in the talks.",
    "Bolivia seized the moment to win Brazilian backing.",
])
def test_seizing_the_initiative_takes_nothing(pipeline, text: str) -> None:
    assert not find(pipeline.code_text(text, published=PUB), "", "", "17"), text
