"""Formal procedures as events: opening an inquiry into someone (090), a motion of no confidence
(1041, as CAMEO.2.0 codes a censure motion), putting someone on a wanted list (173). Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2019-09-10"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Indian government launched an investigation into the Chinese company.", "IND", "CHN"),
        ("The Kenyan cabinet ordered an inquiry into the Ugandan firm.", "KEN", "UGA"),
        ("Swiss prosecutors opened a criminal investigation into the Russian bank.", "CHE", "RUS"),
    ],
)
def test_opening_an_inquiry_into_someone_investigates_them(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "09"), _show(events)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Nepali Congress lawmakers moved a no-confidence motion against the Nepalese government.", "NPL", "NPL"),
        ("Opposition parties in Romania filed a censure motion against the government.", "ROUOPP", "ROUGOV"),
    ],
)
def test_a_motion_of_no_confidence_demands_a_change_of_leaders(
    text: str, src: str, tgt: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "104"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek government placed two Turkish businessmen on its wanted list.",
        "Ankara has put three Greek officers on its most-wanted list.",
    ],
)
def test_a_wanted_list_is_legal_pursuit(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == "173"], _show(events)
