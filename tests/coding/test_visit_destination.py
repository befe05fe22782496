"""VISIT DESTINATION (``coding/roles.py``, ``verb_targets``): a trip's own place is what is visited and who
hosts it, whoever the trip's talks are with ("flew to Sofia for talks with EU envoys" visits
Bulgaria); a trip to talks with no place of their own still visits the talks' partner. STATED READINESS
(``coding/modality.py``, ``INTENT_NOUNS``): "its willingness / readiness to meet" is a stated intent, not
the meeting. TRAVEL NOUN'S DESTINATION: a tour of a place or a stay in it is a visit there. Sentences
written for these tests; each is also coded with the class switched off, or beside wordings it must leave
alone."""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.modality as modality
import realpolitik.coding.roles as roles
from tests.coding.helpers import asserted_pairs, find

PUB = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "visitor", "place", "partner"),
    [
        ("The Albanian minister flew to Sofia for talks with European envoys.", "ALB", "BGR", "EUR"),
        ("The Malian premier travelled to Dakar for talks with West African leaders.", "MLI", "SEN", "WAF"),
    ],
)
def test_the_trip_s_place_is_visited(pipeline, monkeypatch, text: str, visitor: str, place: str,
                                     partner: str) -> None:
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (visitor, place, "042") in found and (place, visitor, "043") in found, found
    monkeypatch.setattr(roles, "VISIT", "none")
    monkeypatch.setattr(extract, "toured_members", lambda code, found, *args: found)  # TOUR OF NAMED STATES
    off = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (visitor, partner, "042") in off, off


