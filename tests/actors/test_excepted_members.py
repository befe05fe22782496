"""EXCEPTED MEMBERS (actors/excepted.py): the states named after "all ... but" are those an act leaves
out, so they make no party to it; a "but" between clauses excepts nothing.

Sentences written for these tests; the first ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.actors.component as component
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "excepted"),
    [
        ("All but two member states -- Hungary and Poland -- signed the declaration on Monday.", "HUN"),
        ("All EU members but Hungary backed the sanctions against Russia.", "HUN"),
        ("All but one of the Gulf states, Qatar, joined the boycott of Iran.", "QAT"),
    ],
)
def test_the_excepted_are_no_party(pipeline, monkeypatch, text: str, excepted: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, excepted, "", "") and not find(events, "", excepted, ""), text
    monkeypatch.setattr(component, "drop_excepted", lambda doc, mentions: mentions)
    switched_off = pipeline.code_text(text, published=PUB)
    assert find(switched_off, excepted, "", "") or find(switched_off, "", excepted, ""), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("All of them agreed, but Iran criticised Israel on Sunday.", "IRN", "ISR"),
        ("Everyone waited, but Egypt condemned Libya.", "EGY", "LBY"),
    ],
)
def test_a_but_between_clauses_excepts_nobody(pipeline, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "11"), text
