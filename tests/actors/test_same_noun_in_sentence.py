"""SAME NOUN AGAIN IN ITS SENTENCE (``actors/context.give_countries``, ``definite_antecedent`` with
``window=0``): a bare definite ("the army", "the police") that repeats the noun of a fuller mention
earlier in its own sentence is that mention, even when the sentence names a place of another state;
the place still decides for an antecedent in an earlier sentence, and for a phrase with a possessor.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2015 = date(2015, 6, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A spokesman of the Egyptian army said on Sunday that the army was carrying out raids in "
         "eastern Libya.", "EGYMIL"),
        ("An officer of the Kenyan police told reporters the police had detained six smugglers near "
         "the Somali town of Dhobley.", "KENCOP"),
    ],
)
def test_the_repeated_noun_is_the_earlier_mention(parse: Parse, text: str, code: str) -> None:
    found = codes(parse(text, D2015))
    repeated = [c for mention, c in found.items() if mention in ("the army", "the police")]
    assert repeated == [[code]], found


def test_an_earlier_sentence_yields_to_the_place(parse: Parse) -> None:
    found = codes(parse("The Egyptian army closed its border on Sunday. In Libya, the army fought the "
                        "militias near Derna.", D2015))
    assert found["the army"] == ["LBYMIL"], found


def test_a_possessor_yields_to_the_place(parse: Parse) -> None:
    found = codes(parse("We asked the Nigerian government to explain its position, the government's "
                        "spokesman told reporters in Accra.", D2015))
    assert found["the government's spokesman"] != ["NGAGOV"], found
