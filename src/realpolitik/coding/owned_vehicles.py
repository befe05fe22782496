"""An attack on a vehicle is an attack on whoever owns or rides in it.

"A roadside bomb struck **his** vehicle", "insurgents rammed a car bomb into **a British military
convoy**", "gunmen ambushed **their** truck on a mountain road": the object of the assault is a means
of transport, and the party attacked is its owner — the state or force named on it, or the person
a possessive pronoun refers back to — not the country where it happened (the place is only the
scene, ``placeroles.scene_only_target``). So for an armed act (CAMEO 18-20) whose object is a
vehicle, that owner is the target whenever the other routes found none or only a weak one (a
location).

The owner comes from the vehicle's own modifiers ("a Turkish army truck", "the embassy's car")
or, for a possessive pronoun, from the nearest actor before it in the sentence that is not a bare
place name and not the attacker ("three Estonian soldiers were hurt when a mine struck **their** jeep").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.actors.grouping import PLACE_NOUNS
from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import direct_objects, is_passive, lemma, passive_subject
from realpolitik.coding.roles import is_reason_clause
from realpolitik.model import Actor

# means of transport an attack can be aimed at; whoever they carry or belong to is attacked
VEHICLE_NOUNS = frozenset(
    {
        "vehicle", "car", "convoy", "truck", "lorry", "bus", "minibus", "jeep", "van", "tanker", "humvee",
        "motorcade", "patrol", "helicopter", "chopper", "aircraft", "plane", "airliner", "jet", "ship", "vessel",
        "boat", "warship", "frigate", "gunboat", "train", "ambulance", "pickup",
    }
)  # fmt: skip
# where the parser misreads "his vehicle west of X" as a direction noun with the vehicle its subject
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside", "near"}
)
# the phrase an assault is aimed through: "rammed a car into a convoy", "opened fire on a bus"
AIMING_PREPS = frozenset({"into", "on", "at", "against", "upon"})
OWNING_PRONOUNS = frozenset({"his", "her", "its", "their", "our"})
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
# a state named on a place ("the Egyptian border") names a place, not anyone who could own a vehicle
NO_OWNERS = PLACE_NOUNS | frozenset({"frontier", "side", "soil", "airspace", "waters", "area", "zone"})


def _vehicle(tok: Token) -> bool:
    return lemma(tok) in VEHICLE_NOUNS or tok.lower_ in VEHICLE_NOUNS


def attacked_vehicles(verb: Token) -> list[Token]:
    """The vehicles an assault verb acts on: its object or passive subject, a vehicle the parser hung
    under a direction word ("his vehicle west of ..."), or the object of an aiming phrase on the verb
    or on its object ("drove a truck bomb into a convoy")."""
    objects = list(direct_objects(verb))
    if is_passive(verb):
        subj = passive_subject(verb)
        if subj is not None:
            objects.append(subj)
    out: list[Token] = []
    for o in objects:
        if _vehicle(o):
            out.append(o)
        elif o.lower_ in DIRECTION_WORDS:
            out += [c for c in o.children if c.dep_ in ("nsubj", "compound", "poss") and _vehicle(c)]
    holders = [verb, *objects, *(c for o in objects for c in o.children if c.dep_ == "acl")]
    for h in holders:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in AIMING_PREPS:
                out += [g for g in prep.children if g.dep_ == "pobj" and _vehicle(g)]
    return out


def _bare_place(actor: Actor) -> bool:
    return len(actor.code) == 3 and actor.kind in (None, "state", "place")


def pronoun_antecedent(pronoun: Token, actors: ActorIndex, exclude: set[str]) -> list[Actor]:
    """The nearest actor before a possessive pronoun in its sentence that can own a vehicle: a
    person, force or body ("a US Marine", "Two Canadian soldiers"), not a bare place name
    ("in Baghdad") or the attacker (``exclude``)."""
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        tok = pronoun.doc[i]
        found = [a for a in actors.at(tok) if a.code not in exclude]
        if not found:
            continue
        span = actors.span_of(tok)
        # a person or force named with a state ("a Dutch sergeant", "a US Marine"), not the state alone
        person = span is not None and (
            (span.root.pos_ == "NOUN" and lemma(span.root) not in NO_OWNERS)
            or (span.root.dep_ in MODIFIER_DEPS and span.root.head.pos_ in ("NOUN", "PROPN"))
        )
        owners = [a for a in found if not _bare_place(a) or person]
        if owners:
            return owners
    return []


MEANS_LINKS = frozenset({"pcomp", "pobj", "prep", "advcl", "xcomp"})


def inside_charge(verb: Token, hops: int = 4) -> bool:
    """Is the assault the charge of an accusation or the reason of a reproach, or the means of one
    ("charged the militia with trying to kill him **by shooting** at his motorcade")? Its doer is the accused, whom
    the verb's own subject routes do not find."""
    tok = verb
    for _ in range(hops):
        if is_reason_clause(tok):
            return True
        if tok.i != verb.i and any(  # the parser hangs the means on the accusing verb: "accused X of A by B"
            is_reason_clause(g) for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
        ):
            return True
        if tok.dep_ not in MEANS_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def vehicle_owners(verb: Token, actors: ActorIndex, exclude: set[str]) -> list[Actor]:
    """Who owns or rides in the vehicle an assault verb acts on, or [] when no vehicle or owner is
    named, or when the assault is only an accusation's charge."""
    if inside_charge(verb):
        return []
    for v in attacked_vehicles(verb):
        found = [a for a in (actors.np(v) or actors.modifiers(v, MODIFIER_DEPS)) if a.code not in exclude]
        if found:
            return found
        for c in v.children:
            if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS:
                found = pronoun_antecedent(c, actors, exclude)
                if found:
                    return found
    return []
