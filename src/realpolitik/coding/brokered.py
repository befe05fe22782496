"""A third party's act named by a participle on the act's noun: "a **Qatari-brokered** truce between A
and B", "the truce **brokered by** Egypt between A and B", "**Norwegian-mediated** talks between C and D".

The mediator is the prefix of the hyphenated participle (or its ``by`` phrase, which the passive route
already reads); the parties it mediated between are the ``between`` phrase of the noun the participle
modifies, not the participle's own objects (it has none). Only mediation is read this way (CAMEO 04,
"broker", "mediate", "facilitate"): a participle of backing or funding on a noun ("US-backed forces",
"Saudi-funded schools") describes what the thing is, not an act of the day.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex, between_parties_of
from realpolitik.coding.cameo import MEETING_ROOT
from realpolitik.model import Actor

PARTICIPLE_DEPS = frozenset({"amod", "acl"})
PREFIX_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})


def _modified_noun(verb: Token) -> Token | None:
    if verb.tag_ != "VBN" or verb.dep_ not in PARTICIPLE_DEPS or verb.head.i == verb.i:
        return None
    return verb.head


def hyphen_agent(verb: Token, code: str, actors: ActorIndex) -> list[Actor]:
    """The mediator named as the prefix of "X-brokered", "X-mediated"; [] otherwise."""
    if code[:2] != MEETING_ROOT or _modified_noun(verb) is None:
        return []
    for c in verb.children:
        hyphen = verb.doc[c.i + 1] if c.i + 1 < verb.i else None
        if c.dep_ in PREFIX_DEPS and c.i < verb.i and hyphen is not None and hyphen.text == "-":
            found = actors.np_deep(c)
            if found:
                return found
    return []


def mediated_parties(verb: Token, code: str, actors: ActorIndex) -> list[Actor]:
    """The parties of the ``between`` phrase (two at least) on the mediated noun or on the participle
    itself, for a mediation participle."""
    noun = _modified_noun(verb)
    if code[:2] != MEETING_ROOT or noun is None:
        return []
    return between_parties_of([noun, verb], actors)  # also "a truce brokered by X between A and B"
