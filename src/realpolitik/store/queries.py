"""Read side of the store: event listings with their evidence, summary statistics, exports.

The same functions serve the CLI, the Python API and the web API, so a filter means the same thing
everywhere. All filtering and aggregation happen in SQL; Python only receives the rows asked for.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from realpolitik.errors import InputError
from realpolitik.model import MODALITIES

if TYPE_CHECKING:
    from realpolitik.store import Store

EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "gdelt")

# Stable output field names (documented in docs/json-fields.md); order is the column order.
EVENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("event_id", "e.event_id"),
    ("event_date", "e.event_date"),
    ("date_precision", "e.date_precision"),
    ("source_code", "e.source_code"),
    ("target_code", "e.target_code"),
    ("source_name", "e.source_name"),
    ("target_name", "e.target_name"),
    ("source_entity", "e.source_entity"),
    ("target_entity", "e.target_entity"),
    ("event_code", "e.event_code"),
    ("base_code", "e.base_code"),
    ("root_code", "e.root_code"),
    ("event_name", "m.event_name"),
    ("quad_class", "e.quad_class"),
    ("goldstein", "e.goldstein"),
    ("plover_type", "e.plover_type"),
    ("modality", "e.modality"),
    ("confidence", "round(e.confidence, 3)"),
    ("num_mentions", "e.num_mentions"),
    ("num_articles", "e.num_articles"),
    ("num_sources", "e.num_sources"),
    ("first_seen", "e.first_seen"),
    ("last_seen", "e.last_seen"),
    ("evidence", "m.evidence"),
    ("sentence_index", "m.sentence_index"),
    ("doc_id", "m.doc_id"),
    ("title", "a.title"),
    ("url", "coalesce(a.url, e.source_url)"),
    ("published", "a.published"),
    ("outlet", "a.source"),
    ("origin", "e.origin"),
)
EVENT_FIELD_NAMES: tuple[str, ...] = tuple(name for name, _ in EVENT_FIELDS)

MAX_LIMIT = 2**63 - 1  # DuckDB's LIMIT is a signed 64-bit integer


@dataclass
class EventFilter:
    """Which events to list.

    ``actors``: CAMEO code prefixes, an event matches if its source or target starts with any of
    them (``TUR`` matches ``TURGOV``). ``dyad``: (A, B) in either direction unless ``directed``.
    ``code``: CAMEO event-code prefix (``04`` = consult). ``modality``: one modality, or ``"all"``.
    """

    actors: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None
    directed: bool = False
    code: str | None = None
    quad: int | None = None
    since: date | None = None
    until: date | None = None
    modality: str = "asserted"
    limit: int | None = None
    min_confidence: float | None = None

    def validate(self) -> None:
        if self.modality != "all" and self.modality not in MODALITIES:
            raise InputError(f"unknown modality {self.modality!r}; one of: all, {', '.join(MODALITIES)}")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise InputError(f"quad class must be 1-4, got {self.quad}")
        if self.limit is not None and self.limit < 0:
            raise InputError(f"limit must be >= 0, got {self.limit}")
        if any(not a.strip() for a in self.actors):
            raise InputError("an empty actor code matches every event; give a code such as TUR or TURGOV")
        if self.limit is not None and self.limit > MAX_LIMIT:
            raise InputError(f"limit must be at most {MAX_LIMIT:,}, got {self.limit}")
        if self.since and self.until and self.since > self.until:
            raise InputError(f"--since {self.since} is after --until {self.until}")


def _prefix(code: str) -> str:
    return code.strip().upper()


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.actors:
        parts = []
        for code in flt.actors:
            parts.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
            params += [_prefix(code), _prefix(code)]
        clauses.append("(" + " OR ".join(parts) + ")")
    if flt.dyad:
        a, b = (_prefix(x) for x in flt.dyad)
        forward = "(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
        if flt.directed:
            clauses.append(forward)
            params += [a, b]
        else:
            clauses.append(f"({forward} OR {forward})")
            params += [a, b, b, a]
    if flt.code:
        clauses.append("starts_with(e.event_code, ?)")
        params.append(flt.code.strip())
    if flt.quad is not None:
        clauses.append("e.quad_class = ?")
        params.append(flt.quad)
    if flt.since:
        clauses.append("e.event_date >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("e.event_date <= ?")
        params.append(flt.until)
    if flt.modality != "all":
        clauses.append("e.modality = ?")
        params.append(flt.modality)
    if flt.min_confidence is not None:
        clauses.append("e.confidence >= ?")
        params.append(flt.min_confidence)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events_sql(flt: EventFilter) -> tuple[str, list[Any]]:
    """The SELECT behind listings and exports: each event with its default evidence and article."""
    flt.validate()
    where, params = _where(flt)
    cols = ",\n    ".join(f"{expr} AS {name}" for name, expr in EVENT_FIELDS)
    sql = (
        f"SELECT\n    {cols}\nFROM events e\n"
        "LEFT JOIN mentions m ON m.mention_id = e.first_mention\n"
        "LEFT JOIN articles a ON a.doc_id = m.doc_id"
        f"{where}\nORDER BY e.event_date NULLS LAST, e.source_code, e.target_code, e.event_code, e.event_id"
    )
    if flt.limit is not None:
        sql += "\nLIMIT ?"
        params.append(flt.limit)
    return sql, params


def query_events(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events matching the filter, each joined to its evidence sentence and article."""
    sql, params = events_sql(flt or EventFilter())
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def event_mentions(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Every mention (sentence) behind one event, with its article."""
    cur = store.con.execute(
        "SELECT m.mention_id, m.doc_id, m.sentence_index, m.evidence, m.source_text, m.target_text, "
        "m.confidence, m.date_source, a.title, a.url, a.published, a.source AS outlet "
        "FROM mentions m JOIN articles a USING (doc_id) WHERE m.event_id = ? "
        "ORDER BY a.ingested_at, m.doc_id, m.sentence_index",
        [event_id],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _scalar(store: Store, sql: str) -> Any:
    row = store.con.execute(sql).fetchone()
    return row[0] if row else None


def stats(store: Store, top: int = 10) -> dict[str, Any]:
    """Totals, events by QuadClass and modality, the most active dyads (asserted, undirected), dates."""
    con = store.con
    by_quad = con.execute(
        "SELECT quad_class, count(*) FROM events GROUP BY quad_class ORDER BY quad_class NULLS LAST"
    ).fetchall()
    by_modality = con.execute(
        "SELECT modality, count(*) FROM events GROUP BY modality ORDER BY count(*) DESC, modality"
    ).fetchall()
    dyads = con.execute(
        "SELECT least(source_code, target_code) AS a, greatest(source_code, target_code) AS b, "
        "count(*) AS events, sum(num_mentions) AS mentions FROM events "
        "WHERE modality = 'asserted' AND source_code IS NOT NULL AND target_code IS NOT NULL "
        "GROUP BY a, b ORDER BY events DESC, mentions DESC, a, b LIMIT ?",
        [top],
    ).fetchall()
    first, last = con.execute("SELECT min(event_date), max(event_date) FROM events").fetchone() or (None, None)
    return {
        "articles": _scalar(store, "SELECT count(*) FROM articles"),
        "mentions": _scalar(store, "SELECT count(*) FROM mentions"),
        "events": _scalar(store, "SELECT count(*) FROM events"),
        "actors": _scalar(store, "SELECT count(*) FROM actors"),
        "unresolved": _scalar(store, "SELECT count(*) FROM unresolved"),
        "by_quad_class": [{"quad_class": q, "events": n} for q, n in by_quad],
        "by_modality": [{"modality": m, "events": n} for m, n in by_modality],
        "top_dyads": [{"actor_a": a, "actor_b": b, "events": n, "mentions": int(k)} for a, b, n, k in dyads],
        "first_event_date": first,
        "last_event_date": last,
    }


def stats_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """Flatten ``stats()`` into rows of (section, key, value) for table/json/csv listings."""
    rows: list[dict[str, Any]] = []
    for key in ("articles", "mentions", "events", "actors", "unresolved", "first_event_date", "last_event_date"):
        rows.append({"section": "totals", "key": key, "value": summary[key]})
    for r in summary["by_quad_class"]:
        rows.append({"section": "quad_class", "key": str(r["quad_class"]), "value": r["events"]})
    for r in summary["by_modality"]:
        rows.append({"section": "modality", "key": r["modality"], "value": r["events"]})
    for r in summary["top_dyads"]:
        rows.append({"section": "top_dyads", "key": f"{r['actor_a']}-{r['actor_b']}", "value": r["events"]})
    return rows


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _stream_rows(store: Store, flt: EventFilter, chunk: int = 2000) -> Iterator[dict[str, Any]]:
    sql, params = events_sql(flt)
    cur = store.con.cursor()
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description or []]
        while True:
            rows = cur.fetchmany(chunk)
            if not rows:
                return
            for row in rows:
                yield dict(zip(names, row, strict=True))
    finally:
        cur.close()


def write_jsonl(store: Store, out: IO[str], flt: EventFilter | None = None) -> int:
    """Stream events as JSON Lines (chunked fetches; never the whole table in memory)."""
    n = 0
    for row in _stream_rows(store, flt or EventFilter(modality="all")):
        out.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store: Store, out: IO[str], flt: EventFilter | None = None) -> int:
    """Stream events as CSV to a text stream (used for stdout; files go through DuckDB COPY)."""
    writer = csv.DictWriter(out, fieldnames=list(EVENT_FIELD_NAMES))
    writer.writeheader()
    n = 0
    for row in _stream_rows(store, flt or EventFilter(modality="all")):
        writer.writerow({k: _jsonable(v) for k, v in row.items()})
        n += 1
    return n


def export(store: Store, path: str | Path | None, fmt: str, flt: EventFilter | None = None) -> int:
    """Write every event (all modalities unless ``flt`` says otherwise) to ``path``; returns rows written.

    ``path`` None (or ``-``) means standard output, for the text formats only.
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; one of: {', '.join(EXPORT_FORMATS)}")
    to_stdout = path is None or str(path) == "-"
    if to_stdout and fmt in ("parquet", "gdelt"):
        raise InputError(f"--format {fmt} needs --output FILE")
    if not to_stdout and Path(str(path)).is_dir():
        raise InputError(f"{path} is a directory; give a file name, e.g. {Path(str(path)) / ('events.' + fmt)}")
    if fmt == "gdelt":
        from realpolitik.store.gdelt import export_gdelt

        return export_gdelt(store, str(path))
    flt = flt or EventFilter(modality="all")
    if to_stdout:
        return (write_jsonl if fmt == "jsonl" else write_csv)(store, sys.stdout, flt)
    target = Path(str(path))
    if not target.parent.exists():
        raise InputError(f"{target}: directory {target.parent} does not exist")
    if fmt == "jsonl":
        with target.open("w", encoding="utf-8") as f:
            return write_jsonl(store, f, flt)
    sql, params = events_sql(flt)
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    quoted = str(target).replace("'", "''")
    row = store.con.execute(f"COPY ({sql}) TO '{quoted}' ({options})", params).fetchone()
    return int(row[0]) if row else 0
