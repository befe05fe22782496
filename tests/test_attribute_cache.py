"""The cached attribute rules and lemmas annotate exactly as the model's stock components do."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language

import realpolitik.nlp.attributes as attributes
from realpolitik.nlp.attributes import CachedAttributeRuler, use_cached_rules
from realpolitik.nlp.lemmas import CachedLemmatizer, use_cached_lemmas
from realpolitik.settings import Settings

# Sentences written for these tests; between them they reach the model's one-token rules (tag map,
# pronoun case by dependency, auxiliaries, 'that'/'which' as pronouns) and its two-token rules
# ("gonna", "gotta", "let's", "y'all", "ain't", expletive "there is").
TEXTS = [
    "The envoy said that it would not attend, but I met her anyway.",
    "We're gonna sign it; you gotta admit they ain't ready.\n\nLet's see what y'all think.",
    "There is a dispute, and there were talks which failed.  \n  Ministers had done what they could.",
    "Did the council give it to you? I asked them whether that was enough.",
    "C'mon, she gets what she wants: he got a deal and gave it to me.",
]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    model = Settings().model
    stock, cached = spacy.load(model), spacy.load(model)
    assert use_cached_rules(cached) and use_cached_lemmas(cached)
    return stock, cached


def _annotations(nlp: Language, texts: list[str]) -> list[list[tuple[str, ...]]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in nlp.pipe(texts)]


def test_cached_rules_replace_the_stock_component_under_its_name(models) -> None:
    stock, cached = models
    assert cached.pipe_names == stock.pipe_names
    assert isinstance(cached.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(cached.get_pipe("lemmatizer"), CachedLemmatizer)


def test_same_annotations_as_the_stock_ruler(models) -> None:
    stock, cached = models
    assert _annotations(cached, TEXTS) == _annotations(stock, TEXTS)
    for a, b in zip(stock.pipe(TEXTS), cached.pipe(TEXTS), strict=True):
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
    # Second pass: every key now comes from the cache.
    assert _annotations(cached, TEXTS[::-1]) == _annotations(stock, TEXTS[::-1])


def test_two_token_rules_apply(models) -> None:
    _, cached = models
    doc = cached("They are gonna leave and y'all know it.")
    lemmas = {t.text.lower(): t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["y'"] == "you"


def test_a_full_cache_starts_again_with_the_same_result(models, monkeypatch) -> None:
    stock, cached = models
    monkeypatch.setattr(attributes, "CACHE_KEYS", 5)
    ruler = cached.get_pipe("attribute_ruler")
    ruler._cache.clear()  # type: ignore[attr-defined]
    assert _annotations(cached, TEXTS) == _annotations(stock, TEXTS)
    assert len(ruler._cache) <= 5  # type: ignore[attr-defined]


def test_rules_beyond_the_evaluator_keep_the_stock_component() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk"})  # type: ignore[attr-defined]
    assert CachedAttributeRuler.compile(ruler) is not None  # type: ignore[arg-type]
    ruler.add([[{"SHAPE": "Xxxx", "OP": "+"}]], {"POS": "PROPN"})  # type: ignore[attr-defined]
    assert CachedAttributeRuler.compile(ruler) is None  # type: ignore[arg-type]
    assert not use_cached_rules(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_lemmas_are_the_stock_lemmatizers(models) -> None:
    stock, cached = models
    text = "The ministers were meeting; talks broke down and the envoys flew home, angrier than before."
    assert [t.lemma_ for t in cached(text)] == [t.lemma_ for t in stock(text)]
    assert {t.text: t.lemma_ for t in cached(text)}["ministers"] == "minister"


def test_a_lookup_lemmatizer_is_left_alone() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_cached_lemmas(nlp)


def test_the_pipeline_uses_the_cached_components(nlp) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
