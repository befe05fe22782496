"""Is the coder's confidence worth filtering on? Share right of the hand-judged events by confidence bar.

Every event carries a confidence (``coding/extract.py``: the pattern's specificity, the route that
found it, the actors' own confidence); ``ingest`` and ``events`` take ``--min-confidence``. A bar is
only worth recommending if judged events above it are right more often than those below, and on text
nobody studied: the judged samples that were read while the coder changed (``news_judged.py``,
``news_study.py``, and fresh rounds once studied) are reported apart from the fresh rounds
(``news_fresh.py``) that were judged but never studied. Each sample is drawn exactly as its own
script draws it (same order, same first asserted event per article); events without a verdict are
left out.

    python benchmarks/calibration.py     # writes benchmarks/results/calibration.json
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import news_fresh
import news_study
from news_judged import JUDGEMENTS, SAMPLE, hashed_order, judged_rows, load_judgements

from realpolitik.model import Article
from realpolitik.pipeline import Pipeline
from realpolitik.sources.reader import read_file

REPO = Path(__file__).resolve().parents[1]
RESULT = REPO / "benchmarks" / "results" / "calibration.json"
BARS = (0.0, 0.3, 0.4, 0.5)


def judged_events(pipeline: Pipeline, order: list[Article], judgements: Path, size: int) -> list[dict[str, Any]]:
    """The confidence and verdict of each judged event of a sample (unjudged ones are left out)."""
    drawn = judged_rows(pipeline, order, load_judgements(judgements), size)
    return [{"confidence": event.confidence, "right": bool(row["right"])}
            for event, row in drawn if row["right"] is not None]  # fmt: skip


def by_bar(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for bar in BARS:
        kept = [e for e in events if e["confidence"] >= bar]
        right = sum(e["right"] for e in kept)
        rows.append({"min_confidence": bar, "events": len(kept), "right": right,
                     "share_right": round(right / len(kept), 3) if kept else None})  # fmt: skip
    return rows


def main() -> None:
    articles = [a for a in read_file(news_fresh.NEWS, max_chars=2_000_000) if isinstance(a, Article)]
    pipeline = Pipeline()
    studied = judged_events(pipeline, hashed_order(articles), JUDGEMENTS, SAMPLE)
    studied += judged_events(pipeline, news_study.study_order(articles), news_study.JUDGEMENTS, news_study.SAMPLE)
    fresh: list[dict[str, Any]] = []
    for number, chosen in enumerate(news_fresh.ROUNDS, start=1):
        events = judged_events(pipeline, news_fresh.fresh_order(articles, number), chosen.judgements,
                               news_fresh.SAMPLE)
        if chosen.studied:
            studied += events
        else:
            fresh += events
    result = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "studied": by_bar(studied),
        "fresh": by_bar(fresh),
    }
    for name in ("studied", "fresh"):
        for row in result[name]:
            print(f"{name:8s} confidence >= {row['min_confidence']:.1f}: {row['right']}/{row['events']} right "
                  f"({row['share_right']})")
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULT}")


if __name__ == "__main__":
    main()
