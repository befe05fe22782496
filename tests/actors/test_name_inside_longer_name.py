"""ORGANISATION NAME INSIDE A LONGER NAME (``actors/matcher.py``): a dictionary organisation whose name is
only the end of a longer name the tagger reads as one ("the New Conservative Party" holds "Conservative
Party") is another organisation, not the dictionary's. Sentences written for these tests, each also
read with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.actors.matcher as matcher
from realpolitik.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline.nlp(text)
    return [a.code for sp in doc.spans["rp_actors"] for a in (sp._.rp_actors or [])]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The New Conservative Party won seats in Tokyo.", "GBRPTY"),
        ("The Reformed Labour Party won seats in Wellington.", "GBRPTY"),
    ],
)
def test_a_party_name_inside_a_longer_name_is_not_that_party(monkeypatch, text: str, wrong: str) -> None:
    assert wrong not in _codes(Pipeline(), text)
    monkeypatch.setattr(matcher.DictionaryMatcher, "_inside_longer_name", lambda self, doc, start: False)
    assert wrong in _codes(Pipeline(), text)


def test_a_state_word_before_a_shared_party_name_places_it(pipeline) -> None:
    assert "JPNPTY" in _codes(pipeline, "The Japanese Democratic Party criticised the cabinet.")
