"""Evidence behind event figures: the sentence, article and date for each event id.

Text events have one row per mention (sentence); GDELT events have no sentence, only their source
URL, and say so with ``sentence = None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from realpolitik.analysis.query import fetch_dicts

_SQL = """
SELECT e.event_id, m.evidence AS sentence, m.doc_id, a.title, coalesce(a.url, e.source_url) AS url,
       e.event_date, e.event_code, coalesce(m.modality, e.modality) AS modality,
       coalesce(m.source_code, e.source_code) AS source_code, coalesce(m.target_code, e.target_code) AS target_code,
       e.goldstein, e.origin
FROM events e
LEFT JOIN mentions m ON m.event_id = e.event_id
LEFT JOIN articles a ON a.doc_id = m.doc_id
WHERE e.event_id IN ({ids})
ORDER BY e.event_date, e.event_id, m.doc_id, m.sentence_index
"""


def evidence_for(
    con: duckdb.DuckDBPyConnection, event_ids: Sequence[str], per_event: int = 3
) -> list[dict[str, Any]]:
    """Cited sentences for the given events, in date order, at most ``per_event`` sentences each."""
    if not event_ids:
        return []
    ids = list(dict.fromkeys(event_ids))  # a list of parameters: primary-key lookups, not a join over events
    rows = fetch_dicts(con, _SQL.format(ids=", ".join("?" * len(ids))), ids)
    seen: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for row in rows:
        n = seen.get(row["event_id"], 0)
        if n >= per_event:
            continue
        seen[row["event_id"]] = n + 1
        row["event_date"] = row["event_date"].isoformat() if row["event_date"] else None
        out.append(row)
    return out
