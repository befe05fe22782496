"""Class OFFICER OF A NON-STATE BODY (``actors/officers.py``): the president, chairman or head of a firm
or an association is business (BUS) or a civilian actor (CVL) of the phrase's country, never that
state's government; an office of the state itself keeps GOV. Sentences written for these tests, in at
least two wordings each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.component as component
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2008 = date(2008, 1, 1)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Juan Perez, the president of the Chilean branch of a Spanish firm, met Peruvian officials.",
         "Juan Perez", "CHLBUS"),
        ("Ana Soto, the president of the Bolivian subsidiary of a Chilean mining company, criticised Peru.",
         "the president of the Bolivian", "BOLBUS"),
        ("Club president Juan Perez called on the Chilean government to cut fuel taxes.",
         "president Juan Perez", "CHLCVL"),
        ("Association president Rosa Diaz urged the Chilean government to raise milk prices.",
         "president Rosa Diaz", "CHLCVL"),
    ],
)
def test_an_officer_of_a_firm_or_association_is_no_government(
    parse: Parse, monkeypatch: pytest.MonkeyPatch, text: str, mention: str, code: str
) -> None:
    assert codes(parse(text, D2008))[mention] == [code]
    monkeypatch.setattr(component, "body_officers", lambda doc, mentions: mentions)
    assert [c[3:] for c in codes(parse(text, D2008))[mention]] == ["GOV"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The president of the Chilean Senate met Peruvian officials.", "The president of the Chilean Senate",
         "CHLLEG"),
        ("The Chilean president met the Bolivian head of state in La Paz.", "The Chilean president", "CHLGOV"),
    ],
)
def test_an_office_of_the_state_stays(parse: Parse, text: str, mention: str, code: str) -> None:
    assert codes(parse(text, D2008))[mention] == [code]
