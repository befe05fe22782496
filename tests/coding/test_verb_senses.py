"""Verb senses the CAMEO.2.0 dictionary codes as acts but news mostly uses otherwise (curated rows
rp-3201..rp-3203): "contain" is mostly "include" (no event); a bare "walk out" is leaving a room, a
protest at home, not a meeting (no event; "walk out of talks" stays 164); "hit (back/out) at X" is
verbal (111), while "hit X" stays an attack."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2006-11-20"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chile's foreign minister hit back at Peru over the fishing dispute.", "CHL", "PER"),
        ("The Kenyan government hit out at Uganda on Monday, calling the charges baseless.", "KEN", "UGA"),
    ],
)
def test_hitting_at_someone_is_verbal(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "111") and not find(events, src, tgt, "19"), events


def test_hitting_someone_stays_an_attack(pipeline: Pipeline) -> None:
    assert find(pipeline.code_text("Israeli jets hit Hamas targets in Gaza.", published=PUB), "ISR", "PSE", "19")


@pytest.mark.parametrize(
    "text",
    ["Kenyan and Ugandan lawmakers walked out of the regional assembly.", "Greek and Cypriot deputies walked out."],
)
def test_a_bare_walkout_is_no_meeting(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("04")]


def test_walking_out_of_talks_stays_a_halt(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Iranian delegation walked out of the talks with Britain.", published=PUB)
    assert find(events, "IRN", "GBR", "164"), events


@pytest.mark.parametrize(
    "text",
    ["A Russian army column containing dozens of tanks entered Georgia.", "The crate contained Pakistani rifles."],
)
def test_containing_is_including(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("17")]
