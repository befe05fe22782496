"""VERDICT OF GUILT and CONVICTION IS A VERDICT: a court that finds someone guilty or liable, or convicts
them, finds them guilty (CAMEO 116); it neither accuses them (112) nor arrests them (173). An acquittal is
no such event."""

from __future__ import annotations

import pytest

from realpolitik.coding import ascriptions
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2010-06-08"


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan court found two Somali pirates guilty of hijacking a ship.",
        "The Kenyan high court found a Somali militia leader guilty of piracy on Tuesday.",
    ],
)
def test_found_guilty_is_a_verdict(text: str, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "SOM", "116"), codes(events)
    monkeypatch.setattr(ascriptions, "GUILT_WORDS", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), "KEN", "SOM", "116"), text


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan court convicted two Somali pirates of hijacking a ship.",
        "Kenyan judges convicted a Somali smuggler of a crime against the state.",
    ],
)
def test_a_conviction_is_a_verdict_not_an_arrest(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "KEN", "SOM", "116") and not find(events, "KEN", "SOM", "173"), codes(events)


@pytest.mark.parametrize(
    "text",
    ["A Kenyan court found the Somali captain not guilty.", "The Kenyan police found the Somali ship in the harbour."],
)
def test_an_acquittal_or_a_finding_is_no_verdict_of_guilt(text: str, pipeline: Pipeline) -> None:
    assert not [e for e in pipeline.code_text(text, published=DATE) if e.event_code == "116"], text
