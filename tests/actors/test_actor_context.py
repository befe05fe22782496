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


# --- A bare definite description repeated refers back to its fuller mention (coref._resolve_definite) ---

def test_bare_title_refers_back_to_the_titled_person(parse: Parse) -> None:
    doc = parse("The prime minister of Nepal flew to Delhi on Friday. The prime minister later thanked India.", D2010)
    assert codes(doc)["The prime minister"] == ["NPLGOV"]
    doc = parse("Peruvian President Alan Garcia spoke first. Later the president criticised Bolivia.", D2010)
    assert codes(doc)["the president"] == ["PERGOV"]


def test_bare_sector_noun_takes_the_country_of_its_fuller_mention(parse: Parse) -> None:
    doc = parse("The Ghanaian government denied the claim. On Monday the government summoned the Togolese envoy.",
                D2010)
    assert codes(doc)["the government"] == ["GHAGOV"]
    doc = parse("Maoist rebels in Nepal called a strike. Police said the rebels burned two buses.", D2010)
    assert codes(doc)["the rebels"] == ["NPLREB"]


def test_two_candidates_of_different_sides_leave_it_open(parse: Parse) -> None:
    doc = parse("The Chilean president met the Argentine president in Santiago. The president said little.", D2010)
    assert codes(doc)["The president"] == ["---GOV"]
    doc = parse("Kenyan officials and Ugandan officials met in Kampala. The officials agreed on nothing.", D2010)
    assert codes(doc)["The officials"] == ["---GOV"]


def test_the_sentences_own_place_beats_an_earlier_mention(parse: Parse) -> None:
    doc = parse("The Malian government closed the border. In Niamey, the government protested on Monday.", D2010)
    assert codes(doc)["the government"] == ["NERGOV"]
    doc = parse("The Thai army shelled the hills. In Phnom Penh the army was put on alert.", D2010)
    assert codes(doc)["the army"] == ["KHMMIL"]


# --- The article's main state: for countryless nouns with no place, and over a foreign dateline ---

def test_article_main_state_over_a_filing_dateline(parse: Parse) -> None:
    doc = parse("GENEVA, March 3 (AFP) - Laotian officials denied the charge on Monday. Laos has long rejected "
                "such reports. The government said the report was false.", D2010)
    assert codes(doc)["The government"] == ["LAOGOV"]
    doc = parse("VIENNA, June 9 (Reuters) - Iran defended its nuclear work on Tuesday. Tehran said its plants were "
                "peaceful. The ministry denied the inspectors access.", D2010)
    assert codes(doc)["The ministry"] == ["IRNGOV"]


def test_dateline_of_a_named_state_still_counts(parse: Parse) -> None:
    doc = parse("NAIROBI, May 3 (Reuters) - The government accused Somalia of shelling a border post.", D2010)
    assert codes(doc)["The government"] == ["KENGOV"]
    doc = parse("KAMPALA, May 3 (AFP) - Uganda and Kenya held talks. Uganda wants a new deal. "
                "The ministry said the talks went well.", D2010)
    assert codes(doc)["The ministry"] == ["UGAGOV"]


def test_no_main_state_in_a_two_state_story(parse: Parse) -> None:
    doc = parse("Chile and Peru traded charges. Chile recalled its envoy. Peru did the same. "
                "The government said nothing more.", D2010)
    assert codes(doc)["The government"] == ["---GOV"]
    doc = parse("Ghana met Togo. The police arrested two men.", D2010)
    assert codes(doc)["The police"] == ["---COP"]


# --- Modifiers that deny the local country: "foreign troops", "the international community" ---

def test_foreign_groups_do_not_take_the_place(parse: Parse) -> None:
    doc = parse("Foreign troops in Somalia were attacked near the port.", D2010)
    assert all(not c.startswith("SOM") for text, cs in codes(doc).items() if "troops" in text for c in cs)
    doc = parse("Overseas workers in Qatar staged a strike in Doha.", D2010)
    assert all(not c.startswith("QAT") for text, cs in codes(doc).items() if "workers" in text for c in cs)


