"""Class AMOUNT GIVEN (``roles.amount_recipient``): with a verb of giving, the parser often hangs the ``to``
phrase on the amount given ("$8 million in grants to B"), on its ``in`` phrase or on a value word
("aid worth 9 million euros to B"); the recipient is the target all the same. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from realpolitik.coding import roles
from tests.coding.helpers import find

PUB = "2011-03-15"


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Seoul will provide 3 billion won in loans to Mongolia for its railways.", "KOR", "MNG"),
    ("Sweden will provide food aid worth 9 million euros to Malawi, an official said.", "SWE", "MWI"),
])
def test_the_recipient_of_an_amount_is_the_target(pipeline, monkeypatch, text: str, src: str, tgt: str) -> None:
    assert find(pipeline.code_text(text, published=PUB), src, tgt, "03"), text
    monkeypatch.setattr(roles, "amount_recipient", lambda verb, actors: [])
    assert not find(pipeline.code_text(text, published=PUB), src, tgt, "03"), text
