"""Class EXPELLED FROM A STATE: in an agentless passive expulsion the state named by ``from`` expels.

"Two Freedonian diplomats were expelled **from Ruritania**", "hundreds of migrants were deported
**from Sylvania** last week": the passive names no agent, but a country is expelled from, or deported
from, only by its own authorities, so the ``from`` phrase is the source and the passive subject (found
by the usual target route) the target. A ``by`` agent, when present, keeps priority; a ``from`` phrase
naming no state ("expelled from the party", "from school", a party's name that resolves to a party code)
gives nothing: only a bare country code counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex, bare_states
from realpolitik.coding.frames import lemma, prep_objects
from realpolitik.model import Actor

EXPULSION_VERBS = frozenset({"expel", "deport", "banish", "extradite"})


def expelling_state(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The country a passive, agentless expulsion is from (its source), or ``[]``."""
    if lemma(verb) not in EXPULSION_VERBS:
        return []
    for word, o in prep_objects(verb, "from"):
        if word == "from":
            found = bare_states(actors.np(o))
            if found:
                return found[:1]
    return []
