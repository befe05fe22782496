"""ARTICLE-PREFIXED SURNAME (``actors/component._article_prefixed``): an Arabic surname written with its
article ("al-Bashir", "General Al-Bashir") is that surname's office holder on the date, as the bare
surname is; and a full name ending in one ("Omar Hassan al-Bashir") gives the surname to its own bearer,
read from the first name, not from the word before the article. Sentences written for these tests;
each is also read with the class switched off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.component as component
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(1997, 4, 14)


def _of(doc: Doc, word: str) -> set[str]:
    return {c[:3] for text, cs in codes(doc).items() if word in text for c in cs}


@pytest.mark.parametrize(("text", "word"), [
    ("General al-Bashir received two Kenyan envoys in the capital.", "Bashir"),
    ("On Monday Al-Bashir flew to Tripoli for a short stay.", "Bashir"),
    ("Omar Hassan al-Bashir reached Tripoli on Sunday. Later General Al-Bashir received two Kenyan envoys.",
     "General"),
])
def test_an_article_prefixed_surname_is_its_office_holder(parse: Parse, monkeypatch, text: str, word: str) -> None:
    assert _of(parse(text, DAY), word) == {"SDN"}
    monkeypatch.setattr(component, "_article_prefixed", lambda ent: False)
    assert _of(parse(text, DAY), word) != {"SDN"}
