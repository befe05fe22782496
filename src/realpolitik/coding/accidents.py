"""A crash is an accident, not an attack: "the jet overshot the runway and hit a mechanic", "the
plane crashed into a market, killing 40", "road accidents killed 300 people in a month" tell of
deaths without anyone attacking, so no armed event (18-20) is coded, whoever owns the vehicle.

The striking or killing verb is an accident's when it is coordinated with or results from a verb of
crashing ("crashed … and hit", "collided …, killing"), or when the clause it results from has a
crash or an accident as its subject or object ("recorded 900 accidents, killing …"). A subject or
agent that is itself an accident ("a crash killed …") is already no agent (``natural_forces``).
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

CRASH_VERBS = frozenset({
    "crash", "collide", "overshoot", "derail", "capsize", "skid", "overturn", "crash-land", "veer", "plunge",
})  # fmt: skip
ACCIDENT_NOUNS = frozenset({"accident", "crash", "collision", "mishap", "derailment", "pileup", "pile-up"})
LINK_DEPS = frozenset({"advcl", "conj", "xcomp"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


# past forms of the crash verbs, which the parser now and then reads as names or nouns ("the jet
# approaching the deck overshot the runway": "overshot" an object of "approaching")
CRASH_FORMS = frozenset({
    "crashed", "collided", "overshot", "derailed", "capsized", "skidded", "overturned", "crash-landed", "veered",
})  # fmt: skip


def _crashing(tok: Token) -> bool:
    return lemma(tok) in CRASH_VERBS or tok.lower_ in CRASH_FORMS


def _accident_clause(verb: Token) -> bool:
    if _crashing(verb):
        return True
    return any(
        (c.dep_ in ARGUMENT_DEPS and lemma(c) in ACCIDENT_NOUNS) or (c.pos_ != "VERB" and _crashing(c))
        for c in verb.children
    )


def crash_result(verb: Token) -> bool:
    """Is ``verb`` (hit, kill ...) told as what a crash or an accident did?"""
    if _crashing(verb):
        return True
    tok = verb
    for _ in range(2):
        if tok.dep_ not in LINK_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        if _accident_clause(tok):
            return True
    return any(c.dep_ == "conj" and _crashing(c) for c in verb.children)
