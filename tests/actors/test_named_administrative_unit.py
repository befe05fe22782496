"""Class NAMED ADMINISTRATIVE UNIT (``actors/grouping.py``, ``_named_unit``): "<Name> province",
"<Name> governorate" is the named place itself, an actor of its state as the bare name is; a unit
named with the state's own name, or a place noun with no proper name before it, is not. Class THE
UNIT REFERS BACK (``actors/coref.py``): "the province" is in the state of the one state (or place of
it) named before it in its sentence. Sentences written for these tests, each in two wordings; the
coder tests code them with the classes switched off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.coref as coref
import realpolitik.actors.grouping as grouping
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2015 = date(2015, 6, 2)


def test_a_named_province_is_an_actor_of_its_state(parse: Parse) -> None:
    assert codes(parse("The Chinese premier urged Guangdong province to open its ports.", D2015))[
        "Guangdong province"] == ["CHN"]
    assert codes(parse("Afghan troops pushed into Helmand province on Monday.", D2015))["Helmand province"] == ["AFG"]


def test_a_place_noun_with_no_name_or_with_the_state_s_name_is_no_unit(parse: Parse) -> None:
    assert not any("province" in text for text in codes(parse("The Chinese premier toured a province.", D2015)))
    assert "Mexico state" not in codes(parse("Gunmen killed a mayor in Mexico state on Sunday.", D2015))


def test_the_province_refers_back_to_the_place_named_before_it(parse: Parse) -> None:
    doc = parse("The Chinese premier visited Yunnan and appealed to the province to build more schools.", D2015)
    assert codes(doc)["the province"] == ["CHN"]
    doc = parse("Floods hit Sindh last week, and the Pakistani premier said the province needs tents.", D2015)
    assert codes(doc)["the province"] == ["PAK"]


def test_two_states_before_the_province_leave_it_open(parse: Parse) -> None:
    doc = parse("After India and Pakistan traded fire, the province was closed to foreigners.", D2015)
    assert "the province" not in codes(doc)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Chinese premier urged Guangdong province to cut its export tariffs.", "CHNGOV", "CHN"),
        ("The Chinese premier visited Yunnan and appealed to the province to build more schools.", "CHNGOV", "CHN"),
    ],
)
def test_acts_on_a_named_or_referred_province_are_coded(pipeline, monkeypatch, text: str, src: str,
                                                        tgt: str) -> None:
    def appeals(events):
        return [e for e in events if (e.source_code, e.target_code) == (src, tgt) and e.event_code.startswith("02")]

    assert appeals(pipeline.code_text(text, published="2015-06-02")), text
    monkeypatch.setattr(grouping, "ADMIN_UNITS", frozenset())
    monkeypatch.setattr(coref, "_SINGLE", frozenset(coref.get_string_id(w) for w in coref.SINGLE_STATE_NOUNS))
    monkeypatch.setattr(coref, "_COUNTED", frozenset(coref.get_string_id(w) for w in
                                                     coref.COUNTED_STATE_NOUNS | coref.SINGLE_STATE_NOUNS))
    assert not appeals(pipeline.code_text(text, published="2015-06-02")), text
