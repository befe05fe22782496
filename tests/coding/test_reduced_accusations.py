"""REDUCED ACCUSATION (``coding/nonevents.reduced_accusation``): a charging verb with a subject, no object
and the charge's preposition is a reduced passive the parser read as active ("a trader charged with
smuggling pleaded not guilty"): the subject is the one charged and no accuser is named. The misreading
depends on the parser, so the rule is tested on parses written out here, and on whole sentences for the
readings that must stay. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from realpolitik.coding.nonevents import reduced_accusation
from tests.coding.helpers import find_asserted


def _parse(words, heads, deps, tags, lemmas) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_a_charging_verb_with_subject_and_charge_but_no_object_is_a_reduced_passive() -> None:
    words = ["A", "dealer", "charged", "with", "smuggling", "arms", "pleaded", "innocent"]
    doc = _parse(words, heads=[1, 2, 2, 2, 3, 4, 2, 6],
                 deps=["det", "nsubj", "ROOT", "prep", "pcomp", "dobj", "conj", "acomp"],
                 tags=["DT", "NN", "VBD", "IN", "VBG", "NNS", "VBD", "JJ"],
                 lemmas=["a", "dealer", "charge", "with", "smuggle", "arm", "plead", "innocent"])
    assert reduced_accusation(doc[2])
    words = ["An", "agent", "accused", "of", "spying", "was", "freed"]
    doc = _parse(words, heads=[1, 2, 2, 2, 3, 6, 6],
                 deps=["det", "nsubj", "ROOT", "prep", "pcomp", "auxpass", "conj"],
                 tags=["DT", "NN", "VBD", "IN", "VBG", "VBD", "VBN"],
                 lemmas=["an", "agent", "accuse", "of", "spy", "be", "free"])
    assert reduced_accusation(doc[2])


def test_a_charging_verb_with_its_object_is_an_accusation() -> None:
    words = ["Kenya", "charged", "two", "Ugandans", "with", "spying"]
    doc = _parse(words, heads=[1, 1, 3, 1, 1, 4], deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pcomp"],
                 tags=["NNP", "VBD", "CD", "NNPS", "IN", "VBG"],
                 lemmas=["Kenya", "charge", "two", "Ugandans", "with", "spy"])
    assert not reduced_accusation(doc[1])


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Kenya charged two Ugandans with spying.", "KEN", "UGA"),
        ("Kenya has accused Uganda of arming the rebels.", "KEN", "UGA"),
    ],
)
def test_active_accusations_stay(pipeline, text: str, src: str, tgt: str) -> None:
    assert find_asserted(pipeline.code_text(text, published="2012-03-01"), src, tgt, "11"), text
