"""A synthetic GDELT 2.0 event export with realistic marginal distributions, for benchmarks and tests.

How rows are drawn (numpy, seeded, so a given seed and size always give the same file):
- actors: states from the package's country table, ranked by the number of IGOs they belonged to in
  2014 (a data-derived proxy for how often a state is in international news) and drawn from a Zipf
  law over that rank (exponent 1.1), so a few states dominate as in GDELT; 70 % of actor codes carry
  a CAMEO sector suffix (GOV, MIL, BUS, ...); 12 % of second actors are empty, as in real exports.
- event codes: root codes (01–20) follow the frequencies of the real export
  20191024143000.export.CSV (e.g. 04 consult 22 %, 01 statements 14 %, 19 fight 8 %); within a root
  every CAMEO code is equally likely; QuadClass and Goldstein come from the CAMEO table.
- dates: uniform over 2015-01-01 … 2024-12-31; NumMentions 1 + geometric(0.35); NumSources and
  NumArticles at most NumMentions; AvgTone normal(-1.5, 3).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from realpolitik.analysis.structural import countries, data_path, igos_of
from realpolitik.store.gdelt import GDELT_COLUMNS

ROOT_FREQUENCIES: dict[str, int] = {
    "01": 297, "02": 131, "03": 169, "04": 460, "05": 165, "06": 47, "07": 73, "08": 116, "09": 45,
    "10": 21, "11": 149, "12": 46, "13": 24, "14": 31, "15": 2, "16": 23, "17": 93, "18": 43, "19": 176,
    "20": 2,
}
SECTORS = ("", "GOV", "MIL", "BUS", "MED", "OPP", "CVL", "JUD", "LEG", "COP")
SECTOR_P = (0.30, 0.30, 0.08, 0.07, 0.06, 0.05, 0.05, 0.03, 0.03, 0.03)
START, END = date(2015, 1, 1), date(2024, 12, 31)


def _event_table() -> list[tuple[str, float, int]]:
    with data_path("event_codes.tsv").open(encoding="utf-8", newline="") as fh:
        return [(r["code"], float(r["goldstein"]), int(r["quadclass"]))
                for r in csv.DictReader(fh, delimiter="\t") if len(r["code"]) >= 3]


def ranked_states() -> list[str]:
    """Current states ordered by 2014 IGO memberships (descending), ties by code."""
    states = [c for c, info in countries().items() if info.exists_in(2016)]
    return sorted(states, key=lambda c: (-len(igos_of(c, 2014)), c))


def generate(n: int, seed: int = 7, first_id: int = 1_000_000_000) -> pa.Table:
    """``n`` synthetic events as an Arrow table with the 61 GDELT columns (all text)."""
    rng = np.random.default_rng(seed)
    states = np.array(ranked_states())
    weights = 1.0 / np.arange(1, len(states) + 1) ** 1.1
    weights /= weights.sum()
    codes = _event_table()
    roots = sorted(ROOT_FREQUENCIES)
    root_p = np.array([ROOT_FREQUENCIES[r] for r in roots], dtype=float)
    root_p /= root_p.sum()
    by_root = {r: [c for c in codes if c[0][:2] == r] for r in roots}

    a1 = rng.choice(len(states), n, p=weights)
    a2 = rng.choice(len(states), n, p=weights)
    a2 = np.where(a2 == a1, (a2 + 1) % len(states), a2)
    s1 = rng.choice(len(SECTORS), n, p=SECTOR_P)
    s2 = rng.choice(len(SECTORS), n, p=SECTOR_P)
    empty2 = rng.random(n) < 0.12
    root_idx = rng.choice(len(roots), n, p=root_p)
    pick = rng.random(n)
    ev_code = np.empty(n, dtype=object)
    gold = np.empty(n, dtype=float)
    quad = np.empty(n, dtype=int)
    for i, r in enumerate(roots):
        mask = root_idx == i
        options = by_root[r]
        j = (pick[mask] * len(options)).astype(int)
        ev_code[mask] = np.array([o[0] for o in options], dtype=object)[j]
        gold[mask] = np.array([o[1] for o in options])[j]
        quad[mask] = np.array([o[2] for o in options])[j]
    days = rng.integers(0, (END - START).days + 1, n)
    dates = np.datetime64(START.isoformat()) + days.astype("timedelta64[D]")
    mentions = 1 + rng.geometric(0.35, n)
    sources = np.minimum(mentions, 1 + rng.geometric(0.6, n))
    articles = np.minimum(mentions, sources + rng.integers(0, 3, n))
    tone = rng.normal(-1.5, 3.0, n)

    c1 = states[a1]
    c2 = np.where(empty2, "", states[a2])
    sec = np.array(SECTORS, dtype=object)
    code1 = np.char.add(c1.astype(str), sec[s1].astype(str))
    code2 = np.where(empty2, "", np.char.add(c2.astype(str), sec[s2].astype(str)))
    ymd = np.datetime_as_string(dates, unit="D")
    sqldate = np.char.replace(ymd, "-", "")
    cols: dict[str, np.ndarray] = {c: np.full(n, "", dtype=object) for c in GDELT_COLUMNS}
    cols.update({
        "GLOBALEVENTID": (first_id + np.arange(n)).astype(str),
        "SQLDATE": sqldate, "MonthYear": np.char.ljust(sqldate, 6)[:],
        "Year": np.array([s[:4] for s in ymd]),
        "Actor1Code": code1, "Actor1Name": c1, "Actor1CountryCode": c1,
        "Actor2Code": code2, "Actor2Name": c2, "Actor2CountryCode": c2,
        "IsRootEvent": np.where(rng.random(n) < 0.5, "1", "0"),
        "EventCode": ev_code.astype(str), "EventBaseCode": np.array([c[:3] for c in ev_code]),
        "EventRootCode": np.array([c[:2] for c in ev_code]), "QuadClass": quad.astype(str),
        "GoldsteinScale": np.char.mod("%.1f", gold), "NumMentions": mentions.astype(str),
        "NumSources": sources.astype(str), "NumArticles": articles.astype(str),
        "AvgTone": np.char.mod("%.4f", tone), "ActionGeo_CountryCode": c1,
        "DATEADDED": np.char.add(sqldate, "000000"),
        "SOURCEURL": np.char.add("https://news.example.org/story/", np.arange(n).astype(str)),
    })
    cols["MonthYear"] = np.array([s[:6] for s in sqldate])
    return pa.table({c: pa.array(np.asarray(cols[c]).astype(str)) for c in GDELT_COLUMNS})


def write_synthetic_export(path: str | Path, n: int, seed: int = 7, chunk: int = 250_000) -> Path:
    """Write ``n`` synthetic events to ``path`` in the 61-column tab-separated export layout."""
    out = Path(path)
    con = duckdb.connect()
    try:
        parts: list[str] = []
        for k, start in enumerate(range(0, n, chunk)):
            size = min(chunk, n - start)
            part = out.with_name(f"{out.name}.part{k}")
            con.register("rp_synthetic", generate(size, seed + k, first_id=1_000_000_000 + start))
            con.execute(
                f"COPY rp_synthetic TO '{part}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')"
            ).fetchall()
            con.unregister("rp_synthetic")
            parts.append(str(part))
        with out.open("wb") as dst:
            for p in parts:
                with open(p, "rb") as src:
                    while block := src.read(1 << 20):
                        dst.write(block)
                Path(p).unlink()
    finally:
        con.close()
    return out
