"""Shared SQL building blocks of the analyses, on top of the one filter value ``realpolitik.query.Query``.

Filters, actor matching and date parsing live in ``realpolitik.query`` (one rule for every face);
this module adds what only analyses need: country-level expressions, the list of known states and
a row fetcher. Only asserted events count unless the caller asks for other modalities.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias

import duckdb

from realpolitik.query import Query, actor_sql, modality_label, parse_code, parse_date, parse_modalities

if TYPE_CHECKING:
    from realpolitik.store import Store

__all__ = [
    "Filters", "StoreLike", "actor_match", "as_connection", "check_code", "country_expr", "fetch_dicts",
    "known_states", "modality_label", "parse_day", "parse_modalities",
]

StoreLike: TypeAlias = "Store | duckdb.DuckDBPyConnection"

# One filter value for every face (see realpolitik.query); ``Filters`` is its name in analysis code.
Filters = Query
actor_match = actor_sql


def as_connection(store: StoreLike) -> duckdb.DuckDBPyConnection:
    """Analyses take a ``Store`` (a bare DuckDB connection is accepted too, for callers inside the package)."""
    if isinstance(store, duckdb.DuckDBPyConnection):
        return store
    return store.con


def check_code(code: str) -> str:
    """Normalise an actor code typed by a person (the one rule in ``realpolitik.query.parse_code``)."""
    return parse_code(code, "actor")


def parse_day(value: str | date | None, what: str = "date") -> date | None:
    """The one filter date parser (``realpolitik.query.parse_date``) under its analysis name."""
    return parse_date(value, what.lstrip("-").replace("-", "_"))


def country_expr(side: str, alias: str = "e") -> str:
    """The country code of one event side: the stored country, else the code's first three letters.

    This is cheap on purpose (it runs on every row); it may yield non-states such as IGO or GOV, so
    queries aggregate first and then keep only known states with ``known_states()``.
    """
    return f"coalesce(nullif({alias}.{side}_country, ''), left({alias}.{side}_code, 3))"


def known_states() -> str:
    """SQL list literal of every CAMEO state code in the reference tables (for ``x IN (...)``)."""
    from realpolitik.analysis.structural import countries

    return ", ".join(f"'{c}'" for c in sorted(countries()))


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run a query and return rows as dicts (results are aggregates, never whole tables)."""
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

