"""Backtest of the sanctuary ranking's *structural* part on leaders who went into exile.

Run by hand: ``python benchmarks/sanctuary_backtest.py``. Archigos 4.1 records that a leader went
into exile but not where, so the destinations come from ``benchmarks/data/exile_destinations.tsv``
(first country of refuge of well-documented cases, from the historical record; used only to score,
never by the ranking). Each case is matched to its Archigos spell (country, year of exit, surname);
the ranking runs on an empty event store as of the day the leader left, so only alliances,
contiguity, capital distance and shared IGOs can speak. Prints hit@1/3/5/10 and mean reciprocal rank
for the default structural weights, for the full default weights (event signals on: with no events
every volume-aware event signal is exactly 0, so the figures must equal the structural ones — a
signal that moved candidates without evidence would show here) and for proximity alone, against
the random baseline 1/N, and writes ``benchmarks/results/sanctuary_backtest.json``.
"""

from __future__ import annotations

import csv
import json
import tempfile
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from realpolitik.analysis.sanctuary import DEFAULT_WEIGHTS, STRUCTURAL_COMPONENTS, sanctuary
from realpolitik.analysis.structural import leaders
from realpolitik.store import open_store

HERE = Path(__file__).resolve().parent
CASES = HERE / "data" / "exile_destinations.tsv"
RESULTS = HERE / "results" / "sanctuary_backtest.json"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def load_cases() -> list[dict[str, Any]]:
    spells = leaders()
    cases = []
    with CASES.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            surname = _fold(row["leader"]).split()[-1][:5]
            match = [s for s in spells if s.country == row["country"] and s.end[:4] == row["left_year"]
                     and surname in _fold(s.leader)]
            if not match:
                print(f"no Archigos spell for {row['leader']} ({row['country']} {row['left_year']}); skipped")
                continue
            cases.append({**row, "left": match[-1].end, "archigos_leader": match[-1].leader})
    return cases


def rank_of(result: dict[str, Any], code: str) -> int | None:
    return next((c["rank"] for c in result["candidates"] if c["code"] == code), None)


def score(ranks: list[int | None], n_candidates: list[int]) -> dict[str, float]:
    n = len(ranks)
    out = {f"hit@{k}": round(sum(1 for r in ranks if r is not None and r <= k) / n, 3) for k in (1, 3, 5, 10)}
    out["mrr"] = round(sum(1 / r for r in ranks if r) / n, 3)
    out["random_hit@5"] = round(sum(min(1.0, 5 / c) for c in n_candidates) / n, 3)
    return out


def main() -> None:
    cases = load_cases()
    structural_only = {k: (v if k in STRUCTURAL_COMPONENTS else 0.0) for k, v in DEFAULT_WEIGHTS.items()}
    proximity_only = {k: (1.0 if k == "proximity" else 0.0) for k in DEFAULT_WEIGHTS}
    variants = {"structural_default": structural_only, "events_on_default": dict(DEFAULT_WEIGHTS),
                "proximity_only": proximity_only}
    per_case: list[dict[str, Any]] = []
    ranks: dict[str, list[int | None]] = {v: [] for v in variants}
    sizes: list[int] = []
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "empty.duckdb") as store:
        for case in cases:
            as_of = date.fromisoformat(case["left"])
            row: dict[str, Any] = {k: case[k] for k in ("country", "archigos_leader", "left", "destination")}
            for name, weights in variants.items():
                result = sanctuary(store.con, country=case["country"], as_of=as_of, weights=weights, top=None)
                r = rank_of(result, case["destination"])
                ranks[name].append(r)
                row[name] = r
                if name == "structural_default":
                    sizes.append(len(result["candidates"]))
                    row["top3"] = [c["code"] for c in result["candidates"][:3]]
            per_case.append(row)
    summary = {name: score(r, sizes) for name, r in ranks.items()}
    for row in per_case:
        print(f"{row['country']} {row['left']} {row['archigos_leader']:28} → {row['destination']}: "
              f"rank {row['structural_default']} (events on {row['events_on_default']}, proximity only "
              f"{row['proximity_only']}), top3 {row['top3']}")
    print(json.dumps({"cases": len(per_case), **summary}, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"cases": len(per_case), "summary": summary, "per_case": per_case}, indent=2)
                       + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
