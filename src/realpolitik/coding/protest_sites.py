"""Class PROTEST AT A MISSION: a protest held at a state's embassy or consulate is aimed at that state.

Crowds protest where the state they protest has its seat abroad: "students demonstrated **outside the
Freedonian embassy**", "a crowd burned flags **in front of the Ruritanian consulate**". With no target
named, the fallback reading makes a protest one against the protesters' own government (Phoenix's
convention for strikes and demonstrations), which here names the wrong side: the site names it. A
mission is taken when its phrase is a place phrase (outside, in front of, at, near, opposite, before, by)
on the protest verb or noun and the mission belongs to a state; a mission of no stated country, or a
protest "in" a city, leaves the fallback as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.cameo import PROTEST_ROOT
from realpolitik.coding.frames import lemma, prep_objects
from realpolitik.model import Actor

MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery", "mission", "commission"})
SITE_PREPS = frozenset({"outside", "at", "near", "opposite", "before", "by", "in", "beside", "around"})
FRONT_NOUNS = frozenset({"front"})


def _sites(head: Token) -> list[Token]:
    """The objects of the place phrases on ``head``, reading "in front of X" as X."""
    out: list[Token] = []
    for word, o in prep_objects(head):
        if word not in SITE_PREPS:
            continue
        if lemma(o) in FRONT_NOUNS:
            out.extend(inner for w, inner in prep_objects(o) if w == "of")
        elif word != "in":  # "protested in Cairo": a city is no site of a mission
            out.append(o)
    return out


def mission_protested(code: str, trigger: Token, noun: Token | None, actors: ActorIndex) -> list[Actor]:
    """The states whose missions a protest with no stated target took place at (see the module)."""
    if not code.startswith(PROTEST_ROOT):
        return []
    for head in (trigger, noun):
        if head is None:
            continue
        for site in _sites(head):
            if lemma(site) not in MISSION_NOUNS:
                continue
            found = [a for a in actors.np_deep(site) if a.country and a.code[:3] not in ("IGO", "NGO")]
            if found:
                return found
    return []
