"""EXPECTED ARRIVAL (``modality.expected_arrival``, ``roles.expected_traveller``): "X is expected in Y",
"X is expected here [for talks with Z]" tell X's coming: X, the passive subject, is the traveller, and the
trip and its purpose are planned (036 under the analyst conventions), not talks already held. Without a
stated place ("is expected in March") the class stays out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import modality
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2002-10-01"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Ghanaian trade minister is expected in Lome on Friday for talks with Togolese officials.",
     "GHAGOV", "TGOGOV"),
    ("A Danish delegation is expected here on Monday for consultations with Icelandic ministers.",
     "DNKGOV", "ISLGOV"),
])
def test_the_expected_traveller_plans_the_talks(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, source, target, "036"), events
    assert not find(events, source, target, "040") and not find(events, source, target, "046"), events


def test_switched_off_the_delegation_is_no_one_s_traveller(pipeline: Pipeline,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(modality, "ARRIVAL_PLACE_ADVS", frozenset())
    text = "A Danish delegation is expected here on Monday for consultations with Icelandic ministers."
    assert not find(pipeline.code_text(text, published=PUB), "DNKGOV", "ISLGOV", "")


def test_an_expected_date_is_no_arrival(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The Danish ruling is expected in March.")
    verb = next(t for t in doc if t.lemma_ == "expect")
    assert not modality.expected_arrival(verb)
