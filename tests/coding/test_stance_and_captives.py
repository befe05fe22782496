"""Composed classes widened: verbs that state a stance (reaffirm, declare, show, signal ... support or
concern), people taken captive by an ambiguous verb of seizing (snatch, seize, grab + traders, sailors,
engineers ...) and rioting. Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2021-06-15"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Japanese premier reaffirmed his support for the Philippine government.", "JPN", "PHL"),
        ("Norway's foreign minister declared support for Ukraine's sovereignty.", "NOR", "UKR"),
        ("The Kenyan president showed solidarity with Somalia after the bombing.", "KEN", "SOM"),
    ],
)
def test_stating_support_is_support(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "051"), _show(events)


@pytest.mark.parametrize(
    ("text", "tgt"),
    [
        ("Gunmen snatched six Indian traders in Kabul on Friday.", "IND"),
        ("Pirates seized 12 Filipino sailors off the Somali coast.", "PHL"),
        ("Armed men grabbed two Chinese engineers in Sudan.", "CHN"),
    ],
)
def test_seizing_people_is_abduction(text: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "", tgt, "181"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Kenyan opposition youths went on the rampage in Mombasa.",
        "Zimbabwean opposition activists went on a rampage in Harare.",
    ],
)
def test_going_on_the_rampage_is_a_riot(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == "145"], _show(events)
