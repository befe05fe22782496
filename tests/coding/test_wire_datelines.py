"""Wire datelines in the coder, each class on sentences we wrote in at least two wordings: the
dateline's place is never a clause argument, "here" is "in <the dateline's place>", and the
newspaper form of a dateline (place, date with year, agency, then a paragraph break) is read too."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2011-05-03"


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, May 2 (Reuters) - Danish Foreign Minister Lene Espersen held talks with Swedish officials.",
        "Oslo (AP) -- The Danish foreign minister met his Swedish counterpart on Monday.",
    ],
)
def test_the_dateline_place_is_not_the_subject(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "DNK", "SWE", "04"), events
    assert not find(events, "NOR", "", ""), events


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, March 3 (AFP) - The Togolese president arrived here on Tuesday for a two-day visit.",
        "Accra (AP) - Togolese President Faure Gnassingbe arrived here Tuesday on a state visit.",
    ],
)
def test_here_is_the_dateline_place(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "TGO", "GHA", "042") and find(events, "GHA", "TGO", "043"), events


def test_here_without_a_dateline_is_no_place(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Togolese president arrived here on Tuesday for a visit.", published=DATE)
    assert not find(events, "TGO", "", "042"), events


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, March 3 , 2011 (AFP)\n\nThe Togolese president arrived here on Tuesday for a state visit.",
        "Accra, Mar. 3, 2011 (Xinhua)\n\nTogolese President Faure Gnassingbe held talks here with Ghanaian officials.",
    ],
)
def test_a_newspaper_dateline_with_a_year_and_a_paragraph_break(text: str, pipeline: Pipeline) -> None:
    doc = pipeline.nlp(text)
    assert doc._.rp_dateline is not None and doc._.rp_dateline.country == "GHA"
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "TGO", "GHA", "04"), events
