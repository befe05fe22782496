"""FORMER OFFICE HOLDER: "the former Haitian president" held a state office and no longer does: an elite of
that state (ELI), not its government of the day."""

from __future__ import annotations

import pytest

from realpolitik.actors import grouping
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2005-05-02"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The former Haitian president has been accused of embezzlement by Haitian government officials.",
         "HTIGOV", "HTIELI"),
        ("The Haitian president accused the former Haitian prime minister of plotting a coup.", "HTIGOV", "HTIELI"),
        ("Kenya's former army chief criticised the Ugandan government.", "KENELI", "UGAGOV"),
    ],
)
def test_a_former_office_holder_is_an_elite(text: str, src: str, tgt: str, pipeline: Pipeline,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, "11"), codes(events)
    monkeypatch.setattr(grouping, "FORMER", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, "11"), text


def test_the_office_of_the_day_is_the_government(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The Kenyan president met the Ugandan president.", published=DATE)
    assert find(events, "KENGOV", "UGAGOV", "04"), codes(events)
