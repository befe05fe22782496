"""SUBJECT INSIDE A FRONTED DATE: with no comma after a fronted date, the parser may read the subject as
part of the date's phrase ("In March Damascus withdrew ..."); the name that ends the phrase right before
a verb with no subject is that verb's subject."""

from __future__ import annotations

import pytest

from realpolitik.coding import frames
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2006-11-29"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("In March Damascus withdrew the remainder of its forces from Lebanese land.", "SYR", "LBN", "08"),
        ("On Monday Damascus accused Israel of spying.", "SYR", "ISR", "11"),
    ],
)
def test_the_name_after_a_fronted_date_is_the_subject(text: str, src: str, tgt: str, root: str,
                                                      pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), codes(events)
    monkeypatch.setattr(frames, "DATE_PREPS", frozenset())
    assert not find(pipeline.code_text(text, published=DATE), src, tgt, root), text


@pytest.mark.parametrize("text", ["In Damascus officials rejected the offer.", "In Nairobi police arrested a Somali."])
def test_a_place_phrase_lends_no_subject(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert not [e for e in events if e.source_code in ("SYR", "KEN")], codes(events)
