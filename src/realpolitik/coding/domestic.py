"""Domestic cooperation and demands between a state and its own parts are no political event.

Inside one country, the verbs of cooperation, aid and demand mostly describe how a state runs
itself: a government "helps farmers", "gives support to development zones", "orders local
governments to pay", a ministry "sends teams to a province", a company "plans to fly a route". Coded
as events they put a country in a dyad with itself or its own agencies. Analyst conventions (te3dev:
"a source actor does something to a target actor") code a domestic event of these kinds only
between the state and those who contest it: rebels, the opposition, political elites and parties
("the government and the rebels agreed to a ceasefire", "the opposition demanded the cabinet
resign"); a demand is coded between two named parts of the state ("the ministry ordered provincial
authorities to act"), not when one side is the bare country ("the president insisted his country
wanted peace" is no demand on it). Conflictual acts (arrests, attacks, accusations, rejections,
protests) and appeals stay coded between any two named parts of one country.

DOMESTIC CONSULTATION: a meeting, a call or talks (04) between parts of one state -- a premier meeting
his security chiefs, a minister holding talks at another ministry, officials meeting students -- is how
the state runs itself too; te3dev's gold codes no such event, and of the 13 pairs it drops on the corpus
12 were wrong on reading (the one right, a president meeting a church mediator, is the cost). Talks
with those who contest the state (rebels, the opposition, parties) stay.

DOMESTIC TRIP: a visit (042) and its hosting (043) are a trip from one state's side to another's. A
leader who tours a province, inspects a factory, goes to a university or calls on a village, or police
who go to a scene, travel inside their own country: judged samples of real news found no such event
right. A trip to those who contest the state (rebels, the opposition) stays a visit.

UNDIFFERENTIATED DOMESTIC PARTY: when one side of a domestic dyad is the state itself (the text names
the country or its people, but no body of it) and neither side contests the state, the dyad has no
identifiable counterpart: "Peru's premier praised Peruvians for their patience", "the Canadian
provinces welcomed the plan", "Chile disapproves of the proposal", "Spanish judges cleared Spain of
blame". Judged samples of real news put such events at about one right in five, so they are not
coded. Appeals to the nation (02), protest by its people (14), force on it (17-20) and the easing of a
curfew or martial law imposed on it (0813, 0814) stay, as CAMEO codes them, and so does any act on a city
or province of the state (actors/statenames.py): "the minister commended Kerala for its flood relief".

PRIVATE DYAD: two private parts of one society -- its people, firms, schools, hospitals, media, farmers,
workers, NGOs, refugees -- with no organ of the state and no group contesting it on either side
("a school expelled pupils", "the archdiocese settled with abuse victims", "residents gathered at a
hospital") do nothing political to each other, whatever the act: the guidelines code events between
political actors. Religious and ethnic groups are political actors and stay ("monks attacked Muslim
shops"), and so do complaints and protests between private parties ("the teachers' union condemned
the school board", "farmers protested against the sugar firms"), which te3dev's gold codes.
"""

from __future__ import annotations

from realpolitik.actors.statenames import names_whole_state
from realpolitik.coding.cameo import DEMAND_ROOT
from realpolitik.model import Actor

# intent to cooperate, consultation (DOMESTIC CONSULTATION), material cooperation, aid
DOMESTIC_FILTERED_ROOTS = frozenset({"03", "04", "06", "07"})
# a visit and its hosting (DOMESTIC TRIP)
DOMESTIC_TRIP_CODES = frozenset({"042", "043"})
# a demand made of or on the bare state (cameo.DEMAND_ROOT) is a leader speaking of his own country
# roots coded with the bare state itself on one side: appeals to the nation, protest, force
BARE_SIDE_ROOTS = frozenset({"02", "14", "17", "18", "19", "20"})
# easing a curfew or martial law (EASED EMERGENCY RULE) is coded on the state's own people as imposing it is
BARE_SIDE_CODES = frozenset({"0813", "0814"})
# sectors that contest a state from inside it
CHALLENGERS = frozenset({"REB", "OPP", "INS", "ELI", "PTY"})
# the private parts of a society (PRIVATE DYAD), and the acts between them that are still coded:
# disapproval, accusation, protest
PRIVATE_SECTORS = frozenset({"CVL", "PPL", "HLH", "EDU", "MED", "BUS", "AGR", "LAB", "NGO", "REF"})
# the public a state's forces face in the street: civilians, workers, students, farmers, refugees, an opposition
PUBLIC_SECTORS = frozenset({"CVL", "PPL", "OPP", "LAB", "EDU", "AGR", "REF"})
PRIVATE_DISPUTE_ROOTS = frozenset({"11", "14"})
# roots of bodies that belong to no one state: a "domestic" dyad between them is none
TRANSNATIONAL_ROOTS = frozenset({"IGO", "NGO", "MNC"})


def private_dyad(code: str, src: Actor, tgt: Actor) -> bool:
    """PRIVATE DYAD: are both sides private parts of one country's society, and the act no dispute
    between them (see the module docstring)?"""
    if code[:2] in PRIVATE_DISPUTE_ROOTS:
        return False
    if src.code[:3] != tgt.code[:3] or not src.code[:3].isalpha() or src.code[:3] in TRANSNATIONAL_ROOTS:
        return False
    return all(sectors(a) and sectors(a) <= PRIVATE_SECTORS for a in (src, tgt))


def sectors(actor: Actor) -> set[str]:
    """The three-letter sector blocks after an actor code's country ("USAGOVMIL" -> GOV, MIL)."""
    code = actor.code
    return {code[i : i + 3] for i in range(3, len(code) - 2, 3)}


def internal_affair(code: str, src: Actor, tgt: Actor) -> bool:
    """Is this a cooperation, aid, visit or demand between one country and itself (its government, agencies,
    firms, people or the bare state), or any act but appeals, protest and force with the state itself
    named on one side, with no challenger of the state on either side?"""
    if src.code[:3] != tgt.code[:3] or not src.code[:3].isalpha():
        return False
    bare = [a for a in (src, tgt) if len(a.code) == 3]
    undifferentiated = code[:2] not in BARE_SIDE_ROOTS and code[:4] not in BARE_SIDE_CODES \
        and any(names_whole_state(a) for a in bare)
    domestic_kind = code[:2] in DOMESTIC_FILTERED_ROOTS or code[:3] in DOMESTIC_TRIP_CODES
    if not domestic_kind and not (code[:2] == DEMAND_ROOT and bare) and not undifferentiated:
        return False
    if src.code[:3] in TRANSNATIONAL_ROOTS | {"---", "UAF"}:
        return False
    return not (sectors(src) & CHALLENGERS or sectors(tgt) & CHALLENGERS)
