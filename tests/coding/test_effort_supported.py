"""Class EFFORT SUPPORTED (``coding/roles.py``, ``_given_to``): support, help or backing given "to the
efforts (plan, initiative) of B" is given to B, whose effort it is. Sentences written for these tests,
each also coded with the class switched off."""

from __future__ import annotations

import pytest

import realpolitik.coding.roles as roles
from tests.coding.helpers import codes, find

PUB = "2015-04-02"


@pytest.mark.parametrize(
    "text",
    [
        "Canada gave its full backing to the efforts of Haiti's government.",
        "Canada has offered help to the peace initiative of the Haitian president.",
        "Canada lent its support to the reform plan of the Haitian government.",
    ],
)
def test_support_to_an_effort_goes_to_its_owner(pipeline, monkeypatch, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.source_code.startswith("CAN") and e.target_code.startswith("HTI")], codes(events)
    monkeypatch.setattr(roles, "AIM_NOUNS", frozenset())
    off = pipeline.code_text(text, published=PUB)
    assert not [e for e in off if e.source_code.startswith("CAN") and e.target_code.startswith("HTI")], codes(off)


def test_a_place_phrase_still_names_the_recipient(pipeline) -> None:
    events = pipeline.code_text("Canada sent aid to a relief mission in Haiti.", published=PUB)
    assert find(events, "CAN", "HTI", "07"), codes(events)
