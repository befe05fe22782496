"""``frames.misread_main_verb`` is the one reading of a main verb the parser hung on a noun as a
reduced relative; the source finder, the patient-participle test and the naming-verb filter all ask
it, so they cannot disagree about the same token."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from realpolitik.coding.frames import FINITE_TAGS, misread_main_verb
from realpolitik.coding.placeroles import patient_participle


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Kenyan foreign minister called Monday for Kampala to release the detained journalists.", "called"),
        ("The Malian defence minister called Sunday for Niamey to reopen the border crossing.", "called"),
    ],
)
def test_a_participle_with_a_clause_on_the_root_noun_is_a_misread_main_verb(
    nlp: Language, text: str, word: str
) -> None:
    verb = _word(nlp, text, word)
    assert verb.dep_ in ("acl", "amod"), [(t.text, t.dep_) for t in verb.doc]
    assert misread_main_verb(verb)
    assert not patient_participle(verb)  # so its noun is the doer, not the patient


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A Belgian activist held in Lagos since March.", "held"),
        ("A Dutch journalist held in Caracas for two months.", "held"),
    ],
)
def test_a_bare_participle_is_a_modifier_whose_noun_is_its_patient(nlp: Language, text: str, word: str) -> None:
    verb = _word(nlp, text, word)
    assert verb.dep_ in ("acl", "amod"), [(t.text, t.dep_) for t in verb.doc]
    assert not misread_main_verb(verb)
    assert patient_participle(verb)


def test_a_main_verb_in_its_own_place_is_no_misreading(nlp: Language) -> None:
    verb = _word(nlp, "The Ghanaian envoy urged Togo to free the suspects.", "urged")
    assert verb.dep_ == "ROOT" and verb.tag_ in FINITE_TAGS
    assert not misread_main_verb(verb)
