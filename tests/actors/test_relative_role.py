"""RELATIVE ROLE (``actors/apposition.py``): "<name>, who heads <country>'s delegation", "<name>, who
represents <country> at the talks" -- a relative clause on an unknown name whose verb leads or represents a
body states the name's role, as an appositive does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from realpolitik.actors import apposition
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import codes, find_asserted

DATE = "2006-05-10"


@pytest.mark.parametrize(("text", "src", "tgt", "root"), [
    ("Peter Mwale, who heads Zambia's delegation to the talks, accused Malawi of stalling.", "ZMB", "MWI", "11"),
    ("Peter Mwale, who leads the Zambian delegation, met Malawian officials on Monday.", "ZMB", "MWI", "04"),
    ("Peter Mwale, who represents Zambia at the talks, criticised Malawi.", "ZMB", "MWI", "11"),
])
def test_a_relative_clause_states_the_role_of_an_unknown_name(text: str, src: str, tgt: str, root: str,
                                                              pipeline: Pipeline, monkeypatch) -> None:
    assert find_asserted(pipeline.code_text(text, published=DATE), src, tgt, root)
    monkeypatch.setattr(apposition, "RELATIVE_ROLE_VERBS", frozenset())
    assert not find_asserted(pipeline.code_text(text, published=DATE), src, tgt, root), text


def test_a_relative_clause_of_another_verb_states_no_role(pipeline: Pipeline) -> None:
    events = pipeline.code_text("Peter Mwale, who visited Zambia last year, criticised Malawi.", published=DATE)
    assert not find_asserted(events, "ZMB", "MWI", "11"), codes(events)
