"""BARE WEEKDAY AFTER A NAME (``nlp.weekdays``): "praised President Humala Thursday" has the name as its
object, not the weekday. Sentences written for these tests; each is also coded with the repair off."""

from __future__ import annotations

import pytest

import realpolitik.nlp.weekdays as weekdays
from tests.coding.helpers import asserted_pairs

PUB = "2014-03-01"


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Ana Soto praised Peruvian President Ollanta Humala Thursday for his handling of the "
    "dispute.",
    "Chilean Foreign Minister Ana Soto thanked Peruvian President Ollanta Humala Thursday for his handling of the "
    "dispute.",
])
def test_a_name_before_a_bare_weekday_is_the_verb_s_object(pipeline, monkeypatch, text: str) -> None:
    """The parser had made the name a compound of "Thursday", so the praise had a date for its object."""
    assert ("CHL", "PER", "051") in asserted_pairs(pipeline.code_text(text, published=PUB))
    monkeypatch.setattr(weekdays, "folded_name", lambda day: None)
    assert ("CHL", "PER", "051") not in asserted_pairs(pipeline.code_text(text, published=PUB))


def test_the_weekday_modifies_the_verb_and_the_name_heads_its_phrase(nlp) -> None:
    doc = nlp("Chilean Foreign Minister Ana Soto praised Peruvian President Ollanta Humala Thursday for it.")
    by_text = {t.text: t for t in doc}
    assert by_text["Humala"].dep_ == "dobj" and by_text["Humala"].head.text == "praised"
    assert by_text["Thursday"].dep_ == "npadvmod" and by_text["Thursday"].head.text == "praised"
    assert by_text["Ollanta"].head.text == "Humala"
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", [
    "The deadline for the vote is 1600 GMT Thursday.",
    "The minister praised President Ollanta Humala on Thursday.",
    "Shops were closed on Good Friday.",
])
def test_times_and_dated_phrases_are_left_alone(nlp, text: str) -> None:
    stock = nlp.get_pipe("parser")(nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(nlp.make_doc(text))))
    assert [(t.dep_, t.head.i) for t in nlp(text)] == [(t.dep_, t.head.i) for t in stock]
