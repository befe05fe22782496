"""Class PRIVATE TRAVELLERS: refugees, migrants, pilgrims, tourists, passengers and the press (reporters who
come to cover a summit) who travel, arrive or leave pay no visit (CAMEO 042), and the place they reach
hosts none (043); nor do soldiers or a contingent that arrive, whose coming is a deployment, not a visit.

A visit is an official's or a delegation's trip that the host state receives. "Pilgrims
reached Mecca", "the refugee crossed into the next country", "a group of migrants
made it to the coast", "tourists flocked to the island" tell of people moving for their own reasons
(or fleeing), and "troops arrived in the port" or "two Russian aircraft arrived in the province" of forces
or craft being sent (VEHICLES DO NOT VISIT: a craft that arrives is no visitor, though a warship that
visits or calls at a port pays a military visit); read as visits they put a state
visit, and a host's welcome, into every story of the Hajj, a refugee crisis or a troop movement. The
traveller is the head noun of the visit's source mention (of its target for the host's side, 043).

CIVIL CRAFT AND CARRIERS: a freighter, a ferry or an airliner that docks, lands or arrives, and an airline
that flies a new route, carry goods and passengers: trade and transport, no state visit.

COUNTED CROWD: numbers of ordinary people who arrive or come ("some 800 Moldovans arrived in Romania",
"several thousand Nepali labourers travelled to Malaysia", "two dozen Ghanaian students came to Cuba") are
migration, study or work abroad, not a delegation's visit; officials counted so ("three US senators")
still visit.

A state that flies, ships or ferries pilgrims, refugees or its own nationals somewhere ("the government
flew 300 pilgrims to Jeddah") moves people and pays no visit either: that is the wider class MOTION VERB
WITH AN OBJECT (``extract.carried_object``), for whatever a travel verb carries.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.actors.grouping import HARDWARE_NOUNS, OUTSIDER_NOUNS
from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.conventions import HOST, VISIT
from realpolitik.coding.frames import lemma
from realpolitik.model import STATE_SECTORS, Actor

PRIVATE_NOUNS = OUTSIDER_NOUNS | frozenset({
    "pilgrim", "worshipper", "worshiper", "passenger", "traveller", "traveler", "holidaymaker", "vacationer",
    "backpacker", "hajji", "asylum-seeker", "evacuee", "deportee",
    "reporter", "journalist", "correspondent", "photographer", "cameraman",
})  # fmt: skip
UNIT_NOUNS = frozenset({
    "troop", "soldier", "contingent", "battalion", "brigade", "paratrooper", "marine", "commando", "peacekeeper",
    "infantryman", "serviceman", "servicemen",
})  # fmt: skip
TRAVELLER_NOUNS = PRIVATE_NOUNS | UNIT_NOUNS
# plural people of no office who, counted, travel on their own account (a nationality plural counts too)
CROWD_NOUNS = frozenset({
    "student", "citizen", "national", "worker", "resident", "people", "person", "immigrant", "emigrant",
    "expatriate", "visitor", "fan", "child", "family", "civilian", "villager", "labourer", "laborer", "man",
    "woman", "youth", "teenager", "farmer", "fisherman", "trader", "merchant", "businessman",
})  # fmt: skip
QUANTITY_WORDS = frozenset({"hundreds", "thousands", "dozens", "millions", "scores", "tens"})
# CIVIL CRAFT AND CARRIERS: a freighter that docks or an airline that starts flying to a capital is trade or
# transport, never a visit, whatever its verb ("a Ghanaian freighter docked in Lagos", "the flag carrier will
# fly to Moscow")
CIVIL_CRAFT_NOUNS = frozenset({
    "freighter", "tanker", "vessel", "ship", "boat", "ferry", "trawler", "liner", "airliner", "jetliner", "flight",
    "yacht", "barge", "cargo", "airline", "airlines", "airways", "carrier",
})  # fmt: skip
# words that make a craft's trip a visit after all: a warship's port call is a military visit
PORT_CALL_WORDS = frozenset({"visit", "tour", "call"})


def traveller_head(actor: Actor, actors: ActorIndex, trigger: Token | None = None) -> bool:
    """Whether the mention ``actor`` came from is headed by a private traveller, a unit of soldiers or a
    craft (aircraft, ships) that arrives or comes with no word of a visit in its clause ("arrived for a
    goodwill visit" is a port call)."""
    span = actors.span_holding(actor)
    if span is None:
        return False
    head = span.root.lemma_.lower()
    if head in CIVIL_CRAFT_NOUNS or span.root.lower_ in CIVIL_CRAFT_NOUNS:
        return True
    if head in HARDWARE_NOUNS or span.root.lower_ in HARDWARE_NOUNS:
        return trigger is not None and not any(t.lemma_.lower() in PORT_CALL_WORDS for t in trigger.subtree)
    return head in TRAVELLER_NOUNS or counted_crowd(span.root)


def counted_crowd(root: Token) -> bool:
    """COUNTED CROWD: a plural of ordinary people or a nationality plural, with a number ("some 800
    Moldovans") or under a quantity ("thousands of Kenyan workers")."""
    if root.tag_ not in ("NNS", "NNPS") or (root.lemma_.lower() not in CROWD_NOUNS and root.tag_ != "NNPS"):
        return False
    if any(c.dep_ == "nummod" for c in root.children):
        return True
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and (of.head.lower_ in QUANTITY_WORDS or of.head.like_num)


# TRANSIT STOP: a trip told as a stop on the way somewhere else ("arriving in B for an overnight stop", "arrived
# in B en route to C", "landed in B on his way to C") passes through B: B hosts no visit.
STOP_NOUNS = frozenset({"stop", "stopover", "layover", "refuelling", "refueling", "transit"})
WAY_NOUNS = frozenset({"way", "route"})


def transit_stop(trigger: Token) -> bool:
    """Is the trip verb ``trigger`` a stop on the way to somewhere else (TRANSIT STOP)?"""
    for c in trigger.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "for" and any(g.lemma_.lower() in STOP_NOUNS for g in objs):
            return True  # "for an overnight stop"
        if c.lower_ in ("on", "en") and any(g.lemma_.lower() in WAY_NOUNS and (
                any(w.dep_ == "prep" and w.lower_ == "to" for w in g.children)
                or any(w.lower_ == "home" for w in g.children)) for g in objs):
            return True  # "on his way to C", "en route to C" (not "on his way from C": B may be a stop of a tour)
        if c.lower_ == "in" and any(g.lower_ == "transit" for g in objs):
            return True  # "was in transit in B"
    return False


# PRIVATE TRIP NOUN: trips people make on their own account; an official's pilgrimage is still a visit
PRIVATE_TRIP_NOUNS = frozenset({"pilgrimage", "hajj", "umrah", "holiday", "vacation", "honeymoon"})
OFFICIAL_SECTORS = STATE_SECTORS | {"ELI", "PTY", "OPP"}


def private_trip(trigger: Token | None, visitor: Actor) -> bool:
    """PRIVATE TRIP NOUN: "the annual Muslim pilgrimage to Mecca", "a Kenyan family's holiday in Spain" is a
    trip of people on their own account, no state visit, unless the visitor is an official or a body
    ("the pope's pilgrimage to the Holy Land", "the premier's holiday in Italy")."""
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN") or lemma(trigger) not in PRIVATE_TRIP_NOUNS:
        return False
    return not (visitor.code.startswith("IGO") or visitor.sector in OFFICIAL_SECTORS)


def private_travel(code: str, src: Actor, tgt: Actor, actors: ActorIndex, trigger: Token | None = None,
                   planned: bool = False) -> bool:
    """Is this a visit (042) by, or a hosting (043) of, private travellers, soldiers or arriving craft, or a
    stop on the way elsewhere (TRANSIT STOP), or a private trip (PRIVATE TRIP NOUN)? ``planned``: the act is
    a trip still to come, coded as intent to meet both ways (036), where either side may be the traveller."""
    if planned:
        return traveller_head(src, actors, trigger) or traveller_head(tgt, actors, trigger)
    if code[:3] in (VISIT, HOST) and trigger is not None and transit_stop(trigger):
        return True
    if code[:3] == VISIT:
        return traveller_head(src, actors, trigger) or private_trip(trigger, src) or trading_or_reporting(src)
    if code[:3] == HOST:
        return traveller_head(tgt, actors, trigger) or private_trip(trigger, tgt) or trading_or_reporting(tgt)
    return False


# TRAVELLING FOR TRADE OR NEWS: the sectors whose people travel on a firm's or an outlet's business
TRADE_AND_PRESS_SECTORS = frozenset({"BUS", "MED"})


def trading_or_reporting(visitor: Actor) -> bool:
    """Class TRAVELLING FOR TRADE OR NEWS: a firm's people or a news outlet's crews who come to a state
    ("the head of a Ruritanian subsidiary arrived in Tokyo", "Ruritanian TV stations came to cover the
    games") travel on business or to report, as the press already does under PRIVATE TRAVELLERS: no
    state visit, and no hosting."""
    return visitor.sector in TRADE_AND_PRESS_SECTORS or visitor.code[3:6] in TRADE_AND_PRESS_SECTORS

