"""HEAD OF A BODY (``actors/apposition._headed_body``): an appositive office noun whose "of" phrase
names a body ("<name>, head of the OSCE mission to Kosovo") states the role; a former office of the
person yields to it, as "now the body's envoy" does. Sentences written for these tests, also coded
with the class switched off."""

from __future__ import annotations

import pytest

from realpolitik.actors import apposition
from tests.coding.helpers import find_asserted

PUB = "2010-06-01"


@pytest.mark.parametrize(("text", "body"), [
    ("Tony Blair, head of the OSCE mission to Kosovo, held talks in Rome with the Italian foreign minister.",
     "IGOEUROSC"),
    ("Tony Blair, head of the EU monitoring mission in Georgia, met the Italian foreign minister on Monday.",
     "IGOEUREEC"),
])
def test_the_body_headed_is_the_role(pipeline, monkeypatch, text: str, body: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, body, "ITA", "04"), events
    assert not find_asserted(events, "GBR", "ITA", "04"), events
    monkeypatch.setattr(apposition, "HEAD_NOUNS", frozenset())
    assert not find_asserted(pipeline.code_text(text, published=PUB), body, "ITA", "04")
