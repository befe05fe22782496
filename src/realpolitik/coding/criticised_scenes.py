"""Class CRITICISED ACT'S COUNTRY: disapproving of something that happened **in** a state disapproves of
that state.

"Ruritania condemned the coup **in Freedonia**", "... criticised the crackdown **in Sylvania**": the
object of the criticism is an act or state of affairs with no actor of its own, placed in a country; the
criticism is aimed at that country (its rulers, its coup makers), just as "Freedonia's coup" or "the
Freedonian coup" already target Freedonia through the object's modifier. Only the ``in`` phrase of
the criticised object counts, and only an actor that is a bare state code, so "criticised the rise in
prices" or "the remarks in parliament" give nothing; a gathering's ``in`` phrase is its venue
("dismissed the talks in Oslo"). It is the last route tried: any actor the sentence names for the
criticism wins. Unattributed attacks never get here: condemning them is sympathy with the victims
(``roles.condemned_attack_victims``), read first.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex, bare_states
from realpolitik.coding.frames import direct_objects, prep_objects
from realpolitik.model import Actor

SCENE_PREPS = frozenset({"in", "inside"})
# Gatherings: their "in" phrase is a venue, not the country whose conduct is criticised ("dismissed the
# talks in Oslo").
VENUE_EVENTS = frozenset({"talk", "talks", "meeting", "summit", "conference", "negotiation", "negotiations",
                          "consultation", "forum", "session", "visit", "gathering", "congress", "convention"})


def criticised_scene(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The country where the criticised object happened, or ``[]``."""
    for obj in direct_objects(verb):
        if obj.pos_ != "NOUN" or obj.lower_ in VENUE_EVENTS or obj.lemma_.lower() in VENUE_EVENTS:
            continue
        for word, place in prep_objects(obj):
            if word not in SCENE_PREPS:
                continue
            found = bare_states(actors.np(place))
            if found:
                return found[:1]
    return []
