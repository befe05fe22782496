"""The store's write counter: one row, bumped by every transaction that changes events.

Readers key caches of derived figures on it (``realpolitik.analysis.sanctuary``), so a cached
figure is never served after a write: a POST /articles or an import is visible to the next request.
The random ``store_id`` tells two files apart that happen to share a path and a count.
"""

from __future__ import annotations

import duckdb

TABLE = "store_state"
CREATE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    store_id  VARCHAR NOT NULL,
    writes    BIGINT NOT NULL
);
INSERT INTO {TABLE} SELECT CAST(uuid() AS VARCHAR), 0 WHERE NOT EXISTS (SELECT 1 FROM {TABLE});
"""


def bump(con: duckdb.DuckDBPyConnection) -> None:
    """Count one write; call inside the writing transaction so that it commits (or not) with it."""
    con.execute(f"UPDATE {TABLE} SET writes = writes + 1")


def version(con: duckdb.DuckDBPyConnection) -> tuple[str, int] | None:
    """(store id, writes so far); None for a store from before the counter (opened read-only, unmigrated)."""
    try:
        row = con.execute(f"SELECT store_id, writes FROM {TABLE}").fetchone()
    except duckdb.CatalogException:
        return None
    return (str(row[0]), int(row[1])) if row else None
