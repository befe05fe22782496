"""Real-news coverage and crash check over ``../shared/data/corpus/te3news.dev.jsonl``.

Codes every article once through the full pipeline (one article at a time, so that a crash is pinned
on its article) and reports: crashes, articles naming two or more states, and the fraction of those
that yield at least one asserted event. Writes ``benchmarks/results/corpus_coverage.json``.

Run: ``python benchmarks/corpus_coverage.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from pathlib import Path

from realpolitik.dates import parse_published
from realpolitik.model import Article
from realpolitik.nlp.extensions import ACTOR_SPANS
from realpolitik.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "te3news.dev.jsonl"
RESULT = ROOT / "benchmarks" / "results" / "corpus_coverage.json"


def states_named(doc) -> set[str]:  # type: ignore[no-untyped-def]
    """Distinct countries of the state mentions (and sector actors with a country) in a doc."""
    out: set[str] = set()
    for span in doc.spans[ACTOR_SPANS] if ACTOR_SPANS in doc.spans else []:
        for a in span._.rp_actors or []:
            if a.kind == "state" and a.country:
                out.add(a.country)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    pipe = Pipeline()
    nlp = pipe.nlp
    crashes: list[dict[str, str]] = []
    n = multi = multi_event = 0
    t0 = time.perf_counter()
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            n += 1
            if args.limit and n > args.limit:
                break
            article = Article(text=obj["text"], published=parse_published(obj.get("published") or ""))
            try:
                doc = nlp(pipe.make_doc(article))
            except Exception as exc:  # noqa: BLE001  (counted and shown, never hidden)
                crashes.append({"id": obj["id"], "error": f"{type(exc).__name__}: {exc}",
                                "where": traceback.format_exc().splitlines()[-3].strip()})
                continue
            if len(states_named(doc)) >= 2:
                multi += 1
                if any(e.modality == "asserted" for e in doc._.rp_events or []):
                    multi_event += 1
    n = min(n, args.limit) if args.limit else n
    result = {"articles": n, "crashes": len(crashes), "crash_examples": crashes[:10],
              "articles_naming_2plus_states": multi, "with_asserted_event": multi_event,
              "coverage": round(multi_event / multi, 4) if multi else 0.0,
              "seconds": round(time.perf_counter() - t0, 1)}
    print(json.dumps(result, indent=1))
    if not args.limit:
        RESULT.parent.mkdir(parents=True, exist_ok=True)
        RESULT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
