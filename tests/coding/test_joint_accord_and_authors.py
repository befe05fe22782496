"""JOINT ACCORD (``coding/rules.py``, ``SYMMETRIC_BASES``): states that agree together on a need or an
importance voice accord with each other (019, both ways). AUTHOR BY A PARTICIPLE (``coding/roles.py``,
``document_issuer``): a motion, draft or resolution "tabled / drafted / sponsored by B" speaks for B, as
"B's motion" does.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
import realpolitik.coding.rules as rules
from tests.coding.helpers import asserted_pairs

PUB = "2006-06-01"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kenya and Uganda agreed on the importance of regional trade.", "KEN", "UGA"),
        ("Peru and Bolivia on Monday agreed on the need for a joint water commission.", "PER", "BOL"),
    ],
)
def test_states_agreeing_together_voice_accord_with_each_other(pipeline, monkeypatch, text: str, a: str,
                                                               b: str) -> None:
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (a, b, "019") in found and (b, a, "019") in found, found
    monkeypatch.setattr(rules, "SYMMETRIC_BASES", rules.SYMMETRIC_BASES - {"019"})
    assert (a, b, "019") not in asserted_pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "author", "target"),
    [
        ("A motion tabled by Sweden urged Iran to free the detained reporters.", "SWE", "IRN"),
        ("A draft submitted by Norway urged Sudan to open its borders to aid workers.", "NOR", "SDN"),
    ],
)
def test_a_document_speaks_for_its_author(pipeline, monkeypatch, text: str, author: str, target: str) -> None:
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert any(s == author and t == target for s, t, _ in found), found
    monkeypatch.setattr(roles, "AUTHORING_VERBS", frozenset())
    off = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert not any(s == author and t == target for s, t, _ in off), off
