"""Class OWNED BY A STATE (``actors/context.led_by``, ``OWNING_WORDS``): an actor noun of no country of its
own that a state owns, runs or flags after a hyphen ("a Dutch-owned bank", "a Liberian-flagged
freighter") is that state's, even where the sentence places it elsewhere; "-led" makes the led body
the leader's as before. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors import context
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2009 = date(2009, 10, 2)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Militants in Mali set fire to a Dutch-owned firm.", "firm", "NLDBUS"),
    ("Pirates seized a Liberian-flagged freighter off Yemen.", "freighter", "LBRBUS"),
    ("Strikers in Peru shut down a Swiss-operated company on Friday.", "company", "CHEBUS"),
])
def test_an_owned_thing_is_its_owners(parse: Parse, monkeypatch: pytest.MonkeyPatch, text: str, word: str,
                                      code: str) -> None:
    found = [c for t, cs in codes(parse(text, D2009)).items() if word in t for c in cs]
    assert found == [code], codes(parse(text, D2009))
    monkeypatch.setattr(context, "OWNING_WORDS", frozenset())
    assert [c for t, cs in codes(parse(text, D2009)).items() if word in t for c in cs] != [code]
