"""Class TITLE OF AN ORGANISATION (``curated/agents_extra.jsonl``, ``grouping._phrase_bounds``): "Secretary
General" is one title, the head of the body that names it, never a "General" of an army; and the body's
initials compounded onto the title ("AL Secretary General <name>") are the title's first word, kept in the
mention. Sentences written for these tests, in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2008 = date(2008, 1, 1)


def test_secretary_general_is_no_military_general(parse: Parse) -> None:
    doc = parse("OAS Secretary-General Ruth Alvarado praised Chile.", D2008)
    assert codes(doc)["OAS Secretary-General Ruth Alvarado"] == ["IGOOAS"]
    assert codes(parse("The UN secretary general urged Kenya to act.", D2008))["The UN secretary general"] == ["IGOUNO"]


def test_the_bodys_initials_stay_in_the_title(parse: Parse) -> None:
    doc = parse("OAS Secretary General Jorge Paredes flew to Quito on Sunday.", D2008)
    assert codes(doc)["OAS Secretary General Jorge Paredes"] == ["IGOOAS"]
    doc = parse("Talks resumed after OAS Secretary-General Ines Ferrer phoned Managua.", D2008)
    assert codes(doc)["OAS Secretary-General Ines Ferrer"] == ["IGOOAS"]
