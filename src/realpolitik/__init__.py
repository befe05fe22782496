"""realpolitik: international news → structured, evidence-backed political event data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realpolitik.errors import DictionaryError, InputError, RealpolitikError, StoreError
from realpolitik.model import Actor, Article, CodedEvent, Rejected
from realpolitik.settings import Settings, load_settings

__version__ = "0.1.0"

if TYPE_CHECKING:
    from realpolitik.pipeline import Pipeline
    from realpolitik.store import Store, open_store


def __getattr__(name: str) -> Any:
    """Heavy parts (spaCy, DuckDB) load on first use, so `import realpolitik` stays fast."""
    if name == "Pipeline":
        from realpolitik.pipeline import Pipeline

        return Pipeline
    if name in {"Store", "open_store"}:
        from realpolitik import store

        return getattr(store, name)
    raise AttributeError(name)


__all__ = [
    "Actor", "Article", "CodedEvent", "DictionaryError", "InputError", "Pipeline", "RealpolitikError",
    "Rejected", "Settings", "Store", "StoreError", "load_settings", "open_store",
]
