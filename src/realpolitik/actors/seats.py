"""Class SEAT METONYM: "Brussels" in a story about the European Union is the Union, not Belgium.

Wire copy names the EU by its seat as readily as a state by its capital: "Brussels turned down Rome's
budget", "Ankara's membership talks with Brussels stalled". The capital's entry
makes it Belgium, which would put Belgium in EU business it has no part in. When the article itself
names the Union (EU, European Union, European Commission, accession, eurozone), a party named by its
seat is the Union. A seat used as a place ("talks in Brussels", "flew to Brussels") or as a modifier
("the Brussels court martial", "a Brussels hotel") stays the place, and in a story that never names
the Union, Brussels stays Belgium's capital.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from realpolitik.actors.grouping import Mention
from realpolitik.actors.resolver import ActorResolver

# seat name -> (the body's dictionary name, words of the article that show it is about that body)
SEATS: dict[str, tuple[str, frozenset[str]]] = {
    "brussels": ("European Union", frozenset({"eu", "european union", "european commission", "accession",
                                              "eurozone", "euro zone", "european council"})),
}
PLACE_PREPS = frozenset({"in", "at", "from", "to", "into", "near", "outside", "inside", "via", "through", "around"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _words(doc: Doc) -> set[str]:
    """The article's words and word pairs, lower-cased, to look the cues up in."""
    return {t.lower_ for t in doc} | {f"{a.lower_} {b.lower_}" for a, b in zip(doc, doc[1:], strict=False)}


def seat_bodies(doc: Doc, mentions: list[Mention], resolver: ActorResolver, when: date | None) -> list[Mention]:
    """The mentions, with a body's seat used as a party in a story about that body made the body."""
    words: set[str] | None = None  # read once, and only for an article that names a seat as a party
    for m in mentions:
        span = doc[m.start : m.end]
        seat = SEATS.get(span.text.lower())
        if seat is None or not 0 <= m.head < len(doc):
            continue
        head = doc[m.head]
        if head.dep_ in MODIFIER_DEPS or (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS):
            continue
        body, cues = seat
        words = _words(doc) if words is None else words
        if not words & cues:
            continue
        found = resolver.lookup(body, when)
        if found is None:
            continue
        m.actors = [found.to_actor(span.text, how=f"seat of {body}, which the article names")]
        m.kind = found.kind
    return mentions
