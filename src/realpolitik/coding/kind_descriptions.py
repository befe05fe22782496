"""A participle on a bare plural describes a kind of people, not something that happened.

"crimes by Danish sailors **visiting** Kenyan ports", "rules for Kenyan troops
**serving** in Somalia", "aid for refugees **fleeing** the fighting": a present participle that
modifies a plural noun with no determiner, number or possessor says what such people do in general
(who they are), not that an act took place; the sentence's news is elsewhere. With a determiner or
a number the noun picks out particular people and the participle is a particular act ("the US
sailors visiting the port", "two Kenyan soldiers patrolling the border"); as the subject of the
sentence's own news the noun names the people it is about ("Rwandan troops backing the army
advanced on the capital").
"""

from __future__ import annotations

from spacy.tokens import Token

SPECIFYING_DEPS = frozenset({"det", "nummod", "poss", "predet"})


def kind_description(trigger: Token, code: str = "") -> bool:
    """Is ``trigger`` a present participle modifying a bare plural noun ("sailors **visiting** X")?

    A protest (CAMEO 14) is the exception: "police dispersed demonstrators **protesting** the vote"
    tells of a protest under way, not of what protesters do in general."""
    if code[:2] == "14" or trigger.tag_ != "VBG" or trigger.dep_ != "acl":
        return False
    noun = trigger.head
    if noun.i == trigger.i or noun.tag_ not in ("NNS", "NNPS") or noun.i > trigger.i:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "Rwandan troops backing X pushed on ...": the news's own actors
        return False
    return not any(c.dep_ in SPECIFYING_DEPS for c in noun.children)
