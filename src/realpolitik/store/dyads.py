"""The dyad index: which pairs of three-letter actor keys each event joins, kept beside ``events``.

A dyad filter (``--dyad FRA,NOR``) matches an event side by code prefix or by country
(``realpolitik.query.actor_sql``), an OR over four columns that DuckDB can only test row by row: on a
million events every page of one dyad scanned them all. ``event_dyads`` holds one row per event and
unordered pair of keys its two sides can match (a side's keys are the first three letters of its code
and of its country), with the columns every ``Query`` filter reads. Any code of three letters or more
that matches a side starts with one of that side's keys, so the rows of one pair are a superset of
the dyad's events; the query still applies the exact filter to them, so results are the same as a
scan of ``events`` (tests/store/test_dyads.py compares the two). Rows of one pair are stored together
(the migration and every import insert them sorted by pair, then date), so DuckDB's zone maps skip
every row group of other pairs, and they carry every column a listing shows, so a page is read from
here alone (fetching 100 events by primary key costs more than choosing them).

The writer and the GDELT import refresh the rows of the events they write in the same transaction.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from datetime import date, timedelta
from typing import Any

import duckdb

from realpolitik.query import Query

TABLE = "event_dyads"
# The events columns a listing reads (every ``e.`` column of ``queries.EVENT_FIELDS``, the join key
# ``first_mention``) and every column a ``Query`` filters on, so that a page is read from this table alone.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR NOT NULL"), ("event_date", "DATE"), ("date_precision", "VARCHAR"),
    ("source_code", "VARCHAR"), ("target_code", "VARCHAR"), ("source_name", "VARCHAR"), ("target_name", "VARCHAR"),
    ("source_country", "VARCHAR"), ("target_country", "VARCHAR"), ("source_entity", "VARCHAR"),
    ("target_entity", "VARCHAR"), ("event_code", "VARCHAR"), ("base_code", "VARCHAR"), ("root_code", "VARCHAR"),
    ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"), ("plover_type", "VARCHAR"), ("modality", "VARCHAR"),
    ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"), ("num_sources", "INTEGER"),
    ("first_seen", "TIMESTAMP"), ("last_seen", "TIMESTAMP"), ("confidence", "DOUBLE"),
    ("first_mention", "VARCHAR"), ("origin", "VARCHAR"), ("source_url", "VARCHAR"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)

CREATE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    pair  VARCHAR NOT NULL,  -- two keys, 'FRA NOR' (lower first; may repeat: 'TUR TUR'; empty: ' FRA')
    fwd   BOOLEAN NOT NULL,  -- the source matches the pair's first code and the target its second
    rev   BOOLEAN NOT NULL,  -- the source matches the pair's second code and the target its first
    {", ".join(f"{name} {kind}" for name, kind in COLUMNS)}
)
"""


def _keys(side: str) -> str:
    """A side's keys; a side with none gets the empty key, so that every event has a row (an analysis
    of one state's events reads the rows whose pair names it, ``touching``)."""
    keys = (f"list_distinct(list_filter([left(e.{side}_code, 3), left(e.{side}_country, 3)], "
            "lambda x: coalesce(x, '') <> ''))")
    return f"(CASE WHEN len({keys}) = 0 THEN [''] ELSE {keys} END)"


def _side(side: str, key: str) -> str:
    """``realpolitik.query.actor_sql`` for a three-letter code: the side's code starts with it or its
    country is it (never NULL, so the flags are plain booleans)."""
    return f"coalesce(left(e.{side}_code, 3) = {key} OR e.{side}_country = {key}, false)"


def rows_sql(where: str) -> str:
    """SELECT of the index rows of the events matching ``where`` (alias ``e``), sorted by pair and date."""
    return f"""
    WITH k AS (
        SELECT e.event_id, {_keys('source')} AS sk, {_keys('target')} AS tk FROM events e WHERE {where}
    ), s AS (
        SELECT event_id, tk, unnest(sk) AS s FROM k
    ), st AS (
        SELECT event_id, s, unnest(tk) AS t FROM s
    ), p AS (
        SELECT DISTINCT event_id, least(s, t) AS lo, greatest(s, t) AS hi FROM st
    )
    SELECT p.lo || ' ' || p.hi AS pair,
           {_side('source', 'p.lo')} AND {_side('target', 'p.hi')} AS fwd,
           {_side('source', 'p.hi')} AND {_side('target', 'p.lo')} AS rev,
           {", ".join(f"e.{c}" for c in COLUMN_NAMES)}
    FROM p JOIN events e ON e.event_id = p.event_id
    ORDER BY pair, e.event_date, e.event_id
    """


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Index every stored event (the migration that adds the table)."""
    con.execute(f"INSERT INTO {TABLE} {rows_sql('TRUE')}")


def add(con: duckdb.DuckDBPyConnection, ids_table: str) -> None:
    """Index the new events whose ids are in ``ids_table`` (a table or view with an ``event_id`` column)."""
    con.execute(f"INSERT INTO {TABLE} {rows_sql(f'e.event_id IN (SELECT event_id FROM {ids_table})')}")


def refresh(con: duckdb.DuckDBPyConnection, ids_table: str) -> None:
    """Re-index the events whose ids are in ``ids_table``, inside the caller's transaction: a text
    event's countries can change when new mentions arrive."""
    con.execute(f"DELETE FROM {TABLE} WHERE event_id IN (SELECT event_id FROM {ids_table})")
    add(con, ids_table)


