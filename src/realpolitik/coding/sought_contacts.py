"""Reaching out to someone for something is one side's act: "the government contacted the agency to
trace a fugitive", "Nepal approached the UN for help" tell what the one who reaches out did. The
one reached has agreed to nothing and done nothing yet, so the consultation (04) is not coded back
from it, as it is for a meeting both sides hold ("contacted his counterpart about the dispute"
stays a two-sided exchange).

An approach is sought when its verb of reaching out has a purpose: a to-clause ("contacted Interpol
**to trace** the banker"), a ``for`` phrase naming help ("approached the bank **for a loan**") or a
request made in the same breath ("reached out to the envoys **and urged** them to mediate").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma, prep_objects

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
