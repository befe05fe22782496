"""Plain values that cross module boundaries (see DESIGN.md: one direction, no back and forth).

They are dataclasses rather than ORM rows or spaCy objects so that every stage can be tested on its
own, pickled to worker processes, and turned into JSON with stable field names.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

Modality = Literal["asserted", "negated", "hypothetical", "intended", "reported", "historical"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "intended", "reported", "historical")
Precision = Literal["day", "month", "year"]
# CAMEO sector codes of a state's own organs (government, military, police, intelligence, courts,
# legislature): an actor coded with one of them speaks for its state; OPP, REB, BUS, MED... do not.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def normalise_text(text: str) -> str:
    """Canonical form used for the content hash: NFC, unified newlines, trimmed trailing spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def make_doc_id(text: str) -> str:
    """An article's identity is its normalised text, so the same story ingested twice is one row."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article as read from a source, before any NLP."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    language: str = "en"
    origin: str | None = None  # file path (and line for JSONL) it came from
    external_id: str | None = None  # id given by the input (JSONL `id`)

    @cached_property
    def doc_id(self) -> str:
        """Computed once per article: hashing a long text for every event made cost grow quadratically."""
        return make_doc_id(self.text)


@dataclass(frozen=True)
class Rejected:
    """An input that could not be read; reported to the user, never silently dropped."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class Actor:
    """A resolved actor mention.

    `code` is the CAMEO actor code (e.g. ``TURGOV``); `entity_id` is our stable slug for the thing
    named (``person:recep-tayyip-erdogan``, ``state:TUR``), so that analyses can follow a person
    across role changes while CAMEO codes follow the office.
    """

    text: str
    code: str
    entity_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str | None = None  # state | person | org | group | sector
    confidence: float = 1.0
    how: str | None = None  # which dictionary entry / rule produced it


@dataclass
class CodedEvent:
    """One coded event as found in one sentence (a *mention* in the store).

    The store deduplicates these into events keyed by (date, source, target, code, modality).
    """

    evidence: str
    sentence_index: int
    char_start: int
    char_end: int
    source: Actor | None
    target: Actor | None
    event_code: str
    root_code: str
    base_code: str
    event_name: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    modality: str = "asserted"
    speaker: Actor | None = None
    event_date: date | None = None
    date_precision: str | None = None
    date_source: str | None = None  # "published" | "sentence:<expression>" | "unknown"
    location_country: str | None = None
    location_name: str | None = None
    confidence: float = 0.5
    pattern_id: str | None = None
    trigger: str | None = None
    coder_version: str = ""
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def source_code(self) -> str | None:
        return self.source.code if self.source else None

    @property
    def target_code(self) -> str | None:
        return self.target.code if self.target else None

    @property
    def event_id(self) -> str:
        """Deduplication key shared by every mention of the same event across articles."""
        key = "|".join(
            [
                self.event_date.isoformat() if self.event_date else "",
                self.source_code or "",
                self.target_code or "",
                self.event_code,
                self.modality,
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def mention_id(self) -> str:
        key = f"{self.doc_id}|{self.sentence_index}|{self.char_start}|{self.event_id}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape of an event (documented in the README)."""
        src, tgt = self.source, self.target
        return {
            "event_id": self.event_id,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_precision": self.date_precision,
            "source_code": src.code if src else None,
            "target_code": tgt.code if tgt else None,
            "source_name": (src.name or src.text) if src else None,
            "target_name": (tgt.name or tgt.text) if tgt else None,
            "source_entity": src.entity_id if src else None,
            "target_entity": tgt.entity_id if tgt else None,
            "source_text": src.text if src else None,
            "target_text": tgt.text if tgt else None,
            "event_code": self.event_code,
            "root_code": self.root_code,
            "base_code": self.base_code,
            "event_name": self.event_name,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "plover_context": self.plover_context,
            "modality": self.modality,
            "speaker_code": self.speaker.code if self.speaker else None,
            "date_source": self.date_source,
            "location_country": self.location_country,
            "location_name": self.location_name,
            "confidence": round(self.confidence, 3),
            "pattern_id": self.pattern_id,
            "trigger": self.trigger,
            "num_mentions": 1,
            "num_articles": 1,
            "evidence": self.evidence,
            "sentence_index": self.sentence_index,
            "doc_id": self.doc_id,
            "title": self.title,
            "url": self.url,
        }


@dataclass
class CodedArticle:
    """An article with everything the NLP stage found in it, ready for the store."""

    article: Article
    events: list[CodedEvent]
    n_sentences: int
    unresolved: list[tuple[int, str, str, str]] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.article.doc_id


@dataclass
class IngestReport:
    """The counters of an ingest run, and of each batch the writer stores (one type for both).

    ``ok`` is False when any input was rejected; ``articles_coded`` moves as NLP finishes, before the
    batch is written, so progress can follow completed work on Dask workers.
    """

    articles_read: int = 0
    articles_coded: int = 0
    articles_added: int = 0
    already_present: int = 0
    mentions_added: int = 0
    events_added: int = 0
    events_touched: int = 0
    sentences: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_english: dict[str, int] = field(default_factory=dict)  # language → articles stored, not coded
    undated: int = 0  # new articles with no publication date (events need a date stated in the text)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def articles_done(self) -> int:
        """Articles finished either way: stored now, or found already stored."""
        return self.articles_added + self.already_present

    @property
    def articles_per_second(self) -> float:
        return self.articles_read / self.seconds if self.seconds > 0 else 0.0

    def __iadd__(self, other: IngestReport) -> IngestReport:
        for name in ("articles_read", "articles_coded", "articles_added", "already_present", "mentions_added",
                     "events_added", "events_touched", "sentences", "undated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rejected.extend(other.rejected)
        self.skipped.extend(other.skipped)
        for language, n in other.not_english.items():
            self.not_english[language] = self.not_english.get(language, 0) + n
        return self

    def as_dict(self) -> dict[str, object]:
        return {
            "articles_read": self.articles_read,
            "articles_added": self.articles_added,
            "already_present": self.already_present,
            "rejected": len(self.rejected),
            "mentions_added": self.mentions_added,
            "events_added": self.events_added,
            "sentences": self.sentences,
            "not_english": sum(self.not_english.values()),
            "undated": self.undated,
            "seconds": round(self.seconds, 3),
        }


def actor_to_dict(actor: Actor | None) -> dict[str, Any] | None:
    return asdict(actor) if actor else None
