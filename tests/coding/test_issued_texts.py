"""ISSUED TEXT'S ACT (``roles.text_issuer``): what a statement, resolution, letter or speech does is the act
of whoever issued, passed, sent or delivered it: "issued a statement condemning B", "a statement that
condemned B", "passed a resolution calling on B to ...", "a statement was issued by A accusing B".
Before, the participle or relative clause on the text noun found no source. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find, find_asserted

PUB = "2012-07-19"


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("The Laotian foreign ministry released a statement denouncing the Thai air raid.", "LAOGOV", "THA", "11"),
    ("The Laotian foreign ministry released a statement which denounced the Thai air raid.", "LAOGOV", "THA", "11"),
    ("The Latvian parliament adopted a resolution calling on Moscow to pull out its troops.", "LVALEG", "RUS", "02"),
    ("A communique was released by the Malian government accusing Niger of arming the rebels.",
     "MLIGOV", "NER", "112"),
    ("The Cuban foreign minister gave a speech praising Bolivia's new constitution.", "CUBGOV", "BOL", "051"),
])
def test_the_issuer_does_what_the_text_does(pipeline: Pipeline, text: str, source: str, target: str,
                                            root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, source, target, root), events


def test_switched_off_the_text_acts_for_no_one(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roles, "TEXT_NOUNS", frozenset())
    text = "The Laotian foreign ministry released a statement denouncing the Thai air raid."
    assert not find(pipeline.code_text(text, published=PUB), "LAOGOV", "THA", "11")


def test_a_text_of_no_one_has_no_issuer(pipeline: Pipeline) -> None:
    events = pipeline.code_text("A statement denouncing the Thai air raid was read out on the radio.", published=PUB)
    assert not [e for e in events if e.event_code.startswith("11")], events


def test_the_text_says_it_when_it_is_issued(pipeline: Pipeline) -> None:
    """ISSUED TEXT'S TIME (``background._accompanied``): a resolution adopted months back urged then."""
    old = ("In March the Latvian parliament adopted a resolution calling on Moscow to pull out its troops, "
           "and the row has simmered since.")
    events = pipeline.code_text(old, published="2012-11-02")
    assert find(events, "LVALEG", "RUS", "02") and not find_asserted(events, "LVALEG", "RUS", "02"), events
