"""The ``realpolitik_actors`` spaCy component: dictionary matches → actor noun phrases.

Per doc it sets ``doc.spans["rp_actors"]`` (one span per actor mention, covering the whole noun
phrase including its head, each with ``span._.rp_actors``) and ``doc._.rp_unresolved``.

Decisions worth knowing:
- A demonym adjective that modifies a noun which is not itself an actor ("Venezuelan oil",
  "Turkish politics") makes no span: the noun is a thing, not an actor. Proper-noun modifiers
  ("US sanctions", "Russia's support") do make a span, since the coder needs them as agents.
- Roles are chosen by ``doc._.published`` (today when unknown).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.actors.coref import Mention, resolve_references
from realpolitik.actors.docview import DocView
from realpolitik.actors.grouping import group_matches
from realpolitik.actors.matcher import DictionaryMatcher
from realpolitik.actors.resolver import ActorResolver
from realpolitik.actors.spans import INDEX_KEY, build_index
from realpolitik.nlp.extensions import ACTOR_SPANS, register_extensions

UNRESOLVED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})

_matchers: dict[int, DictionaryMatcher] = {}


def matcher_for(resolver: ActorResolver) -> DictionaryMatcher:
    m = _matchers.get(id(resolver))
    if m is None:
        m = _matchers[id(resolver)] = DictionaryMatcher(resolver)
    return m


def _as_date(value: Any) -> date | None:
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


class ActorComponent:
    def __init__(self, resolver: ActorResolver) -> None:
        self.resolver = resolver
        self.matcher = matcher_for(resolver)

    def __call__(self, doc: Doc) -> Doc:
        when = _as_date(doc._.published)
        view = DocView.of(doc)
        matches = self.matcher.find(doc, view)
        mentions: list[Mention] = group_matches(doc, matches, self.resolver, when, view.sent)
        mentions = resolve_references(doc, mentions, self.resolver, when, view)
        mentions.sort(key=lambda m: (m.start, m.end))
        spans = []
        for m in mentions:
            if not m.actors:
                continue
            span = doc[m.start : m.end]
            span._.rp_actors = m.actors
            spans.append(span)
        doc.spans[ACTOR_SPANS] = spans
        doc.user_data[INDEX_KEY] = build_index(doc, spans)
        doc._.rp_unresolved = self._unresolved(doc, matches, view)
        return doc

    def _unresolved(self, doc: Doc, matches: list[Any], view: DocView) -> list[tuple[int, str, str, str]]:
        covered = [False] * len(doc)
        for span in doc.spans[ACTOR_SPANS]:
            covered[span.start : span.end] = [True] * (span.end - span.start)
        for m in matches:
            covered[m.start : m.end] = [True] * (m.end - m.start)
        out = []
        for ent in doc.ents:
            if ent.label_ not in UNRESOLVED_LABELS or any(covered[ent.start : ent.end]):
                continue
            sent = ent.sent
            out.append((view.sent[ent.start], ent.text, ent.label_, sent.text.strip()))
        return out


@Language.factory("realpolitik_actors", default_config={"user_file": None})
def make_actor_component(nlp: Language, name: str, user_file: str | None) -> ActorComponent:
    register_extensions()
    return ActorComponent(ActorResolver.default(user_file))
