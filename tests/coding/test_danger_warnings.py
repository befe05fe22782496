"""WARNING OF A DANGER (coding/danger_warnings.py): a warning that another party, or a thing, will do harm
is a pessimistic comment (012); one whose harm would come from the warner's side, or that names a
penalty, stays a threat (13x).

Sentences written for these tests; the first ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Afghan army chief warned that Pakistani militants would launch new raids in the spring.", "AFG", "PAK"),
        ("Egypt's interior minister warned that Libyan smugglers may try to bring arms across the border.", "EGY",
         "LBY"),
        ("Chilean officials warned villagers that the volcano could erupt again.", "CHL", "CHL"),
    ],
)
def test_a_forecast_of_harm_is_a_pessimistic_comment(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "012") and not find(events, src, tgt, "13"), text
    monkeypatch.setattr(extract, "danger_warning", lambda trigger, code, sources, actors: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "13"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Kenyan attorney general warned that Somali poachers would be prosecuted.", "KEN", "SOM"),
        ("China warned Japan that its visit to the shrine would damage relations.", "CHN", "JPN"),
        ("Pakistan warned India that Pakistani troops would defend the border.", "PAK", "IND"),
        ("The Indian leader warned that his supporters would take to the streets against the Pakistani envoy.",
         "IND", "IND"),
    ],
)
def test_a_warning_of_the_warner_s_own_harm_stays_a_threat(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "13"), [(e.source_code, e.target_code, e.event_code) for e in events]
