"""An act that is called off did not happen; one that is put off has not happened yet.

"A UN inspection of the prison has been abandoned", "Brazil cancelled the joint naval exercise with
Argentina", "the president's visit to Togo was postponed": the event noun names an act that was
planned, and the clause says it will not take place (cancelled, called off, abandoned, scrapped,
dropped) or not now (postponed, put off, delayed, deferred). The noun's own code is then not
asserted: a cancelled act is ``negated``; a postponed one is ``intended`` when the clause gives it a
new time (RESCHEDULED: "put off until Friday", "pushed back a week"; under analyst conventions a
rescheduled cooperative act is still planned: the intent, 03x, as any scheduled meeting), and
``hypothetical`` when it gives none or puts it off "indefinitely" (PUT OFF: it may never happen).
Talks and meetings that are broken off are the halting of negotiations (``rules.halted_code``, 164)
and keep that reading; who cancels is not coded here (a cancelled
visit may be a snub, or a doctor's advice).
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma
from realpolitik.dates import TIME_ENTITIES

CANCELLING_VERBS = frozenset({"cancel", "abandon", "scrap", "drop", "shelve", "axe", "scuttle", "nix"})
POSTPONING_VERBS = frozenset({"postpone", "delay", "defer", "reschedule", "adjourn"})
CANCELLING_PHRASALS = frozenset({("call", "off")})
POSTPONING_PHRASALS = frozenset({("put", "off"), ("push", "back")})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
OPEN_ENDED = frozenset({"indefinitely"})


def _particles(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "prt"}


def called_off(noun: Token | None) -> str | None:
    """``negated`` for an event noun that a clause cancels ("the inspection was abandoned"),
    ``intended`` for one it postpones ("postponed the visit"), else None."""
    if noun is None or noun.dep_ not in OBJECT_DEPS or noun.head.i == noun.i:
        return None
    verb = noun.head
    if verb.pos_ != "VERB":
        return None
    verb_lemma, prts = lemma(verb), _particles(verb)
    if verb_lemma in CANCELLING_VERBS or any((verb_lemma, p) in CANCELLING_PHRASALS for p in prts):
        return "negated"
    if verb_lemma in POSTPONING_VERBS or any((verb_lemma, p) in POSTPONING_PHRASALS for p in prts):
        return "intended" if rescheduled(verb, noun) else "hypothetical"
    return None


def rescheduled(verb: Token, noun: Token) -> bool:
    """Does the clause that puts the act off give it a new time ("postponed until Friday", "pushed back
    a week", "delayed to next month")? Put off with none, or "indefinitely", it may never take place."""
    if any(c.lower_ in OPEN_ENDED for c in verb.children):
        return False
    held = set(range(noun.left_edge.i, noun.right_edge.i + 1))
    return any(t.ent_type_ in TIME_ENTITIES and t.i not in held for t in verb.subtree)
