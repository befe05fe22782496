"""Versioned schema migrations.

Each migration is a SQL script applied once, in order, inside a transaction, and recorded in
``schema_version``. A database written by a newer realpolitik is refused rather than guessed at, so
an old install can never silently misread (or damage) a newer layout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources

import duckdb

from realpolitik.errors import StoreError


def _packaged_sql(name: str) -> str:
    return resources.files("realpolitik.store").joinpath(name).read_text(encoding="utf-8")


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(_packaged_sql("schema.sql"))


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    """The dyad index (``store/dyads.py``), filled from the events already stored, and the write
    counter (``store/state.py``)."""
    from realpolitik.store import dyads, state

    con.execute(dyads.CREATE)
    dyads.fill(con)
    con.execute(state.CREATE)


# (version, step); append new migrations, never edit released ones.
MIGRATIONS: tuple[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]], ...] = ((1, _v1), (2, _v2))
LATEST_VERSION: int = MIGRATIONS[-1][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version recorded in the database; 0 for a database never migrated."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def check_version(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Refuse databases from a newer release; return the version found."""
    version = current_version(con)
    if version > LATEST_VERSION:
        raise StoreError(
            f"{where}: database schema version {version} is newer than this realpolitik supports "
            f"({LATEST_VERSION}); upgrade realpolitik to use it"
        )
    return version


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Bring the schema up to LATEST_VERSION; each step is all-or-nothing. Returns the final version."""
    version = check_version(con, where)
    if version >= LATEST_VERSION:
        return version
    row = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()
    con.execute("SET enable_progress_bar = false")  # a migration of a big store is not a query to watch
    try:
        return _apply(con, where, version)
    finally:
        con.execute(f"SET enable_progress_bar = {bool(row and row[0])}")


def _apply(con: duckdb.DuckDBPyConnection, where: str, version: int) -> int:
    for target, step in MIGRATIONS:
        if target <= version:
            continue
        try:
            con.execute("BEGIN TRANSACTION")
            step(con)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?)",
                [target, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{where}: migration to schema version {target} failed: {exc}") from exc
        version = target
    return version
