"""Class POSTED ENVOY: diplomats, ambassadors, envoys and embassies placed in (or based in) a city serve there
for their own states, so the place gives them no country, while police or officials in a city stay that
city's state (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from tests.actors.conftest import codes

Parse = Callable[..., Doc]
D2009 = date(2009, 11, 2)


def _of(doc: Doc, word: str) -> list[str]:
    return next(cs for text, cs in codes(doc).items() if word in text.lower())


def test_diplomats_in_a_capital_are_not_its_government(parse: Parse) -> None:
    doc = parse("Diplomats in Dakar said Mali and Niger had resumed contacts.", D2009)
    assert not _of(doc, "diplomats")[0].startswith("SEN")
    doc = parse("Ambassadors in Kampala briefed the rebels on the plan.", D2009)
    assert not _of(doc, "ambassadors")[0].startswith("UGA")


def test_city_based_envoys_are_not_the_citys(parse: Parse) -> None:
    doc = parse("Several Amman-based envoys doubted that Syria would agree.", D2009)
    assert not _of(doc, "envoys")[0].startswith("JOR")
    doc = parse("A Bangkok-based diplomat said Laos had refused the loan.", D2009)
    assert not _of(doc, "diplomat")[0].startswith("THA")


def test_a_stated_state_still_owns_its_envoy(parse: Parse) -> None:
    doc = parse("The Turkish embassy in Tbilisi issued a warning.", D2009)
    assert _of(doc, "embassy") == ["TURGOV"]
    doc = parse("The French ambassador in Hanoi met the trade minister.", D2009)
    assert _of(doc, "ambassador") == ["FRAGOV"]
    doc = parse("Protesters gathered outside the embassy of Norway in Lusaka.", D2009)
    assert _of(doc, "embassy") == ["NORGOV"]


def test_police_in_a_city_keep_its_country(parse: Parse) -> None:
    doc = parse("Police in Dakar detained three students on Friday.", D2009)
    assert _of(doc, "police") == ["SENCOP"]
    doc = parse("A Lagos-based rights group accused the governor of fraud.", D2009)
    assert _of(doc, "rights group")[0].startswith("NGA")


def test_an_unowned_embassy_takes_no_country_from_its_sentence_or_story(parse: Parse) -> None:
    """The fallbacks for countryless agents (the one state a sentence states, the dateline, the story's main
    state) do not apply to a posted envoy of no named state: it serves another state, unnamed."""
    doc = parse("Congo's crisis deepened. One embassy told its citizens to quit Congo at once.", D2009)
    assert not _of(doc, "embassy")[0].startswith("COG"), codes(doc)
    doc = parse("Fighting spread across Chad on Monday. One diplomat said the rebels had reached the capital.", D2009)
    assert not _of(doc, "diplomat")[0].startswith("TCD"), codes(doc)


def test_a_mission_is_a_scene_in_its_host_city(parse: Parse) -> None:
    """MISSION AS A SCENE (``context.give_countries``): people gathered at a foreign mission are in the
    mission's host city, not in the mission's state."""
    doc = parse("Students chanted slogans outside the French consulate in Dakar.", D2009)
    assert _of(doc, "students") == ["SENEDU"]
    doc = parse("Workers rallied near the Chinese embassy in Lusaka on Friday.", D2009)
    assert _of(doc, "workers")[0].startswith("ZMB")
