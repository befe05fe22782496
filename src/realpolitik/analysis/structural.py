"""Structural ties between states, read from the package's own reference files (analysis/data/).

The files are built by ``scripts/build_politics.py`` from ATOP 5.1 (alliances), COW Direct
Contiguity 3.2, COW IGO 3.0, COW/G-W state lists, peacesciencer capitals and Archigos 4.1, re-keyed
by CAMEO country code. The tables end between 2014 and 2018; queries for a later year use the
latest year available (the tie is assumed to persist), which is what ``clamp`` does.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

ALLIANCE_END, CONTIGUITY_END, IGO_END, STATES_END = 2018, 2016, 2014, 2016
ALLIANCE_STRENGTH = {"defense": 1.0, "offense": 1.0, "neutrality": 0.7, "nonaggression": 0.6,
                     "consultation": 0.5}
CONTIGUITY_STRENGTH = {1: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2}


def data_path(name: str) -> Path:
    return Path(str(resources.files("realpolitik.analysis") / "data" / name))


def _rows(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    start: int
    end: int
    lat: float | None
    lon: float | None

    def exists_in(self, year: int) -> bool:
        return self.start <= year and self.end >= min(year, STATES_END)


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """CAMEO code → country (the most recent COW/G-W entity when a code was reused)."""
    out: dict[str, Country] = {}
    for r in _rows("countries.tsv"):
        start = int(r["cow_start"] or 0)
        end = int(r["cow_end"] or STATES_END)
        lat = float(r["lat"]) if r["lat"] else None
        lon = float(r["lon"]) if r["lon"] else None
        prev = out.get(r["cameo"])
        if prev is None or end >= prev.end:
            out[r["cameo"]] = Country(r["cameo"], r["name"], start, end, lat, lon)
    return out


def country_name(code: str) -> str:
    c = countries().get(code)
    return c.name if c else code


def clamp(year: int, last: int) -> int:
    return min(year, last)


@lru_cache(maxsize=1)
def _alliances() -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    out: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for r in _rows("alliances.tsv"):
        out[(r["a"], r["b"])].append((int(r["start_year"]), int(r["end_year"]), r["type"]))
    return out


def alliance(a: str, b: str, year: int) -> tuple[float, list[str]]:
    """Strongest ATOP pledge between two states in force in ``year``: (strength 0–1, pledge types)."""
    y = clamp(year, ALLIANCE_END)
    types = sorted({t for s, e, t in _alliances().get(tuple(sorted((a, b))), []) if s <= y <= e})  # type: ignore[arg-type]
    return (max((ALLIANCE_STRENGTH.get(t, 0.5) for t in types), default=0.0), types)


@lru_cache(maxsize=1)
def _contiguity() -> dict[tuple[str, str], list[tuple[int, int, int, str]]]:
    out: dict[tuple[str, str], list[tuple[int, int, int, str]]] = defaultdict(list)
    for r in _rows("contiguity.tsv"):
        out[(r["a"], r["b"])].append((int(r["start_year"]), int(r["end_year"]), int(r["conttype"]), r["type"]))
    return out


def contiguity(a: str, b: str, year: int) -> tuple[float, str | None]:
    """Closest COW contiguity between two states in ``year``: (strength 0–1, type name)."""
    y = clamp(year, CONTIGUITY_END)
    spells = [(t, name) for s, e, t, name in _contiguity().get(tuple(sorted((a, b))), []) if s <= y <= e]  # type: ignore[arg-type]
    if not spells:
        return 0.0, None
    t, name = min(spells)
    return CONTIGUITY_STRENGTH.get(t, 0.0), name


def distance_km(a: str, b: str) -> float | None:
    """Great-circle distance between the two states' current capitals."""
    ca, cb = countries().get(a), countries().get(b)
    if not ca or not cb or ca.lat is None or cb.lat is None or ca.lon is None or cb.lon is None:
        return None
    p1, p2 = math.radians(ca.lat), math.radians(cb.lat)
    dl = math.radians(cb.lon - ca.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=1)
def _igo_sizes() -> dict[str, int]:
    return {r["igo"]: int(r["n_members_2014"] or 0) for r in _rows("igos.tsv")}


@lru_cache(maxsize=1)
def _memberships() -> dict[str, list[tuple[str, int, int]]]:
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for r in _rows("igo_membership.tsv"):
        out[r["cameo"]].append((r["igo"], int(r["start_year"]), int(r["end_year"])))
    return out


@lru_cache(maxsize=4096)
def igos_of(code: str, year: int) -> frozenset[str]:
    y = clamp(year, IGO_END)
    return frozenset(igo for igo, s, e in _memberships().get(code, []) if s <= y <= e)


def shared_igos(a: str, b: str, year: int) -> tuple[float, list[str]]:
    """IGOs both states belong to in ``year`` and an inverse-size weight: sharing a small regional
    body says more than sharing the UN, so each shared IGO counts 1/log2(members + 1)."""
    shared = sorted(igos_of(a, year) & igos_of(b, year))
    sizes = _igo_sizes()
    weight = sum(1.0 / math.log2(max(sizes.get(i, 2), 2) + 1) for i in shared)
    by_size = sorted(shared, key=lambda i: (sizes.get(i, 0), i))
    return weight, by_size


@dataclass(frozen=True)
class LeaderSpell:
    country: str
    leader: str
    start: str
    end: str
    exit: str
    fate: str


@lru_cache(maxsize=1)
def leaders() -> list[LeaderSpell]:
    """Archigos 4.1 leader spells (to 2015), for name lookup fallback and the backtest."""
    return [LeaderSpell(r["cameo"], r["leader"], r["startdate"], r["enddate"], r["exit"], r["posttenurefate"])
            for r in _rows("leaders.tsv")]
