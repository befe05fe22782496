"""A time clause yields to its main clause only when the main clause links two actors: "after meeting
the Ghanaian president, the Togolese leader warned the crisis could spread" reports the meeting as the
sentence's only dyad, as a sentence whose main clause holds no event at all does. When the main clause
has its own dyad ("after meeting X, the leader condemned Y"), the time clause stays background."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2013-05-08"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("After meeting the Ghanaian president on Monday, the Togolese leader warned that the crisis could spread.",
         "TGO", "GHA", "04"),
        ("Oil prices rose while Iran rejected a French proposal on the enrichment dispute.", "IRN", "FRA", "12"),
        ("Uruguayan farmers voiced relief as Uruguay signed a grain accord with Paraguay.", "URY", "PRY", "05"),
    ],
)  # fmt: skip
def test_a_time_clause_under_a_dyadless_main_clause_is_the_event(
    text: str, src: str, tgt: str, root: str, pipeline: Pipeline
) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, root), events


@pytest.mark.parametrize(
    "text",
    [
        "After meeting the Ghanaian president, the Togolese leader condemned Benin.",
        "Before flying to Accra, the Togolese leader condemned Benin.",
    ],
)
def test_a_main_clause_dyad_still_keeps_the_time_clause_background(text: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, "TGO", "BEN", "11"), events
    assert not find(events, "TGO", "GHA", ""), events
