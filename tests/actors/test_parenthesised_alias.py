"""Class PARENTHESISED ALIAS DECIDES (``component.parenthesised_aliases``): when a dictionary name matched
only the start of a longer capitalised name, that partial match is another body's name; the alias the
writer puts in brackets right after the whole name says which body it is. A name matched in full keeps
its own entry. Sentences written for these tests, in at least two wordings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2006 = date(2006, 11, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli police arrested a spokesman for the Islamic Resistance Movement (Hamas) in Nablus on Sunday.",
        "Israeli troops killed two fighters of the Islamic Resistance Movement (Hamas) near Gaza City.",
    ],
)
def test_the_bracketed_alias_names_the_longer_name(parse: Parse, text: str) -> None:
    found = codes(parse(text, D2006))
    group = [cs for span, cs in found.items() if "Islamic Resistance" in span]
    assert group and group[0][0].startswith("PSE"), found
    assert not [c for cs in found.values() for c in cs if c.startswith("LBN")], found


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The African Union (AU) sent monitors to Darfur.", "The African Union", "IGOAFR"),
        ("The United Nations (UN) sent monitors to Haiti.", "The United Nations", "IGOUNO"),
    ],
)
def test_a_name_matched_in_full_keeps_its_entry(parse: Parse, text: str, span: str, code: str) -> None:
    assert codes(parse(text, D2006))[span][0].startswith(code)
