"""Regional collectives (CAMEO regions.tsv → ``regions.jsonl``): a region, its adjective on a noun for a
set of states or for people, and its plural demonym are actors; a region naming where is not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2012, 3, 1)


def test_region_as_a_party(parse: Parse) -> None:
    assert codes(parse("Beijing pledged new loans to Africa at the forum.", DAY)).get("Africa") == ["AFR"]
    assert codes(parse("Relations between Moscow and the West have soured.", DAY)).get("the West") == ["WST"]


def test_region_adjective_on_a_set_of_states(parse: Parse) -> None:
    doc = parse("Several Western countries recalled their ambassadors from Minsk.", DAY)
    assert codes(doc).get("Western countries") == ["WST"]
    doc = parse("Iran warned Latin American nations against hosting the exercise.", DAY)
    assert codes(doc).get("Latin American nations") == ["LAM"]


def test_region_adjective_on_people_and_plural_demonyms(parse: Parse) -> None:
    doc = parse("African leaders gathered in Addis Ababa for the summit.", DAY)
    assert codes(doc).get("African leaders", [""])[0].startswith("AFR")
    doc = parse("Many Europeans protested against the new tariffs.", DAY)
    assert any(c == "EUR" for cs in codes(doc).values() for c in cs)


def test_region_naming_a_place_or_a_longer_name_is_no_actor(parse: Parse) -> None:
    doc = parse("Settlers in the West Bank clashed with Palestinian villagers.", DAY)
    assert "WST" not in {c for cs in codes(doc).values() for c in cs}
    doc = parse("Boats crossed the Mediterranean sea carrying migrants.", DAY)
    assert "MDT" not in {c for cs in codes(doc).values() for c in cs}



def test_a_region_running_on_into_a_longer_region_adjective_is_that_region(parse: Parse) -> None:
    doc = parse("Observers from the West African states reached Monrovia on Sunday.", DAY)
    assert "WST" not in {c for cs in codes(doc).values() for c in cs}
    assert any(c.startswith("WAF") for cs in codes(doc).values() for c in cs)
    doc = parse("The West European partners voted against the plan.", DAY)
    assert "WST" not in {c for cs in codes(doc).values() for c in cs}


def test_a_region_gives_no_country_to_countryless_nouns(parse: Parse) -> None:
    doc = parse("Gunmen stormed a hotel, the worst attack in Asia this year.", DAY)
    assert codes(doc).get("Gunmen") == ["---UAF"]
    doc = parse("Rebels seized two towns, the deadliest fighting seen in Africa for years.", DAY)
    assert codes(doc).get("Rebels") == ["---REB"]


def test_a_compass_region_has_both_its_forms(parse: Parse) -> None:
    """COMPASS VARIANTS (``scripts/build_actors.compass_variant``): "East Africa" is CAMEO's "Eastern Africa",
    "Northern Africa" its "North Africa"; a state's own name ("South Africa") stays the state's."""
    doc = parse("Beijing sent flood relief to several East African countries.", DAY)
    assert codes(doc).get("East African countries") == ["EAF"]
    doc = parse("The bank lent money to states in Northern Africa.", DAY)
    assert codes(doc).get("Northern Africa") == ["NAF"]
    doc = parse("South African troops arrived in Burundi.", DAY)
    assert codes(doc).get("South African troops") == ["ZAFMIL"]