def pair_filter(query: Query, alias: str = "k") -> tuple[str, list[Any], Query] | None:
    """The WHERE fragment selecting the index rows of the query's dyad, its parameters, and the rest of
    the query to apply to them (None: no dyad). Two three-letter codes are matched exactly by the
    ``fwd``/``rev`` flags; a longer code (``TURGOV``) keeps its own test, run on the pair's rows."""
    if query.dyad is None:
        return None
    a, b = query.dyad
    a3, b3 = a[:3], b[:3]
    lo, hi = min(a3, b3), max(a3, b3)
    cond = f"{alias}.pair = ?"
    if len(a) > 3 or len(b) > 3:
        return cond, [f"{lo} {hi}"], query
    if not query.directed:
        flags = f"({alias}.fwd OR {alias}.rev)"
    else:
        flags = f"{alias}.{'fwd' if a3 <= b3 else 'rev'}"
    return f"{cond} AND {flags}", [f"{lo} {hi}"], query.with_(dyad=None, directed=False)


def touching(code: str, alias: str = "k") -> tuple[str, list[str]]:
    """The WHERE fragment selecting the index rows of every event a side of which has the three-letter
    key ``code`` (by code prefix or country): a superset of the events touching that state, each
    possibly more than once (once per pair naming it); callers apply their exact test and de-duplicate."""
    key = code[:3]
    return f"(starts_with({alias}.pair, ?) OR ends_with({alias}.pair, ?))", [f"{key} ", f" {key}"]


def available(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has the index (an older file opened read-only has not been migrated)."""
    try:
        con.execute(f"SELECT 1 FROM {TABLE} LIMIT 0").fetchall()
    except duckdb.CatalogException:
        return False
    return True


# Month histograms of pairs, per (database file, pair): a planner's statistic, never a result.
_months: OrderedDict[Hashable, tuple[float, tuple[date, ...], tuple[int, ...]]] = OrderedDict()
_months_lock = threading.Lock()
MAX_HISTOGRAMS = 4096  # pairs; each is at most a few hundred months
HISTOGRAM_SECONDS = 30.0  # a kept histogram is read again after this long


def month_counts(con: duckdb.DuckDBPyConnection, store: str, pair: str) -> tuple[tuple[date, ...], tuple[int, ...]]:
    """The first day of each month in which the pair's index rows have dated events, and how many
    rows fall in it, oldest first, for the database file ``store``.

    Kept for ``HISTOGRAM_SECONDS`` (or until ``forget``) rather than keyed on the write counter:
    reading the counter would cost a query on every page, and a histogram out of date after a write
    only makes ``window`` guess wrong, which its callers detect (a short read: they ``forget`` the
    pair and read again without the bound), so a result never depends on its age."""
    key = (store, pair)
    now = time.monotonic()
    with _months_lock:
        found = _months.get(key)
        if found is not None and now - found[0] < HISTOGRAM_SECONDS:
            _months.move_to_end(key)
            return found[1], found[2]
    rows = con.execute(
        f"SELECT CAST(date_trunc('month', event_date) AS DATE) AS m, count(*) FROM {TABLE} "
        "WHERE pair = ? AND event_date IS NOT NULL GROUP BY m ORDER BY m", [pair]).fetchall()
    value = (tuple(r[0] for r in rows), tuple(int(r[1]) for r in rows))
    with _months_lock:
        _months[key] = (now, *value)
        _months.move_to_end(key)
        while len(_months) > MAX_HISTOGRAMS:
            _months.popitem(last=False)
    return value


def forget(store: str | None = None, pair: str | None = None) -> None:
    """Drop the kept histogram of one pair of one file, or every kept histogram (no arguments)."""
    with _months_lock:
        if store is None:
            _months.clear()
        else:
            _months.pop((store, pair), None)


def window(con: duckdb.DuckDBPyConnection, store: str, pair: str, start: date | None, rows: int) -> date | None:
    """The last day of the first month by which the pair's index holds ``rows`` dated rows from
    ``start``'s month on (from its first month without ``start``); None when it never does.

    A listing page sorted by date that asks for at most ``rows`` of these rows can add
    ``event_date <= window(...)`` to its filter: DuckDB then skips the pair's later segments instead
    of scanning them all for its top-N. The window is a guess (the histogram counts rows the query's
    other filters may drop, and the whole first month): callers that get fewer rows than asked run
    the query again without it, so results never depend on the guess."""
    months, counts = month_counts(con, store, pair)
    total = 0
    first = start.replace(day=1) if start is not None else None
    for month, n in zip(months, counts, strict=True):
        if first is not None and month < first:
            continue
        total += n
        if total >= rows:
            following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
            return following - timedelta(days=1)
    return None
