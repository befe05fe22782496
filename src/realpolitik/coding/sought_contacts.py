"""Reaching out to someone for something is one side's act: "the government contacted the agency to
trace a fugitive", "Nepal approached the UN for help" tell what the one who reaches out did. The
one reached has agreed to nothing and done nothing yet, so the consultation (04) is not coded back
from it, as it is for a meeting both sides hold ("contacted his counterpart about the dispute"
stays a two-sided exchange).

An approach is sought when its verb of reaching out has a purpose: a to-clause ("contacted Interpol
**to trace** the banker"), a ``for`` phrase naming help ("approached the bank **for a loan**") or a
request made in the same breath ("reached out to the envoys **and urged** them to mediate").

ONE-SIDED WILLINGNESS: an act that one side says it is ready, willing, keen or happy to do, or wants,
hopes, seeks or offers to do ("is ready to resume talks with B", "his readiness to meet B", "looks
forward to seeing B"), is that side's stated intent. The other side has agreed to nothing, so a
joint act (a meeting, talks) is not coded back from it, as it is for talks that both sides plan
("A and B agreed to hold talks").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma, looked_forward, prep_objects

REACHING_VERBS = frozenset({"contact", "approach", "reach", "sound"})
ASKING_VERBS = frozenset({"ask", "urge", "request", "press", "appeal", "seek"})
SOUGHT_NOUNS = frozenset({
    "help", "assistance", "aid", "support", "advice", "information", "cooperation", "co-operation", "loan",
    "funds", "funding", "backing", "protection", "mediation", "intervention", "guidance", "clarification",
})  # fmt: skip


def _purpose_clause(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(
            m.dep_ == "aux" and m.lower_ == "to" for m in c.children
        ):
            return True
    return False


def sought_contact(trigger: Token) -> bool:
    """Is ``trigger`` a verb of reaching out with a purpose, so that only its subject acts?"""
    if trigger.pos_ != "VERB" or lemma(trigger) not in REACHING_VERBS:
        return False
    if _purpose_clause(trigger):
        return True
    if any(c.dep_ == "conj" and lemma(c) in ASKING_VERBS for c in trigger.children):
        return True  # "reached out to the envoys and urged them to mediate"
    return any(w == "for" and lemma(o) in SOUGHT_NOUNS for w, o in prep_objects(trigger))


WILLING_HEADS = frozenset({"ready", "prepared", "willing", "eager", "keen", "happy", "glad", "want", "wish", "hope",
                           "seek", "offer", "aspire"})
WILLING_NOUNS = frozenset({"willingness", "readiness", "eagerness", "desire", "wish", "hope", "offer"})


def willing_side(trigger: Token) -> bool:
    """ONE-SIDED WILLINGNESS: is the act at ``trigger`` (through its coordinated or complement verbs)
    what its subject says it is ready, keen or wants to do, or looks forward to doing?"""
    tok = trigger
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "xcomp" and lemma(head) in WILLING_HEADS:
            return True
        if tok.dep_ == "acl" and head.pos_ == "NOUN" and lemma(head) in WILLING_NOUNS:
            return True
        if tok.dep_ == "pcomp" and head.lower_ == "to" and (head.head.lower_ == "forward" or looked_forward(head.head)):
            return True  # "looks forward to visiting B" (the parser hangs "to" on "forward" or on "look")
        if tok.dep_ not in ("conj", "xcomp"):
            return False
        tok = head
    return False
