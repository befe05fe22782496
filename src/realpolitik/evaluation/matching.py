"""Scoring coded events against gold events: pure functions on plain dicts, no pipeline involved.

Every record is a mapping with ``id``, ``text``, ``scheme`` (``"cameo"`` or ``"plover"``),
``expect_no_event`` (bool), ``gold`` (list of gold event dicts: ``source``, ``target`` and ``code`` or
``plover_event``), ``predicted`` (list of predicted event dicts: ``source``, ``target``, ``code``,
``root``, ``plover``) and optionally ``error`` (the coder failed on this record).

Levels (each a precision / recall / F1 over true positives, false positives, false negatives):

- ``root``: the CAMEO root code (first two digits) alone.
- ``dyad_root``: source country, target country and root code. The country is the first three letters
  of the actor code (``USAGOV`` -> ``USA``, ``IGOUNO`` -> ``IGO``); a missing actor is ``---``, the
  PETRARCH convention for "no actor", so ``---REB`` has country ``---``. Three non-CAMEO country
  codes of the PLOVER gold are read as their CAMEO codes (``GOLD_COUNTRY_ALIASES``).
- ``dyad_code``: full source code, full target code and full event code.
- ``source_actor`` / ``target_actor``: the full source (target) actor codes of a record's events as a
  multiset; recall is the share of gold actor codes found (actor accuracy).
- ``plover``: PLOVER event type (gold PLOVER 0.5 labels normalised to the 2021 types, see
  ``PLOVER_CROSSWALK``) plus source country and target country; a gold actor left empty (``""``)
  matches any predicted actor on that side.

CAMEO levels are computed on CAMEO records, ``plover`` on PLOVER records. Within a record, matching
is multiset matching: each gold event is matched at most once, each prediction at most once.
Predictions identical on every scored field are collapsed before matching (a coder finding the same
event twice in one sentence is not credited or penalised twice). Predictions on a no-event record
are false positives at every level of its scheme.

``false_alarm_rate`` is the share of no-event records with at least one prediction;
``spurious_rate`` is false positives (``dyad_root`` for CAMEO records, ``plover`` for PLOVER records)
divided by gold events. A record on which the coder raised counts all its gold events as misses and
is listed first in ``worst`` with its ``error``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

LEVELS: tuple[str, ...] = ("root", "dyad_root", "dyad_code", "plover", "source_actor", "target_actor")
CAMEO_LEVELS: tuple[str, ...] = ("root", "dyad_root", "dyad_code", "source_actor", "target_actor")
NO_ACTOR = "---"
WORST_COUNT = 20

# PLOVER 0.5b1 (2016) labels used by the PLOVER gold-standard records -> PLOVER 2021 event types
# (shared/data/plover/event_types.tsv). The first four are the crosswalk the issue fixes; the others
# are 0.5 labels whose 2021 successor is named in the 2021 manual (YIELD split into CONCEDE and
# RETREAT; its verbal sense is the closer one for sentence-level gold).
PLOVER_CROSSWALK: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",
}
PLOVER_2021: frozenset[str] = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip

# Country codes written in the PLOVER gold that are not CAMEO codes but name one country without
# doubt (checked against the sentences): read as the CAMEO code, on both sides of the comparison.
GOLD_COUNTRY_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

Key = tuple[str, ...]


def normalise_plover(label: str | None) -> str | None:
    """A PLOVER label in the 2021 vocabulary (upper-case; 0.5 labels crosswalked)."""
    if not label:
        return None
    up = label.strip().upper()
    return PLOVER_CROSSWALK.get(up, up)


def actor_code(code: str | None) -> str:
    """The full actor code, with a missing actor written as PETRARCH's ``---``."""
    if not code or not code.strip():
        return NO_ACTOR
    code = code.strip()
    alias = GOLD_COUNTRY_ALIASES.get(code[:3])
    return alias + code[3:] if alias else code


def country(code: str | None) -> str:
    """The country part of an actor code: its first three letters (``---`` for none)."""
    return actor_code(code)[:3].upper()


