"""Class ACRONYM TAKES ITS FULL NAME'S CODE (``scripts/build_actors.py``, ``build_international``): an
organisation acronym a generic table lists beside a full name ("Asian Development Bank (ADB)", COW code
IGO) carries the full code another dictionary gives that name, not a bare IGO. Sentences written for
these tests, in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2007 = date(2007, 10, 2)


def test_a_development_bank_acronym_has_the_banks_code(parse: Parse) -> None:
    assert codes(parse("The ADB approved a road loan for Laos.", D2007))["The ADB"] == ["IGOASADEVADB"]
    assert codes(parse("Nepal asked the ADB for flood relief.", D2007))["the ADB"] == ["IGOASADEVADB"]


def test_regional_bodies_keep_their_full_codes(parse: Parse) -> None:
    assert codes(parse("CARICOM leaders met in Kingston.", D2007))["CARICOM leaders"] == ["IGOCRB"]
    assert codes(parse("Georgia said it would leave the CIS.", D2007))["the CIS"] == ["IGOCASCIS"]
