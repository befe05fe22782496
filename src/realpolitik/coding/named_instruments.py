"""A city in an instrument's name is no party to it.

"The Oslo accords", "the Helsinki agreement", "the Kyoto protocol", "the Arusha declaration", "the
Kimberley process": the place where an agreement, declaration or process was made names it, and
the state the city lies in is not a side ("denounced the Algiers agreement with Y" is no
criticism of Algeria). A state named as such ("the Iran nuclear agreement", "the US-Japan
accord", "the Israel-Jordan treaty") is a party, so only a mention that is not the state's own name
(a city or region) is read as a name. Two places may share one instrument ("the Lima and Quito
declaration": CO-NAMED INSTRUMENT), which the parser reads as a place coordinated with the instrument.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from realpolitik.coding.actorindex import ActorIndex
from realpolitik.coding.frames import lemma
from realpolitik.coding.placeroles import PLACE_ENTS
from realpolitik.model import Actor

INSTRUMENT_NOUNS = frozenset(
    {
        "accord", "accords", "agreement", "protocol", "framework", "declaration", "process", "plan", "charter",
        "round", "roadmap", "communique", "consensus", "statute", "convention", "conventions", "treaty",
        "initiative", "formula", "document", "principles", "memorandum",
    }
)  # fmt: skip


def _instrument(tok: Token) -> bool:
    return lemma(tok) in INSTRUMENT_NOUNS or tok.lower_ in INSTRUMENT_NOUNS


def _co_named(tok: Token) -> bool:
    """CO-NAMED INSTRUMENT: is ``tok`` the first of two places naming one instrument ("the **Lima** and
    Quito declaration"), which the parser reads as a conjunct of the instrument noun?"""
    return any(c.dep_ == "conj" and _instrument(c) and c.i > tok.i
               and any(g.dep_ in ("compound", "nmod") and g.pos_ == "PROPN" for g in c.children)
               for c in tok.children)


def names_an_instrument(span: Span, actor: Actor) -> bool:
    """Is ``span`` a place name in the name of an instrument ("the **Oslo** accords", "the **Hanoi**
    Action Plan"), not the state itself? The mention may be the place alone or, where the resolver
    took the whole phrase, the instrument with the place in it."""
    if len(actor.code) != 3 or actor.kind not in (None, "state", "place"):
        return False  # only a bare state read off a place name; "the Hamas charter" is Hamas's
    root = span.root
    if _instrument(root):
        names = [c for c in root.children if c.dep_ in ("compound", "nmod") and span.start <= c.i < span.end]
        if not names:
            return False
        place = names[0]
    elif _co_named(root):
        place = root
    else:
        place, head = root, root.head
        while head.dep_ == "compound" and head.head.i != head.i and not _instrument(head):
            head = head.head  # "the Hanoi Action Plan": through the name's other words
        if root.dep_ not in ("compound", "nmod") or not _instrument(head):
            return False
    if not (place.ent_type_ in PLACE_ENTS or place.pos_ == "PROPN") or "-" in place.text or place.text.isupper():
        return False
    return bool(actor.name) and place.text.lower() != (actor.name or "").lower()


def without_instrument_names(found: list[Actor], actors: ActorIndex) -> list[Actor]:
    """``found`` less the actors read off a place in an instrument's name."""
    out = []
    for a in found:
        span = actors.span_holding(a)
        if span is None or not names_an_instrument(span, a):
            out.append(a)
    return out
