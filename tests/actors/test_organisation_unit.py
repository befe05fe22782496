"""Class AN ORGANISATION'S UNIT (``grouping._extend_to_unit``): an organisation's name that modifies a unit
noun ("the OSCE mission", "a WHO team") names that unit, which acts as the organisation. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors import grouping
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2010 = date(2010, 4, 20)


@pytest.mark.parametrize(("text", "unit", "code"), [
    ("The UN watchdog sent its inspectors home on Monday.", "watchdog", "IGOUNO"),
    ("A WHO panel flew to Hanoi to look into the outbreak.", "panel", "IGOUNOHLHWHO"),
])
def test_the_unit_is_the_organisation(parse: Parse, monkeypatch: pytest.MonkeyPatch, text: str, unit: str,
                                      code: str) -> None:
    assert [c for t, cs in codes(parse(text, D2010)).items() if unit in t for c in cs] == [code]
    monkeypatch.setattr(grouping, "UNIT_NOUNS", frozenset())
    assert not [c for t, cs in codes(parse(text, D2010)).items() if unit in t for c in cs]


def test_an_organisation_in_a_longer_name_keeps_it(parse: Parse) -> None:
    found = codes(parse("The UN Security Council met on Monday.", D2010))
    assert list(found.values()) == [["IGOUNO"]], found


def test_the_unit_acts_as_the_organisation(pipeline) -> None:
    text = "The UN agency began an investigation into the killing of two aid workers by Sudanese troops."
    events = pipeline.code_text(text, published="2010-04-20")
    assert [e for e in events if e.source_code == "IGOUNO" and (e.target_code or "").startswith("SDN")], events
