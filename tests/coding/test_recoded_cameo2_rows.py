"""CAMEO.2.0 rows our curated layer recodes (``data/patterns_curated.tsv``), as classes:

* MEETING STATED, NOT PLANNED: CAMEO.2.0 codes "meet at", "meet with leaders" and "meet for talks" 036
  (intent to meet). A meeting the clause states took place is a meeting (040); the clause status
  layer still makes the planned one 036.
* TRIBUTE IS PRAISE: CAMEO.2.0 files "pay tribute" under symbolic acts (017); news uses it for
  public praise (051).
* TALKS OPENED ARE HELD (``compositions.tsv``) and A TRIP BEGUN IS A VISIT: CAMEO.2.0 codes beginning
  talks, a trip or a delegation's journey 036; stated, the talks are held (046, both ways) and the
  visitor is there (042, the host 043). Planned, they stay 036.

Sentences written for these tests, two wordings or more per row."""

from __future__ import annotations

import pytest

from realpolitik.coding.patterns import LAYER_CAMEO2, load_patterns, packaged_patterns
from realpolitik.pipeline import Pipeline
from tests.coding.helpers import find_asserted

PUB = "2015-05-20"


@pytest.mark.parametrize(("lemma", "frame", "prep", "noun", "old"), [
    ("meet", "V+P", "at", "", "036"),
    ("meet", "V+P+N", "with", "leader", "036"),
    ("meet", "V+P+N", "for", "talk", "036"),
    ("pay", "V+N", "", "tribute", "017"),
    ("begin", "V+N", "", "trip", "036"),
    ("launch", "V+N", "", "negotiation", "036"),
    ("enter", "V+N", "", "negotiation", "036"),
])
def test_the_cameo2_row_is_recoded(lemma: str, frame: str, prep: str, noun: str, old: str) -> None:
    """The CAMEO.2.0 layer still holds the old code; the curated row replaces it."""
    def same(p) -> bool:
        return p.lemma == lemma and p.frame == frame and p.prep == prep and p.noun == noun

    assert any(p.layer == LAYER_CAMEO2 and p.code == old for p in packaged_patterns() if same(p))
    merged = [p for p in load_patterns().for_verb(lemma) if same(p)]
    assert len(merged) == 1 and merged[0].layer != LAYER_CAMEO2 and merged[0].code != old


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Chilean president met the Peruvian premier at a border town on Sunday.", "CHL", "PER"),
    ("The Egyptian foreign minister met the Sudanese president at a hotel on Monday.", "EGY", "SDN"),
    ("The Danish premier met with two leaders of Bolivia's opposition on Tuesday.", "DNK", "BOL"),
    ("The Saudi king met with the leaders of Yemen's tribes in Riyadh.", "SAU", "YEM"),
    ("Envoys of Japan and South Korea met for talks in Seoul on Wednesday.", "JPN", "KOR"),
    ("Delegations of Ghana and Togo met for two days of talks in Lome.", "GHA", "TGO"),
])
def test_a_stated_meeting_is_a_meeting(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "040"), [(e.source_code, e.target_code, e.event_code) for e in events]
    assert not find_asserted(events, src, tgt, "036")


@pytest.mark.parametrize("text", [
    "The Chilean president will meet the Peruvian premier at a border town on Sunday.",
    "Envoys of Japan and South Korea are to meet for talks in Seoul next week.",
])
def test_a_planned_meeting_is_still_intent(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert [e for e in events if e.event_code == "036"] and not [e for e in events if e.event_code == "040"]


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Irish premier paid tribute to the Dutch queen for her years of service.", "IRL", "NLD"),
    ("Mexico's president paid a warm tribute to the Cuban doctors who fought the epidemic.", "MEX", "CUB"),
])
def test_a_tribute_is_praise(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "051") and not find_asserted(events, src, tgt, "017")


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Danish premier met with two Bolivian opposition leaders on Tuesday.", "DNK", "BOL"),
    ("The Swedish envoy met with Iraqi Kurdish leaders on Friday.", "SWE", "IRQ"),
])
def test_the_people_met_can_be_the_rows_noun(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    """MET PEOPLE AS THE ROW'S NOUN (``roles.verb_targets``): in "met with <people> leaders" the row's
    own noun names whom the meeting was with; it had no other target, so nothing was coded."""
    assert find_asserted(pipeline.code_text(text, published=PUB), src, tgt, "040"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("The Kenyan president met the Ugandan premier at the state house in Nairobi on Friday.", "KEN", "UGA"),
    ("Chile's foreign minister met his Peruvian counterpart at a hotel in Santiago.", "CHL", "PER"),
])
def test_the_place_of_a_meeting_is_not_whom_it_was_with(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    """MET AT A VENUE (``roles.verb_targets``): in "met B at <a place> in <a city>" B is whom the meeting
    was with; the row's "at" object is where. Before, the city's state was taken as the partner, then
    dropped as the venue, and nothing was coded."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "040") and find_asserted(events, tgt, src, "040"), text


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Kenya and Uganda opened a summit on their shared lake on Monday.", "KEN", "UGA"),
    ("The Kenyan president began a meeting with Ugandan officials in Kisumu.", "KEN", "UGA"),
    ("Asian leaders and the Japanese premier opened a two-day forum in Tokyo.", "ASA", "JPN"),
])
def test_a_gathering_opened_is_held(pipeline: Pipeline, text: str, src: str, tgt: str) -> None:
    """A GATHERING OPENED IS HELD (``compositions.tsv``): opening or beginning a summit, a conference or a
    meeting is meeting (040), each party with the other; CAMEO.2.0 read "open a summit" as coercion."""
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, "040") and find_asserted(events, tgt, src, "040"), text
    assert not [e for e in events if e.event_code[:2] == "01" or e.event_code[:2] == "17"], text


@pytest.mark.parametrize(("text", "src", "tgt", "code"), [
    ("Ecuador and Peru began negotiations on their river border on Monday.", "ECU", "PER", "046"),
    ("Serbia opened talks with the Kosovo Albanians' leaders in Vienna on Tuesday.", "SRB", "KSV", "046"),
    ("The Chinese premier began a trip to Kenya on Sunday.", "CHN", "KEN", "042"),
    ("The Egyptian foreign minister led a delegation to Sudan on Tuesday.", "EGY", "SDN", "042"),
])
def test_an_opening_stated_is_under_way(pipeline: Pipeline, text: str, src: str, tgt: str, code: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert find_asserted(events, src, tgt, code), [(e.source_code, e.target_code, e.event_code) for e in events]
    back = "043" if code == "042" else code
    assert find_asserted(events, tgt, src, back) and not [e for e in events if e.event_code == "036"]


@pytest.mark.parametrize("text", [
    "Ecuador and Peru will begin negotiations on their river border next month.",
    "The Chinese premier is to begin a trip to Kenya next week.",
])
def test_an_opening_planned_is_still_intent(pipeline: Pipeline, text: str) -> None:
    events = pipeline.code_text(text, published=PUB)
    assert events and all(e.event_code == "036" for e in events), [(e.source_code, e.event_code) for e in events]
