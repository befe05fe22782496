"""CAMEO → PLOVER (2021) mapping: event type, mode and context for a CAMEO code.

Loaded from ``data/plover.tsv`` (built by ``scripts/build_plover.py`` from the PLOVER project's
CAMEO2PLOVER table, CC BY-SA 4.0). A code missing from the table inherits from its base code and then
its root, so every code in a PLOVER-mapped root gets a type. CAMEO 01 (public statements) has no PLOVER
type on purpose: PLOVER does not treat statements as events.
"""

from __future__ import annotations

from functools import lru_cache

from realpolitik.coding.tables import data_path, read_tsv

PloverLabel = tuple[str | None, str | None, str | None]


@lru_cache(maxsize=1)
def plover_table() -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for _, row in read_tsv(data_path("plover.tsv")):
        table[row["cameo_code"]] = (row["plover_type"], row["mode"], row["context"])
    return table


def to_plover(code: str) -> PloverLabel:
    """``(type, mode, context)`` for a CAMEO code; mode/context None where the mapping has none."""
    table = plover_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            kind, mode, context = table[candidate]
            if candidate != code and len(candidate) < len(code) and candidate == code[:2]:
                mode = ""
            return kind, mode or None, context or None
    return None, None, None


def plover_type(code: str) -> str | None:
    return to_plover(code)[0]
