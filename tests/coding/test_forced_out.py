"""FORCED OUT: a verb that forces its object out of a place ("forced the monitors out of the zone", "drove
the envoy out of the country") expels the object, and is coded as "expel" would be."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2006-11-26"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Eritrea forced UN peacekeepers out of the border zone.", "ERI", "IGOUNO", "1661"),
        ("Sudan drove the UN envoy out of the country.", "SDN", "IGOUNO", "174"),
        ("Ethiopia pushed the AU monitors out of the region.", "ETH", "IGOAFRAFU", "1662"),
    ],
)
def test_forcing_someone_out_expels_them(text: str, src: str, tgt: str, code: str, pipeline: Pipeline,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, code), codes(events)
    monkeypatch.setattr(extract, "FORCING_OUT_VERBS", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, code), text


def test_forcing_a_thing_up_is_no_expulsion(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Kenyan government forced prices up.", published=DATE)
    assert not [e for e in events if e.event_code.startswith(("16", "17"))], codes(events)


@pytest.mark.parametrize(
    "text",
    ["Kenyan troops drove Somali rebels out of the border town.",
     "Ugandan soldiers chased the militants out of the region."],
)
def test_fighters_driven_out_are_fought_not_expelled(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.event_code.startswith(("16", "17"))], codes(events)
