"""In a sport story every sentence is sport (coding/nonevents.sport_story): where at least a fifth
of an article's sentences (and three) speak of a sporting competition, a sentence without a sport
word of its own ("the team arrived in Doha") is no state visit either; a political story that
mentions sport once keeps its events.

Texts written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
from tests.coding.helpers import find

PUB = "2024-03-01"

STORIES = [
    ("China's badminton squad is ready for the Asian tournament, its coach said. The Chinese team arrived in "
     "Doha on Monday morning. The players will train twice a day before the quarterfinals. The championship "
     "ends on Sunday.", "CHN", "QAT"),
    ("Brazil's volleyball squad beat Peru in the tournament opener. The Brazilian team arrived in Bolivia on "
     "Tuesday. The coach praised the players ahead of the semifinals. The championship ends next week.",
     "BRA", "BOL"),
    # sport told by scores alone, as the actor step reads them
    ("Uruguay led 1-0 at half-time in Asuncion on Saturday. Paraguay drew level at 1-1 soon after the break. "
     "A late header made it 2-1 for the visitors. The Uruguayan team arrived in Paraguay on Thursday. "
     "Both sides now rest for a month.", "URY", "PRY"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), STORIES)
def test_a_sport_story_codes_no_visit(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert not pipeline.code_text(text, published=PUB), text
    monkeypatch.setattr(extract, "sport_story", lambda doc: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "042"), text


def test_a_political_story_mentioning_sport_keeps_its_events(pipeline) -> None:
    text = (
        "The Kenyan president met his Ugandan counterpart in Kampala on Monday. They discussed the World Cup "
        "bid and trade. Kenya's football federation welcomed the talks."
    )
    assert find(pipeline.code_text(text, published=PUB), "KEN", "UGA", "04"), text
