"""In a sport story every sentence is sport (actors/sport.sport_story): where at least a fifth of an
article's sentences (and three) speak of a sporting competition, a state named alone is a team in
all of them (the actor step) and the coder codes no event there, so a sentence without a sport word
of its own ("the team arrived in Doha") is no state visit either; a political story that mentions
sport once keeps its events.

Texts written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.actors.sport as sport
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
    monkeypatch.setattr(extract, "sport_story", lambda doc, view=None: False)
    monkeypatch.setattr(sport, "sport_story", lambda doc, view=None: False)
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "042"), text


def test_a_political_story_mentioning_sport_keeps_its_events(pipeline) -> None:
    text = (
        "The Kenyan president met his Ugandan counterpart in Kampala on Monday. They discussed the World Cup "
        "bid and trade. Kenya's football federation welcomed the talks."
    )
    assert find(pipeline.code_text(text, published=PUB), "KEN", "UGA", "04"), text


def test_date_ranges_are_no_scores(pipeline) -> None:
    text = (
        "The Chilean president met the Peruvian president in Lima on March 14, his office said. Trade ministers "
        "meet on March 20-21 in Lima. A business forum follows on March 22-23. Officials gather again on "
        "April 2-3."
    )
    assert find(pipeline.code_text(text, published=PUB), "CHL", "PER", "04"), text


def test_a_state_named_alone_in_a_sport_story_is_a_team(pipeline, monkeypatch) -> None:
    from realpolitik.nlp.extensions import ACTOR_SPANS

    def countries(text: str) -> set[str]:
        doc = pipeline.nlp(text)
        return {a.code for s in doc.spans[ACTOR_SPANS] for a in s._.rp_actors or [] if a.kind == "state"}

    text = STORIES[0][0]
    assert "QAT" not in countries(text), text
    monkeypatch.setattr(sport, "sport_story", lambda doc, view=None: False)
    assert "QAT" in countries(text), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Chile and Peru will hold talks in Lima on March 20-21.", "CHL", "PER"),
        ("Kenya and Uganda will meet in Nairobi on June 4-5 to discuss the border.", "KEN", "UGA"),
    ],
)
def test_a_date_range_is_no_score(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    """A range of days after a month ("on March 20-21") makes no sport sentence, so states named alone
    stay actors; read as a score it made them teams (actors/sport.sport_sentences)."""
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "03"), text
    monkeypatch.setattr(sport, "_MONTH_IDS", frozenset())
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "03"), text
