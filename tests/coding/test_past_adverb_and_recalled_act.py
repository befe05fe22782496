"""PAST ADVERB (``coding/modality.py``, ``HISTORICAL_WORDS``) and RECALLED ACT (``coding/background.py``):
an act told with "previously", "formerly" or "once", or told as what someone recalls or remembers (or, in
the past tense, says while recalling or looking back: RECALLING SPEAKER), happened before the story:
``historical``, not ``asserted``. A recall of an envoy is an act of its own, and "once" as a conjunction
dates nothing.

Sentences written for these tests; the first ones are also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.background as background
import realpolitik.coding.modality as modality

PUB = "2024-11-20"


def _found(events, src: str, tgt: str, root: str):
    return [e for e in events if e.source_code[:3] == src and e.target_code[:3] == tgt and e.event_code[:2] == root]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root", "switch"),
    [
        ("Egypt has previously accused Sudan of harbouring militants.", "EGY", "SDN", "11", "HISTORICAL_WORDS"),
        ("Chile once accused Bolivia of stirring up unrest on the border.", "CHL", "BOL", "11", "HISTORICAL_WORDS"),
        ("The Chinese president, recalling his state visit to Zambia, praised Zambian reforms.", "CHN", "ZMB", "04",
         "RECALLING_VERBS"),
        ("The Malian leader remembered his talks with the French president warmly.", "MLI", "FRA", "04",
         "RECALLING_VERBS"),
        ("Recalling his trip to Ghana in May, the Chinese premier said he reached broad agreement with the "
         "Ghanaian president on trade.", "CHN", "GHA", "05", "RECALLING_VERBS"),
        ("Recalling the talks in Lima last spring, the Chilean president said he signed four accords with his "
         "Peruvian counterpart.", "CHL", "PER", "05", "RECALLING_VERBS"),
    ],
)
def test_a_previous_or_recalled_act_is_historical(pipeline, monkeypatch, text: str, src: str, tgt: str, root: str,
                                                   switch: str) -> None:
    hits = _found(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and all(e.modality == "historical" for e in hits), [(e.event_code, e.modality) for e in hits]
    monkeypatch.setattr(modality if switch == "HISTORICAL_WORDS" else background, switch, frozenset())
    off = _found(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert any(e.modality == "asserted" for e in off), [(e.event_code, e.modality) for e in off]


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        ("Kenya recalled its ambassador to Uganda on Monday.", "KEN", "UGA", "16"),
        ("Once the talks with Pakistan end, India will free the Pakistani fishermen, the Indian minister said.",
         "IND", "PAK", "03"),
        ("The Chinese president praised Kenyan reforms on Tuesday.", "CHN", "KEN", "05"),
        ("Recalling his trip to Ghana in May, the Chinese premier said he will sign a trade pact with the "
         "Ghanaian president.", "CHN", "GHA", "03"),
    ],
)
def test_a_recall_of_an_envoy_and_a_conjunction_stay_news(pipeline, text: str, src: str, tgt: str,
                                                          root: str) -> None:
    hits = _found(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert hits and not any(e.modality == "historical" for e in hits), [(e.event_code, e.modality) for e in hits]


def test_looking_back_is_recalling(pipeline) -> None:
    text = "Looking back on his visit to Peru, the Chilean president said he signed four accords with his Peruvian " \
           "counterpart."
    events = pipeline.code_text(text, published=PUB)
    for root in ("04", "05"):
        hits = _found(events, "CHL", "PER", root)
        assert hits and all(e.modality == "historical" for e in hits), (root, [(e.event_code, e.modality)
                                                                              for e in hits])


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Twenty Ghanaian soldiers have died since the Ivorian offensive against the rebels.", "CIV", "CIV", "19"),
    ("Trade has grown since the US invasion of Grenada.", "USA", "GRD", "19"),
    ("No talks have been held since the Israeli raid on Gaza last year.", "ISR", "PSE", "19"),
])
def test_the_anchor_of_a_since_phrase_is_historical(pipeline, monkeypatch, text: str, src: str, tgt: str,
                                                    root: str) -> None:
    """SINCE-ANCHOR (``background.since_anchor``): the act a period is counted from was before it."""
    found = _found(pipeline.code_text(text, published=PUB), src, tgt, root)
    assert found and all(e.modality == "historical" for e in found), found
    monkeypatch.setattr(background, "since_anchor", lambda trigger, published: False)
    assert [e for e in _found(pipeline.code_text(text, published=PUB), src, tgt, root) if e.modality == "asserted"]


def test_a_since_anchor_dated_within_the_month_stays_news(pipeline) -> None:
    found = _found(pipeline.code_text("Five people have died since Monday's Israeli raid on Gaza.", published=PUB),
                   "ISR", "PSE", "19")
    assert found and all(e.modality == "asserted" for e in found), found
