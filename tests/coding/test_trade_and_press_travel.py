"""Class TRAVELLING FOR TRADE OR NEWS (``coding/private_travel.trading_or_reporting``): a firm's people or
a news outlet's crews who come to a state travel on business or to report, like the press under PRIVATE
TRAVELLERS: no visit (042) and no hosting (043). An official's trip stays a visit. Sentences written for
these tests, each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.private_travel as private_travel
from tests.coding.helpers import find

PUB = "2016-05-10"


def _visits(events) -> list[tuple[str, str, str]]:
    return [(e.source_code, e.target_code, e.event_code) for e in events if e.event_code[:3] in ("042", "043")]


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean mining company's chief executive arrived in Tokyo on Monday.",
        "Bolivian television stations came to Lima to cover the games.",
    ],
)
def test_business_and_press_trips_are_no_visits(pipeline, monkeypatch, text: str) -> None:
    assert not _visits(pipeline.code_text(text, published=PUB))
    monkeypatch.setattr(private_travel, "trading_or_reporting", lambda visitor: False)
    assert _visits(pipeline.code_text(text, published=PUB))


def test_an_official_trip_stays_a_visit(pipeline) -> None:
    events = pipeline.code_text("The Chilean foreign minister arrived in Tokyo on Monday.", published=PUB)
    assert find(events, "CHL", "JPN", "042") and find(events, "JPN", "CHL", "043")
