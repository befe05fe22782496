"""Pipeline overhead benchmark: bare spaCy ``nlp.pipe`` vs the full realpolitik pipeline.

Both are measured in the same run on the same corpus (the machine is shared and noisy, so only the
ratio is meaningful). The corpus repeats and lightly varies the shipped examples and the seed
articles until it holds at least ``--sentences`` sentences. Rounds alternate bare/full so drift in
machine load hits both sides alike; the best round of each is reported.

    python benchmarks/pipeline.py [--sentences 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from datetime import date
from pathlib import Path

import spacy

from realpolitik.model import Article
from realpolitik.pipeline import Pipeline
from realpolitik.settings import load_settings
from realpolitik.sources import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SWAPS = [
    ("Turkey", "Brazil"), ("Turkish", "Brazilian"), ("Ankara", "Brasilia"), ("Venezuela", "Cuba"),
    ("Venezuelan", "Cuban"), ("Caracas", "Havana"), ("Russia", "India"), ("China", "Japan"),
]


def base_texts() -> list[str]:
    texts = [a.text for a in read_inputs([str(ROOT / "examples")]) if isinstance(a, Article)]
    if SEEDS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def vary(text: str, rng: random.Random) -> str:
    """Swap a few country names so repeated articles are not byte-identical."""
    for a, b in rng.sample(SWAPS, k=3):
        text = re.sub(rf"\b{a}\b", b, text)
    return text


def build_corpus(n_sentences: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = base_texts()
    per_text = [max(1, len(re.findall(r"[.!?](\s|$)", t))) for t in texts]
    corpus: list[str] = []
    total = 0
    i = 0
    while total < n_sentences:
        j = i % len(texts)
        corpus.append(vary(texts[j], rng) if i >= len(texts) else texts[j])
        total += per_text[j]
        i += 1
    return corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "pipeline.json"))
    args = ap.parse_args()

    settings = load_settings()
    corpus = build_corpus(args.sentences)
    bare = spacy.load(settings.model)
    pipeline = Pipeline(settings)
    full = pipeline.nlp
    n_sent = sum(1 for d in bare.pipe(corpus[:]) for _ in d.sents)
    published = date(2017, 10, 9)
    articles = [Article(text=t, published=published) for t in corpus]

    bare_times: list[float] = []
    full_times: list[float] = []
    n_events = 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _doc in bare.pipe(corpus, batch_size=settings.batch_size):
            pass
        bare_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_events = sum(len(c.events) for c in pipeline.code_articles(articles))
        full_times.append(time.perf_counter() - t0)

    b, f = min(bare_times), min(full_times)
    result = {
        "documents": len(corpus),
        "sentences": n_sent,
        "events": n_events,
        "bare_spacy_s": round(b, 3),
        "full_pipeline_s": round(f, 3),
        "ratio_full_over_bare": round(f / b, 3),
        "sentences_per_s_full": round(n_sent / f, 1),
        "components": full.pipe_names,
    }
    print(f"corpus: {len(corpus)} documents, {n_sent} sentences; {n_events} events coded")
    print(f"bare spaCy nlp.pipe : {b:8.3f} s  (best of {args.rounds})")
    print(f"full pipeline       : {f:8.3f} s  (best of {args.rounds})")
    print(f"ratio full / bare   : {f / b:8.3f}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
