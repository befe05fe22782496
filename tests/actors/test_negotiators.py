"""NEGOTIATOR: a state's negotiator is one of its officials (GOV), as its envoy is
(``curated/agents_extra.jsonl``), with a title or a subject noun between the state and the noun ("the
Dutch chief negotiator", "Norway's top trade negotiator"); before, "negotiator" was only a people noun,
and "chief negotiator" after a state made no actor at all. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.pipeline import Pipeline
from tests.actors.conftest import codes
from tests.coding.helpers import find_asserted

Parse = Callable[..., Doc]
DAY = date(2008, 3, 12)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Dutch chief negotiator flew to Jakarta on Thursday.", "negotiator", "NLDGOV"),
    ("Norway's top trade negotiator arrived in Santiago.", "negotiator", "NORGOV"),
    ("Two Ghanaian negotiators left Lome without a deal.", "negotiators", "GHAGOV"),
])
def test_a_state_s_negotiator_is_its_official(parse: Parse, text: str, name: str, code: str) -> None:
    found = {c for span, cs in codes(parse(text, DAY)).items() if name in span for c in cs}
    assert found == {code}, codes(parse(text, DAY))


@pytest.mark.parametrize("text", [
    "The Dutch chief negotiator met Indonesian officials in The Hague on Thursday.",
    "Indonesian officials held talks with the Netherlands' chief negotiator on Thursday.",
])
def test_a_chief_negotiator_meets_for_the_state(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published="2008-03-15")
    assert find_asserted(events, "NLDGOV", "IDNGOV", "04"), events
