"""te3dev scored in article context: each gold sentence's whole article is coded, and the events the
coder finds in that sentence are scored against the gold.

The te3dev coders read the whole article (``te3dev.md``: "pronouns and background were resolved from
the whole article"), while ``te3_split.py`` codes each sentence alone, as the held-out records are
scored. Coding the article is what a user of ``realpolitik ingest`` gets, so this run says how much
of the gap between the two is context the coder could use (datelines, earlier full names, "he" and
"the country") and how much is the sentence itself. Every te3dev sentence comes from an article of
``../shared/data/corpus/te3news.dev.jsonl``; sentences are matched by their text. Both figures are
printed side by side, from one pipeline in one run.

Run: ``python benchmarks/te3_context.py``; writes ``benchmarks/results/te3_context.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from realpolitik.evaluation.gold import GoldRecord, load_gold
from realpolitik.evaluation.matching import score
from realpolitik.evaluation.runner import event_to_prediction, keep_event, run_records
from realpolitik.model import Article
from realpolitik.pipeline import Pipeline
from realpolitik.sources.reader import read_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GOLD = SHARED / "gold" / "te3dev.jsonl"
CORPUS = SHARED / "corpus" / "te3news.dev.jsonl"
RESULT = ROOT / "benchmarks" / "results" / "te3_context.json"


def locate(records: list[GoldRecord], articles: list[Article]) -> dict[str, tuple[Article, int]]:
    """Each record's article and the sentence's offset in it (records whose text is in no article are left out)."""
    found: dict[str, tuple[Article, int]] = {}
    for record in records:
        for article in articles:
            at = article.text.find(record.text)
            if at >= 0:
                found[record.id] = (article, at)
                break
    return found


def in_context(
    records: list[GoldRecord], where: dict[str, tuple[Article, int]], pipeline: Pipeline
) -> list[dict[str, Any]]:
    """The scorer's records, with the predictions the article's coding puts in each gold sentence."""
    wanted = {id(a): a for a, _ in where.values()}
    coded = {key: c.events for key, c in zip(wanted, pipeline.code_articles(wanted.values()), strict=True)}
    out = []
    for record in records:
        if record.id not in where:
            continue
        article, start = where[record.id]
        end = start + len(record.text)
        predicted = [
            event_to_prediction(e)
            for e in coded[id(article)]
            if keep_event(e) and e.char_start < end and e.char_end > start
        ]
        out.append({"id": record.id, "split": record.split, "text": record.text, "scheme": record.scheme,
                    "expect_no_event": record.expect_no_event, "gold": record.events, "predicted": predicted,
                    "error": None})  # fmt: skip
    return out


def main() -> None:
    records = load_gold([GOLD]).records
    articles = [a for a in read_file(CORPUS, max_chars=2_000_000) if isinstance(a, Article)]
    where = locate(records, articles)
    pipeline = Pipeline()
    runs = {"sentence": run_records([r for r in records if r.id in where], pipeline),
            "article": in_context(records, where, pipeline)}  # fmt: skip
    result: dict[str, Any] = {"records": len(records), "located": len(where)}
    for split in ("tune", "check"):
        result[split] = {}
        for name, scored in runs.items():
            rep = score([r for r in scored if r["split"] == split], n_worst=0)
            lv = rep["levels"]["dyad_root"]
            result[split][name] = {"dyad_root": lv, "false_alarm_rate": rep["false_alarm_rate"]}
            print(f"{split:5s} {name:8s} dyad_root F1 {lv['f1']:.3f} P {lv['precision']:.3f} R {lv['recall']:.3f} "
                  f"(tp {lv['tp']} fp {lv['fp']} fn {lv['fn']}) false alarms {rep['false_alarm_rate']:.3f}")
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
