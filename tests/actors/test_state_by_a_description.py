"""Classes STATE KNOWN BY ITS EPITHET (``actors/matcher.py``) and STATE BY A DESCRIPTION
(``actors/coref.py``, ``_described_state``). News names a state by a fixed epithet ("the Jewish state",
"the Islamic republic") or describes it by where it lies, its form or its lot ("the Balkan country", "the
Central Asian republic"). The epithet is the state; the description is the one state its sentence names
before it that lies in the region the description names, and never that region. Sentences written for
these tests, each class in at least two wordings."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from importlib import resources

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2006 = date(2006, 5, 10)


def test_a_fixed_epithet_is_its_state(parse: Parse) -> None:
    doc = parse("Tehran warned that the Jewish state would pay for any raid on its reactors.", D2006)
    assert codes(doc)["the Jewish state"] == ["ISR"]
    doc = parse("Brussels froze its aid programme for the Islamic republic on Monday.", D2006)
    assert codes(doc)["the Islamic republic"] == ["IRN"]
    doc = parse("Paris said the Islamic Republic must let the inspectors back in.", D2006)
    assert codes(doc)["the Islamic Republic"] == ["IRN"]


def test_an_indefinite_or_generic_epithet_is_no_state(parse: Parse) -> None:
    doc = parse("The militants said they want an Islamic republic in the valley.", D2006)
    assert not any("republic" in text for text in codes(doc))
    doc = parse("The sheikh preached for a pure Islamic state.", D2006)
    assert not any("state" in text for text in codes(doc))


def test_a_description_is_the_state_of_its_region(parse: Parse) -> None:
    doc = parse("Canada lifted its sanctions on Haiti, saying the Caribbean country had held fair polls.", D2006)
    assert codes(doc)["the Caribbean country"] == ["HTI"]
    doc = parse("Moscow raised the gas price for Serbia, and the Balkan nation protested at once.", D2006)
    assert codes(doc)["the Balkan nation"] == ["SRB"]


def test_a_description_without_a_region_takes_the_one_state_named(parse: Parse) -> None:
    doc = parse("Floods cut off villages in Nepal, and the mountainous nation's army flew in rice.", D2006)
    assert codes(doc)["the mountainous nation's army"] == ["NPLMIL"]
    doc = parse("Drought struck Chad, and the landlocked country asked for grain.", D2006)
    assert codes(doc)["the landlocked country"] == ["TCD"]


def test_a_region_word_in_a_description_gives_the_state_not_the_region(parse: Parse) -> None:
    doc = parse("Tajikistan's president and the ministers of this Central Asian republic met on Monday.", D2006)
    assert [c for text, cs in codes(doc).items() if "ministers" in text for c in cs] == ["TJKGOV"]
    doc = parse("Ghana's leader and this West African nation's envoys signed the accord.", D2006)
    assert [c for text, cs in codes(doc).items() if "envoys" in text for c in cs] == ["GHAGOV"]


def test_a_description_stays_open_when_no_state_fits(parse: Parse) -> None:
    doc = parse("Norway funds the clinic, and the Balkan country pays its staff.", D2006)
    assert "the Balkan country" not in codes(doc)
    doc = parse("Kenya and Uganda signed, and the African country will host the office.", D2006)
    assert "the African country" not in codes(doc)
    doc = parse("Moscow sent police to the Russian republic of Dagestan.", D2006)
    assert not any(c == "RUS" for text, cs in codes(doc).items() if "republic" in text for c in cs)


def test_every_region_lists_known_states() -> None:
    root = resources.files("realpolitik.actors") / "data"
    states = {json.loads(line)["code"] for line in (root / "countries.jsonl").read_text().splitlines()}
    regions = {r["code"]: set(r["members"]) for line in (root / "regions.jsonl").read_text().splitlines()
               if (r := json.loads(line))}
    assert {"KGZ", "KAZ"} <= regions["CAS"] and "RUS" not in regions["CAS"]
    assert "ZAF" in regions["SAF"] and "CUB" in regions["CRB"] and "BGR" in regions["BLK"]
    assert all(members - {"PSE"} <= states | {"GME", "GMW", "CZA", "YMN", "YMS", "KSV", "TMP", "ROM", "MTN"}
               for members in regions.values())
