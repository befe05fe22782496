"""Two rules of the clause chain whose marks bear on an act (``modality._chain``):

* PURPOSE SHARES ITS CLAUSE'S TIME: an act told as the purpose of a clause ("will lead a delegation
  **to visit** Peru") happens no more than that clause: under "will" it is planned (036 for a visit),
  not a visit made.
* CONTRASTED CONJUNCT: a conjunct set against the first by "but" ("did not name the donors **but**
  praised B") does not share the first one's negation or modal.

Sentences written for these tests; each is also coded with the rule switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.modality as modality
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2006-11-15"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Chilean president will lead a delegation of ministers to visit Peru on May 21.", "CHL", "PER"),
    ("The Nigerian leader will send an envoy to Accra next week to meet the Ghanaian president.", "NGA", "GHA"),
])
def test_a_purpose_of_a_planned_clause_is_planned(pipeline: Pipeline, monkeypatch, text: str, src: str,
                                                  tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "036") and not find(events, src, tgt, "04"), text
    monkeypatch.setattr(modality, "purpose_clause", lambda tok: False)
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "04"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Kenyan minister did not name the donors but praised the Ugandan president.", "KEN", "UGA"),
    ("Egypt would not discuss the claims, but welcomed the Sudanese offer.", "EGY", "SDN"),
])
def test_a_contrasted_conjunct_keeps_its_own_status(pipeline: Pipeline, monkeypatch, text: str, src: str,
                                                    tgt: str) -> None:
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "051"), text
    monkeypatch.setattr(modality, "_contrasted", lambda conj: False)
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "051") and not find_asserted(events, src, tgt, "051"), text


def test_a_shared_negation_still_spans_its_conjuncts(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Kenya did not attack or shell the Somali town.", published=PUB)
    assert find(events, "KEN", "SOM", "19") and not find_asserted(events, "KEN", "SOM", "19")
