"""Class PARTY OF THE STATED STATE (``sentence_state.place_generic_parties``): a party known by a name many
states' parties share is the dictionary's party only when the article names that party's state; else the
state its sentence states (or the article's main state) has a party of that name (sentences written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2006 = date(2006, 10, 5)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_a_shared_party_name_in_another_states_sentence(parse: Parse) -> None:
    doc = parse("Malawi's parliament expelled two members of the Democratic Progressive Party on Monday.", D2006)
    assert _of(doc, "progressive") == ["MWIPTY"]
    doc = parse("Fiji's election office said the Labour Party had filed its list of candidates.", D2006)
    assert _of(doc, "labour") == ["FJIPTY"]


def test_a_named_home_state_keeps_the_dictionary_party(parse: Parse) -> None:
    doc = parse("Taiwan's Democratic Progressive Party won the vote in Taipei.", D2006)
    assert _of(doc, "progressive") == ["TWNPTY"]
    doc = parse("The Labour Party held its conference in Britain before the Kenyan visit.", D2006)
    assert _of(doc, "labour") == ["GBRPTY"]


def test_the_other_side_of_its_act_lends_no_country(parse: Parse) -> None:
    doc = parse("The Democratic Party criticised the war in Iraq.", D2006)
    assert _of(doc, "democratic") == ["USAPTY"]
    doc = parse("The Conservative Party condemned the coup in Thailand.", D2006)
    assert _of(doc, "conservative") == ["GBRPTY"]


def test_a_distinctive_party_name_is_never_moved(parse: Parse) -> None:
    doc = parse("Members of the Bharatiya Janata Party met officials in Nepal's parliament.", D2006)
    assert _of(doc, "bharatiya") == ["INDPTY"]


def test_a_party_known_by_its_members_plural(parse: Parse) -> None:
    """PARTY BY ITS MEMBERS: "the Democrats", "Republicans", "the Conservatives" name the party; the name
    many states' parties share still goes to the state its sentence names."""
    doc = parse("Republicans in the Senate blocked the White House nominee on Tuesday.", D2006)
    assert _of(doc, "republicans") == ["USAPTY"]
    doc = parse("Tony Blair mocked the Conservatives over their tax plans.", D2006)
    assert _of(doc, "conservatives") == ["GBRPTY"]
    doc = parse("Canada's Conservatives won the most seats, Ottawa officials said.", D2006)
    assert _of(doc, "conservatives") == ["CANPTY"]
