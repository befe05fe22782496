"""Custom attributes on Doc/Span (spaCy extensions instead of side tables).

Registered once, idempotently, at import time of any component module.
- ``doc._.published``: the article's publication date (``datetime.date`` or None); set before ``nlp.pipe``.
- ``doc._.doc_id``: the article's content hash; set before ``nlp.pipe``.
- ``doc.spans["rp_actors"]``: actor mentions found by ``realpolitik_actors``; each span has
  ``span._.rp_actors``: the list of resolved ``Actor`` values it stands for (a list because "the two
  leaders" stands for two).
- ``doc._.rp_unresolved``: ``[(sentence_index, text, label, sentence_text)]`` for actor-like mentions
  (named entities) the resolver could not resolve, kept for curation.
- ``doc._.rp_dateline``: the wire dateline the story opens with (``realpolitik.actors.context.Dateline``:
  ``place``, ``country`` code or None, ``end`` = first token of the story), or None; set by
  ``realpolitik_actors``.
- ``doc._.rp_events``: the ``CodedEvent`` list produced by ``realpolitik_coder``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc, Span

ACTOR_SPANS = "rp_actors"


def register_extensions() -> None:
    for name, default in (("published", None), ("doc_id", None), ("rp_events", None), ("rp_unresolved", None),
                          ("rp_dateline", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("rp_actors"):
        Span.set_extension("rp_actors", default=None)


def published_date(doc: Doc) -> date | None:
    """``doc._.published`` as a date: callers may set a date, a datetime or an ISO string, and an
    unreadable value means "unknown" rather than an error deep inside a pipeline batch."""
    value: Any = doc._.published
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


register_extensions()
