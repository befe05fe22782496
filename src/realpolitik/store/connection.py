"""Opening the embedded DuckDB store.

Only this package touches the database (DESIGN.md); everything else receives a ``Store`` and calls
its methods or the query functions in ``realpolitik.store.queries``.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import duckdb

from realpolitik.errors import StoreError
from realpolitik.store.migrations import check_version, migrate

if TYPE_CHECKING:
    from realpolitik.model import CodedArticle, IngestReport
    from realpolitik.store.rows import BatchTables


class Store:
    """A DuckDB file with the realpolitik schema. Use as a context manager, or call ``close()``."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

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

    def write_batch(self, items: list[CodedArticle]) -> IngestReport:
        """Store coded articles in one transaction; see ``realpolitik.store.writer.write_batch``."""
        from realpolitik.store.writer import write_batch

        if self.read_only:
            raise StoreError(f"{self.path}: store opened read-only")
        return write_batch(self.con, items)

    def write_tables(self, batch: BatchTables) -> IngestReport:
        """Store a batch already turned into Arrow tables (what Dask workers return), in one transaction."""
        from realpolitik.store.writer import write_tables

        if self.read_only:
            raise StoreError(f"{self.path}: store opened read-only")
        return write_tables(self.con, batch)

    def count(self, table: str) -> int:
        """Row count of one of the store's tables."""
        if table not in {"articles", "mentions", "events", "actors", "unresolved"}:
            raise StoreError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0


def _default_path() -> Path:
    from realpolitik.settings import load_settings

    return Path(load_settings().db)


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` (default: settings ``db``).

    Read-only opens never create or migrate: they fail with StoreError if the file is missing or
    was never initialised, so a query cannot accidentally create an empty database.
    """
    db = Path(path) if path is not None else _default_path()
    where = str(db)
    if read_only and not db.exists():
        raise StoreError(f"{where}: no such database (ingest something first)")
    if not read_only and db.parent and not db.parent.exists():
        raise StoreError(f"{where}: directory {db.parent} does not exist")
    try:
        con = duckdb.connect(str(db), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{where}: cannot open database: {exc}") from exc
    try:
        if read_only:
            if check_version(con, where) == 0:
                raise StoreError(f"{where}: not a realpolitik database (no schema_version table)")
        else:
            migrate(con, where)
    except BaseException:
        con.close()
        raise
    return Store(con, db, read_only)
