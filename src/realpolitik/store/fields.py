"""The fields of an event listing, and the same row as ready-made JSON.

``EVENT_FIELDS`` names every field a listing (``realpolitik events``, ``GET /events``, exports) shows
and the SQL that reads it from an event ``e``, its first mention ``m`` and that mention's article
``a``; the names are documented in docs/json-fields.md and their order is the column order.

``LISTING_JSON`` is the same row as one JSON object, written by DuckDB for the rows of a dyad page
(``store/queries.events_json``), so that the page is served as text with no Python object per field.
It is computed per page, not stored in the dyad index: stored, it made a million-row GDELT import
2.3 times slower and the file 2.8 times larger. It holds the values the HTTP face's JSON encoder
writes for the row (dates and timestamps as ISO strings, non-finite numbers as null);
tests/store/test_dyads.py compares the two on every page.
"""

from __future__ import annotations

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
    ("source_text", "m.source_text"),
    ("target_text", "m.target_text"),
    ("sentence_index", "m.sentence_index"),
    ("doc_id", "m.doc_id"),
    ("title", "a.title"),
    ("url", "coalesce(a.url, e.source_url)"),
    ("published", "a.published"),
    ("outlet", "a.source"),
    ("origin", "e.origin"),
)
EVENT_FIELD_NAMES: tuple[str, ...] = tuple(name for name, _ in EVENT_FIELDS)

TIMESTAMP_FIELDS = frozenset({"first_seen", "last_seen"})
DOUBLE_FIELDS = frozenset({"goldstein", "confidence"})


def _json_value(name: str, expr: str) -> str:
    """``expr`` as the value the JSON encoder writes: Python's ``isoformat`` for a timestamp (seconds,
    and microseconds only when there are any), null for NaN and infinities."""
    if name in TIMESTAMP_FIELDS:
        return (f"CASE WHEN epoch_us({expr}) % 1000000 = 0 THEN strftime({expr}, '%Y-%m-%dT%H:%M:%S') "
                f"ELSE strftime({expr}, '%Y-%m-%dT%H:%M:%S.%f') END")
    if name in DOUBLE_FIELDS:
        return f"CASE WHEN isfinite({expr}) THEN {expr} END"
    return expr


LISTING_JSON = "to_json(struct_pack(" + ", ".join(
    f"{name} := {_json_value(name, expr)}" for name, expr in EVENT_FIELDS) + "))"
