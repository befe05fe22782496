"""A meeting that is asked for has not been held: "a call for talks with B", "an appeal for
negotiations with B", "urged a dialogue with B" report an appeal to meet or negotiate (CAMEO 026),
made by the one who asks to the partner named, not a meeting (04) between them both ways.

The meeting noun is the object of asking: the ``for`` phrase of a noun or verb of asking ("a call
**for** talks", "pressed **for** negotiations"), or the direct object of a verb of urging ("urged
talks"). The verb forms the lexicon already codes as 026 ("called for talks") are not touched: the
class turns only a meeting noun's own 04 code.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.cameo import MEETING_ROOT
from realpolitik.coding.frames import lemma

APPEAL_TO_MEET = "026"

# nouns and verbs whose ``for`` phrase names what is asked for
ASKING_FOR = frozenset({"call", "appeal", "plea", "demand", "request", "press", "push", "plead", "clamour", "clamor"})
# verbs whose direct object names what is asked for
URGING_VERBS = frozenset({"urge", "demand", "request"})


def asked_for(noun: Token) -> bool:
    """Is ``noun`` (or the first of the nouns it is coordinated with) what someone asks for?"""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if head.i == noun.i:
        return False
    if noun.dep_ == "pobj" and head.lower_ == "for":
        return lemma(head.head) in ASKING_FOR and head.head.i != head.i
    return noun.dep_ == "dobj" and lemma(head) in URGING_VERBS


def appealed_meeting_code(noun: Token | None, code: str) -> str | None:
    """026 when ``noun``, coded as a meeting (04), is only asked for; else None."""
    if noun is None or code[:2] != MEETING_ROOT or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return APPEAL_TO_MEET if asked_for(noun) else None
