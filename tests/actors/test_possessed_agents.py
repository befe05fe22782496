"""Class POSSESSED AGENT OF A DEFINITE BODY (``actors/context.definite_antecedent``): "the government's
spokesman", "the president's adviser" serve the government or president named before in the article,
and take that one's country with their own sector. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2008 = date(2008, 1, 1)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The talks will start on Friday, the Kenyan government said. The government's chief spokesman "
         "said they would be frank.", "The government's chief spokesman", "KENGOV"),
        ("The Ghanaian president arrived in Lome on Monday. The president's spokesman praised Togo.",
         "The president's spokesman", "GHAGOV"),
    ],
)
def test_the_possessor_refers_back(parse: Parse, text: str, mention: str, code: str) -> None:
    assert codes(parse(text, D2008))[mention] == [code]


def test_another_body_is_left_open(parse: Parse) -> None:
    doc = parse("The Ghanaian government met on Monday. The new government's spokesman praised Togo.", D2008)
    spokesman = [c for text, c in codes(doc).items() if "spokesman" in text]
    assert spokesman and all(c != ["GHAGOV"] for c in spokesman)
