"""Stated expectations and concern about another actor (CAMEO 013 optimistic, 012 pessimistic
comment): an adjective of confidence or doubt, or such a noun expressed by the speaker, completed by
a ``that``-clause whose subject is the actor ("X is confident that Y will ...", "X voiced hope that Y
would ...", "X was sceptical that Y would ..."), and an adjective of concern with an about/over/by
phrase naming the actor ("X is worried about Y's ..."). Sentences written for this test."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2022-03-09"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.pattern_id) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Austria is optimistic that Hungary will hold fair elections.", "AUT", "HUN"),
        ("The Austrian minister said he was confident that Slovenia would meet its obligations.", "AUT", "SVN"),
        ("Greece expressed confidence that Cyprus would approve the water plan.", "GRC", "CYP"),
        ("Portugal's premier voiced hope that Angola will free the reporters.", "PRT", "AGO"),
    ],
)
def test_confidence_about_an_actor_is_optimism(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "013"), _show(events)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Dutch minister was sceptical that Belgium would sign.", "NLD", "BEL"),
        ("Sweden's premier expressed doubt that Finland would change its mind.", "SWE", "FIN"),
    ],
)
def test_doubt_about_an_actor_is_pessimism(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "012"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Austria is confident that the vote in Hungary will be calm.",
        "The Greek minister expressed hope that the rain over Cyprus would stop.",
    ],
)
def test_no_actor_as_the_clause_subject_is_no_expectation_event(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "", "", "013"), _show(events)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Japan is concerned about China's naval buildup.", "JPN", "CHN"),
        ("The Dutch minister said he was worried about Belgium's budget.", "NLD", "BEL"),
        ("Sweden was deeply troubled by the Russian drills.", "SWE", "RUS"),
        ('"We are alarmed by the Bolivian troop movements," the Chilean president said.', "CHL", "BOL"),
    ],
)
def test_concern_about_an_actor_is_a_pessimistic_comment(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "012"), _show(events)


def test_concern_about_no_actor_is_no_event(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya is worried about the drought in the north.", published=PUB)
    assert not find(events, "", "", "012"), _show(events)


def test_concern_about_a_report_does_not_target_its_author(pipeline: Pipeline) -> None:
    text = "Norway said it was disturbed by Swedish press reports of a new mine."
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, "NOR", "SWE", "012"), _show(events)
