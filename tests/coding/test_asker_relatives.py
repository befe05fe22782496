"""The asker's own phrase: a relative clause or participle on the subject of an appeal or demand ("the
minister, who met his Chilean counterpart on Monday, urged ...") tells what the asker did; it is not part
of what is asked for, so it stays an event and does not decide the appeal's sub-code. What the appeal
asks for ("urged Bolivia to free the sailors") is still no event."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2013-05-08"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        (
            "The Peruvian leader, who met the Chilean president on Monday, called for closer regional ties.",
            "PER",
            "CHL",
            "04",
        ),
        (
            "Senegal's foreign minister, who is paying a two-day visit to Mali, urged the rebels to lay down arms.",
            "SEN",
            "MLI",
            "04",
        ),
        ("Austria, which condemned Hungary's new media law last week, asked the EU to review it.", "AUT", "HUN", "11"),
    ],
)
def test_a_relative_clause_on_the_asker_is_an_event(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        # the appeal's sub-code comes from what is asked (stop fighting: 0256), not from the asker's past aid
        (
            "Ghana, which helped train the Malian army, asked Burkina Faso to cease military operations.",
            "GHA",
            "BFA",
            "0256",
        ),
        (
            "Norway, whose diplomats helped draft the accord, asked Sudan to cease military operations.",
            "NOR",
            "SDN",
            "0256",
        ),
    ],
)
def test_the_asker_phrase_does_not_decide_the_sub_code(
    text: str, src: str, tgt: str, code: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert [e for e in find(events, src, tgt, "02") if e.event_code == code], events


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian leader, who met the Chilean president, urged Bolivia to free the Chilean sailors.",
        "Gabon, which hosted the summit, called on Cameroon to release the Chadian detainees.",
    ],
)
def test_what_is_asked_for_is_still_no_event(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.event_code[:2] == "07" or e.event_code[:3] in ("079", "081", "084")], events
    assert not find(events, "BOL", "CHL", "") and not find(events, "CMR", "TCD", ""), events


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        (
            "Ghana, which helped form the Liberian transitional government in 2003, urged Togo to free the detainees.",
            "GHA",
            "LBR",
        ),
        (
            "Norway, which tried to broker a truce between Sri Lanka and rebels in 1999, asked India to stay neutral.",
            "NOR",
            "LKA",
        ),
    ],
)
def test_a_year_on_the_catenative_complement_dates_the_act(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    found = find(events, src, tgt, "")
    assert found and all(e.modality == "historical" for e in found), events
