"""Actor resolution that generalises: each class of rule, on sentences written for these tests
(at least two wordings each)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

from realpolitik.actors.resolver import ActorResolver
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2011 = date(2011, 1, 19)


def all_codes(doc: Doc) -> set[str]:
    return {c for cs in codes(doc).values() for c in cs}


# --- International organisations from the facts tables (build_actors.build_international) ---

@pytest.mark.parametrize("name,root", [("WTO", "IGO"), ("World Trade Organization", "IGO"),
                                       ("Asian Development Bank", "IGO"), ("Commonwealth", "IGO"),
                                       ("OPEC", "IGO"), ("Shanghai Cooperation Organization", "IGO")])
def test_international_organisations_resolve(name: str, root: str) -> None:
    res = ActorResolver.default().lookup(name)
    assert res is not None and res.code.startswith(root)


def test_organisations_are_recognised_in_running_text(parse: Parse) -> None:
    doc = parse("The WTO ruled against Brazil in the cotton dispute.", D2011)
    assert any(c.startswith("IGO") for c in codes(doc).get("The WTO", []))
    doc = parse("Delegates of the World Trade Organisation met Indian officials in Geneva.", D2011)
    assert any(c.startswith("IGO") for cs in codes(doc).values() for c in cs)
