"""A second hand-judged sample of coded events on real news, for studying errors (not for scoring).

``news_judged.py`` holds the project's scored sample: the first asserted event of the first 40
articles naming two or more states, in the order of a hash of the article id. Studying those 40
events would fit the coder to them, so this script draws its own sample from other articles: it
skips the first 300 articles of that order (which hold the scored sample), visits the rest in the
order of a *salted* hash, and takes the first asserted event of each article naming two or more
states, the same rule as the scored sample, until 60 are found.

Run from the repository root::

    python benchmarks/news_study.py --show     # print every sampled event with its sentence
    python benchmarks/news_study.py            # score the sample against the judgements

The corpus is research-use only: judgements in ``benchmarks/data/news_study_judgements.jsonl`` hold
keys (article id, sentence offset, source, target, code), a verdict and an error class in our own
words; sentences are read from ``../shared`` at run time only. Writes
``benchmarks/results/news_study.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from news_judged import event_key, hashed_order, load_judgements, sampled, tally

from realpolitik.model import Article
from realpolitik.pipeline import Pipeline
from realpolitik.sources.reader import read_file

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "corpus" / "te3news.dev.jsonl"
JUDGEMENTS = REPO / "benchmarks" / "data" / "news_study_judgements.jsonl"
RESULT = REPO / "benchmarks" / "results" / "news_study.json"
SAMPLE = 60
SKIP = 300
SALT = "newsprec-study"


def study_order(articles: list[Article]) -> list[Article]:
    """Articles outside the scored sample's reach, in a salted hash order."""
    rest = hashed_order(articles)[SKIP:]
    return sorted(rest, key=lambda a: hashlib.sha1(f"{SALT}:{a.external_id}".encode()).hexdigest())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--show", action="store_true", help="print every sampled event with its sentence")
    ap.add_argument("--all", action="store_true", help="with --show, print judged events too")
    args = ap.parse_args()
    articles = study_order([a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)])
    judgements = load_judgements(JUDGEMENTS)
    rows = []
    for article, event in sampled(Pipeline(), articles):
        key = event_key(str(article.external_id), event)
        verdict = judgements.get(key)
        rows.append({"key": key, "right": None if verdict is None else verdict["right"],
                     "why": None if verdict is None else verdict.get("why")})  # fmt: skip
        if args.show and (verdict is None or args.all):
            print(json.dumps({"key": key, "verdict": verdict and verdict["right"],
                              "why": verdict and verdict.get("why"), "sentence": event.evidence,
                              "trigger": event.trigger,
                              "step": event.extra.get("step"), "modality": event.modality},
                             ensure_ascii=False))  # fmt: skip
        if len(rows) == SAMPLE:
            break
    judged, right, share = tally(rows)
    print(f"study sample {len(rows)} events; judged {judged}; right at dyad + root {right} ({share:.1%})")
    if args.show:
        return
    result = {"generated": datetime.now(UTC).isoformat(timespec="seconds"), "sample": len(rows),
              "judged": judged, "right": right, "share_right": share, "events": rows}  # fmt: skip
    RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RESULT}")


if __name__ == "__main__":
    main()
