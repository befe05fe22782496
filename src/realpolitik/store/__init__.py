"""The embedded DuckDB store: versioned schema, idempotent batch writer, queries and exports."""

from realpolitik.store.connection import Store, open_store
from realpolitik.store.migrations import LATEST_VERSION

__all__ = ["LATEST_VERSION", "Store", "open_store"]
