"""Conventions (analyst | petrarch): how a planned meeting is coded, on sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.coding.conventions import CONVENTIONS, conventions_named, planned_meeting_code
from realpolitik.pipeline import Pipeline
from realpolitik.settings import load_settings
from tests.coding.helpers import find


def test_named_conventions() -> None:
    assert conventions_named(None).name == "analyst"
    assert set(CONVENTIONS) == {"analyst", "petrarch"}
    with pytest.raises(ValueError, match="unknown conventions"):
        conventions_named("gdelt")


def test_planned_meeting_rule_is_pure() -> None:
    analyst, petrarch = CONVENTIONS["analyst"], CONVENTIONS["petrarch"]
    assert planned_meeting_code("044", "intended", analyst) == ("036", "asserted")
    assert planned_meeting_code("044", "intended", petrarch) is None
    assert planned_meeting_code("044", "asserted", analyst) is None
    assert planned_meeting_code("190", "intended", analyst) is None


@pytest.fixture(scope="module")
def petrarch() -> Pipeline:
    return Pipeline(load_settings(conventions="petrarch"))


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Chile and Peru will meet in Lima next week.",
        "Chile's president is scheduled to hold talks with Peru's president on Monday.",
    ],
)
def test_future_meeting_under_each_convention(text: str, pipeline: Pipeline, petrarch: Pipeline) -> None:
    analyst_events = pipeline.code_text(text, published="2017-03-01")
    assert find(analyst_events, "CHL", "PER", "036")
    assert all(e.modality == "asserted" for e in find(analyst_events, "CHL", "PER", "036"))
    petrarch_events = petrarch.code_text(text, published="2017-03-01")
    assert find(petrarch_events, "CHL", "PER", "04")
    assert not find(petrarch_events, "CHL", "PER", "036")
