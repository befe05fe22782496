"""Feared consequences: an act told as what someone fears, or what a thing risks, has not happened.

"Officials **fear** the talks will lead Ruritania to cut ties with Freedonia", "**the risk that** the
visit pushes the islanders to break with the capital", "**fears of** a Freedonian blockade",
"analysts **worry** that the deal could prompt ...": the act is a feared outcome, so the coder marks
it ``hypothetical`` (stored, not counted as asserted), even where "will" would otherwise read as a
plan or an announced threat. The fearing itself, where it is an event (a state voicing concern), is
coded from its own words.

The feared content is the complement clause, ``of`` phrase or infinitive of a verb or noun of
apprehension, reached through the act's own clause; "warn" is left out, whose content is a speech act's.
A threat, possibility or chance is apprehension only when no one is said to make it (AGENTLESS THREAT:
"the threat of a war between A and B", "the possibility of sanctions"); "A's threat of war" is A's
coercive act.
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

APPREHENSION_VERBS = frozenset({"fear", "worry", "dread", "risk"})
APPREHENSION_NOUNS = frozenset(
    {"fear", "risk", "danger", "worry", "concern", "anxiety", "spectre", "specter", "prospect", "peril", "apprehension"}
)
# nouns of what may come that are apprehension only when no one is said to make it (AGENTLESS THREAT):
# "the threat of a war between A and B" is a risk, "A's threat of war" an act of A's (13x)
RISK_NOUNS = frozenset({"threat", "possibility", "likelihood", "chance", "probability"})
# links that stay within the feared clause: a verb chain and an infinitive hung as an adverbial
VERB_LINKS = frozenset({"xcomp", "ccomp", "conj", "pcomp", "acl", "relcl", "advcl"})
CIRCUMSTANCE_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "because", "until", "although"})


def _apprehends(tok: Token, via: Token) -> bool:
    """Is ``tok`` a verb or noun of apprehension whose content includes ``via``?"""
    low = lemma(tok)
    if tok.pos_ in ("VERB", "AUX") and low in APPREHENSION_VERBS:
        return via.dep_ in ("ccomp", "xcomp", "dobj")
    if tok.pos_ in ("NOUN", "PROPN") and (low in APPREHENSION_NOUNS or (low in RISK_NOUNS and _agentless(tok))):
        return via.dep_ in ("acl", "ccomp") or (via.dep_ == "relcl" and _content_clause(via)) or (
            via.dep_ == "prep" and via.lower_ == "of"
        )
    if low == "be" and via.dep_ == "ccomp":  # "the risk is that ..."
        return any(c.dep_ == "nsubj" and lemma(c) in APPREHENSION_NOUNS for c in tok.children)
    return False


def _agentless(noun: Token) -> bool:
    """Does no one own or make the threat or possibility (no possessor, modifier or by/from phrase)?"""
    return not any(
        c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and c.ent_type_)
        or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in noun.children
    )


def _content_clause(clause: Token) -> bool:
    """A "that" clause the parser hung as a relative clause although it has its own subject ("the
    danger **that** X will cut ties"): "that" is its marker, not its subject or object."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def _stays_in_clause(tok: Token) -> bool:
    if tok.dep_ == "relcl":
        return _content_clause(tok)
    if tok.dep_ == "advcl":
        return not any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in tok.children)
    return tok.dep_ in VERB_LINKS


def feared_act(trigger: Token) -> bool:
    """Is the act at ``trigger`` told as a feared or risked outcome? A nominal act counts as the
    feared thing itself ("fears of **clashes**", "fearing **clashes**"), or as the object of a verb
    that is ("the risk that X will **sever ties**"), never as a word nested inside another object
    ("the dangers of escalating a **war**": the escalation is feared, the war is going on)."""
    tok = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and _apprehends(trigger.head.head, trigger.head):
            return True
        if trigger.dep_ not in ("dobj", "nsubjpass") or trigger.head.pos_ not in ("VERB", "AUX"):
            return False
        if _apprehends(trigger.head, trigger):
            return True
        tok = trigger.head
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "of":
            return _apprehends(tok.head, tok)
        if _apprehends(tok.head, tok):
            return True
        if not _stays_in_clause(tok) and not (tok.dep_ == "pcomp"):
            return False
        tok = tok.head
    return False
