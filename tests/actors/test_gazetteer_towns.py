"""GAZETTEER TOWN (``actors/towns.py``): a town the dictionaries lack is a place in its state, by GeoNames,
where the sentence treats it as a place; a word, a range or a town of another state is not.

Sentences written for these tests; each town here is absent from the actor dictionaries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.tokens import Doc

import realpolitik.actors.component as component
from realpolitik.actors.towns import Town, pick, towns
from realpolitik.nlp.extensions import ACTOR_SPANS
from tests.actors.conftest import codes

Parse = Callable[..., Doc]
DAY = date(2006, 6, 1)


def towns_in(doc: Doc) -> dict[str, str]:
    return {s.text: a.code for s in doc.spans[ACTOR_SPANS] for a in s._.rp_actors if "GeoNames" in (a.how or "")}


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        ("The minister spent the night in Baidoa before flying home.", "Baidoa", "SOM"),
        ("Two aid workers were wounded near Kindu on Tuesday.", "Kindu", "COD"),
        ("A convoy left the town of Mopti at dawn.", "Mopti", "MLI"),
        ("Shots were fired at the Balad air base.", "Balad", "IRQ"),
        ("The envoy travelled to Bunia on Friday.", "Bunia", "COD"),
    ],
)
def test_a_town_where_the_sentence_puts_a_place_is_its_state(parse: Parse, monkeypatch, text: str, town: str,
                                                            code: str) -> None:
    assert towns_in(parse(text, DAY)) == {town: code}, text
    monkeypatch.setattr(component, "town_mentions", lambda *args: [])
    assert town not in codes(parse(text, DAY)), text


def test_every_town_of_a_coordination_is_placed(parse: Parse) -> None:
    assert towns_in(parse("Clashes were reported in Uvira and Butembo.", DAY)) == {"Uvira": "COD", "Butembo": "COD"}
    assert towns_in(parse("Food ran short near Mopti and Sikasso.", DAY)) == {"Mopti": "MLI", "Sikasso": "MLI"}


def test_a_town_gives_countryless_people_its_state(parse: Parse) -> None:
    assert codes(parse("Gunmen shot two traders in Kismayo on Monday.", DAY))["Gunmen"] == ["SOMUAF"]
    assert codes(parse("Two aid workers were wounded near Kindu on Tuesday.", DAY))["Two aid workers"] == ["CODNGODEV"]


def test_a_shared_name_takes_the_state_the_text_names(parse: Parse) -> None:
    assert towns_in(parse("Kenya's police arrested smugglers in Busia.", DAY)) == {"Busia": "KEN"}
    assert towns_in(parse("Uganda's police arrested smugglers in Busia.", DAY)) == {"Busia": "UGA"}
    assert towns_in(parse("Police arrested smugglers in Busia.", DAY)) == {}  # two towns of like size


def test_pick_prefers_a_named_state_then_a_far_larger_town() -> None:
    big, small = Town("Aville", "KEN", 90_000), Town("Aville", "UGA", 20_000)
    near = Town("Aville", "UGA", 60_000)
    assert pick((big, small), frozenset()) == big
    assert pick((big, near), frozenset()) is None
    assert pick((big, near), frozenset({"UGA"})) == near
    assert pick((), frozenset({"KEN"})) is None


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in the Andes grow potatoes.",  # a definite name: a range, not the town of that name
        "The ministers arrived at Summit on Monday.",  # a verb and a noun of English first
        "Protesters gathered in Mobile on Sunday.",  # an adjective first
    ],
)
def test_words_and_definite_names_are_no_towns(parse: Parse, text: str) -> None:
    assert towns_in(parse(text, DAY)) == {}, text


def test_a_town_of_a_state_a_long_article_never_names_is_not_placed(parse: Parse) -> None:
    story = ("Somali officials met clan elders on Monday. The talks ran late. "
             "A plane landed in Kindu at noon, the elders said.")
    assert towns_in(parse(story, DAY)) == {}
    story = ("Officials in Kinshasa met militia leaders on Monday. The talks ran late. "
             "A plane landed in Kindu at noon, the leaders said.")
    assert towns_in(parse(story, DAY)) == {"Kindu": "COD"}


def test_an_alternate_name_in_a_long_article_needs_its_state_nearby(parse: Parse) -> None:
    assert towns()["Jenin"][0].alias  # GeoNames' own name is Janin with a long vowel
    far = ("Israeli officials spoke on Monday. Palestinian leaders answered them. Nothing changed that week. "
           "Soldiers searched houses in Jenin overnight.")
    assert towns_in(parse(far, DAY)) == {}
    beside = ("Israeli officials spoke on Monday. Nothing changed that week. "
              "Soldiers searched houses in Jenin, a West Bank city, overnight.")
    assert towns_in(parse(beside, DAY)) == {"Jenin": "PSE"}


def test_a_dateline_town_is_placed(parse: Parse, monkeypatch) -> None:
    doc = parse("BAIDOA, May 2 (AFP) - Gunmen here wounded two traders on Monday.", DAY)
    assert codes(doc)["here"] == ["SOM"]
    doc = parse("KINDU, May 2 (Reuters) - Militiamen here burned a market on Sunday.", DAY)
    assert codes(doc)["here"] == ["COD"]
    monkeypatch.setattr("realpolitik.actors.context.named_towns", lambda name: ())
    assert "here" not in codes(parse("KINDU, May 2 (Reuters) - Militiamen here burned a market on Sunday.", DAY))