def test_a_trip_to_talks_with_no_place_visits_the_partner(pipeline) -> None:
    found = asserted_pairs(pipeline.code_text("The Kenyan envoy went to talks with Ugandan officials.", published=PUB))
    assert ("KEN", "UGA", "042") in found, found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Cuban foreign minister restated his willingness to meet the American envoy.", "CUB", "USA"),
        ("The Sudanese leader voiced his readiness to hold talks with the Chadian president.", "SDN", "TCD"),
    ],
)
def test_stated_readiness_to_meet_is_an_intent(pipeline, monkeypatch, text: str, a: str, b: str) -> None:
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (a, b, "036") in found and not {p for p in found if p[:2] == (a, b) and p[2][:2] == "04"}, found
    monkeypatch.setattr(modality, "INTENT_NOUNS", frozenset({"plan"}))
    off = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert {p for p in off if p[:2] == (a, b) and p[2][:2] == "04"}, off


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("A Chinese delegation on its six-day trip to Zimbabwe toured a dam.", "CHN", "ZWE"),
    ("A Peruvian delegation on a week-long visit to Brazil signed six contracts.", "PER", "BRA"),
])
def test_the_phrase_on_a_trip_names_who_makes_it(pipeline, monkeypatch, text: str, visitor: str, host: str) -> None:
    """ON A TRIP (``roles.trip_bearer``): "a delegation on a visit to B": the noun phrase the "on a visit"
    phrase modifies makes the visit; before, the visit had no visitor."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (visitor, host, "042") in found and (host, visitor, "043") in found, found
    monkeypatch.setattr(roles, "trip_bearer", lambda noun: None)
    assert (visitor, host, "042") not in asserted_pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(("text", "traveller", "origin"), [
    ("The Dutch envoy arrived from Ghana on Tuesday.", "NLD", "GHA"),
    ("The Chilean minister, who arrives from Peru, will hold talks in Quito.", "CHL", "PER"),
    ("Mali received fresh grain from Senegal.", "MLI", "SEN"),
])
def test_where_a_trip_sets_out_from_takes_no_part(pipeline, monkeypatch, text: str, traveller: str,
                                                  origin: str) -> None:
    """ORIGIN OF A TRIP (``roles.ORIGIN_VERBS``): "arrived from B", "arrives from B": B is where the traveller
    set out, not whom the trip meets or who hosts it; "received grain from B" hosts nobody. Switched off,
    the origin was coded as the meeting's partner or the host's guest."""

    def meetings() -> set[tuple[str, str, str]]:
        events = pipeline.code_text(text, published=PUB)
        return {(e.source_code[:3], e.target_code[:3], e.event_code[:3]) for e in events
                if e.event_code[:2] == "04" or e.event_code[:3] == "036"}

    assert not {p for p in meetings() if origin in p[:2] and traveller in p[:2]}
    monkeypatch.setattr(roles, "ORIGIN_VERBS", frozenset())
    monkeypatch.setattr(roles, "HOST", "none")
    assert {p for p in meetings() if origin in p[:2] and traveller in p[:2]}


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("The Malian president arrived in Addis Ababa on Sunday for the African Union summit.", "MLIGOV", "ETH"),
        ("Senegal's foreign minister arrived in Rabat late on Monday for two days of consultations.",
         "SENGOV", "MAR"),
    ],
)
def test_arriving_for_a_gathering_is_a_visit_to_the_place(pipeline, text: str, visitor: str, host: str) -> None:
    """ARRIVED FOR A GATHERING (curated rows over CAMEO.2.0's 'arrive in ... for a summit' as 046): the
    arrival is a visit the place hosts, which the venue rule no longer drops."""
    events = pipeline.code_text(text, published="2016-05-03")
    assert find(events, visitor, host, "042") and find(events, host, visitor, "043"), events


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("The Peruvian minister, on a tour of Chile, signed a fishing accord.", "PER", "CHL"),
        ("The Thai premier's week-long tour of Japan ended on Sunday.", "THA", "JPN"),
        ("The Kenyan minister's three-day stay in Oslo ended on Friday.", "KEN", "NOR"),
        ("During her stay in Oslo, the Kenyan minister opened a trade office.", "KEN", "NOR"),
    ],
)
def test_a_tour_of_a_place_or_a_stay_in_it_is_a_visit(pipeline, text: str, visitor: str, host: str) -> None:
    """TRAVEL NOUN'S DESTINATION (curated rp-3550, rp-3551): as a visit or a trip to a place is."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (visitor, host, "042") in found and (host, visitor, "043") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister will stay in Oslo until Friday.",  # the verb: no stated visit noun
        "The court ordered a stay in the trial of two Kenyan officials.",  # a stay of proceedings
    ],
)
def test_other_stays_are_no_visit(pipeline, text: str) -> None:
    assert not [e for e in pipeline.code_text(text, published=PUB) if e.event_code.startswith("04")], text


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Chile is looking forward to the Peruvian president's visit.", "PER", "CHL"),
        ("Norway awaits a visit by the Kenyan foreign minister.", "KEN", "NOR"),
        ("Norway is preparing for a visit by the Kenyan foreign minister.", "KEN", "NOR"),
    ],
)
def test_who_awaits_a_visit_hosts_it(pipeline, monkeypatch, text: str, visitor: str, host: str) -> None:
    """AWAITED VISIT (``roles.awaiting_host``): the visit has no destination; the state awaiting it hosts
    it, and it is still to come (036 both ways)."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert (visitor, host, "036") in found and (host, visitor, "036") in found, found
    monkeypatch.setattr(roles, "awaiting_host", lambda *args: [])
    assert (visitor, host, "036") not in asserted_pairs(pipeline.code_text(text, published=PUB))


@pytest.mark.parametrize(
    "text",
    [
        "The Thai premier's visit to Japan next month will focus on trade.",
        "The Thai premier's impending visit to Japan will focus on trade.",
    ],
)
def test_a_visit_dated_ahead_or_called_impending_is_planned(pipeline, text: str) -> None:
    """DATED FUTURE NOUN (``background.dated_future_noun``) and prospective adjectives: the visit is to come."""
    found = asserted_pairs(pipeline.code_text(text, published=PUB))
    assert ("THA", "JPN", "036") in found and ("THA", "JPN", "042") not in found, found


def test_without_the_date_rule_a_visit_next_month_reads_as_made(pipeline, monkeypatch) -> None:
    monkeypatch.setattr(extract, "dated_future_noun", lambda *args: False)
    found = asserted_pairs(pipeline.code_text("The Thai premier's visit to Japan next month will focus on trade.",
                                              published=PUB))
    assert ("THA", "JPN", "042") in found, found


def test_a_visit_dated_in_the_past_stays_a_visit(pipeline) -> None:
    found = asserted_pairs(pipeline.code_text("The Thai premier's visit to Japan last month focused on trade.",
                                              published=PUB))
    assert ("THA", "JPN", "042") in found, found
