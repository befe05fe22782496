"""Class PARLIAMENTARY GROUPS (``curated/agents_extra.jsonl``, LEG): a parliament's majority, blocs, groups,
factions and caucuses are the legislature of their state ("the Latvian parliamentary majority" → LVALEG),
as Phoenix codes its "majority party". Sentences written for these tests, in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2009 = date(2009, 9, 1)


def test_a_parliamentary_group_is_its_states_legislature(parse: Parse) -> None:
    doc = parse("The Latvian parliamentary majority voted down the budget.", D2009)
    assert codes(doc)["The Latvian parliamentary majority"] == ["LVALEG"]
    doc = parse("A Peruvian parliamentary bloc walked out of the chamber.", D2009)
    assert codes(doc)["A Peruvian parliamentary bloc"] == ["PERLEG"]
    doc = parse("Slovenia's parliamentary factions agreed on a new speaker.", D2009)
    assert codes(doc)["Slovenia's parliamentary factions"] == ["SVNLEG"]
