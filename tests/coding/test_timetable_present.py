"""TIMETABLE PRESENT (``dates.timetable_present``): a simple-present act with a weekday or date ("flies
to Dakar on Monday", "travels to Nepal on Tuesday") is scheduled for the coming day, so it is planned
(a planned meeting is the intent to meet, 036, under analyst conventions), not a visit of last week; the
past tense keeps the past day.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coding.helpers import find

PUB = "2024-03-03"  # a Sunday


@pytest.mark.parametrize(
    ("text", "src", "tgt", "day"),
    [
        ("The French defence minister flies into Dakar on Monday for talks.", "FRA", "SEN", date(2024, 3, 4)),
        ("The Indian premier travels to Nepal on Tuesday.", "IND", "NPL", date(2024, 3, 5)),
    ],
)
def test_a_dated_present_is_the_coming_day_and_planned(pipeline, text: str, src: str, tgt: str, day: date) -> None:
    events = pipeline.code_text(text, published=PUB)
    planned = find(events, src, tgt, "036")
    assert planned and all(e.event_date == day for e in planned), [(e.event_code, e.event_date) for e in events]
    assert not find(events, src, tgt, "042")


def test_the_past_tense_keeps_the_past_day(pipeline) -> None:
    events = pipeline.code_text("The Indian premier travelled to Nepal on Tuesday.", published=PUB)
    visits = find(events, "IND", "NPL", "042")
    assert visits and all(e.event_date == date(2024, 2, 27) for e in visits)


def test_a_present_in_a_time_clause_takes_no_date_of_its_main_clause(pipeline) -> None:
    """The date of the main clause does not date the present of a time clause: the visit under way
    stays a visit."""
    text = ("The Brazilian president is expected to sign several contracts on Thursday while he continues his"
            " visit to India.")
    events = pipeline.code_text(text, published=PUB)
    assert find(events, "BRA", "IND", "042"), [(e.event_code, e.modality) for e in events]
