"""Wanting to take part in talks is the intent to meet (CAMEO 036), not talks held: "Ruritania said it
wanted to join the talks with Freedonia", "hopes to take part in a summit with B" report the
wanter's stated wish, an asserted 036 from the wanter to the partners named, while the talks
themselves (04) are not coded: they have not been held with the wanter. The partners have said
nothing, so nothing is coded back from them.

The meeting noun is the object of a verb of taking part ("take part in", "participate in", "join",
"attend") whose clause completes a verb of wanting ("want", "wish", "hope", "seek", "aspire").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.cameo import MEETING_ROOT
from realpolitik.coding.frames import lemma

INTENT_TO_MEET = "036"
WANTING_VERBS = frozenset({"want", "wish", "hope", "seek", "aspire", "desire", "long"})
TAKING_PART = frozenset({"participate", "join", "attend", "enter"})


def _taking_part(noun: Token) -> Token | None:
    """The verb of taking part whose object ``noun`` is ("join the talks", "take part in the talks")."""
    head = noun.head
    if noun.dep_ == "dobj" and lemma(head) in TAKING_PART:
        return head
    if noun.dep_ != "pobj" or head.lower_ != "in":
        return None
    gov = head.head
    if lemma(gov) in TAKING_PART:
        return gov  # "participate in the talks"
    if lemma(gov) == "part" and gov.dep_ == "dobj" and lemma(gov.head) == "take":
        return gov.head  # "take part in the talks"
    if lemma(gov) == "take" and any(c.lower_ == "part" for c in gov.children):
        return gov
    return None


def wanting_verb(noun: Token, code: str) -> Token | None:
    """The verb of wanting whose wish is joining the meeting ``noun`` (coded 04), or None."""
    if code[:2] != MEETING_ROOT:
        return None
    verb = _taking_part(noun)
    if verb is None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    return verb.head if lemma(verb.head) in WANTING_VERBS else None
