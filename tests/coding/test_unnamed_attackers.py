"""Assaults told through their weapon ("a roadside bomb killed …") are committed by unidentified
armed forces (UAF) of the country where they happened where the conventions say so
(``weapon_attackers_of_place``, PETRARCH's reading); under the analyst default a weapon with no owner or
user names no attacker, as the te3dev guidelines want ("a bomb exploded near the embassy" gets none). A
weapon's named user is the source either way; a "pro-"/"anti-" stance is not a nationality."""

from tests.coding.helpers import find

PUB = "2019-05-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


def test_a_bomb_in_a_city_is_unidentified_attackers_of_that_country(placed_attackers_pipeline) -> None:
    events = code(placed_attackers_pipeline, "A bomb killed five civilians in Kabul.")
    hits = find(events, "AFGUAF", "AFG", "")
    assert hits and hits[0].event_code[:2] in ("18", "19", "20") and hits[0].modality == "asserted"


def test_passive_agent_weapon_near_a_named_place(placed_attackers_pipeline) -> None:
    text = "Four US marines were killed by a roadside bomb outside the Iraqi town of Ramadi."
    # a roadside bombing (coding/bombings.py)
    assert find(code(placed_attackers_pipeline, text), "IRQUAF", "USAMIL", "1833")


def test_soldiers_killed_with_no_place_stay_unattributed(pipeline) -> None:
    """Soldiers are often killed abroad: their own country is no guess for the attackers'."""
    events = code(pipeline, "The attack killed two Turkish soldiers.")
    assert not [e for e in events if (e.source_code or "").endswith("UAF")]


def test_a_weapon_used_by_a_named_group_gives_the_group(pipeline) -> None:
    events = code(pipeline, "A roadside bomb planted by Taliban militants killed three Afghan soldiers.")
    # a bomb as the subject of "kill" is CAMEO.2.0's non-military bombing (183), else an assault (19)
    assert find(events, "AFGREB", "AFGMIL", "183") or find(events, "AFGREB", "AFGMIL", "19")
    assert not [e for e in events if (e.source_code or "").endswith("UAF")]


def test_no_weapon_no_invented_attacker(pipeline) -> None:
    assert not code(pipeline, "Five civilians died in Kabul.")


def test_stance_prefix_is_not_a_nationality(petrarch_pipeline) -> None:
    events = code(petrarch_pipeline, "Pro-Russia rebels shot down a Ukrainian military plane.")  # petrarch: codes ---
    assert events and all(not (e.source_code or "").startswith("RUS") for e in events)
    assert find(events, "---REB", "UKR", "19")


def test_a_weapon_with_a_nationality_is_that_state_s_attack(pipeline) -> None:
    events = code(pipeline, "Three Palestinian civilians were killed in an Israeli air strike in Gaza.")
    assert find(events, "ISR", "PSE", "")
    events = code(pipeline, "An Israeli strike killed three Hezbollah fighters in southern Lebanon.")
    assert find(events, "ISR", "LBN", "19")


def test_analyst_default_names_no_attacker_for_a_weapon_alone(pipeline, placed_attackers_pipeline) -> None:
    for text in ("A bomb killed five civilians in Kabul.",
                 "A grenade thrown at a police post wounded two police officers in Lima, Peru."):
        assert not [e for e in code(pipeline, text) if (e.source_code or "").endswith("UAF")], text
        assert [e for e in code(placed_attackers_pipeline, text) if (e.source_code or "").endswith("UAF")], text


def test_attackers_named_as_such_are_unidentified_armed_forces(pipeline) -> None:
    """"attackers" and "snipers" are people who attack, named: unidentified armed forces of the place."""
    for text, country in (("Unknown attackers set off a bomb at a bus stop in Addis Ababa on Monday.", "ETH"),
                          ("Snipers fired on a police post in Lagos on Monday.", "NGA")):
        assert [e for e in code(pipeline, text) if e.source_code == country + "UAF"], text
