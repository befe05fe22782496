"""Class AGREED VIEW (``rules.agreement_code``): a bare "agree" over a that-clause is coded by what the
clause says. On what ought to be or what is, the parties voice accord (019); on what will be done, they
plan it (030). CAMEO.2.0 gives every bare "agree" 050. Sentences written for these tests."""

from __future__ import annotations

import pytest

import realpolitik.coding.rules as rules
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2006-11-08"


@pytest.mark.parametrize(("text", "a", "b", "code"), [
    ("Kenya and Uganda agreed that the border dispute must be settled by talks.", "KEN", "UGA", "019"),
    ("Peru and Chile agreed that the region needs more trade.", "PER", "CHL", "019"),
    ("The Malian and Nigerien presidents agreed that the desert raids are a threat to both states.", "MLI", "NER",
     "019"),
    ("Ghana and Togo agreed that refugees will return home in June.", "GHA", "TGO", "030"),
    ("Laos and Vietnam agreed that their navies would patrol the river together.", "LAO", "VNM", "030"),
])
def test_what_is_agreed_decides_the_code(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, text: str, a: str,
                                         b: str, code: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, a, b, code) and find_asserted(events, b, a, code), text
    assert not find_asserted(events, a, b, "050"), text
    monkeypatch.setattr(rules, "BARE_AGREEMENT", "999")
    assert find_asserted(pipeline.code_text(text, published=PUB), a, b, "050"), text


def test_an_agreement_with_no_clause_stays_bare(pipeline: Pipeline) -> None:
    assert find_asserted(pipeline.code_text("Ghana and Togo agreed on Monday.", published=PUB), "GHA", "TGO", "050")
