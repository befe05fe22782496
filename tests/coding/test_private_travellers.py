"""PRIVATE TRAVELLERS (coding/private_travel.py): refugees, migrants, pilgrims, tourists, reporters, soldiers
and craft that travel, arrive or leave pay no visit (042) and are hosted by nobody (043), nor do counted crowds of
ordinary people (COUNTED CROWD); an official's trip still is a visit, counted or not.

Sentences written for these tests; each is also coded with the class switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.private_travel as private_travel
from tests.coding.helpers import find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "traveller", "place"),
    [
        ("The Afghan refugee left Kabul for Pakistan on Monday.", "AFG", "PAK"),
        ("A group of Somali migrants travelled to Yemen last week.", "SOM", "YEM"),
        ("Thousands of Iranian pilgrims arrived in Saudi Arabia on Monday.", "IRN", "SAU"),
        ("Some 200 Belgian paratroopers arrived in Rwanda on Sunday.", "BEL", "RWA"),
        ("Two Russian firefighting aircraft arrived in Indonesia on Tuesday.", "RUS", "IDN"),
        ("Three Chinese warships arrived in Pakistan on Monday.", "CHN", "PAK"),
        ("Some 800 Moldovans arrived in Romania on Friday.", "MDA", "ROU"),
        ("Several thousand Nepali labourers travelled to Malaysia last week.", "NPL", "MYS"),
        ("Thousands of Kenyan workers went to Qatar last week.", "KEN", "QAT"),
        ("About 300 Nigerian traders flew to Beijing on Sunday.", "NGA", "CHN"),
        # the press: reporters who come to cover a summit
        ("Many Nigerian reporters coming to Beijing for the forum said they felt welcome.", "NGA", "CHN"),
        ("A group of Kenyan journalists arrived in China on Monday for a two-week visit.", "KEN", "CHN"),
    ],
)
def test_private_travel_is_no_visit(pipeline, monkeypatch, text: str, traveller: str, place: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert not find(events, traveller, place, "04") and not find(events, place, traveller, "04"), text
    monkeypatch.setattr(extract, "private_travel", lambda code, src, tgt, actors, trigger=None, planned=False: False)
    assert find(pipeline.code_text(text, published=PUB), traveller, place, "042"), text


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Iranian foreign minister arrived in Saudi Arabia on Monday.", "IRNGOV", "SAU"),
        ("Three US senators arrived in Kabul on Monday.", "USA", "AFG"),
        ("A Japanese trade delegation travelled to Vietnam last week.", "JPN", "VNM"),
    ],
)
def test_an_official_trip_is_still_a_visit(pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find(events, src, tgt, "042") and find(events, tgt, src, "043"), text


@pytest.mark.parametrize(
    ("text", "mover", "place"),
    [
        ("Jordan flew 200 Jordanians to Libya on Sunday.", "JOR", "LBY"),
        ("The Egyptian government flew 500 pilgrims to Saudi Arabia.", "EGY", "SAU"),
    ],
)
def test_transported_travellers_make_no_visit(pipeline, monkeypatch, text: str, mover: str, place: str) -> None:
    """A state that flies or ferries people somewhere pays no visit (MOTION VERB WITH AN OBJECT)."""
    import realpolitik.coding.extract as extract

    events = pipeline.code_text(text, published=PUB)
    assert not find(events, mover, place, "04") and not find(events, place, mover, "04"), text
    monkeypatch.setattr(extract, "carried_object", lambda verb: False)
    off = pipeline.code_text(text, published=PUB)
    assert find(off, mover, place, "04") or find(off, place, mover, "04"), text


@pytest.mark.parametrize("text", [
    "The US navy destroyer visited Qingdao on Monday.",
    "Three Chinese warships arrived in Pakistan on Monday for a goodwill visit.",
])
def test_a_warships_port_call_is_a_visit(pipeline, text: str) -> None:
    """VEHICLES DO NOT VISIT stops at a port call: a craft that visits, or arrives for a visit, pays one."""
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == "042"], [(e.source_code, e.target_code, e.event_code) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Muslims' pilgrimage to Mecca ended on Sunday.",
        "The annual pilgrimage of Nigerian Muslims to Mecca passed without incident.",
    ],
)
def test_a_private_trip_noun_is_no_visit(pipeline, monkeypatch, text: str) -> None:
    """PRIVATE TRIP NOUN (``private_travel.private_trip``): believers on a pilgrimage pay no state visit."""
    events = pipeline.code_text(text, published="2011-11-10")
    assert not [e for e in events if e.event_code[:3] in ("042", "043")], text
    monkeypatch.setattr(private_travel, "private_trip", lambda trigger, visitor: False)
    events = pipeline.code_text(text, published="2011-11-10")
    assert [e for e in events if e.event_code[:3] == "042"], text


def test_an_official_pilgrimage_is_still_a_visit(pipeline) -> None:
    events = pipeline.code_text("Pope Benedict's pilgrimage to Israel began on Monday.", published="2009-05-12")
    assert {(e.source_code[:3], e.target_code[:3], e.event_code) for e in events} >= {("VAT", "ISR", "042")}


@pytest.mark.parametrize(
    "text",
    [
        "A Ghanaian freighter docked in the Nigerian port of Lagos on Friday.",
        "Kenya Airways will start flying to Beijing in March.",
        "Thousands of Kenyan pilgrims will travel to Mecca next month.",
    ],
)
def test_civil_craft_carriers_and_planned_private_trips_are_no_visits(pipeline, monkeypatch, text: str) -> None:
    """CIVIL CRAFT AND CARRIERS; a trip still to come (036 both ways) is checked on both sides. A carrier
    coded as a firm is also a trip on business (TRAVELLING FOR TRADE OR NEWS), switched off with it."""
    events = pipeline.code_text(text, published="2011-11-10")
    assert not [e for e in events if e.event_code[:3] in ("036", "042", "043")], text
    monkeypatch.setattr(private_travel, "traveller_head", lambda actor, actors, trigger=None: False)
    monkeypatch.setattr(private_travel, "trading_or_reporting", lambda visitor: False)
    events = pipeline.code_text(text, published="2011-11-10")
    assert [e for e in events if e.event_code[:3] in ("036", "042", "043")], text


def test_an_official_s_planned_trip_is_still_intent_to_meet(pipeline) -> None:
    events = pipeline.code_text("The Kenyan president will fly to Beijing in March.", published="2011-11-10")
    assert {(e.source_code[:3], e.target_code[:3], e.event_code) for e in events} == {
        ("KEN", "CHN", "036"), ("CHN", "KEN", "036")}
