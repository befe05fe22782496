"""Places and askers named beside an event are no party to it (coding/placeroles.py): a gathering's
venue or topic ("a Geneva summit", "a conference on Somalia"), who asked for the act ("at the
request of Vietnam"), and the noun a reduced passive participle modifies ("a Swedish reporter
arrested in Eritrea"), which is the act's patient, not its agent; and a region a trip goes to, which
hosts nothing.

Sentences written for these tests; each is also coded with the rule switched off, to show the
sentence exercises it.
"""

from __future__ import annotations

import pytest

import realpolitik.coding.extract as extract
import realpolitik.coding.roles as roles
from tests.coding.helpers import find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


def _rule_off(monkeypatch) -> None:
    monkeypatch.setattr(extract, "without_bystanders", lambda found, actors, askers: found)
    monkeypatch.setattr(roles, "patient_participle", lambda verb: False)
    monkeypatch.setattr(roles, "asking_phrase", lambda noun: False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kenyan officials reported progress in talks at a tense Geneva summit on Friday.", "CHE"),
        ("The Peruvian delegates praised the Quito declaration on Monday.", "ECU"),
        # a city the tagger does not read as a place, through the gathering's other words
        ("The Sudanese president welcomed the Abuja peace talks.", "NGA"),
        ("The Chadian leader welcomed the Accra peace talks.", "GHA"),
    ],
)
def test_a_venue_named_in_a_compound_is_no_party(pipeline, monkeypatch, text: str, place: str) -> None:
    assert not [e for e in code(pipeline, text) if (e.target_code or "").startswith(place)], text
    _rule_off(monkeypatch)
    assert [e for e in code(pipeline, text) if (e.target_code or "").startswith(place)], text


def test_paired_names_on_a_summit_stay_parties(pipeline) -> None:
    from realpolitik.coding.actorindex import ActorIndex
    from realpolitik.coding.placeroles import venue_name

    doc = pipeline.nlp("Officials prepared a Kenya-Uganda summit and a Lisbon summit.")
    actors = ActorIndex(doc)
    named = {span.text: venue_name(span, actors) for span in doc.spans["rp_actors"]}
    assert named.get("Lisbon") is True
    assert named.get("Kenya-Uganda") is False


@pytest.mark.parametrize(
    ("text", "src", "asker"),
    [
        ("Thailand agreed to free the rebel commander at the request of Vietnam.", "THA", "VNM"),
        ("Chad said it would hold talks with the militia at the urging of France.", "TCD", "FRA"),
    ],
)
def test_who_asked_for_an_act_is_not_its_target(pipeline, monkeypatch, text: str, src: str, asker: str) -> None:
    assert not find(code(pipeline, text), src, asker, ""), text
    assert not [e for e in code(pipeline, text) if (e.target_code or "")[:3] == asker], text
    _rule_off(monkeypatch)
    assert [e for e in code(pipeline, text) if (e.target_code or "")[:3] == asker], text


def test_the_noun_of_a_reduced_passive_is_its_patient(pipeline, monkeypatch) -> None:
    text = (
        "A Dutch court halted the hearing of a Belgian fraud suspect detained at a prison in Lagos, Nigeria, "
        "the paper said."
    )
    assert not find(code(pipeline, text), "BEL", "NGA", "17")
    _rule_off(monkeypatch)
    assert find(code(pipeline, text), "BEL", "NGA", "17")


@pytest.mark.parametrize(
    ("text", "word", "patient"),
    [
        ("Relatives of a Danish sailor detained at a naval base in Asmara held a vigil.", "detained", True),
        ("The lawyer of an Irish aid worker held near Kandahar spoke on Monday.", "held", True),
        ("The lawyer of an Irish aid worker held by Taliban fighters spoke on Monday.", "held", False),
    ],
)
def test_a_participle_without_agent_marks_a_patient(pipeline, text: str, word: str, patient: bool) -> None:
    from realpolitik.coding.placeroles import patient_participle

    doc = pipeline.nlp(text)
    assert patient_participle(next(t for t in doc if t.text == word)) is patient


@pytest.mark.parametrize(("text", "visitor", "region"), [
    ("The Brazilian foreign minister began a week-long tour of Europe on Tuesday.", "BRA", "EUR"),
    ("The UN envoy flew into the Middle East for a week of consultations.", "IGOUNO", "MEA"),
    ("The Indian premier will make a tour of Africa next month.", "IND", "AFR"),
])
def test_a_visited_region_neither_hosts_nor_plans(pipeline, monkeypatch, text: str, visitor: str,
                                                   region: str) -> None:
    """VISITED REGION (``placeroles.visited_region``): the trip to the region stays (042, or 036 when
    planned), but the region, a place, neither hosts it nor plans the meeting back, as it did with the
    class switched off."""
    events = pipeline.code_text(text, published="2024-03-01")
    assert find(events, visitor, region, "0"), text
    assert not find(events, region, visitor, "0"), text
    monkeypatch.setattr(extract, "visited_region", lambda *args: False)
    assert find(pipeline.code_text(text, published="2024-03-01"), region, visitor, "0"), text


def test_a_region_that_travels_keeps_its_visit(pipeline) -> None:
    """Leaders of a region who travel are the visitors, and their host hosts them."""
    events = pipeline.code_text("Twelve African presidents arrived in Tokyo on Friday.", published="2024-03-01")
    assert find(events, "AFR", "JPN", "042") and find(events, "JPN", "AFR", "043")


