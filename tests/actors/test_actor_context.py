"""Actor context classes added for real news (``actors/context.py``, ``actors/coref.py``): each class on
sentences written for these tests, in at least two wordings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2010 = date(2010, 5, 4)


# --- An aide, adviser or spokesperson takes the side of the principal it serves (give_principals) ---

def test_aide_to_a_leader_is_the_leaders_government(parse: Parse) -> None:
    assert codes(parse("An aide to the Peruvian president denounced Chile.", D2010))["An aide"] == ["PERGOV"]
    doc = parse("A senior adviser to Kenyan President Mwai Kibaki flew to Addis Ababa.", D2010)
    assert any(text.endswith("adviser") and cs == ["KENGOV"] for text, cs in codes(doc).items())


def test_spokesman_for_or_of_a_principal(parse: Parse) -> None:
    doc = parse("A spokeswoman for the Thai foreign minister rejected the Cambodian claim.", D2010)
    assert codes(doc)["A spokeswoman"] == ["THAGOV"]
    doc = parse("The spokesman of the European Commission welcomed the vote in Skopje.", D2010)
    assert [c for text, cs in codes(doc).items() if "spokesman" in text for c in cs][0].startswith("IGO")


def test_an_aide_alone_does_not_take_the_place(parse: Parse) -> None:
    doc = parse("The adviser was wounded in a blast in Kandahar on Sunday.", D2010)
    assert codes(doc).get("The adviser", ["---GOV"]) == ["---GOV"]
    doc = parse("Two aides were detained at the airport in Lagos.", D2010)
    assert all(not c.startswith("NGA") for text, cs in codes(doc).items() if "aides" in text for c in cs)


def test_ambassador_to_a_state_is_not_that_states(parse: Parse) -> None:
    doc = parse("The Saudi ambassador to Egypt met officials in Cairo.", D2010)
    assert all(not c.startswith("EGY") for text, cs in codes(doc).items() if "ambassador" in text for c in cs)
    doc = parse("An ambassador to Jordan was recalled on Friday.", D2010)
    assert all(not c.startswith("JOR") for text, cs in codes(doc).items() if "ambassador" in text for c in cs)


# --- Hyphen compounds: combining forms, two nationalities on one noun, "X-led" bodies ---

def test_combining_forms_before_a_hyphen_are_states(parse: Parse) -> None:
    assert codes(parse("Franco-Italian trade talks opened in Rome on Tuesday.", D2010)).get("Franco-Italian") == \
        ["FRA", "ITA"]
    doc = parse("The Sino-Vietnamese border dispute flared again.", D2010)
    assert codes(doc).get("Sino-Vietnamese") == ["CHN", "VNM"]


def test_combining_form_alone_is_no_state(parse: Parse) -> None:
    assert "FRA" not in {c for cs in codes(parse("General Franco visited Lisbon in 1950.", D2010)).values() for c in cs}
    assert "IND" not in {c for cs in codes(parse("The Indo-Pacific plan worries Beijing.", D2010)).values() for c in cs}


def test_two_nationalities_joined_by_a_hyphen_share_the_noun(parse: Parse) -> None:
    doc = parse("A patrol of Afghan-American troops was ambushed near Kandahar.", D2010)
    assert any(cs == ["AFGMIL", "USAMIL"] for cs in codes(doc).values())
    doc = parse("Joint Turkish-Azerbaijani forces held drills near Baku.", D2010)
    assert any(set(cs) == {"TURMIL", "AZEMIL"} for cs in codes(doc).values())


def test_led_body_is_the_leaders(parse: Parse) -> None:
    doc = parse("French-led troops drove the militants out of Timbuktu.", D2010)
    assert codes(doc).get("French-led troops") == ["FRAMIL"]
    doc = parse("An Ethiopian-led coalition of African armies entered Mogadishu.", D2010)
    assert any(text.endswith("coalition") and cs == ["ETH"] for text, cs in codes(doc).items())


def test_backed_body_is_not_the_backers(parse: Parse) -> None:
    doc = parse("Syrian-backed militias shelled the camp near Tripoli.", D2010)
    assert all(not c.startswith("SYR") for text, cs in codes(doc).items() if "militias" in text for c in cs)
