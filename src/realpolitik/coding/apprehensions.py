"""Feared consequences: an act told as what someone fears, or what a thing risks, has not happened.

"Officials **fear** the talks will lead Ruritania to cut ties with Freedonia", "**the risk that** the
visit pushes the islanders to break with the capital", "**fears of** a Freedonian blockade",
"analysts **worry** that the deal could prompt ...": the act is a feared outcome, so the coder marks
it ``hypothetical`` (stored, not counted as asserted), even where "will" would otherwise read as a
plan or an announced threat. The fearing itself, where it is an event (a state voicing concern), is
coded from its own words.

The feared content is the complement clause, ``of`` phrase or infinitive of a verb or noun of
apprehension, reached through the act's own clause; "the threat that ..." is left out (a threat is
itself a coercive act), and so is "warn", whose content is a speech act's.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

APPREHENSION_VERBS = frozenset({"fear", "worry", "dread", "risk"})
APPREHENSION_NOUNS = frozenset(
    {"fear", "risk", "danger", "worry", "concern", "anxiety", "spectre", "specter", "prospect", "peril", "apprehension"}
)
CONTENT_LINKS = frozenset(
    {"ccomp", "acl", "xcomp", "advcl", "dobj", "pobj", "prep", "pcomp", "conj", "compound", "amod", "relcl", "attr"}
)
# links from the act up to the verb or noun whose content it is
CONTENT_OF = frozenset({"ccomp", "acl", "xcomp", "pobj", "dobj"})


def _apprehends(tok: Token, via: Token) -> bool:
    """Is ``tok`` a verb or noun of apprehension whose content includes ``via``?"""
    low = lemma(tok)
    if tok.pos_ in ("VERB", "AUX") and low in APPREHENSION_VERBS:
        return via.dep_ in ("ccomp", "xcomp", "dobj", "advcl")
    if tok.pos_ in ("NOUN", "PROPN") and low in APPREHENSION_NOUNS:
        return via.dep_ in ("acl", "ccomp", "prep") or (via.dep_ == "relcl" and _content_clause(via))
    if low == "be" and via.dep_ == "ccomp":  # "the risk is that ..."
        return any(c.dep_ == "nsubj" and lemma(c) in APPREHENSION_NOUNS for c in tok.children)
    return False


def _content_clause(clause: Token) -> bool:
    """A "that" clause the parser hung as a relative clause although it has its own subject ("the
    danger **that** X will cut ties"): "that" is its marker, not its subject or object."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def feared_act(trigger: Token) -> bool:
    """Is the act at ``trigger`` told as a feared or risked outcome?"""
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i or tok.dep_ not in CONTENT_LINKS:
            return False
        if _apprehends(tok.head, tok):
            return tok.dep_ != "prep" or tok.lower_ == "of"
        tok = tok.head
    return False
