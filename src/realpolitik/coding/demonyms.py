"""Country adjectives that modify an event's object ("rejected an **Australian** ultimatum").

The actor component deliberately makes no actor span for a demonym on a non-actor noun ("Venezuelan
oil" is oil, not Venezuela). For event roles, though, such an adjective on the *event's own* noun or
object names the party, so the coder asks the actor dictionary (the actors engineer's resolver, not a
list of our own) and accepts only state-level answers, with reduced confidence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from realpolitik.actors.resolver import acts_as_state
from realpolitik.model import Actor

if TYPE_CHECKING:
    from realpolitik.actors.resolver import ActorResolver

DEMONYM_CONFIDENCE = 0.7


@lru_cache(maxsize=4096)
def _lookup(text: str, when: date | None, resolver: ActorResolver | None) -> Actor | None:
    if resolver is None:
        from realpolitik.actors.resolver import ActorResolver

        resolver = ActorResolver.default()
    found = resolver.lookup(text, when)
    if found is None or not acts_as_state(found):
        return None
    return found.to_actor(text, how=f"demonym modifier ({found.why})", confidence=DEMONYM_CONFIDENCE)


def demonym_lookup(when: date | None, resolver: ActorResolver | None = None) -> Callable[[Token], list[Actor]]:
    """A function giving the state a capitalised adjective names, as a one-element list (or empty)."""

    def lookup(tok: Token) -> list[Actor]:
        if tok.pos_ not in ("ADJ", "PROPN") or not tok.text[:1].isupper():
            return []
        actor = _lookup(tok.text, when, resolver)
        return [actor] if actor is not None else []

    return lookup
