"""Rule usage: how often each curated pattern and each clause rule fires, on text it was and was not
written for, so that rules fitted to single sentences can be found and removed.

Run from the repository root:  python benchmarks/rule_usage.py [--news N | --news-all]

Counts, per curated pattern (``coding/data/patterns_curated.tsv``) and per deciding step (pattern,
refusal, threat, intent, claim, convention:planned, derived ...), the number of distinct records or
articles on which it produced an event (any modality) in:

- ``dev``: the PETRARCH-derived dev gold (dev.jsonl, plover_gsr.dev.jsonl), coded with petrarch
  conventions;
- ``tune`` / ``check``: the two te3dev splits, coded with analyst conventions;
- ``news``: real wire articles of ``corpus/te3news.dev.jsonl`` (a fixed, evenly spaced sample of
  ``--news`` articles by default, since coding all 2,192 takes minutes on a busy machine).

A curated pattern is *fitted* when it fires on exactly one dev record and nowhere else. Rows composed
from classes (``coding/data/compositions.tsv``: ``cx-VERBS-OBJECTS-verb-object``, ``nx-NOUNS-noun``)
are counted per class, since the class is the rule: one row of a class firing once is the class
doing its job, not a phrase fitted to a sentence. Also reports,
for the news articles naming two or more states, the share that yields at least one asserted event
(``news_judged.py`` samples such events for judging by hand). Writes
``benchmarks/results/rule_usage.json`` (every count) and prints the summary.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from realpolitik.coding.patterns import LAYER_CURATED, packaged_patterns
from realpolitik.evaluation.gold import load_gold
from realpolitik.model import Article, CodedEvent
from realpolitik.pipeline import Pipeline
from realpolitik.settings import load_settings
from realpolitik.sources.reader import read_file

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEV_FILES = ("dev.jsonl", "plover_gsr.dev.jsonl")
TE3 = "te3dev.jsonl"
NEWS = SHARED / "corpus" / "te3news.dev.jsonl"
SETS = ("dev", "tune", "check", "news")


Coded = tuple[list[CodedEvent], set[str]]  # an article's events and the states it names


def _coded(doc: Doc) -> Coded:
    states = {
        a.country
        for span in doc.spans.get("rp_actors", [])
        for a in span._.rp_actors or []
        if a.country and a.country.isalpha() and len(a.country) == 3 and a.kind in ("state", "person", None)
    }
    return list(doc._.rp_events or []), states


def coded_articles(pipeline: Pipeline, articles: list[Article], chunk: int = 32) -> Iterable[Coded]:
    """Each article's events and named states; an article the pipeline fails on is reported and
    counts as yielding nothing."""
    for start in range(0, len(articles), chunk):
        part = articles[start : start + chunk]
        try:
            docs = list(pipeline.nlp.pipe(pipeline.make_doc(a) for a in part))
        except Exception:  # noqa: BLE001  (isolate the failing article, keep counting the rest)
            for article in part:
                try:
                    yield _coded(pipeline.nlp(pipeline.make_doc(article)))
                except Exception as exc:  # noqa: BLE001
                    print(f"pipeline failed on {article.external_id}: {type(exc).__name__}: {exc}")
                    yield [], set()
            continue
        yield from (_coded(doc) for doc in docs)


def fired(pipeline: Pipeline, articles: list[Article]) -> tuple[Counter[str], Counter[str], dict[str, Any]]:
    """Per pattern id and per step: the number of articles on which it produced an event; and the
    yield on articles naming two or more states (share with at least one asserted event)."""
    patterns: Counter[str] = Counter()
    steps: Counter[str] = Counter()
    two_states = yielding = 0
    for events, states in coded_articles(pipeline, articles):
        patterns.update({rule_of(e.pattern_id) for e in events if e.pattern_id})
        steps.update({str(e.extra.get("step")) for e in events})
        if len(states) >= 2:
            two_states += 1
            asserted = [e for e in events if e.modality == "asserted"]
            yielding += bool(asserted)
    share = round(yielding / two_states, 4) if two_states else 0.0
    return patterns, steps, {"two_states": two_states, "yielding": yielding, "share": share}


def gold_articles(paths: Iterable[Path], split: str | None = None) -> list[Article]:
    loaded = load_gold(paths)
    return [
        Article(text=r.text, published=r.published, external_id=r.id)
        for r in loaded.records
        if split is None or r.split == split
    ]


def news_articles(limit: int | None) -> list[Article]:
    articles = [a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)]
    if limit is None or limit >= len(articles):
        return articles
    step = len(articles) / limit
    return [articles[int(i * step)] for i in range(limit)]


def rule_of(pattern_id: str) -> str:
    """The rule a pattern row belongs to: its composition class for composed rows, else itself."""
    if pattern_id.startswith("cx-"):
        return "-".join(pattern_id.split("-")[:3])
    if pattern_id.startswith("nx-"):
        return "-".join(pattern_id.split("-")[:2])
    return pattern_id


def summarise(counts: dict[str, dict[str, Counter[str]]], curated_ids: list[str]) -> dict[str, Any]:
    by_pattern = {pid: {s: counts[s]["patterns"].get(pid, 0) for s in SETS} for pid in curated_ids}
    fitted = [pid for pid, c in by_pattern.items() if c["dev"] == 1 and c["tune"] + c["check"] + c["news"] == 0]
    dev_fire = [pid for pid, c in by_pattern.items() if c["dev"] > 0]
    never_news = [pid for pid in dev_fire if by_pattern[pid]["news"] == 0]
    steps = sorted({s for name in SETS for s in counts[name]["steps"]})
    return {
        "curated_patterns": len(curated_ids),
        "fire_on_dev": len(dev_fire),
        "fire_on_dev_never_on_news": len(never_news),
        "fitted_one_dev_record_only": fitted,
        "never_fire": [pid for pid, c in by_pattern.items() if not any(c.values())],
        "steps": {s: {name: counts[name]["steps"].get(s, 0) for name in SETS} for s in steps},
        "patterns": by_pattern,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--news", type=int, default=400, help="news articles to sample (evenly spaced)")
    ap.add_argument("--news-all", action="store_true", help="code all 2,192 news articles")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "rule_usage.json")
    args = ap.parse_args()
    petrarch = Pipeline(load_settings(conventions="petrarch"))
    analyst = Pipeline(load_settings(conventions="analyst"))
    inputs = {
        "dev": (petrarch, gold_articles([SHARED / "gold" / f for f in DEV_FILES])),
        "tune": (analyst, gold_articles([SHARED / "gold" / TE3], "tune")),
        "check": (analyst, gold_articles([SHARED / "gold" / TE3], "check")),
        "news": (analyst, news_articles(None if args.news_all else args.news)),
    }
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(dict)
    sizes = {}
    news_yield: dict[str, Any] = {}
    for name, (pipeline, articles) in inputs.items():
        started = time.perf_counter()
        patterns, steps, yields = fired(pipeline, articles)
        counts[name] = {"patterns": patterns, "steps": steps}
        if name == "news":
            news_yield = yields
        sizes[name] = len(articles)
        print(f"{name}: {len(articles)} texts coded in {time.perf_counter() - started:.1f} s")
    curated = [rule_of(p.id) for p in packaged_patterns() if p.layer == LAYER_CURATED]
    result = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "texts": sizes,
        "news_two_state_yield": news_yield,
        **summarise(counts, list(dict.fromkeys(curated))),
    }
    print(
        f"curated patterns {result['curated_patterns']}: fire on dev {result['fire_on_dev']}, "
        f"of which never on the news sample {result['fire_on_dev_never_on_news']}; "
        f"fitted (one dev record, nothing else) {len(result['fitted_one_dev_record_only'])}; "
        f"never fire {len(result['never_fire'])}"
    )
    y = result["news_two_state_yield"]
    print(f"news articles naming two or more states: {y['two_states']}; with an asserted event: {y['share']:.1%}")
    print("steps (texts on which each deciding step produced an event):")
    for step, c in result["steps"].items():
        print(f"  {step:28s} " + "  ".join(f"{name} {c[name]}" for name in SETS))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
