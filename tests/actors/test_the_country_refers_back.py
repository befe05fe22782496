"""Class THE COUNTRY REFERS BACK (``actors/coref.py``, ``_referring_state``): a singular definite "the
country", "that nation" is the one state named before it in its own sentence; "the country's <agent>" is
that state's agent. Two states before it, or a modifier that may single out another state, leave it
open. Sentences written for these tests, each class in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2010 = date(2010, 3, 9)


def test_the_country_is_the_state_named_before_it(parse: Parse) -> None:
    assert codes(parse("Uruguay said on Friday that the country would appeal the ruling.", D2010))["the country"] \
        == ["URY"]
    doc = parse("Floods swept across Laos last week, and that nation now needs foreign food aid.", D2010)
    assert codes(doc)["that nation"] == ["LAO"]


def test_the_countrys_agent_takes_the_state(parse: Parse) -> None:
    doc = parse("A cyclone hit Fiji and the country's prime minister appealed for tents.", D2010)
    assert codes(doc)["the country's prime minister"] == ["FJIGOV"]
    doc = parse("Once the votes in Malawi were counted, the country's army left the polling stations.", D2010)
    assert codes(doc)["the country's army"] == ["MWIMIL"]


def test_two_states_or_another_country_stay_open(parse: Parse) -> None:
    doc = parse("Chadian troops crossed into Niger and the country protested.", D2010)
    assert "the country" not in codes(doc)
    doc = parse("Norway will send doctors to the host country next month.", D2010)
    assert not any("country" in text for text in codes(doc))


def test_an_ethnic_group_is_no_state_to_refer_back_to(parse: Parse) -> None:
    doc = parse("Kurds marched in the capital, demanding a share of the country's oil revenue.", D2010)
    assert "the country" not in codes(doc)


# --- THE COUNTRY ACTED ON IS ANOTHER (``_acting_country``) ---------------------------------------------------


def test_the_country_a_state_acts_on_is_the_other_state(parse: Parse) -> None:
    doc = parse("Portugal condemned the coup in Guinea-Bissau and suspended its aid to the country.", D2010)
    assert codes(doc)["the country"] == ["GNB"]
    doc = parse("Norway sent envoys to Nepal and urged the country to hold elections.", D2010)
    assert codes(doc)["the country"] == ["NPL"]


def test_the_owner_of_what_a_state_acts_on_is_the_other_state(parse: Parse) -> None:
    doc = parse("The Kenyan president flew to Tanzania and praised the country's leaders.", D2010)
    assert codes(doc)["the country's leaders"][0].startswith("TZA")


def test_the_subjects_own_ground_and_the_subject_itself_stay_open(parse: Parse) -> None:
    doc = parse("Canada arrested two Chilean traders, and Ottawa later let others into the country.", D2010)
    assert "the country" not in codes(doc)
    doc = parse("Chadian troops crossed into Niger and the country protested.", D2010)
    assert "the country" not in codes(doc)