def test_the_international_community_is_no_states_public(parse: Parse) -> None:
    doc = parse("The Nepalese prime minister appealed to the international community for aid.", D2010)
    assert not any("community" in text for text in codes(doc))
    doc = parse("In Harare, the opposition asked the world community to help.", D2010)
    assert not any("community" in text for text in codes(doc))


def test_origin_still_counts_for_groups_said_not_local(parse: Parse) -> None:
    doc = parse("Foreign fighters from Tunisia were captured near Aleppo.", D2010)
    assert any(c.startswith("TUN") for text, cs in codes(doc).items() if "fighters" in text for c in cs)
    doc = parse("Exiled dissidents from Laos met the Thai foreign minister.", D2010)
    assert any(c.startswith("LAO") for text, cs in codes(doc).items() if "dissidents" in text for c in cs)


# --- A sector's body ("the farmers' union") and a society group acting on its own government ---

def test_a_sectors_body_is_that_sector(parse: Parse) -> None:
    doc = parse("The workers' union called a strike in Antwerp.", D2010)
    assert any("union" in text and all(c.endswith("LAB") for c in cs) for text, cs in codes(doc).items())
    doc = parse("Student groups marched in Dhaka on Sunday.", D2010)
    assert codes(doc).get("Student groups") == ["BGDEDU"]


def test_society_group_acting_on_a_government_is_its_own(parse: Parse) -> None:
    doc = parse("The farmers' federation denounced the Polish government on Friday.", D2010)
    assert any("federation" in text and cs == ["POLAGR"] for text, cs in codes(doc).items())
    doc = parse("Striking teachers marched against the Nigerian government.", D2010)
    assert any("teachers" in text and cs == ["NGAEDU"] for text, cs in codes(doc).items())


def test_armed_groups_do_not_take_the_government_they_act_on(parse: Parse) -> None:
    doc = parse("Gunmen attacked the Pakistani government's offices.", D2010)
    assert codes(doc).get("Gunmen", ["---UAF"]) == ["---UAF"]
    doc = parse("Militants threatened the Afghan government on Sunday.", D2010)
    assert codes(doc).get("Militants", ["---REB"]) == ["---REB"]


# --- An unknown name introduced with its title keeps that role in later sentences ---

def test_unknown_name_keeps_its_stated_role_later(parse: Parse) -> None:
    doc = parse("Amina Oduya, the trade minister of Tanzania, reached Nairobi on Monday. Oduya thanked Kenya.", D2010)
    assert codes(doc)["Oduya"] == ["TZAGOV"]
    doc = parse("Zambia's defence minister, Mwila Chanda, toured the border. Chanda later accused Angola.", D2010)
    assert codes(doc)["Chanda"] == ["ZMBMIL"]  # a defence minister is MIL in the agent table


def test_name_the_ner_calls_an_organisation_beside_an_office(parse: Parse) -> None:
    doc = parse("Zambia's foreign minister, Mwila Chanda, met Angolan officials. Chanda later thanked Angola.", D2010)
    assert codes(doc).get("Chanda") == ["ZMBGOV"]
    doc = parse("The Malawian trade minister, Kondwani Phiri, flew to Lusaka. Phiri signed a deal with Zambia.", D2010)
    assert codes(doc).get("Phiri") == ["MWIGOV"]


def test_people_aimed_at_are_no_place(parse: Parse, monkeypatch) -> None:
    """PEOPLE ARE NO PLACE: "fired at a Chilean army patrol" aims at people; a body that is a building
    ("at the Kenyan parliament") still places the sentence."""
    from realpolitik.actors import context

    for text, word in (("A gunman opened fire at a Chilean army patrol in a remote district.", "gunman"),
                       ("Snipers shot at Kenyan police officers overnight.", "Snipers")):
        c = codes(parse(text, D2010))
        assert c[next(k for k in c if word in k)][0].startswith("---"), c
    assert codes(parse("Police fired on marchers at the Kenyan parliament.", D2010))["Police"] == ["KENCOP"]
    monkeypatch.setattr(context, "_people", lambda m: False)
    c = codes(parse("A gunman opened fire at a Chilean army patrol in a remote district.", D2010))
    assert c[next(k for k in c if "gunman" in k)] == ["CHLUAF"]
