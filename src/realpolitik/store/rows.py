"""Pure conversion of coded articles into column dictionaries ready for Arrow tables.

Kept apart from the writer so the mapping (value objects → table columns) can be tested without a
database and the writer only deals with transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pyarrow as pa

from realpolitik.model import Actor, CodedArticle, CodedEvent, Rejected

ARTICLE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("external_id", pa.string()), ("url", pa.string()),
        ("source", pa.string()), ("title", pa.string()), ("published", pa.date32()),
        ("language", pa.string()), ("text", pa.string()), ("origin", pa.string()),
        ("n_sentences", pa.int32()), ("n_mentions", pa.int32()), ("coder_version", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ]
)

_ACTOR_COLS = ("text", "entity", "code", "country", "sector", "name")

MENTION_SCHEMA = pa.schema(
    [
        ("mention_id", pa.string()), ("event_id", pa.string()), ("doc_id", pa.string()),
        ("sentence_index", pa.int32()), ("char_start", pa.int32()), ("char_end", pa.int32()),
        ("evidence", pa.string()),
        *[(f"source_{c}", pa.string()) for c in _ACTOR_COLS],
        *[(f"target_{c}", pa.string()) for c in _ACTOR_COLS],
        ("event_code", pa.string()), ("root_code", pa.string()), ("base_code", pa.string()),
        ("event_name", pa.string()), ("quad_class", pa.int32()), ("goldstein", pa.float64()),
        ("plover_type", pa.string()), ("plover_mode", pa.string()), ("plover_context", pa.string()),
        ("modality", pa.string()), ("speaker_code", pa.string()), ("event_date", pa.date32()),
        ("date_precision", pa.string()), ("date_source", pa.string()),
        ("location_country", pa.string()), ("location_name", pa.string()),
        ("confidence", pa.float64()), ("pattern_id", pa.string()), ("trig", pa.string()),
        ("coder_version", pa.string()),
    ]
)

ACTOR_SCHEMA = pa.schema(
    [
        ("entity_id", pa.string()), ("code", pa.string()), ("name", pa.string()),
        ("kind", pa.string()), ("country", pa.string()), ("sector", pa.string()),
    ]
)

UNRESOLVED_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("sentence_index", pa.int32()), ("text", pa.string()),
        ("label", pa.string()), ("sentence", pa.string()),
    ]
)


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{c}": None for c in _ACTOR_COLS}
    return {
        f"{prefix}_text": actor.text,
        f"{prefix}_entity": actor.entity_id,
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_name": actor.name or actor.text,
    }


def mention_row(ev: CodedEvent, doc_id: str) -> dict[str, Any]:
    """One ``mentions`` row; ``doc_id`` is forced so an event can never point at another article."""
    if ev.doc_id != doc_id:
        from dataclasses import replace

        ev = replace(ev, doc_id=doc_id)
    return {
        "mention_id": ev.mention_id,
        "event_id": ev.event_id,
        "doc_id": doc_id,
        "sentence_index": ev.sentence_index,
        "char_start": ev.char_start,
        "char_end": ev.char_end,
        "evidence": ev.evidence,
        **_actor_columns("source", ev.source),
        **_actor_columns("target", ev.target),
        "event_code": ev.event_code,
        "root_code": ev.root_code,
        "base_code": ev.base_code,
        "event_name": ev.event_name,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "plover_context": ev.plover_context,
        "modality": ev.modality,
        "speaker_code": ev.speaker.code if ev.speaker else None,
        "event_date": ev.event_date,
        "date_precision": ev.date_precision,
        "date_source": ev.date_source,
        "location_country": ev.location_country,
        "location_name": ev.location_name,
        "confidence": ev.confidence,
        "pattern_id": ev.pattern_id,
        "trig": ev.trigger,
        "coder_version": ev.coder_version,
    }


def article_row(item: CodedArticle, n_mentions: int, ingested_at: datetime | None = None) -> dict[str, Any]:
    a = item.article
    versions = sorted({e.coder_version for e in item.events if e.coder_version})
    return {
        "doc_id": a.doc_id,
        "external_id": a.external_id,
        "url": a.url,
        "source": a.source,
        "title": a.title,
        "published": a.published,
        "language": a.language,
        "text": a.text,
        "origin": a.origin,
        "n_sentences": item.n_sentences,
        "n_mentions": n_mentions,
        "coder_version": ",".join(versions) or None,
        "ingested_at": ingested_at,
    }


def actor_key(actor: Actor) -> str:
    """Entities without a dictionary id are keyed by their CAMEO code, so they still get one row."""
    return actor.entity_id or f"code:{actor.code}"


def actor_preference(row: dict[str, Any]) -> tuple[int, str, str, str, str, str]:
    """Which of an entity's rows the ``actors`` table keeps: the most specific code (``USAMIL`` over
    ``USA``), then the first code, name, kind, country and sector in sort order. A rule on the values,
    not on which article came first, so the table is the same whatever the batch size or input order
    (see writer); every stored column takes part, so two rows that differ only in kind still rank."""
    return (-len(row["code"] or ""), row["code"] or "", row["name"] or "", row["kind"] or "",
            row["country"] or "", row["sector"] or "")


def actor_rows(events: Iterable[CodedEvent]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for ev in events:
        for actor in (ev.source, ev.target, ev.speaker):
            if actor is None or not actor.code:
                continue
            key = actor_key(actor)
            row = {
                "entity_id": key,
                "code": actor.code,
                "name": actor.name or actor.text,
                "kind": actor.kind,
                "country": actor.country,
                "sector": actor.sector,
            }
            if key not in seen or actor_preference(row) < actor_preference(seen[key]):
                seen[key] = row
    return list(seen.values())


def to_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


@dataclass
class BatchTables:
    """A batch of coded articles as Arrow tables, in input order, ready for one writer transaction.

    This is what a Dask worker sends back: columnar, compact to pickle, and no NLP objects.
    ``ingested_at`` is left empty; the writer stamps it when it commits.
    """

    articles: pa.Table
    mentions: pa.Table
    unresolved: pa.Table
    actors: pa.Table
    sentences: int = 0
    repeated: int = 0  # articles dropped because they came twice in the batch
    rejected: list[Rejected] = field(default_factory=list)  # articles the coder failed on (see guard)
    not_english: dict[str, int] = field(default_factory=dict)  # language → articles stored, not coded

    @property
    def doc_ids(self) -> list[str]:
        return [str(d) for d in self.articles.column("doc_id").to_pylist()]


def batch_tables(items: Iterable[CodedArticle]) -> BatchTables:
    """Coded articles → tables; an article repeated within the batch is kept once (its first time)."""
    seen: set[str] = set()
    articles: list[dict[str, Any]] = []
    mentions: dict[str, dict[str, Any]] = {}
    unresolved: dict[tuple[str, int, str], dict[str, Any]] = {}
    fresh: list[CodedArticle] = []
    repeated = 0
    for item in items:
        if item.doc_id in seen:
            repeated += 1
            continue
        seen.add(item.doc_id)
        fresh.append(item)
        unique = {r["mention_id"]: r for r in (mention_row(ev, item.doc_id) for ev in item.events)}
        mentions.update(unique)
        articles.append(article_row(item, len(unique)))
        for sent_i, text, label, sentence in item.unresolved:
            unresolved.setdefault(
                (item.doc_id, sent_i, text),
                {"doc_id": item.doc_id, "sentence_index": sent_i, "text": text, "label": label,
                 "sentence": sentence},
            )
    return BatchTables(
        articles=to_table(articles, ARTICLE_SCHEMA),
        mentions=to_table(list(mentions.values()), MENTION_SCHEMA),
        unresolved=to_table(list(unresolved.values()), UNRESOLVED_SCHEMA),
        actors=to_table(actor_rows(ev for item in fresh for ev in item.events), ACTOR_SCHEMA),
        sentences=sum(item.n_sentences for item in fresh),
        repeated=repeated,
    )
