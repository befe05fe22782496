"""ADDRESSEE AS THE ROW'S NOUN: a CAMEO.2.0 row whose noun is itself an actor ("appeal to government",
"meet with leaders") names the one the act is done to; the act no longer loses its target. An appeal to a
government is a plain appeal (020) unless what it asks for says more."""

from __future__ import annotations

import pytest

from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find

DATE = "2006-05-01"


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code"),
    [
        ("Kenyan teachers appealed to the government for higher pay.", "KENEDU", "KENGOV", "020"),
        ("Ugandan reporters appealed to the Kenyan government to release their colleagues.", "UGAMED", "KENGOV",
         "0253"),
    ],
)
def test_an_appeal_to_a_government_names_it(text: str, src: str, tgt: str, code: str, pipeline: Pipeline) -> None:
    events = pipeline.code_text(text, published=DATE)
    assert find(events, src, tgt, code), codes(events)