@pytest.mark.parametrize(("text", "region", "members"), [
    ("Three west African countries -- Ghana, Togo and Benin -- condemned the coup in Mali.", "WAF",
     ("GHA", "TGO", "BEN")),
    ("Four Gulf states, Qatar, Bahrain, Oman and Kuwait, pledged aid to Yemen.", "PGS", ("QAT", "BHR", "OMN", "KWT")),
    ("The UN praised two east African countries, Kenya and Uganda, for their help.", "EAF", ("KEN", "UGA")),
])
def test_a_region_named_by_its_states_is_those_states(pipeline, monkeypatch, text: str, region: str,
                                                       members: tuple[str, ...]) -> None:
    """REGION NAMED BY ITS STATES (``placeroles.named_members``): the states in apposition are the
    parties; the region, which the class switched off kept beside them, would count the act again."""
    sides = {c for e in code(pipeline, text) for c in (e.source_code, e.target_code)}
    assert set(members) <= sides and region not in sides, sides
    monkeypatch.setattr(extract, "named_members", lambda found, actors: found)
    assert region in {c for e in code(pipeline, text) for c in (e.source_code, e.target_code)}


@pytest.mark.parametrize("text", [
    "The rebels rejected the truce in a fax received by the BBC in Nairobi.",
    "The militants claimed the kidnapping in a video received by Al Jazeera in Doha.",
])
def test_a_reception_hosts_a_guest_not_its_place(pipeline, monkeypatch, text: str) -> None:
    """HOSTING HAS A GUEST (``placeroles.scene_code``, ``scene_only_target``): a text received somewhere
    hosts nobody; the place where it arrived is no guest of the one who received it, as the class
    switched off read it."""
    assert not [e for e in code(pipeline, text) if e.event_code[:3] in ("042", "043")], text
    monkeypatch.setattr(extract, "scene_code", lambda c: c[:2] in ("08", "17", "18", "19", "20"))
    assert [e for e in code(pipeline, text) if e.event_code[:3] in ("042", "043")], text


def test_a_received_guest_is_still_hosted(pipeline) -> None:
    events = code(pipeline, "The Kenyan president received the Somali prime minister in Nairobi on Friday.")
    assert find(events, "KEN", "SOM", "043") and find(events, "SOM", "KEN", "042")


@pytest.mark.parametrize(("text", "side", "region", "states"), [
    ("Antony Blinken began a three-day European tour in Paris on Monday.", "target", "EUR", ["FRA"]),
    ("Hosni Mubarak will start a European tour next week that takes him to Spain, Italy and Austria.", "target",
     "EUR", ["ESP", "ITA", "AUT"]),
    ("Twelve African leaders, among them the presidents of Mali and Ghana, arrived in Beijing on Friday.",
     "source", "AFR", ["MLI", "GHA"]),
])
def test_a_trip_to_a_region_is_with_the_states_it_names(pipeline, monkeypatch, text: str, side: str, region: str,
                                                        states: list[str]) -> None:
    """TOUR OF NAMED STATES (``placeroles.toured_members``): on a visit or meeting, a region whose states
    the sentence names stands for those states; switched off, the region is the party."""
    events = [e for e in code(pipeline, text) if e.event_code[:2] == "04" or e.event_code == "036"]
    sides = {(e.target_code if side == "target" else e.source_code or "")[:3] for e in events}
    assert set(states) <= sides and region not in sides, text
    monkeypatch.setattr(extract, "toured_members", lambda code, found, *args: found)
    events = [e for e in code(pipeline, text) if e.event_code[:2] == "04" or e.event_code == "036"]
    assert region in {(e.target_code if side == "target" else e.source_code or "")[:3] for e in events}, text


def test_a_region_with_no_state_named_stays_the_party(pipeline) -> None:
    assert find(code(pipeline, "The EU foreign policy chief began a tour of the Middle East on Monday."),
                "IGOEUREEC", "MEA", "04")
    assert find(code(pipeline, "Antonio Guterres arrived in the Middle East on Monday for a week of talks."),
                "IGOUNO", "MEA", "04")


@pytest.mark.parametrize(("text", "src", "region", "venue"), [
    ("Rishi Sunak held talks with African leaders in Nairobi.", "GBR", "AFR", "KEN"),
    ("Olaf Scholz held talks with Asian leaders at a forum in Jakarta.", "DEU", "ASA", "IDN"),
])
def test_a_meeting_with_a_region_is_not_with_its_venue(pipeline, text: str, src: str, region: str,
                                                       venue: str) -> None:
    """A meeting of a region's leaders held in one of its states is with the region, not the venue."""
    events = code(pipeline, text)
    assert find(events, src, region, "04") and not find(events, src, venue, "04"), text


def test_a_people_noun_that_took_a_country_from_context_is_no_named_state(pipeline) -> None:
    """TOUR OF NAMED STATES counts only states its sentence names: "men" given the article's country
    (Malawi here) names no state, so the region stays; the same actor named as Malawi's would replace it."""
    from dataclasses import replace as dc_replace

    from realpolitik.actors.grouping import NO_COUNTRY_HOW
    from realpolitik.coding.actorindex import ActorIndex
    from realpolitik.coding.placeroles import toured_members

    def kept_with(how: str) -> list[str]:
        doc = pipeline.nlp("Southern African leaders held talks with UN officials on clinics for men.")
        spans = list(doc.spans["rp_actors"])
        region = next(a for s in spans for a in s._.rp_actors if a.code == "SAF")
        un = next(a for s in spans for a in s._.rp_actors if a.code.startswith("IGOUNO"))
        for span in spans:
            if span.text == "men":
                span._.rp_actors = [dc_replace(a, code="MWIPPL", country="MWI", how=how) for a in span._.rp_actors]
        return [a.code for a in toured_members("040", [region], [un], next(iter(doc.sents)), ActorIndex(doc))]

    assert kept_with(f"agent 'men' {NO_COUNTRY_HOW}; country from the article") == ["SAF"]
    assert kept_with("countries.jsonl ('malawian') + agent 'men'") == ["MWIPPL"]
