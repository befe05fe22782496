from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from realpolitik import open_store
from realpolitik.errors import StoreError
from realpolitik.store import LATEST_VERSION, Store


def test_fresh_store_is_at_latest_version(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert isinstance(store, Store)
        assert store.path == db_path
        rows = store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert rows == [(v,) for v in range(1, LATEST_VERSION + 1)]
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert {"articles", "mentions", "events", "actors", "unresolved"} <= tables


def test_reopen_does_not_reapply(db_path: Path) -> None:
    open_store(db_path).close()
    with open_store(db_path) as store:
        assert store.con.execute("SELECT count(*) FROM schema_version").fetchone() == (LATEST_VERSION,)


def test_newer_database_refused(db_path: Path) -> None:
    open_store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [LATEST_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db_path)
    with pytest.raises(StoreError, match="newer"):
        open_store(db_path, read_only=True)


def test_read_only_never_creates(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError, match="no such database"):
        open_store(missing, read_only=True)
    assert not missing.exists()


def test_read_only_refuses_foreign_database(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a realpolitik database"):
        open_store(other, read_only=True)


def test_missing_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.duckdb")


def test_read_only_store_refuses_writes(db_path: Path) -> None:
    open_store(db_path).close()
    with open_store(db_path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write_batch([])


def test_public_api_exports() -> None:
    import realpolitik

    assert realpolitik.open_store is open_store
    assert realpolitik.Store is Store
