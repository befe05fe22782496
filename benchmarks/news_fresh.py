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

import hashlib
from pathlib import Path

from news_judged import hashed_order, load_judgements, run_sample

from realpolitik.model import Article
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
    articles = fresh_order([a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)])
    run_sample(articles, JUDGEMENTS, RESULT, SAMPLE, "fresh sample")


if __name__ == "__main__":
    main()
