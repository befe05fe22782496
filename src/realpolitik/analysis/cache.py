"""Figures derived from a whole store, kept between calls until the store is written to.

An analysis that aggregates every event (sanctuary's weighted pair table: one pass over a million
events) gives the same figures to every caller with the same parameters until the next write, so
they are kept per (store id, write count, parameters): the write counter (``store/state.py``) is
bumped inside every writing transaction, so a write makes every earlier entry unreachable and the
next call computes afresh. The entry is computed after the counter is read, so it is never older
than its key. Concurrent callers asking for the same missing entry wait for one computation rather
than each running it. A store without a counter (an old file opened read-only) is never cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import duckdb

from realpolitik.store import state

T = TypeVar("T")
MAX_ENTRIES = 4  # a million-event pair table is tens of MB of Python objects

_entries: OrderedDict[Hashable, Any] = OrderedDict()
_pending: dict[Hashable, threading.Lock] = {}
_lock = threading.Lock()


def cached(con: duckdb.DuckDBPyConnection, name: str, params: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned before for the same store, write count, ``name`` and ``params``."""
    version = state.version(con)
    if version is None:
        return compute()
    key = (version, name, params)
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            return _entries[key]  # type: ignore[no-any-return]
        gate = _pending.setdefault(key, threading.Lock())
    with gate:
        with _lock:
            if key in _entries:
                return _entries[key]  # type: ignore[no-any-return]
        try:
            value = compute()
        finally:
            with _lock:
                _pending.pop(key, None)
        with _lock:
            _entries[key] = value
            while len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
    return value


def clear() -> None:
    """Forget every entry (benchmarks measuring the uncached path call this)."""
    with _lock:
        _entries.clear()
