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

import hashlib
from pathlib import Path

from news_judged import hashed_order, run_sample

from realpolitik.model import Article
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
    articles = study_order([a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)])
    run_sample(articles, JUDGEMENTS, RESULT, SAMPLE, "study sample")


if __name__ == "__main__":
    main()