def root_of(code: str | None) -> str:
    return (code or "").strip()[:2]


def _pred_root(ev: Mapping[str, Any]) -> str:
    return str(ev.get("root") or root_of(ev.get("code")))


def cameo_key(level: str, ev: Mapping[str, Any], predicted: bool) -> Key:
    """The tuple compared at a CAMEO level, for a gold (predicted=False) or predicted event."""
    root = _pred_root(ev) if predicted else root_of(ev.get("code"))
    if level == "root":
        return (root,)
    if level == "dyad_root":
        return (country(ev.get("source")), country(ev.get("target")), root)
    if level == "dyad_code":
        return (actor_code(ev.get("source")), actor_code(ev.get("target")), str(ev.get("code") or ""))
    if level == "source_actor":
        return (actor_code(ev.get("source")),)
    if level == "target_actor":
        return (actor_code(ev.get("target")),)
    raise ValueError(f"not a CAMEO level: {level}")


def _plover_gold(ev: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Gold PLOVER pattern: (type, source country or None=any, target country or None=any)."""
    src = ev.get("source") or ""
    tgt = ev.get("target") or ""
    return (
        normalise_plover(ev.get("plover_event")),
        country(src) if src.strip() else None,
        country(tgt) if tgt.strip() else None,
    )


def _plover_pred(ev: Mapping[str, Any]) -> tuple[str | None, str, str]:
    return normalise_plover(ev.get("plover")), country(ev.get("source")), country(ev.get("target"))


def _plover_matches(gold: tuple[str | None, str | None, str | None], pred: tuple[str | None, str, str]) -> bool:
    return (
        gold[0] is not None
        and gold[0] == pred[0]
        and (gold[1] is None or gold[1] == pred[1])
        and (gold[2] is None or gold[2] == pred[2])
    )


def match_keys(gold: Iterable[Key], predicted: Iterable[Key]) -> tuple[int, int, int]:
    """Multiset matching of exact keys: (tp, fp, fn)."""
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def match_plover(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]) -> tuple[int, int, int]:
    """Multiset matching with wildcards for empty gold actors: (tp, fp, fn).

    Gold events with more fixed fields are matched first, so a wildcard gold event never takes the
    only prediction a more specific gold event could use.
    """
    golds = sorted((_plover_gold(g) for g in gold), key=lambda k: sum(x is None for x in k))
    free = [_plover_pred(p) for p in predicted]
    tp = 0
    for g in golds:
        for i, p in enumerate(free):
            if _plover_matches(g, p):
                tp += 1
                del free[i]
                break
    return tp, len(predicted) - tp, len(gold) - tp


def dedupe(predicted: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Collapse predictions that agree on every scored field (source, target, code, plover)."""
    seen: set[tuple[str, str, str, str]] = set()
    out: list[Mapping[str, Any]] = []
    for ev in predicted:
        key = (
            actor_code(ev.get("source")),
            actor_code(ev.get("target")),
            str(ev.get("code") or ""),
            str(ev.get("plover") or ""),
        )
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 (0.0 where undefined), with the counts they come from."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def score_record(record: Mapping[str, Any]) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per level for one record; levels of the other scheme are absent."""
    gold: list[Mapping[str, Any]] = list(record.get("gold") or [])
    predicted = dedupe(record.get("predicted") or [])
    if record.get("scheme") == "plover":
        return {"plover": match_plover(gold, predicted)}
    return {
        level: match_keys(
            (cameo_key(level, g, predicted=False) for g in gold),
            (cameo_key(level, p, predicted=True) for p in predicted),
        )
        for level in CAMEO_LEVELS
    }


def _by_root(records: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    counts: dict[str, list[int]] = {}
    for rec in records:
        if rec.get("scheme") == "plover":
            continue
        g = Counter(root_of(e.get("code")) for e in rec.get("gold") or [])
        p = Counter(_pred_root(e) for e in dedupe(rec.get("predicted") or []))
        for root in set(g) | set(p):
            tp = min(g[root], p[root])
            c = counts.setdefault(root, [0, 0, 0])
            c[0] += tp
            c[1] += p[root] - tp
            c[2] += g[root] - tp
    return {root: prf(*counts[root]) for root in sorted(counts)}


def main_level(record: Mapping[str, Any]) -> str:
    return "plover" if record.get("scheme") == "plover" else "dyad_root"


def _gold_view(ev: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("source", "target", "code", "plover_event")
    return {k: ev[k] for k in keys if k in ev}


def _pred_view(ev: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("source", "target", "code", "plover", "modality", "trigger", "source_text", "target_text")
    return {k: ev.get(k) for k in keys if ev.get(k) is not None}


def worst_records(
    records: Sequence[Mapping[str, Any]],
    per_record: Sequence[dict[str, tuple[int, int, int]]],
    n: int = WORST_COUNT,
) -> list[dict[str, Any]]:
    """The records where the coder did worst: errors first, then most misses, then most spurious."""
    rows: list[tuple[tuple[int, int, int, str], dict[str, Any]]] = []
    for rec, counts in zip(records, per_record, strict=True):
        level = main_level(rec)
        _, fp, fn = counts.get(level, (0, 0, 0))
        if not (fp or fn or rec.get("error")):
            continue
        row = {
            "id": rec.get("id"),
            "text": rec.get("text"),
            "level": level,
            "missed": fn,
            "spurious": fp,
            "gold": [_gold_view(e) for e in rec.get("gold") or []],
            "predicted": [_pred_view(e) for e in dedupe(rec.get("predicted") or [])],
        }
        if rec.get("error"):
            row["error"] = rec["error"]
        rows.append(((0 if rec.get("error") else 1, -fn, -fp, str(rec.get("id"))), row))
    rows.sort(key=lambda r: r[0])
    return [r for _, r in rows[:n]]


def score(records: Sequence[Mapping[str, Any]], n_worst: int = WORST_COUNT) -> dict[str, Any]:
    """The evaluation report for scored records (shape documented in docs/evaluation.md)."""
    per_record = [score_record(r) for r in records]
    totals = {level: [0, 0, 0] for level in LEVELS}
    for counts in per_record:
        for level, (tp, fp, fn) in counts.items():
            t = totals[level]
            t[0] += tp
            t[1] += fp
            t[2] += fn
    gold_events = sum(len(r.get("gold") or []) for r in records)
    predicted_events = sum(len(dedupe(r.get("predicted") or [])) for r in records)
    no_event = [r for r in records if r.get("expect_no_event")]
    alarms = sum(1 for r in no_event if r.get("predicted"))
    spurious = sum(counts.get(main_level(r), (0, 0, 0))[1] for r, counts in zip(records, per_record, strict=True))
    return {
        "records": len(records),
        "gold_events": gold_events,
        "predicted_events": predicted_events,
        "levels": {level: prf(*totals[level]) for level in LEVELS},
        "false_alarm_rate": round(alarms / len(no_event), 4) if no_event else 0.0,
        "spurious_rate": round(spurious / gold_events, 4) if gold_events else 0.0,
        "by_root": _by_root(records),
        "worst": worst_records(records, per_record, n_worst),
    }


def part_of(record_id: str) -> str:
    """The gold part a record belongs to: its id's prefix before ``:`` (``up-gsr``...)."""
    return record_id.split(":", 1)[0] if ":" in record_id else ""


def score_by_part(
    records: Sequence[Mapping[str, Any]],
    scorer: Callable[[Sequence[Mapping[str, Any]]], dict[str, Any]] = score,
) -> dict[str, dict[str, Any]]:
    """One report per gold part, in first-seen order."""
    parts: dict[str, list[Mapping[str, Any]]] = {}
    for rec in records:
        parts.setdefault(part_of(str(rec.get("id", ""))), []).append(rec)
    return {name: scorer(recs) for name, recs in parts.items()}
