"""Purpose clauses: a coercive or violent act told only as the purpose of another clause ("sent troops
to Somalia to fight the militants", "in order to punish ...") has not happened: it is intended, and
the governing act stays the asserted news."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find

DATE = "2012-10-30"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya sent troops to Somalia to fight the Shabaab militants.", "KEN", "SOM"),
        ("Chad moved tanks to its border in order to attack Sudanese rebels.", "TCD", "SDN"),
    ],
)
def test_a_purposed_assault_is_intended(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assaults = find(events, src, tgt, "19")
    assert assaults and all(e.modality == "intended" for e in assaults), events


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenyan troops fought Shabaab militants in southern Somalia.", "KEN", "SOM"),
        ("Chadian forces attacked Sudanese rebels near the border.", "TCD", "SDN"),
    ],
)
def test_an_assault_in_the_main_clause_stays_asserted(text: str, src: str, tgt: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assaults = find(events, src, tgt, "19")
    assert assaults and all(e.modality == "asserted" for e in assaults), events
