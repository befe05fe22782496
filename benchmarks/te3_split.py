"""te3dev scored by split: ``tune`` (even ids, studied) beside ``check`` (odd ids, only reported).

Run: ``python benchmarks/te3_split.py [--errors OUT.jsonl]``. Writes ``benchmarks/results/te3_split.json``;
with ``--errors`` it also writes the tune records that have a miss or a false alarm (never check's).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from realpolitik.evaluation.gold import load_gold
from realpolitik.evaluation.matching import dedupe, score, score_record
from realpolitik.evaluation.runner import run_records

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "gold" / "te3dev.jsonl"


def split_of(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = obj.get("split", "")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--errors", help="write tune records with errors here (JSONL)")
    args = ap.parse_args()
    gold = Path(args.gold)
    splits = split_of(gold)
    records = load_gold([gold]).records
    scored = run_records(records)
    result = {}
    for part in ("tune", "check"):
        recs = [r for r in scored if splits.get(r["id"]) == part]
        rep = score(recs, n_worst=0)
        lv = rep["levels"]["dyad_root"]
        result[part] = {"dyad_root": lv, "predicted_events": rep["predicted_events"],
                        "gold_events": rep["gold_events"], "false_alarm_rate": rep["false_alarm_rate"],
                        "crashes": sum(1 for r in recs if r.get("error"))}
        print(f"{part:5s} dyad_root F1 {lv['f1']:.3f} P {lv['precision']:.3f} R {lv['recall']:.3f} "
              f"(tp {lv['tp']} fp {lv['fp']} fn {lv['fn']}) false alarms {rep['false_alarm_rate']:.3f}")
    out = ROOT / "benchmarks" / "results" / "te3_split.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for r in scored:
                if splits.get(r["id"]) != "tune":
                    continue
                tp, fp, fn = score_record(r)["dyad_root"]
                if fp or fn or r.get("error"):
                    fh.write(json.dumps({"id": r["id"], "text": r["text"], "fp": fp, "fn": fn, "error": r["error"],
                                         "gold": [{k: e.get(k) for k in ("source", "target", "code", "note")}
                                                  for e in r["gold"]],
                                         "pred": dedupe(r["predicted"])}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
