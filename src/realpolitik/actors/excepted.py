"""Class EXCEPTED MEMBERS: "all but two members -- A and B -- signed", "all EU members but A backed the
plan", "all but one of the Gulf states, B, joined": the states named after "all ... but" are the ones
the act leaves out.

Such a sentence names the excepted members and no one else; read as parties, they become the signers
(and, two of them, signers with each other) of what they stayed out of. The exception is a "but",
"except", "excluding" or "save" that hangs on a universal quantifier ("all", "every", "each") or on the
noun it quantifies; every mention after it, up to the verb the quantified phrase depends on (or to the
phrase's end when it follows its verb), is excepted and makes no actor. "Except" and "apart from" as
prepositions of an agent noun ("the Gulf states except Qatar") are handled by the role rules already;
this class covers the readings the parser gives "but".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from realpolitik.actors.grouping import Mention

UNIVERSAL = frozenset({"all", "every", "each", "everyone", "everybody"})
EXCEPTING = frozenset({"but", "except", "excluding", "save"})
NEAR = 4
VERBAL = frozenset({"VERB", "AUX"})


def _clause_verb(tok: Token) -> Token | None:
    seen = 0
    while tok.pos_ not in VERBAL and tok.head.i != tok.i and seen < 6:
        tok, seen = tok.head, seen + 1
    return tok if tok.pos_ in VERBAL else None


def excepted_region(doc: Doc, t: Token) -> range | None:
    """The tokens an excepting word ``t`` leaves out of its quantified phrase, or None when ``t`` excepts
    nothing (a plain "but" between clauses)."""
    if t.lower_ not in EXCEPTING:
        return None
    quant = next((q for q in doc[max(t.sent.start, t.i - NEAR) : t.i] if q.lower_ in UNIVERSAL), None)
    if quant is None or t.head.i not in (quant.i, quant.head.i) or t.head.pos_ in VERBAL:
        return None
    verb = _clause_verb(quant)
    if verb is not None and verb.i > t.i:
        return range(t.i + 1, verb.i)
    phrase = quant.head if quant.head.pos_ not in VERBAL else quant
    return range(t.i + 1, phrase.right_edge.i + 1)


def drop_excepted(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those inside an excepted region (see the module docstring)."""
    regions = [r for t in doc if (r := excepted_region(doc, t)) is not None]
    if not regions:
        return mentions
    return [m for m in mentions if not any(m.start in r for r in regions)]
