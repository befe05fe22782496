"""NAME OF A FULLER MENTION (``actors/coref._name_of_fuller_mention``): a one-word person name that
repeats a word of a fuller person mention earlier in the article is that person, even where the
dictionary gives the bare name to a namesake of another state. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("text", "when"), [
    ("King Abdullah II of Jordan flew to Cairo on Sunday. Abdullah later received a Syrian envoy.",
     date(2008, 6, 10)),
    ("Jordan's King Abdullah II opened the session. On Monday Abdullah met the Egyptian premier.",
     date(2010, 3, 1)),
])
def test_the_bare_name_is_the_earlier_person(parse: Parse, text: str, when: date) -> None:
    found = codes(parse(text, when))
    assert found["Abdullah"][0][:3] == "JOR", found


def test_without_a_fuller_mention_the_dictionary_decides(parse: Parse) -> None:
    found = codes(parse("Abdullah received a Syrian envoy in Riyadh on Monday.", date(2008, 6, 10)))
    assert found["Abdullah"][0][:3] == "SAU", found


@pytest.mark.parametrize(("text", "mention"), [
    ("Jimmy Carter, the former US leader, flew to Kathmandu on Monday. The premier later met former president "
     "Carter at his residence.", "former president Carter"),
    ("Jimmy Carter, the former US leader, praised the vote. Election officials thanked Mr Carter for his "
     "help.", "Mr Carter"),
])
def test_a_name_after_title_words_is_the_earlier_person(parse: Parse, text: str, mention: str) -> None:
    """A name after title words only ("former president Carter") is a bare name too."""
    found = codes(parse(text, date(2006, 11, 22)))
    assert found[mention][0][:3] == "USA", found
