"""SHARED OFFICE (``ActorIndex._shared_office``): a plural office held "of" or "from" coordinated states
("the foreign ministers of A and B", "officials from A and B") is each state's office: every state
after the first takes the office's sector, as the first does. A singular office ("the president of A
and B's king") is one person's and shares nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2009-04-02"


@pytest.mark.parametrize(("text", "first", "second", "root"), [
    ("The interior ministers of Ghana and Togo met in Lome on Friday.", "GHAGOV", "TGOGOV", "04"),
    ("Officials from Laos and Cambodia held talks on the river dispute last week.", "LAOGOV", "KHMGOV", "04"),
    ("The army chiefs of Peru and Ecuador signed a border accord in Lima.", "PERMIL", "ECUMIL", "057"),
])
def test_each_state_holds_the_shared_office(pipeline: Pipeline, text: str, first: str, second: str,
                                            root: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, first, second, root) and find_asserted(events, second, first, root), events
    assert not [e for e in events if e.source_code == second[:3] or e.target_code == second[:3]], events


def test_switched_off_the_second_state_is_bare(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ActorIndex, "_shared_office", lambda self, span: None)
    events = pipeline.code_text("The interior ministers of Ghana and Togo met in Lome on Friday.", published=PUB)
    assert find_asserted(events, "GHAGOV", "TGO", "04") and not find_asserted(events, "GHAGOV", "TGOGOV", "04")


@pytest.mark.parametrize(("text", "code"), [
    ("The ambassador of Ghana and Togo arrived in Lome.", "TGO"),
    ("The ambassadors of Ghana and Togo arrived in Lome.", "TGOGOV"),
])
def test_only_a_plural_office_is_shared(pipeline: Pipeline, text: str, code: str) -> None:
    doc = pipeline.nlp(text)
    index = ActorIndex(doc)
    togo = next(t for t in doc if t.text == "Togo")
    assert [a.code for a in index.at(togo)] == [code]
