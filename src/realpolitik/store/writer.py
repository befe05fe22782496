"""Batch writer: coded articles → articles, mentions, events, actors, unresolved.

One batch is one transaction: either every row of every article in it is stored, or none is, so a
crash (or Ctrl-C) mid-batch never leaves half an article. Articles already stored are skipped
before anything is written, which makes re-ingesting the same input a no-op.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from realpolitik.errors import StoreError
from realpolitik.model import CodedArticle, IngestReport
from realpolitik.store import dyads, state
from realpolitik.store.rows import BatchTables, batch_tables

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
       AND (coalesce(excluded.code, ''), coalesce(excluded.name, ''), coalesce(excluded.kind, ''),
            coalesce(excluded.country, ''), coalesce(excluded.sector, ''))
           < (coalesce(actors.code, ''), coalesce(actors.name, ''), coalesce(actors.kind, ''),
              coalesce(actors.country, ''), coalesce(actors.sector, '')))
"""


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table, conflict: str = "") -> None:
    view = f"rp_batch_{table}"
    con.register(view, data)
    try:
        con.execute(f"INSERT {conflict} INTO {table} BY NAME SELECT * FROM {view}")
    finally:
        con.unregister(view)


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
        dyads.refresh(con, "rp_batch_event_ids")
    finally:
        con.unregister("rp_batch_event_ids")
    return new


def _known(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> set[str]:
    if not doc_ids:
        return set()
    rows = con.execute(
        "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
    ).fetchall()
    return {r[0] for r in rows}


def _without(table: pa.Table, doc_ids: set[str]) -> pa.Table:
    if not doc_ids or table.num_rows == 0:
        return table
    keep = pc.invert(pc.is_in(table.column("doc_id"), value_set=pa.array(sorted(doc_ids), pa.string())))
    return table.filter(keep)


def _stamp(ingested_at: datetime | None, n: int) -> pa.Array:
    """One ``ingested_at`` for every article of a run (naive UTC): the caller passes the run's start,
    so neither batch boundaries nor input order nor the number of workers show in the stored rows."""
    when = ingested_at or datetime.now(UTC)
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return pa.array([when] * n, pa.timestamp("us"))


def write_batch(
    con: duckdb.DuckDBPyConnection, items: list[CodedArticle], ingested_at: datetime | None = None
) -> IngestReport:
    """Store a batch of coded articles atomically and idempotently."""
    return write_tables(con, batch_tables(items), ingested_at, first=items[0].article.origin if items else None)


def write_tables(
    con: duckdb.DuckDBPyConnection, batch: BatchTables, ingested_at: datetime | None = None, first: str | None = None
) -> IngestReport:
    """Store a batch given as Arrow tables (see ``BatchTables``) in one transaction.

    Articles already stored are dropped first, so writing the same batch twice (a retried Dask
    partition, a re-run after a crash) adds nothing.
    """
    doc_ids = batch.doc_ids
    known = _known(con, doc_ids)
    result = IngestReport(already_present=len(known) + batch.repeated)
    articles = _without(batch.articles, known)
    if articles.num_rows == 0:
        return result
    mentions = _without(batch.mentions, known)
    unresolved = _without(batch.unresolved, known)
    event_ids = sorted(set(mentions.column("event_id").to_pylist()))

    con.execute("BEGIN TRANSACTION")
    try:
        index = articles.schema.get_field_index("ingested_at")
        articles = articles.set_column(index, "ingested_at", _stamp(ingested_at, articles.num_rows))
        _insert(con, "articles", articles)
        if mentions.num_rows:
            _insert(con, "mentions", mentions, "OR IGNORE")
        if unresolved.num_rows:
            _insert(con, "unresolved", unresolved, "OR IGNORE")
        if batch.actors.num_rows:
            con.register("rp_batch_actors", batch.actors)
            try:
                con.execute(_UPSERT_ACTORS)
            finally:
                con.unregister("rp_batch_actors")
        new_events = _refresh_events(con, event_ids) if event_ids else 0
        state.bump(con)
        con.execute("COMMIT")
    except BaseException as exc:
        con.execute("ROLLBACK")
        if isinstance(exc, duckdb.Error):
            where = first or (doc_ids[0][:12] if doc_ids else "?")
            raise StoreError(
                f"writing a batch of {articles.num_rows} article(s) starting at {where} failed and was "
                f"rolled back: {exc}"
            ) from exc
        raise
    result.articles_added = articles.num_rows
    result.mentions_added = mentions.num_rows
    result.events_touched = len(event_ids)
    result.events_added = new_events
    result.sentences = int(pc.sum(articles.column("n_sentences")).as_py() or 0)
    return result



def events_changed(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> None:
    """For code that writes ``events`` rows itself rather than through ``write_tables`` or the GDELT
    import (test fixtures, one-off scripts): refresh what the store derives from those events (the dyad
    index) and count the write, so that no reader serves a figure computed before it."""
    con.register("rp_changed_event_ids", pa.table({"event_id": pa.array(event_ids, pa.string())}))
    try:
        dyads.refresh(con, "rp_changed_event_ids")
    finally:
        con.unregister("rp_changed_event_ids")
    state.bump(con)
