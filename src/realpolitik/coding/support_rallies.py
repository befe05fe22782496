"""Class DEMONSTRATED SUPPORT: a rally, march or chant "in support of X", "in favour of X" or "in
solidarity with X" backs X, or whoever X belongs to ("in support of X's decision"); it is no protest
against anyone (CAMEO 14x).

"Thousands marched in the capital in support of the army", "supporters chanted slogans in favour of the
ruling bloc": read as demonstrations, the demonstrators protest against the one they back (often the
government their country stands for by default), which turns a show of support into dissent. The
backing is an endorsement of X (051) when X is the act's target; when the target is someone else, the
sentence names no one the demonstration is against, and it is no event. So is a march or rally held
only to commemorate, mark or celebrate something (COMMEMORATIVE GATHERING).
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.cameo import PROTEST_ROOT
from realpolitik.coding.frames import lemma
from realpolitik.model import Actor

ENDORSE = "051"
BACKING_NOUNS = frozenset({"support", "favour", "favor", "solidarity", "backing", "defence", "defense"})
LINK_PREPS = frozenset({"of", "with"})


def backed_actors(trigger: Token, actors: ActorIndex) -> list[Actor] | None:
    """The actors the act's clause says it backs ("in support of X"), [] when the phrase names no actor,
    None when there is no such phrase."""
    found: list[Actor] | None = None
    holders = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubj", "advcl"))]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or lemma(noun) not in BACKING_NOUNS:
                    continue
                found = found or []
                for link in noun.children:
                    if link.dep_ == "prep" and link.lower_ in LINK_PREPS:
                        found += [a for o in link.children if o.dep_ == "pobj"
                                  for a in actors.np(o) or actors.modifiers(o, ("poss", "amod", "compound"))]
    return found


# COMMEMORATIVE GATHERING: what a march or rally is held to do when it remembers or celebrates
COMMEMORATING_VERBS = frozenset({"commemorate", "mark", "celebrate", "honour", "honor", "remember", "mourn",
                                 "observe", "salute", "hail"})
DISSENT_WORDS = frozenset({"demand", "protest", "against", "denounce", "condemn", "oppose", "urge", "press",
                           "call", "resign", "resignation", "justice"})


def commemorative(trigger: Token) -> bool:
    """COMMEMORATIVE GATHERING: a march or rally held only "to commemorate the anniversary", "to mark
    the day", "to honour the dead" remembers or celebrates; it is against no one. A word of protest
    or demand anywhere in its clause ("to mark the day and demand justice", "..., calling on the
    premier to resign") keeps the protest."""
    purposes = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    purposes += [g for p in purposes for g in p.conjuncts]
    if not purposes or not all(lemma(p) in COMMEMORATING_VERBS for p in purposes):
        return False
    return not any(lemma(t) in DISSENT_WORDS for t in trigger.subtree)


def demonstration_backing(codes: list[str], trigger: Token, actors: ActorIndex) -> list[Actor] | None:
    """``backed_actors`` of the act, read once for all its pairs, and only when one of its ``codes`` is a
    demonstration (14x); None otherwise. A commemorative gathering backs no one it could be against
    (``[]``: no event)."""
    if not any(code.startswith(PROTEST_ROOT) for code in codes):
        return None
    if commemorative(trigger):
        return []
    return backed_actors(trigger, actors)


def support_code(code: str, backed: list[Actor] | None, target: Actor) -> str | None:
    """For a demonstration (14x) in support of someone (``backed``, from ``demonstration_backing``): 051
    when ``target`` is the one backed, "" when it is not (no event); None when the act is no such
    demonstration."""
    if not code.startswith(PROTEST_ROOT) or backed is None:
        return None
    return ENDORSE if any(a.code == target.code for a in backed) else ""
