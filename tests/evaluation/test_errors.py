"""Error listing (``realpolitik eval --errors``) and gold splits, on records we wrote."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from realpolitik.evaluation.errors import cause_counts, error_rows, miss_cause
from realpolitik.evaluation.gold import parse_lines, select


def _record(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": "mine:1",
        "split": "tune",
        "text": "Ruritania criticised Freedonia.",
        "scheme": "cameo",
        "expect_no_event": not gold,
        "gold": gold,
        "predicted": predicted,
        "error": None,
        **extra,
    }


def _seen(*codes: str) -> dict[str, Any]:
    return {"actors": [{"text": c, "codes": [c]} for c in codes], "parse": "x/ROOT"}


def test_every_unmatched_gold_and_prediction_is_one_row() -> None:
    gold = [{"source": "TURGOV", "target": "USAGOV", "code": "111"}, {"source": "USA", "target": "SYR", "code": "070"}]
    pred = [
        {"source": "TURGOV", "target": "USAGOV", "code": "112", "root": "11", "step": "pattern"},
        {"source": "TUR", "target": "SYR", "code": "072", "root": "07", "step": "pattern"},
    ]
    rows = error_rows([_record(gold, pred)], [_seen("TURGOV", "USAGOV", "SYR")])
    kinds = sorted((r["kind"], r["event"]["code"]) for r in rows)
    assert kinds == [("FN", "070"), ("FP", "072")]  # 111 vs 112 is the same root: matched
    fn = next(r for r in rows if r["kind"] == "FN")
    assert fn["cause"].startswith("roles") and fn["split"] == "tune" and fn["parse"] == "x/ROOT"


def test_miss_causes_name_the_step() -> None:
    gold = {"source": "TURGOV", "target": "USAGOV", "code": "111"}
    assert miss_cause(gold, [], {"TUR"}).startswith("actor: target USA")
    other_root = [{"source": "TUR", "target": "USA", "code": "042", "root": "04", "step": "pattern"}]
    assert miss_cause(gold, other_root, {"TUR", "USA"}).startswith("root: coded 04")
    assert miss_cause(gold, [], {"TUR", "USA"}) == "no event"


def test_false_alarms_and_counts() -> None:
    pred = [{"source": "TUR", "target": "USA", "code": "111", "root": "11", "step": "pattern"}]
    rows = error_rows([_record([], pred)], [_seen("TUR", "USA")])
    assert [r["cause"] for r in rows] == ["false alarm (pattern)"]
    assert cause_counts(rows) == {"FP false alarm": 1}


def test_split_is_read_and_selected() -> None:
    lines = [
        json.dumps({"id": f"t:{i}", "text": "Ruritania met Freedonia.", "events": [], "split": s})
        for i, s in enumerate(["tune", "check", "tune"])
    ]
    loaded = parse_lines(lines, "mem")
    assert [r.id for r in select(loaded.records, split="tune")] == ["t:0", "t:2"]
    assert [r.id for r in select(loaded.records, split="check")] == ["t:1"]
    bad = parse_lines([json.dumps({"id": "t:9", "text": "x", "split": 3})], "mem")
    assert bad.records == [] and "'split' must be a string" in str(bad.errors[0])


def test_cli_writes_errors_for_one_split(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    records = [
        {"id": "g:0", "text": "Ruritania praised Germany.", "split": "tune", "date": "2017-01-02",
         "events": [{"source": "FRA", "target": "DEU", "code": "051"}]},
        {"id": "g:1", "text": "Turkey and Greece signed a treaty in Athens.", "split": "check", "date": "2017-01-02",
         "events": [{"source": "TUR", "target": "GRC", "code": "057"}]},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "errors.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "realpolitik", "eval", str(gold), "--split", "tune", "--errors", str(out)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["id"] for r in rows} == {"g:0"}
    assert all({"text", "kind", "event", "cause", "parse", "actors"} <= set(r) for r in rows)


def test_sentence_actors_read_roles_on_the_records_date() -> None:
    """The error file shows actors as the coder saw them: a dated role is read on the record's date."""
    from datetime import date

    from realpolitik.evaluation.errors import sentence_actors
    from realpolitik.pipeline import Pipeline

    texts = ["Helmut Kohl spoke to reporters in Bonn.", "Reporters heard Helmut Kohl in Bonn."]
    seen = sentence_actors(Pipeline(), texts, [date(1995, 5, 1), date(2015, 5, 1)])
    codes = [[c for a in s["actors"] if "Kohl" in a["text"] for c in a["codes"]] for s in seen]
    assert codes[0] == ["DEUGOV"] and codes[1] and codes[1] != ["DEUGOV"]
