"""Actor recall on te3dev: for each gold event, are its source and target (first three letters, the
dyad_root level) among the actors the actor step finds in the sentence? Split by ``tune``/``check``.

This isolates actor recognition from event coding: an event whose two actors are both found is the
coder's to miss. Run: ``python benchmarks/te3_actors.py``; writes ``benchmarks/results/te3_actors.json``.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from realpolitik.nlp.extensions import ACTOR_SPANS
from realpolitik.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "gold" / "te3dev.jsonl"
RESULT = ROOT / "benchmarks" / "results" / "te3_actors.json"


def main() -> None:
    nlp = Pipeline().nlp
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    for rec in records:
        if not rec["events"] or rec.get("split") not in counts:
            continue
        doc = nlp.make_doc(rec["text"])
        doc._.published = date.fromisoformat(rec["date"]) if rec.get("date") else None
        doc = nlp(doc)
        roots = {a.code[:3] for s in doc.spans[ACTOR_SPANS] for a in s._.rp_actors or []}
        for ev in rec["events"]:
            found = (ev["source"][:3] in roots) + (ev["target"][:3] in roots)
            counts[rec["split"]][("none", "one", "both")[found]] += 1
    result = {}
    for split, c in counts.items():
        total = sum(c.values())
        result[split] = {"gold_events": total, "both_actors_found": c["both"], "one_found": c["one"],
                         "none_found": c["none"], "both_rate": round(c["both"] / total, 4) if total else 0.0}
        print(f"{split:5s} gold events {total}: both actors found {c['both']} ({result[split]['both_rate']:.3f}), "
              f"one {c['one']}, none {c['none']}")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
