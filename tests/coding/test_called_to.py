"""'X called Y to <act>' (object control) is an appeal to Y (02), not a telephone call; a call made to
discuss or congratulate stays a call (041). Sentences we wrote."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

PUB = "2024-02-02"


def _show(events):  # type: ignore[no-untyped-def]
    return [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Dutch opposition leader called the government to boost spending on defence.", "NLD", "NLD"),
        ("Serbia's opposition called the government to hold early elections.", "SRBOPP", "SRBGOV"),
    ],
)
def test_calling_someone_to_act_is_an_appeal(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "02"), _show(events)
    assert not find(events, "", "", "041"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Putin called Erdogan to discuss the situation in Syria.",
        "The Chilean president called the Bolivian leader to congratulate him on his victory.",
    ],
)
def test_a_call_to_discuss_stays_a_call(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "", "", "041"), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish party called the Iraqi government to release the detainees.",
        "A coalition of rights groups urged Turkey to free the jailed journalists.",
    ],
)
def test_what_an_unknown_asker_asks_for_did_not_happen(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not [e for e in events if e.event_code.startswith("08") and e.modality == "asserted"], _show(events)
