"""NAME RUNNING ON (``actors/matcher._name_runs_on``): a person's dictionary name that the tagger's
person name runs on past is the name of someone else: "Juan Carlos" of "Juan Carlos Brandt" is not the
Spanish king, and "Ali Abdallah" of "Ali Abdallah Saleh" not the Lebanese minister of that name. A
longer name the dictionary knows still matches. Sentences written for these tests; each is also read
with the class switched off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.matcher as matcher
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2006, 12, 5)


def _all(doc: Doc) -> set[str]:
    return {c[:3] for cs in codes(doc).values() for c in cs}


@pytest.mark.parametrize(("text", "misread"), [
    ("Juan Carlos Brandt, a banker from Santiago, spoke to reporters on Friday.", "ESP"),
    ("Ali Abdallah Saleh flew back to Sanaa from Cairo on Sunday.", "LBN"),
])
def test_a_name_that_runs_on_is_someone_else(parse: Parse, monkeypatch, text: str, misread: str) -> None:
    assert misread not in _all(parse(text, DAY))
    monkeypatch.setattr(matcher, "_name_runs_on", lambda doc, end: False)
    assert misread in _all(parse(text, DAY))


def test_the_fuller_name_the_dictionary_knows_still_matches(parse: Parse) -> None:
    """"Foreign Minister Abdullah" (an Afghan entry) no longer swallows "Abdullah Gul", Turkey's."""
    assert "TUR" in _all(parse("Foreign Minister Abdullah Gul flew to Stockholm on Monday.", DAY))


def test_a_name_followed_by_a_day_still_matches(parse: Parse) -> None:
    assert "ESP" in _all(parse("King Juan Carlos Monday opened the new session in Madrid.", DAY))
