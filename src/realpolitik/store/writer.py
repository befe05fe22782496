"""Batch writer: coded articles → articles, mentions, events, actors, unresolved.

One batch is one transaction: either every row of every article in it is stored, or none is, so a
crash (or Ctrl-C) mid-batch never leaves half an article. Articles already stored are skipped
before anything is written, which makes re-ingesting the same input a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from realpolitik.errors import StoreError
from realpolitik.pipeline import CodedArticle
from realpolitik.store.rows import (
    ACTOR_SCHEMA,
    ARTICLE_SCHEMA,
    MENTION_SCHEMA,
    UNRESOLVED_SCHEMA,
    actor_rows,
    article_row,
    mention_row,
    to_table,
)


@dataclass
class WriteResult:
    """What one batch changed."""

    articles_added: int = 0
    already_present: int = 0
    mentions_added: int = 0
    events_touched: int = 0
    events_added: int = 0

    def __iadd__(self, other: WriteResult) -> WriteResult:
        self.articles_added += other.articles_added
        self.already_present += other.already_present
        self.mentions_added += other.mentions_added
        self.events_touched += other.events_touched
        self.events_added += other.events_added
        return self


# Recomputes each touched event from all of its mentions; the default evidence (first_mention) and
# descriptive fields come from the mention of the earliest-published article (then doc_id, sentence),
# counts and confidence from all of them. Every choice depends on the stored mentions only, never on
# ingest order or batch boundaries, and the mean confidence is summed in integers (micro-units) so
# that floating-point addition order cannot change its last digit.
_FIRST = "(coalesce(a.published, DATE '9999-12-31'), m.doc_id, m.sentence_index, m.mention_id)"
_REFRESH_EVENTS = """
INSERT OR REPLACE INTO events BY NAME
SELECT
    m.event_id,
    any_value(m.event_date)                                         AS event_date,
    arg_min(m.date_precision, FIRST) AS date_precision,
    any_value(m.source_code)                                        AS source_code,
    any_value(m.target_code)                                        AS target_code,
    arg_min(m.source_name, FIRST)    AS source_name,
    arg_min(m.target_name, FIRST)    AS target_name,
    arg_min(m.source_country, FIRST) AS source_country,
    arg_min(m.target_country, FIRST) AS target_country,
    arg_min(m.source_entity, FIRST)  AS source_entity,
    arg_min(m.target_entity, FIRST)  AS target_entity,
    any_value(m.event_code)                                         AS event_code,
    arg_min(m.base_code, FIRST)      AS base_code,
    arg_min(m.root_code, FIRST)      AS root_code,
    arg_min(m.quad_class, FIRST)     AS quad_class,
    arg_min(m.goldstein, FIRST)      AS goldstein,
    arg_min(m.plover_type, FIRST)    AS plover_type,
    any_value(m.modality)                                           AS modality,
    count(*)                                                        AS num_mentions,
    count(DISTINCT m.doc_id)                                        AS num_articles,
    count(DISTINCT coalesce(a.source, ''))                          AS num_sources,
    min(a.ingested_at)                                              AS first_seen,
    max(a.ingested_at)                                              AS last_seen,
    avg(CAST(round(m.confidence * 1000000) AS BIGINT)) / 1000000.0  AS confidence,
    arg_min(m.mention_id, FIRST)     AS first_mention,
    'text'                                                          AS origin,
    arg_min(a.url, FIRST)            AS source_url,
    NULL                                                            AS gdelt_id,
    arg_min(m.location_country, FIRST) AS action_country,
    NULL                                                            AS avg_tone
FROM mentions m JOIN articles a USING (doc_id)
WHERE m.event_id IN (SELECT event_id FROM rp_batch_event_ids)
GROUP BY m.event_id
""".replace("FIRST", _FIRST)


# An entity already stored keeps the row ``rows.actor_preference`` ranks first, batch order aside.
_UPSERT_ACTORS = """
INSERT INTO actors BY NAME SELECT * FROM rp_batch_actors
ON CONFLICT (entity_id) DO UPDATE SET code = excluded.code, name = excluded.name, kind = excluded.kind,
    country = excluded.country, sector = excluded.sector
