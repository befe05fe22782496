"""The sporting sense of a state's name (``actors/sport.py``): teams and athletes are no actors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2006, 6, 1)


def test_states_named_with_a_score_are_teams(parse: Parse) -> None:
    assert codes(parse("Brazil edged Argentina 2-1 on Sunday.", DAY)) == {}
    assert codes(parse("Japan were held 0-0 by Oman in Muscat.", DAY)) == {}


def test_states_and_athletes_in_a_sentence_naming_a_sport_are_teams(parse: Parse) -> None:
    assert codes(parse("Pakistan crushed Sri Lanka by eight wickets in Karachi.", DAY)) == {}
    doc = parse("Howard said he would stay in Australian cricket for another season.", DAY)
    assert not any(c.startswith("AUSGOV") for cs in codes(doc).values() for c in cs)


def test_stated_offices_stay_actors_in_a_sentence_about_sport(parse: Parse) -> None:
    doc = parse("Chinese President Hu Jintao praised the football team after the tournament.", DAY)
    assert codes(doc).get("Chinese President Hu Jintao") == ["CHNGOV"]
    doc = parse("Iranian officials protested to FIFA after the match ended 1-0.", DAY)
    assert codes(doc).get("Iranian officials") == ["IRNGOV"]


def test_political_sentences_about_the_olympics_keep_their_actors(parse: Parse) -> None:
    doc = parse("Sarkozy flew to Beijing for the opening of the Olympics.", DAY)
    assert any(c.startswith("CHN") for cs in codes(doc).values() for c in cs)
    doc = parse("Taiwan accused China of politicising the Olympic torch relay.", DAY)
    assert {"TWN", "CHN"} <= {c for cs in codes(doc).values() for c in cs}


def test_decimals_and_year_ranges_are_no_scores(parse: Parse) -> None:
    doc = parse("Japan cut spending as growth slowed to 2.5-3.0 percent in 2005-06.", DAY)
    assert codes(doc).get("Japan") == ["JPN"]
    doc = parse("Turkey raised rates by 1-2 percent, Ankara said.", DAY)
    assert codes(doc).get("Turkey") == ["TUR"]
