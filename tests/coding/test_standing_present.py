"""STANDING PRESENT (``coding/modality.standing_present``): in the body of a story, an undated main
clause in the simple present tells how things stand ("Iran accuses Israel of arming the rebels",
"Germany provides Poland with cheap gas"), not an act of the day. The lead, a headline or digest line,
quoted speech and a dated clause keep the present. Sentences written for these tests; the first group
is also coded with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.coding import extract
from tests.coding.helpers import assert_unasserted_by_class, find_asserted

PUB = "2010-05-05"
LEAD = "Talks on the gas price resumed in Geneva on Monday. "


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    (LEAD + "Norway supplies Denmark with cheap power through two cables.", "NOR", "DNK", "07"),
    (LEAD + "Ghana accuses Togo of sheltering the coup plotters.", "GHA", "TGO", "11"),
])
def test_a_standing_present_is_not_an_act_of_the_day(pipeline, monkeypatch, text, src, tgt, root) -> None:
    switch_off = (extract, "standing_present", lambda trigger, index: False)
    assert_unasserted_by_class(pipeline, monkeypatch, switch_off, text, src, tgt, root, PUB)


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Ghana accuses Togo of sheltering the coup plotters.", "GHA", "TGO", "11"),
    (LEAD + "Ghana accuses Togo of sheltering the coup plotters on Tuesday.", "GHA", "TGO", "11"),
    (LEAD + "-- Ghanaian president visits Togo", "GHA", "TGO", "04"),
    (LEAD + "\"We accuse Togo of sheltering the plotters,\" the Ghanaian president said.", "GHA", "TGO", "11"),
    (LEAD + "Ghana accused Togo of sheltering the coup plotters.", "GHA", "TGO", "11"),
])
def test_lead_headline_quote_date_and_past_stay_asserted(pipeline, text, src, tgt, root) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, root), text
