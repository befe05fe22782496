"""Class TITLE AFTER A BODY (``actors/grouping.py``, ``_named_after_title``): in "<state> <body> <title>
<name>" a capitalised title word that no dictionary takes as an agent stands between the body and the
person it names; the mention runs on to the name, so the person is the body's officer and acts as the
subject of the verb. Sentences written for these tests, in two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.grouping as grouping
from tests.actors.conftest import codes
from tests.coding.helpers import asserted_pairs

Parse = Callable[..., Doc]
D2015 = date(2015, 6, 1)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Kenyan National Security Council Secretary Peter Mwangi is due in Moscow next week.",
         "Kenyan National Security Council Secretary Peter Mwangi", "KENGOVMIL"),
        ("Chilean National Security Council Secretary Ana Rojas flew to Lima for talks.",
         "Chilean National Security Council Secretary Ana Rojas", "CHLGOVMIL"),
    ],
)
def test_the_mention_runs_on_to_the_name(parse: Parse, monkeypatch: pytest.MonkeyPatch, text: str, mention: str,
                                         code: str) -> None:
    assert codes(parse(text, D2015)).get(mention) == [code]
    monkeypatch.setattr(grouping, "_named_after_title", lambda head: None)
    assert mention not in codes(parse(text, D2015))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenyan National Security Council Secretary Peter Mwangi visited Moscow on Friday.", ("KEN", "RUS", "042")),
        ("Chilean National Security Council Secretary Ana Rojas met the Peruvian president on Monday.",
         ("CHL", "PER", "040")),
    ],
)
def test_the_named_officer_is_the_subject(pipeline, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in asserted_pairs(pipeline.code_text(text, published="2015-06-01"))

