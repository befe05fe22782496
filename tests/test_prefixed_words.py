"""CO- WORDS (``nlp.prefixed``): "co-chaired", "co-operation", "co-sponsors" are one word each, with the lemma
"co-" + the lemma of the rest. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUB = "2008-11-01"


def _pairs(events) -> set[tuple[str, str, str]]:
    return {(e.source_code[:3], e.target_code[:3], e.event_code[:3]) for e in events}


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("The two ministers co-chaired the joint commission, officials said.", "co-chaired", "co-chair"),
    ("Britain and France co-sponsored the draft.", "co-sponsored", "co-sponsor"),
    ("They pledged closer co-operation.", "co-operation", "co-operation"),
])
def test_a_co_word_is_one_token_with_its_own_lemma(nlp, text: str, word: str, lemma: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma
    assert "-" not in [t.text for t in doc]


def test_other_hyphenated_words_are_split_as_before(nlp) -> None:
    assert [t.text for t in nlp("a cross-border raid by pro-Western troops")] == [
        "a", "cross", "-", "border", "raid", "by", "pro", "-", "Western", "troops"]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("The Kenyan and Ugandan foreign ministers co-chaired the joint commission in Nairobi.", "KEN", "UGA"),
    ("Chinese Vice Foreign Minister Wang Yi and US Deputy Secretary of State John Negroponte co-chaired a "
     "round of strategic talks on Monday.", "CHN", "USA"),
])
def test_co_chairs_of_a_meeting_meet(pipeline, text: str, a: str, b: str) -> None:
    found = _pairs(pipeline.code_text(text, published=PUB))
    assert (a, b, "040") in found and (b, a, "040") in found, found


def test_co_sponsors_do_not_act_on_each_other(pipeline) -> None:
    """Split, "co-sponsored" was "sponsored" (CAMEO.2.0: 061) done by each sponsor to the other."""
    text = "Britain and France co-sponsored the draft resolution on Sudan."
    assert not {p for p in _pairs(pipeline.code_text(text, published=PUB)) if {p[0], p[1]} == {"GBR", "FRA"}}


def test_strengthening_co_operation_is_cooperation(pipeline) -> None:
    found = _pairs(pipeline.code_text("Britain pledged to strengthen co-operation with France on terrorism.",
                                      published=PUB))
    assert ("GBR", "FRA", "030") in found, found
