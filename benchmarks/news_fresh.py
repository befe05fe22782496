"""A fresh hand-judged sample of coded events on real news, drawn after the others were studied.

``news_judged.py`` (the scored sample) and ``news_study.py`` were both read, error by error, while the
coder was changed, so their shares right measure the coder on text it was fitted to. This sample is
the check beside them: 40 events from articles neither sample has reached (past the first 300 of
the scored order, and no article of the study sample's judgements), in the order of a hash salted
with the day it was drawn, taking the first asserted event of each article naming two or more
states, the same rule as the others. Its events are judged but never studied: a class written from
one of them would make this sample one more studied set, and the next round should draw a new salt.

Run from the repository root::

    python benchmarks/news_fresh.py --show     # print sampled events (with --all, judged ones too)
    python benchmarks/news_fresh.py            # score the sample against the judgements

The corpus is research-use only: judgements in ``benchmarks/data/news_fresh_judgements.jsonl`` hold
keys (article id, sentence offset, source, target, code), a verdict and a reason in our own words;
sentences are read from ``../shared`` at run time only. Writes ``benchmarks/results/news_fresh.json``.
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
STUDIED = REPO / "benchmarks" / "data" / "news_study_judgements.jsonl"
JUDGEMENTS = REPO / "benchmarks" / "data" / "news_fresh_judgements.jsonl"
RESULT = REPO / "benchmarks" / "results" / "news_fresh.json"
SAMPLE = 40
SKIP = 300
SALT = "fresh-2026-12-05"


def fresh_order(articles: list[Article]) -> list[Article]:
    """Articles no other sample has reached, in the salted hash order."""
    studied = {key.split("#", 1)[0] for key in load_judgements(STUDIED)}
    rest = [a for a in hashed_order(articles)[SKIP:] if str(a.external_id) not in studied]
    return sorted(rest, key=lambda a: hashlib.sha1(f"{SALT}:{a.external_id}".encode()).hexdigest())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--show", action="store_true", help="print the sampled events that have no judgement yet")
    ap.add_argument("--all", action="store_true", help="with --show, print judged events too")
    args = ap.parse_args()
    articles = fresh_order([a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)])
    judgements = load_judgements(JUDGEMENTS)
    rows = []
    for article, event in sampled(Pipeline(), articles):
        key = event_key(str(article.external_id), event)
        verdict = judgements.get(key)
        rows.append({"key": key, "right": None if verdict is None else verdict["right"],
                     "why": None if verdict is None else verdict.get("why")})  # fmt: skip
        if args.show and (verdict is None or args.all):
            print(json.dumps({"key": key, "verdict": verdict and verdict["right"],
                              "why": verdict and verdict.get("why"), "sentence": event.evidence},
                             ensure_ascii=False))  # fmt: skip
        if len(rows) == SAMPLE:
            break
    judged, right, share = tally(rows)
    print(f"fresh sample {len(rows)} events; judged {judged}; right at dyad + root {right} ({share:.1%})")
    if args.show:
        return
    result = {"generated": datetime.now(UTC).isoformat(timespec="seconds"), "sample": len(rows),
              "judged": judged, "right": right, "share_right": share, "events": rows}  # fmt: skip
    RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RESULT}")


if __name__ == "__main__":
    main()
