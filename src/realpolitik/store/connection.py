"""Opening the embedded DuckDB store.

Only this package touches the database (DESIGN.md); everything else receives a ``Store`` and calls
its methods or the query functions in ``realpolitik.store.queries``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import duckdb

from realpolitik.errors import StoreError, StoreLockedError
from realpolitik.store.migrations import check_version, current_version, migrate

if TYPE_CHECKING:
    from realpolitik.model import CodedArticle, IngestReport
    from realpolitik.store.rows import BatchTables


class Store:
    """A DuckDB file with the realpolitik schema. Use as a context manager, or call ``close()``."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool,
                 schema_version: int | None = None) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self._schema_version = schema_version

    @property
    def schema_version(self) -> int:
        """The file's schema version (a read-only open of an older file is not migrated, so readers
        ask before using a table a later migration added)."""
        if self._schema_version is None:
            self._schema_version = current_version(self.con)
        return self._schema_version

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"Store({str(self.path)!r}, {mode})"

    def close(self) -> None:
        self.con.close()

    def has_article(self, doc_id: str) -> bool:
        """Whether an article with this content hash is already stored (checked before NLP)."""
        row = self.con.execute("SELECT 1 FROM articles WHERE doc_id = ? LIMIT 1", [doc_id]).fetchone()
        return row is not None

    def known_articles(self, doc_ids: list[str]) -> set[str]:
        """The subset of ``doc_ids`` already stored, in one query."""
        if not doc_ids:
            return set()
        rows = self.con.execute(
            "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, items: list[CodedArticle], ingested_at: datetime | None = None) -> IngestReport:
        """Store coded articles in one transaction; see ``realpolitik.store.writer.write_batch``."""
        from realpolitik.store.writer import write_batch

        if self.read_only:
            raise StoreError(f"{self.path}: store opened read-only")
        return write_batch(self.con, items, ingested_at)

    def write_tables(self, batch: BatchTables, ingested_at: datetime | None = None) -> IngestReport:
        """Store a batch already turned into Arrow tables (what Dask workers return), in one transaction."""
        from realpolitik.store.writer import write_tables

        if self.read_only:
            raise StoreError(f"{self.path}: store opened read-only")
        return write_tables(self.con, batch, ingested_at)

    def unknown_actor_codes(self, codes: Iterable[str]) -> list[str]:
        """The codes no stored event matches on either side (same prefix/country rule as queries), so
        a command can say "no actor code XXX in this database" instead of printing an empty table."""
        from realpolitik.query.value import actor_sql

        unknown = []
        for code in dict.fromkeys(c.strip().upper() for c in codes if c and c.strip()):
            sql = f"SELECT 1 FROM events e WHERE {actor_sql('source')} OR {actor_sql('target')} LIMIT 1"
            if not self.con.execute(sql, [code] * 4).fetchall():
                unknown.append(code)
        return unknown

    def count(self, table: str) -> int:
        """Row count of one of the store's tables."""
        if table not in {"articles", "mentions", "events", "actors", "unresolved"}:
            raise StoreError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0


def _default_path() -> Path:
    from realpolitik.settings import load_settings

    return Path(load_settings().db)


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<prog>.*?) \(PID (?P<pid>\d+)\)")
LOCK_WAIT_S = 5.0


def _holder(message: str) -> str:
    """Who holds the lock, from DuckDB's message and (when readable) the holder's command line."""
    m = _LOCK_HOLDER.search(message)
    if m is None:
        return "another process"
    pid = m.group("pid")
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        command = " ".join(a.decode("utf-8", "replace") for a in argv if a)
    except OSError:
        command = m.group("prog")
    if "realpolitik" in command:
        return f"another realpolitik process (PID {pid}: {command[:120]})"
    return f"another process (PID {pid}: {command[:120]})"


def _connect(db: Path, read_only: bool, lock_wait: float) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``lock_wait`` seconds while another process holds the file.

    DuckDB allows one writing process, or any number of read-only ones, per file; its own lock
    message points at its CLI's flags, which a realpolitik user has no use for.
    """
    deadline = time.monotonic() + lock_wait
    while True:
        try:
            return duckdb.connect(str(db), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"{db}: cannot open database: {exc}") from exc
            if time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            raise StoreLockedError(
                f"{db}: the database is in use by {_holder(str(exc))}; waited {lock_wait:g} s. "
                "Wait for it to finish (an ingest or import holds the file until it ends; a running "
                "`realpolitik serve` holds it while it runs), or use another --db"
            ) from exc
        except duckdb.Error as exc:
            raise StoreError(f"{db}: cannot open database: {exc}") from exc


def open_store(path: str | Path | None = None, read_only: bool = False, lock_wait: float = LOCK_WAIT_S) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` (default: settings ``db``).

    Read-only opens never create or migrate: they fail with StoreError if the file is missing or
    was never initialised, so a query cannot accidentally create an empty database. While another
    process holds the file, the open retries for ``lock_wait`` seconds, then raises StoreLockedError.
    """
    db = Path(path) if path is not None else _default_path()
    where = str(db)
    if read_only and not db.exists():
        raise StoreError(f"{where}: no such database (ingest something first)")
    if not read_only and db.parent and not db.parent.exists():
        raise StoreError(f"{where}: directory {db.parent} does not exist")
    con = _connect(db, read_only, lock_wait)
    try:
        if read_only:
            version = check_version(con, where)
            if version == 0:
                raise StoreError(f"{where}: not a realpolitik database (no schema_version table)")
        else:
            version = migrate(con, where)
    except BaseException:
        con.close()
        raise
    return Store(con, db, read_only, version)
