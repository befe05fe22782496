"""What a coder change does on real news: dump every event coded on the wire corpus, then compare two dumps.

A rule written for one class of error must be read where else it fires: this script codes every
article of ``../shared/data/corpus/te3news.dev.jsonl`` and writes one line per event (key, codes,
modality, trigger, deciding step, evidence sentence) to a file *outside* the repository (the corpus
is research-use only), and ``--compare`` prints the events one dump has and the other lacks, with
their sentences, for reading and judging.

Run from the repository root::

    python benchmarks/news_diff.py --dump /tmp/before.jsonl
    ... change the coder ...
    python benchmarks/news_diff.py --dump /tmp/after.jsonl
    python benchmarks/news_diff.py --compare /tmp/before.jsonl /tmp/after.jsonl [--grep WORD]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "corpus" / "te3news.dev.jsonl"


def dump(out: Path, limit: int = 0) -> None:
    from news_judged import event_key

    from realpolitik.model import Article
    from realpolitik.pipeline import Pipeline
    from realpolitik.sources.reader import read_file

    if out.resolve().is_relative_to(REPO):
        raise SystemExit("write dumps outside the repository: they hold research-use text")
    articles = [a for a in read_file(NEWS, max_chars=2_000_000) if isinstance(a, Article)]
    if limit:
        articles = articles[:limit]
    pipeline = Pipeline()
    nlp = pipeline.nlp
    docs = [pipeline.make_doc(article) for article in articles]
    with out.open("w", encoding="utf-8") as fh:
        for article, doc in zip(articles, nlp.pipe(docs), strict=True):
            for e in doc._.rp_events or []:
                row = {"key": event_key(str(article.external_id), e), "modality": e.modality,
                       "trigger": e.trigger, "step": e.extra.get("step"), "pattern": e.pattern_id,
                       "path": e.extra.get("path"),
                       "sentence": e.evidence}  # fmt: skip
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def dyad_root(key: str) -> str:
    """The key at the level the samples are judged: countries (first three letters) and root code."""
    head, _, rest = key.rpartition("#")
    offset, _, codes = rest.partition(":")
    pair, _, code = codes.rpartition(":")
    src, _, tgt = pair.partition(">")
    return f"{head}#{offset}:{src[:3]}>{tgt[:3]}:{code[:2]}"


def load(path: Path, coarse: bool = False) -> dict[str, dict[str, object]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {f"{dyad_root(str(r['key'])) if coarse else r['key']}|{r['modality']}": r for r in rows}


def compare(before: Path, after: Path, grep: str | None, coarse: bool = False) -> None:
    a, b = load(before, coarse), load(after, coarse)
    gone = [a[k] for k in a if k not in b]
    new = [b[k] for k in b if k not in a]
    for label, rows in (("-", gone), ("+", new)):
        for r in rows:
            if grep and grep.lower() not in str(r["sentence"]).lower():
                continue
            print(f"{label} {r['key']} [{r['modality']}] trig={r['trigger']} step={r['step']}")
            print(f"    {r['sentence']}")
    asserted = lambda rows: sum(1 for r in rows if r["modality"] == "asserted")  # noqa: E731
    print(f"removed {len(gone)} ({asserted(gone)} asserted); added {len(new)} ({asserted(new)} asserted)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--dump", type=Path, help="code the corpus and write every event here (outside the repo)")
    ap.add_argument("--limit", type=int, default=0, help="with --dump, only the first N articles")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--grep", help="with --compare, only sentences holding this text")
    ap.add_argument("--coarse", action="store_true", help="with --compare, compare at dyad (countries) + root")
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.limit)
    if args.compare:
        compare(*args.compare, args.grep, args.coarse)


if __name__ == "__main__":
    main()
