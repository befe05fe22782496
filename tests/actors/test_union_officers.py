"""A trade union's president, leader or chief is labour (LAB), not a state office: the title
"president" alone would make a government actor ("Union president X" -> ...GOV)."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Union president Carlos Mendez criticised the Argentine government.", "ARGLAB", "ARGGOV"),
        ("Argentine union leader Hugo Moyano criticised the government of Chile.", "ARGLAB", "CHLGOV"),
    ],
)
def test_a_union_officer_is_labour(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published="2010-05-05")
    assert find(events, src, tgt, "11"), events
    assert not [e for e in events if (e.source_code or "").endswith("GOV") and e.target_code == tgt], events


def test_the_european_union_president_stays_the_union(pipeline: Pipeline) -> None:
    events = pipeline.code_text("The European Union president criticised Russia.", published="2010-05-05")
    assert find(events, "IGOEUR", "RUS", "11"), events