WHERE length(coalesce(excluded.code, '')) > length(coalesce(actors.code, ''))
   OR (length(coalesce(excluded.code, '')) = length(coalesce(actors.code, ''))
       AND (coalesce(excluded.code, ''), coalesce(excluded.name, ''))
           < (coalesce(actors.code, ''), coalesce(actors.name, '')))
"""


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table, conflict: str = "") -> None:
    view = f"rp_batch_{table}"
    con.register(view, data)
    try:
        con.execute(f"INSERT {conflict} INTO {table} BY NAME SELECT * FROM {view}")
    finally:
        con.unregister(view)


def _prepare(items: list[CodedArticle], known: set[str]) -> tuple[list[CodedArticle], int]:
    """Drop articles already stored and duplicates within the batch; return (new, skipped)."""
    fresh: list[CodedArticle] = []
    seen = set(known)
    for item in items:
        if item.doc_id in seen:
            continue
        seen.add(item.doc_id)
        fresh.append(item)
    return fresh, len(items) - len(fresh)


def _refresh_events(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> int:
    """Recompute the touched events; returns how many of them did not exist before."""
    con.register("rp_batch_event_ids", pa.table({"event_id": pa.array(event_ids, pa.string())}))
    try:
        row = con.execute(
            "SELECT count(*) FROM rp_batch_event_ids b WHERE NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.event_id = b.event_id)"
        ).fetchone()
        new = int(row[0]) if row else 0
        con.execute(_REFRESH_EVENTS)
    finally:
        con.unregister("rp_batch_event_ids")
    return new


def write_batch(
    con: duckdb.DuckDBPyConnection, items: list[CodedArticle], ingested_at: datetime | None = None
) -> WriteResult:
    """Store a batch of coded articles atomically and idempotently.

    ``ingested_at`` is the run's timestamp (one per ingest run, so batch boundaries do not show in
    the stored rows); it defaults to now.
    """
    doc_ids = [item.doc_id for item in items]
    known_rows = con.execute(
        "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
    ).fetchall() if doc_ids else []
    fresh, skipped = _prepare(items, {r[0] for r in known_rows})
    result = WriteResult(already_present=skipped)
    if not fresh:
        return result

    now = ingested_at or datetime.now(UTC)
    if now.tzinfo is not None:
        now = now.astimezone(UTC).replace(tzinfo=None)
    articles: list[dict[str, Any]] = []
    mentions: dict[str, dict[str, Any]] = {}
    unresolved: dict[tuple[str, int, str], dict[str, Any]] = {}
    for item in fresh:
        rows = [mention_row(ev, item.doc_id) for ev in item.events]
        unique = {r["mention_id"]: r for r in rows}
        mentions.update(unique)
        articles.append(article_row(item, len(unique), now))
        for sent_i, text, label, sentence in item.unresolved:
            unresolved.setdefault(
                (item.doc_id, sent_i, text),
                {"doc_id": item.doc_id, "sentence_index": sent_i, "text": text, "label": label,
                 "sentence": sentence},
            )
    actors = actor_rows(ev for item in fresh for ev in item.events)
    event_ids = sorted({m["event_id"] for m in mentions.values()})

    con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, "articles", to_table(articles, ARTICLE_SCHEMA))
        if mentions:
            _insert(con, "mentions", to_table(list(mentions.values()), MENTION_SCHEMA), "OR IGNORE")
        if unresolved:
            _insert(con, "unresolved", to_table(list(unresolved.values()), UNRESOLVED_SCHEMA), "OR IGNORE")
        if actors:
            con.register("rp_batch_actors", to_table(actors, ACTOR_SCHEMA))
            try:
                con.execute(_UPSERT_ACTORS)
            finally:
                con.unregister("rp_batch_actors")
        new_events = _refresh_events(con, event_ids) if event_ids else 0
        con.execute("COMMIT")
    except BaseException as exc:
        con.execute("ROLLBACK")
        if isinstance(exc, duckdb.Error):
            first = fresh[0].article.origin or fresh[0].doc_id[:12]
            raise StoreError(
                f"writing a batch of {len(fresh)} article(s) starting at {first} failed and was "
                f"rolled back: {exc}"
            ) from exc
        raise
    result.articles_added = len(fresh)
    result.mentions_added = len(mentions)
    result.events_touched = len(event_ids)
    result.events_added = new_events
    return result
