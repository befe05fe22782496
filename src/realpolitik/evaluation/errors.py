"""Error listing for error analysis: every false negative and false positive of a scored run.

``realpolitik eval FILE --errors OUT.jsonl`` writes one JSON line per error, so studying a gold
set's misses is one command. Each row names the record, its split, the sentence, the gold or
predicted event, and — because a miss is only fixable once you know which step lost it — a
``cause``:

- ``coder error``: the coder raised on the record;
- ``actor``: a side's country was not among the actors recognised in the sentence;
- ``root``: the dyad was coded, with another root code (the step and pattern that chose it given);
- ``roles``: the root was coded, between other actors;
- ``no event``: both actors were recognised and nothing was coded between them (lexicon or status);
- for false positives, ``false alarm`` on a record with no gold event, else ``spurious``.

Predictions carry the route (verb, light verb, noun), the step that decided the code (pattern,
refusal, threat, intent, claim, derived) and the dependency path from each actor to the trigger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.evaluation.matching import cameo_key, country, dedupe

if TYPE_CHECKING:
    from realpolitik.pipeline import Pipeline

Key = tuple[str, ...]


def sentence_actors(
    pipeline: Pipeline, texts: Iterable[str], dates: Iterable[Any] | None = None
) -> list[dict[str, Any]]:
    """The actor mentions and a compact dependency parse of each text, as the coder saw them.

    ``dates`` (one per text: the record's publication date) matter: a person's role is read on that
    date, so without it "Prime Minister <name>" of 2006 shows as the person's country alone."""
    texts = list(texts)
    days = list(dates) if dates is not None else [None] * len(texts)
    docs = []
    for text, day in zip(texts, days, strict=True):
        doc = pipeline.nlp.make_doc(text)
        doc._.published = day
        docs.append(doc)
    out = []
    for doc in pipeline.nlp.pipe(docs):
        actors = [
            {"text": span.text, "codes": [a.code for a in span._.rp_actors or []]}
            for span in doc.spans.get("rp_actors", [])
        ]
        parse = " ".join(f"{t.text}/{t.dep_}>{t.head.i - t.i:+d}" if t.head.i != t.i else f"{t.text}/ROOT" for t in doc)
        out.append({"actors": actors, "parse": parse})
    return out


def _unmatched(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]], level: str
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """Gold events and predictions left after multiset matching at one level."""
    left_gold = list(gold)
    left_pred: list[Mapping[str, Any]] = []
    budget = Counter(cameo_key(level, g, predicted=False) for g in gold)
    matched: Counter[Key] = Counter()
    for p in predicted:
        key = cameo_key(level, p, predicted=True)
        if budget[key] > matched[key]:
            matched[key] += 1
        else:
            left_pred.append(p)
    for g in list(left_gold):
        key = cameo_key(level, g, predicted=False)
        if matched[key] > 0:
            matched[key] -= 1
            left_gold.remove(g)
    return left_gold, left_pred


def miss_cause(gold: Mapping[str, Any], predicted: Sequence[Mapping[str, Any]], countries: set[str]) -> str:
    """Which step lost a gold event (see the module docstring)."""
    src, tgt, root = cameo_key("dyad_root", gold, predicted=False)
    for side, c in (("source", src), ("target", tgt)):
        if c != "---" and c not in countries:
            return f"actor: {side} {c} not recognised"
    for p in predicted:
        psrc, ptgt, proot = cameo_key("dyad_root", p, predicted=True)
        if (psrc, ptgt) == (src, tgt):
            return f"root: coded {proot} by {p.get('step')} ({p.get('pattern_id')})"
    for p in predicted:
        psrc, ptgt, proot = cameo_key("dyad_root", p, predicted=True)
        if proot == root:
            return f"roles: coded {psrc}->{ptgt} instead"
    return "no event"


def error_rows(
    scored: Sequence[Mapping[str, Any]],
    seen: Sequence[Mapping[str, Any]] | None = None,
    level: str = "dyad_root",
) -> list[dict[str, Any]]:
    """One row per false negative and false positive of the CAMEO records at ``level``.

    ``seen`` (same order as ``scored``, from ``sentence_actors``) adds the recognised actors and the
    parse; without it an actor miss cannot be told from a lexicon miss and the cause says so.
    """
    rows: list[dict[str, Any]] = []
    for i, rec in enumerate(scored):
        if rec.get("scheme") == "plover":
            continue
        view = seen[i] if seen is not None else None
        predicted = dedupe(rec.get("predicted") or [])
        fns, fps = _unmatched(rec.get("gold") or [], predicted, level)
        countries = {country(code) for a in view["actors"] for code in a["codes"]} if view else set()
        base = {"id": rec.get("id"), "split": rec.get("split", ""), "text": rec.get("text")}
        if view is not None:
            base.update(actors=view["actors"], parse=view["parse"])
        for g in fns:
            if rec.get("error"):
                cause = f"coder error: {rec['error']}"
            elif view is None:
                cause = "unknown (no parse)"
            else:
                cause = miss_cause(g, predicted, countries)
            rows.append({**base, "kind": "FN", "event": dict(g), "cause": cause})
        for p in fps:
            cause = "false alarm" if rec.get("expect_no_event") else "spurious"
            rows.append({**base, "kind": "FP", "event": dict(p), "cause": f"{cause} ({p.get('step')})"})
    return rows


def cause_counts(rows: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Errors per kind and broad cause (the cause's first word), most frequent first."""
    counts = Counter(f"{r['kind']} {str(r['cause']).split(':')[0].split(' (')[0]}" for r in rows)
    return dict(counts.most_common())


__all__ = ["cause_counts", "error_rows", "miss_cause", "sentence_actors"]
