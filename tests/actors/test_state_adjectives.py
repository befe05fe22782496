"""Every state's adjective names it ("Swedish officials", "the Nepali army"): the Phoenix country list
lacks some common ones, which curated/country_aliases.jsonl adds (scripts/build_actors.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors.resolver import ActorResolver
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
WHEN = date(2011, 6, 1)


@pytest.mark.parametrize(
    ("adjective", "state"),
    [("Swedish", "SWE"), ("Icelandic", "ISL"), ("Kazakh", "KAZ"), ("Luxembourgish", "LUX"), ("Maldivian", "MDV"),
     ("Nepali", "NPL"), ("Slovenian", "SVN"), ("Botswanan", "BWA"), ("Djiboutian", "DJI"), ("East Timorese", "TLS")],
)
def test_state_adjectives_resolve(adjective: str, state: str) -> None:
    found = ActorResolver.default().lookup(adjective)
    assert found is not None and found.code == state


def test_state_adjectives_make_sector_actors_in_running_text(parse: Parse) -> None:
    assert codes(parse("Swedish officials met the delegation on Monday.", WHEN))["Swedish officials"] == ["SWEGOV"]
    doc = parse("The talks were attended by Nepali and Slovenian diplomats.", WHEN)
    found = {c[:3] for cs in codes(doc).values() for c in cs}
    assert {"NPL", "SVN"} <= found
