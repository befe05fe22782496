"""The ``realpolitik_coder`` spaCy component: actor-tagged parse → ``doc._.rp_events``.

Patterns are loaded and indexed once per pipeline (not per doc); user pattern files are cached by
path, so building several pipelines with the same settings shares one index. Malformed user rows are
kept as warnings on ``component.patterns.warnings`` and the rest of the file is used.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.coding.conventions import Conventions, conventions_named
from realpolitik.coding.extract import extract_events
from realpolitik.coding.patterns import PatternSet, load_patterns
from realpolitik.nlp.extensions import published_date, register_extensions

if TYPE_CHECKING:
    from realpolitik.actors.resolver import ActorResolver


@lru_cache(maxsize=8)
def cached_patterns(patterns_file: str | None) -> PatternSet:
    return load_patterns(patterns_file)


class EventCoder:
    """``resolver`` is the pipeline's actor dictionary, handed over when the pipeline is assembled
    (so a user's ``--actors`` file reaches the coder too); None means the packaged default.
    ``conventions`` are the coding conventions (``realpolitik.coding.conventions``).
    ``min_confidence`` (``Settings.min_confidence``): events the coder is less sure of are not reported.
    An event's confidence multiplies the penalty of every weak step that produced it (an inherited
    subject, a guessed target, a countryless actor given a country, a noun rather than a verb), so an
    event below the bar is one that needed several guesses at once."""

    def __init__(
        self,
        patterns: PatternSet,
        resolver: ActorResolver | None = None,
        conventions: Conventions | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        self.patterns = patterns
        self.resolver = resolver
        self.conventions = conventions or conventions_named(None)
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        events = extract_events(doc, self.patterns, published_date(doc), self.resolver, self.conventions)
        doc._.rp_events = [e for e in events if e.confidence >= self.min_confidence]
        return doc


@Language.factory(
    "realpolitik_coder", default_config={"patterns_file": None, "conventions": "analyst", "min_confidence": 0.0}
)
def make_coder(nlp: Language, name: str, patterns_file: str | None, conventions: str,
               min_confidence: float) -> EventCoder:
    register_extensions()
    return EventCoder(cached_patterns(patterns_file), conventions=conventions_named(conventions),
                      min_confidence=min_confidence)
