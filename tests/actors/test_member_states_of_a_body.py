"""MEMBER STATES OF A BODY (``actors/grouping.py``, ``_modified_head``): a set of states named by an
international body -- "NATO member states", "EU governments", "AU members", "ASEAN nations" -- is that body,
as CAMEO codes a bloc acting through its members; no state of it is named. A body's possessive ("the EU's
member states") is left to the possessive rules. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2008, 5, 14)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Several NATO member states urged Italy to send more helicopters.", "NATO member states", "IGOWSTNAT"),
        ("Other EU member states criticised Hungary over the media law.", "EU member states", "IGOEUREEC"),
        ("ASEAN nations pressed Myanmar to free its political prisoners.", "ASEAN nations", "IGOSEAASN"),
    ],
)
def test_a_set_of_states_named_by_a_body_is_the_body(parse: Parse, text: str, phrase: str, code: str) -> None:
    assert codes(parse(text, DAY)).get(phrase) == [code]


def test_the_body_acts_through_its_members(pipeline) -> None:
    events = pipeline.code_text("Two NATO member states urged Norway to deploy more troops.", published=DAY)
    assert any(e.source_code == "IGOWSTNAT" and e.target_code == "NOR" and e.root_code == "02" for e in events)
