"""Token → actor span lookups for the event coder (O(1) after one index build per doc)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from realpolitik.nlp.extensions import ACTOR_SPANS

INDEX_KEY = "rp_actor_index"


def build_index(doc: Doc, spans: Iterable[Span]) -> list[int]:
    """Position k of the list is the number of the actor span holding token k, or -1."""
    index = [-1] * len(doc)
    for n, span in enumerate(spans):
        for i in range(span.start, span.end):
            if index[i] == -1:
                index[i] = n
    return index


def _index(doc: Doc) -> list[int]:
    index = doc.user_data.get(INDEX_KEY)
    if index is None or len(index) != len(doc):
        group = doc.spans[ACTOR_SPANS] if ACTOR_SPANS in doc.spans else []
        index = build_index(doc, group)
        doc.user_data[INDEX_KEY] = index
    return index


def actor_span_for(token: Token) -> Span | None:
    """The actor span containing ``token`` (None when the token is part of no actor mention)."""
    doc = token.doc
    if ACTOR_SPANS not in doc.spans:
        return None
    n = _index(doc)[token.i]
    return doc.spans[ACTOR_SPANS][n] if n >= 0 else None


def actors_in(span_or_doc: Span | Doc) -> list[Span]:
    """Actor spans lying inside a sentence/span (or all of a doc's), in text order."""
    doc = span_or_doc if isinstance(span_or_doc, Doc) else span_or_doc.doc
    if ACTOR_SPANS not in doc.spans:
        return []
    spans = list(doc.spans[ACTOR_SPANS])
    if isinstance(span_or_doc, Doc):
        return spans
    lo, hi = span_or_doc.start, span_or_doc.end
    return [s for s in spans if s.start >= lo and s.end <= hi]
