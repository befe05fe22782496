"""CONJOINED CLAUSE (``coding/modality.py``, ``_chain``): a conjunct with a subject of its own is a clause
of its own, so the first clause's negation, modal or past adverb does not reach its act; a conjunct
that shares the first clause's subject shares its status too. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUB = "2024-03-01"


def _status(events, src: str, tgt: str) -> set[str]:
    return {e.modality for e in events if e.source_code[:3] == src and e.target_code[:3] == tgt}


@pytest.mark.parametrize(
    ("text", "first", "second", "status"),
    [
        ("Kenya did not attack Uganda, but Tanzania bombed Rwanda on Monday.", ("KEN", "UGA"), ("TZA", "RWA"),
         "negated"),
        ("Chile previously accused Peru of spying, but Bolivia this week accused Brazil of smuggling.",
         ("CHL", "PER"), ("BOL", "BRA"), "historical"),
        ("Ghana will not expel the Nigerian traders, and Togo arrested two Beninese officials on Friday.",
         ("GHA", "NGA"), ("TGO", "BEN"), "negated"),
    ],
)
def test_a_conjunct_with_its_own_subject_keeps_its_own_status(pipeline, text: str, first: tuple[str, str],
                                                              second: tuple[str, str], status: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert _status(events, *first) == {status}, text
    assert _status(events, *second) == {"asserted"}, text


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        ("Kenya did not attack Uganda or shell its border towns.", ("KEN", "UGA"), "negated"),
        ("Chile previously accused Peru of spying and expelled its consul.", ("CHL", "PER"), "historical"),
    ],
)
def test_a_conjunct_sharing_the_subject_shares_its_status(pipeline, text: str, pair: tuple[str, str],
                                                          status: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert _status(events, *pair) == {status}, [(e.event_code, e.modality) for e in events]
