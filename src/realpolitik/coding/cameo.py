"""CAMEO event-code table: names, Goldstein scores and QuadClass for every code.

Loaded once from ``data/cameo.tsv`` (built by ``scripts/build_cameo.py`` from GDELT's lookups).
Unknown codes fall back to their base (3-digit) code and then their root, because user pattern files
may use codes finer than GDELT's table; the QuadClass rule (root 01–05 → 1, 06–09 → 2, 10–14 → 3,
15–20 → 4) holds for any code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from realpolitik.coding.tables import data_path, read_tsv

# Roots of armed action (unconventional violence 18, fighting 19, mass violence 20), and of force as a
# whole: those with military posture (15) and coercion (17). Rules of several modules read these sets.
ARMED_ROOTS = frozenset({"18", "19", "20"})
FORCE_ROOTS = frozenset({"15", "17"}) | ARMED_ROOTS
# Root of consultation: meetings, visits, talks and mediation (040-046).
MEETING_ROOT = "04"
MEETING_INTENT = "036"
# Root of demands (100-108).
DEMAND_ROOT = "10"
# Roots of threats (130-139) and of protest (140-145).
THREAT_ROOT = "13"
PROTEST_ROOT = "14"


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    base: str
    name: str
    goldstein: float
    quad_class: int


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO event code, keyed by code string (``"042"``, ``"0211"``, ``"19"``)."""
    table: dict[str, CameoCode] = {}
    for _, row in read_tsv(data_path("cameo.tsv")):
        table[row["code"]] = CameoCode(
            row["code"], row["root"], row["base"], row["name"], float(row["goldstein"]), int(row["quad_class"])
        )
    return table


def root_code(code: str) -> str:
    return code[:2]


def base_code(code: str) -> str:
    return code[:3]


def quad_class_of_root(root: str) -> int:
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


def lookup(code: str) -> CameoCode | None:
    """The table entry for ``code``, or for its nearest known parent (base, then root); None if invalid."""
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            entry = table[candidate]
            if candidate == code:
                return entry
            return CameoCode(code, entry.root, base_code(code), entry.name, entry.goldstein, entry.quad_class)
    return None


def is_known(code: str) -> bool:
    return code in cameo_table()


def name(code: str) -> str | None:
    entry = lookup(code)
    return entry.name if entry else None


def goldstein(code: str) -> float | None:
    entry = lookup(code)
    return entry.goldstein if entry else None


def quad_class(code: str) -> int | None:
    entry = lookup(code)
    return entry.quad_class if entry else None
