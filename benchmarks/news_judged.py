"""Hand-judged sample of coded events on real news: how often is an event the coder asserts on an
unseen wire article right at dyad + root level?

Run from the repository root::

    python benchmarks/news_judged.py --show     # print the sampled events not yet judged
    python benchmarks/news_judged.py            # score the sample against the judgements

Articles of ``../shared/data/corpus/te3news.dev.jsonl`` are visited in the order of a hash of their
id (a fixed order that spreads over the whole corpus, not the first wire service's files); of each
article that names two or more states, the first asserted event is taken, until 40 are found. So
the sample follows the coder: when the coder changes, events that stay keep their judgement and only
new ones need reading.

The corpus is research-use only, so nothing of its text is written into the repository: an event is
known by its key (article id, character offset of its sentence, source, target, code); judgements
live in ``benchmarks/data/news_judgements.jsonl`` as ``{"key", "right", "why"}`` where ``why`` names
the error class in our own words. ``--show`` reads the sentences from ``../shared`` at run time.
Writes ``benchmarks/results/news_judged.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from corpus_coverage import states_named

from realpolitik.model import Article, CodedEvent
from realpolitik.pipeline import Pipeline
from realpolitik.sources.reader import read_file

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "corpus" / "te3news.dev.jsonl"
JUDGEMENTS = REPO / "benchmarks" / "data" / "news_judgements.jsonl"
RESULT = REPO / "benchmarks" / "results" / "news_judged.json"
SAMPLE = 40
GOAL = 0.70


def event_key(article_id: str, event: CodedEvent) -> str:
    return f"{article_id}#{event.char_start}:{event.source_code}>{event.target_code}:{event.event_code}"


def hashed_order(articles: list[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: hashlib.sha1(str(a.external_id).encode()).hexdigest())


def sampled(pipeline: Pipeline, articles: list[Article], chunk: int = 16) -> Iterator[tuple[Article, CodedEvent]]:
    """The first asserted event of each article naming two or more states, in the hashed order."""
    nlp = pipeline.nlp
    for start in range(0, len(articles), chunk):
        part = articles[start : start + chunk]
        docs = [pipeline.make_doc(article) for article in part]
        for article, doc in zip(part, nlp.pipe(docs), strict=True):
            if len(states_named(doc)) < 2:
                continue
            asserted = [e for e in doc._.rp_events or [] if e.modality == "asserted"]
            if asserted:
                yield article, min(asserted, key=lambda e: (e.char_start, e.source_code or "", e.target_code or ""))


def load_judgements(path: Path = JUDGEMENTS) -> dict[str, dict[str, object]]:
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {str(r["key"]): r for r in rows}


def tally(rows: list[dict[str, object]]) -> tuple[int, int, float]:
    """Judged events, those judged right, and the share right (of the judged)."""
    judged = [r for r in rows if r["right"] is not None]
    right = sum(1 for r in judged if r["right"])
    return len(judged), right, round(right / len(judged), 4) if judged else 0.0


def judged_rows(
    pipeline: Pipeline, articles: list[Article], judgements: dict[str, dict[str, object]], size: int
) -> list[tuple[CodedEvent, dict[str, object]]]:
    """The first ``size`` sampled events of ``articles`` (already in the sample's order), each with its
    row: key, verdict (None when not judged yet) and reason. Every judged sample and the calibration
    benchmark draw their events through this one function, so they always agree on what was sampled."""
    out: list[tuple[CodedEvent, dict[str, object]]] = []
    for article, event in sampled(pipeline, articles):
        key = event_key(str(article.external_id), event)
        verdict = judgements.get(key)
        out.append((event, {"key": key, "right": None if verdict is None else verdict["right"],
                            "why": None if verdict is None else verdict.get("why")}))  # fmt: skip
        if len(out) == size:
            break
    return out


def run_sample(
    articles: list[Article],
    judgements_path: Path,
    result_path: Path,
    size: int,
    label: str,
    extra: dict[str, object] | None = None,
) -> None:
    """The command line of every judged sample: take the first ``size`` sampled events of
    ``articles`` (already in the sample's order), match them to the judgements, and with ``--show``
    print those not yet judged (``--all``: every one) with their sentence, else write the tally
    (plus ``extra``) to ``result_path``."""
    ap = argparse.ArgumentParser(description=f"the {label} of hand-judged events on real news")
    ap.add_argument("--show", action="store_true", help="print the sampled events that have no judgement yet")
    ap.add_argument("--all", action="store_true", help="with --show, print judged events too")
    args = ap.parse_args()
    drawn = judged_rows(Pipeline(), articles, load_judgements(judgements_path), size)
    rows = [row for _, row in drawn]
    for event, row in drawn:
        if args.show and (row["right"] is None or args.all):
            print(json.dumps({"key": row["key"], "verdict": row["right"], "why": row["why"],
                              "sentence": event.evidence, "trigger": event.trigger,
                              "step": event.extra.get("step"), "modality": event.modality},
                             ensure_ascii=False))  # fmt: skip
    judged, right, share = tally(rows)
    print(f"{label} {len(rows)} events; judged {judged}; right at dyad + root {right} ({share:.1%})")
    if args.show:
        return
    result = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "sample": len(rows),
        "judged": judged,
        "right": right,
        "share_right": share,
        **(extra or {}),
        "events": rows,
    }
    result_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {result_path}")


def main() -> None:
    articles = hashed_order([a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)])
    run_sample(articles, JUDGEMENTS, RESULT, SAMPLE, "sample", {"goal": GOAL})


if __name__ == "__main__":
    main()
