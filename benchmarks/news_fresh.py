"""A fresh hand-judged sample of coded events on real news, drawn after the others were studied.

``news_judged.py`` (the scored sample) and ``news_study.py`` were both read, error by error, while the
coder was changed, so their shares right measure the coder on text it was fitted to. This sample is
the check beside them: 40 events from articles neither sample has reached (past the first 300 of
the scored order, and no article of the study sample's judgements), in the order of a hash salted
with the day it was drawn, taking the first asserted event of each article naming two or more
states, the same rule as the others. Its events are judged but never studied: a class written from
one of them would make this sample one more studied set.

Each round draws a new sample with a new salt, from articles no earlier round reached, once that
round's work is done: the error classes of a judged round get named in closing notes and can steer
later work, so only a sample drawn after the work measures it fairly. Earlier rounds are scored
too (events the coder now codes differently need a new verdict). A round whose events were then
studied to write classes is marked ``studied`` and counts with the studied samples from then on
(``calibration.py``); rounds 1 and 2 were studied in the session that drew round 3, and round 3's
error classes in the session that drew round 4. Round 5 was drawn after the next session's work,
whose classes came from te3dev tune, the whole-corpus event dump and known issues, not from round
4's events. The session after that studied the independent reader's wrong verdicts of rounds 4
and 5 (bombings, spans of past years, refusals by "rule out", withdrawn support), so both are
studied now; it drew rounds 6, 7 and 8 as study rounds during its work (each judged by an independent
reader, then read error by error), and its unseen measure is round 9, drawn after its work and judged
by an independent reader who saw only the guidelines, the tables and the articles. The next session
studied round 9 and drew two more study rounds (10 and 11) the same way; its unseen measure is round
12, drawn after its work. By then few articles were left that no sample had reached: round 12 holds
the 30 that remain, so it is the last round this corpus allows. The session after that read the
wrong verdicts of all rounds, round 12 among them (firms' trade read as political acts), so round 12
is studied too, and no unseen round is left: its unseen checks were two random samples of 60 events
of the whole-corpus dump, judged by independent readers and then studied, and the held-out sets.

Run from the repository root::

    python benchmarks/news_fresh.py --show     # print the latest round's unjudged events (--all: judged too)
    python benchmarks/news_fresh.py            # score the latest round against its judgements
    python benchmarks/news_fresh.py --round 1  # an earlier round

The corpus is research-use only: judgements in ``benchmarks/data/news_fresh*_judgements.jsonl`` hold
keys (article id, sentence offset, source, target, code), a verdict and a reason in our own words;
sentences are read from ``../shared`` at run time only. Writes ``benchmarks/results/news_fresh*.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import NamedTuple

from news_judged import hashed_order, load_judgements, run_sample

from realpolitik.model import Article
from realpolitik.sources.reader import read_file

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "corpus" / "te3news.dev.jsonl"
STUDIED = REPO / "benchmarks" / "data" / "news_study_judgements.jsonl"
SAMPLE = 40
SKIP = 300


class Round(NamedTuple):
    salt: str
    judgements: Path
    result: Path
    studied: bool  # read error by error while the coder changed: no longer a fair measure of unseen text


def _round(number: int, salt: str, studied: bool) -> Round:
    """Round ``number``'s files: round 1 kept the sample's first names, later ones carry their number."""
    stem = "news_fresh" if number == 1 else f"news_fresh_round{number}"
    return Round(salt, REPO / "benchmarks" / "data" / f"{stem}_judgements.jsonl",
                 REPO / "benchmarks" / "results" / f"{stem}.json", studied)


ROUNDS = [
    _round(1, "fresh-2026-12-05", studied=True),
    _round(2, "fresh-2026-12-05-round2", studied=True),
    _round(3, "fresh-2026-12-05-round3", studied=True),
    _round(4, "fresh-2026-12-05-round4", studied=True),
    _round(5, "fresh-2026-12-05-round5", studied=True),
    _round(6, "study-2026-12-05-round6", studied=True),
    _round(7, "study-2026-12-05-round7", studied=True),
    _round(8, "study-2026-12-05-round8", studied=True),
    _round(9, "fresh-2026-12-05-round9", studied=True),
    _round(10, "study-2026-12-05-round10", studied=True),
    _round(11, "study-2026-12-05-round11", studied=True),
    _round(12, "fresh-2026-12-05-round12", studied=True),
]


def articles_of(path: Path) -> set[str]:
    return {key.split("#", 1)[0] for key in load_judgements(path)}


def fresh_order(articles: list[Article], number: int) -> list[Article]:
    """Articles no other sample nor earlier round has reached, in round ``number``'s salted order.

    An article this round has judged stays in it even when a later rescoring of an earlier sample
    reaches it too: when a coder change drops an article's sampled event, the earlier sample moves on
    to its next article, and without this the round's own sample would shift under its verdicts."""
    own = articles_of(ROUNDS[number - 1].judgements)
    reached = articles_of(STUDIED).union(*(articles_of(r.judgements) for r in ROUNDS[: number - 1])) - own
    rest = [a for a in hashed_order(articles)[SKIP:] if str(a.external_id) not in reached]
    salt = ROUNDS[number - 1].salt
    return sorted(rest, key=lambda a: hashlib.sha1(f"{salt}:{a.external_id}".encode()).hexdigest())


def main() -> None:
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--round", type=int, choices=range(1, len(ROUNDS) + 1), default=len(ROUNDS))
    known, rest = ap.parse_known_args()
    sys.argv[1:] = rest
    chosen = ROUNDS[known.round - 1]
    articles = fresh_order([a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)], known.round)
    run_sample(articles, chosen.judgements, chosen.result, SAMPLE, f"fresh sample (round {known.round})",
               {"round": known.round, "salt": chosen.salt, "studied": chosen.studied})


if __name__ == "__main__":
    main()
